"""Peer-led proposals: submit, moderate, support, volunteer, and staff decisions on the ladder."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from bot.ladder import (
    CLOSING_OUTCOMES,
    LIMIT_CODES,
    LadderFacts,
    Level,
    PollResult,
    Suggestion,
    active_since,
    can_move,
    closing_outcomes,
    decisive_poll,
    suggest,
    support_threshold,
)
from bot.notices import notice_html
from bot.participants import wants_notice
from bot.rules.domains import valid_choice
from bot.rules.resuggest import resuggest_due
from bot.rules.stages import FINISHED, has_stages
from bot.runtime import Runtime
from bot.safeguarding import link_alerts
from storage.db import Tx
from storage.feedback import Voice
from storage.proposals import HistoryEntry, LadderSuggestion, Proposal

PAGE_SIZE = 5
# Staff lists go out a page at a time, so a long queue is a few messages, never a burst.
STAFF_PAGE_SIZE = 5
# Published ideas a page of /proposals lists (one line each).
LIST_PAGE_SIZE = 20


class TextKey(str):
    """A text key to render in each recipient's language (not a value to show as is)."""

    __slots__ = ()


class Outcome(Enum):
    """What became of a request; handlers turn each into a text."""

    DONE = "done"
    DONE_QUIETLY = "done_quietly"  # done, and she chose to get no messages, so none was sent
    DONE_OFFLINE = "done_offline"  # done; she gave it offline and has no chat, staff tell her
    UNDONE = "undone"  # a support or volunteering withdrawn
    MISSING = "missing"
    ALREADY = "already"  # decided or moderated before this press
    NOT_OPEN = "not_open"
    OWN = "own"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Who acted; the name is what staff see of each other in histories, never women."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Page:
    """One page of published ideas as a woman browses them, at one level or all."""

    items: list[Proposal]
    level: int | None
    page: int
    pages: int


async def submit_proposal(
    rt: Runtime,
    author_id: int,
    title: str,
    body: str,
    voice: Voice | None = None,
    *,
    alerts: Sequence[int] = (),
) -> Proposal:
    """Store her idea as pending moderation and tell the staff chat it is waiting; any
    safeguarding alert raised while she wrote it (`alerts`) now shows its number."""
    async with rt.db.transaction() as tx:
        idea = await queue_new_idea_notice(rt, tx, author_id, title, body, "telegram", voice)
        await link_alerts(rt, tx, alerts, author_id, "idea", idea.id)
    return idea


async def queue_new_idea_notice(
    rt: Runtime,
    tx: Tx,
    author_id: int,
    title: str,
    body: str,
    channel: str,
    voice: Voice | None = None,
) -> Proposal:
    """Inside the caller's transaction: the idea, pending moderation, and the staff chat told."""
    now = rt.now()
    proposal = await tx.proposals.add(author_id, title, body, now, channel, voice)
    await tx.proposals.record(proposal.id, "submitted", now, to_level=Level.CONSULTATION)
    for staff_chat in rt.staff_chats():
        await rt.outbox.queue(
            tx,
            staff_chat,
            rt.texts("proposals.staff_new", number=proposal.id, title=title),
            protect=True,  # her title: staff cannot forward or save it
            quotes=[author_id],
        )
    return proposal


async def pending_proposals(rt: Runtime, page: int = 0) -> tuple[list[Proposal], int]:
    """One page of the moderation queue, oldest first, and how many wait in all."""
    async with rt.db.read() as tx:
        items = await tx.proposals.pending(STAFF_PAGE_SIZE, page * STAFF_PAGE_SIZE)
        return items, await tx.proposals.count_pending()


