"""notebook-agent: chat with your data; the code runs in a sandboxed IPython kernel per chat."""

__version__ = "0.1.0"
