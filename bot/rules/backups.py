"""Scheduled backups: their file names, when the next is due, which old ones go."""

from __future__ import annotations

import re
from datetime import UTC, datetime

BACKUP_EVERY_SECONDS = 86400
_NAME = re.compile(r"^coproduction-(\d{8}-\d{6})\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


def backup_name(now: int) -> str:
    """`coproduction-YYYYMMDD-HHMMSS.sqlite3`, in UTC, so names sort by time."""
    return f"coproduction-{datetime.fromtimestamp(now, UTC).strftime(_STAMP)}.sqlite3"


def taken_at(name: str) -> int | None:
    """When a scheduled backup was taken, from its name; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    return int(datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC).timestamp())


def backup_due(names: list[str], now: int) -> bool:
    """Due when there is no scheduled backup from the last day."""
    moments = [moment for moment in map(taken_at, names) if moment is not None]
    return not moments or now - max(moments) >= BACKUP_EVERY_SECONDS


def to_remove(names: list[str], keep: int) -> list[str]:
    """The scheduled backups beyond the newest `keep`; other files are never touched."""
    ours = sorted(name for name in names if taken_at(name) is not None)
    return ours[: max(0, len(ours) - keep)]
