"""The power-sharing record: "if the service says A and women say B, does it believe them?"."""

from __future__ import annotations

from bot.ladder import LIMIT_CODES
from bot.notices import notice
from bot.proposals import Outcome, StaffMember
from bot.rules.power import DIFFERED, FOLLOWED, NOT_FOLLOWED, classify, follow_is_valid
from bot.runtime import Runtime
from storage.db import Tx
from storage.polls import Poll
from storage.power import PowerRecord


async def seal_preference(rt: Runtime, poll_id: int, position: int, staff: StaffMember) -> Outcome:
    """The service's own preferred option, sealed: women never see it before closing."""
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        if poll is None:
            return Outcome.MISSING
        if not poll.is_open:
            return Outcome.NOT_OPEN
        if position not in poll.labels:
            return Outcome.INVALID
        await tx.power.seal(poll_id, position, staff.name, rt.now())
    return Outcome.DONE


async def poll_for_preference(rt: Runtime, poll_id: int) -> tuple[Poll | None, int | None]:
    """The poll and the option already sealed for it, for staff only."""
    async with rt.db.read() as tx:
        poll = await tx.polls.by_id(poll_id)
        record = await tx.power.by_poll(poll_id)
    return poll, record.staff_choice if record else None


async def record_at_closing(rt: Runtime, tx: Tx, poll: Poll) -> None:
    """Called in the transaction that closes the poll: did women choose differently? If they
    did, staff are asked what the service will do (see `Runtime.staff_chats`)."""
    if poll.kind == "shared" and (poll.winner is None or not poll.quorum_met):
        await _ask_next_step(rt, tx, poll)
    record = await tx.power.by_poll(poll.id)
    if record is None:
        return
    verdict = classify(record.staff_choice, poll.winner, bool(poll.quorum_met))
    await tx.power.close(poll.id, poll.winner, verdict)
    labels = poll.labels
    buttons = None
    if verdict == DIFFERED:
        buttons = [
            [(rt.texts("power.button_follow"), f"fol:{poll.id}:yes")],
            [(rt.texts("power.button_not_follow"), f"fol:{poll.id}:no")],
        ]
    for chat in rt.staff_chats():
        await rt.outbox.queue(
            tx,
            chat,
            rt.texts(
                f"power.staff_{verdict}",
                number=poll.id,
                question=poll.question,
                staff=labels.get(record.staff_choice, ""),
                women=labels.get(poll.winner, "") if poll.winner is not None else "",
            ),
            buttons=buttons,
        )


async def _ask_next_step(rt: Runtime, tx: Tx, poll: Poll) -> None:
    """A shared decision that decided nothing: staff choose the next step. Women are told
    staff will explain, so the question reaches staff even without a staff chat."""
    for chat in rt.staff_chats():
        await rt.outbox.queue(
            tx,
            chat,
            rt.texts("power.staff_next_step", number=poll.id, question=poll.question),
            buttons=[
                [(rt.texts("power.button_again"), f"nxt:{poll.id}:again")],
                [(rt.texts("power.button_decide"), f"nxt:{poll.id}:decide")],
            ],
        )


def needs_next_step(poll: Poll) -> bool:
    """A closed shared-decision poll with no decision: a tie, no votes, or quorum missed."""
    return (
        not poll.is_open and poll.kind == "shared" and (poll.winner is None or not poll.quorum_met)
    )


async def record_for(rt: Runtime, poll_id: int) -> tuple[Poll | None, PowerRecord | None]:
    async with rt.db.read() as tx:
        return await tx.polls.by_id(poll_id), await tx.power.by_poll(poll_id)


async def record_follow(
    rt: Runtime,
    poll_id: int,
    staff: StaffMember,
    *,
    followed: bool,
    explanation: str,
    limit_code: str | None = None,
) -> Outcome:
    """What the service did after women chose differently; every woman who voted hears it."""
    if limit_code is not None and limit_code not in LIMIT_CODES:
        return Outcome.INVALID
    if not follow_is_valid(followed, limit_code, explanation):
        return Outcome.INVALID
    now = rt.now()
    async with rt.db.transaction() as tx:
        poll = await tx.polls.by_id(poll_id)
        record = await tx.power.by_poll(poll_id)
        if poll is None or record is None:
            return Outcome.MISSING
        done = await tx.power.decide(
            poll_id,
            FOLLOWED if followed else NOT_FOLLOWED,
            None if followed else limit_code,
            explanation,
            staff.name,
            now,
        )
        if not done:
            return Outcome.ALREADY
        women = poll.labels.get(poll.winner, "") if poll.winner is not None else ""
        for voter in await tx.power.who_voted(poll_id):
            language = voter.language
            limit = rt.texts(f"ladder.limit_{limit_code}", language) if limit_code else ""
            await rt.outbox.queue(
                tx,
                voter.telegram_user_id,
                notice(
                    rt.texts,
                    "power.you_followed" if followed else "power.you_not_followed",
                    language,
                    number=poll.id,
                    question=poll.question,
                    women=women,
                    limit=limit,
                    explanation=explanation,
                ),
                participant_id=voter.participant_id,
            )
    return Outcome.DONE
