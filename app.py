"""Start the notebook-agent app: `python app.py [--host H] [--port P]` (what `notebook-agent serve` runs)."""

from notebook_agent.app import main

if __name__ == "__main__":
    main()
