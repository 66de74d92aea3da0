"""The store and accounts on PostgreSQL: the portable tests of test_store.py and test_accounts.py, run again.

A private server is started for this module (`tests/pg_server.py`: initdb in a short /tmp folder, a unix socket
only, no TCP), as the `postgres` user when the tests run as root; each test gets a database of its own. Skipped where
PostgreSQL's server programs are missing (failed instead when NA_REQUIRE_POSTGRES is set, as in CI).
"""

from __future__ import annotations

import sqlalchemy as sa
from pg_server import new_url, pg_socket_dir  # noqa: F401  (the fixtures)
from test_accounts import (  # noqa: F401  (collected again here, on PostgreSQL)
    engine,
    test_a_disabled_users_tokens_stop_working,
    test_a_hash_with_old_parameters_is_replaced_at_sign_in,
    test_a_presented_token_is_looked_up_and_revoked_by_its_hash,
    test_add_and_verify_a_user,
    test_another_users_chat_is_answered_like_an_unknown_one,
    test_chats_are_listed_newest_first_and_searched,
    test_failures_per_address_are_limited_and_success_clears_only_the_name,
    test_failures_per_name_are_limited_over_a_sliding_window,
    test_passwordless_and_disabled_accounts_never_sign_in,
    test_removing_a_user_deletes_their_chats_and_revokes_their_tokens,
    test_rename_delete_and_purge,
    test_tokens_are_created_once_resolved_and_revoked,
    test_turns_per_minute_hold_when_processes_admit_at_once,
    test_turns_per_minute_slide_per_user,
    test_unknown_names_are_throttled_with_the_same_message,
)
from test_store import (  # noqa: F401
    NewUrl,
    test_a_chats_record_is_written_committed_and_deleted,
    test_a_database_holding_only_checkpoint_tables_is_still_empty,
    test_a_failing_step_leaves_nothing_behind,
    test_a_newer_database_is_refused_and_left_unchanged,
    test_a_version_1_database_is_refused_then_upgraded_keeping_its_rows,
    test_an_older_database_is_refused_until_upgraded,
    test_concurrent_upgrades_apply_each_step_once,
    test_is_ready,
    test_prepare_creates_a_fresh_database_and_only_checks_an_existing_one,
    test_read_then_write_transactions_wait_for_each_other,
    test_schema_module_describes_the_migrated_database,
    test_timestamps_come_back_aware_and_naive_ones_are_refused,
    test_upgrade_from_empty_creates_the_tables_and_records_each_step,
)


def test_the_server_is_postgresql(new_url: NewUrl) -> None:  # noqa: F811  (the fixture)
    server = sa.create_engine(new_url())
    with server.connect() as conn:
        assert conn.dialect.name == "postgresql"
        assert conn.execute(sa.text("SHOW server_version")).scalar_one()
    server.dispose()
