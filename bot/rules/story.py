"""An item's story: its whole path, assembled from its rows, as staff or a woman may see it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from storage.codesign import Comment, Draft
from storage.delivery import Review, RoleHeld
from storage.polls import Poll
from storage.power import NextStep, PowerRecord
from storage.proposals import HistoryEntry, Proposal


@dataclass(frozen=True, slots=True)
class StoryRows:
    """Everything stored about one item that its story tells."""

    proposal: Proposal
    history: Sequence[HistoryEntry]
    drafts: Sequence[Draft] = ()
    comments: Sequence[Comment] = ()
    polls: Sequence[Poll] = ()
    power: Mapping[int, PowerRecord] = field(default_factory=dict)  # by poll
    next_steps: Mapping[int, NextStep] = field(default_factory=dict)  # by poll
    roles: Sequence[RoleHeld] = ()  # roles women hold at its co-delivery stages
    review: Review | None = None  # "did it work?"


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One step of the story. `kind` says which fields mean something:

    origin (origin, author, yours, channel, number: the feedback), published, declined, moved,
    not_yet, closed (staff decisions: level, from_level, outcome, evidence, reason, limit_code,
    domains, power), draft (number: the version, text: what changed, comments, taken,
    not_taken, limits), poll_opened (number, text: the question, power, domains, closes_at,
    preferred), poll_closed (turnout, eligible, quorum_met, option: what women chose, preferred,
    verdict), followed (followed, limit_code, reason), next_step (step, option, number: the
    poll run again, reason), stage (text: the stage reached), role (text: the stage, option:
    the role, author, yours), review_planned, review_asked, review_closed (eligible: asked,
    yes, partly, no, comments).
    """

    at: int
    kind: str
    level: int | None = None
    from_level: int | None = None
    outcome: str | None = None
    evidence: str | None = None
    reason: str | None = None
    limit_code: str | None = None
    domains: tuple[str, ...] = ()
    power: str | None = None  # who held decision power: staff, shared (a poll), advisory
    staff_name: str | None = None  # staff only
    origin: str | None = None
    author: str | None = None  # a pseudonym, for staff only
    yours: bool = False  # the woman reading is its author
    channel: str | None = None
    number: int | None = None
    text: str | None = None
    option: str | None = None
    preferred: str | None = None  # the service's sealed preference: never before closing
    verdict: str | None = None
    followed: str | None = None
    step: str | None = None
    turnout: int | None = None
    eligible: int | None = None
    quorum_met: bool | None = None
    closes_at: int | None = None
    comments: int = 0
    taken: int = 0
    not_taken: int = 0
    limits: tuple[str, ...] = ()
    yes: int = 0
    partly: int = 0
    no: int = 0


DECISIONS = ("published", "declined", "moved", "not_yet", "closed")


def _from_history(entry: HistoryEntry, level: int) -> StoryEvent | None:
    if entry.event == "stage":
        return StoryEvent(
            at=entry.created_at,
            kind="stage",
            level=level,
            text=entry.stage,
            staff_name=entry.staff_name,
        )
    if entry.event not in DECISIONS:
        return None  # "submitted": the origin tells it; "reviewed": the review does
    decided = entry.event != "published" or bool(entry.domains)
    return StoryEvent(
        at=entry.created_at,
        kind=entry.event,
        level=entry.to_level if entry.event == "moved" else level,
        from_level=entry.from_level,
        outcome=entry.outcome,
        evidence=entry.evidence,
        reason=entry.reason,
        limit_code=entry.limit_code,
        domains=entry.domains,
        power="staff" if decided else None,
        staff_name=entry.staff_name,
    )


def _drafts(drafts: Sequence[Draft], comments: Sequence[Comment]) -> list[StoryEvent]:
    events = []
    for draft in drafts:
        settled = [c for c in comments if c.decided_in == draft.id]
        not_taken = [c for c in settled if c.outcome == "not_taken"]
        events.append(
            StoryEvent(
                at=draft.created_at,
                kind="draft",
                number=draft.version,
                text=draft.changes,
                comments=sum(1 for c in comments if c.draft_id == draft.id),
                taken=sum(1 for c in settled if c.outcome == "taken"),
                not_taken=len(not_taken),
                limits=tuple(sorted({c.limit_code for c in not_taken if c.limit_code})),
                staff_name=draft.staff_name,
            )
        )
    return events


