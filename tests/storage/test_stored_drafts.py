"""A stored draft comes back as it was kept; bytes in its place that are not a draft never make
the bot run anything: they are skipped, and that flow starts again."""

from __future__ import annotations

import logging
import os
import pickle
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.ladder import Level
from bot.poll_rules import Quorum
from bot.rules.recognition import Value
from bot.texts import Safe
from storage.db import Database
from storage.feedback import Voice, voice_of
from storage.inbox import HeldUpdate


class _Runs:
    """Unpickling this runs `os.system`: what someone who could write to the database might
    put there."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (self.command,)


class _Calls:
    """Unpickling this calls a function of the bot's own (not a value class)."""

    def __reduce__(self) -> tuple[object, tuple[str, int]]:
        return voice_of, ("AwACAgQ", 12)


async def test_a_draft_comes_back_with_the_values_flows_keep(tmp_path: Path) -> None:
    draft = {
        "voice": Voice("AwACAgQ", 12),
        "title": Safe("Evening <b>group</b>"),
        "quorum": Quorum("share", 0.3),
        "value": Value(amount_minor=1500, currency="GBP"),
        "level": Level.CO_DESIGN,
        "when": datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        "gap": timedelta(hours=2),
        "choices": {1, 2},
        "pair": (3, "four"),
        "nested": {"a": [1, {"b": None}]},
    }
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        await tx.flows.save_draft(5, draft, 100)
    async with db.read() as tx:
        back = (await tx.flows.drafts_since(0))[5]
    await db.close()
    assert back == draft
    assert isinstance(back["title"], Safe) and isinstance(back["voice"], Voice)
    assert back["level"] is Level.CO_DESIGN


# Pickle's BUILD step aimed at a class the draft may name: given a class, the unpickler would
# set `planted` on it, for the whole bot (an attribute such as `is_staff` could be replaced).
CHANGES_A_CLASS = b"cbot.texts\nSafe\n(N}Vplanted\nI1\nstb."


@pytest.mark.parametrize(
    "planted",
    [
        pytest.param(lambda marker: _Runs(f"touch {marker}"), id="a library function"),
        pytest.param(lambda marker: _Calls(), id="a function of the bot's own"),
        pytest.param(lambda marker: {"step": _Runs(f"touch {marker}")}, id="deep inside"),
        pytest.param(
            lambda marker: HeldUpdate(1, 2, "{}", False), id="a value class drafts never hold"
        ),
    ],
)
async def test_bytes_that_are_not_a_draft_run_nothing_and_are_skipped(
    tmp_path: Path, planted: Callable[[Path], object], caplog: pytest.LogCaptureFixture
) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    async with db.transaction() as tx:
        await tx.flows.save_draft(5, {"kept": "hers"}, 100)
        await tx.flows.save_draft(6, {"placeholder": 1}, 100)
    await db.close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE drafts SET data = ? WHERE telegram_user_id = 6",
            (pickle.dumps(planted(marker)),),
        )
    conn.close()
    db = await Database.open(path)
    with caplog.at_level(logging.WARNING):
        async with db.read() as tx:
            drafts = await tx.flows.drafts_since(0)
    await db.close()
    assert drafts == {5: {"kept": "hers"}}
    assert not marker.exists()
    assert "a stored draft could not be read (UnpicklingError); skipped" in caplog.text


async def test_bytes_that_would_change_a_class_of_the_bot_are_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    async with db.transaction() as tx:
        await tx.flows.save_draft(6, {"placeholder": 1}, 100)
    await db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE drafts SET data = ? WHERE telegram_user_id = 6", (CHANGES_A_CLASS,))
    conn.close()
    db = await Database.open(path)
    with caplog.at_level(logging.WARNING):
        async with db.read() as tx:
            assert await tx.flows.drafts_since(0) == {}
    await db.close()
    assert not hasattr(Safe, "planted")
    assert "a stored draft could not be read (UnpicklingError); skipped" in caplog.text
