"""Shared decisions: open a poll, deliver it, take votes, remind, close and announce the result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from bot.notices import notice_html
from bot.outbox import Buttons
from bot.participants import wants_notice
from bot.poll_rules import (
    Quorum,
    Tally,
    enough_voters,
    reminder_due,
    tally,
    verdict,
    votes_needed,
)
from bot.power import record_at_closing
from bot.proposals import evaluate_ladder
from bot.runtime import Runtime
from bot.safeguarding import link_alerts
from bot.texts import Safe
from storage.db import Tx
from storage.polls import Poll, Voter

RECENT_DAYS = 30


@dataclass(frozen=True, slots=True)
class PollDraft:
    """What staff filled in, checked step by step in the conversation."""

    question: str
    options: tuple[str, ...]
    closes_at: int
    quorum: Quorum
    audience: str  # all | proposal
    proposal_id: int | None
    kind: str  # advisory | shared
    limits: str
    domains: tuple[str, ...]  # at least one of bot.rules.domains.DOMAINS


class VoteOutcome(Enum):
    RECORDED = "recorded"
    CHANGED = "changed"
    SAME = "same"
    CLOSED = "closed"
    NOT_ELIGIBLE = "not_eligible"
    INVALID = "invalid"


def _when(rt: Runtime, timestamp: int, language: str = "en") -> str:
    return rt.texts.when(timestamp, rt.settings.zone, "long", language)


def quorum_of(poll: Poll) -> Quorum:
    return Quorum(poll.quorum_kind, poll.quorum_value)


def _wants(voter: Voter) -> bool:
    """Poll news is hers when the poll is about an idea she is part of."""
    return wants_notice(voter.notify, her_own=voter.involved)


def _card(
    rt: Runtime,
    language: str,
    number: object,
    question: str,
    kind: str,
    closes_at: int,
    limits: str,
    choice: str | None,
) -> Safe:
    parts = [
        rt.texts(
            "polls.card",
            language,
            number=number,
            question=question,
            kind=rt.texts(f"polls.kind_{kind}", language),
            closes=_when(rt, closes_at, language),
        )
    ]
    if limits:
        parts.append(rt.texts("polls.card_limits", language, limits=limits))
    if choice is not None:
        parts.append(rt.texts("polls.card_choice", language, option=choice))
    return Safe("\n\n".join(parts))


def render_poll(rt: Runtime, poll: Poll, language: str, choice: int | None = None) -> Safe:
    """The poll as a woman sees it (results stay hidden until it closes)."""
    label = next((o.label for o in poll.options if o.position == choice), None)
    return _card(
        rt, language, poll.id, poll.question, poll.kind, poll.closes_at, poll.limits, label
    )


def render_draft(rt: Runtime, draft: PollDraft, language: str) -> Safe:
    """The card staff preview before the poll opens (its number is not known yet)."""
    return _card(
        rt, language, "…", draft.question, draft.kind, draft.closes_at, draft.limits, None
    )


def vote_buttons(rt: Runtime, poll: Poll, language: str, choice: int | None = None) -> Buttons:
    rows: list[list[tuple[str, str]]] = [
        [
            (
                ("✓ " if option.position == choice else "") + option.label,
                f"vote:{poll.id}:{option.position}",
            )
        ]
        for option in poll.options
    ]
    if choice is not None:
        rows.append([(rt.texts("polls.button_reason", language), f"vrs:{poll.id}")])
    return rows


async def _eligible(rt: Runtime, tx: Tx, audience: str, proposal_id: int | None) -> list[int]:
    if audience == "proposal" and proposal_id is not None:
        return [woman.participant_id for woman in await tx.proposals.involved(proposal_id)]
    return [woman.id for woman in await tx.participants.active()]


class PollRefused(Enum):
    """Why a poll was not opened."""

    GONE = "gone"  # the idea it was about no longer exists
    TOO_FEW = "too_few"  # so few could vote that the counts would show how each one voted


async def create_poll(rt: Runtime, draft: PollDraft, staff_id: int) -> Poll | PollRefused:
    """Open the poll and queue it to every eligible woman, or say why it can't be opened."""
    now = rt.now()
    async with rt.db.transaction() as tx:
        if draft.proposal_id is not None and await tx.proposals.by_id(draft.proposal_id) is None:
            return PollRefused.GONE
        voters = await _eligible(rt, tx, draft.audience, draft.proposal_id)
        if not enough_voters(len(voters)):
            return PollRefused.TOO_FEW
        poll = await tx.polls.add(
            question=draft.question,
            kind=draft.kind,
            limits=draft.limits,
            audience=draft.audience,
            proposal_id=draft.proposal_id,
            quorum_kind=draft.quorum.kind,
            quorum_value=draft.quorum.value,
            created_by=staff_id,
            opened_at=now,
            closes_at=draft.closes_at,
            options=draft.options,
            voters=voters,
            domains=draft.domains,
        )
        for voter in await tx.polls.voters(poll.id):
            if _wants(voter):
                await rt.outbox.queue(
                    tx,
                    voter.telegram_user_id,
                    notice_html(rt.texts, voter.language, render_poll(rt, poll, voter.language)),
                    participant_id=voter.participant_id,
                    buttons=vote_buttons(rt, poll, voter.language),
                )
        for staff_chat in rt.staff_chats():
            await rt.outbox.queue(
                tx,
                staff_chat,
                rt.texts(
                    "polls.staff_opened",
                    number=poll.id,
                    question=poll.question,
                    eligible=poll.eligible,
                    closes=_when(rt, poll.closes_at),
                ),
            )
    return poll


