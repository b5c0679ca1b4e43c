"""Feedback (consultation): women give it, staff answer it, and the author hears back."""

from __future__ import annotations

from collections.abc import Sequence

from bot.notices import notice_html
from bot.outbox import Outbox
from bot.participants import wants_notice
from bot.runtime import Runtime
from bot.safeguarding import link_alerts
from bot.text_input import excerpt
from bot.texts import Texts
from storage.db import Database
from storage.feedback import Feedback, FeedbackResponse, Voice

# /feedback shows this many items a page: a few messages, however much feedback there is.
FEEDBACK_PAGE_SIZE = 10
# Her words are quoted back as a reminder, not in full: the reply must fit one message.
QUOTE_LENGTH = 600


async def submit_feedback(
    rt: Runtime,
    participant_id: int,
    topic: str,
    body: str,
    *,
    voice: Voice | None = None,
    alerts: Sequence[int] = (),
) -> Feedback:
    """Store her feedback; any safeguarding alert raised while she wrote it (`alerts`) now
    shows its number."""
    async with rt.db.transaction() as tx:
        item = await tx.feedback.add(participant_id, topic, body, rt.now(), voice=voice)
        await link_alerts(rt, tx, alerts, participant_id, "feedback", item.id)
    return item


async def voice_note(db: Database, kind: str, number: int) -> tuple[Voice, str] | None:
    """The voice note of a piece of feedback or an idea, with its author's made-up name."""
    async with db.read() as tx:
        item = await (
            tx.feedback.by_id(number) if kind == "feedback" else tx.proposals.by_id(number)
        )
    if item is None or item.voice is None:
        return None
    pseudonym = item.pseudonym if isinstance(item, Feedback) else item.author_pseudonym
    return item.voice, pseudonym


async def recent_feedback(db: Database, page: int = 0) -> tuple[list[Feedback], int]:
    """One page of feedback, newest first, and how much there is in all."""
    async with db.read() as tx:
        items = await tx.feedback.recent(FEEDBACK_PAGE_SIZE, page * FEEDBACK_PAGE_SIZE)
        return items, await tx.feedback.count()


async def feedback_item(db: Database, feedback_id: int) -> Feedback | None:
    async with db.read() as tx:
        return await tx.feedback.by_id(feedback_id)


async def respond_to_feedback(
    db: Database,
    outbox: Outbox,
    texts: Texts,
    feedback_id: int,
    staff_user_id: int,
    body: str,
    now: int,
) -> tuple[Feedback, bool] | None:
    """Record the staff reply and queue "you said, we did" for the author, in one transaction.

    Returns the item and whether the reply goes to her as a message (not when she chose no
    messages), or None when the item is gone (she deleted her data in the meantime).
    """
    async with db.transaction() as tx:
        item = await tx.feedback.by_id(feedback_id)
        author = await tx.participants.by_id(item.participant_id) if item else None
        if item is None or author is None:
            return None
        await tx.feedback.add_response(feedback_id, staff_user_id, body, now)
        if not wants_notice(author.notify, her_own=True):
            return item, False
        # Her own words are quoted back, so the message is protected from forwarding and saving.
        await outbox.queue(
            tx,
            author.telegram_user_id,
            notice_html(
                texts,
                author.language,
                texts(
                    "feedback.you_said_we_did",
                    author.language,
                    number=item.id,
                    topic=item.topic,
                    body=excerpt(item.body, QUOTE_LENGTH),
                    response=body,
                ),
            ),
            participant_id=author.id,
            protect=True,
        )
    return item, True


async def my_feedback(
    db: Database, participant_id: int
) -> list[tuple[Feedback, list[FeedbackResponse]]]:
    """Her feedback, oldest first, each with the team's replies (for /myfeedback)."""
    async with db.read() as tx:
        items = await tx.feedback.by_participant(participant_id)
        return [(item, await tx.feedback.responses(item.id)) for item in items]
