"""Proposals in SQLite: toggles, history, one suggestion per level, and who is involved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.db import Database


async def _db_with_women(tmp_path: Path, count: int) -> tuple[Database, list[int]]:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        ids = [
            (await tx.participants.add(100 + n, f"P-{n:04d}", "en", 1)).id for n in range(count)
        ]
    return db, ids


async def test_support_toggles_and_is_counted_once(tmp_path: Path) -> None:
    db, (author, alice, bea) = await _db_with_women(tmp_path, 3)
    async with db.transaction() as tx:
        proposal = await tx.proposals.add(author, "Title", "Body", 10)
        assert await tx.proposals.toggle_support(proposal.id, alice, 11) is True
        assert await tx.proposals.toggle_support(proposal.id, bea, 11) is True
        assert await tx.proposals.toggle_support(proposal.id, alice, 12) is False
        assert await tx.proposals.toggle_volunteer(proposal.id, bea, 12) is True
    async with db.read() as tx:
        stored = await tx.proposals.by_id(proposal.id)
        assert stored is not None and (stored.supporters, stored.volunteers) == (1, 1)
        assert await tx.proposals.supports(proposal.id, bea)
        assert not await tx.proposals.supports(proposal.id, alice)
    await db.close()


async def test_a_suggestion_is_stored_once_per_level(tmp_path: Path) -> None:
    db, (author,) = await _db_with_women(tmp_path, 1)
    async with db.transaction() as tx:
        proposal = await tx.proposals.add(author, "Title", "Body", 10)
        first = await tx.proposals.add_suggestion(proposal.id, 2, "5 of 10", 11)
        again = await tx.proposals.add_suggestion(proposal.id, 2, "6 of 10", 12)
        assert first is not None and again is None
        assert await tx.proposals.suggested_levels(proposal.id) == {2}
        await tx.proposals.decide_suggestions(proposal.id, "not_yet", 9, 13, 2)
        assert await tx.proposals.open_suggestions() == []
    await db.close()


async def test_involved_lists_each_woman_once_with_her_role(tmp_path: Path) -> None:
    db, (author, alice, bea, cara) = await _db_with_women(tmp_path, 4)
    async with db.transaction() as tx:
        proposal = await tx.proposals.add(author, "Title", "Body", 10)
        await tx.proposals.toggle_support(proposal.id, alice, 11)
        await tx.proposals.toggle_volunteer(proposal.id, alice, 11)
        await tx.proposals.toggle_volunteer(proposal.id, author, 11)
        await tx.proposals.toggle_support(proposal.id, bea, 11)
        await tx.participants.mark_unreachable(bea)
        involved = await tx.proposals.involved(proposal.id)
    roles = {(w.participant_id, w.is_author, w.is_volunteer) for w in involved}
    assert roles == {(author, True, True), (alice, False, True)}
    assert cara not in {w.participant_id for w in involved}
    await db.close()


async def test_history_keeps_every_change_in_order(tmp_path: Path) -> None:
    db, (author,) = await _db_with_women(tmp_path, 1)
    async with db.transaction() as tx:
        proposal = await tx.proposals.add(author, "Title", "Body", 10)
        await tx.proposals.record(proposal.id, "submitted", 10, to_level=1)
        await tx.proposals.set_status(proposal.id, "published", 11)
        await tx.proposals.record(proposal.id, "published", 11, staff_id=5, staff_name="Sam")
        await tx.proposals.set_level(proposal.id, 2)
        await tx.proposals.record(
            proposal.id, "moved", 12, from_level=1, to_level=2, evidence="e", reason="r"
        )
        history = await tx.proposals.history(proposal.id)
        published = await tx.proposals.published(None, 0, 10)
    assert [h.event for h in history] == ["submitted", "published", "moved"]
    assert history[1].staff_name == "Sam" and history[2].evidence == "e"
    assert [p.level for p in published] == [2]
    await db.close()


async def test_forgetting_the_author_removes_her_proposals_and_her_support(
    tmp_path: Path,
) -> None:
    db, (author, alice) = await _db_with_women(tmp_path, 2)
    async with db.transaction() as tx:
        hers = await tx.proposals.add(author, "Hers", "Body", 10)
        other = await tx.proposals.add(alice, "Other", "Body", 10)
        await tx.proposals.toggle_support(other.id, author, 11)
        await tx.proposals.record(hers.id, "submitted", 10)
        await tx.proposals.add_suggestion(hers.id, 2, "e", 11)
        await tx.participants.delete(author)
    async with db.read() as tx:
        assert await tx.proposals.by_id(hers.id) is None
        remaining = await tx.proposals.by_id(other.id)
        assert remaining is not None and remaining.supporters == 0
    await db.close()


async def test_a_page_of_published_ideas_is_the_newest_with_its_own_supporters(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        women = [await tx.participants.add(500 + n, f"P-S{n:03d}", "en", 100) for n in range(3)]
        ideas = []
        for n in range(12):
            idea = await tx.proposals.add(women[0].id, f"Idea {n}", "text", 100 + n)
            await tx.proposals.set_status(idea.id, "published", 200 + n)
            ideas.append(idea.id)
        for woman in women[1:]:
            await tx.proposals.toggle_support(ideas[10], woman.id, 300)
        await tx.proposals.toggle_support(ideas[0], women[1].id, 300)
    async with db.read() as tx:
        page = await tx.proposals.published(None, 0, 5)
        assert [p.title for p in page] == [f"Idea {n}" for n in (11, 10, 9, 8, 7)]
        assert [p.supporters for p in page] == [0, 2, 0, 0, 0]
        last = await tx.proposals.published(None, 10, 5)
        assert [(p.title, p.supporters) for p in last] == [("Idea 1", 0), ("Idea 0", 1)]
        reported = await tx.proposals.for_report(105, 250)
        assert [p.title for p in reported] == [f"Idea {n}" for n in range(5, 12)]
    await db.close()


async def test_decisions_keep_their_domains_and_not_yet_joins_the_history_in_order(
    tmp_path: Path,
) -> None:
    db, (author,) = await _db_with_women(tmp_path, 1)
    async with db.transaction() as tx:
        proposal = await tx.proposals.add(author, "Title", "Body", 10)
        await tx.proposals.record(proposal.id, "published", 11, staff_name="Sam")
        await tx.proposals.add_not_yet(
            proposal.id, 2, "Later", "finance", 4, 5, "Sam", 12, ("delivery", "priorities")
        )
        await tx.proposals.record(
            proposal.id, "moved", 13, from_level=1, to_level=2, domains=("design", "language")
        )
    async with db.read() as tx:
        history = await tx.proposals.history(proposal.id)
        (held,) = await tx.proposals.all_not_yet()
        records = await tx.records.history()
    assert [(h.event, h.from_level, h.to_level, h.domains) for h in history] == [
        ("published", None, None, ()),
        ("not_yet", 1, 2, ("delivery", "priorities")),
        ("moved", 1, 2, ("design", "language")),
    ]
    assert history[1].limit_code == "finance" and history[1].reason == "Later"
    assert held.domains == ("delivery", "priorities")
    assert [r.domains for r in records] == [(), ("design", "language")]
    await db.close()


async def test_a_decision_domain_must_be_one_of_the_five_and_goes_with_its_item(
    tmp_path: Path,
) -> None:
    db, (author,) = await _db_with_women(tmp_path, 1)
    async with db.transaction() as tx:
        proposal = await tx.proposals.add(author, "Title", "Body", 10)
        await tx.proposals.record(proposal.id, "closed", 11, domains=("delivery",))
        await tx.proposals.add_not_yet(proposal.id, 2, "Later", None, 4, 5, "Sam", 12, ("design",))
    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as tx:
            await tx.proposals.record(proposal.id, "moved", 13, domains=("budget",))
    async with db.transaction() as tx:
        await tx.participants.delete(author)
    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM decision_domains").fetchone() == (0,)
    await db.close()