async def moderate(
    rt: Runtime,
    proposal_id: int,
    staff: StaffMember,
    *,
    publish: bool,
    reason: str | None,
    limit_code: str | None = None,
    domains: Sequence[str] = (),
) -> tuple[Outcome, Proposal | None]:
    """Publish or decline a pending proposal and tell its author (the reason, and the limit
    where one applies). A decline is a decision: it says what it decides about (`domains`)."""
    if limit_code is not None and (publish or limit_code not in LIMIT_CODES):
        return Outcome.INVALID, None
    # Publishing only lets other women see it; a decline decides, so it names its domains.
    fits = not domains if publish else valid_choice(domains)
    if not fits:
        return Outcome.INVALID, None
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return Outcome.MISSING, None
        if proposal.status != "pending":
            return Outcome.ALREADY, proposal
        status = "published" if publish else "declined"
        await tx.proposals.set_status(proposal_id, status, now, limit_code)
        await tx.proposals.record(
            proposal_id,
            status,
            now,
            staff_id=staff.id,
            staff_name=staff.name,
            reason=reason,
            limit_code=limit_code,
            domains=domains,
        )
        author = (
            await tx.participants.by_id(proposal.author_id)
            if proposal.author_id is not None
            else None
        )
        if author is not None and author.offline:
            return Outcome.DONE_OFFLINE, proposal
        if author is None or not wants_notice(author.notify, her_own=True):
            return Outcome.DONE_QUIETLY, proposal
        key = "proposals.you_published" if publish else "proposals.you_declined"
        if limit_code is not None:
            key = "proposals.you_declined_limit"
        limit = rt.texts(f"ladder.limit_{limit_code}", author.language) if limit_code else ""
        await rt.outbox.queue(
            tx,
            author.telegram_user_id,
            notice_html(
                rt.texts,
                author.language,
                rt.texts(
                    key, author.language, title=proposal.title, reason=reason or "", limit=limit
                ),
            ),
            participant_id=author.id,
            protect=True,
        )
    return Outcome.DONE, proposal


async def browse(rt: Runtime, level: int | None, page: int) -> Page:
    """Published proposals, newest first, PAGE_SIZE at a time."""
    async with rt.db.read() as tx:
        total = await tx.proposals.count_published(level)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        items = await tx.proposals.published(level, page * PAGE_SIZE, PAGE_SIZE)
    return Page(items, level, page, pages)


@dataclass(frozen=True, slots=True)
class ProposalView:
    """An idea as one reader sees it: its history, and whether she supports it or volunteered."""

    proposal: Proposal
    history: list[HistoryEntry]
    supports: bool
    volunteers: bool
    stages_running: bool = False  # at co-production, its stages not finished: roles open


async def view_proposal(
    rt: Runtime, proposal_id: int, participant_id: int | None = None, *, staff: bool = False
) -> ProposalView | None:
    """One proposal as a woman may see it (published only) or as staff see it (any)."""
    async with rt.db.read() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return None
        if not staff and proposal.status != "published" and proposal.author_id != participant_id:
            return None
        history = await tx.proposals.history(proposal_id)
        supports = volunteers = False
        if participant_id is not None:
            supports = await tx.proposals.supports(proposal_id, participant_id)
            volunteers = await tx.proposals.volunteers(proposal_id, participant_id)
        stage = await tx.delivery.current_stage(proposal_id)
    running = has_stages(proposal.status, proposal.level, proposal.outcome) and stage != FINISHED
    return ProposalView(proposal, history, supports, volunteers, running)


async def my_proposals(rt: Runtime, participant_id: int) -> list[Proposal]:
    async with rt.db.read() as tx:
        return await tx.proposals.by_author(participant_id)


async def staff_list(rt: Runtime, level: int | None, page: int = 0) -> tuple[list[Proposal], int]:
    """One page of published ideas, newest first, optionally at one level; and how many there
    are in all. The database picks the page, so it costs the same however many there are."""
    async with rt.db.read() as tx:
        items = await tx.proposals.published(
            level, page * LIST_PAGE_SIZE, LIST_PAGE_SIZE, open_only=False
        )
        return items, await tx.proposals.count_published(level)


async def _toggle(
    rt: Runtime, participant_id: int, proposal_id: int, *, volunteer: bool
) -> Outcome:
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None or proposal.status != "published":
            return Outcome.MISSING
        if proposal.outcome != "open":
            return Outcome.NOT_OPEN
        if not volunteer and proposal.author_id == participant_id:
            # Her idea already counts as hers; supporting it would count her twice.
            return Outcome.OWN
        toggle = tx.proposals.toggle_volunteer if volunteer else tx.proposals.toggle_support
        added = await toggle(proposal_id, participant_id, now)
        if volunteer and not added:
            # Roles are for volunteers: she stepped back, so her roles on it go too.
            await tx.delivery.leave_all(proposal_id, participant_id)
        if added:
            await evaluate_ladder(rt, tx, proposal_id)
    return Outcome.DONE if added else Outcome.UNDONE


async def toggle_support(rt: Runtime, participant_id: int, proposal_id: int) -> Outcome:
    """Support a published, open proposal, or withdraw her support."""
    return await _toggle(rt, participant_id, proposal_id, volunteer=False)


