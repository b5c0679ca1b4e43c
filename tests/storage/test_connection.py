"""The connection that reads a statement's first rows in the statement's own trip to the
database thread, and sends a transaction's BEGIN with its first statement: what callers
see is what aiosqlite's own connection gives, in fewer trips."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from storage.connection import READ_AHEAD, Connection
from storage.db import Database
from storage.files import connect


@pytest.fixture
async def conn(tmp_path: Path) -> AsyncIterator[Connection]:
    conn = await connect(tmp_path / "plain.sqlite3", None)
    await conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT)")
    yield conn
    await conn.close()


def count_trips(conn: Connection) -> list[str]:
    """The name of every call made on the database thread from now on."""
    trips: list[str] = []
    send = conn._execute

    async def counted(fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(getattr(fn, "__name__", "?"))
        return await send(fn, *args, **kwargs)

    conn._execute = counted  # type: ignore[method-assign]
    return trips


async def fill(conn: Connection, rows: int) -> None:
    await conn.executemany("INSERT INTO t (word) VALUES (?)", [(f"w{n}",) for n in range(rows)])


async def test_a_lookup_reads_its_rows_and_closes_in_one_trip(conn: Connection) -> None:
    await fill(conn, 3)
    trips = count_trips(conn)
    async with conn.execute("SELECT n, word FROM t WHERE n > ? ORDER BY n", (1,)) as cursor:
        assert await cursor.fetchone() == (2, "w1")
        assert await cursor.fetchone() == (3, "w2")
        assert await cursor.fetchone() is None
    assert len(trips) == 1
    assert not conn.in_transaction


async def test_a_long_result_is_read_whole_in_further_trips(conn: Connection) -> None:
    await fill(conn, READ_AHEAD * 2 + 5)
    trips = count_trips(conn)
    async with conn.execute("SELECT n FROM t ORDER BY n") as cursor:
        first = await cursor.fetchone()
        some = await cursor.fetchmany(10)
        rest = await cursor.fetchall()
    numbers = [first[0], *(row[0] for row in some), *(row[0] for row in rest)]  # type: ignore[index]
    assert numbers == list(range(1, READ_AHEAD * 2 + 6))
    assert len(trips) > 1
    async with conn.execute("SELECT n FROM t ORDER BY n") as cursor:
        assert [row[0] async for row in cursor] == numbers


async def test_a_cursor_left_unread_is_closed_and_ends_its_read(conn: Connection) -> None:
    await conn.execute("PRAGMA journal_mode = WAL")
    await fill(conn, READ_AHEAD * 3)
    async with conn.execute("SELECT n FROM t") as cursor:
        assert await cursor.fetchone() is not None
    # No read is left open: the WAL can be emptied (as after /forget).
    async with conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
        assert await cursor.fetchone() == (0, 0, 0)


async def test_a_write_reports_its_row_count_and_new_id(conn: Connection) -> None:
    cursor = await conn.execute("INSERT INTO t (word) VALUES ('a')")
    assert (cursor.rowcount, cursor.lastrowid) == (1, 1)
    assert await cursor.fetchone() is None
    cursor = await conn.execute("UPDATE t SET word = 'b'")
    assert cursor.rowcount == 1


async def test_begin_rides_with_the_next_statement(conn: Connection) -> None:
    trips = count_trips(conn)
    conn.begin("BEGIN IMMEDIATE")
    assert not conn.in_transaction
    await conn.execute("INSERT INTO t (word) VALUES ('a')")
    assert conn.in_transaction
    await conn.execute("COMMIT")
    assert len(trips) == 2
    assert not conn.abandon_begin()


async def test_an_unused_begin_is_never_sent(conn: Connection) -> None:
    trips = count_trips(conn)
    conn.begin("BEGIN IMMEDIATE")
    assert conn.abandon_begin()
    await conn.execute("SELECT 1")
    assert not conn.in_transaction
    assert len(trips) == 1


async def test_a_transaction_whose_begin_fails_reports_that_failure(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    other = sqlite3.connect(tmp_path / "bot.sqlite3", isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    await db._conn.execute("PRAGMA busy_timeout = 0")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            async with db.transaction() as tx:
                await tx.participants.add(1, "P-1", "en", 1)
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Nothing was left open: the next transaction works and holds only its own write.
    async with db.transaction() as tx:
        await tx.participants.add(2, "P-2", "en", 1)
    async with db.read() as tx:
        assert [p.telegram_user_id for p in await tx.participants.active()] == [2]
    await db.close()


async def test_a_failed_statement_rolls_the_transaction_back(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as tx:
            await tx.participants.add(1, "P-1", "en", 1)
            await tx.participants.add(1, "P-2", "en", 1)
    assert not db._conn.in_transaction
    async with db.read() as tx:
        assert await tx.participants.active() == []
    await db.close()


async def test_a_write_that_fails_at_the_commit_leaves_nothing_behind(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    rolled_back: list[bool] = []
    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as tx:
            await tx.participants.add(1, "P-1", "en", 1)
            tx.after_rollback(lambda: rolled_back.append(True))
            # A write sent with the commit breaks a constraint there.
            db._conn.later("INSERT INTO participants (id) VALUES (?)", [(None,), (None,)])
    assert rolled_back == [True]
    assert not db._conn.in_transaction
    async with db.read() as tx:
        assert await tx.participants.active() == []
    async with db.transaction() as tx:
        await tx.participants.add(2, "P-2", "en", 1)
    await db.close()


async def test_a_call_with_keywords_may_carry_a_waiting_begin(conn: Connection) -> None:
    conn.begin("BEGIN IMMEDIATE")
    await conn.create_function("twice", 1, lambda n: 2 * n, deterministic=True)
    assert conn.in_transaction
    async with conn.execute("SELECT twice(21)") as cursor:
        assert await cursor.fetchone() == (42,)
    await conn.execute("ROLLBACK")
