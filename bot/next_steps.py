"""After a shared decision that decided nothing: run it again, or staff decide and say why."""

from __future__ import annotations

from bot.notices import notice
from bot.participants import wants_notice
from bot.polls import PollDraft, create_poll, quorum_of
from bot.power import needs_next_step
from bot.proposals import Outcome, StaffMember
from bot.runtime import Runtime
from storage.polls import Poll


async def run_again(rt: Runtime, poll_id: int, staff: StaffMember) -> tuple[Outcome, Poll | None]:
    """The same question, options, audience, quorum and limits, open for as long again."""
    async with rt.db.read() as tx:
        poll = await tx.polls.by_id(poll_id)
        step = await tx.power.next_step(poll_id)
    if poll is None:
        return Outcome.MISSING, None
    if step is not None or not needs_next_step(poll):
        return Outcome.ALREADY, None
    draft = PollDraft(
        question=poll.question,
        options=tuple(o.label for o in poll.options),
        closes_at=rt.now() + (poll.closes_at - poll.opened_at),
        quorum=quorum_of(poll),
        audience=poll.audience,
        proposal_id=poll.proposal_id,
        kind=poll.kind,
        limits=poll.limits,
        domains=poll.domains,
    )
    again = await create_poll(rt, draft, staff.id)
    if not isinstance(again, Poll):
        return Outcome.INVALID, None
    async with rt.db.transaction() as tx:
        if not await tx.power.add_next_step(
            poll_id, "again", staff.name, rt.now(), new_poll_id=again.id
        ):
            return Outcome.ALREADY, again
    return Outcome.DONE, again


async def decide_after(
    rt: Runtime, poll_id: int, position: int, reason: str, staff: StaffMember
) -> Outcome:
    """Staff decide; every woman who could vote hears what was decided and why."""
    if not reason.strip():
        return Outcome.INVALID
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        if poll is None:
            return Outcome.MISSING
        if not needs_next_step(poll) or position not in poll.labels:
            return Outcome.INVALID
        if not await tx.power.add_next_step(
            poll_id, "decided", staff.name, rt.now(), option=position, reason=reason
        ):
            return Outcome.ALREADY
        for voter in await tx.polls.voters(poll_id):
            if not wants_notice(voter.notify, her_own=voter.involved):
                continue
            await rt.outbox.queue(
                tx,
                voter.telegram_user_id,
                notice(
                    rt.texts,
                    "power.you_decided",
                    voter.language,
                    number=poll.id,
                    question=poll.question,
                    option=poll.labels[position],
                    reason=reason,
                ),
                participant_id=voter.participant_id,
            )
    return Outcome.DONE
