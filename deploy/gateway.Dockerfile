# The gateway host's image: the app image plus the engine (the package's `gateway` extra, Jupyter Kernel Gateway).
#
#   docker build -t notebook-agent:latest .
#   docker build -f deploy/gateway.Dockerfile -t notebook-agent-gateway:latest deploy
#
# Same venv, same kernelspec, same launcher and profiles as the app: a kernel started here is confined exactly as
# one the app starts itself. The engine is added as root into the root-owned venv (the app's uid cannot change it).
ARG BASE_IMAGE=notebook-agent:latest
FROM ${BASE_IMAGE}
USER 0
RUN python -m pip install "/opt/notebook-agent/app[gateway]" \
 && python -m compileall -q /opt/notebook-agent/venv \
 && chmod -R a+rX,go-w /opt/notebook-agent \
 && rm -rf /root/.cache /tmp/*
# The engine runs as root for per-session uids (deploy/compose.yaml and deploy/kubernetes/gateway.yaml say which
# capabilities it keeps); run it as 1000:1000 for shared uid mode.
EXPOSE 8888
# Every engine route asks for the token (KG_AUTH_TOKEN, given at run time): the check asks for the kernelspecs.
HEALTHCHECK --interval=15s --timeout=8s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request as u; u.urlopen(u.Request('http://127.0.0.1:8888/api/kernelspecs', headers={'Authorization': 'token ' + os.environ['KG_AUTH_TOKEN']}), timeout=5)"]
CMD ["notebook-agent", "gateway", "--host", "0.0.0.0", "--port", "8888"]
