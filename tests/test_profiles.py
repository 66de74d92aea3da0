"""Sandbox profiles and settings: the shipped ones load, bad ones are refused naming the file and the key."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import PYTHON

from notebook_agent.errors import ConfigError, ProfileError
from notebook_agent.resources import profiles_dir
from notebook_agent.sandbox.profiles import load_profile, profile_names
from notebook_agent.settings import Settings

SHIPPED = profiles_dir()


def write_profile(tmp_path: Path, edit: Any = None, policy_edit: Any = None, name: str = "custom") -> Path:
    """A copy of the default profile (and its policy, beside it) in tmp_path, changed by the edit functions."""
    text = (SHIPPED / "default.toml").read_text()
    if edit is not None:
        text = edit(text)
    (tmp_path / "seccomp").mkdir(exist_ok=True)
    policy_path = tmp_path / "seccomp" / "kernel.json"
    shutil.copy(SHIPPED / "seccomp" / "kernel.json", policy_path)
    if policy_edit is not None:
        result = policy_edit(json.loads(policy_path.read_text()))
        policy_path.write_text(result if isinstance(result, str) else json.dumps(result))
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    return path


def sub(pattern: str, repl: str) -> Any:
    def edit(text: str) -> str:
        new, n = re.subn(pattern, repl, text, count=1, flags=re.M)
        assert n == 1, f"pattern {pattern!r} not in the profile"
        return new

    return edit


def refused(path: Path) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        load_profile(str(path))
    return info.value


# -- the shipped profiles ------------------------------------------------------------------------------------


def test_shipped_profiles_load() -> None:
    assert {"default", "strict"} <= set(profile_names())
    for name in ("default", "strict"):
        profile = load_profile(name)
        assert profile.name == name and Path(profile.path).is_file()
        assert {"landlock-fs", "landlock-net", "landlock-scope", "seccomp", "no-new-privs"} <= set(
            profile.required_layers
        )
        assert profile.seccomp_policy["defaultAction"] == "SCMP_ACT_ERRNO"
        assert "{session}" in profile.filesystem.read_write and "{prefix}" in profile.filesystem.read_exec
        assert profile.network.deny_tcp and profile.scope.signals and profile.scope.abstract_unix_sockets
        allowed = {
            n
            for rule in profile.seccomp_policy["syscalls"]
            if rule["action"] == "SCMP_ACT_ALLOW"
            for n in rule["names"]
        }
        assert not allowed & {"execve", "execveat", "fork", "vfork", "socket", "ptrace", "setuid"}


def test_strict_is_smaller_than_default() -> None:
    default, strict = load_profile("default").limits, load_profile("strict").limits
    for key in (
        "address_space_mb",
        "file_size_mb",
        "open_files",
        "threads",
        "cell_timeout_s",
        "output_cap_kb",
        "disk_cap_mb",
        "disk_cap_files",
    ):
        assert getattr(strict, key) < getattr(default, key), key
    assert strict.compute_threads <= default.compute_threads


def test_profile_by_path_equals_by_name(tmp_path: Path) -> None:
    copy = load_profile(str(write_profile(tmp_path)))
    default = load_profile("default")
    assert copy.limits == default.limits and copy.required_layers == default.required_layers
    assert copy.seccomp_policy == default.seccomp_policy and copy.name == "custom"


def test_unknown_profile_name_lists_choices() -> None:
    with pytest.raises(ProfileError, match=r"no profile 'nosuch'.*default.*strict"):
        load_profile("nosuch")
    with pytest.raises(ProfileError, match="profile names are"):
        load_profile("Bad Name!")
    with pytest.raises(ProfileError, match="file not found"):
        load_profile("/nonexistent/dir/p.toml")


# -- the profile file ----------------------------------------------------------------------------------------


def test_unknown_top_level_key(tmp_path: Path) -> None:
    path = write_profile(tmp_path, lambda t: "colour = 'blue'\n" + t)
    err = refused(path)
    assert err.key == "colour" and "unknown key" in str(err) and str(path) in str(err)


def test_unknown_key_in_limits(tmp_path: Path) -> None:
    path = write_profile(tmp_path, sub(r"^\[limits\]$", "[limits]\nmax_gpus = 3"))
    err = refused(path)
    assert err.key == "limits.max_gpus" and "unknown key" in str(err) and str(path) in str(err)


def test_negative_limit(tmp_path: Path) -> None:
    path = write_profile(tmp_path, sub(r"^open_files = \d+", "open_files = -5"))
    err = refused(path)
    assert err.key == "limits.open_files" and str(path) in str(err)
    assert "greater than or equal to 64" in err.problem


def test_wrong_type_limit(tmp_path: Path) -> None:
    path = write_profile(tmp_path, sub(r"^cell_timeout_s = \d+", 'cell_timeout_s = "five minutes"'))
    err = refused(path)
    assert err.key == "limits.cell_timeout_s" and str(path) in str(err) and "number" in err.problem


def test_missing_limit(tmp_path: Path) -> None:
    path = write_profile(tmp_path, sub(r"^disk_cap_files = .*$", ""))
    err = refused(path)
    assert err.key == "limits.disk_cap_files" and "required" in err.problem.lower()


def test_unknown_layer(tmp_path: Path) -> None:
    path = write_profile(tmp_path, sub(r'^required_layers = \["no-new-privs"', 'required_layers = ["selinux"'))
    err = refused(path)
    assert err.key.startswith("required_layers") and str(path) in str(err) and "landlock-fs" in err.problem


def test_reserved_key(tmp_path: Path) -> None:
    path = write_profile(tmp_path, lambda t: "name = 'sneaky'\n" + t)
    err = refused(path)
    assert err.key == "name" and "set by the loader" in str(err)


def test_toml_syntax_error(tmp_path: Path) -> None:
    path = write_profile(tmp_path, lambda t: t + "\n[limits\n")
    err = refused(path)
    assert err.key == "syntax" and str(path) in str(err)


def test_missing_seccomp_policy_file(tmp_path: Path) -> None:
    path = write_profile(tmp_path, sub(r'^policy = ".*"$', 'policy = "seccomp/missing.json"'))
    err = refused(path)
    assert err.key == "seccomp.policy" and str(path) in str(err) and "missing.json" in str(err)


def test_malformed_seccomp_json(tmp_path: Path) -> None:
    path = write_profile(tmp_path, policy_edit=lambda p: json.dumps(p)[:-20])
    err = refused(path)
    policy_file = tmp_path / "seccomp" / "kernel.json"
    assert err.path == str(policy_file) and err.key == "syntax" and str(policy_file) in str(err)


def test_unknown_key_in_seccomp_json(tmp_path: Path) -> None:
    path = write_profile(tmp_path, policy_edit=lambda p: {**p, "listenerPath": "/tmp/x"})
    err = refused(path)
    policy_file = str(tmp_path / "seccomp" / "kernel.json")
    assert err.path == policy_file and policy_file in str(err) and "'listenerPath'" in str(err)


def test_unknown_key_in_seccomp_rule(tmp_path: Path) -> None:
    def edit(p: dict[str, Any]) -> dict[str, Any]:
        p["syscalls"][3]["includes"] = {"caps": ["CAP_SYS_ADMIN"]}
        return p

    err = refused(write_profile(tmp_path, policy_edit=edit))
    assert "syscalls[3]" in str(err) and "'includes'" in str(err)


def test_bad_seccomp_op(tmp_path: Path) -> None:
    def edit(p: dict[str, Any]) -> dict[str, Any]:
        p["syscalls"][0]["args"][0]["op"] = "SCMP_CMP_ROUGHLY_EQ"
        return p

    err = refused(write_profile(tmp_path, policy_edit=edit))
    assert str(tmp_path / "seccomp" / "kernel.json") in str(err)
    assert "syscalls[0].args[0].op" in str(err) and "SCMP_CMP_MASKED_EQ" in str(err)


def test_bad_seccomp_action_and_index(tmp_path: Path) -> None:
    def bad_action(p: dict[str, Any]) -> dict[str, Any]:
        p["syscalls"][1]["action"] = "SCMP_ACT_MAYBE"
        return p

    def bad_index(p: dict[str, Any]) -> dict[str, Any]:
        p["syscalls"][0]["args"][0]["index"] = 6
        return p

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert "syscalls[1].action" in str(refused(write_profile(tmp_path / "a", policy_edit=bad_action)))
    assert "syscalls[0].args[0].index" in str(refused(write_profile(tmp_path / "b", policy_edit=bad_index)))


# -- settings -------------------------------------------------------------------------------------------------


def test_settings_defaults_and_parsing(tmp_path: Path) -> None:
    s = Settings.from_env(
        {
            "NOTEBOOK_AGENT_DATA_DIR": str(tmp_path),
            "NOTEBOOK_AGENT_UID_RANGE": "300000-300009",
            "NOTEBOOK_AGENT_ALLOW_MISSING_LAYERS": " cgroup, landlock-scope ,",
            "NOTEBOOK_AGENT_SANDBOX_PROFILE": "strict",
            "NOTEBOOK_AGENT_UID_MODE": "shared",
        }
    )
    assert s.data_dir == tmp_path and s.uid_range == (300000, 300009) and s.profile == "strict"
    assert s.allow_missing_layers == frozenset({"cgroup", "landlock-scope"}) and s.uid_mode == "shared"
    assert s.sandboxes_dir == tmp_path / "sandboxes" and s.runtime_dir == tmp_path / "run"
    auto = Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(tmp_path)})
    assert auto.uid_mode == ("per-session" if os.geteuid() == 0 else "shared")
    assert auto.profile == "default" and auto.uid_range == (200000, 299999)


@pytest.mark.parametrize("value", ["sometimes", "per_session", "root"])
def test_settings_refuse_bad_uid_mode(value: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"NOTEBOOK_AGENT_UID_MODE": value})
    msg = str(info.value)
    assert f"NOTEBOOK_AGENT_UID_MODE={value!r}" in msg and "auto, per-session or shared" in msg


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("lots", "FIRST-LAST"),
        ("200000", "FIRST-LAST"),
        ("1-2-3", "FIRST-LAST"),
        ("10-500", "1000 <= FIRST <= LAST"),
        ("300000-200000", "1000 <= FIRST <= LAST"),
        ("200000-9999999999", "1000 <= FIRST <= LAST"),
    ],
)
def test_settings_refuse_bad_uid_range(value: str, hint: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"NOTEBOOK_AGENT_UID_RANGE": value})
    assert f"NOTEBOOK_AGENT_UID_RANGE={value!r}" in str(info.value) and hint in str(info.value)


@pytest.mark.skipif(os.geteuid() != 0, reason="switching to uid 1000 needs root")
def test_per_session_mode_refused_when_not_root() -> None:
    code = (
        "from notebook_agent.settings import Settings\n"
        "from notebook_agent.errors import ConfigError\n"
        "try:\n    Settings.from_env({'NOTEBOOK_AGENT_UID_MODE': 'per-session'})\n"
        "except ConfigError as e:\n    print(e)\n"
        "print(Settings.from_env({}).uid_mode)"
    )
    proc = subprocess.run(
        ["setpriv", "--reuid=1000", "--regid=1000", "--clear-groups", "--", PYTHON, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        env={"HOME": "/tmp"},
    )
    assert proc.returncode == 0, proc.stderr
    refusal, mode = proc.stdout.splitlines()
    assert "per-session needs root" in refusal and "NOTEBOOK_AGENT_UID_MODE=shared" in refusal
    assert mode == "shared"
