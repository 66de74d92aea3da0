"""The reference deployment (`deploy/`) checked against the code it deploys, without a Docker engine or a cluster.

Every YAML file parses; the variables the compose file and the manifests set are ones the settings read (or the
engine's own); the ports, commands and health paths are the ones the app and the gateway command really use; the
proxy and the Ingress keep a browser on one replica; the gateway keeps only the privileges the launcher needs.
What these files do on a real engine or cluster is not tested here (README.md, "Scaling out", says what was run).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient

from notebook_agent import settings as settings_module
from notebook_agent.cli import build_parser
from notebook_agent.kernel import gateway_host
from notebook_agent.ops.metrics import install

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "kubernetes"
COMPOSE = DEPLOY / "compose.yaml"

# Variables that are not the app's settings, by who reads them.
ENGINE_VARS = {"KG_AUTH_TOKEN"}  # Jupyter Kernel Gateway's token (`notebook-agent gateway` hands it on)
POSTGRES_VARS = {"POSTGRES_USER", "POSTGRES_DB", "POSTGRES_PASSWORD", "PGDATA"}  # the postgres image's
# What the runtime's default profile and Pod Security "baseline" allow a container to add; the gateway needs no more.
BASELINE_CAPS = {
    "AUDIT_WRITE",
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "MKNOD",
    "NET_BIND_SERVICE",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
}
LAUNCHER_CAPS = {"SETUID", "SETGID", "CHOWN", "DAC_OVERRIDE", "FOWNER", "KILL"}
APP_PORT = 7860


def yaml_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yaml", ".yml"))


def load_all(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc is not None]


def settings_variables() -> set[str]:
    """The variables in settings.py's table (its module docstring): what `Settings.from_env` reads."""
    doc = settings_module.__doc__ or ""
    names: set[str] = set()
    for line in doc.splitlines():
        if line.startswith("| ") and not line.startswith("| variable"):
            names.update(re.findall(r"\b[A-Z][A-Z0-9_]{2,}\b", line.split("|")[1]))
    return names


def compose() -> dict[str, Any]:
    """compose.yaml as Compose reads it, each `${VAR...}` replaced by a value (its default when it has one)."""
    text = COMPOSE.read_text(encoding="utf-8")
    text = re.sub(r"\$\{([A-Z][A-Z0-9_]*)(:-([^}]*)|:\?[^}]*)?\}", lambda m: m.group(3) or f"{m.group(1)}-value", text)
    return yaml.safe_load(text)


def services() -> dict[str, dict[str, Any]]:
    return compose()["services"]


def manifests() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name != "kustomization.yaml":
            docs += load_all(path)
    return docs


def workloads() -> dict[str, dict[str, Any]]:
    """Deployments, StatefulSets and Jobs by name."""
    return {d["metadata"]["name"]: d for d in manifests() if d["kind"] in ("Deployment", "StatefulSet", "Job")}


def containers(name: str) -> list[dict[str, Any]]:
    return workloads()[name]["spec"]["template"]["spec"]["containers"]


def k8s_env(container: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])}


def app_services() -> list[str]:
    return [name for name, svc in services().items() if svc.get("command", [None])[0] == "python"]


def gateway_services() -> list[str]:
    return [name for name, svc in services().items() if svc.get("command", [None, None])[1:2] == ["gateway"]]


# -- files ---------------------------------------------------------------------------------------------------------
def test_the_deployment_files_are_there() -> None:
    names = {p.relative_to(DEPLOY).as_posix() for p in yaml_files()}
    assert {"compose.yaml", "kubernetes/kustomization.yaml", "kubernetes/app.yaml", "kubernetes/gateway.yaml"} <= names
    assert (DEPLOY / "Caddyfile").is_file() and (DEPLOY / "gateway.Dockerfile").is_file()


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: p.relative_to(DEPLOY).as_posix())
def test_every_yaml_file_parses(path: Path) -> None:
    docs = load_all(path)
    assert docs and all(isinstance(d, dict) for d in docs)
    if path.parent == K8S and path.name != "kustomization.yaml":
        for d in docs:
            assert {"apiVersion", "kind", "metadata"} <= d.keys(), f"{path.name}: {d.get('kind')}"