def _polls(
    polls: Sequence[Poll], power: Mapping[int, PowerRecord], steps: Mapping[int, NextStep]
) -> list[StoryEvent]:
    events = []
    for poll in polls:
        record = power.get(poll.id)
        labels = poll.labels
        preferred = labels.get(record.staff_choice) if record else None
        events.append(
            StoryEvent(
                at=poll.opened_at,
                kind="poll_opened",
                number=poll.id,
                text=poll.question,
                power="shared" if poll.kind == "shared" else "advisory",
                domains=poll.domains,
                closes_at=poll.closes_at,
                preferred=preferred,  # sealed: staff only while the poll is open
            )
        )
        if poll.closed_at is None:
            continue
        events.append(
            StoryEvent(
                at=poll.closed_at,
                kind="poll_closed",
                number=poll.id,
                text=poll.question,
                power="shared" if poll.kind == "shared" else "advisory",
                turnout=poll.turnout,
                eligible=poll.eligible,
                quorum_met=poll.quorum_met,
                option=labels.get(poll.winner) if poll.winner is not None else None,
                preferred=preferred,
                verdict=record.verdict if record else None,
            )
        )
        if record is not None and record.followed and record.decided_at is not None:
            events.append(
                StoryEvent(
                    at=record.decided_at,
                    kind="followed",
                    number=poll.id,
                    followed=record.followed,
                    limit_code=record.limit_code,
                    reason=record.explanation,
                    staff_name=record.decided_by,
                    power="shared",
                )
            )
        step = steps.get(poll.id)
        if step is not None:
            events.append(
                StoryEvent(
                    at=step.decided_at,
                    kind="next_step",
                    number=step.new_poll_id if step.step == "again" else poll.id,
                    step=step.step,
                    option=labels.get(step.option) if step.option is not None else None,
                    reason=step.reason,
                    staff_name=step.decided_by,
                    power="staff" if step.step == "decided" else None,
                )
            )
    return events


def _delivery(
    roles: Sequence[RoleHeld], review: Review | None, reader: int | None
) -> list[StoryEvent]:
    """Roles women took at each stage, and the review: planned, asked, and what it found."""
    events = [
        StoryEvent(
            at=role.taken_at,
            kind="role",
            text=role.stage,
            option=role.role,
            author=role.pseudonym,
            yours=reader is not None and role.participant_id == reader,
        )
        for role in roles
    ]
    if review is None:
        return events
    if review.sent_at is None:
        events.append(StoryEvent(at=review.review_at, kind="review_planned"))
        return events
    events.append(StoryEvent(at=review.sent_at, kind="review_asked"))
    if review.closed_at is not None:
        events.append(
            StoryEvent(
                at=review.closed_at,
                kind="review_closed",
                eligible=review.asked,
                yes=review.yes or 0,
                partly=review.partly or 0,
                no=review.no or 0,
                comments=review.comments or 0,
            )
        )
    return events


def _for_a_woman(event: StoryEvent) -> StoryEvent:
    """What a woman may read: no staff names, no other woman's pseudonym, and the service's
    sealed preference only in the result of a closed poll."""
    hidden = replace(event, staff_name=None, author=None)
    if event.kind == "poll_opened":
        hidden = replace(hidden, preferred=None)
    return hidden


def assemble_story(
    rows: StoryRows, *, staff: bool, reader: int | None = None
) -> tuple[StoryEvent, ...]:
    """The item's path in the order it happened: where it came from, each level with its date
    and evidence, each draft, each decision with its domains and who held the power, each
    poll with the power-sharing record, any limit that applied, each co-delivery stage, the
    roles women took and the review.

    `staff` sees everything; a woman (`reader`, her participant id) sees no staff names, no
    other woman's pseudonym, and nothing sealed before a poll closes.
    """
    proposal = rows.proposal
    events: list[StoryEvent] = [
        StoryEvent(
            at=proposal.created_at,
            kind="origin",
            origin=proposal.origin,
            author=proposal.author_pseudonym or None,
            yours=reader is not None and proposal.author_id == reader,
            channel=proposal.channel,
            number=proposal.feedback_id,
            text=proposal.already_decided,
            limit_code=proposal.decided_limit,
        )
    ]
    level = 1
    for entry in sorted(rows.history, key=lambda h: h.created_at):
        if entry.event == "published" and entry.to_level:
            level = entry.to_level
        event = _from_history(entry, level)
        if entry.event == "moved" and entry.to_level:
            level = entry.to_level
        if event is not None:
            events.append(event)
    events.extend(_drafts(rows.drafts, rows.comments))
    events.extend(_polls(rows.polls, rows.power, rows.next_steps))
    events.extend(_delivery(rows.roles, rows.review, reader))
    ordered = sorted(enumerate(events), key=lambda pair: (pair[1].at, pair[0]))
    story = tuple(event for _, event in ordered)
    return story if staff else tuple(_for_a_woman(event) for event in story)


def count_events(
    stories: Mapping[int, Sequence[StoryEvent]], holds: Callable[[int], bool]
) -> dict[str, int]:
    """How many events of each kind happened in a period (`holds(moment)`), over all items.
    What the service did after a poll counts as `followed` or `not_followed`; a next step as
    `next_again` or `next_decided`."""
    counts: dict[str, int] = {}
    for story in stories.values():
        for event in story:
            if not holds(event.at):
                continue
            kind = event.kind
            if kind == "followed":
                kind = event.followed or kind
            elif kind == "next_step":
                kind = f"next_{event.step}"
            counts[kind] = counts.get(kind, 0) + 1
    return counts
