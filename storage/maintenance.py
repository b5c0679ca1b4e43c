"""Looking after the database file as a whole: its health and its schema version."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage.files import DATABASE_ERRORS, connect
from storage.migrations import schema_version


@dataclass(frozen=True)
class Health:
    """What `PRAGMA integrity_check` says (["ok"] when sound) and the schema version."""

    integrity: tuple[str, ...]
    version: int

    @property
    def sound(self) -> bool:
        return self.integrity == ("ok",)


async def try_key(path: Path, key: str | None) -> None:
    """Raise DatabaseOpenError unless the key (or its absence) fits the database at `path`."""
    conn = await connect(path, key, readonly=True)
    await conn.close()


async def inspect(path: Path, key: str | None) -> Health:
    """Read a database without changing it (safe while the bot runs)."""
    conn = await connect(path, key, readonly=True)
    try:
        version = await schema_version(conn)
        try:
            async with conn.execute("PRAGMA integrity_check") as cursor:
                found = tuple(str(row[0]) for row in await cursor.fetchall())
        except DATABASE_ERRORS as error:  # damaged beyond what the check can walk
            found = (str(error),)
        return Health(found, version)
    finally:
        await conn.close()
