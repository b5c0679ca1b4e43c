"""The digest read from a prepared SQLite database: every section, and each period claimed once."""

from __future__ import annotations

from pathlib import Path

from bot.digest import gather_digest, render_digest
from bot.sandbox.loopback import parse_html
from bot.texts import load_texts
from tests.harness import make_settings
from tests.prepared import HOSTILE, NOW, SINCE, prepared_database

TEXTS = load_texts({"service_name": "Our Service", "helplines": "999"})


async def test_a_prepared_database_fills_every_digest_section(tmp_path: Path) -> None:
    prepared = await prepared_database(tmp_path / "bot.sqlite3")
    settings = make_settings(tmp_path, response_days=7)
    async with prepared.db.read() as tx:
        data = await gather_digest(tx, settings, SINCE, NOW)
    await prepared.db.close()

    messages = render_digest(TEXTS, settings.zone, data)
    assert len(messages) == 1
    shown = parse_html(messages[0]).text
    assert "Digest · Wed 04 Mar 09:00 to Thu 05 Mar 09:00" in shown
    assert "New feedback (3)\nGroups (2)" in shown
    assert f"P-0000 · Thu 05 Mar 04:00\n{HOSTILE}" in shown
    assert "More evening groups" in shown
    assert "Something else (1)" in shown and "Bus times" in shown
    assert "The room is cold" not in shown.split("Waiting more than")[0]
    assert "Ideas awaiting moderation (1)" in shown and "“Crèche on Fridays”" in shown
    assert "Suggestions to move up, not yet decided (1)" in shown
    assert f"“Peer group {HOSTILE}” · consultation → co-design" in shown
    assert "Polls opened (1)" in shown and f"Which day? {HOSTILE} · 4 can vote" in shown
    assert "Polls closing in the next 48 hours (1)" in shown
    assert "turnout 1 of 4 (quorum 3)" in shown
    assert "Polls closed (1)" in shown
    assert "Which leaflet colour? · turnout 3 of 4\nGreen: 1\nPurple: 2\nResult: Purple" in shown
    waiting = shown.split("Waiting more than 7 days for staff (3)")[1]
    assert (
        f"Feedback #{prepared.old_feedback} (Groups) from P-0000: no reply for 20 days" in waiting
    )
    assert (
        f"Idea #{prepared.pending_proposal} “Crèche on Fridays”: awaiting moderation for 9 days"
        in waiting
    )
    assert "undecided for 8 days" in waiting
    assert "Safeguarding" not in shown
    # Staff see pseudonyms only.
    assert "7000001" not in messages[0]


async def test_a_digest_period_can_be_claimed_only_once(tmp_path: Path) -> None:
    prepared = await prepared_database(tmp_path / "bot.sqlite3")
    async with prepared.db.transaction() as tx:
        assert await tx.digests.record("day 2026-03-05", NOW, SINCE, NOW, 2, NOW)
        assert not await tx.digests.record("day 2026-03-05", NOW, SINCE, NOW + 5, 2, NOW + 5)
        assert not await tx.digests.record("day 2026-03-05", NOW, NOW, NOW + 9, 1, NOW + 9)
    async with prepared.db.read() as tx:
        last = await tx.digests.last()
        assert last is not None and (last.period, last.covers_until) == ("day 2026-03-05", NOW)
        assert await tx.digests.count() == 1
    await prepared.db.close()


async def test_consecutive_digests_show_each_new_item_exactly_once(tmp_path: Path) -> None:
    prepared = await prepared_database(tmp_path / "bot.sqlite3")
    settings = make_settings(tmp_path)
    async with prepared.db.transaction() as tx:
        women = await tx.participants.active()
        edge = await tx.feedback.add(women[0].id, "Groups", "At the boundary", NOW + 600)
    async with prepared.db.read() as tx:
        first = await gather_digest(tx, settings, SINCE, NOW + 600)
        second = await gather_digest(tx, settings, NOW + 600, NOW + 1200)
    await prepared.db.close()
    assert edge.id in [item.id for item in first.feedback]
    assert edge.id not in [item.id for item in second.feedback]
    assert second.polls_closed == () and second.polls_opened == ()
