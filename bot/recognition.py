"""The recognition log: staff record what a woman received for her time, and what it was for.

Each record is by pseudonym, linked to the idea it was for where there is one, and carries the
ladder level of that work when it was given, so the report can say how much went to
co-production and how much to consultation.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.rules.recognition import KINDS, LEVELS, Value
from bot.runtime import Runtime
from storage.participants import Participant
from storage.proposals import Proposal
from storage.recognition import Recognition


@dataclass(frozen=True, slots=True)
class RecognitionDraft:
    """A recognition as staff entered it, by pseudonym, before it is checked and stored."""

    pseudonym: str
    kind: str
    value: Value
    proposal_id: int | None
    level: int  # used when it was not for one idea; otherwise the idea's level counts
    purpose: str


class Given(Enum):
    DONE = "done"
    GONE = "gone"  # she, or the idea, no longer exists (deleted meanwhile)
    INVALID = "invalid"


async def recipient(rt: Runtime, pseudonym: str) -> Participant | None:
    async with rt.db.read() as tx:
        return await tx.participants.by_pseudonym(pseudonym)


async def idea_for(rt: Runtime, proposal_id: int) -> Proposal | None:
    async with rt.db.read() as tx:
        return await tx.proposals.by_id(proposal_id)


async def record_recognition(
    rt: Runtime, draft: RecognitionDraft, staff_id: int
) -> tuple[Given, int | None]:
    """Store the record; its level is the idea's level now, when it is for one idea."""
    if draft.kind not in KINDS or draft.level not in LEVELS:
        return Given.INVALID, None
    async with rt.db.transaction() as tx:
        woman = await tx.participants.by_pseudonym(draft.pseudonym)
        if woman is None:
            return Given.GONE, None
        level = draft.level
        if draft.proposal_id is not None:
            proposal = await tx.proposals.by_id(draft.proposal_id)
            if proposal is None:
                return Given.GONE, None
            level = proposal.level
        number = await tx.recognition.add(
            participant_id=woman.id,
            kind=draft.kind,
            amount_minor=draft.value.amount_minor,
            currency=draft.value.currency,
            minutes=draft.value.minutes,
            purpose=draft.purpose,
            proposal_id=draft.proposal_id,
            level=level,
            given_at=rt.now(),
            recorded_by=staff_id,
        )
    return Given.DONE, number


def value_of(record: Recognition) -> Value:
    return Value(record.amount_minor, record.currency, record.minutes)