def test_kustomization_lists_files_that_exist_and_names_every_image() -> None:
    kustomization = load_all(K8S / "kustomization.yaml")[0]
    for resource in kustomization["resources"]:
        assert (K8S / resource).is_file(), resource
    named = {i["name"] for i in kustomization["images"]}
    used = {c["image"] for w in workloads() for c in containers(w)}
    ours = {image for image in used if image.startswith("notebook-agent")}
    assert ours == named


def test_kustomize_renders_the_manifests() -> None:
    """The kinds the kustomization puts together: rendered by kubectl where it is installed, else read from the
    resources it lists (what kustomize would concatenate)."""
    if shutil.which("kubectl"):
        out = subprocess.run(
            ["kubectl", "kustomize", str(K8S)], capture_output=True, text=True, timeout=60, check=True
        ).stdout
    else:
        listed = yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"]
        out = "\n---\n".join((K8S / name).read_text() for name in listed)
    kinds = sorted(d["kind"] for d in yaml.safe_load_all(out) if d)
    expected = ["Namespace", "Service", "Service", "Service", "Deployment", "StatefulSet", "StatefulSet", "Job"]
    assert kinds == sorted([*expected, "Ingress", "PersistentVolumeClaim"])


# -- variables -----------------------------------------------------------------------------------------------------
def test_the_settings_table_is_read() -> None:
    names = settings_variables()
    assert {
        "NOTEBOOK_AGENT_DATABASE_URL",
        "NOTEBOOK_AGENT_GATEWAY_URL",
        "NOTEBOOK_AGENT_AUTH",
        "GEMINI_API_KEY",
    } <= names


