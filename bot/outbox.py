"""Durable outgoing messages: queued inside a transaction, sent by a paced background sender."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from storage.db import Database, Tx
from storage.outbox import OutgoingMessage

log = logging.getLogger(__name__)

Buttons = Sequence[Sequence[tuple[str, str]]]  # rows of (label, callback data)

BATCH = 50
IDLE_WAKE_SECONDS = 5.0
RETRY_SECONDS = 10
GROUP_INTERVAL = 3.05


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

    Limits: `rate` messages a second overall, one message per `chat_interval` seconds to a
    private chat and one per `group_interval` seconds to a group (the staff chat), under
    Telegram's 30/s, 1/s and 20/min. A restart resumes from the table: a row is marked sent in
    the same moment it is confirmed, so nothing is lost or sent twice.
    """

    def __init__(
        self,
        db: Database,
        clock: Callable[[], float],
        *,
        rate: float,
        chat_interval: float,
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
        self._last_sent_to: dict[int, float] = {}
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

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
    ) -> None:
        """Queue `body` for `chat_id`; a woman recorded offline (no chat) gets nothing here,
        staff pass news on to her the way she gave her views."""
        if chat_id is None:
            return
        await tx.outbox.add(
            chat_id,
            body,
            int(self._clock()),
            participant_id=participant_id,
            markup=_markup(buttons),
            protect=protect,
            silent=self._silent and participant_id is not None,
            not_before=not_before,
        )
        tx.after_commit(self._wake.set)

    def start(self, bot: Bot) -> None:
        self._stopping = False
        self._task = asyncio.create_task(self._run(bot), name="outbox")

    async def stop(self) -> None:
        """Finish the message in flight, then stop the background sender (at shutdown).

        What is still queued stays in the table for the next start; `drain` can still be
        called directly afterwards.
        """
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
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

    async def drain(self, bot: Bot) -> int:
        """Send every message that is due now; return how many were delivered."""
        delivered = 0
        while not self._stopping:
            async with self._db.read() as tx:
                batch = await tx.outbox.due(int(self._clock()), BATCH)
            if not batch:
                return delivered
            sent_any = False
            for message in batch:
                if self._stopping:
                    break
                wait = self._interval(message.chat_id) - (
                    time.monotonic() - self._last_sent_to.get(message.chat_id, -1e9)
                )
                if wait > 0 and len(batch) > 1:
                    continue  # another chat's message can go first; this one waits its turn
                if wait > 0:
                    await asyncio.sleep(wait)
                if await self._send(bot, message):
                    delivered += 1
                sent_any = True
                await asyncio.sleep(self._gap)
            if not sent_any:
                await asyncio.sleep(min(self._chat_interval, 0.2))
        return delivered

    def _interval(self, chat_id: int) -> float:
        # Groups (negative ids) take about 20 messages a minute: pacing them here keeps a long
        # digest from holding up everyone else's messages behind the library's group limiter.
        return self._chat_interval if chat_id > 0 else self._group_interval

    async def _send(self, bot: Bot, message: OutgoingMessage) -> bool:
        self._last_sent_to[message.chat_id] = time.monotonic()
        try:
            await bot.send_message(
                message.chat_id,
                message.body,
                reply_markup=_keyboard(message.markup),
                protect_content=message.protect,
                disable_notification=message.silent,
            )
        except RetryAfter as error:
            retry = error.retry_after
            seconds = int(retry.total_seconds()) if isinstance(retry, timedelta) else int(retry)
            async with self._db.transaction() as tx:
                await tx.outbox.postpone(message.id, int(self._clock()) + seconds)
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
            async with self._db.transaction() as tx:
                await tx.outbox.postpone(message.id, int(self._clock()) + RETRY_SECONDS)
            log.warning("outbox: network trouble; message %s will be retried", message.id)
            return False
        async with self._db.transaction() as tx:
            await tx.outbox.mark_sent(message.id, int(self._clock()))
        return True
