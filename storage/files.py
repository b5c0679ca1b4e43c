"""The database file on disk: private permissions, the encryption key, one way to connect.

With a key, every connection goes through SQLCipher (`sqlcipher3`), so the database, its WAL
and every backup are encrypted page by page; without one, through Python's own `sqlite3`.
Either way aiosqlite runs the connection in its own thread.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import cast

import sqlcipher3

from storage.connection import Connection

PLAIN_HEADER = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# Either module's errors: a connection raises its own module's classes.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


class DatabaseOpenError(RuntimeError):
    """The key does not fit the file (wrong, missing, or the file is not encrypted)."""


def side_files(path: Path) -> list[Path]:
    """The WAL, shared-memory and journal files SQLite keeps next to the database."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def make_private(path: Path) -> None:
    """Folder 0700, database and side files 0600, whatever the umask; creates what is missing."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(path.parent, FOLDER_MODE)
    create_private(path)
    for side in side_files(path):
        if side.exists():
            os.chmod(side, FILE_MODE)


def create_private(path: Path) -> None:
    """Make sure `path` exists as a file only its owner can read and write.

    An existing file is never opened here: closing any descriptor of a database file drops
    every POSIX lock this process holds on it, SQLite's included. Another program reading the
    database would then believe it was the last one, and on closing fold the WAL into the file
    and delete it under the running bot, whose later commits no one would ever see.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
        try:
            if stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
                os.fchmod(fd, FILE_MODE)
        finally:
            os.close(fd)
        return
    if stat.S_IMODE(mode) != FILE_MODE:
        os.chmod(path, FILE_MODE)


def is_encrypted(path: Path) -> bool:
    """True when the file has content and does not start with SQLite's plain header."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != PLAIN_HEADER


def _quoted(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def connector(
    path: Path, key: str | None, readonly: bool = False, cipher: bool = False
) -> Callable[[], sqlite3.Connection]:
    """A function that opens one DB-API connection to `path`, keyed when `key` is given.

    `cipher` asks for SQLCipher even without a key (to convert a plain file).
    """
    target = str(path)
    if readonly:
        target = f"{path.resolve().as_uri()}?mode=ro"

    # Opened in one thread and used in aiosqlite's (one at a time), for `Database.open`.
    def plain() -> sqlite3.Connection:
        return sqlite3.connect(target, isolation_level=None, uri=readonly, check_same_thread=False)

    def keyed() -> sqlite3.Connection:
        conn = sqlcipher3.connect(
            target, isolation_level=None, uri=readonly, check_same_thread=False
        )
        # A wrong key is reported once, by us, not by SQLCipher's own log on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {_quoted(key)}")
        return cast(sqlite3.Connection, conn)

    return keyed if key is not None or cipher else plain


def key_problem(path: Path, key: str | None) -> str:
    """Why a file that would not open probably would not: one line for the person running it."""
    if key is None and is_encrypted(path):
        return (
            f"{path} cannot be read: it is encrypted (set DATABASE_KEY or DATABASE_KEY_FILE to"
            " its key) or it is not a database"
        )
    if key is not None and path.exists() and not is_encrypted(path):
        return (
            f"{path} is not encrypted but a key is set: run `python -m bot encrypt` to encrypt"
            " it, or remove DATABASE_KEY and DATABASE_KEY_FILE"
        )
    if key is not None:
        return f"{path} cannot be read with the key in DATABASE_KEY or DATABASE_KEY_FILE"
    return f"{path} cannot be read: it is not a database"


# Reading the schema proves the key fits; with a key this is where SQLCipher stretches it.
_PROOF = "SELECT count(*) FROM sqlite_master"


def open_proven(
    path: Path, key: str | None, readonly: bool = False, cipher: bool = False
) -> sqlite3.Connection:
    """Open a connection in this thread and prove the key fits. With a key that takes a
    third of a second here, without holding the interpreter: other threads go on."""
    conn = connector(path, key, readonly, cipher)()
    try:
        conn.execute(_PROOF).fetchone()
    except DATABASE_ERRORS:
        conn.close()
        raise DatabaseOpenError(key_problem(path, key)) from None
    except BaseException:
        conn.close()
        raise
    return conn


async def connect(
    path: Path, key: str | None, readonly: bool = False, cipher: bool = False
) -> Connection:
    """Open a connection in aiosqlite's thread and prove the key fits, as `open_proven`."""
    conn = Connection(connector(path, key, readonly, cipher), iter_chunk_size=64)
    await conn
    try:
        async with conn.execute(_PROOF) as cursor:
            await cursor.fetchone()
    except DATABASE_ERRORS:
        await conn.close()
        raise DatabaseOpenError(key_problem(path, key)) from None
    except BaseException:
        await conn.close()
        raise
    return conn
