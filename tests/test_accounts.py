"""Accounts on a real SQLite file: users and passwords, the sign-in limiter, tokens, chat ownership, quotas.

The tests that take `engine` and no files run again on PostgreSQL in tests/test_postgres.py.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from sqlalchemy.engine import Engine
from test_store import NewUrl, new_url

from notebook_agent import accounts, store
from notebook_agent.accounts import passwords
from notebook_agent.accounts.limiter import address_key
from notebook_agent.accounts.quotas import format_bytes
from notebook_agent.errors import NotebookAgentError
from notebook_agent.store.schema import tokens, users

PASSWORD = "correct horse battery"


__all__ = ["engine", "new_url"]  # fixtures test_postgres.py takes along with the tests


@pytest.fixture
def engine(new_url: NewUrl) -> Iterator[Engine]:
    eng = store.open_engine(new_url())
    store.prepare(eng)
    yield eng
    eng.dispose()


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- users ----------------------------------------------------------------------------------------------------------


def test_add_and_verify_a_user(engine: Engine) -> None:
    alice = accounts.add_user(engine, "alice", PASSWORD)
    assert alice.name == "alice" and alice.has_password and not alice.disabled and alice.created.tzinfo
    assert accounts.verify(engine, "alice", PASSWORD) == alice
    assert accounts.verify(engine, "alice", PASSWORD + "x") is None
    assert accounts.verify(engine, "Alice", PASSWORD) is None  # names are exact
    with store.read(engine) as conn:
        stored = conn.execute(sa.select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert [u.name for u in accounts.list_users(engine)] == ["alice"]
    assert accounts.get_user(engine, "alice") == accounts.user_by_id(engine, alice.id) == alice
    with pytest.raises(accounts.UserExistsError):
        accounts.add_user(engine, "alice", PASSWORD)


@pytest.mark.parametrize("name", ["", " alice", "al ice", "-alice", "a" * 65, "alice\n", "ali/ce"])
def test_bad_user_names_are_refused_with_what_is_allowed(engine: Engine, name: str) -> None:
    with pytest.raises(accounts.InvalidInputError, match="1-64 letters, digits"):
        accounts.add_user(engine, name, PASSWORD)
    assert accounts.verify(engine, name, PASSWORD) is None


def test_short_passwords_are_refused(engine: Engine) -> None:
    with pytest.raises(accounts.InvalidInputError, match="at least 8 characters"):
        accounts.add_user(engine, "bob", "short")
    assert accounts.get_user(engine, "bob") is None


def test_unknown_user_and_wrong_password_take_the_same_path_and_answer(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.add_user(engine, "alice", PASSWORD)
    limiter = accounts.LoginLimiter(engine)
    answers = []
    for name in ("alice", "nobody"):
        with pytest.raises(accounts.LoginFailedError) as caught:
            accounts.login(engine, limiter, name, "wrong password", "10.0.0.1")
        answers.append(str(caught.value))
    assert answers[0] == answers[1] == "Wrong user name or password. Check both and try again."

    # One argon2 verification on every path: unknown name, wrong password, passwordless, right password.
    calls: list[str] = []
    real_verify = PasswordHasher.verify

    def counting_verify(self: PasswordHasher, hash: str, password: str) -> bool:
        calls.append(hash[:10])
        return real_verify(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting_verify)
    accounts.ensure_user(engine, "hf-1234")
    for name, password in [("nobody", "x" * 9), ("alice", "x" * 9), ("hf-1234", "x" * 9), ("alice", PASSWORD)]:
        before = len(calls)
        accounts.verify(engine, name, password)
        assert len(calls) == before + 1, name
    assert all(c.startswith("$argon2id$") for c in calls)
    monkeypatch.undo()

    passwords.warm_up()

    def timed(name: str) -> float:
        start = time.perf_counter()
        assert accounts.verify(engine, name, "not the password") is None
        return time.perf_counter() - start

    # Interleaved, and the fastest of each: what the work costs, without the other processes' noise. Without the
    # dummy hash an unknown name would answer ~100x faster (one indexed query instead of ~0.15 s of argon2).
    unknown, wrong = [], []
    for _ in range(6):
        unknown.append(timed("nobody"))
        wrong.append(timed("alice"))
    assert 0.6 < min(unknown) / min(wrong) < 1.6, (unknown, wrong)


def test_passwordless_and_disabled_accounts_never_sign_in(engine: Engine) -> None:
    hf = accounts.ensure_user(engine, "hf-42")
    assert accounts.ensure_user(engine, "hf-42") == hf and not hf.has_password
    assert accounts.verify(engine, "hf-42", "") is None
    assert accounts.verify(engine, "hf-42", PASSWORD) is None
    accounts.add_user(engine, "carol", PASSWORD)
    with store.write(engine) as conn:
        conn.execute(sa.update(users).where(users.c.name == "carol").values(disabled=True))
    assert accounts.verify(engine, "carol", PASSWORD) is None


def test_a_hash_with_old_parameters_is_replaced_at_sign_in(engine: Engine) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with store.write(engine) as conn:
        conn.execute(sa.insert(users).values(name="dave", password_hash=weak, created=store.utcnow(), disabled=False))
    assert accounts.verify(engine, "dave", PASSWORD) is not None
    with store.read(engine) as conn:
        now = conn.execute(sa.select(users.c.password_hash).where(users.c.name == "dave")).scalar_one()
    assert now != weak and not passwords.needs_rehash(now)
    assert accounts.verify(engine, "dave", PASSWORD) is not None


def test_removing_a_user_deletes_their_chats_and_revokes_their_tokens(engine: Engine) -> None:
    alice = accounts.add_user(engine, "alice", PASSWORD)
    bob = accounts.add_user(engine, "bob", PASSWORD)
    for sid in ("a1", "a2"):
        accounts.record_session(engine, alice, sid, "a chat")
    accounts.record_session(engine, bob, "b1", "bob's")
    _, token = accounts.create_token(engine, alice, "laptop")
    _, bob_token = accounts.create_token(engine, bob, "ci")

    removed = accounts.remove_user(engine, "alice")
    assert sorted(removed.sessions_deleted) == ["a1", "a2"] and removed.tokens_revoked == 1
    assert accounts.get_user(engine, "alice") is None
    assert accounts.resolve_token(engine, token) is None
    assert accounts.owner_of(engine, "a1") is None
    assert sorted(accounts.deleted_sessions(engine)) == ["a1", "a2"]
    listed = {t.name: t for t in accounts.list_tokens(engine)}
    assert listed["laptop"].user is None and listed["laptop"].revoked is not None
    # bob is untouched
    assert accounts.resolve_token(engine, bob_token) == bob
    assert [s.id for s in accounts.sessions_of(engine, bob)] == ["b1"]

    again = accounts.add_user(engine, "alice", PASSWORD)  # a new account, nothing of the old one
    assert again.id != alice.id
    assert accounts.sessions_of(engine, again) == [] and accounts.list_tokens(engine, again) == []
    with pytest.raises(accounts.SessionNotFoundError):
        accounts.owned_session(engine, again, "a1")
    with pytest.raises(accounts.UnknownUserError, match="users list"):
        accounts.remove_user(engine, "zed")


# --- the sign-in limiter --------------------------------------------------------------------------------------------


def test_failures_per_name_are_limited_over_a_sliding_window(engine: Engine) -> None:
    clock = Clock()
    limiter = accounts.LoginLimiter(engine, clock=clock)
    for i in range(5):  # from five addresses: only the name's count reaches the limit
        limiter.check("alice", f"10.0.0.{i}")
        limiter.record_failure("alice", f"10.0.0.{i}")
        clock.now += 50
    with pytest.raises(accounts.LoginThrottledError) as caught:  # failures at 0..200 s, now 250 s
        limiter.check("alice", "10.9.9.9")
    assert str(caught.value) == "Too many failed sign-ins. Try again in 50 s."
    limiter.check("bob", "10.9.9.9")  # other names and addresses are free
    clock.now = 1_000_000.0 + 301  # the first failure (t=0) left the window: four remain
    limiter.check("alice", "10.9.9.9")


def test_unknown_names_are_throttled_with_the_same_message(engine: Engine) -> None:
    accounts.add_user(engine, "alice", PASSWORD)
    clock = Clock()
    limiter = accounts.LoginLimiter(engine, clock=clock)
    messages = []
    for name in ("alice", "nobody"):
        for _ in range(5):
            with pytest.raises(accounts.LoginFailedError):
                accounts.login(engine, limiter, name, "wrong password", None)
        with pytest.raises(accounts.LoginThrottledError) as caught:
            accounts.login(engine, limiter, name, PASSWORD, None)  # refused before the password is looked at
        messages.append(str(caught.value))
    assert messages[0] == messages[1] == "Too many failed sign-ins. Try again in 300 s."


def test_failures_per_address_are_limited_and_success_clears_only_the_name(engine: Engine) -> None:
    accounts.add_user(engine, "alice", PASSWORD)
    clock = Clock()
    limiter = accounts.LoginLimiter(engine, max_failures=3, window_s=60, clock=clock)
    for name in ("x1", "x2", "alice"):
        with pytest.raises(accounts.LoginFailedError):
            accounts.login(engine, limiter, name, "wrong password", "192.0.2.7")
    with pytest.raises(accounts.LoginThrottledError):
        limiter.check("someone-else", "192.0.2.7")
    assert accounts.login(engine, limiter, "alice", PASSWORD, "192.0.2.8").name == "alice"
    assert limiter.retry_after("alice", None) == 0
    assert limiter.retry_after("x9", "192.0.2.7") > 0  # the address's failures stay
    clock.now += 61
    assert limiter.retry_after("x9", "192.0.2.7") == 0


def test_ipv6_addresses_count_by_their_64_network() -> None:
    assert address_key("2001:db8::1") == address_key("2001:db8::ffff:1234") == "addr:2001:db8::/64"
    assert address_key("2001:db8:0:1::1") != address_key("2001:db8::1")
    assert address_key("::ffff:192.0.2.1") == address_key("192.0.2.1") == "addr:192.0.2.1"
    assert address_key("[2001:db8::1]") == "addr:2001:db8::/64"
    assert address_key(None) is None and address_key("") is None
    assert address_key("testclient") == "addr:testclient"


# --- tokens ---------------------------------------------------------------------------------------------------------


def test_tokens_are_created_once_resolved_and_revoked(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    bob = accounts.ensure_user(engine, "bob")
    info, token = accounts.create_token(engine, alice, "  my   laptop ")
    assert re.fullmatch(r"na_[A-Za-z0-9_-]{43}", token)
    assert (info.user, info.name, info.last_used, info.revoked) == ("alice", "my laptop", None, None)
    assert token not in repr(info)
    assert accounts.resolve_token(engine, token) == alice
    used = accounts.list_tokens(engine, alice)[0].last_used
    assert used is not None
    assert accounts.resolve_token(engine, token) == alice
    assert accounts.list_tokens(engine, alice)[0].last_used == used  # written at most once a minute
    for bad in ("", "na_", token[:-1], token + "A", "Bearer " + token, token.replace("na_", "xx_")):
        assert accounts.resolve_token(engine, bad) is None

    with pytest.raises(accounts.UnknownTokenError):
        accounts.revoke_token(engine, info.id, owner=bob)  # not bob's: answered as unknown
    assert accounts.resolve_token(engine, token) == alice
    revoked = accounts.revoke_token(engine, info.id, owner=alice)
    assert revoked.revoked is not None
    assert accounts.resolve_token(engine, token) is None
    assert accounts.revoke_token(engine, info.id, owner=None).revoked == revoked.revoked  # the operator; idempotent
    with pytest.raises(accounts.UnknownTokenError, match="tokens list"):
        accounts.revoke_token(engine, 999, owner=None)
    with pytest.raises(accounts.InvalidInputError):
        accounts.create_token(engine, alice, "   ")


def test_a_presented_token_is_looked_up_and_revoked_by_its_hash(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    info, token = accounts.create_token(engine, alice, "sign-in 2026-11-30")
    assert accounts.list_tokens_by_hash(engine, accounts.tokens.hash_token(token)) == [info]
    assert accounts.list_tokens_by_hash(engine, accounts.tokens.hash_token(token + "x")) == []
    assert accounts.revoke_by_token(engine, "na_not-a-token") is False
    assert accounts.revoke_by_token(engine, token) is True
    assert accounts.resolve_token(engine, token) is None
    assert accounts.revoke_by_token(engine, token) is False  # already revoked
    assert accounts.list_tokens_by_hash(engine, accounts.tokens.hash_token(token))[0].revoked is not None


def test_tokens_are_stored_only_as_sha256(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    made = [accounts.create_token(engine, alice, f"t{i}")[1] for i in range(3)]
    for token in made:
        assert accounts.resolve_token(engine, token) == alice
    with store.read(engine) as conn:
        hashes = set(conn.execute(sa.select(tokens.c.token_hash)).scalars())
    assert hashes == {accounts.tokens.hash_token(t) for t in made}
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes)
    # The database, its WAL and shared-memory files, read last: closing a descriptor of the file drops the
    # process's POSIX locks on it (SQLite's too), harmless here with no other process and nothing after.
    files = list(Path(str(engine.url.database)).parent.glob(store.DB_FILE + "*"))
    assert any(f.name.endswith("-wal") for f in files)
    on_disk = b"".join(f.read_bytes() for f in files)
    assert hashes.pop().encode() in on_disk  # the search would find a token if it were there
    for token in made:
        assert token.encode() not in on_disk and token[3:].encode() not in on_disk


def test_a_disabled_users_tokens_stop_working(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    _, token = accounts.create_token(engine, alice, "laptop")
    with store.write(engine) as conn:
        conn.execute(sa.update(users).where(users.c.id == alice.id).values(disabled=True))
    assert accounts.resolve_token(engine, token) is None


# --- chats ----------------------------------------------------------------------------------------------------------


def test_chats_are_listed_newest_first_and_searched(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    accounts.record_session(engine, alice, "s1", "Survival by class", ["titanic.csv"])
    accounts.record_session(engine, alice, "s2", "Été: temperatures", ["meteo.parquet"])
    accounts.record_session(engine, alice, "s3", "  fuel\nuse  ", [])
    assert [s.id for s in accounts.sessions_of(engine, alice)] == ["s3", "s2", "s1"]
    accounts.touch_session(engine, "s1", turns=3, files=["titanic.csv", "Extra.XLSX"])
    listed = accounts.sessions_of(engine, alice)
    assert [s.id for s in listed] == ["s1", "s3", "s2"]
    assert listed[0].turns == 3 and listed[0].files == ["titanic.csv", "Extra.XLSX"]
    assert listed[1].title == "fuel use"
    assert [s.id for s in accounts.sessions_of(engine, alice, search="été")] == ["s2"]
    assert [s.id for s in accounts.sessions_of(engine, alice, search="ÉTÉ")] == ["s2"]
    assert [s.id for s in accounts.sessions_of(engine, alice, search="extra.xlsx")] == ["s1"]
    assert [s.id for s in accounts.sessions_of(engine, alice, search="  ")] == ["s1", "s3", "s2"]
    assert [s.id for s in accounts.sessions_of(engine, alice, limit=2)] == ["s1", "s3"]
    assert accounts.sessions_of(engine, alice, search="nothing like it") == []
    assert accounts.count_sessions(engine, alice) == 3
    shape = listed[0].as_dict()
    assert set(shape) == {"id", "title", "created", "updated", "turns", "files"}
    assert shape["updated"].endswith("+00:00")


def test_another_users_chat_is_answered_like_an_unknown_one(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    bob = accounts.ensure_user(engine, "bob")
    accounts.record_session(engine, alice, "s1", "alice's chat")
    assert accounts.owner_of(engine, "s1") == alice.id and accounts.owner_of(engine, "nope") is None
    assert accounts.owned_session(engine, alice, "s1").title == "alice's chat"
    answers = set()
    for sid in ("s1", "never-recorded"):
        for call, args in (
            (accounts.owned_session, ()),
            (accounts.rename_session, ("mine now",)),
            (accounts.mark_deleted, ()),
        ):
            with pytest.raises(accounts.SessionNotFoundError) as caught:
                call(engine, bob, sid, *args)
            answers.add(str(caught.value))
    assert len(answers) == 1 and "s1" not in answers.pop()
    assert accounts.sessions_of(engine, bob) == []
    assert accounts.owned_session(engine, alice, "s1").title == "alice's chat"
    with pytest.raises(accounts.SessionExistsError):
        accounts.record_session(engine, bob, "s1")
    assert accounts.record_session(engine, alice, "s1").title == "alice's chat"  # recording again is harmless


def test_rename_delete_and_purge(engine: Engine) -> None:
    alice = accounts.ensure_user(engine, "alice")
    accounts.record_session(engine, alice, "s1", "first question " * 30)
    assert len(accounts.owned_session(engine, alice, "s1").title) == 200
    assert accounts.rename_session(engine, alice, "s1", " Fuel\tuse ").title == "Fuel use"
    with pytest.raises(accounts.InvalidInputError):
        accounts.rename_session(engine, alice, "s1", " \n ")
    assert accounts.purge_session(engine, "s1") is False  # live chats are marked deleted first
    accounts.mark_deleted(engine, alice, "s1")
    assert accounts.sessions_of(engine, alice) == [] and accounts.owner_of(engine, "s1") is None
    with pytest.raises(accounts.SessionNotFoundError):
        accounts.mark_deleted(engine, alice, "s1")
    accounts.touch_session(engine, "s1", turns=9)  # a late touch does not bring it back
    with pytest.raises(accounts.SessionExistsError):
        accounts.record_session(engine, alice, "s1")  # nor recording it again
    assert accounts.deleted_sessions(engine) == ["s1"]
    assert accounts.purge_session(engine, "s1") is True
    assert accounts.deleted_sessions(engine) == []
    with pytest.raises(accounts.InvalidInputError):
        accounts.record_session(engine, alice, "")


# --- quotas ---------------------------------------------------------------------------------------------------------


def test_quota_messages_say_what_to_do() -> None:
    q = accounts.Quotas(max_live_kernels=2, max_stored_sessions=20, max_disk_bytes=10**9, max_turns_per_minute=3)
    accounts.check_live_kernels(q, 1)
    accounts.check_stored_sessions(q, 19)
    accounts.check_disk(q, 900_000_000, 100_000_000)
    with pytest.raises(accounts.QuotaExceededError) as caught:
        accounts.check_stored_sessions(q, 20)
    assert str(caught.value) == "You have 20 saved chats, the limit here. Delete one in My chats, then start a new one."
    assert (caught.value.kind, caught.value.used, caught.value.limit) == ("stored_sessions", 20, 20)
    assert isinstance(caught.value, NotebookAgentError)
    with pytest.raises(accounts.QuotaExceededError, match=r"You have 2 chats running.*Close one of them"):
        accounts.check_live_kernels(q, 2)
    with pytest.raises(accounts.QuotaExceededError) as caught:
        accounts.check_disk(q, 950_000_000, 60_000_000)
    assert str(caught.value) == (
        "Your chats use 950.0 MB and this file needs 60.0 MB, past the 1.0 GB allowed here. "
        "Delete a chat you no longer need in My chats, then try again."
    )
    unlimited = accounts.Quotas()
    accounts.check_live_kernels(unlimited, 10**6)
    accounts.check_stored_sessions(unlimited, 10**6)
    accounts.check_disk(unlimited, 10**15, 10**15)
    with pytest.raises(ValueError, match="max_stored_sessions"):
        accounts.Quotas(max_stored_sessions=0)
    assert [format_bytes(n) for n in (999, 1000, 1_234_567, 5 * 10**12)] == ["999 bytes", "1.0 kB", "1.2 MB", "5.0 TB"]


def test_turns_per_minute_slide_per_user(engine: Engine) -> None:
    alice = accounts.add_user(engine, "alice", PASSWORD)
    bob = accounts.add_user(engine, "bob", PASSWORD)
    clock = Clock(1000.0)
    limiter = accounts.TurnLimiter(accounts.Quotas(max_turns_per_minute=3), engine, clock=clock)
    for t in (1000, 1010, 1020):
        clock.now = t
        limiter.admit(alice.id)
    limiter.admit(bob.id)  # another user has their own count
    clock.now = 1030
    with pytest.raises(accounts.QuotaExceededError) as caught:
        limiter.admit(alice.id)
    assert caught.value.kind == "turns_per_minute" and caught.value.retry_after == 30
    assert str(caught.value) == "You sent 3 messages in the last minute, the limit here. Wait 30 s, then send it again."
    # A second process on the same database (another app replica) sees the same count.
    other = accounts.TurnLimiter(
        accounts.Quotas(max_turns_per_minute=3),
        store.open_engine(engine.url.render_as_string(hide_password=False)),
        clock,
    )
    with pytest.raises(accounts.QuotaExceededError):
        other.admit(alice.id)
    clock.now = 1060.5  # the turn at 1000 left the window
    other.admit(alice.id)
    with pytest.raises(accounts.QuotaExceededError):
        limiter.admit(alice.id)
    accounts.TurnLimiter(accounts.Quotas(), engine).admit(alice.id)


def test_turns_per_minute_hold_when_processes_admit_at_once(engine: Engine) -> None:
    """Eight threads on two engines (two replicas) race for a limit of 5: exactly 5 turns get in."""
    import concurrent.futures

    alice = accounts.add_user(engine, "alice", PASSWORD)
    engines = [engine, store.open_engine(engine.url.render_as_string(hide_password=False))]
    limiters = [accounts.TurnLimiter(accounts.Quotas(max_turns_per_minute=5), e) for e in engines]

    def one(i: int) -> bool:
        try:
            limiters[i % 2].admit(alice.id)
        except accounts.QuotaExceededError:
            return False
        return True

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        admitted = list(pool.map(one, range(8)))
    assert admitted.count(True) == 5
