"""The agent: model adapters and the loop that lets a model run code in the session's kernel."""
