"""Joining with consent, settings, and a woman's right to see and delete her data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.invites import spend_invite
from bot.pseudonyms import new_pseudonym
from storage.codesign import Comment
from storage.db import Database
from storage.delivery import ReviewAnswer, RoleHeld
from storage.feedback import Feedback, FeedbackResponse
from storage.participants import Participant
from storage.proposals import FeedbackIdea, Proposal
from storage.recognition import Recognition
from storage.staff_copies import StaffCopies

NOTIFY_CHOICES = ("all", "mine", "none")
# How long "Yes, delete everything" works after /forget asked.
FORGET_PROMPT_SECONDS = 15 * 60

ForgetOutcome = Literal["deleted", "nothing", "not_asked"]


def wants_notice(notify: str, *, her_own: bool) -> bool:
    """Her preference: `all` news, news about her `mine` own items only, or `none`."""
    return notify == "all" or (notify == "mine" and her_own)


async def find_participant(db: Database, telegram_user_id: int) -> Participant | None:
    async with db.read() as tx:
        return await tx.participants.by_telegram_user(telegram_user_id)


async def join(
    db: Database,
    telegram_user_id: int,
    language: str,
    now: int,
    *,
    invite_code: str | None = None,
) -> Participant | None:
    """Enrol her after she agreed; joining twice keeps the first pseudonym.

    With `invite_code` the code is spent in the same transaction, and None (nothing stored)
    means it was unknown, used or expired.
    """
    async with db.transaction() as tx:
        existing = await tx.participants.by_telegram_user(telegram_user_id)
        if existing is not None:
            return existing
        if invite_code is not None and not await spend_invite(tx, invite_code, now):
            return None
        pseudonym = new_pseudonym()
        while await tx.participants.pseudonym_taken(pseudonym):
            pseudonym = new_pseudonym()
        return await tx.participants.add(telegram_user_id, pseudonym, language, now)


async def note_seen(db: Database, participant: Participant, now: int) -> Participant:
    """Note that she used the chat (it counts her as active for the ladder).

    Most updates write nothing: the last-seen time is written at most once a minute.
    """
    if participant.active and now - participant.last_seen_at < 60:
        return participant
    async with db.transaction(bookkeeping=True, durable=False) as tx:
        await tx.participants.seen(participant.id, now)
        return await tx.participants.by_id(participant.id) or participant


async def change_notify(db: Database, participant_id: int, choice: str) -> bool:
    if choice not in NOTIFY_CHOICES:
        return False
    async with db.transaction() as tx:
        await tx.participants.set_notify(participant_id, choice)
    return True


async def change_language(
    db: Database, participant_id: int, language: str, known: list[str]
) -> bool:
    if language not in known:
        return False
    async with db.transaction() as tx:
        await tx.participants.set_language(participant_id, language)
    return True


@dataclass(frozen=True, slots=True)
class MyData:
    """Everything stored about one woman, read in one transaction for /mydata."""

    participant: Participant
    feedback: list[tuple[Feedback, list[FeedbackResponse]]]
    proposals: list[Proposal]
    supported: list[int]
    volunteered: list[int]
    votes: list[tuple[int, str, str, str | None]]  # poll, question, her choice, her reason
    alert_dates: list[int]
    messages_kept: int
    recognition: list[Recognition]
    draft_comments: tuple[Comment, ...] = ()  # her comments on co-design drafts
    roles: tuple[RoleHeld, ...] = ()  # roles she holds on items being delivered
    review_answers: tuple[ReviewAnswer, ...] = ()  # what she said when asked "did it work?"
    staff_copies: int = 0  # messages in staff chats showing her words that /forget can delete
    share_requests: tuple[FeedbackIdea, ...] = ()  # asked to share her feedback as an idea


async def collect_my_data(db: Database, participant_id: int) -> MyData | None:
    """Everything stored about her, for /mydata."""
    async with db.read() as tx:
        participant = await tx.participants.by_id(participant_id)
        if participant is None:
            return None
        items = await tx.feedback.by_participant(participant_id)
        feedback = [(item, await tx.feedback.responses(item.id)) for item in items]
        alerts = await tx.safeguarding.by_participant(participant_id)
        return MyData(
            participant,
            feedback,
            await tx.proposals.by_author(participant_id),
            await tx.proposals.supported_by(participant_id),
            await tx.proposals.volunteered_by(participant_id),
            await tx.polls.votes_by(participant_id),
            [alert.created_at for alert in alerts],
            await tx.trail.count_for(participant_id),
            await tx.recognition.by_participant(participant_id),
            tuple(await tx.drafts.comments_by(participant_id)),
            tuple(await tx.delivery.roles_of(participant_id)),
            tuple(await tx.delivery.answers_of(participant_id)),
            await tx.staff_copies.count_for(participant_id),
            tuple(await tx.proposals.feedback_ideas_of(participant_id)),
        )


async def ask_to_forget(db: Database, participant_id: int, now: int) -> None:
    """Record that she was asked to confirm /forget; only this makes "Yes" act."""
    async with db.transaction() as tx:
        await tx.participants.ask_to_forget(participant_id, now + FORGET_PROMPT_SECONDS)


async def forget_was_asked(db: Database, telegram_user_id: int, now: int) -> bool:
    """True if she has a /forget question open (it can only come from the bot itself)."""
    async with db.read() as tx:
        participant = await tx.participants.by_telegram_user(telegram_user_id)
        return participant is not None and await tx.participants.forget_prompt_open(
            participant.id, now
        )


async def keep_after_all(db: Database, telegram_user_id: int) -> None:
    """She answered "No": the question is used up."""
    async with db.transaction() as tx:
        participant = await tx.participants.by_telegram_user(telegram_user_id)
        if participant is not None:
            await tx.participants.take_forget_prompt(participant.id, 0)


async def forget(
    db: Database, telegram_user_id: int, now: int
) -> tuple[ForgetOutcome, StaffCopies]:
    """Delete her and every row about her, if she was asked and said yes; with "deleted",
    the staff-chat messages that showed her words (for the caller to delete from Telegram).

    Deleted rows are zeroed in the file (secure_delete) and the WAL is emptied afterwards, so
    no copy of them stays on disk while the bot keeps running.
    """
    async with db.transaction() as tx:
        participant = await tx.participants.by_telegram_user(telegram_user_id)
        if participant is None:
            return "nothing", StaffCopies()
        if not await tx.participants.take_forget_prompt(participant.id, now):
            return "not_asked", StaffCopies()
        copies = await tx.staff_copies.take(participant.id)
        await tx.participants.delete(participant.id)
        await tx.flows.drop_for_users([telegram_user_id])
    await db.erase_traces()
    return "deleted", copies