async def cast_vote(
    rt: Runtime, participant_id: int, poll_id: int, position: int
) -> tuple[VoteOutcome, Poll | None]:
    """Record or change her vote, checked against the database on every press."""
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        if poll is None or position not in {o.position for o in poll.options}:
            return VoteOutcome.INVALID, poll
        if not await tx.polls.is_voter(poll_id, participant_id):
            return VoteOutcome.NOT_ELIGIBLE, poll
        if not poll.is_open or poll.closes_at <= rt.now():
            return VoteOutcome.CLOSED, poll
        before = await tx.polls.my_vote(poll_id, participant_id)
        if before == position:
            return VoteOutcome.SAME, poll
        await tx.polls.vote(poll_id, participant_id, position, rt.now())
    return (VoteOutcome.RECORDED if before is None else VoteOutcome.CHANGED), poll


async def give_reason(
    rt: Runtime, participant_id: int, poll_id: int, reason: str, *, alerts: Sequence[int] = ()
) -> bool:
    """Her optional reason, kept with her vote while the poll is open; any safeguarding alert
    raised while she wrote it (`alerts`) now shows the poll's number."""
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        if poll is None or not poll.is_open:
            return False
        saved = await tx.polls.set_reason(poll_id, participant_id, reason)
        if saved:
            await link_alerts(rt, tx, alerts, participant_id, "poll", poll_id)
        return saved


async def my_vote(
    rt: Runtime, participant_id: int, poll_id: int
) -> tuple[Poll | None, int | None]:
    async with rt.db.read() as tx:
        return await tx.polls.by_id(poll_id), await tx.polls.my_vote(poll_id, participant_id)


async def open_polls_for(rt: Runtime, participant_id: int) -> list[tuple[Poll, int | None]]:
    async with rt.db.read() as tx:
        return [
            (poll, await tx.polls.my_vote(poll.id, participant_id))
            for poll in await tx.polls.open_for(participant_id)
        ]


@dataclass(frozen=True, slots=True)
class PollSummary:
    """A recent poll in staff's /polls list, with its turnout and the votes its quorum needs."""

    poll: Poll
    turnout: int  # live while open, frozen once closed
    needed: int


