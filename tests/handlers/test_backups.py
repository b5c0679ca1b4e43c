"""Scheduled backups: one a day into BACKUP_DIR, private, the newest BACKUP_KEEP kept."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.backups import scheduled_backup
from bot.rules.backups import backup_due, backup_name, taken_at, to_remove
from bot.sandbox.loopback import FakeTelegram
from storage import copies
from tests.harness import Harness, make_settings, start_harness, stop_harness

DAY = 86400


@pytest.fixture
async def backing_up(
    tmp_path: Path, fake: FakeTelegram, open_umask: None
) -> AsyncIterator[Harness]:
    settings = make_settings(tmp_path, backup_dir=tmp_path / "backups", backup_keep=2)
    harness = await start_harness(settings, fake)
    try:
        yield harness
    finally:
        await stop_harness(harness)


def test_names_sort_by_time_and_only_scheduled_backups_are_ever_removed() -> None:
    names = [backup_name(1772701200 + n * DAY) for n in range(3)]
    assert names[0] == "coproduction-20260305-090000.sqlite3"
    assert taken_at(names[0]) == 1772701200
    assert to_remove([*names, "precious.sqlite3"], 2) == [names[0]]
    assert backup_due(names, 1772701200 + 2 * DAY + DAY - 1) is False
    assert backup_due(names, 1772701200 + 3 * DAY) is True
    assert backup_due(["precious.sqlite3"], 0) is True


async def test_a_backup_a_day_private_and_the_oldest_go(
    backing_up: Harness, tmp_path: Path
) -> None:
    bot = backing_up
    alice = bot.woman("Alice")
    await bot.join(alice)
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    (folder / "precious.sqlite3").write_text("not ours", encoding="utf-8")
    taken = []
    for day in range(3):
        now = bot.runtime.now() + day * DAY
        first = await scheduled_backup(bot.runtime, now)
        assert first is not None
        assert await scheduled_backup(bot.runtime, now + 3600) is None  # once a day
        taken.append(first.name)
    assert sorted(os.listdir(folder)) == sorted([*taken[1:], "precious.sqlite3"])
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE((folder / name).stat().st_mode) for name in taken[1:]} == {0o600}

    restored = tmp_path / "restored.sqlite3"
    await copies.restore(folder / taken[-1], None, restored)
    with sqlite3.connect(restored) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone() == (1,)
    conn.close()
