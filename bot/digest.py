"""The staff digest: what it holds, how it reads, and sending each period's digest exactly once."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.digest_rules import (
    DAY,
    DigestSchedule,
    LastDigest,
    due_period,
    on_demand_since,
)
from bot.offline import by_whom
from bot.paging import split_blocks
from bot.poll_rules import Quorum, verdict, votes_needed
from bot.rules.quotes import authors_of, quoting
from bot.runtime import Runtime
from bot.texts import Safe, Texts
from storage.db import Tx
from storage.digests import SentDigest
from storage.feedback import Feedback
from storage.polls import Poll
from storage.proposals import LadderSuggestion, Proposal
from storage.safeguarding import AlertCounts

log = logging.getLogger(__name__)

CLOSING_SOON_SECONDS = 48 * 3600
# Each section of a digest lists this many items at most, then says how many more there are and
# which command lists them: a digest stays a few messages however much is waiting.
SECTION_ITEMS = 10


@dataclass(frozen=True, slots=True)
class PollLine:
    """A poll as the digest lists it: its turnout and the votes its quorum needs."""

    poll: Poll
    turnout: int  # live while open, frozen once closed
    needed: int
    offline: int = 0  # of those votes, how many staff recorded for women who voted offline


@dataclass(frozen=True, slots=True)
class OpenSuggestion:
    """An undecided ladder suggestion, with its idea's title and level, as the digest lists it."""

    suggestion: LadderSuggestion
    title: str
    level: int


@dataclass(frozen=True, slots=True)
class DigestData:
    """Everything one digest shows; the renderer needs nothing else."""

    since: int
    until: int
    slots: int  # scheduled digests this one stands for (more than one after downtime)
    response_days: int
    feedback: tuple[Feedback, ...] = ()
    awaiting_moderation: tuple[Proposal, ...] = ()
    suggestions: tuple[OpenSuggestion, ...] = ()
    polls_opened: tuple[PollLine, ...] = ()
    polls_closing: tuple[PollLine, ...] = ()
    polls_closed: tuple[PollLine, ...] = ()
    overdue_feedback: tuple[Feedback, ...] = ()
    overdue_proposals: tuple[Proposal, ...] = ()
    overdue_suggestions: tuple[OpenSuggestion, ...] = ()
    # Numbers only (open, contacted, closed): their text never goes into a digest.
    safeguarding_alerts: AlertCounts = field(default_factory=AlertCounts)
    # How many there are in all: each section shows its first SECTION_ITEMS and says the rest.
    feedback_total: int = 0
    awaiting_moderation_total: int = 0
    suggestions_total: int = 0
    overdue_feedback_total: int = 0
    overdue_proposals_total: int = 0
    overdue_suggestions_total: int = 0
    polls_opened_total: int = 0
    polls_closing_total: int = 0
    polls_closed_total: int = 0


def schedule_of(settings: Settings) -> DigestSchedule:
    return DigestSchedule(
        settings.digest_frequency,
        settings.digest_time,
        settings.digest_weekday_number,
        settings.zone,
    )


def _last(sent: SentDigest | None) -> LastDigest | None:
    return LastDigest(sent.period, sent.slot_at, sent.covers_until) if sent else None


# Rendering: pure, from the data and the texts.


def _section(heading: Safe, items: list[Safe]) -> list[str]:
    """A heading travels with its first item, so a split never leaves a heading alone."""
    if not items:
        return []
    return [f"{heading}\n{items[0]}", *items[1:]]


def _more(texts: Texts, shown: int, total: int, command: str) -> list[Safe]:
    """The line after a section's first items: how many more, and the command that lists them."""
    if total <= shown:
        return []
    return [texts("digest.more", count=total - shown, command=command)]


