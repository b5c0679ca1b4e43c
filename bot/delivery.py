"""Co-delivery: staff move an item at co-production through its stages, and the women who
volunteered take or leave a role at each."""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot.notices import notice
from bot.outbox import Buttons
from bot.participants import wants_notice
from bot.proposals import Outcome, StaffMember
from bot.rules.stages import (
    ANSWERS,
    DAY,
    FINISHED,
    Move,
    StagePlan,
    count_review,
    has_stages,
    may_move,
    next_stage,
    role_open,
)
from bot.runtime import Runtime
from bot.texts import Safe, Texts
from storage.db import Tx
from storage.delivery import Review, ReviewAnswer, RoleHeld, StageMove
from storage.proposals import Proposal


def stage_name(texts: Texts, stage: str, language: str) -> Safe:
    """A stage as women and staff read it: the `stages-<name>` text, else the name itself (a
    service that added a stage to STAGE_ROLES without a text for it)."""
    return _name(texts, "stages", stage, language)


def role_name(texts: Texts, role: str, language: str) -> Safe:
    return _name(texts, "roles", role, language)


def _name(texts: Texts, section: str, name: str, language: str) -> Safe:
    key = f"{section}.{name}"
    if texts.has(key, language) or texts.has(key):
        return texts(key, language)
    return Safe(name.replace("_", " "))


@dataclass(frozen=True, slots=True)
class Delivery:
    """An item's co-delivery as it stands: where it is, how it got there, who holds what."""

    proposal: Proposal
    plan: StagePlan
    stage: str | None  # None before the first stage, FINISHED after the last
    moves: list[StageMove]
    roles: list[RoleHeld]
    review_done: bool

    @property
    def running(self) -> bool:
        """Stages apply to the item and it has not finished them."""
        p = self.proposal
        return has_stages(p.status, p.level, p.outcome) and self.stage != FINISHED

    @property
    def next(self) -> str | None:
        if not has_stages(self.proposal.status, self.proposal.level, self.proposal.outcome):
            return None
        return next_stage(self.plan.names, self.stage)

    def holds(self, participant_id: int, stage: str, role: str) -> bool:
        return any(
            r.participant_id == participant_id and r.stage == stage and r.role == role
            for r in self.roles
        )


async def _review_done(tx: Tx, proposal_id: int) -> bool:
    review = await tx.delivery.review_of(proposal_id)
    return review is not None and review.closed_at is not None


async def _delivery(rt: Runtime, tx: Tx, proposal_id: int) -> Delivery | None:
    proposal = await tx.proposals.by_id(proposal_id)
    if proposal is None:
        return None
    return Delivery(
        proposal,
        rt.settings.stage_plan,
        await tx.delivery.current_stage(proposal_id),
        await tx.delivery.moves(proposal_id),
        await tx.delivery.roles(proposal_id),
        await _review_done(tx, proposal_id),
    )


async def delivery(rt: Runtime, proposal_id: int) -> Delivery | None:
    async with rt.db.read() as tx:
        return await _delivery(rt, tx, proposal_id)


async def review_of(rt: Runtime, proposal_id: int) -> Review | None:
    async with rt.db.read() as tx:
        return await tx.delivery.review_of(proposal_id)


async def review_answers(rt: Runtime, review_id: int) -> list[ReviewAnswer]:
    """Every woman asked, with her answer and comment (staff read them without names)."""
    async with rt.db.read() as tx:
        return await tx.delivery.answers(review_id)


async def volunteers(rt: Runtime, proposal_id: int, participant_id: int) -> bool:
    async with rt.db.read() as tx:
        return await tx.proposals.volunteers(proposal_id, participant_id)


async def move_stage(
    rt: Runtime, proposal_id: int, target: str, staff: StaffMember
) -> Move | None:
    """Move the item on to `target`, re-checked against the database (a second press of the
    same button finds the item there already); None if there is no such item."""
    async with rt.db.transaction() as tx:
        found = await _delivery(rt, tx, proposal_id)
        if found is None:
            return None
        p = found.proposal
        verdict = may_move(
            found.plan.names,
            found.stage,
            target,
            item_has_stages=has_stages(p.status, p.level, p.outcome),
            review_done=found.review_done,
        )
        if verdict == Move.ALLOWED:
            await tx.delivery.move(proposal_id, target, staff.id, staff.name, rt.now())
    return verdict


async def change_role(
    rt: Runtime, participant_id: int, proposal_id: int, stage: str, role: str, *, take: bool
) -> Outcome:
    """Take a role, or leave one, checked against the database: she must volunteer on the
    item, and the role must be one of a stage not yet passed. ALREADY: it was so already (a
    second press of the same button)."""
    async with rt.db.transaction() as tx:
        found = await _delivery(rt, tx, proposal_id)
        if found is None:
            return Outcome.MISSING
        if not found.running or not role_open(found.plan, found.stage, stage, role):
            return Outcome.NOT_OPEN
        if not await tx.proposals.volunteers(proposal_id, participant_id):
            return Outcome.INVALID
        if take:
            changed = await tx.delivery.take_role(
                proposal_id, participant_id, stage, role, rt.now()
            )
        else:
            changed = await tx.delivery.leave_role(proposal_id, participant_id, stage, role)
    if not changed:
        return Outcome.ALREADY
    return Outcome.DONE if take else Outcome.UNDONE


