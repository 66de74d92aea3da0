"""The sandbox: profiles, the layers (Landlock, seccomp, limits, per-session uid) and the launcher."""
