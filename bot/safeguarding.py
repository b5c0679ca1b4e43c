"""Safeguarding: spot risk words in free text, alert the safeguarding lead, record who saw."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from bot.outbox import Outbox
from bot.rules.risk_words import find_risk_words
from bot.texts import Safe, Texts
from storage.db import Database, Tx
from storage.safeguarding import Alert

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

SUPPORT_BUTTON = "support"
# A second identical alert this soon after an unseen one adds noise, not safety.
REPEAT_WINDOW_SECONDS = 600


def alert_text(texts: Texts, alert: Alert, zone: tzinfo) -> Safe:
    """How an alert reads in the safeguarding chat (also after it was marked seen)."""
    when = texts.when(alert.created_at, zone, "moment")
    who = alert.pseudonym or texts("safeguarding.not_joined")
    if alert.words:
        source_key = f"safeguarding.source_{alert.source}"
        body = texts(
            "safeguarding.alert_words",
            pseudonym=who,
            words=", ".join(alert.words),
            source=texts(source_key) if texts.has(source_key) else alert.source,
            time=when,
        )
    else:
        body = texts("safeguarding.alert_button", pseudonym=who, time=when)
    if alert.item_kind is not None:
        item = texts(f"safeguarding.item_{alert.item_kind}", number=alert.item_id)
        body = Safe(body + "\n" + item)
    lines = [
        texts(f"safeguarding.{step}_line", who=who_, time=texts.when(at, zone, "moment"))
        for step, who_, at in (
            ("seen", alert.seen_by_name, alert.seen_at),
            ("offered", alert.offered_by_name, alert.offered_at),
            ("contacted", alert.contacted_by_name, alert.contacted_at),
        )
        if at is not None
    ]
    if alert.answer is not None and alert.answered_at is not None:
        answer = texts(f"contact.answer_{alert.answer}")
        at = texts.when(alert.answered_at, zone, "moment")
        lines.append(texts("safeguarding.answer_line", answer=answer, time=at))
    if alert.closed_at is not None:
        at = texts.when(alert.closed_at, zone, "moment")
        lines.append(texts("safeguarding.closed_line", who=alert.closed_by_name, time=at))
    return Safe("\n\n".join([body, "\n".join(lines)])) if lines else body


# What a lead records on an alert, in order; the letter is the one in the button's data
# ("o", Offer contact, sends her a message and counts as Contacted).
STEP_CODES = {"s": "seen", "o": "offered", "c": "contacted", "x": "closed"}


def alert_buttons(texts: Texts, alert: Alert) -> list[list[tuple[str, str]]]:
    """The steps still open: Seen first, then Offer contact (while she can be reached in the
    chat), Contacted and Closed; none once closed."""
    if alert.closed_at is not None:
        return []
    if alert.seen_at is None:
        steps = ["s"]
    else:
        can_offer = alert.offered_at is None and alert.participant_id is not None
        steps = [
            *(["o"] if can_offer else []),
            *(["c"] if alert.contacted_at is None else []),
            "x",
        ]
    return [
        [
            (texts(f"safeguarding.{STEP_CODES[code]}_button"), f"sg{code}:{alert.id}")
            for code in steps
        ]
    ]


async def raise_alert(
    db: Database,
    outbox: Outbox,
    texts: Texts,
    *,
    chat_id: int | None,
    zone: tzinfo,
    participant_id: int | None,
    words: Sequence[str],
    source: str,
    now: int,
) -> Alert | None:
    """Record an alert and queue it for the safeguarding chat, in one transaction.

    Returns None when the same woman (or, for those not joined, anyone not joined) raised
    the same alert minutes ago and nobody has seen it yet: one alert per worry, not per message.
    """
    async with db.transaction() as tx:
        if await tx.safeguarding.has_recent_unseen(
            participant_id, source, tuple(words), now - REPEAT_WINDOW_SECONDS
        ):
            return None
        alert = await tx.safeguarding.add(participant_id, tuple(words), source, now)
        if chat_id is not None:
            row = await outbox.queue(
                tx,
                chat_id,
                alert_text(texts, alert, zone),
                buttons=alert_buttons(texts, alert),
                # The words matched are hers: staff cannot forward or save the alert.
                protect=True,
                quotes=[participant_id] if participant_id is not None else [],
            )
            if row is not None:
                # Kept so the alert can be edited once the item it came from is saved.
                await tx.safeguarding.set_outbox(alert.id, row)
    if chat_id is None:
        log.warning("safeguarding alert %s recorded but SAFEGUARDING_CHAT_ID is not set", alert.id)
    log.info("safeguarding alert %s raised for %s", alert.id, alert.pseudonym or "someone new")
    return alert


async def record_alert_step(
    db: Database, alert_id: int, step: str, staff_user_id: int, staff_name: str, now: int
) -> tuple[Alert, bool] | None:
    """Record who marked the alert seen, contacted or closed, and when; each step once, in
    order (Contacted and Closed only after Seen, nothing after Closed), first press kept.

    Returns the alert and whether this press was the one that marked it, or None if unknown.
    """
    async with db.transaction() as tx:
        repo = tx.safeguarding
        mark = {
            "seen": repo.mark_seen,
            "contacted": repo.mark_contacted,
            "closed": repo.mark_closed,
        }[step]
        marked = await mark(alert_id, staff_user_id, staff_name, now)
        alert = await repo.by_id(alert_id)
        if alert is not None and alert.outbox_id is not None:
            # The press edits the alert with everything known; an edit still queued is older.
            await tx.outbox.drop_pending_edits(alert.outbox_id)
    if alert is not None and marked:
        log.info("safeguarding alert %s marked %s", alert_id, step)
    return (alert, marked) if alert is not None else None


async def link_alerts(
    rt: Runtime, tx: Tx, alert_ids: Sequence[int], participant_id: int, kind: str, item_id: int
) -> None:
    """Inside the transaction that saves her item: note on each alert raised while she wrote
    it which item it came from, and queue the edit that shows its number in the safeguarding
    chat. Nothing names an item before it is committed."""
    for alert_id in alert_ids:
        alert = await tx.safeguarding.link_item(alert_id, participant_id, kind, item_id)
        if alert is not None:
            await queue_alert_edit(rt, tx, alert)
            log.info("safeguarding alert %s linked to %s %s", alert_id, kind, item_id)


async def queue_alert_edit(rt: Runtime, tx: Tx, alert: Alert) -> None:
    """Queue the edit that makes the alert message show where it stands now (sent after the
    alert itself: a chat's outbox rows go in order)."""
    if alert.outbox_id is None:
        return
    await rt.outbox.queue(
        tx,
        rt.settings.safeguarding_chat_id,
        alert_text(rt.texts, alert, rt.settings.zone),
        buttons=alert_buttons(rt.texts, alert),
        protect=True,
        edit_of=alert.outbox_id,
    )


@dataclass(frozen=True, slots=True)
class Screening:
    """What screening a woman's free text found: the risk words, and the alert raised for them."""

    words: list[str]  # the risk words found; empty when none
    alert: Alert | None  # the new alert, or None (no words, or the same alert is still open)


async def screen_text(
    rt: Runtime, text: str, *, participant_id: int | None, source: str
) -> Screening:
    """The one call every flow makes on free text a woman wrote, before acting on it.

    A match is recorded and queued for the safeguarding chat; the caller then tells her
    where to get help (handlers.safety.screen_free_text does both) and carries on saving
    exactly what she meant to save.
    """
    words = find_risk_words(text, rt.risk_words)
    if not words:
        return Screening([], None)
    alert = await raise_alert(
        rt.db,
        rt.outbox,
        rt.texts,
        chat_id=rt.settings.safeguarding_chat_id,
        zone=rt.settings.zone,
        participant_id=participant_id,
        words=words,
        source=source,
        now=rt.now(),
    )
    return Screening(words, alert)


async def request_support(rt: Runtime, participant_id: int | None) -> Alert | None:
    """She pressed "I need support now": an alert with no words."""
    return await raise_alert(
        rt.db,
        rt.outbox,
        rt.texts,
        chat_id=rt.settings.safeguarding_chat_id,
        zone=rt.settings.zone,
        participant_id=participant_id,
        words=(),
        source=SUPPORT_BUTTON,
        now=rt.now(),
    )
