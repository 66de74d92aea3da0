"""One settings object: every variable the README documents is read by settings.py, and nowhere else."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from notebook_agent import settings as settings_module
from notebook_agent.cli import build_parser, command_settings
from notebook_agent.errors import ConfigError
from notebook_agent.settings import DEFAULT_GEMINI_MODEL, Settings

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "notebook_agent"
SETTINGS_PY = Path(settings_module.__file__).resolve()

# DESIGN.md's environment contract names these too; they are read now for the accounts and scale-out work.
CONTRACT = {"NOTEBOOK_AGENT_AUTH", "NOTEBOOK_AGENT_DATABASE_URL", "NOTEBOOK_AGENT_GATEWAY_URL"}

# For each variable: a value to set, the field it lands in, and what that field then holds.
SAMPLES: dict[str, tuple[str, str, Any]] = {
    "GEMINI_API_KEY": ("key-1", "gemini_api_key", "key-1"),
    "GOOGLE_API_KEY": ("key-2", "gemini_api_key", "key-2"),
    "NOTEBOOK_AGENT_MODEL": ("offline", "model", "offline"),
    "NOTEBOOK_AGENT_GEMINI_MODEL": ("gemini-3.7-flash", "gemini_model", "gemini-3.7-flash"),
    "GOOGLE_GEMINI_BASE_URL": ("http://127.0.0.1:9/", "gemini_base_url", "http://127.0.0.1:9/"),
    "NOTEBOOK_AGENT_DATA_DIR": ("/tmp/na-settings-test", "data_dir", Path("/tmp/na-settings-test")),
    "NOTEBOOK_AGENT_SANDBOX_PROFILE": ("strict", "profile", "strict"),
    "NOTEBOOK_AGENT_UID_MODE": ("shared", "uid_mode_setting", "shared"),
    "NOTEBOOK_AGENT_UID_RANGE": ("300000-300009", "uid_range", (300000, 300009)),
    "NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS": (
        "cgroup, landlock-scope",
        "allow_missing_layers",
        {"cgroup", "landlock-scope"},
    ),
    "NOTEBOOK_AGENT_KERNEL_START": ("spawn", "kernel_start", "spawn"),
    "NOTEBOOK_AGENT_POOL_SIZE": ("5", "pool_size", 5),
    "NOTEBOOK_AGENT_MAX_SESSIONS": ("3", "max_sessions", 3),
    "NOTEBOOK_AGENT_IDLE_TIMEOUT": ("60", "idle_timeout_s", 60.0),
    "NOTEBOOK_AGENT_MAX_UPLOAD_MB": ("10", "max_upload_mb", 10),
    "NOTEBOOK_AGENT_MAX_STEPS": ("4", "max_steps", 4),
    "NOTEBOOK_AGENT_MAX_ATTEMPTS": ("2", "max_attempts", 2),
    "NOTEBOOK_AGENT_GEMINI_TIMEOUT": ("12.5", "gemini_timeout_s", 12.5),
    "NOTEBOOK_AGENT_GEMINI_ATTEMPTS": ("1", "gemini_attempts", 1),
    "NOTEBOOK_AGENT_AUTH": ("password", "auth", "password"),
    "NOTEBOOK_AGENT_DATABASE_URL": ("postgresql://db/na", "database_url", "postgresql://db/na"),
    "NOTEBOOK_AGENT_GATEWAY_URL": (
        "http://g1:8888, http://g2:8888",
        "gateway_urls",
        ("http://g1:8888", "http://g2:8888"),
    ),
    "NOTEBOOK_AGENT_GATEWAY_TOKEN": ("gw-secret", "gateway_token", "gw-secret"),
    "NOTEBOOK_AGENT_GATEWAY_CA": ("/etc/na/ca.pem", "gateway_ca", "/etc/na/ca.pem"),
    "NOTEBOOK_AGENT_GATEWAY_CLIENT_CERT": ("/etc/na/app.pem", "gateway_client_cert", "/etc/na/app.pem"),
    "NOTEBOOK_AGENT_GATEWAY_CLIENT_KEY": ("/etc/na/app.key", "gateway_client_key", "/etc/na/app.key"),
    "NOTEBOOK_AGENT_UPLOADS_DIR": ("/srv/na-uploads", "uploads_dir", Path("/srv/na-uploads")),
    "NOTEBOOK_AGENT_AUTH_HEADER": ("X-Auth-Request-User", "auth_header", "X-Auth-Request-User"),
    "NOTEBOOK_AGENT_TRUSTED_PROXIES": ("127.0.0.1, 10.0.0.0/8", "trusted_proxies", ("127.0.0.1", "10.0.0.0/8")),
    "NOTEBOOK_AGENT_QUOTA_KERNELS": ("5", "quota_kernels", 5),
    "NOTEBOOK_AGENT_QUOTA_SESSIONS": ("0", "quota_sessions", 0),
    "NOTEBOOK_AGENT_QUOTA_DISK_MB": ("100", "quota_disk_mb", 100),
    "NOTEBOOK_AGENT_QUOTA_TURNS": ("7", "quota_turns_per_minute", 7),
}

# A read of a named variable: os.environ.get("X"), os.getenv("X"), os.environ["X"], environ.setdefault("X", …).
_READ = re.compile(
    r"""(?:environ\s*\.\s*(?:get|setdefault|pop)\s*\(|getenv\s*\(|environ\s*\[)\s*["']([A-Z][A-Z0-9_]*)["']"""
)


def readme_variables() -> set[str]:
    """The variables in the README's configuration table."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split("|")[1]))
    return names


def test_the_readme_table_is_found() -> None:
    names = readme_variables()
    assert {"GEMINI_API_KEY", "GOOGLE_API_KEY", "NOTEBOOK_AGENT_DATA_DIR", "NOTEBOOK_AGENT_POOL_SIZE"} <= names
    assert {"NOTEBOOK_AGENT_IDLE_TIMEOUT", "NOTEBOOK_AGENT_MAX_STEPS", "NOTEBOOK_AGENT_MAX_SESSIONS"} <= names


@pytest.mark.parametrize("name", sorted(readme_variables() | CONTRACT))
def test_settings_py_reads_the_variable(name: str) -> None:
    """(a) settings.py reads it: named in its source, and setting it changes the field it documents."""
    assert f'"{name}"' in SETTINGS_PY.read_text(encoding="utf-8"), f"settings.py does not read {name}"
    assert name in SAMPLES, f"add a sample value for {name} to SAMPLES"
    value, field, expected = SAMPLES[name]
    base = {"NOTEBOOK_AGENT_DATA_DIR": "/tmp/na-settings-base"}
    got = getattr(Settings.from_env({**base, name: value}), field)
    assert (set(got) if isinstance(expected, set) else got) == expected
    assert getattr(Settings.from_env(base), field) != got, f"{name} left {field} as it was"


def test_no_other_module_reads_them() -> None:
    """(b) nothing else in notebook_agent/ reads a documented variable from the environment."""
    names = readme_variables() | CONTRACT
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.resolve() == SETTINGS_PY:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            read = set(_READ.findall(line))
            loose = {name for name in names if name in line and re.search(r"\b(environ|getenv)\b", line)}
            if (read & names) or loose:
                found.append(f"{path.relative_to(REPO)}:{n}: {line.strip()}")
    assert found == []


def test_the_read_pattern_catches_the_usual_spellings() -> None:
    for line in (
        'os.environ.get("NOTEBOOK_AGENT_MODEL")',
        "os.getenv('NOTEBOOK_AGENT_MODEL', 'auto')",
        'os.environ["NOTEBOOK_AGENT_MODEL"]',
        'os.environ.setdefault("NOTEBOOK_AGENT_MODEL", "offline")',
    ):
        assert _READ.findall(line) == ["NOTEBOOK_AGENT_MODEL"], line


def test_defaults() -> None:
    s = Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": "/tmp/na-x"})
    assert (s.model, s.model_kind, s.gemini_model, s.kernel_start, s.auth) == (
        "auto",
        "offline",
        DEFAULT_GEMINI_MODEL,
        "fork",
        "none",
    )
    assert (s.pool_size, s.max_sessions, s.idle_timeout_s, s.max_steps, s.max_attempts) == (2, 16, 1800.0, 10, 3)
    assert s.max_upload_bytes == 2**30 and (s.gemini_timeout_s, s.gemini_attempts) == (90.0, 4)
    assert s.database_url is None and s.gateway_urls == ()
    assert Settings.from_env({"GEMINI_API_KEY": "k"}).model_kind == "gemini"


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"NOTEBOOK_AGENT_KERNEL_START": "sometimes"}, "Use fork or spawn."),
        ({"NOTEBOOK_AGENT_AUTH": "ldap"}, "Use none, password, hf or header."),
        ({"NOTEBOOK_AGENT_MODEL": "claude"}, "Use auto, offline or gemini."),
        ({"NOTEBOOK_AGENT_POOL_SIZE": "65"}, "from 0 to 64"),
        ({"NOTEBOOK_AGENT_POOL_SIZE": "two"}, "is not a whole number"),
        ({"NOTEBOOK_AGENT_MAX_STEPS": "0"}, "from 1 to 100"),
        ({"NOTEBOOK_AGENT_IDLE_TIMEOUT": "soon"}, "is not a number"),
        ({"NOTEBOOK_AGENT_GEMINI_ATTEMPTS": "11"}, "NOTEBOOK_AGENT_GEMINI_ATTEMPTS=11 is out of range"),
    ],
)
def test_bad_values_are_refused_naming_the_variable(env: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    var = next(iter(env))
    assert info.value.setting == var and var in str(info.value) and words in str(info.value)


def test_with_sets_values_explicitly_and_checks_them() -> None:
    s = Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": "/tmp/na-x"})
    t = s.with_(kernel_start="spawn", max_steps=4, profile="strict")
    assert (t.kernel_start, t.max_steps, t.profile) == ("spawn", 4, "strict") and s.kernel_start == "fork"
    with pytest.raises(ConfigError, match="NOTEBOOK_AGENT_KERNEL_START='later'"):
        s.with_(kernel_start="later")
    with pytest.raises(ConfigError, match="NOTEBOOK_AGENT_MAX_SESSIONS=0"):
        s.with_(max_sessions=0)


def test_one_shot_commands_spawn_unless_the_variable_says_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTEBOOK_AGENT_KERNEL_START", raising=False)
    before = dict(os.environ)
    parser = build_parser()
    exec_settings = command_settings(parser.parse_args(["exec", "-c", "1", "--profile", "strict"]))
    assert exec_settings.kernel_start == "spawn" and exec_settings.profile == "strict"
    ask_settings = command_settings(parser.parse_args(["ask", "data.csv", "-q", "hi", "--model", "offline"]))
    assert ask_settings.kernel_start == "spawn" and ask_settings.model == "offline"
    assert command_settings(parser.parse_args(["doctor"])).kernel_start == "fork"
    assert dict(os.environ) == before, "flags are values in the settings, never changes to the environment"
    monkeypatch.setenv("NOTEBOOK_AGENT_KERNEL_START", "fork")
    assert command_settings(parser.parse_args(["exec", "-c", "1"])).kernel_start == "fork"