# The review: on its date the women involved are asked "did it work?".


async def set_review(rt: Runtime, proposal_id: int, review_at: int, staff: StaffMember) -> Outcome:
    """Set the item's review date (or change it, until the review has gone out)."""
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        if proposal is None:
            return Outcome.MISSING
        if not has_stages(proposal.status, proposal.level, proposal.outcome):
            return Outcome.NOT_OPEN
        if not await tx.delivery.set_review(proposal_id, review_at, staff.name, rt.now()):
            return Outcome.ALREADY
    return Outcome.DONE


def _when(rt: Runtime, timestamp: int, language: str) -> Safe:
    return rt.texts.when(timestamp, rt.settings.zone, "long", language)


def review_buttons(
    texts: Texts, review_id: int, language: str, chosen: str | None = None
) -> Buttons:
    """Yes / Partly / No (her answer ticked), and a comment once she has answered."""
    rows: list[list[tuple[str, str]]] = [
        [
            (
                ("✓ " if answer == chosen else "")
                + html.unescape(texts(f"delivery.answer_{answer}", language)),
                f"rva:{review_id}:{answer}",
            )
        ]
        for answer in ANSWERS
    ]
    if chosen is not None:
        label = html.unescape(texts("delivery.button_comment", language))
        rows.append([(label, f"rvc:{review_id}")])
    return rows


def review_question(
    rt: Runtime, review: Review, proposal: Proposal, language: str, chosen: str | None = None
) -> Safe:
    """The review as she sees it, with her answer when she has given one."""
    question = rt.texts(
        "delivery.review_ask",
        language,
        number=proposal.id,
        title=proposal.title,
        closes=_when(rt, review.closes_at or rt.now(), language),
    )
    if chosen is None:
        return question
    answer = rt.texts(f"delivery.answer_{chosen}", language)
    return Safe(question + "\n\n" + rt.texts("delivery.review_yours", language, answer=answer))


async def send_due_reviews(rt: Runtime, now: int) -> None:
    """Every review whose date has come goes, once, to the women involved who get messages:
    the author, supporters and volunteers (role holders are volunteers)."""
    async with rt.db.read() as tx:
        due = [review.id for review in await tx.delivery.due_reviews(now)]
    for review_id in due:
        async with rt.db.transaction() as tx:
            review = await tx.delivery.review(review_id)
            proposal = await tx.proposals.by_id(review.proposal_id) if review else None
            if review is None or proposal is None or review.sent_at is not None:
                continue
            women = [w for w in await tx.proposals.involved(proposal.id) if w.telegram_user_id]
            asked = [
                w for w in women if wants_notice(w.notify, her_own=w.is_author or w.is_volunteer)
            ]
            closes_at = now + rt.settings.review_days * DAY
            await tx.delivery.mark_sent(
                review.id, [w.participant_id for w in asked], now, closes_at
            )
            review = await tx.delivery.review(review.id)
            assert review is not None
            for woman in asked:
                assert woman.telegram_user_id is not None
                await rt.outbox.queue(
                    tx,
                    woman.telegram_user_id,
                    notice(
                        rt.texts,
                        "delivery.review_ask",
                        woman.language,
                        number=proposal.id,
                        title=proposal.title,
                        closes=_when(rt, closes_at, woman.language),
                    ),
                    participant_id=woman.participant_id,
                    buttons=review_buttons(rt.texts, review.id, woman.language),
                )
            for staff_chat in rt.staff_chats():
                await rt.outbox.queue(
                    tx,
                    staff_chat,
                    rt.texts(
                        "delivery.staff_review_sent",
                        number=proposal.id,
                        title=proposal.title,
                        count=len(asked),
                        quiet=len(women) - len(asked),
                        closes=_when(rt, closes_at, "en"),
                    ),
                    # The idea's title is a woman's words: staff cannot forward or save it,
                    # and /forget deletes it from staff chats.
                    protect=True,
                    quotes=[proposal.author_id] if proposal.author_id is not None else [],
                )


