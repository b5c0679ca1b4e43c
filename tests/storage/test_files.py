"""The database on disk: private whatever the umask, encrypted when a key is set."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from storage.db import Database, close_unused, open_file
from storage.files import DatabaseOpenError, side_files
from storage.lock import DatabaseInUseError

KEY = "correct horse battery staple"
UNIQUE = "Quetzal-lantern-9083"
TELEGRAM_ID = 770012345


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def _add_her(db: Database) -> None:
    async with db.transaction() as tx:
        woman = await tx.participants.add(TELEGRAM_ID, "P-0001", "en", 1)
        await tx.feedback.add(woman.id, "Groups", f"She wrote {UNIQUE}", 2)


def _every_file(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in [path, *side_files(path)] if p.exists())


@pytest.mark.usefixtures("open_umask")
async def test_folder_and_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    db = await Database.open(path)
    await _add_her(db)
    assert _mode(path.parent) == 0o700
    present = [p for p in [path, *side_files(path)] if p.exists()]
    assert len(present) == 3  # the database, its -wal and -shm while open
    assert {_mode(p) for p in present} == {0o600}
    await db.close()


@pytest.mark.usefixtures("open_umask")
async def test_an_existing_readable_database_is_made_private_on_open(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    await db.close()
    os.chmod(tmp_path, 0o755)
    os.chmod(path, 0o644)
    db = await Database.open(path)
    assert (_mode(tmp_path), _mode(path)) == (0o700, 0o600)
    await db.close()


async def test_secure_delete_is_on(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.read() as tx, tx.conn.execute("PRAGMA secure_delete") as cursor:
        assert (await cursor.fetchone()) == (1,)
    await db.close()


async def test_with_a_key_no_file_holds_her_words_or_id(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path, KEY)
    await _add_her(db)
    # While the bot runs the newest rows live in the WAL: it is encrypted too.
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    on_disk = _every_file(path)
    assert UNIQUE.encode() not in on_disk
    assert str(TELEGRAM_ID).encode() not in on_disk
    assert b"P-0001" not in on_disk
    await db.close()
    db = await Database.open(path, KEY)
    async with db.read() as tx:
        (item,) = await tx.feedback.by_participant(1)
    assert UNIQUE in item.body
    await db.close()


async def test_a_wrong_or_missing_key_is_one_clear_sentence(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path, KEY)
    await db.close()
    with pytest.raises(DatabaseOpenError) as wrong:
        await Database.open(path, "not the right key at all")
    assert str(wrong.value) == (
        f"{path} cannot be read with the key in DATABASE_KEY or DATABASE_KEY_FILE"
    )
    with pytest.raises(DatabaseOpenError) as missing:
        await Database.open(path)
    assert "it is encrypted (set DATABASE_KEY or DATABASE_KEY_FILE" in str(missing.value)


async def test_a_key_on_a_plain_database_says_to_encrypt_it(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    await db.close()
    with pytest.raises(DatabaseOpenError) as plain:
        await Database.open(path, KEY)
    assert "is not encrypted but a key is set: run `python -m bot encrypt`" in str(plain.value)
    with sqlite3.connect(path) as conn:  # and it is left as it was
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == (0,)
    conn.close()


async def test_a_file_opened_ahead_in_another_thread_is_the_database_and_holds_its_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    await (await Database.open(path, KEY)).close()
    with ThreadPoolExecutor(max_workers=1) as worker:
        ahead = worker.submit(open_file, path, KEY, True)
        db = await Database.open(path, KEY, exclusive=True, opened=asyncio.wrap_future(ahead))
    try:
        # While the bot has it, nothing else can take the file over.
        with pytest.raises(DatabaseInUseError):
            open_file(path, KEY, exclusive=True)
        await _add_her(db)
        assert _mode(path) == 0o600
    finally:
        await db.close()
    assert UNIQUE.encode() not in _every_file(path)
    reopened = await Database.open(path, KEY, exclusive=True)
    await reopened.close()


async def test_a_wrong_key_opened_ahead_is_one_clear_sentence_and_leaves_no_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    await (await Database.open(path, KEY)).close()
    with ThreadPoolExecutor(max_workers=1) as worker:
        ahead = worker.submit(open_file, path, "not the right key at all", True)
        with pytest.raises(DatabaseOpenError, match="cannot be read with the key"):
            await Database.open(path, KEY, exclusive=True, opened=asyncio.wrap_future(ahead))
    await (await Database.open(path, KEY, exclusive=True)).close()


def test_a_file_opened_ahead_for_a_start_that_failed_is_closed_and_unlocked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    with ThreadPoolExecutor(max_workers=1) as worker:
        ahead = worker.submit(open_file, path, KEY, True)
        close_unused(ahead)
    open_file(path, KEY, exclusive=True).close()


async def test_an_open_given_up_half_way_leaves_the_database_free(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    await (await Database.open(path, KEY)).close()
    opening = asyncio.create_task(Database.open(path, KEY, exclusive=True))
    await asyncio.sleep(0.01)  # the key is being stretched in its thread
    opening.cancel()
    with pytest.raises(asyncio.CancelledError):
        await opening
    # Once the thread has finished, what it opened is closed: another start can have it.
    for _ in range(200):
        try:
            open_file(path, KEY, exclusive=True).close()
            break
        except DatabaseInUseError:
            await asyncio.sleep(0.05)
    else:
        raise AssertionError("the run lock was kept")