def deployment_environments() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, image kind, environment) for every compose service and Kubernetes container."""
    for name, svc in services().items():
        yield f"compose {name}", svc.get("image", ""), dict(svc.get("environment") or {})
    for name in workloads():
        for c in containers(name):
            yield f"kubernetes {name}/{c['name']}", c["image"], k8s_env(c)


def test_only_variables_the_settings_or_the_engine_read() -> None:
    known = settings_variables()
    wrong = []
    for where, image, env in deployment_environments():
        allowed = set(known)
        if "gateway" in image:
            allowed |= ENGINE_VARS
        if image.startswith("postgres"):
            allowed = POSTGRES_VARS
        wrong += [f"{where}: {name}" for name in env if name not in allowed]
    assert wrong == []


def test_the_engine_takes_its_token_from_the_variable() -> None:
    source = Path(gateway_host.__file__).read_text(encoding="utf-8")
    assert '"KG_AUTH_TOKEN"' in source
    for where, image, env in deployment_environments():
        if "gateway" in image:
            assert "KG_AUTH_TOKEN" in env, where


def test_every_compose_interpolation_is_in_the_example_env_file() -> None:
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", COMPOSE.read_text(encoding="utf-8")))
    example = {
        line.split("=", 1)[0]
        for line in (DEPLOY / "env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert used <= example, used - example


def test_secret_keys_referenced_by_the_manifests_are_in_the_example_secret() -> None:
    secret = load_all(K8S / "secret.example.yaml")[0]
    keys = set(secret["stringData"])
    refs = set()
    for name in workloads():
        for c in containers(name):
            for e in c.get("env", []):
                ref = e.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["name"] == secret["metadata"]["name"]
                    refs.add(ref["key"])
    assert refs and refs <= keys


def test_the_database_url_names_the_postgres_service() -> None:
    for name in app_services():
        url = urlsplit(services()[name]["environment"]["NOTEBOOK_AGENT_DATABASE_URL"])
        assert url.scheme == "postgresql" and url.hostname == "postgres" and url.port == 5432
        assert url.path == "/" + services()["postgres"]["environment"]["POSTGRES_DB"]


def test_every_replica_keeps_uploads_on_one_shared_volume() -> None:
    mounts = set()
    for name in app_services():
        svc = services()[name]
        where = svc["environment"]["NOTEBOOK_AGENT_UPLOADS_DIR"]
        mounts |= {m for m in svc["volumes"] if m.split(":")[1] == where}
    assert len(mounts) == 1 and next(iter(mounts)).split(":")[0] in compose()["volumes"]
    pod = workloads()["app"]["spec"]["template"]["spec"]
    [app] = pod["containers"]
    [mount] = [m for m in app["volumeMounts"] if m["mountPath"] == k8s_env(app)["NOTEBOOK_AGENT_UPLOADS_DIR"]]
    [volume] = [v for v in pod["volumes"] if v["name"] == mount["name"]]
    claims = {d["metadata"]["name"]: d for d in manifests() if d["kind"] == "PersistentVolumeClaim"}
    assert claims[volume["persistentVolumeClaim"]["claimName"]]["spec"]["accessModes"] == ["ReadWriteMany"]


# -- commands, ports, health ---------------------------------------------------------------------------------------
def test_app_replicas_serve_on_the_app_port() -> None:
    assert len(app_services()) >= 2
    for name in app_services():
        command = services()[name]["command"]
        assert command[:2] == ["python", "app.py"] and command[command.index("--port") + 1] == str(APP_PORT)
    [app] = containers("app")
    assert app["args"][:2] == ["python", "app.py"] and app["args"][app["args"].index("--port") + 1] == str(APP_PORT)
    assert app["ports"][0]["containerPort"] == APP_PORT
    assert build_parser().parse_args(["serve"]).port == APP_PORT


def gateway_args() -> list[list[str]]:
    found = [services()[name]["command"] for name in gateway_services()]
    found += [c["args"] for c in containers("gateway")]
    return found


def test_the_gateway_command_is_the_real_cli_and_keeps_the_token_off_it() -> None:
    for argv in gateway_args():
        assert argv[0] == "notebook-agent"
        args = build_parser().parse_args(argv[1:])
        assert args.func is gateway_host.cmd_gateway
        assert (args.host, args.port, args.token) == ("0.0.0.0", gateway_host.DEFAULT_PORT, None)


def test_the_app_reaches_every_gateway_on_its_port() -> None:
    gateways = gateway_services()
    assert len(gateways) >= 1
    for name in app_services():
        urls = services()[name]["environment"]["NOTEBOOK_AGENT_GATEWAY_URL"].split(",")
        assert sorted(urlsplit(u).hostname for u in urls) == sorted(gateways)
        assert {urlsplit(u).port for u in urls} == {gateway_host.DEFAULT_PORT}
    [app] = containers("app")
    urls = k8s_env(app)["NOTEBOOK_AGENT_GATEWAY_URL"].split(",")
    replicas = workloads()["gateway"]["spec"]["replicas"]
    assert sorted(urlsplit(u).hostname for u in urls) == [f"gateway-{i}.gateway" for i in range(replicas)]
    assert {urlsplit(u).port for u in urls} == {gateway_host.DEFAULT_PORT}


def served_paths() -> set[str]:
    app = FastAPI()
    install(app, lambda: {"database": True})
    client = TestClient(app)
    return {path for path in ("/healthz", "/readyz") if client.get(path).status_code == 200}


def test_health_checks_use_the_paths_the_app_serves() -> None:
    served = served_paths()
    assert served == {"/healthz", "/readyz"}
    for name in app_services():
        probe = " ".join(services()[name]["healthcheck"]["test"])
        assert re.search(rf"http://127\.0\.0\.1:{APP_PORT}(/\w+)", probe).group(1) in served  # type: ignore[union-attr]
    [app] = containers("app")
    assert app["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert app["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert app["startupProbe"]["httpGet"]["path"] in served
    caddy = (DEPLOY / "Caddyfile").read_text(encoding="utf-8")
    assert re.search(r"^\s*health_uri (\S+)", caddy, re.M).group(1) == "/readyz"  # type: ignore[union-attr]


# -- affinity ------------------------------------------------------------------------------------------------------
def test_the_proxy_pins_a_browser_to_one_replica() -> None:
    caddy = (DEPLOY / "Caddyfile").read_text(encoding="utf-8")
    upstreams = re.search(r"^\s*reverse_proxy ([^{]+)\{", caddy, re.M).group(1).split()  # type: ignore[union-attr]
    assert sorted(upstreams) == sorted(f"{name}:{APP_PORT}" for name in app_services())
    assert re.search(r"^\s*lb_policy cookie\b", caddy, re.M)
    assert re.search(r"^\s*header_up -X-Forwarded-User\b", caddy, re.M)
    assert list(services()["proxy"]["ports"]) and all("ports" not in services()[n] for n in app_services())


def test_kubernetes_keeps_a_client_on_one_replica() -> None:
    objects = {(d["kind"], d["metadata"]["name"]): d for d in manifests()}
    assert objects[("Service", "app")]["spec"]["sessionAffinity"] == "ClientIP"
    notes = objects[("Ingress", "app")]["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert workloads()["app"]["spec"]["replicas"] == 2


# -- privileges ----------------------------------------------------------------------------------------------------
def test_the_gateway_holds_only_what_the_launcher_needs() -> None:
    for name in gateway_services():
        svc = services()[name]
        per_session = svc["environment"]["NOTEBOOK_AGENT_UID_MODE"] == "per-session"
        assert (svc["user"] == "0:0") is per_session
        assert svc["cap_drop"] == ["ALL"] and set(svc.get("cap_add", [])) == (LAUNCHER_CAPS if per_session else set())
        assert "no-new-privileges:true" in svc["security_opt"]
        assert not any(opt.startswith("seccomp=") for opt in svc["security_opt"])  # the runtime's default profile
    pod = workloads()["gateway"]["spec"]["template"]["spec"]
    [gw] = pod["containers"]
    per_session = k8s_env(gw)["NOTEBOOK_AGENT_UID_MODE"] == "per-session"
    assert (pod["securityContext"]["runAsUser"] == 0) is per_session
    caps = gw["securityContext"]["capabilities"]
    assert caps["drop"] == ["ALL"] and set(caps.get("add", [])) == (LAUNCHER_CAPS if per_session else set())
    assert LAUNCHER_CAPS <= BASELINE_CAPS
    assert gw["securityContext"]["allowPrivilegeEscalation"] is False
    assert pod["securityContext"]["seccompProfile"]["type"] in ("RuntimeDefault", "Localhost", "Unconfined")
    assert pod["automountServiceAccountToken"] is False


def test_the_app_runs_unprivileged() -> None:
    for name in app_services():
        svc = services()[name]
        assert svc["user"] == "1000:1000" and svc["cap_drop"] == ["ALL"] and "cap_add" not in svc
    for name in ("app", "notebook-agent-migrate"):
        pod = workloads()[name]["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
        for c in pod["containers"]:
            assert c["securityContext"]["allowPrivilegeEscalation"] is False
            assert c["securityContext"]["capabilities"] == {"drop": ["ALL"]}


def test_the_schema_is_upgraded_before_the_replicas_start() -> None:
    migrate = services()["migrate"]
    assert migrate["command"] == ["notebook-agent", "db", "upgrade"]
    assert build_parser().parse_args(migrate["command"][1:]).func.__name__ == "cmd_db_upgrade"
    for name in app_services():
        assert services()[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    [job] = containers("notebook-agent-migrate")
    assert job["args"] == ["notebook-agent", "db", "upgrade"]
