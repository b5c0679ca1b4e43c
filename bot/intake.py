"""Durable intake: every update is held in the database before Telegram is told it arrived.

The order of things for each update:

1. `accept` writes it to the `inbox` table (one transaction for a batch). Only then is it
   confirmed to Telegram: the next getUpdates asks for a higher offset (or a webhook answers 200).
2. It joins its person's queue. Different people's updates run at once; one person's run one
   after another, in order, except that quick exit and "I need support now" go ahead of what of
   hers is still waiting.
3. While its handlers run, any write transaction made for it also marks it `committed` in the
   same commit, so a crash after that commit never runs the write again.
4. When its handlers are done, the conversation steps and drafts they changed are collected and
   it is marked done (the row keeps only the id, to recognise a redelivery), both in the same
   commit, but not one of its own: the next batch held carries it, or the next write a handler
   makes (any person's), or, when nothing else comes, a commit of its own at most
   MARK_DONE_WITHIN_SECONDS later. An update marked done and the flow steps stored always
   agree; a write made for an update always carries every update finished before it, so after
   a crash no update runs again behind a later one of hers whose write was saved.

On start, `recover` settles what a crash left: an update whose write committed but that did
not finish is not run again (her flow starts afresh and she is told, through the outbox, that
what she sent was received); every other unfinished update is processed again, first, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application

from bot.chat_bot import ChatBot, read_update
from bot.logs import KEEP
from bot.notices import notice_html
from bot.rules.intake import is_safety_action, person_of
from bot.runtime import Runtime
from bot.stored_flows import StoredFlows
from storage.db import CURRENT_UPDATE, Tx
from storage.inbox import HeldUpdate

log = logging.getLogger(__name__)

# How many updates are processed at the same moment (each from a different person).
CONCURRENT_PEOPLE = 64
# Waiting between attempts while the Bot API cannot be reached: doubling, up to this long.
FIRST_RETRY_SECONDS = 0.5
LONGEST_RETRY_SECONDS = 30.0
# Telegram keeps an update for 24 hours; a done update's id is kept longer to spot redeliveries.
DONE_IDS_KEEP_SECONDS = 7 * 86400
# A finished update is marked done with the next batch held or the next write of a handler;
# when neither comes, by a commit of its own this long after.
MARK_DONE_WITHIN_SECONDS = 1.0
# The name of the task that marks finished updates done when no other update came in time.
MARK_DONE_TASK = "intake-done"


@dataclass(slots=True)
class _Pass:
    """What the handlers of one update asked of the intake while they ran."""

    again: bool = False
    unreachable: bool = False
    error: BaseException | None = None


_PASS: ContextVar[_Pass | None] = ContextVar("intake_pass", default=None)


def process_again() -> None:
    """Send the update being processed through the handlers once more when this pass is over
    (a flow switch: the open flow ends, then the update starts the one she asked for)."""
    current = _PASS.get()
    if current is None:
        raise RuntimeError("process_again is only for an update the intake is processing")
    current.again = True


def note_unreachable(error: BaseException) -> bool:
    """The Bot API could not be reached while processing the current update: it is tried again
    once the connection is back. Returns False outside the intake (nothing will retry it)."""
    current = _PASS.get()
    if current is None:
        return False
    current.unreachable, current.error = True, error
    return True


def is_unreachable(error: object) -> bool:
    """A failure to reach the Bot API at all, as opposed to a refusal (BadRequest, Forbidden)."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def retry_delay(failures: int, first: float = FIRST_RETRY_SECONDS) -> float:
    """Seconds to wait after `failures` failed attempts in a row."""
    return float(min(LONGEST_RETRY_SECONDS, first * 2 ** max(0, failures - 1)))


