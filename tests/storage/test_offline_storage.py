"""Offline women in the database: the participants rebuild keeps every row and every link."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from storage.db import Database
from storage.migrations import MIGRATIONS, REBUILD, MigrationError, migrate

BEFORE_OFFLINE = 6  # the last schema in which every participant had a Telegram id

_DATA = """
INSERT INTO participants (id, telegram_user_id, pseudonym, language, notify, active, joined_at,
                          last_seen_at)
VALUES (1, 501, 'P-AAAA', 'en', 'mine', 1, 10, 20), (2, 502, 'P-CCCC', 'en', 'all', 0, 11, 21);
INSERT INTO feedback (id, participant_id, topic, body, created_at)
VALUES (1, 1, 'Groups', 'hers', 30);
INSERT INTO feedback_responses (feedback_id, staff_user_id, body, created_at)
VALUES (1, 9, 'reply', 31);
INSERT INTO proposals (id, author_id, title, body, status, created_at)
VALUES (1, 2, 'idea', 'body', 'published', 32);
INSERT INTO supports (proposal_id, participant_id, created_at) VALUES (1, 1, 33);
INSERT INTO volunteers (proposal_id, participant_id, created_at) VALUES (1, 1, 33);
INSERT INTO polls (id, question, kind, audience, quorum_kind, quorum_value, created_by,
                   opened_at, closes_at, eligible)
VALUES (1, 'q', 'shared', 'all', 'count', 1, 9, 34, 99, 2);
INSERT INTO poll_options (poll_id, position, label) VALUES (1, 1, 'a'), (1, 2, 'b');
INSERT INTO poll_voters (poll_id, participant_id) VALUES (1, 1), (1, 2);
INSERT INTO votes (poll_id, participant_id, position, voted_at) VALUES (1, 1, 2, 35);
INSERT INTO chat_messages (participant_id, message_id, sent_at) VALUES (1, 7, 36);
INSERT INTO safeguarding_alerts (participant_id, words, source, created_at)
VALUES (1, 'risk', 'feedback', 37);
INSERT INTO outbox (chat_id, participant_id, body, created_at, not_before)
VALUES (501, 1, 'to her', 38, 38);
"""


def _all(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


async def test_the_participants_rebuild_keeps_every_row_link_and_trigger(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = await aiosqlite.connect(path, isolation_level=None)
    await conn.execute("PRAGMA foreign_keys = ON")
    await migrate(conn, MIGRATIONS[:BEFORE_OFFLINE])
    await conn.executescript(_DATA)
    await conn.close()
    tables = [row[0] for row in _all(path, "SELECT name FROM sqlite_master WHERE type='table'")]
    before = {table: _all(path, f"SELECT * FROM {table} ORDER BY 1") for table in tables}

    db = await Database.open(path)  # migrates the rest, with foreign keys on as the bot runs
    async with db.read() as tx:
        assert (await tx.participants.by_pseudonym("P-AAAA")) is not None
    await db.close()

    for table, rows in before.items():
        after = _all(path, f"SELECT * FROM {table} ORDER BY 1")
        # New columns are appended: every old value is still there, in its place.
        assert [row[: len(rows[0])] for row in after] == rows if rows else after == []
    assert _all(path, "SELECT channel FROM feedback") == [("telegram",)]
    assert _all(path, "SELECT channel FROM votes") == [("telegram",)]
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        # A woman recorded offline has no Telegram id; ids that exist stay unique.
        raw.execute(
            "INSERT INTO participants (telegram_user_id, pseudonym, language, joined_at,"
            " last_seen_at) VALUES (NULL, 'P-DDDD', 'en', 1, 1), (NULL, 'P-EEEE', 'en', 1, 1)"
        )
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute(
                "INSERT INTO participants (telegram_user_id, pseudonym, language, joined_at,"
                " last_seen_at) VALUES (501, 'P-FFFF', 'en', 1, 1)"
            )
        # Deleting her still reaches every row of hers, and the alert keeps only its count.
        raw.execute("DELETE FROM participants WHERE id = 1")
        for table in ("feedback", "supports", "volunteers", "votes", "chat_messages", "outbox"):
            assert raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert raw.execute("SELECT participant_id, words FROM safeguarding_alerts").fetchall() == [
            (None, "")
        ]
        assert raw.execute("SELECT count(*) FROM proposals").fetchone() == (1,)


async def test_a_rebuild_that_would_leave_dangling_rows_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = await aiosqlite.connect(path, isolation_level=None)
    await conn.execute("PRAGMA foreign_keys = ON")
    steps = (
        "CREATE TABLE a (id INTEGER PRIMARY KEY);"
        " CREATE TABLE b (a_id INTEGER REFERENCES a (id) ON DELETE CASCADE);"
        " INSERT INTO a VALUES (1); INSERT INTO b VALUES (1);",
        f"{REBUILD}\nCREATE TABLE a_new (id INTEGER PRIMARY KEY); DROP TABLE a;"
        " ALTER TABLE a_new RENAME TO a;",
    )
    with pytest.raises(MigrationError):
        await migrate(conn, steps)
    async with conn.execute("PRAGMA user_version") as cursor:
        assert await cursor.fetchone() == (1,)
    async with conn.execute("SELECT count(*) FROM a") as cursor:
        assert await cursor.fetchone() == (1,)
    async with conn.execute("PRAGMA foreign_keys") as cursor:
        assert await cursor.fetchone() == (1,)
    await conn.close()
