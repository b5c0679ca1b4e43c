"""Items that do not start as a woman's idea: staff plans, and feedback turned into an idea."""

from __future__ import annotations

from dataclasses import dataclass

from bot.ladder import LIMIT_CODES, Level
from bot.notices import notice
from bot.participants import wants_notice
from bot.proposals import Outcome, StaffMember
from bot.rules.domains import valid_choice
from bot.runtime import Runtime
from bot.text_input import excerpt
from storage.proposals import FeedbackIdea, Proposal

# Her words are quoted after the neutral line, as a reminder, not in full.
QUOTE_LENGTH = 600


@dataclass(frozen=True, slots=True)
class Plan:
    """What staff declare up front when they put their own plan on the ladder."""

    title: str
    body: str
    level: int
    can_change: str
    already_decided: str | None = None
    decided_limit: str | None = None
    domains: tuple[str, ...] = ()  # what the part already decided is about


def plan_is_valid(plan: Plan) -> bool:
    """A plan starts at consultation or co-design; a limit explains something decided; what is
    already decided names its domains (and with nothing decided there is no decision)."""
    if plan.level not in (Level.CONSULTATION, Level.CO_DESIGN):
        return False
    if (plan.already_decided is None) != (not plan.domains):
        return False
    if plan.domains and not valid_choice(plan.domains):
        return False
    if plan.decided_limit is not None:
        return plan.already_decided is not None and plan.decided_limit in LIMIT_CODES
    return True


async def start_plan(rt: Runtime, plan: Plan, staff: StaffMember) -> Proposal | None:
    """Publish a staff plan at once, at the level staff chose, with what is still open."""
    if not plan_is_valid(plan):
        return None
    now = rt.now()
    async with rt.db.transaction() as tx:
        proposal = await tx.proposals.add_published(
            None,
            plan.title,
            plan.body,
            now,
            origin="plan",
            level=plan.level,
            can_change=plan.can_change,
            already_decided=plan.already_decided,
            decided_limit=plan.decided_limit,
        )
        await tx.proposals.record(
            proposal.id,
            "published",
            now,
            to_level=plan.level,
            staff_id=staff.id,
            staff_name=staff.name,
            limit_code=plan.decided_limit,
            domains=plan.domains,
        )
    return proposal


@dataclass(frozen=True, slots=True)
class IdeaRequest:
    """What came of asking an author whether her feedback may become an idea, with the request
    when one was sent."""

    outcome: Outcome
    request: FeedbackIdea | None = None


async def ask_to_share_feedback(
    rt: Runtime, feedback_id: int, title: str, staff: StaffMember
) -> IdeaRequest:
    """Ask the author, in a neutral message, whether her feedback may become an idea.

    DONE_QUIETLY: she chose to get no messages, so she cannot be asked and nothing is stored;
    DONE_OFFLINE likewise for a woman recorded offline, who has no chat.
    """
    now = rt.now()
    async with rt.db.transaction() as tx:
        item = await tx.feedback.by_id(feedback_id)
        author = await tx.participants.by_id(item.participant_id) if item else None
        if item is None or author is None:
            return IdeaRequest(Outcome.MISSING)
        if author.offline:
            return IdeaRequest(Outcome.DONE_OFFLINE)
        if not wants_notice(author.notify, her_own=True):
            return IdeaRequest(Outcome.DONE_QUIETLY)
        request = await tx.proposals.ask_feedback_idea(
            feedback_id, title, staff.id, staff.name, now
        )
        await rt.outbox.queue(
            tx,
            author.telegram_user_id,
            notice(
                rt.texts,
                "plans.ask_author",
                author.language,
                title=title,
                body=excerpt(item.body, QUOTE_LENGTH),
            ),
            participant_id=author.id,
            buttons=[
                [
                    (rt.texts("plans.button_yes", author.language), f"fia:{request.id}:yes"),
                    (rt.texts("plans.button_no", author.language), f"fia:{request.id}:no"),
                ]
            ],
            protect=True,
        )
    return IdeaRequest(Outcome.DONE, request)


async def answer_share_request(
    rt: Runtime, request_id: int, participant_id: int, *, agree: bool
) -> tuple[Outcome, Proposal | None]:
    """Her answer: yes publishes the idea with her as its author; either way staff hear it."""
    now = rt.now()
    async with rt.db.transaction() as tx:
        request = await tx.proposals.feedback_idea(request_id)
        item = await tx.feedback.by_id(request.feedback_id) if request else None
        if request is None or item is None or item.participant_id != participant_id:
            return Outcome.MISSING, None
        if request.answer is not None:
            return Outcome.ALREADY, None
        proposal = None
        if agree:
            proposal = await tx.proposals.add_published(
                participant_id,
                request.title,
                item.body,
                now,
                origin="feedback",
                feedback_id=item.id,
            )
            await tx.proposals.record(proposal.id, "submitted", now, to_level=Level.CONSULTATION)
            await tx.proposals.record(proposal.id, "published", now, staff_name=request.staff_name)
        await tx.proposals.answer_feedback_idea(
            request.id, "yes" if agree else "no", proposal.id if proposal else None, now
        )
        for staff_chat in rt.staff_chats():
            await rt.outbox.queue(
                tx,
                staff_chat,
                rt.texts(
                    "plans.staff_agreed" if agree else "plans.staff_refused",
                    feedback=item.id,
                    number=proposal.id if proposal else 0,
                    title=request.title,
                ),
            )
    return Outcome.DONE, proposal
