"""The database file: migrations, refusal of a newer schema, transactions and deletion."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import aiosqlite
import pytest

from storage.db import CURRENT_UPDATE, Database, Tx
from storage.migrations import LATEST_VERSION, MIGRATIONS, SchemaTooNewError, migrate


async def test_a_new_file_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "sub" / "bot.sqlite3")
    await db.close()
    with sqlite3.connect(tmp_path / "sub" / "bot.sqlite3") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"participants", "feedback", "feedback_responses", "outbox"} <= tables
    assert {"chat_messages", "safeguarding_alerts", "invite_codes"} <= tables


async def test_opening_twice_changes_nothing(tmp_path: Path) -> None:
    for _ in range(2):
        db = await Database.open(tmp_path / "bot.sqlite3")
        async with db.transaction() as tx:
            await tx.participants.add(len(await tx.participants.active()) + 1, f"P-{_}", "en", 1)
        await db.close()
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.read() as tx:
        assert len(await tx.participants.active()) == 2
    await db.close()


async def test_a_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(SchemaTooNewError, match="upgrade the bot"):
        await Database.open(path)


async def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path: Path) -> None:
    conn = await aiosqlite.connect(tmp_path / "bot.sqlite3", isolation_level=None)
    steps = ("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y INTEGER); CREATE TABLE a (z);")
    with pytest.raises(sqlite3.OperationalError):
        await migrate(conn, steps)
    async with conn.execute("PRAGMA user_version") as cursor:
        assert (await cursor.fetchone())[0] == 1  # type: ignore[index]
    async with conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'") as cursor:
        assert await cursor.fetchone() is None
    await conn.close()


async def test_an_error_inside_a_transaction_writes_nothing(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    with pytest.raises(RuntimeError):
        async with db.transaction() as tx:
            await tx.participants.add(1, "P-AAAA", "en", 1)
            raise RuntimeError("boom")
    async with db.read() as tx:
        assert await tx.participants.by_telegram_user(1) is None
    await db.close()


async def test_concurrent_transactions_do_not_interleave(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")

    async def add(user_id: int) -> None:
        async with db.transaction() as tx:
            woman = await tx.participants.add(user_id, f"P-{user_id:04d}", "en", 1)
            await asyncio.sleep(0)
            await tx.feedback.add(woman.id, "t", "b", 1)

    await asyncio.gather(*(add(n) for n in range(1, 21)))
    async with db.read() as tx:
        assert len(await tx.participants.active()) == 20
        assert len(await tx.feedback.recent(100)) == 20
    await db.close()


async def test_after_commit_and_after_rollback_callbacks_run_only_then(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    ran: list[str] = []
    async with db.transaction() as tx:
        tx.after_commit(lambda: ran.append("committed"))
        tx.after_rollback(lambda: ran.append("not rolled back"))
    with pytest.raises(ValueError):
        async with db.transaction() as tx:
            tx.after_commit(lambda: ran.append("not committed"))
            tx.after_rollback(lambda: ran.append("rolled back"))
            raise ValueError
    assert ran == ["committed", "rolled back"]
    await db.close()


async def test_riders_write_first_in_a_write_made_for_an_update_and_only_there(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    rode: list[str] = []

    async def riders(tx: Tx) -> None:
        rode.append("rider")

    db.riders = riders
    async with db.transaction():
        rode.append("no update")
    token = CURRENT_UPDATE.set(5)
    try:
        async with db.transaction(bookkeeping=True):
            rode.append("bookkeeping")
        async with db.transaction():
            rode.append("its write")
    finally:
        CURRENT_UPDATE.reset(token)
    assert rode == ["no update", "bookkeeping", "rider", "its write"]
    await db.close()


async def test_deleting_a_participant_removes_every_row_about_her(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        other = await tx.participants.add(88, "P-OTH1", "en", 1)
        item = await tx.feedback.add(her.id, "Groups", "words of hers", 2)
        await tx.feedback.add_response(item.id, 5, "our reply", 3)
        await tx.outbox.add(77, "to her", 3, participant_id=her.id)
        await tx.feedback.add(other.id, "Groups", "the other woman said so", 2)
        await tx.safeguarding.add(her.id, ("hits me",), "feedback", 4)
        await tx.trail.add_for_user(77, [(31, 4), (32, 5)])
    async with db.transaction() as tx:
        await tx.participants.delete(her.id)
    await db.close()
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "P-HER1" not in dump and "words of hers" not in dump and "our reply" not in dump
    assert "to her" not in dump and ", 77," not in dump
    assert "hits me" not in dump and 'chat_messages" VALUES' not in dump
    assert "the other woman said so" in dump


async def test_a_suggestion_wrongly_recorded_as_moved_is_corrected_on_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = await aiosqlite.connect(path, isolation_level=None)
    await migrate(conn, MIGRATIONS[:5])
    await conn.executescript(
        "INSERT INTO participants (id, telegram_user_id, pseudonym, language, joined_at,"
        " last_seen_at) VALUES (1, 5, 'P-AAAA', 'en', 1, 1);"
        "INSERT INTO proposals (id, author_id, title, body, status, level, outcome, created_at)"
        " VALUES (1, 1, 't', 'b', 'published', 1, 'adopted', 1),"
        " (2, 1, 't', 'b', 'published', 2, 'open', 1);"
        "INSERT INTO ladder_suggestions (proposal_id, to_level, evidence, created_at, decision)"
        " VALUES (1, 2, 'e', 1, 'moved'), (2, 2, 'e', 1, 'moved');"
    )
    await migrate(conn)
    async with conn.execute(
        "SELECT proposal_id, decision FROM ladder_suggestions ORDER BY proposal_id"
    ) as cursor:
        assert await cursor.fetchall() == [(1, "closed"), (2, "moved")]
    await conn.close()


async def test_rebuilding_proposals_for_staff_plans_keeps_every_dependant(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = await aiosqlite.connect(path, isolation_level=None)
    try:
        await _rebuild_keeps_dependants(conn)
    finally:
        await conn.close()


async def _rebuild_keeps_dependants(conn: aiosqlite.Connection) -> None:
    await conn.execute("PRAGMA foreign_keys = ON")
    await migrate(conn, MIGRATIONS[:14])
    await conn.executescript(
        "INSERT INTO participants (id, telegram_user_id, pseudonym, language, joined_at,"
        " last_seen_at) VALUES (1, 5, 'P-AAAA', 'en', 1, 1), (2, 6, 'P-BBBB', 'en', 1, 1);"
        "INSERT INTO proposals (id, author_id, title, body, status, level, created_at)"
        " VALUES (7, 1, 't', 'b', 'published', 2, 1);"
        "INSERT INTO supports (proposal_id, participant_id, created_at) VALUES (7, 2, 3);"
        "INSERT INTO volunteers (proposal_id, participant_id, created_at) VALUES (7, 2, 4);"
        "INSERT INTO proposal_history (proposal_id, event, created_at) VALUES (7, 'moved', 5);"
        "INSERT INTO ladder_suggestions (proposal_id, to_level, evidence, created_at)"
        " VALUES (7, 2, 'e', 6);"
        "INSERT INTO polls (id, question, kind, audience, proposal_id, quorum_kind,"
        " quorum_value, created_by, opened_at, closes_at)"
        " VALUES (3, 'q', 'shared', 'proposal', 7, 'count', 3, 1, 1, 2);"
    )
    await migrate(conn)
    for sql, expected in (
        ("SELECT id, author_id, origin, level FROM proposals", [(7, 1, "idea", 2)]),
        ("SELECT * FROM supports", [(7, 2, 3, "telegram")]),
        ("SELECT * FROM volunteers", [(7, 2, 4)]),
        ("SELECT proposal_id, event FROM proposal_history", [(7, "moved")]),
        ("SELECT proposal_id, evidence FROM ladder_suggestions", [(7, "e")]),
        ("SELECT id, proposal_id FROM polls", [(3, 7)]),
    ):
        async with conn.execute(sql) as cursor:
            assert [tuple(row) for row in await cursor.fetchall()] == expected, sql
    # A staff plan has no author; any other item must have one.
    await conn.execute(
        "INSERT INTO proposals (title, body, created_at, origin) VALUES ('p', 'b', 1, 'plan')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        await conn.execute("INSERT INTO proposals (title, body, created_at) VALUES ('i', 'b', 1)")


_READ_AND_CLOSE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
conn.close()
"""


def _count_in_another_process(path: Path) -> int:
    """What another program (an export, a backup, a person with sqlite3) reads, then closes."""
    result = subprocess.run(
        [sys.executable, "-c", _READ_AND_CLOSE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return int(result.stdout)


async def test_a_reader_in_another_process_never_cuts_off_the_running_bots_writes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path, exclusive=True)
    try:
        async with db.transaction() as tx:
            await tx.participants.add(1, "P-AAAA", "en", 1)
        # Were the bot's own locks on the file lost, this reader would be the last one when it
        # closes: it would move the WAL into the file and delete it under the bot's feet.
        assert _count_in_another_process(path) == 1
        async with db.transaction() as tx:
            await tx.participants.add(2, "P-BBBB", "en", 1)
        assert _count_in_another_process(path) == 2
    finally:
        await db.close()
