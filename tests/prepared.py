"""A database prepared with something for every digest section, report line and export file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage.db import Database

DAY = 86400
HOUR = 3600
# Thursday 5 March 2026, 09:00 in London (GMT): the moment the prepared digest is assembled.
NOW = 1772701200
SINCE = NOW - DAY
HOSTILE = "<b>bold</b> </a> & co"
TELEGRAM_IDS = (700000101, 700000102, 700000103, 700000104)
STAFF_TELEGRAM_ID = 900001


@dataclass(frozen=True)
class Prepared:
    db: Database
    pseudonyms: tuple[str, ...]
    answered_feedback: int
    new_feedback: tuple[int, ...]
    old_feedback: int
    pending_proposal: int
    suggested_proposal: int
    moved_proposal: int
    refused_proposal: int
    closing_poll: int
    closed_poll: int


async def prepared_database(path: Path) -> Prepared:
    """Four women; feedback old and new; ideas at every stage; an open and a closed poll."""
    db = await Database.open(path)
    async with db.transaction() as tx:
        women = [
            await tx.participants.add(telegram_id, f"P-{n:04d}", "en", NOW - 60 * DAY)
            for n, telegram_id in enumerate(TELEGRAM_IDS)
        ]
        ada, bea, cat, dot = (w.id for w in women)

        old = await tx.feedback.add(ada, "Groups", "The room is cold", NOW - 20 * DAY)
        answered = await tx.feedback.add(bea, "Staff", "Thank you all", NOW - 10 * DAY)
        await tx.feedback.add_response(answered.id, STAFF_TELEGRAM_ID, "Glad", NOW - 9 * DAY)
        new = [
            await tx.feedback.add(ada, "Groups", HOSTILE, NOW - 5 * HOUR),
            await tx.feedback.add(cat, "Groups", "More evening groups", NOW - 4 * HOUR),
            await tx.feedback.add(dot, "Something else", "Bus times", NOW - 3 * HOUR),
        ]

        pending = await tx.proposals.add(cat, "Crèche on Fridays", "Childcare", NOW - 9 * DAY)
        await tx.proposals.record(pending.id, "submitted", NOW - 9 * DAY, to_level=1)

        async def published(title: str, at: int) -> int:
            proposal = await tx.proposals.add(ada, title, "Details", at - DAY)
            await tx.proposals.record(proposal.id, "submitted", at - DAY, to_level=1)
            await tx.proposals.set_status(proposal.id, "published", at)
            await tx.proposals.record(
                proposal.id, "published", at, staff_id=STAFF_TELEGRAM_ID, staff_name="Sam"
            )
            return proposal.id

        suggested = await published(f"Peer group {HOSTILE}", NOW - 30 * DAY)
        for woman in (bea, cat, dot):
            await tx.proposals.toggle_support(suggested, woman, NOW - 20 * DAY)
        await tx.proposals.add_suggestion(suggested, 2, "3 supporters", NOW - 8 * DAY)

        moved = await published("Accessible leaflets", NOW - 40 * DAY)
        await tx.proposals.toggle_volunteer(moved, bea, NOW - 35 * DAY)
        await tx.proposals.add_suggestion(moved, 2, "5 supporters", NOW - 31 * DAY)
        await tx.proposals.decide_suggestions(moved, "moved", STAFF_TELEGRAM_ID, NOW - 30 * DAY, 2)
        await tx.proposals.set_level(moved, 2)
        await tx.proposals.record(
            moved,
            "moved",
            NOW - 30 * DAY,
            from_level=1,
            to_level=2,
            staff_id=STAFF_TELEGRAM_ID,
            staff_name="Sam",
            evidence="5 supporters",
            reason="Let's design it",
        )

        refused = await published("Open on Sundays", NOW - 25 * DAY)
        await tx.proposals.close(refused, "not_possible", "funder", "Funding ends at 5pm")
        await tx.proposals.record(
            refused,
            "closed",
            NOW - 15 * DAY,
            from_level=1,
            outcome="not_possible",
            limit_code="funder",
            staff_id=STAFF_TELEGRAM_ID,
            staff_name="Sam",
            reason="Funding ends at 5pm",
        )

        closing = await tx.polls.add(
            question=f"Which day? {HOSTILE}",
            kind="shared",
            limits="",
            audience="all",
            proposal_id=None,
            quorum_kind="count",
            quorum_value=3,
            created_by=STAFF_TELEGRAM_ID,
            opened_at=NOW - 2 * HOUR,
            closes_at=NOW + 30 * HOUR,
            options=["Monday", "Friday"],
            voters=[ada, bea, cat, dot],
            domains=["priorities"],
        )
        await tx.polls.vote(closing.id, bea, 2, NOW - HOUR)
        closed = await tx.polls.add(
            question="Which leaflet colour?",
            kind="advisory",
            limits="",
            audience="all",
            proposal_id=moved,
            quorum_kind="count",
            quorum_value=2,
            created_by=STAFF_TELEGRAM_ID,
            opened_at=NOW - 4 * DAY,
            closes_at=NOW - 6 * HOUR,
            options=["Green", "Purple"],
            voters=[ada, bea, cat, dot],
            domains=["design", "accessibility"],
        )
        for woman, choice in ((ada, 2), (bea, 2), (cat, 1)):
            await tx.polls.vote(closed.id, woman, choice, NOW - 3 * DAY)
        await tx.polls.set_reason(closed.id, ada, "I like purple")
        await tx.polls.close(closed.id, NOW - 6 * HOUR, {1: 1, 2: 2}, 3, True, 2, None)
    return Prepared(
        db=db,
        pseudonyms=tuple(w.pseudonym for w in women),
        answered_feedback=answered.id,
        new_feedback=tuple(f.id for f in new),
        old_feedback=old.id,
        pending_proposal=pending.id,
        suggested_proposal=suggested,
        moved_proposal=moved,
        refused_proposal=refused,
        closing_poll=closing.id,
        closed_poll=closed.id,
    )
