"""An item's story assembled from its rows: in order, complete for staff, and for a woman
without staff names, other women's pseudonyms or anything sealed before a poll closes."""

from __future__ import annotations

from bot.rules.story import StoryEvent, StoryRows, assemble_story, count_events
from storage.codesign import Comment, Draft
from storage.delivery import Review, RoleHeld
from storage.polls import Poll, PollOption
from storage.power import NextStep, PowerRecord
from storage.proposals import HistoryEntry, Proposal

AUTHOR, OTHER = 7, 8


def _idea(**fields: object) -> Proposal:
    values: dict[str, object] = {
        "id": 3, "author_id": AUTHOR, "author_pseudonym": "P-7KQ2", "title": "Peer group",
        "body": "Run by women", "status": "published", "level": 2, "outcome": "open",
        "limit_code": None, "explanation": None, "created_at": 100, "published_at": 110,
        "supporters": 6, "volunteers": 3,
    }  # fmt: skip
    values.update(fields)
    return Proposal(**values)  # type: ignore[arg-type]


def _entry(n: int, event: str, at: int, **fields: object) -> HistoryEntry:
    values: dict[str, object] = {
        "from_level": None, "to_level": None, "outcome": None, "limit_code": None,
        "staff_name": "Sam", "evidence": None, "reason": None,
    }  # fmt: skip
    values.update(fields)
    return HistoryEntry(id=n, event=event, created_at=at, **values)  # type: ignore[arg-type]


def _poll(closed_at: int | None, winner: int | None) -> Poll:
    return Poll(
        11, "Which evening?", "shared", "", "proposal", 3, "count", 2, 900001, 400, 700, None,
        closed_at, 6, None if closed_at is None else 5, None if closed_at is None else True,
        winner, (PollOption(1, "Tuesday", None), PollOption(2, "Saturday", None)),
        ("delivery",),
    )  # fmt: skip


def _sealed(closed_at: int | None, **fields: object) -> PowerRecord:
    values: dict[str, object] = {
        "poll_id": 11, "staff_choice": 2, "sealed_by": "Sam", "sealed_at": 450,
        "women_choice": None, "verdict": None, "followed": None, "limit_code": None,
        "explanation": None, "decided_by": None, "decided_at": None, "closed_at": closed_at,
    }  # fmt: skip
    values.update(fields)
    return PowerRecord(**values)  # type: ignore[arg-type]


def _rows(closed: bool) -> StoryRows:
    history = [
        _entry(1, "submitted", 100, staff_name=None),
        _entry(2, "published", 110),
        _entry(3, "not_yet", 200, from_level=1, to_level=2, reason="After summer",
               limit_code="finance", domains=("priorities",)),
        _entry(4, "moved", 300, from_level=1, to_level=2, evidence="6 supporters of 25",
               reason="Many asked", domains=("design", "language")),
    ]  # fmt: skip
    drafts = [
        Draft(21, 3, 1, "Tuesdays", None, None, None, "volunteers", "Sam", 320, 2),
        Draft(22, 3, 2, "Open Door", None, None, "The name", "volunteers", "Sam", 360, 0),
    ]  # fmt: skip
    comments = [
        Comment(31, 21, 1, AUTHOR, "P-7KQ2", "suggestion", "Call it Open Door", 330, "taken",
                None, None, 22),
        Comment(32, 21, 1, OTHER, "P-9ZZ9", "suggestion", "Free taxis", 340, "not_taken",
                "No budget", "finance", 22),
    ]  # fmt: skip
    if closed:
        record = _sealed(
            700, women_choice=1, verdict="differed", followed="followed",
            explanation="Tuesdays it is", decided_by="Ana", decided_at=720,
        )  # fmt: skip
        return StoryRows(_idea(), history, drafts, comments, [_poll(700, 1)], {11: record})
    return StoryRows(_idea(), history, drafts, comments, [_poll(None, None)], {11: _sealed(None)})


def test_staff_read_the_whole_path_in_order_with_names_evidence_domains_and_power() -> None:
    story = assemble_story(_rows(closed=True), staff=True)
    assert [e.kind for e in story] == [
        "origin", "published", "not_yet", "moved", "draft", "draft", "poll_opened",
        "poll_closed", "followed",
    ]  # fmt: skip
    origin, published, not_yet, moved, first, second, opened, closed, followed = story
    assert (origin.origin, origin.author, origin.yours) == ("idea", "P-7KQ2", False)
    assert (published.level, published.power, published.staff_name) == (1, None, "Sam")
    assert (not_yet.from_level, not_yet.limit_code, not_yet.domains) == (
        1,
        "finance",
        ("priorities",),
    )
    assert (moved.level, moved.evidence, moved.domains, moved.power) == (
        2, "6 supporters of 25", ("design", "language"), "staff",
    )  # fmt: skip
    assert (first.number, first.comments, first.taken, first.not_taken) == (1, 2, 0, 0)
    assert (second.number, second.text, second.taken, second.not_taken, second.limits) == (
        2, "The name", 1, 1, ("finance",),
    )  # fmt: skip
    assert (opened.power, opened.domains, opened.preferred) == (
        "shared",
        ("delivery",),
        "Saturday",
    )
    assert (closed.option, closed.preferred, closed.verdict, closed.turnout) == (
        "Tuesday", "Saturday", "differed", 5,
    )  # fmt: skip
    assert (followed.followed, followed.reason, followed.staff_name) == (
        "followed", "Tuesdays it is", "Ana",
    )  # fmt: skip


