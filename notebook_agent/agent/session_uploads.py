"""Uploads into a chat: checked and stored, loaded in the kernel with compact types, profiled, and told the model.

An upload is one unit of the chat's record, like a turn: its load cell is committed with the file list and the
profiles the model sees, or dropped at the next turn when it stops half-way (`agent.session_record`). With
gateways the file is kept in the upload store and written into the kernel's work dir from there.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from pathlib import Path
from typing import Any

from ..data.conversions import (
    ConversionPlan,
    conversion_cell,
    conversion_note,
    conversions_code,
    parse_conversions,
)
from ..data.profile import format_profile, parse_profile, profile_code
from ..data.reshape import LongView, long_view
from ..data.uploads import PreparedUpload, prepare_upload
from ..errors import UploadError, UploadTooBig
from ..kernel.gateway import GatewayKernel
from ..kernel.session_kernel import SessionKernel
from ..settings import Settings
from .session_kernels import KERNEL_SETUP, ChatKernel, replay
from .session_record import ChatRecord

__all__ = ["Uploads", "load_failed", "private_dir"]

log = logging.getLogger("notebook_agent.agent.session")  # the chat's log lines keep one logger name

Kernel = SessionKernel | GatewayKernel


def private_dir(path: Path) -> None:
    """Make a host-private folder and the folders above it (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _first_sentence(error: dict[str, Any] | None) -> str:
    """An error in a few words: its name and the first sentence of its message (pandas adds long advice)."""
    error = error or {}
    text = str(error.get("evalue") or "").strip().splitlines()
    sentence = re.split(r"(?<=\.)\s", text[0])[0].rstrip(".") if text else ""
    sentence = sentence if len(sentence) <= 160 else sentence[:159] + "…"
    return f"{error.get('ename', 'Error')}: {sentence}" if sentence else str(error.get("ename", "Error"))


def _file_entry(prepared: PreparedUpload, long: str | None = None) -> dict[str, Any]:
    """The upload as the chat's file list keeps it (with the name of its long view, when it has one)."""
    entry = {
        "name": prepared.path.name,
        "original_name": prepared.original_name,
        "variable": prepared.variable,
        "kind": prepared.kind,
        "warnings": prepared.warnings,
    }
    return entry | ({"long": long} if long else {})


def _profiles_update(state: dict[str, Any], variable: str, profile: dict[str, Any]) -> dict[str, Any]:
    """The conversation's profiles with `variable`'s new one (in place of an old one), and their text."""
    profiles = [p for p in state.get("profiles", []) if p.get("variable") != variable] + [profile]
    text = "\n\n".join(f"File {p.get('file')} loaded as `{p.get('variable')}`:\n{format_profile(p)}" for p in profiles)
    return {"profiles": profiles, "profile_text": text}


def load_failed(kernel: Kernel, prepared: PreparedUpload, res: Any, src: Path | None = None) -> UploadError:
    """Why the load code failed, in words; running out of memory says so and what to do instead.

    The size shown is the upload's (`src`): the copy in the sandbox is the kernel's, and a folder on its path
    may be a link by now. Without `src`, the stored copy is looked at without following its last component.
    """
    error = res.error or {}
    name, file = prepared.original_name, prepared.path.name
    if "MemoryError" not in str(error.get("ename")) and res.status != "died":
        return UploadError(
            f"{name} could not be loaded: {error.get('ename')}: {error.get('evalue')}",
            "Check the file, or ask for it to be read differently (another encoding, separator or sheet).",
            name=name,
        )
    profile = getattr(kernel, "profile", None)
    limit = f" of {profile.limits.address_space_mb:,} MB" if profile is not None else ""
    what = (
        "the kernel stopped while reading it, most likely out of memory"
        if res.status == "died"
        else f"pandas ran out of memory ({error.get('ename')})"
    )
    try:
        st = src.stat() if src is not None else os.stat(prepared.path, follow_symlinks=False)
        size, nbytes = f" ({st.st_size / 2**20:,.0f} MB)", st.st_size
    except OSError:
        size, nbytes = "", None
    return UploadTooBig(
        f"{name}{size} is too big to load whole within this chat's memory limit{limit}: {what}.",
        f"The file is stored in this chat as {file}: ask for part of it, e.g. pd.read_csv({file!r}, "
        "usecols=[...]) or nrows=1_000_000, or upload it as Parquet, which loads with far less memory.",
        name=name,
        size=nbytes,
        limit=profile.limits.address_space_mb * 2**20 if profile is not None else None,
    )


class Uploads:
    """Adds files to one open chat, whose record and kernel it is given."""

    def __init__(self, settings: Settings, record: ChatRecord, kernels: ChatKernel) -> None:
        self.settings = settings
        self._record = record
        self._kernels = kernels

    async def add(self, src: Path, original_name: str | None) -> tuple[PreparedUpload, dict[str, Any]]:
        """Store an upload, load it in the kernel, profile it there, and tell the model; one committed unit.

        Returns the accepted upload and its data profile. The caller holds the chat's turn lock.
        """
        kernel, record = self._kernels.kernel, self._record
        assert kernel is not None
        prepared = await self._prepare(kernel, src, original_name)
        state = await record.state()
        turn = int(state.get("turn", 0)) + 1
        res = await kernel.execute(prepared.load_code)
        if res.status != "ok":
            raise load_failed(kernel, prepared, res, Path(src))
        converted, outputs, note, plan = await self._convert(kernel, prepared)
        if converted:
            prepared.load_code += "\n\n" + converted
        long = await self._long_view(kernel, prepared, plan)
        if long is not None:
            prepared.load_code += "\n\n" + long.cell
        if note:
            prepared.warnings.insert(0, note)
        record.begin()  # until the commit below
        record.notebook.add_code(
            prepared.load_code, [*res.outputs, *outputs], turn, role="setup", execution_count=res.execution_count
        )
        profiled = await kernel.execute(profile_code(prepared.variable))
        profile = parse_profile(profiled.stdout)
        profile["file"] = prepared.path.name
        if note or long is not None:
            profile["conversions"] = " ".join(s for s in (note, long.note if long else None) if s)
        update = _profiles_update(state, prepared.variable, profile)
        if long is not None:
            long_profile = parse_profile((await kernel.execute(profile_code(long.variable))).stdout)
            long_profile |= {"file": prepared.path.name, "long_of": prepared.variable, "conversions": long.note}
            update = _profiles_update({"profiles": update["profiles"]}, long.variable, long_profile)
        record.meta["files"] = [*record.meta["files"], _file_entry(prepared, long.variable if long else None)]
        rows, columns = [*(profile.get("shape") or []), None, None][:2]
        log.info(
            "upload accepted",
            extra={"kind": prepared.kind, "bytes": _size(Path(src)), "rows": rows, "columns": columns},
        )
        await record.graph.aupdate_state(record.config, update)
        await record.commit()
        return prepared, profile

    async def _prepare(self, kernel: Kernel, src: Path, original_name: str | None) -> PreparedUpload:
        """Check the upload and store it (`data.uploads.prepare_upload`); on a gateway, write it into the kernel."""
        if isinstance(kernel, GatewayKernel):  # kept in the upload store, then written on the gateway host
            dest, within = self._kernels.upload_dir, self.settings.upload_store
            await asyncio.to_thread(private_dir, dest)
        else:
            assert self._kernels.sandbox is not None
            dest, within = self._kernels.sandbox.work_dir, self.settings.sandboxes_dir
        files = self._record.meta["files"]
        prepared = await asyncio.to_thread(
            prepare_upload,
            Path(src),
            dest,
            original_name=original_name,
            existing_variables={f["variable"] for f in files} | {f["long"] for f in files if f.get("long")},
            first=not files,
            max_bytes=self.settings.max_upload_bytes,
            within=within,
            settings=self.settings,
        )
        if isinstance(kernel, GatewayKernel):
            await kernel.upload(prepared.path, prepared.path.name)
        return prepared

    async def _convert(
        self, kernel: Kernel, prepared: PreparedUpload
    ) -> tuple[str, list[Any], str | None, ConversionPlan]:
        """Compact types for the loaded frame (see `data.conversions`).

        Returns the cell that made them, its outputs, what was converted or left, in words, and the proposal
        (its column names are read by `_long_view`). Nothing is converted when the kernel proposes
        nothing usable.

        The cell normally runs once as it is kept. When it fails (a value the sample did not show), each column is
        converted on its own and only the ones that went through are kept: every line can run twice harmlessly.
        """
        variable = prepared.variable
        proposal = await kernel.execute(conversions_code(variable))
        if proposal.status != "ok":
            # The error's name only: its message may quote values from the data.
            log.warning("no conversions proposed: %s", (proposal.error or {}).get("ename", proposal.status))
            if proposal.status != "error":
                await self._reload(kernel, prepared)
            return "", [], None, ConversionPlan()
        plan = parse_conversions(proposal.stdout)
        if not plan.conversions:
            return "", [], conversion_note(plan, []), plan
        res = await kernel.execute(conversion_cell(variable, plan.conversions, plan.rows))
        done, outputs, stopped = list(plan.conversions), list(res.outputs), res.status not in ("ok", "error")
        if res.status == "error":
            done, outputs = [], []
            for conversion in plan.conversions:
                one = await kernel.execute(conversion_cell(variable, [conversion], plan.rows))
                if one.status == "ok":
                    done.append(conversion)
                    outputs += one.outputs
                elif one.status == "error":
                    plan.failed.append((conversion, _first_sentence(one.error)))
                else:
                    stopped = True
                    break
        if stopped:  # restarted or interrupted: what was converted is gone or uncertain
            await self._reload(kernel, prepared)
            plan.failed = [(c, "the kernel stopped while converting") for c in plan.conversions]
            done, outputs = [], []
        done_columns = {c.column for c in done}
        kept = [c for c in plan.conversions if c.column in done_columns]
        return conversion_cell(variable, kept, plan.rows), outputs, conversion_note(plan, kept), plan

    async def _long_view(self, kernel: Kernel, prepared: PreparedUpload, plan: ConversionPlan) -> LongView | None:
        """A wide table's long view (see `data.reshape`), built in the kernel; None when there is none or it fails.

        A failure costs nothing but the view: the wide table is loaded and stays as it was.
        """
        state = await self._record.state()
        taken = {str(p.get("variable")) for p in state.get("profiles", [])} | {prepared.variable}
        long = long_view(prepared.variable, plan.names, plan.rows, taken)
        if long is None:
            return None
        res = await kernel.execute(long.cell)
        if res.status == "ok":
            return long
        log.warning("no long view: %s", (res.error or {}).get("ename", res.status))
        if res.status != "error":
            await self._reload(kernel, prepared)
        return None

    async def _reload(self, kernel: Kernel, prepared: PreparedUpload) -> None:
        """After the kernel stopped in a load step: its state back (setup, the notebook's cells), then this file."""
        await kernel.execute(KERNEL_SETUP)
        await replay(kernel, self._record.notebook)
        res = await kernel.execute(prepared.load_code)
        if res.status != "ok":
            raise load_failed(kernel, prepared, res)
