"""aiosqlite's connection, with one trip to the database thread per statement.

aiosqlite runs every call on its own thread and waits for the answer: about 50 µs each on a
small machine, more than most of the statements themselves. Its `execute` makes one trip, then
`fetchone`, `fetchall` and `close` one more each, so a read cost three and an update that looks
a few things up spent more time waiting for the thread than doing anything else. Here `execute`
runs the statement and reads its first rows in the same trip; a cursor read to the end is
closed there too, and fetching from it or closing it costs no trip at all. A statement with
more rows than that goes on as before, reading the rest in further trips.

A transaction's BEGIN also rides along with its first statement (`begin`), and so do writes
whose outcome nobody reads (`later`): marking updates done, holding one that is surely new.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

import aiosqlite
from aiosqlite.context import contextmanager

# Rows read in the statement's own trip: all of them for any lookup, the first page of a list.
READ_AHEAD = 64


class Connection(aiosqlite.Connection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._begin: str | None = None
        self._waiting: list[tuple[str, list[Any]]] = []

    def begin(self, statement: str) -> None:
        """Open a transaction with `statement` (a BEGIN), sent with the next statement rather
        than in a trip of its own. Nothing is sent if the transaction ends unused
        (`abandon_begin`)."""
        self._begin = statement

    def later(self, sql: str, rows: list[Any]) -> None:
        """Run `sql` once for each of `rows` (parameters), in order, before the next statement
        and in its trip: for a write inside a transaction whose outcome nobody reads. The
        COMMIT that ends the transaction sends it at the latest; an error surfaces there."""
        if rows:
            self._waiting.append((sql, rows))

    def abandon_begin(self) -> bool:
        """Forget a BEGIN not sent yet, and the writes waiting with it; True if there was one
        (then nothing was sent, and there is nothing to roll back)."""
        pending, self._begin = self._begin, None
        self._waiting = []
        return pending is not None

    async def _execute(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        begin, self._begin = self._begin, None
        waiting, self._waiting = self._waiting, []
        if begin is None and not waiting:
            return await super()._execute(fn, *args, **kwargs)  # type: ignore[no-untyped-call]
        return await super()._execute(  # type: ignore[no-untyped-call]
            self._after, begin, waiting, fn, *args, **kwargs
        )

    def _after(
        self,
        begin: str | None,
        waiting: list[tuple[str, list[Any]]],
        fn: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if begin is not None:
            self._conn.execute(begin)
        for sql, rows in waiting:
            self._conn.executemany(sql, rows)
        return fn(*args, **kwargs)

    @contextmanager
    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> aiosqlite.Cursor:
        cursor, rows, finished = await self._execute(self._run, sql, parameters or ())
        return ReadAhead(self, cursor, rows, finished)

    def _run(self, sql: str, parameters: Any) -> tuple[sqlite3.Cursor, list[Any], bool]:
        cursor = self._conn.execute(sql, parameters)
        if cursor.description is None:
            # No rows (an INSERT, an UPDATE): rowcount and lastrowid stay readable.
            cursor.close()
            return cursor, [], True
        rows = cursor.fetchmany(READ_AHEAD)
        finished = len(rows) < READ_AHEAD
        if finished:
            cursor.close()
        return cursor, rows, finished


class ReadAhead(aiosqlite.Cursor):
    """A cursor whose first rows came with the statement; the rest, if any, are fetched."""

    def __init__(
        self, conn: Connection, cursor: sqlite3.Cursor, rows: list[Any], finished: bool
    ) -> None:
        super().__init__(conn, cursor)
        self._rows = rows
        self._finished = finished

    def _take(self, size: int) -> list[Any]:
        taken, self._rows = self._rows[:size], self._rows[size:]
        return taken

    async def fetchone(self) -> Any:
        if self._rows:
            return self._rows.pop(0)
        if self._finished:
            return None
        return await super().fetchone()

    async def fetchmany(self, size: int | None = None) -> Iterable[Any]:
        wanted = size if size is not None else self._cursor.arraysize
        rows = self._take(wanted)
        if len(rows) < wanted and not self._finished:
            rows += await super().fetchmany(wanted - len(rows))
        return rows

    async def fetchall(self) -> Iterable[Any]:
        rows = self._take(len(self._rows))
        if not self._finished:
            rows += await super().fetchall()
            self._finished = True
        return rows

    async def close(self) -> None:
        self._rows = []
        if not self._finished:
            self._finished = True
            await super().close()
