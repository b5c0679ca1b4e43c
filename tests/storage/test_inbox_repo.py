"""The inbox holds each update once, whether its id is above every id held (no lookup) or not
(Telegram numbers updates anew at random after a quiet week, and retries what it sent)."""

from __future__ import annotations

from pathlib import Path

from storage.db import Database


async def held_ids(db: Database) -> list[int]:
    async with db.read() as tx:
        return [row.update_id for row in await tx.inbox.unfinished()]


async def test_each_update_is_held_once_whatever_its_number(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.read() as tx:
        assert await tx.inbox.newest() is None
    async with db.transaction(bookkeeping=True) as tx:
        assert await tx.inbox.hold([(100, 1, "{}"), (101, 2, "{}")], 5, None) == [100, 101]
    async with db.transaction(bookkeeping=True) as tx:
        # Above the newest held: written with the commit, without looking.
        assert await tx.inbox.hold([(102, 1, "{}")], 5, 101) == [102]
    async with db.transaction(bookkeeping=True) as tx:
        # A retry, and a number below the newest (numbering started anew): looked up.
        assert await tx.inbox.hold([(101, 2, "{}")], 5, 102) == []
        assert await tx.inbox.hold([(7, 3, "{}"), (102, 1, "{}")], 5, 102) == [7]
    async with db.transaction(bookkeeping=True) as tx:
        await tx.inbox.mark_done([100], 6)
    async with db.read() as tx:
        assert await tx.inbox.newest() == 102
    assert await held_ids(db) == [7, 101, 102]
    await db.close()


async def test_writes_waiting_for_the_commit_go_in_order_or_not_at_all(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    try:
        async with db.transaction(bookkeeping=True) as tx:
            await tx.inbox.hold([(100, 1, "{}")], 5, 99)
            raise RuntimeError("the update could not be held")
    except RuntimeError:
        pass
    assert await held_ids(db) == []
    async with db.transaction(bookkeeping=True) as tx:
        await tx.inbox.hold([(100, 1, "{}")], 5, None)
        await tx.inbox.mark_done([100], 6)
        # Waiting writes go first, in order, with the next statement.
        assert await tx.inbox.unfinished() == []
    assert await held_ids(db) == []
    async with db.read() as tx:
        assert await tx.inbox.newest() == 100
    await db.close()
