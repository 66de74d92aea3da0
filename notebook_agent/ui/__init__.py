"""The web UI: rendering agent events as chat messages, and the per-browser session registry."""
