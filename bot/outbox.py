"""Durable outgoing messages: queued inside a transaction, sent at a fixed cadence per chat."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.rate_limiter import OUTBOX, retry_seconds
from bot.rules.quotes import quoting
from storage.db import Database, Tx
from storage.outbox import OutgoingMessage

log = logging.getLogger(__name__)

Buttons = Sequence[Sequence[tuple[str, str]]]  # rows of (label, callback data)

BATCH = 50
IDLE_WAKE_SECONDS = 5.0
RETRY_SECONDS = 10
CHAT_INTERVAL = 1.05
GROUP_INTERVAL = 3.05
# Sends in flight at once: a slow or timed-out request holds one of these, never the cadence.
MAX_IN_FLIGHT = 64


def _markup(buttons: Buttons | None) -> str | None:
    return json.dumps([[list(button) for button in row] for row in buttons]) if buttons else None


def _keyboard(markup: str | None) -> InlineKeyboardMarkup | None:
    if not markup:
        return None
    rows = json.loads(markup)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


class Outbox:
    """Queues messages in the caller's transaction and sends them at Telegram's pace.

    One message every 1/`rate` seconds on a fixed cadence (a slow send does not push the next
    one back), at most one per `chat_interval` seconds to a private chat and one per
    `group_interval` seconds to a group (the staff chat): under Telegram's 30/s, 1/s and
    20/min. Each chat's messages go in order; each row has its own next attempt time, so a 429,
    a 5xx or a timeout for one chat postpones that row alone and never holds up other chats.

    Delivery is at least once. A row is marked as being attempted (committed) before it is sent
    and marked sent as soon as Telegram confirms it. A clean stop waits for sends in flight, so
    a duplicate needs a crash (or a request that timed out after Telegram took it) in the
    moment between Telegram accepting the message and the row being marked: on the next start
    such rows are sent again, and the count is logged.
    """

    def __init__(
        self,
        db: Database,
        clock: Callable[[], float],
        *,
        rate: float,
        chat_interval: float = CHAT_INTERVAL,
        group_interval: float = GROUP_INTERVAL,
        silent: bool = False,
    ) -> None:
        self._db = db
        self._clock = clock
        self._gap = 1.0 / rate
        self._chat_interval = chat_interval
        self._group_interval = group_interval
        self._silent = silent
        self._wake = asyncio.Event()
        # chat id -> monotonic time from which it may take its next message
        self._chat_free_at: dict[int, float] = {}
        self._in_flight: dict[int, asyncio.Task[bool]] = {}  # chat id -> its send
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._reconciled = False

    async def queue(
        self,
        tx: Tx,
        chat_id: int | None,
        body: str,
        *,
        participant_id: int | None = None,
        buttons: Buttons | None = None,
        protect: bool = False,
        not_before: int | None = None,
        edit_of: int | None = None,
        quotes: Sequence[int] = (),
    ) -> int | None:
        """Queue `body` for `chat_id` and return its row; a woman recorded offline (no chat)
        gets nothing here, staff pass news on to her the way she gave her views.

        With `edit_of`, the message that row sent is edited to `body` instead (once it has
        been sent: a chat's rows go in order; if it never was, the edit is dropped).
        `quotes` names the women whose words a message to staff shows (quick exit and /forget
        drop it while it waits).
        """
        if chat_id is None:
            return None
        row_id = await tx.outbox.add(
            chat_id,
            body,
            int(self._clock()),
            participant_id=participant_id,
            markup=_markup(buttons),
            protect=protect,
            silent=self._silent and participant_id is not None,
            not_before=not_before,
            edit_of=edit_of,
            quotes=quotes,
        )
        tx.after_commit(self._wake.set)
        return row_id

    async def send_to(
        self,
        chat_id: int,
        messages: Sequence[tuple[str, Buttons | None]],
        *,
        protect: bool = False,
        authors: Mapping[str, int] | None = None,
        quotes: Sequence[int] = (),
    ) -> None:
        """Queue several messages to one chat in one transaction (a page of a staff list).

        `authors` (made-up name -> id) are the women whose words the list shows: each message
        that names one is noted as quoting her, so /forget can delete it; every message is
        noted as quoting the women in `quotes`.
        """
        async with self._db.transaction() as tx:
            for body, buttons in messages:
                quoted = sorted({*quotes, *(quoting(body, authors) if authors else [])})
                await self.queue(
                    tx, chat_id, body, buttons=buttons, protect=protect, quotes=quoted
                )

    def start(self, bot: Bot) -> None:
        self._stopping = False
        self._task = asyncio.create_task(self._run(bot), name="outbox")

    async def stop(self) -> None:
        """Finish the sends in flight, then stop the background sender (at shutdown).

        What is still queued stays in the table for the next start; `drain` can still be
        called directly afterwards.
        """
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._settle()
        self._stopping = False

    async def _run(self, bot: Bot) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                await self.drain(bot)
            except Exception:
                log.exception("outbox: drain failed; retrying shortly")
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=await self._idle_seconds())

    async def _idle_seconds(self) -> float:
        async with self._db.read() as tx:
            next_due = await tx.outbox.next_due_at()
        if next_due is None:
            return IDLE_WAKE_SECONDS
        return min(IDLE_WAKE_SECONDS, max(0.05, next_due - self._clock()))

    async def _reconcile(self) -> None:
        """Rows marked as being sent when the bot last stopped: their fate is unknown."""
        async with self._db.transaction() as tx:
            unknown = await tx.outbox.release_unfinished_attempts()
        self._reconciled = True
        if unknown:
            log.warning(
                "outbox: %d message(s) were being sent when the bot stopped; sending again",
                unknown,
            )

    async def drain(self, bot: Bot) -> int:
        """Send every message that is due now, at the cadence; return how many were delivered.

        Returns once nothing is due (rows postponed to later stay queued) and no send is in
        flight.
        """
        if not self._reconciled:
            await self._reconcile()
        delivered = 0
        next_slot = time.monotonic()
        batch: list[OutgoingMessage] = []
        while not self._stopping:
            if not batch:
                batch = await self._due_batch()
            if not batch:
                if not self._in_flight:
                    break
                delivered += await self._wait_for_one_send()
                continue
            now = time.monotonic()
            ready = [m for m in batch if self._chat_free_at.get(m.chat_id, 0.0) <= now]
            if not ready or len(self._in_flight) >= MAX_IN_FLIGHT:
                soonest = min(self._chat_free_at.get(m.chat_id, 0.0) for m in batch)
                await self._sleep_or_settle(max(0.005, soonest - now))
                delivered += self._collect_done()
                batch = []  # read again: rows may have been queued or finished meanwhile
                continue
            message = ready[0]
            batch.remove(message)
            # A fixed cadence: the next slot follows this one, however long this send takes.
            # After a stall longer than half a gap the cadence starts again from now instead
            # of catching up in a burst that would overrun Telegram's per-second limit.
            if next_slot > now:
                await asyncio.sleep(next_slot - now)
            now = time.monotonic()
            next_slot = (next_slot if now - next_slot < self._gap / 2 else now) + self._gap
            await self._begin(bot, message)
            delivered += self._collect_done()
        delivered += await self._settle()
        return delivered

    async def _due_batch(self) -> list[OutgoingMessage]:
        """The next message of each chat that is due and not already being sent."""
        async with self._db.read() as tx:
            return await tx.outbox.due(int(self._clock()), BATCH, busy=list(self._in_flight))

    async def _begin(self, bot: Bot, message: OutgoingMessage) -> None:
        self._chat_free_at[message.chat_id] = time.monotonic() + self._interval(message.chat_id)
        async with self._db.transaction() as tx:
            await tx.outbox.mark_attempt(message.id, int(self._clock()))
        self._in_flight[message.chat_id] = asyncio.create_task(
            self._send(bot, message), name="outbox-send"
        )

    def _collect_done(self) -> int:
        delivered = 0
        for chat_id, task in list(self._in_flight.items()):
            if task.done():
                del self._in_flight[chat_id]
                if not task.cancelled() and task.exception() is None and task.result():
                    delivered += 1
                elif not task.cancelled() and task.exception() is not None:
                    log.error("outbox: a send failed unexpectedly", exc_info=task.exception())
        now = time.monotonic()
        if len(self._chat_free_at) > 4 * MAX_IN_FLIGHT:
            # Keep only the chats still waiting out their interval: memory stays flat.
            self._chat_free_at = {c: t for c, t in self._chat_free_at.items() if t > now}
        return delivered

    async def _wait_for_one_send(self) -> int:
        await asyncio.wait(list(self._in_flight.values()), return_when=asyncio.FIRST_COMPLETED)
        return self._collect_done()

    async def _sleep_or_settle(self, seconds: float) -> None:
        # Short naps: a message for a free chat queued meanwhile is not kept waiting behind a
        # group's three-second spacing.
        seconds = min(seconds, 0.25)
        if self._in_flight:
            await asyncio.wait(
                list(self._in_flight.values()),
                timeout=seconds,
                return_when=asyncio.FIRST_COMPLETED,
            )
        else:
            await asyncio.sleep(seconds)

    async def _settle(self) -> int:
        """Wait for every send in flight to finish."""
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()))
        return self._collect_done()

    def _interval(self, chat_id: int) -> float:
        # Groups (negative ids) take about 20 messages a minute: pacing them here keeps a long
        # digest from holding up everyone else's messages behind the library's group limiter.
        return self._chat_interval if chat_id > 0 else self._group_interval

    async def _send(self, bot: Bot, message: OutgoingMessage) -> bool:
        telegram_id: int | None = None
        sent_at = 0
        try:
            if message.edit_of is not None:
                if not await self._edit(bot, message, message.edit_of):
                    return False
            else:
                sent = await bot.send_message(
                    message.chat_id,
                    message.body,
                    reply_markup=_keyboard(message.markup),
                    protect_content=message.protect,
                    disable_notification=message.silent,
                    rate_limit_args=OUTBOX,  # type: ignore[call-arg]
                )
                telegram_id = sent.message_id
                sent_at = int(sent.date.timestamp())
        except RetryAfter as error:
            # The row waits (and holds back the chat's later rows); other chats go on.
            seconds = retry_seconds(error)
            async with self._db.transaction() as tx:
                await tx.outbox.postpone(message.id, int(self._clock()) + math.ceil(seconds))
            return False
        except Forbidden:
            # She blocked the bot or deleted her account: stop writing to her.
            async with self._db.transaction() as tx:
                await tx.outbox.mark_failed(message.id)
                if message.participant_id is not None:
                    await tx.participants.mark_unreachable(message.participant_id)
                    await tx.outbox.drop_pending_for(message.participant_id)
            log.info("outbox: message %s undeliverable; recipient marked inactive", message.id)
            return False
        except BadRequest as error:
            async with self._db.transaction() as tx:
                await tx.outbox.mark_failed(message.id)
            log.warning("outbox: message %s rejected: %s", message.id, error.message)
            return False
        except (TimedOut, NetworkError):
            # A 5xx arrives as NetworkError too. Only this row waits; other chats go on.
            async with self._db.transaction() as tx:
                await tx.outbox.postpone(message.id, int(self._clock()) + RETRY_SECONDS)
            log.warning("outbox: network trouble; message %s will be retried", message.id)
            return False
        async with self._db.transaction() as tx:
            await tx.outbox.mark_sent(message.id, int(self._clock()), telegram_id)
            if telegram_id is not None:
                # If it shows women's words to staff, /forget may delete it: note it for them.
                await tx.staff_copies.add_sent(message.id, message.chat_id, telegram_id, sent_at)
        return True

    async def _edit(self, bot: Bot, message: OutgoingMessage, target: int) -> bool:
        """Edit the message row `target` sent; False (the row dropped) if it never was."""
        async with self._db.read() as tx:
            telegram_id = await tx.outbox.sent_message_id(target)
        if telegram_id is None:
            async with self._db.transaction() as tx:
                await tx.outbox.mark_failed(message.id)
            return False
        try:
            await bot.edit_message_text(
                message.body,
                message.chat_id,
                telegram_id,
                reply_markup=_keyboard(message.markup),
                rate_limit_args=OUTBOX,  # type: ignore[call-arg]
            )
        except BadRequest as error:
            # Already showing this very text (a lead's press edited it first): nothing to do.
            if "not modified" not in error.message:
                raise
        return True
