"""Retention: each kind of record goes after its time, a long-inactive woman is told first,
and the co-production report counts the same before and after a purge."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.report import build_report
from bot.report_rules import ReportPeriod
from bot.retention import purge
from bot.sandbox.loopback import FakeTelegram
from storage.files import side_files
from tests.harness import Harness, make_settings, start_harness, stop_harness
from tests.prepared import NOW, TELEGRAM_IDS, prepared_database

DAY = 86400


@pytest.fixture
async def prepared_bot(tmp_path: Path, fake: FakeTelegram) -> AsyncIterator[Harness]:
    """The bot on the prepared database, plus an alert and a recognition record for Ada."""
    settings: Settings = make_settings(tmp_path)
    prepared = await prepared_database(settings.database_path)
    async with prepared.db.transaction() as tx:
        ada = await tx.participants.by_telegram_user(TELEGRAM_IDS[0])
        assert ada is not None
        await tx.safeguarding.add(ada.id, ("scared",), "feedback", NOW - 3 * DAY)
        await tx.recognition.add(
            participant_id=ada.id,
            kind="voucher",
            amount_minor=1500,
            currency="GBP",
            minutes=None,
            purpose="Design workshop",
            proposal_id=None,
            level=2,
            given_at=NOW - 2 * DAY,
            recorded_by=900001,
        )
    await prepared.db.close()
    harness = await start_harness(settings, fake)
    try:
        yield harness
    finally:
        await stop_harness(harness)


def _figures(report: object) -> tuple[object, ...]:
    """Everything the report counts (not the words it quotes)."""
    summary = report.summary  # type: ignore[attr-defined]
    return (
        summary.feedback_received,
        summary.ideas_submitted,
        summary.reached,
        [(m.from_level, m.to_level, m.at, m.seconds) for m in summary.moves],
        summary.adopted,
        summary.delivered,
        [(code, [(i.at, i.explanation) for i in items]) for code, items in summary.not_possible],
        summary.polls,
        summary.shared,
        summary.advisory,
        summary.response,
        report.offline,  # type: ignore[attr-defined]
        [
            (level, totals.money, totals.minutes, totals.records, len(totals.women))
            for level, totals in report.recognition.by_level.items()  # type: ignore[attr-defined]
        ],
    )


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


async def test_a_purge_keeps_every_figure_of_the_report(prepared_bot: Harness) -> None:
    rt = prepared_bot.runtime
    everything = ReportPeriod(None, NOW + DAY, "all")
    year = ReportPeriod(NOW - 64 * DAY, NOW + DAY, "year", 2026)
    before = [_figures(await build_report(rt, period)) for period in (everything, year)]
    assert before[0][0] == 5 and before[0][2] == (3, 1, 0)  # the report has something to keep

    # Two and a bit years on: every woman is told, then (a month later) deleted.
    first = await purge(rt, NOW + 800 * DAY)
    assert (first.feedback, first.vote_reasons, first.alerts, first.notified) == (5, 1, 1, 4)
    assert first.ideas == 1  # the idea closed as not possible; open ideas stay
    second = await purge(rt, NOW + 831 * DAY)
    assert second.women == 4

    path = rt.db.path
    assert _rows(path, "SELECT count(*) FROM participants") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM feedback") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM proposals") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM safeguarding_alerts") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM recognition") == [(0,)]
    after = [_figures(await build_report(rt, period)) for period in (everything, year)]
    assert after == before
    # What is left holds none of their words, and the WAL was emptied after the purge.
    on_disk = b"".join(p.read_bytes() for p in [path, *side_files(path)] if p.exists())
    for words in ("The room is cold", "More evening groups", "Bus times", "I like purple"):
        assert words.encode() not in on_disk
    assert b"Accessible leaflets" not in on_disk


async def test_each_kind_goes_only_after_its_own_time(prepared_bot: Harness) -> None:
    rt = prepared_bot.runtime
    path = rt.db.path
    # 100 days after: only the reason given with a vote (90 days) is past its time.
    purged = await purge(rt, NOW + 100 * DAY)
    assert (purged.feedback, purged.ideas, purged.alerts, purged.notified) == (0, 0, 0, 0)
    assert purged.vote_reasons == 1
    assert _rows(path, "SELECT count(*) FROM votes WHERE reason IS NOT NULL") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM votes") == [(4,)]
    # 400 days after: the alert (365 days) too, but the feedback (730 days) stays.
    purged = await purge(rt, NOW + 400 * DAY)
    assert (purged.alerts, purged.feedback) == (1, 0)
    assert _rows(path, "SELECT count(*) FROM feedback") == [(5,)]


async def test_a_long_inactive_woman_is_told_and_deleted_unless_she_comes_back(
    bot: Harness,
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    await bot.send(alice, "/share")  # a flow she never finished, kept by her Telegram id
    path = bot.runtime.db.path
    stored = "SELECT count(*) FROM conversations WHERE telegram_user_id = ?"
    with sqlite3.connect(path) as conn:
        assert conn.execute(stored, (alice.id,)).fetchone() == (1,)
    conn.close()
    bot.clock.advance(731 * DAY)
    told = await purge(bot.runtime, bot.runtime.now())
    assert (told.notified, told.women) == (2, 0)
    await bot.pump()
    for woman in (alice, bea):
        notice = bot.fake.messages(woman.id)[-1].text
        assert "You have not used this chat for 730 days." in notice
    assert (await purge(bot.runtime, bot.runtime.now())).notified == 0  # told once only

    bot.clock.advance(10 * DAY)
    await bot.send(bea, "/menu")  # she comes back within the month
    bot.clock.advance(21 * DAY)
    gone = await purge(bot.runtime, bot.runtime.now())
    assert gone.women == 1
    assert await bot.participant(alice) is None
    assert await bot.participant(bea) is not None
    with sqlite3.connect(path) as conn:
        assert conn.execute(stored, (alice.id,)).fetchone() == (0,)
    conn.close()
    assert "keep nothing" in (await bot.send(alice, "/privacy")).text


async def test_privacy_tells_her_how_long_each_thing_is_kept(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    shown = (await bot.send(alice, "/privacy")).text
    assert "your feedback and our replies: 730 days" in shown
    assert "If you don't use this chat for 730 days, we send you one message" in shown