async def close_due_reviews(rt: Runtime, now: int) -> None:
    """Close every review whose time is up, once: freeze its counts, put the result on the
    item's history, and tell the staff chat."""
    async with rt.db.read() as tx:
        due = [review.id for review in await tx.delivery.reviews_to_close(now)]
    for review_id in due:
        async with rt.db.transaction() as tx:
            review = await tx.delivery.review(review_id)
            if review is None:
                continue
            answers = await tx.delivery.answers(review.id)
            count = count_review((a.answer, a.comment) for a in answers)
            closed = await tx.delivery.close_review(
                review.id, now, count.asked, count.yes, count.partly, count.no, count.comments
            )
            if not closed:
                continue
            values = {
                "asked": count.asked,
                "yes": count.yes,
                "partly": count.partly,
                "no": count.no,
                "comments": count.comments,
            }
            evidence = html.unescape(rt.texts("delivery.evidence_review", **values))
            await tx.proposals.record(review.proposal_id, "reviewed", now, evidence=evidence)
            for staff_chat in rt.staff_chats():
                await rt.outbox.queue(
                    tx,
                    staff_chat,
                    rt.texts(
                        "delivery.staff_review_closed",
                        number=review.proposal_id,
                        **values,
                    ),
                )


@dataclass(frozen=True, slots=True)
class HerReview:
    """A review as a woman who was asked sees it: the review, its item, and her answer so far."""

    review: Review
    proposal: Proposal
    mine: ReviewAnswer


async def her_review(rt: Runtime, review_id: int, participant_id: int) -> HerReview | None:
    """The review, if she was asked it (checked on every press)."""
    async with rt.db.read() as tx:
        return await _her_review(tx, review_id, participant_id)


async def _her_review(tx: Tx, review_id: int, participant_id: int) -> HerReview | None:
    review = await tx.delivery.review(review_id)
    mine = await tx.delivery.answer_of(review_id, participant_id)
    proposal = await tx.proposals.by_id(review.proposal_id) if review else None
    if review is None or mine is None or proposal is None:
        return None
    return HerReview(review, proposal, mine)


async def answer_review(
    rt: Runtime, participant_id: int, review_id: int, answer: str
) -> tuple[Outcome, HerReview | None]:
    """Her answer, changeable until the review closes; only a woman who was asked."""
    if answer not in ANSWERS:
        return Outcome.INVALID, None
    async with rt.db.transaction() as tx:
        found = await _her_review(tx, review_id, participant_id)
        if found is None:
            return Outcome.MISSING, None
        if not found.review.is_open:
            return Outcome.NOT_OPEN, found
        if found.mine.answer == answer:
            return Outcome.ALREADY, found
        await tx.delivery.answer(review_id, participant_id, answer, rt.now())
        found = await _her_review(tx, review_id, participant_id)
    return Outcome.DONE, found


async def comment_review(
    rt: Runtime, participant_id: int, review_id: int, comment: str
) -> Outcome:
    """Her comment on the review (a new one replaces the last), while it is open."""
    async with rt.db.transaction() as tx:
        found = await _her_review(tx, review_id, participant_id)
        if found is None:
            return Outcome.MISSING
        if not found.review.is_open:
            return Outcome.NOT_OPEN
        await tx.delivery.comment(review_id, participant_id, comment)
    return Outcome.DONE


# Staff write to an item's helpers: its volunteers, or the women who hold a role on it.

HELPER_AUDIENCES = ("volunteers", "roles")


@dataclass(frozen=True, slots=True)
class Reach:
    """Where a message to helpers went: queued for `sent` women; `quiet` chose no messages."""

    sent: int
    quiet: int


async def helpers_of(rt: Runtime, proposal_id: int) -> tuple[Proposal | None, int, int]:
    """The item, how many volunteer on it, and how many of them hold a role."""
    async with rt.db.read() as tx:
        proposal = await tx.proposals.by_id(proposal_id)
        helpers = await tx.delivery.helpers(proposal_id)
    return proposal, len(helpers), sum(1 for h in helpers if h.roles)


async def message_helpers(rt: Runtime, proposal_id: int, audience: str, body: str) -> Reach | None:
    """Queue staff's message to the item's volunteers (or only those with a role), behind the
    neutral first line, to each woman who gets messages; None if there is no such item."""
    if audience not in HELPER_AUDIENCES:
        return None
    async with rt.db.transaction() as tx:
        found = await _delivery(rt, tx, proposal_id)
        if found is None:
            return None
        helpers = await tx.delivery.helpers(proposal_id)
        chosen = [h for h in helpers if audience == "volunteers" or h.roles]
        sent = quiet = 0
        for woman in chosen:
            # Volunteering is only ever her own press in a chat, but a chat may have gone.
            if woman.telegram_user_id is None:
                continue
            if not wants_notice(woman.notify, her_own=True):
                quiet += 1
                continue
            buttons: Buttons | None = None
            if found.running:
                label = html.unescape(rt.texts("delivery.button_roles", woman.language))
                buttons = [[(label, f"rls:{proposal_id}")]]
            await rt.outbox.queue(
                tx,
                woman.telegram_user_id,
                notice(
                    rt.texts,
                    "delivery.you_helpers",
                    woman.language,
                    number=proposal_id,
                    title=found.proposal.title,
                    body=body,
                ),
                participant_id=woman.participant_id,
                buttons=buttons,
            )
            sent += 1
    return Reach(sent, quiet)