def test_a_woman_reads_no_names_and_nothing_sealed_while_the_poll_is_open() -> None:
    story = assemble_story(_rows(closed=False), staff=False, reader=OTHER)
    assert all(event.staff_name is None and event.author is None for event in story)
    assert all(event.preferred is None for event in story)
    assert story[0].yours is False
    assert story[-1].kind == "poll_opened"  # still open: no result, no record
    staff_view = assemble_story(_rows(closed=False), staff=True)
    assert staff_view[-1].preferred == "Saturday"  # staff see their own sealed preference


def test_after_closing_a_woman_reads_what_the_service_preferred_and_did() -> None:
    story = assemble_story(_rows(closed=True), staff=False, reader=AUTHOR)
    assert story[0].yours is True and story[0].author is None
    opened = next(e for e in story if e.kind == "poll_opened")
    closed = next(e for e in story if e.kind == "poll_closed")
    assert opened.preferred is None
    assert (closed.preferred, closed.option, closed.verdict) == ("Saturday", "Tuesday", "differed")
    followed = story[-1]
    assert followed.kind == "followed" and followed.staff_name is None


def test_a_staff_plan_tells_what_was_already_decided_and_a_tie_its_next_step() -> None:
    plan = _idea(author_id=None, author_pseudonym="", origin="plan", already_decided="In A5",
                 decided_limit="finance")  # fmt: skip
    history = [_entry(1, "published", 100, to_level=2, limit_code="finance",
                      domains=("design",))]  # fmt: skip
    tie = _poll(700, None)
    step = NextStep(11, "decided", None, 2, "The room is free then", "Sam", 710)
    story = assemble_story(
        StoryRows(plan, history, polls=[tie], next_steps={11: step}), staff=True
    )
    origin, published, _, closed, decided = story
    assert (origin.origin, origin.author, origin.text, origin.limit_code) == (
        "plan", None, "In A5", "finance",
    )  # fmt: skip
    assert (published.level, published.domains, published.power) == (2, ("design",), "staff")
    assert closed.option is None and closed.verdict is None
    assert (decided.step, decided.option, decided.reason, decided.power) == (
        "decided", "Saturday", "The room is free then", "staff",
    )  # fmt: skip


def test_events_are_counted_by_kind_within_the_period() -> None:
    stories = {
        3: assemble_story(_rows(closed=True), staff=True),
        4: (StoryEvent(at=50, kind="origin"), StoryEvent(at=310, kind="moved")),
    }
    counts = count_events(stories, lambda moment: 150 <= moment <= 720)
    assert counts == {
        "not_yet": 1, "moved": 2, "draft": 2, "poll_opened": 1, "poll_closed": 1,
        "followed": 1,
    }  # fmt: skip


def test_stages_roles_and_the_review_join_the_story_and_a_woman_reads_no_other_name() -> None:
    history = [
        _entry(1, "published", 100),
        _entry(2, "stage", 500, stage="plan"),
        _entry(3, "reviewed", 900, evidence="asked 4"),  # the review itself tells it
    ]
    roles = [
        RoleHeld(3, "plan", "reviewer", AUTHOR, "P-7KQ2", 510),
        RoleHeld(3, "plan", "designer", OTHER, "P-9ZZ9", 520),
    ]
    review = Review(1, 3, 800, "Sam", 800, 880, 900, 4, 2, 1, 0, 1)
    rows = StoryRows(_idea(), history, roles=roles, review=review)
    staff_view = assemble_story(rows, staff=True)
    assert [(e.kind, e.text, e.option, e.author) for e in staff_view[2:]] == [
        ("stage", "plan", None, None),
        ("role", "plan", "reviewer", "P-7KQ2"),
        ("role", "plan", "designer", "P-9ZZ9"),
        ("review_asked", None, None, None),
        ("review_closed", None, None, None),
    ]
    closed = staff_view[-1]
    assert (closed.eligible, closed.yes, closed.partly, closed.no, closed.comments) == (
        4, 2, 1, 0, 1,
    )  # fmt: skip
    hers = assemble_story(rows, staff=False, reader=AUTHOR)
    assert [(e.kind, e.yours, e.author) for e in hers if e.kind == "role"] == [
        ("role", True, None),
        ("role", False, None),
    ]
    planned = assemble_story(
        StoryRows(_idea(), history[:2], review=Review(1, 3, 800, "Sam", None, None, None,
                                                      None, None, None, None, None)),
        staff=False,
    )  # fmt: skip
    assert planned[-1].kind == "review_planned" and planned[-1].at == 800