def _days(since: int, until: int) -> int:
    return max(0, (until - since) // DAY)


def _verdict(texts: Texts, line: PollLine) -> Safe:
    poll = line.poll
    kind, winner = verdict(bool(poll.quorum_met), poll.winner, poll.labels)
    return texts(f"digest.verdict_{kind}", needed=line.needed, option=winner)


def render_digest(texts: Texts, zone: ZoneInfo, data: DigestData) -> list[str]:
    """The digest as HTML messages, each under Telegram's limit, split between items."""

    def when(timestamp: int) -> str:
        return texts.when(timestamp, zone, "short_weekday")

    level = {n: texts(f"ladder.level_{n}") for n in (1, 2, 3)}
    header = texts("digest.header", since=when(data.since), until=when(data.until))
    if data.slots > 1:
        header = Safe(f"{header}\n{texts('digest.catch_up', count=data.slots)}")
    sections: list[list[str]] = []

    by_topic: dict[str, list[Feedback]] = defaultdict(list)
    for item in data.feedback:
        by_topic[item.topic].append(item)
    for topic, items in by_topic.items():
        heading = texts("digest.feedback_topic", topic=topic, count=len(items))
        if not sections:
            total = max(data.feedback_total, len(data.feedback))
            heading = Safe(f"{texts('digest.feedback_header', count=total)}\n{heading}")
        sections.append(
            _section(
                heading,
                [
                    texts(
                        "digest.feedback_item",
                        number=item.id,
                        pseudonym=by_whom(texts, item.pseudonym, item.channel),
                        date=when(item.created_at),
                        body=item.body,
                    )
                    for item in items
                ],
            )
        )
    if sections:
        sections.append([*_more(texts, len(data.feedback), data.feedback_total, "/feedback")])
    sections.append(
        _section(
            texts(
                "digest.moderation_header",
                count=max(data.awaiting_moderation_total, len(data.awaiting_moderation)),
            ),
            [
                texts(
                    "digest.moderation_item",
                    number=p.id,
                    pseudonym=by_whom(texts, p.author_pseudonym, p.channel),
                    date=when(p.created_at),
                    title=p.title,
                )
                for p in data.awaiting_moderation
            ]
            + _more(
                texts, len(data.awaiting_moderation), data.awaiting_moderation_total, "/pending"
            ),
        )
    )
    sections.append(
        _section(
            texts(
                "digest.suggestions_header",
                count=max(data.suggestions_total, len(data.suggestions)),
            ),
            [
                texts(
                    "digest.suggestion_item",
                    number=s.suggestion.proposal_id,
                    title=s.title,
                    level=level.get(s.level, s.level),
                    to_level=level.get(s.suggestion.to_level, s.suggestion.to_level),
                    date=when(s.suggestion.created_at),
                    evidence=s.suggestion.evidence,
                )
                for s in data.suggestions
            ]
            + _more(texts, len(data.suggestions), data.suggestions_total, "/proposals"),
        )
    )
    sections.append(
        _section(
            texts(
                "digest.polls_opened_header",
                count=max(data.polls_opened_total, len(data.polls_opened)),
            ),
            [
                texts(
                    "digest.poll_opened_item",
                    number=line.poll.id,
                    question=line.poll.question,
                    eligible=line.poll.eligible,
                    closes=when(line.poll.closes_at),
                )
                for line in data.polls_opened
            ]
            + _more(texts, len(data.polls_opened), data.polls_opened_total, "/polls"),
        )
    )
    sections.append(
        _section(
            texts(
                "digest.polls_closing_header",
                count=max(data.polls_closing_total, len(data.polls_closing)),
            ),
            [
                texts(
                    "digest.poll_closing_item",
                    number=line.poll.id,
                    question=line.poll.question,
                    closes=when(line.poll.closes_at),
                    turnout=_turnout(texts, line),
                    eligible=line.poll.eligible,
                    needed=line.needed,
                )
                for line in data.polls_closing
            ]
            + _more(texts, len(data.polls_closing), data.polls_closing_total, "/polls"),
        )
    )
    sections.append(
        _section(
            texts(
                "digest.polls_closed_header",
                count=max(data.polls_closed_total, len(data.polls_closed)),
            ),
            [
                texts(
                    "digest.poll_closed_item",
                    number=line.poll.id,
                    question=line.poll.question,
                    turnout=_turnout(texts, line),
                    eligible=line.poll.eligible,
                    options=Safe(
                        "\n".join(
                            texts("digest.poll_option", option=o.label, votes=o.votes or 0)
                            for o in line.poll.options
                        )
                    ),
                    verdict=_verdict(texts, line),
                )
                for line in data.polls_closed
            ]
            + _more(texts, len(data.polls_closed), data.polls_closed_total, "/polls"),
        )
    )
    overdue = [
        *(
            texts(
                "digest.overdue_feedback",
                number=f.id,
                pseudonym=by_whom(texts, f.pseudonym, f.channel),
                topic=f.topic,
                days=_days(f.created_at, data.until),
            )
            for f in data.overdue_feedback
        ),
        *_more(texts, len(data.overdue_feedback), data.overdue_feedback_total, "/feedback"),
        *(
            texts(
                "digest.overdue_proposal",
                number=p.id,
                title=p.title,
                days=_days(p.created_at, data.until),
            )
            for p in data.overdue_proposals
        ),
        *_more(texts, len(data.overdue_proposals), data.overdue_proposals_total, "/pending"),
        *(
            texts(
                "digest.overdue_suggestion",
                number=s.suggestion.proposal_id,
                title=s.title,
                to_level=level.get(s.suggestion.to_level, s.suggestion.to_level),
                days=_days(s.suggestion.created_at, data.until),
            )
            for s in data.overdue_suggestions
        ),
        *_more(texts, len(data.overdue_suggestions), data.overdue_suggestions_total, "/proposals"),
    ]
    overdue_count = (
        max(data.overdue_feedback_total, len(data.overdue_feedback))
        + max(data.overdue_proposals_total, len(data.overdue_proposals))
        + max(data.overdue_suggestions_total, len(data.overdue_suggestions))
    )
    sections.append(
        _section(
            texts("digest.overdue_header", days=data.response_days, count=overdue_count),
            overdue,
        )
    )
    alerts = data.safeguarding_alerts
    if alerts.total:
        sections.append(
            [
                texts(
                    "digest.safeguarding",
                    count=alerts.total,
                    open=alerts.open,
                    contacted=alerts.contacted,
                    closed=alerts.closed,
                )
            ]
        )

    body = [block for section in sections for block in section]
    if not body:
        body = [texts("digest.quiet")]
    return split_blocks([header, *body])


# Gathering and sending.


def _turnout(texts: Texts, line: PollLine) -> Safe:
    """The turnout, saying how many votes were given offline when there were any."""
    if not line.offline:
        return Safe(str(line.turnout))
    return texts("digest.turnout_offline", turnout=line.turnout, offline=line.offline)


def _needed(poll: Poll) -> int:
    return votes_needed(Quorum(poll.quorum_kind, poll.quorum_value), poll.eligible)


async def _poll_lines(tx: Tx, polls: list[Poll]) -> tuple[PollLine, ...]:
    lines = []
    for poll in polls:
        turnout = poll.turnout if poll.turnout is not None else await tx.polls.turnout(poll.id)
        offline = await tx.polls.turnout(poll.id, offline_only=True)
        lines.append(PollLine(poll, turnout, _needed(poll), offline))
    return tuple(lines)


async def gather_digest(
    tx: Tx, settings: Settings, since: int, until: int, slots: int = 1
) -> DigestData:
    """Read what happened in (since, until] and what is still waiting for staff at `until`.

    Each list is read with a LIMIT and counted apart, so the digest costs the same whatever
    the size of the backlog.
    """
    cutoff = until - settings.response_days * DAY
    n = SECTION_ITEMS

    async def suggestions(before: int | None) -> tuple[OpenSuggestion, ...]:
        rows = await tx.proposals.open_suggestions_titled(n, before=before)
        return tuple(OpenSuggestion(s, title, level) for s, title, level in rows)

    # Polls are few (staff open them one by one); their turnout is read for those shown only.
    opened = await tx.polls.opened_between(since, until)
    closing = await tx.polls.open_closing_by(until + CLOSING_SOON_SECONDS)
    closed = await tx.polls.closed_between(since, until)
    return DigestData(
        since=since,
        until=until,
        slots=slots,
        response_days=settings.response_days,
        feedback=tuple(await tx.feedback.created_between(since, until, n)),
        feedback_total=await tx.feedback.count_created_between(since, until),
        awaiting_moderation=tuple(await tx.proposals.pending(n)),
        awaiting_moderation_total=await tx.proposals.count_pending(),
        suggestions=await suggestions(None),
        suggestions_total=await tx.proposals.count_open_suggestions(),
        polls_opened=await _poll_lines(tx, opened[:n]),
        polls_opened_total=len(opened),
        polls_closing=await _poll_lines(tx, closing[:n]),
        polls_closing_total=len(closing),
        polls_closed=await _poll_lines(tx, closed[:n]),
        polls_closed_total=len(closed),
        overdue_feedback=tuple(await tx.feedback.unanswered_before(cutoff, n)),
        overdue_feedback_total=await tx.feedback.count_unanswered_before(cutoff),
        overdue_proposals=tuple(await tx.proposals.pending(n, before=cutoff)),
        overdue_proposals_total=await tx.proposals.count_pending(before=cutoff),
        overdue_suggestions=await suggestions(cutoff),
        overdue_suggestions_total=await tx.proposals.count_open_suggestions(before=cutoff),
        # A number only, never their text; whole seconds, so (since, until] is [since+1, until+1).
        safeguarding_alerts=await tx.safeguarding.counts_between(since + 1, until + 1),
    )


SETTLE_SECONDS = 60


async def send_due_digest(rt: Runtime, now: int) -> None:
    """Queue the staff digest for the period that is due (see `Runtime.staff_chats`), once,
    even across restarts.

    The period's row and the digest's messages are written in one transaction: after a crash
    either both exist (the outbox delivers the messages) or neither (the next tick sends it).
    """
    chats = rt.staff_chats()
    schedule = schedule_of(rt.settings)
    if not chats or schedule.frequency == "off":
        return
    async with rt.db.read() as tx:
        started = await tx.digests.service_started()
        if due_period(schedule, _last(await tx.digests.last()), now, started_at=started) is None:
            return
    async with rt.db.transaction() as tx:
        due = due_period(schedule, _last(await tx.digests.last()), now, started_at=started)
        if due is None:
            return
        # Items are stamped before their writer gets the database, so one stamped just before
        # `now` may commit just after this read: stop a little short of now and let the next
        # digest (which starts where this one ends) pick such items up.
        until = max(due.covers_from, now - SETTLE_SECONDS)
        data = await gather_digest(tx, rt.settings, due.covers_from, until, due.slots)
        messages = render_digest(rt.texts, rt.settings.zone, data)
        if not await tx.digests.record(
            due.period, due.slot_at, due.covers_from, until, len(messages), now
        ):
            return
        authors = quoted_authors(data)
        quoted = [(message, quoting(message, authors)) for message in messages]
        for chat_id in chats:
            for message, quotes in quoted:
                # It quotes women's words: staff cannot forward or save it.
                await rt.outbox.queue(tx, chat_id, message, protect=True, quotes=quotes)
    log.info("digest for %s queued (%d messages)", due.period, len(messages))


def quoted_authors(data: DigestData) -> dict[str, int]:
    """The women whose words a digest shows beside their made-up name."""
    return authors_of(
        [(f.pseudonym, f.participant_id) for f in (*data.feedback, *data.overdue_feedback)]
        + [
            (p.author_pseudonym, p.author_id)
            for p in (*data.awaiting_moderation, *data.overdue_proposals)
        ]
    )


async def digest_now(rt: Runtime) -> list[str]:
    """A digest for one staff member, now: since the last scheduled one (it records nothing)."""
    messages, _ = await _digest_now(rt)
    return messages


async def _digest_now(rt: Runtime) -> tuple[list[str], dict[str, int]]:
    now = rt.now()
    async with rt.db.read() as tx:
        since = on_demand_since(
            schedule_of(rt.settings),
            _last(await tx.digests.last()),
            now,
            started_at=await tx.digests.service_started(),
        )
        data = await gather_digest(tx, rt.settings, since, now)
    return render_digest(rt.texts, rt.settings.zone, data), quoted_authors(data)


async def send_digest_now(rt: Runtime, chat_id: int) -> int:
    """Queue a digest to one staff member's chat through the outbox; how many messages.

    The outbox paces it, so asking for a digest never holds up anyone else's replies.
    """
    messages, authors = await _digest_now(rt)
    async with rt.db.transaction() as tx:
        for message in messages:
            quotes = quoting(message, authors)
            await rt.outbox.queue(tx, chat_id, message, protect=True, quotes=quotes)
    return len(messages)