class Connection:
    """One log line when the Bot API cannot be reached, one when it can again; nothing between."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lost_at: float | None = None
        self._failures = 0

    @property
    def lost(self) -> bool:
        return self._lost_at is not None

    def failed(self, error: BaseException) -> None:
        self._failures += 1
        if self._lost_at is None:
            self._lost_at = self._clock()
            log.warning(
                "lost the connection to the Bot API (%s); retrying quietly",
                type(error).__name__,
                extra=KEEP,
            )

    def ok(self) -> None:
        if self._lost_at is None:
            return
        log.warning(
            "the connection to the Bot API is back after %.0f s (%s failed attempts)",
            self._clock() - self._lost_at,
            self._failures,
            extra=KEEP,
        )
        self._lost_at, self._failures = None, 0


class Intake:
    """Holds, orders and processes updates; see the module docstring for the guarantees."""

    def __init__(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        runtime: Runtime,
        flows: StoredFlows,
        *,
        concurrency: int = CONCURRENT_PEOPLE,
        first_retry: float = FIRST_RETRY_SECONDS,
    ) -> None:
        self._app = app
        self._rt = runtime
        self._flows = flows
        self._queues: dict[int, deque[Update]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._idle = asyncio.Event()
        self._idle.set()
        self._slots = asyncio.Semaphore(concurrency)
        self._first_retry = first_retry
        # Finished, not yet marked done (see `_write_done`).
        self._finished: list[int] = []
        self._marker: asyncio.Task[None] | None = None
        self._wipes: set[asyncio.Task[None]] = set()
        # No update id above this is in the inbox; None until `recover` has read it (until
        # then every update is looked up). Only ever raised: too high costs a lookup, never
        # a second run; too low could not happen.
        self._newest: int | None = None
        self.connection = Connection()
        runtime.db.riders = self._write_done

    # ------------------------------------------------------------------ taking updates in

    async def accept(self, updates: Sequence[Mapping[str, Any]]) -> None:
        """Hold these updates (Bot API JSON objects) in the inbox, then start processing them.

        It returns once they are committed: only then may Telegram be told they arrived (the
        next getUpdates offset, or a webhook's 200). An update already held or done is ignored,
        so a redelivered update is processed once.
        """
        # Parsing leaves its input as it was (PTB copies it): no second round through JSON.
        await self.hold([(read_update(raw, self._app.bot), json.dumps(raw)) for raw in updates])

    async def hold(self, updates: Sequence[tuple[Update, str]]) -> None:
        """`accept` for updates already read, each with its JSON body."""
        if not updates:
            return
        rows = [(update.update_id, person_of(update), body) for update, body in updates]
        async with self._rt.db.transaction(bookkeeping=True) as tx:
            # What finished since the last commit rides along: no commit of its own.
            await self._write_done(tx)
            new = set(await tx.inbox.hold(rows, self._rt.now(), self._newest))
            if self._newest is not None:
                # Raised at once, committed or not: a number too high costs only a lookup.
                self._newest = max(self._newest, *(row[0] for row in rows))
        for update, _ in updates:
            if update.update_id in new:
                self._schedule(update)

    async def recover(self) -> None:
        """At start, before anything new: settle what a crash or a stop left unfinished."""
        async with self._rt.db.read() as tx:
            held = await tx.inbox.unfinished()
            # Telegram numbers updates upwards: one above every id held is surely new.
            newest = await tx.inbox.newest()
            self._newest = newest if newest is not None else 0
        settled = [row for row in held if row.committed]
        if settled:
            await self._settle(settled)
        again = [row for row in held if not row.committed]
        unreadable: list[int] = []
        for row in again:
            update = self._parse(row.body)
            if update is None:
                unreadable.append(row.update_id)
            else:
                self._schedule(update)
        if unreadable:
            # Held by an older release in a shape this one cannot read: never block the rest.
            log.error("intake: %s held updates could not be read and are skipped", len(unreadable))
            async with self._rt.db.transaction(bookkeeping=True) as tx:
                await tx.inbox.mark_done(unreadable, self._rt.now())
        if held:
            log.info(
                "intake: %s unfinished updates from before the restart are processed first;"
                " %s had already been saved and are not run again",
                len(again),
                len(settled),
            )

    def _parse(self, body: str) -> Update | None:
        try:
            return read_update(json.loads(body), self._app.bot)
        except Exception:
            return None

    async def _settle(self, rows: list[HeldUpdate]) -> None:
        """Updates whose write committed but whose processing did not finish: never run them
        again; end her flow (its step may be out of date) and tell her what she sent arrived."""
        rt = self._rt
        async with rt.db.transaction(bookkeeping=True) as tx:
            await tx.flows.drop_for_users({row.person for row in rows})
            for row in rows:
                update = self._parse(row.body)
                chat = update.effective_chat if update is not None else None
                # Nothing is added to a chat she has just cleared with quick exit.
                if (
                    update is not None
                    and chat is not None
                    and chat.type == chat.PRIVATE
                    and not is_safety_action(update)
                ):
                    participant = await tx.participants.by_telegram_user(row.person)
                    language = participant.language if participant else "en"
                    await rt.outbox.queue(
                        tx,
                        chat.id,
                        notice_html(
                            rt.texts,
                            language,
                            rt.texts("intake.received_before_restart", language),
                        ),
                        participant_id=participant.id if participant else None,
                    )
            await tx.inbox.mark_done([row.update_id for row in rows], rt.now())

    # ------------------------------------------------------------------ queues per person

    def _schedule(self, update: Update) -> None:
        person = person_of(update)
        queue = self._queues.setdefault(person, deque())
        if is_safety_action(update):
            # Ahead of everything of hers still waiting (the update in hand finishes first).
            ahead = 0
            while ahead < len(queue) and is_safety_action(queue[ahead]):
                ahead += 1
            queue.insert(ahead, update)
        else:
            queue.append(update)
        if person not in self._workers:
            self._idle.clear()
            self._workers[person] = asyncio.create_task(self._work(person), name="intake")

    async def _work(self, person: int) -> None:
        queue = self._queues[person]
        try:
            while queue:
                update = queue.popleft()
                async with self._slots:
                    try:
                        await self._process(update)
                    except Exception as error:
                        # Not marked done: it runs again at the next start. Her later updates
                        # go on meanwhile rather than wait behind it.
                        log.error(
                            "an update could not be finished (%s); it runs again at the next"
                            " start",
                            type(error).__name__,
                        )
        finally:
            del self._workers[person]
            if not queue:
                del self._queues[person]
            if not self._workers:
                self._idle.set()

    async def processed(self) -> None:
        """Wait until every update taken in so far has been processed (not all of them may be
        marked done yet)."""
        await self._idle.wait()

    async def drain(self) -> None:
        """Wait until every update taken in so far has been processed and marked done."""
        await self._idle.wait()
        await self.mark_done_now()

    async def stop(self) -> None:
        """Abandon what is still in hand (at shutdown, after the grace time): a cancelled
        update rolls back whatever it had not committed and runs again at the next start."""
        workers = list(self._workers.values())
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)

    async def close(self) -> None:
        """At shutdown, once nothing is in hand: mark done what finished."""
        if self._marker is not None:
            self._marker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._marker
            self._marker = None
        await self.mark_done_now()

    def in_hand(self) -> frozenset[int]:
        """The people with an update waiting or being processed."""
        return frozenset(self._queues) | frozenset(self._workers)

    def waiting(self) -> int:
        """Updates held but not yet started."""
        return sum(len(queue) for queue in self._queues.values())

    # ------------------------------------------------------------------ processing one update

    async def _process(self, update: Update) -> None:
        failures = 0
        while True:
            step = await self._run_handlers(update)
            if not step.unreachable:
                if failures:
                    self.connection.ok()
                break
            failures += 1
            self.connection.failed(step.error or NetworkError("unreachable"))
            async with self._rt.db.read() as tx:
                held = await tx.inbox.unfinished_one(update.update_id)
            if held is not None and held.committed:
                # Her write is saved but the reply was lost. She is told through the outbox,
                # which keeps trying until Telegram can be reached; nothing is run twice.
                await self._settle([held])
                return
            await asyncio.sleep(retry_delay(failures, self._first_retry))
        await self._finish(update.update_id)

    async def _run_handlers(self, update: Update) -> _Pass:
        step = _Pass()
        pass_token = _PASS.set(step)
        update_token = CURRENT_UPDATE.set(update.update_id)
        try:
            await self._app.process_update(update)
            while step.again and not step.unreachable:
                step.again = False
                await self._app.process_update(update)
        finally:
            CURRENT_UPDATE.reset(update_token)
            _PASS.reset(pass_token)
        return step

    async def _finish(self, update_id: int) -> None:
        """Collect the steps and drafts the handlers changed; the update is marked done, with
        them, in the next commit that carries `_write_done`."""
        # Collects what changed (PTB deep-copies it) into the store; nothing is written yet.
        await self._app.update_persistence()
        self._finished.append(update_id)
        if self._rt.db.erased_for(update_id):
            # After /forget: her words leave the inbox (and the WAL) now, not a moment later.
            await self.mark_done_now()
            return
        if self._marker is None or self._marker.done():
            self._marker = asyncio.create_task(self._mark_done_soon(), name=MARK_DONE_TASK)

    async def _mark_done_soon(self) -> None:
        await asyncio.sleep(MARK_DONE_WITHIN_SECONDS)
        await self.mark_done_now()

    async def mark_done_now(self) -> None:
        """Mark done, in a commit of its own, whatever has finished (nothing else came in
        time; and at shutdown)."""
        if self._finished or self._flows.collected():
            # Not waiting for the disk: a crash of the bot keeps this commit; a power cut may
            # lose it until the next durable commit, and then these updates run again from
            # their stored steps, as if the bot had been killed just before it.
            async with self._rt.db.transaction(bookkeeping=True, durable=False) as tx:
                await self._write_done(tx)
        if self._wipes:
            await asyncio.gather(*self._wipes)

    async def _write_done(self, tx: Tx) -> None:
        """In `tx` (the intake's own, or first in a handler's write): the steps
        and drafts collected, the message ids quick exit may delete, and the finished updates
        marked done. Rolled back, they stay to be written by the next one."""
        done, self._finished = self._finished, []

        def again() -> None:
            self._finished[:0] = done

        if done:
            tx.after_rollback(again)
            tx.after_commit(functools.partial(self._after_done, done))
        now = self._rt.now()
        await self._flows.save(tx, now)
        await self._rt.trail.save_noted(tx)
        if done:
            await tx.inbox.mark_done(done, now)

    def _after_done(self, done: list[int]) -> None:
        # After /forget, the update that asked for it held her words until now.
        wipe = asyncio.create_task(self._rt.db.updates_done(done), name="intake-wipe")
        self._wipes.add(wipe)
        wipe.add_done_callback(self._wipes.discard)

    async def forget_old_ids(self) -> int:
        """Drop ids of updates done long ago (Telegram no longer redelivers them)."""
        async with self._rt.db.transaction(bookkeeping=True) as tx:
            return await tx.inbox.purge_done_before(self._rt.now() - DONE_IDS_KEEP_SECONDS)

    # ------------------------------------------------------------------ long polling

    async def poll(
        self,
        bot: ChatBot,
        stop: asyncio.Event,
        *,
        allowed_updates: Sequence[str],
        wait_seconds: int = 10,
    ) -> None:
        """Fetch updates until `stop` is set. Each batch is held before the next request, and
        only the next request's offset confirms it to Telegram."""
        offset: int | None = None
        failures = 0
        while not stop.is_set():
            # Only the request is given up when `stop` is set, never `accept`: a transaction
            # cut off half way would leave the one connection inside it.
            fetch = asyncio.create_task(
                bot.get_updates_as_sent(offset, wait_seconds, allowed_updates)
            )
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if not fetch.done():
                fetch.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await fetch
                return
            try:
                updates = fetch.result()
            except (InvalidToken, Forbidden):
                raise
            except RetryAfter as error:
                self.connection.failed(error)
                await _wait(stop, float(_seconds(error.retry_after)))
                continue
            except (NetworkError, Conflict) as error:
                # Conflict: another copy of the bot is polling. Both are retried quietly.
                failures += 1
                self.connection.failed(error)
                await _wait(stop, retry_delay(failures, self._first_retry))
                continue
            failures = 0
            self.connection.ok()
            if updates:
                await self.hold(updates)
                offset = updates[-1][0].update_id + 1


def _seconds(value: object) -> float:
    if hasattr(value, "total_seconds"):
        return float(value.total_seconds())
    return float(value)  # type: ignore[arg-type]


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
