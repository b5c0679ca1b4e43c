"""Looking after the database file as a whole: its health and its schema version."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import aiosqlite

from storage.migrations import schema_version


@dataclass(frozen=True)
class Health:
    """What `PRAGMA integrity_check` says (["ok"] when sound) and the schema version."""

    integrity: tuple[str, ...]
    version: int

    @property
    def sound(self) -> bool:
        return self.integrity == ("ok",)


async def inspect(path: Path) -> Health:
    """Read a database without changing it (safe while the bot runs)."""
    conn = await aiosqlite.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        async with conn.execute("PRAGMA integrity_check") as cursor:
            rows = await cursor.fetchall()
        return Health(tuple(str(row[0]) for row in rows), await schema_version(conn))
    finally:
        await conn.close()
