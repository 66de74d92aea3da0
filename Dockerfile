# notebook-agent for a Hugging Face Docker Space (or any Docker host).
#
#   docker build -t notebook-agent .
#   docker run --rm -p 7860:7860 -e GEMINI_API_KEY=... notebook-agent
#
# The app runs as uid 1000 (Spaces run containers as uid 1000 whatever USER says), so the sandbox is in shared
# uid mode: Landlock, seccomp, rlimits and the non-dumpable app keep each chat's kernel confined; the container
# is the outer boundary. The entrypoint prints `notebook-agent doctor` (the layers this host enforces) to the
# logs before the app starts. Run as root (`docker run --user 0`), every session gets its own uid instead.
FROM debian:bookworm-slim

ENV DEBIAN_FRONTEND=noninteractive \
    LANG=C.UTF-8 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# Debian's python3 (3.11) and python3-venv; libseccomp2 for the seccomp layer (loaded through ctypes, found via
# ldconfig); DejaVu fonts for matplotlib; tini as PID 1 so SIGTERM reaches the app. Nothing to compile: every
# dependency ships a wheel, so no build toolchain enters the image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      python3 python3-venv libseccomp2 fonts-dejavu-core ca-certificates tini \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*

# The Space's user. Its home stays traversable (0711): as root, per-session uids must reach the data dir in it.
RUN useradd --uid 1000 --user-group --create-home --shell /bin/bash user \
 && chmod 0711 /home/user

# The venv and the code live outside any home, owned by root and world-readable: the kernel's Python must be
# readable by whatever uid runs it, and the app's own uid must not be able to change it.
ENV PATH=/opt/notebook-agent/venv/bin:$PATH
# The app dir is also where `python app.py` starts (WORKDIR below): its examples/ feed the app's "Try an
# example"; its bytecode is compiled here, as the app's uid cannot write it there.
COPY . /opt/notebook-agent/app
RUN python3 -m venv /opt/notebook-agent/venv \
 && /opt/notebook-agent/venv/bin/python -m pip install /opt/notebook-agent/app \
 && /opt/notebook-agent/venv/bin/python -m compileall -q /opt/notebook-agent/app \
 && chmod -R a+rX,go-w /opt/notebook-agent \
 && rm -rf /root/.cache /tmp/*

# Runtime state: sessions, sandboxes, the SQLite file. /home/user/app-data by default (lost on restart); on a
# Space with persistent storage set NOTEBOOK_AGENT_DATA_DIR=/data/notebook-agent (a Space variable).
ENV HOME=/home/user \
    NOTEBOOK_AGENT_DATA_DIR=/home/user/app-data \
    MPLCONFIGDIR=/home/user/.cache/matplotlib \
    GRADIO_TEMP_DIR=/home/user/.cache/gradio \
    GRADIO_ANALYTICS_ENABLED=False

# Gradio decides it runs on a Space by SYSTEM=spaces together with SPACE_ID (gradio.utils.get_space). A Docker Space
# gets SPACE_ID, SPACE_HOST and, with `hf_oauth: true` in README.md, the OAUTH_* variables at run time; SYSTEM is
# what Gradio-SDK Spaces get, so the image sets it: on a Space, Gradio then serves its real Hugging Face sign-in
# routes (not its local mock) for NOTEBOOK_AGENT_AUTH=hf, a Space variable. Anywhere else SPACE_ID is unset, Gradio
# behaves as before, and NOTEBOOK_AGENT_AUTH=hf is refused with a message saying it needs a Space.
ENV SYSTEM=spaces

USER 1000:1000

# Matplotlib's font cache, built once here: the app copies <data dir>/cache/matplotlib/fontlist-*.json into
# every new sandbox (a kernel without it scans every font on its first pyplot import). Built exactly as the app
# would build it (isolated Python, MPLCONFIGDIR pointing at the cache). With NOTEBOOK_AGENT_DATA_DIR on /data
# (mounted only at run time) the app builds it there once, on the first session.
RUN mkdir -p -m 0711 "$NOTEBOOK_AGENT_DATA_DIR" \
 && mkdir -p -m 0700 "$NOTEBOOK_AGENT_DATA_DIR/cache/matplotlib" "$MPLCONFIGDIR" \
 && MPLCONFIGDIR="$NOTEBOOK_AGENT_DATA_DIR/cache/matplotlib" python -I -c "import matplotlib.font_manager" \
 && cp "$NOTEBOOK_AGENT_DATA_DIR"/cache/matplotlib/fontlist-*.json "$MPLCONFIGDIR"/

WORKDIR /opt/notebook-agent/app
EXPOSE 7860

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:7860/', timeout=8)"]

# The doctor report goes to stderr (the Space's logs) and never stops the app: a host that lacks a required
# layer is refused per session, with the layer named, in the app itself.
ENTRYPOINT ["/usr/bin/tini", "--", "sh", "-c", "notebook-agent doctor >&2 || true; exec \"$@\"", "notebook-agent"]
CMD ["python", "app.py", "--host", "0.0.0.0", "--port", "7860"]