async def toggle_volunteer(rt: Runtime, participant_id: int, proposal_id: int) -> Outcome:
    """Volunteer to help shape a proposal, or withdraw."""
    return await _toggle(rt, participant_id, proposal_id, volunteer=True)


def evidence_text(rt: Runtime, suggestion: Suggestion) -> str:
    """The evidence in plain words (stored with the suggestion and the move)."""
    if suggestion.to_level == Level.CO_DESIGN:
        rendered = rt.texts(
            "ladder.evidence_co_design",
            supporters=suggestion.supporters,
            active=suggestion.active_participants,
            threshold=suggestion.threshold,
        )
    else:
        poll = suggestion.poll
        assert poll is not None
        rendered = rt.texts(
            "ladder.evidence_co_production",
            volunteers=suggestion.volunteers,
            poll=poll.poll_id,
            winner=poll.winner or "",
        )
    return html.unescape(rendered)


async def _poll_results(tx: Tx, proposal_id: int) -> tuple[PollResult, ...]:
    """The closed polls linked to this proposal, as the ladder's rule reads them."""
    results = []
    for poll in await tx.polls.closed_for_proposal(proposal_id):
        winner = next((o.label for o in poll.options if o.position == poll.winner), None)
        results.append(PollResult(poll.id, poll.kind == "shared", bool(poll.quorum_met), winner))
    return tuple(results)


async def _facts(rt: Runtime, tx: Tx, proposal: Proposal, now: int) -> LadderFacts:
    rules = rt.settings.ladder_rules
    return LadderFacts(
        level=Level(proposal.level),
        published=proposal.status == "published",
        outcome=proposal.outcome,
        supporters=proposal.supporters,
        volunteers=proposal.volunteers,
        active_participants=await tx.participants.count_active_since(active_since(now, rules)),
        polls=await _poll_results(tx, proposal.id),
    )


async def facts_now(rt: Runtime, tx: Tx, proposal: Proposal, now: int) -> str:
    """The facts at this moment in plain words: what a move made without a suggestion stores."""
    facts = await _facts(rt, tx, proposal, now)
    poll = decisive_poll(facts.polls)
    rendered = rt.texts(
        "ladder.evidence_now",
        supporters=facts.supporters,
        active=facts.active_participants,
        threshold=support_threshold(facts.active_participants, rt.settings.ladder_rules),
        volunteers=facts.volunteers,
        poll=rt.texts("ladder.evidence_poll", poll=poll.poll_id, winner=poll.winner or "")
        if poll
        else "",
    )
    return html.unescape(rendered)


async def resuggest_waiting(rt: Runtime, now: int) -> None:
    """Due work: ideas held back with "not yet" whose waiting time is over are looked at again
    (a grown support is noticed the moment it grows)."""
    async with rt.db.read() as tx:
        held = await tx.proposals.waiting()
    days = rt.settings.resuggest_rules.days * 86400
    for proposal_id in sorted({h.proposal_id for h in held if now - h.created_at >= days}):
        async with rt.db.transaction() as tx:
            await evaluate_ladder(rt, tx, proposal_id)


async def evaluate_ladder(rt: Runtime, tx: Tx, proposal_id: int) -> LadderSuggestion | None:
    """Run the ladder rules now; on a new suggestion, record it and alert the staff chat once.

    Called inside the transaction that changed the facts (a support, a volunteer, a poll
    result), so the suggestion is committed together with its cause or not at all.
    """
    now = rt.now()
    proposal = await tx.proposals.by_id(proposal_id)
    if proposal is None:
        return None
    rules = rt.settings.ladder_rules
    facts = await _facts(rt, tx, proposal, now)
    # A level held back with "not yet" may be suggested again once support has grown or
    # time has passed; otherwise each level is suggested once.
    due = [
        held
        for held in await tx.proposals.waiting(proposal_id)
        if resuggest_due(
            held.supporters, held.created_at, proposal.supporters, now, rt.settings.resuggest_rules
        )
    ]
    again = frozenset(held.to_level for held in due)
    found = suggest(facts, rules, await tx.proposals.suggested_levels(proposal_id) - again)
    if found is None:
        return None
    evidence = evidence_text(rt, found)
    if found.to_level in again:
        suggestion = await tx.proposals.reopen_suggestion(
            proposal_id, found.to_level, evidence, now
        )
        for held in due:
            if held.to_level == found.to_level:
                await tx.proposals.mark_resuggested(held.id, now)
    else:
        suggestion = await tx.proposals.add_suggestion(proposal_id, found.to_level, evidence, now)
    if suggestion is None:
        return None
    for staff_chat in rt.staff_chats():
        await rt.outbox.queue(
            tx,
            staff_chat,
            rt.texts(
                "ladder.staff_suggestion",
                number=proposal.id,
                title=proposal.title,
                level=rt.texts(f"ladder.level_{proposal.level}"),
                to_level=rt.texts(f"ladder.level_{found.to_level}"),
                evidence=evidence,
            ),
            protect=True,  # the idea's title is a woman's words
            quotes=[proposal.author_id] if proposal.author_id is not None else [],
            buttons=[
                [
                    (rt.texts("ladder.button_move"), f"sg:{suggestion.id}:move"),
                    (rt.texts("ladder.button_wait"), f"sg:{suggestion.id}:wait"),
                ],
                [(rt.texts("ladder.button_no"), f"sg:{suggestion.id}:no")],
            ],
        )
    return suggestion


