"""Scheduled backups into BACKUP_DIR: one a day, the newest BACKUP_KEEP kept."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from bot.rules.backups import backup_due, backup_name, to_remove
from bot.runtime import Runtime
from storage import copies
from storage.files import FOLDER_MODE

log = logging.getLogger(__name__)


def _prepare_folder(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(folder, FOLDER_MODE)
    return os.listdir(folder)


async def scheduled_backup(rt: Runtime, now: int) -> Path | None:
    """Take today's backup if it is due and drop the oldest; the new file, or None."""
    folder = rt.settings.backup_dir
    if folder is None:
        return None
    names = _prepare_folder(folder)
    if not backup_due(names, now):
        return None
    target = folder / backup_name(now)
    try:
        version = await copies.backup(rt.db.path, rt.db.key, target)
    except (OSError, copies.CopyError) as error:
        log.error("scheduled backup failed: %s", error)
        return None
    removed = to_remove([*names, target.name], rt.settings.backup_keep)
    for name in removed:
        copies.scrub(folder / name)
    log.info(
        "backup written: %s (schema version %s); %s older removed",
        target.name,
        version,
        len(removed),
    )
    return target
