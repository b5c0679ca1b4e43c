"""The report's figures counted by the database match counting every row, at the period's edges
too; and the stories told a slice of items at a time are the stories told all at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.report_rules import (
    ReportPeriod,
    ReportSummary,
    first_moderation,
    refused_items,
    summarise,
    summarise_counted,
    waits,
)
from bot.rules.offline import OfflineCounts, count_offline, tally_offline
from bot.rules.story import count_events
from bot.story import Story, story_slices
from storage.db import Database, Tx
from storage.records import Waits
from tests.prepared import prepared_database

T = 1_000_000

# Three women; feedback and ideas given in the chat and on paper, by phone, in a group; some
# answered, one answered before it was given (a reply to its draft), one never; what a purge
# left behind; supports and votes with their channels; an erasure.
_DATA = f"""
INSERT INTO participants (id, telegram_user_id, pseudonym, language, joined_at, last_seen_at)
VALUES (1, 501, 'P-AAAA', 'en', 0, 0), (2, 502, 'P-BBBB', 'en', 0, 0),
       (3, 503, 'P-CCCC', 'en', 0, 0);
INSERT INTO feedback (id, participant_id, topic, body, created_at, channel)
VALUES (1, 1, 'Groups', 'a', {T}, 'telegram'), (2, 2, 'Groups', 'b', {T + 10}, 'paper'),
       (3, 3, 'Staff', 'c', {T + 20}, 'phone'), (4, 1, 'Staff', 'd', {T + 30}, 'telegram');
INSERT INTO feedback_responses (feedback_id, staff_user_id, body, created_at)
VALUES (1, 9, 'later', {T + 100}), (1, 9, 'first', {T + 50}), (3, 9, 'early', {T + 5}),
       (4, 9, 'after the period', {T + 1000});
INSERT INTO retired_feedback (channel, created_at, first_response_at, responses)
VALUES ('group', {T + 15}, {T + 40}, 1), ('telegram', {T + 25}, NULL, 0);
INSERT INTO proposals (id, author_id, title, body, status, created_at, channel)
VALUES (1, 1, 'One', 'x', 'published', {T}, 'telegram'),
       (2, 2, 'Two', 'x', 'declined', {T + 10}, 'paper'),
       (3, 3, 'Three', 'x', 'published', {T + 20}, 'phone'),
       (4, 1, 'Four', 'x', 'pending', {T + 35}, 'telegram');
INSERT INTO proposal_history (proposal_id, event, from_level, to_level, outcome, limit_code,
                              reason, created_at)
VALUES (1, 'published', NULL, NULL, NULL, NULL, NULL, {T + 60}),
       (2, 'declined', NULL, NULL, NULL, NULL, 'no', {T + 70}),
       (2, 'published', NULL, NULL, NULL, NULL, NULL, {T + 65}),
       (3, 'published', NULL, NULL, NULL, NULL, NULL, {T + 30}),
       (3, 'closed', 1, NULL, 'not_possible', 'law', 'The law', {T + 40});
INSERT INTO retired_proposals (id, proposal_id, status, level, outcome, limit_code, channel,
                               created_at, published_at)
VALUES (1, 90, 'closed', 1, 'not_possible', 'finance', 'other', {T + 5}, {T + 8});
INSERT INTO retired_history (retired_id, event, outcome, limit_code, reason, created_at)
VALUES (1, 'published', NULL, NULL, NULL, {T + 8}),
       (1, 'closed', 'not_possible', 'finance', 'Money', {T + 9});
INSERT INTO supports (proposal_id, participant_id, created_at, channel)
VALUES (1, 2, {T + 12}, 'telegram'), (1, 3, {T + 22}, 'paper'), (3, 1, {T + 30}, 'group');
INSERT INTO polls (id, question, kind, audience, quorum_kind, quorum_value, created_by,
                   opened_at, closes_at, eligible)