def decision_allowed(proposal: Proposal, kind: str, target: int) -> bool:
    """Whether a staff decision still fits the idea (it may have moved or closed meanwhile)."""
    published = proposal.status == "published"
    if kind == "move":
        return can_move(Level(proposal.level), proposal.outcome, published, target)
    return kind in closing_outcomes(published, proposal.outcome)


async def decision_open(
    rt: Runtime, proposal_id: int, kind: str, target: int, suggestion_id: int | None
) -> bool:
    """Whether a decision staff are in the middle of can still be made (nobody else made it,
    the item has not moved or closed meanwhile): asked again before the review is shown."""
    async with rt.db.read() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        suggestion = (
            await tx.proposals.suggestion(suggestion_id) if suggestion_id is not None else None
        )
    if proposal is None or (
        suggestion_id is not None and (suggestion is None or suggestion.decision is not None)
    ):
        return False
    if kind == "decline":
        return proposal.status == "pending"
    return kind == "not_yet" or decision_allowed(proposal, kind, target)


async def suggestion_for(rt: Runtime, suggestion_id: int) -> LadderSuggestion | None:
    async with rt.db.read() as tx:
        return await tx.proposals.suggestion(suggestion_id)


async def not_yet(
    rt: Runtime,
    suggestion_id: int,
    staff: StaffMember,
    reason: str,
    limit_code: str | None = None,
    domains: Sequence[str] = (),
) -> Outcome:
    """Staff decided the suggestion should wait, and why, and what that decides about; the women
    involved hear it. It is suggested again once support grows by the set margin or the set
    days pass."""
    if (limit_code is not None and limit_code not in LIMIT_CODES) or not valid_choice(domains):
        return Outcome.INVALID
    now = rt.now()
    async with rt.db.transaction() as tx:
        suggestion = await tx.proposals.suggestion(suggestion_id)
        if suggestion is None:
            return Outcome.MISSING
        proposal = await tx.proposals.by_id(suggestion.proposal_id)
        if suggestion.decision is not None or proposal is None:
            return Outcome.ALREADY
        await tx.proposals.decide_suggestions(
            suggestion.proposal_id, "not_yet", staff.id, now, suggestion.to_level
        )
        await tx.proposals.add_not_yet(
            proposal.id,
            suggestion.to_level,
            reason,
            limit_code,
            proposal.supporters,
            staff.id,
            staff.name,
            now,
            domains,
        )
        await _tell_involved(
            rt,
            tx,
            proposal,
            "ladder.you_not_yet_limit" if limit_code else "ladder.you_not_yet",
            level=TextKey(f"ladder.plain_{suggestion.to_level}"),
            limit=TextKey(f"ladder.limit_{limit_code}") if limit_code else "",
            reason=reason,
        )
    return Outcome.DONE


async def _decided_meanwhile(tx: Tx, suggestion_id: int | None) -> bool:
    """A suggestion staff answered from has been decided by someone else since (each staff
    member has a copy of it when there is no staff chat): the first decision settles it."""
    if suggestion_id is None:
        return False
    suggestion = await tx.proposals.suggestion(suggestion_id)
    return suggestion is None or suggestion.decision is not None


