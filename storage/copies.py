"""Whole-database copies: backups, restores, and turning encryption on or off.

Every copy is made by SQLite itself from a consistent snapshot (`VACUUM INTO`, or SQLCipher's
`sqlcipher_export`), never by copying the file, so it is safe while the bot writes. Copies
are created private (0600) and carry the same key as the database they came from.
"""

from __future__ import annotations

import os
from pathlib import Path

import aiosqlite

from storage.files import connect, create_private, is_encrypted, make_private, side_files
from storage.lock import RunLock
from storage.maintenance import inspect
from storage.migrations import LATEST_VERSION, schema_version


class CopyError(RuntimeError):
    """A backup, restore or conversion was refused; the message is one line for a person."""


async def backup(database: Path, key: str | None, target: Path) -> int:
    """Write a consistent copy of `database` to the new file `target`; its schema version."""
    _new_private_file(target)
    try:
        conn = await connect(database, key, readonly=True)
        try:
            await conn.execute("VACUUM INTO ?", (str(target),))
            return await schema_version(conn)
        finally:
            await conn.close()
    except BaseException:
        _discard(target)
        raise


async def restore(source: Path, key: str | None, database: Path) -> int:
    """Replace `database` with the backup `source`, once it proves sound; its schema version.

    Refuses (DatabaseInUseError) while a bot runs on `database`. Migrations bring an older
    backup up to date when the bot next starts.
    """
    with RunLock(database):
        health = await inspect(source, key)
        if not health.sound:
            raise CopyError(f"{source} failed its integrity check: {health.integrity[0]}")
        if health.version == 0:
            raise CopyError(f"{source} is not a backup of this bot's database")
        if health.version > LATEST_VERSION:
            raise CopyError(
                f"{source} is at schema version {health.version}, newer than this release "
                f"knows ({LATEST_VERSION}): upgrade the bot first"
            )
        make_private(database)
        staged = database.with_name(database.name + ".restoring")
        _discard(staged)
        await backup(source, key, staged)
        _replace(database, staged)
        return health.version


async def encrypt(database: Path, key: str) -> int:
    """Turn a plain database into one encrypted with `key`; returns how many rows it holds."""
    if is_encrypted(database):
        raise CopyError(f"{database} is already encrypted (or is not a database)")
    return await _convert(database, None, key)


async def decrypt(database: Path, key: str) -> int:
    """Turn a database encrypted with `key` back into a plain one; how many rows it holds."""
    if not is_encrypted(database):
        raise CopyError(f"{database} is not encrypted")
    return await _convert(database, key, "")


async def _convert(database: Path, key: str | None, new_key: str) -> int:
    with RunLock(database):
        staged = database.with_name(database.name + ".converting")
        _discard(staged)
        _new_private_file(staged)
        conn = await connect(database, key, cipher=True)
        try:
            await conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(staged), new_key))
            await conn.execute("SELECT sqlcipher_export('target')")
            version = await schema_version(conn)
            await conn.execute(f"PRAGMA target.user_version = {version}")
            rows = await _same_rows(conn)
            await conn.execute("DETACH DATABASE target")
        except BaseException:
            await conn.close()
            _discard(staged)
            raise
        await conn.close()
        _swap(database, staged)
        return rows


async def _same_rows(conn: aiosqlite.Connection) -> int:
    """Every table has as many rows in the copy as in the original; the total."""
    async with conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ) as cursor:
        tables = [str(row[0]) for row in await cursor.fetchall()]
    total = 0
    for table in tables:
        counts = []
        for schema in ("main", "target"):
            async with conn.execute(f'SELECT count(*) FROM {schema}."{table}"') as cursor:
                row = await cursor.fetchone()
            counts.append(int(row[0]) if row else -1)
        if counts[0] != counts[1]:
            raise CopyError(f"the copy of table {table} lost rows: nothing was changed")
        total += counts[0]
    return total


def _new_private_file(target: Path) -> None:
    if target.exists() and target.stat().st_size > 0:
        raise CopyError(f"{target} already exists: choose a new file name")
    create_private(target)


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)


def _swap(database: Path, staged: Path) -> None:
    """Put the converted copy in place, then scrub the original."""
    old = database.with_name(database.name + ".old")
    os.replace(database, old)
    _replace(database, staged)
    scrub(old)


def _replace(database: Path, staged: Path) -> None:
    # A WAL left next to the old file would be replayed into the new one: it goes first.
    for side in side_files(database):
        side.unlink(missing_ok=True)
    os.replace(staged, database)
    os.chmod(database, 0o600)


def scrub(path: Path) -> None:
    """Overwrite a file with zeros before removing it (best effort: some disks and file
    systems keep older blocks elsewhere; full-disk encryption covers those)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(bytes(size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    for side in side_files(path):
        side.unlink(missing_ok=True)