VALUES (1, 'q', 'shared', 'all', 'count', 1, 9, {T}, {T + 100}, 3);
INSERT INTO poll_options (poll_id, position, label) VALUES (1, 1, 'a'), (1, 2, 'b');
INSERT INTO poll_voters (poll_id, participant_id) VALUES (1, 1), (1, 2);
INSERT INTO votes (poll_id, participant_id, position, voted_at, channel)
VALUES (1, 1, 1, {T + 11}, 'phone'), (1, 2, 2, {T + 21}, 'telegram');
INSERT INTO erasures (erased_at, staff_id) VALUES ({T + 15}, 9);
"""

# Each edge both ways: a period that starts or ends on a moment something happened holds it.
PERIODS = [
    ReportPeriod(None, T + 2000, "all"),
    ReportPeriod(None, T + 30, "all"),
    ReportPeriod(None, T + 29, "all"),
    ReportPeriod(T, T + 30, "days", 1),
    ReportPeriod(T + 1, T + 29, "days", 1),
    ReportPeriod(T + 10, T + 20, "days", 1),
    ReportPeriod(T + 20, T + 35, "days", 1),
    ReportPeriod(T + 30, T + 30, "days", 1),
    ReportPeriod(T + 3000, T + 4000, "days", 1),
]


@pytest.fixture
async def db(tmp_path: Path) -> Database:
    path = tmp_path / "bot.sqlite3"
    await (await Database.open(path)).close()
    with sqlite3.connect(path) as conn:
        conn.executescript(_DATA)
    return await Database.open(path)


def _seen(waits: Waits) -> tuple[int, list[int], int]:
    # Only medians are taken of the waits: their order does not matter.
    return waits.raised, sorted(waits.answered), waits.waiting


def _same(counted: Waits, expected: Waits) -> None:
    assert _seen(counted) == _seen(expected)


async def _by_rows(tx: Tx, period: ReportPeriod) -> tuple[ReportSummary, OfflineCounts]:
    """The report's figures as they were counted before the database counted them: every
    row of the period read, then counted in Python."""
    start, end = period.start, period.end
    retained = tx.retention
    feedback = [*await tx.records.feedback(start, end), *await retained.feedback_traces()]
    proposals = [*await tx.proposals.for_report(start, end), *await retained.idea_traces()]
    history = [*await tx.records.history(end), *await retained.history_traces()]
    suggestions = [*await tx.records.suggestions(start, end), *await retained.suggestion_traces()]
    summary = summarise(
        period,
        feedback=feedback,
        proposals=proposals,
        history=history,
        suggestions=suggestions,
        polls=await tx.records.polls(),
        not_yet=await tx.proposals.all_not_yet(),
    )
    offline = count_offline(
        period.holds,
        [
            *(("feedback", f.channel, f.created_at) for f in feedback),
            *(("idea", p.channel, p.created_at) for p in proposals),
            *(("support", s.channel, s.created_at) for s in await tx.records.supports(start, end)),
            *(("vote", channel, at) for channel, at in await tx.records.votes_given(start, end)),
        ],
        await tx.participants.erasures(),
    )
    return summary, offline


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}-{p.end}")
async def test_waits_counted_by_the_database_match_counting_the_rows(
    db: Database, period: ReportPeriod
) -> None:
    start, end = period.start, period.end
    async with db.read() as tx:
        retained = tx.retention
        feedback = [*await tx.records.feedback(start, end), *await retained.feedback_traces()]
        proposals = [*await tx.proposals.for_report(start, end), *await retained.idea_traces()]
        history = [*await tx.records.history(end), *await retained.history_traces()]
        moderated = first_moderation(history)
        _same(
            await tx.records.feedback_waits(start, end),
            waits(period, ((f.created_at, f.first_response_at) for f in feedback)),
        )
        _same(
            await tx.records.idea_waits(start, end),
            waits(period, ((p.created_at, moderated.get(p.id)) for p in proposals)),
        )
    await db.close()


async def test_waits_hold_what_was_answered_and_what_still_waits(db: Database) -> None:
    async with db.read() as tx:
        feedback = await tx.records.feedback_waits(T, T + 30)
        ideas = await tx.records.idea_waits(T, T + 30)
        ever = await tx.records.idea_waits(None, T + 2000)
    await db.close()
    # The first answer counts; an answer before the feedback waited no time.
    assert _seen(feedback) == (6, [0, 25, 50, 970], 2)
    # Published on the period's last moment counts, after it not yet; the purged idea's trace
    # counts.
    assert _seen(ideas) == (4, [3, 10], 2)
    # The first step recorded counts (declined at +70), not the earliest (published at +65).
    assert _seen(ever) == (5, [3, 10, 60, 60], 1)


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}-{p.end}")
async def test_the_report_counted_by_the_database_matches_counting_the_rows(
    db: Database, period: ReportPeriod
) -> None:
    start, end = period.start, period.end
    async with db.read() as tx:
        expected, expected_offline = await _by_rows(tx, period)
        history = [*await tx.records.history(end), *await tx.retention.history_traces()]
        summary = summarise_counted(
            period,
            feedback=await tx.records.feedback_waits(start, end),
            ideas=await tx.records.idea_waits(start, end),
            titles=await tx.records.titles(refused_items(period, history)),
            history=history,
            suggestions=[
                *await tx.records.suggestions(start, end),
                *await tx.retention.suggestion_traces(),
            ],
            polls=await tx.records.polls(),
            not_yet=await tx.proposals.all_not_yet(),
        )
        erasures = sum(1 for at in await tx.participants.erasures() if period.holds(at))
        offline = tally_offline(await tx.records.entries_by_channel(start, end), erasures)
    await db.close()
    assert summary == expected
    assert offline == expected_offline


async def test_a_refused_idea_keeps_its_title_and_a_purged_one_has_none(db: Database) -> None:
    period = ReportPeriod(None, T + 2000, "all")
    async with db.read() as tx:
        history = [*await tx.records.history(T + 2000), *await tx.retention.history_traces()]
        refused = refused_items(period, history)
        titles = await tx.records.titles(refused)
    await db.close()
    assert refused == {3, -90}
    assert titles == {3: "Three"}


async def test_offline_entries_are_counted_by_kind_and_channel(db: Database) -> None:
    async with db.read() as tx:
        counted = tally_offline(await tx.records.entries_by_channel(T + 10, T + 22), 1)
    await db.close()
    assert counted.by_kind == {"feedback": 3, "idea": 2, "support": 1, "vote": 1}
    assert counted.by_channel == {"paper": 3, "phone": 3, "group": 1, "other": 0}


async def _sliced(tx: Tx, size: int) -> dict[int, Story]:
    return {
        number: story async for part in story_slices(tx, size) for number, story in part.items()
    }


async def test_stories_told_a_slice_at_a_time_are_the_stories_told_at_once(
    tmp_path: Path,
) -> None:
    prepared = await prepared_database(tmp_path / "bot.sqlite3")
    async with prepared.db.read() as tx:
        whole = await _sliced(tx, 1_000_000)
        for size in (1, 2, 3):
            sliced = await _sliced(tx, size)
            assert list(sliced) == list(whole)
            assert sliced == whole
    await prepared.db.close()
    assert len(whole) == 4 and all(whole.values())
    assert count_events(whole, lambda moment: True)["poll_closed"] == 1