async def recent_polls(rt: Runtime) -> list[PollSummary]:
    """Open polls with turnout only, and recently closed ones with their results."""
    async with rt.db.read() as tx:
        polls = await tx.polls.recent(rt.now() - RECENT_DAYS * 86400)
        return [
            PollSummary(
                poll,
                poll.turnout if poll.turnout is not None else await tx.polls.turnout(poll.id),
                votes_needed(quorum_of(poll), poll.eligible),
            )
            for poll in polls
        ]


def result_text(rt: Runtime, poll: Poll, result: Tally, language: str) -> Safe:
    """Counts per option, turnout, quorum and the decision, in plain words."""
    lines = [
        rt.texts(
            "polls.result_option",
            language,
            option=option.label,
            votes=result.counts.get(option.position, 0),
        )
        for option in poll.options
    ]
    kind, winner = verdict(result.quorum_met, result.winner, poll.labels)
    if kind == "winner":
        kind = "shared" if poll.kind == "shared" else "advisory"
    elif kind == "tie" and poll.kind != "shared":
        # Only a shared decision gets a next step from staff; an advisory tie promises none.
        kind = "tie_advisory"
    decided = rt.texts(f"polls.verdict_{kind}", language, needed=result.needed, option=winner)
    return rt.texts(
        "polls.result",
        language,
        number=poll.id,
        question=poll.question,
        options=Safe("\n".join(lines)),
        turnout=result.turnout,
        eligible=poll.eligible,
        verdict=decided,
    )


async def close_poll(rt: Runtime, poll_id: int, staff_id: int | None) -> Poll | None:
    """Close once: freeze the tally, announce it, and let the ladder rules see it.

    Returns the closed poll, or None when there is no such open poll (closing twice, or a
    scheduled close racing a staff close, does nothing the second time).
    """
    now = rt.now()
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        if poll is None or not poll.is_open:
            return None
        result = tally(
            [o.position for o in poll.options],
            await tx.polls.counts(poll_id),
            quorum_of(poll),
            poll.eligible,
        )
        closed = await tx.polls.close(
            poll_id, now, result.counts, result.turnout, result.quorum_met, result.winner, staff_id
        )
        if not closed:
            return None
        poll = await tx.polls.by_id(poll_id)
        assert poll is not None
        for voter in await tx.polls.voters(poll_id):
            if _wants(voter):
                await rt.outbox.queue(
                    tx,
                    voter.telegram_user_id,
                    notice_html(
                        rt.texts, voter.language, result_text(rt, poll, result, voter.language)
                    ),
                    participant_id=voter.participant_id,
                )
        for staff_chat in rt.staff_chats():
            await rt.outbox.queue(tx, staff_chat, result_text(rt, poll, result, "en"))
        await record_at_closing(rt, tx, poll)
        if poll.proposal_id is not None:
            await evaluate_ladder(rt, tx, poll.proposal_id)
    return poll


async def send_reminders(rt: Runtime, now: int) -> None:
    """Once per poll, remind the eligible women who have not voted yet."""
    async with rt.db.transaction() as tx:
        for poll in await tx.polls.awaiting_reminder():
            if not reminder_due(poll.opened_at, poll.closes_at, now):
                continue
            await tx.polls.mark_reminded(poll.id, now)
            for voter in await tx.polls.voters(poll.id, only_without_vote=True):
                if _wants(voter):
                    await rt.outbox.queue(
                        tx,
                        voter.telegram_user_id,
                        notice_html(
                            rt.texts,
                            voter.language,
                            rt.texts(
                                "polls.reminder",
                                voter.language,
                                number=poll.id,
                                question=poll.question,
                                closes=_when(rt, poll.closes_at, voter.language),
                            ),
                        ),
                        participant_id=voter.participant_id,
                        buttons=vote_buttons(rt, poll, voter.language),
                    )


async def close_due_polls(rt: Runtime, now: int) -> None:
    """Close every poll whose time has come (also those that fell due while the bot was down)."""
    async with rt.db.read() as tx:
        due = [poll.id for poll in await tx.polls.due_to_close(now)]
    for poll_id in due:
        await close_poll(rt, poll_id, None)
