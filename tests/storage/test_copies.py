"""Backups, restores and encryption on or off: every row survives, nothing leaks."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from storage import copies
from storage.copies import CopyError
from storage.db import Database
from storage.files import DatabaseOpenError, side_files
from storage.lock import DatabaseInUseError
from storage.migrations import LATEST_VERSION
from tests.prepared import HOSTILE, TELEGRAM_IDS, prepared_database

KEY = "a passphrase for the tests"


pytestmark = pytest.mark.usefixtures("open_umask")


def _connect(path: Path, key: str | None) -> sqlite3.Connection:
    if key is None:
        return sqlite3.connect(path)
    conn: sqlite3.Connection = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{key}'")
    return conn


def every_row(path: Path, key: str | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, in a stable order, and the schema version."""
    conn = _connect(path, key)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        rows = {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
        rows["user_version"] = conn.execute("PRAGMA user_version").fetchall()
        return rows
    finally:
        conn.close()


async def _prepared(path: Path, key: str | None = None) -> Database:
    prepared = await prepared_database(path)
    await prepared.db.close()
    if key is not None:
        await copies.encrypt(path, key)
    return await Database.open(path, key)


def _wipe(path: Path) -> None:
    for file in [path, *side_files(path)]:
        file.unlink(missing_ok=True)


@pytest.mark.parametrize("key", [None, KEY])
async def test_restore_drill_backup_wipe_restore_every_row_back(
    tmp_path: Path, key: str | None
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    db = await _prepared(path, key)
    # The bot is running (its connection is open, with rows still in the WAL) during the backup.
    async with db.transaction() as tx:
        woman = await tx.participants.add(123456789, "P-LAST", "en", 5)
        await tx.feedback.add(woman.id, "Groups", "Written just before the backup", 6)
    before = every_row(path, key)
    backup = tmp_path / "backups" / "monday.sqlite3"
    backup.parent.mkdir()
    assert await copies.backup(path, key, backup) == LATEST_VERSION
    await db.close()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    _wipe(path)
    assert await copies.restore(backup, key, path) == LATEST_VERSION
    assert every_row(path, key) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    db = await Database.open(path, key)  # and the bot starts on it
    await db.close()


async def test_an_encrypted_backup_reveals_nothing_without_the_key(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await _prepared(path, KEY)
    backup = tmp_path / "backup.sqlite3"
    await copies.backup(path, KEY, backup)
    await db.close()
    data = backup.read_bytes()
    assert b"More evening groups" not in data and HOSTILE.encode() not in data
    assert all(str(telegram_id).encode() not in data for telegram_id in TELEGRAM_IDS)
    with pytest.raises(DatabaseOpenError):
        await copies.restore(backup, None, tmp_path / "elsewhere.sqlite3")


async def test_a_backup_never_overwrites_a_file(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await _prepared(path)
    (tmp_path / "taken").write_text("something precious", encoding="utf-8")
    with pytest.raises(CopyError, match="already exists"):
        await copies.backup(path, None, tmp_path / "taken")
    await db.close()
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "something precious"


async def test_restore_refuses_while_the_bot_runs(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await _prepared(path)
    await copies.backup(path, None, tmp_path / "backup.sqlite3")
    await db.close()
    running = await Database.open(path, exclusive=True)
    try:
        with pytest.raises(DatabaseInUseError, match="in use by a running bot"):
            await copies.restore(tmp_path / "backup.sqlite3", None, path)
        with pytest.raises(DatabaseInUseError):
            await copies.encrypt(path, KEY)
        with pytest.raises(DatabaseInUseError):  # nor can a second bot start on it
            await Database.open(path, exclusive=True)
    finally:
        await running.close()
    await copies.restore(tmp_path / "backup.sqlite3", None, path)


async def test_restore_refuses_a_damaged_or_newer_backup(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await _prepared(path)
    await db.close()
    before = every_row(path)
    newer = tmp_path / "newer.sqlite3"
    await copies.backup(path, None, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(CopyError, match="newer than this release"):
        await copies.restore(newer, None, path)
    damaged = tmp_path / "damaged.sqlite3"
    await copies.backup(path, None, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[3 * page : 3 * page + 200] = bytes(range(200))  # a table page scribbled over
    damaged.write_bytes(bytes(data))
    with pytest.raises(CopyError, match="failed its integrity check"):
        await copies.restore(damaged, None, path)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(CopyError, match="is not a backup of this bot"):
        await copies.restore(empty, None, path)
    assert every_row(path) == before


async def test_encrypt_then_decrypt_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    prepared = await prepared_database(path)
    await prepared.db.close()
    before = every_row(path)
    assert await copies.encrypt(path, KEY) > 0
    data = b"".join(p.read_bytes() for p in [path, *side_files(path)] if p.exists())
    assert b"More evening groups" not in data
    assert not data.startswith(b"SQLite format 3")
    assert every_row(path, KEY) == before
    assert sorted(os.listdir(tmp_path)) == ["bot.sqlite3", "bot.sqlite3.lock"]
    with pytest.raises(CopyError, match="already encrypted"):
        await copies.encrypt(path, KEY)
    assert await copies.decrypt(path, KEY) > 0
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert every_row(path) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
