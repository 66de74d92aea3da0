"""Who owns which chat, and what a user may still start: the app's side of `accounts` (ownership and quotas).

Every chat belongs to a user. In `none` mode the owner is the browser (or program client) that started it, an
anonymous user row of its own; in the other modes it is the signed-in account. A chat id of someone else is
answered exactly like an id that does not exist (`SessionNotFound`), on every path.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

from sqlalchemy.engine import Engine
from starlette.requests import HTTPConnection

from ..accounts import quotas as quota_rules
from ..accounts import sessions as chats
from ..accounts.errors import SessionNotFoundError
from ..accounts.quotas import Quotas, TurnLimiter
from ..accounts.users import User
from ..agent.session import data_files_root, is_stored, valid_id
from ..errors import SessionNotFound
from ..settings import Settings
from ..web.identity import Identity, api_owner, browser_owner

__all__ = ["Owners", "quotas_of"]

_BROWSER_ID = re.compile(r"[0-9a-f]{32}")
_TODO = "Open one from My chats, or start a new chat."


def quotas_of(settings: Settings) -> Quotas:
    """The per-user limits the settings ask for (0 means no limit)."""
    return Quotas(
        max_live_kernels=settings.quota_kernels or None,
        max_stored_sessions=settings.quota_sessions or None,
        max_disk_bytes=settings.quota_disk_mb * 2**20 or None,
        max_turns_per_minute=settings.quota_turns_per_minute or None,
    )


class Owners:
    """Ownership checks and quotas over the app's database, for the page's events and the API alike."""

    def __init__(self, settings: Settings, engine: Engine, identity: Identity) -> None:
        self.settings = settings
        self.engine = engine
        self.identity = identity
        self.quotas = quotas_of(settings)
        self.turns = TurnLimiter(self.quotas, engine)

    # -- who is calling ---------------------------------------------------------------------------------------
    async def caller(self, request: HTTPConnection | None, browser_id: str = "", client_id: str = "") -> User | None:
        """The user behind a request: the signed-in account, or in `none` mode this browser's or client's owner."""
        if self.identity.signs_in:
            if request is None:
                return None
            return await asyncio.to_thread(self.identity.user, request)
        if _BROWSER_ID.fullmatch(browser_id or ""):
            return await asyncio.to_thread(browser_owner, self.engine, browser_id)
        if client_id:
            return await asyncio.to_thread(api_owner, self.engine, client_id)
        return None

    # -- which chats are theirs -------------------------------------------------------------------------------
    async def owns(self, user: User | None, session_id: str) -> bool:
        """Whether the chat exists and is this user's."""
        if user is None or not valid_id(session_id):
            return False
        try:
            await asyncio.to_thread(chats.owned_session, self.engine, user, session_id)
        except SessionNotFoundError:
            return False
        return True

    async def check(self, user: User | None, session_id: str) -> None:
        """Raise SessionNotFound unless the chat is this user's (the same answer as for no such chat)."""
        if not await self.owns(user, session_id):
            raise SessionNotFound(session_id[:64] if isinstance(session_id, str) else "?", _TODO)

    async def is_recorded(self, session_id: str) -> bool:
        """Whether any user owns this chat id."""
        return valid_id(session_id) and await asyncio.to_thread(chats.owner_of, self.engine, session_id) is not None

    async def claim(self, user: User, session_id: str, title: str = "") -> None:
        """Make a new chat this user's (a chat is recorded when it is first used); quota on stored chats first.

        An id someone else already owns is refused like an unknown one: ids are never shared.
        """
        owner = await asyncio.to_thread(chats.owner_of, self.engine, session_id)
        if owner == user.id:
            return
        if owner is not None or await asyncio.to_thread(is_stored, self.settings, session_id):
            raise SessionNotFound(session_id, _TODO)
        stored = await asyncio.to_thread(chats.count_sessions, self.engine, user)
        quota_rules.check_stored_sessions(self.quotas, stored)
        await asyncio.to_thread(chats.record_session, self.engine, user, session_id, title)

    # -- quotas -------------------------------------------------------------------------------------------------
    async def admit_turn(self, user: User) -> None:
        """Turns per minute, counted for every app process at once (raises the quota error with its wait)."""
        await asyncio.to_thread(self.turns.admit, user.id)

    async def check_disk(self, user: User, adding: int) -> None:
        """Room for `adding` more bytes of data files in this user's chats."""
        if self.quotas.max_disk_bytes is None:
            return
        records = await asyncio.to_thread(chats.sessions_of, self.engine, user)
        used = await asyncio.to_thread(_data_bytes, self.settings, [r.id for r in records])
        quota_rules.check_disk(self.quotas, used, adding)


def _data_bytes(settings: Settings, session_ids: list[str]) -> int:
    """Bytes of the data files of these chats where this app keeps them (the sandbox, or the upload store)."""
    folders = []
    for sid in session_ids:
        root, folder = data_files_root(settings, sid)
        folders.append(root / folder)
    return _bytes_of(folders)


def _bytes_of(folders: list[Path]) -> int:
    """Bytes of the regular files directly in these folders (uploads sit at the top of a chat's work folder)."""
    total = 0
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                st = entry.lstat()  # never follows a link the kernel planted
            except OSError:
                continue
            if entry.is_file() and not entry.is_symlink():
                total += st.st_blocks * 512
    return total


def remove_tree(path: Path) -> None:
    """Remove a folder that a kernel may have filled: rmtree never follows links (it works by descriptor)."""
    if path.is_symlink():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)