async def move_up(
    rt: Runtime,
    proposal_id: int,
    to_level: int,
    staff: StaffMember,
    reason: str,
    domains: Sequence[str],
    suggestion_id: int | None = None,
) -> Outcome:
    """Move a proposal up exactly one level, record why and what the decision is about, and
    tell every woman involved. Decided from a suggestion (`suggestion_id`): only if nobody
    has decided that suggestion meanwhile."""
    if not valid_choice(domains):
        return Outcome.INVALID
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return Outcome.MISSING
        if await _decided_meanwhile(tx, suggestion_id):
            return Outcome.ALREADY
        if not can_move(
            Level(proposal.level), proposal.outcome, proposal.status == "published", to_level
        ):
            return Outcome.ALREADY if proposal.level >= to_level else Outcome.INVALID
        suggestion = next(
            (
                s
                for s in await tx.proposals.open_suggestions()
                if s.proposal_id == proposal_id and s.to_level == to_level
            ),
            None,
        )
        await tx.proposals.set_level(proposal_id, to_level)
        await tx.proposals.record(
            proposal_id,
            "moved",
            now,
            from_level=proposal.level,
            to_level=to_level,
            staff_id=staff.id,
            staff_name=staff.name,
            evidence=suggestion.evidence if suggestion else await facts_now(rt, tx, proposal, now),
            reason=reason,
            domains=domains,
        )
        await tx.proposals.decide_suggestions(proposal_id, "moved", staff.id, now, to_level)
        await _tell_involved(
            rt,
            tx,
            proposal,
            "ladder.you_moved",
            level=TextKey(f"ladder.plain_{to_level}"),
            meaning=TextKey(f"ladder.meaning_{to_level}"),
            reason=reason,
        )
    return Outcome.DONE


async def close_proposal(
    rt: Runtime,
    proposal_id: int,
    outcome: str,
    staff: StaffMember,
    explanation: str,
    limit_code: str | None = None,
    domains: Sequence[str] = (),
    suggestion_id: int | None = None,
) -> Outcome:
    """Close as adopted, delivered or not possible (with its limit), record what the decision is
    about, and tell everyone involved. Decided from a suggestion (`suggestion_id`): only if
    nobody has decided that suggestion meanwhile."""
    if outcome not in CLOSING_OUTCOMES or (outcome == "not_possible") != (
        limit_code in LIMIT_CODES
    ):
        return Outcome.INVALID
    if not valid_choice(domains):
        return Outcome.INVALID
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return Outcome.MISSING
        if outcome not in closing_outcomes(proposal.status == "published", proposal.outcome):
            return Outcome.ALREADY
        if await _decided_meanwhile(tx, suggestion_id):
            return Outcome.ALREADY
        await tx.proposals.close(proposal_id, outcome, limit_code, explanation)
        await tx.proposals.record(
            proposal_id,
            "closed",
            now,
            from_level=proposal.level,
            outcome=outcome,
            limit_code=limit_code,
            staff_id=staff.id,
            staff_name=staff.name,
            reason=explanation,
            domains=domains,
        )
        decision = "not_possible" if outcome == "not_possible" else "closed"
        await tx.proposals.decide_suggestions(proposal_id, decision, staff.id, now, None)
        if limit_code is None:
            await _tell_involved(
                rt,
                tx,
                proposal,
                "ladder.you_closed",
                outcome=TextKey(f"ladder.outcome_{outcome}"),
                reason=explanation,
            )
        else:
            await _tell_involved(
                rt,
                tx,
                proposal,
                "ladder.you_not_possible",
                limit=TextKey(f"ladder.limit_{limit_code}"),
                reason=explanation,
            )
    return Outcome.DONE


async def _tell_involved(
    rt: Runtime, tx: Tx, proposal: Proposal, key: str, **values: object
) -> None:
    """Queue the news for the author, supporters and volunteers, each as she chose.

    Values given as `ladder.*` text keys are rendered in each woman's own language.
    """
    for woman in await tx.proposals.involved(proposal.id):
        if not wants_notice(woman.notify, her_own=woman.is_author or woman.is_volunteer):
            continue
        language = woman.language
        rendered = {
            name: rt.texts(value, language) if isinstance(value, TextKey) else value
            for name, value in values.items()
        }
        await rt.outbox.queue(
            tx,
            woman.telegram_user_id,
            notice_html(
                rt.texts, language, rt.texts(key, language, title=proposal.title, **rendered)
            ),
            participant_id=woman.participant_id,
            # The author reads her own idea's title quoted back: not forwardable, not saveable.
            protect=woman.is_author,
        )
