"""Work the bot does by the clock rather than for a message: each piece in a task of its own,
run a while after the start and then at a steady pace.

Five pieces repeat at fixed intervals and nothing else is scheduled, so this replaces
python-telegram-bot's JobQueue (APScheduler underneath), whose import alone was a noticeable
part of the time the bot takes to start. What is due is never kept here: each piece asks the
database (bot/schedule.py), so a restart loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

Work = Callable[[], Awaitable[object]]
OnError = Callable[[Exception], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class Repeating:
    """`work` runs `first` seconds after the start, then every `every` seconds."""

    name: str
    work: Work
    every: float
    first: float


def next_due(due: float, every: float, now: float) -> float:
    """The next beat after a run that was due at `due` and ended at `now`: the beats a long
    run overlapped are skipped, and the pace stays that of the first beat (no drift)."""
    following = due + every
    if following > now:
        return following
    return following + every * ((now - following) // every + 1)


class Timers:
    """Runs each piece of work on its own pace. A run that takes longer than the interval
    makes the next one skip to the following beat rather than pile up; a failure goes to
    `on_error` and the next run goes ahead as planned. `stop` lets a run in progress finish
    (as a stop lets an update finish), then ends them all."""

    def __init__(self, on_error: OnError) -> None:
        self._on_error = on_error
        self._planned: dict[str, Repeating] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = asyncio.Event()

    def every(self, name: str, work: Work, *, every: float, first: float) -> None:
        self._planned[name] = Repeating(name, work, every, first)

    @property
    def names(self) -> list[str]:
        return list(self._planned)

    def start(self) -> None:
        self._stopping.clear()
        self._tasks = [
            asyncio.create_task(self._repeat(planned), name=f"timer-{planned.name}")
            for planned in self._planned.values()
        ]

    async def run_now(self, name: str) -> None:
        """One run of `name` now, as its timer would run it (the tests use this)."""
        await self._run(self._planned[name])

    async def stop(self) -> None:
        self._stopping.set()
        tasks, self._tasks = self._tasks, []
        await asyncio.gather(*tasks)

    async def _repeat(self, planned: Repeating) -> None:
        loop = asyncio.get_running_loop()
        due = loop.time() + planned.first
        while await self._wait_until(due):
            await self._run(planned)
            due = next_due(due, planned.every, loop.time())

    async def _wait_until(self, due: float) -> bool:
        """Sleep until `due`; False if the timers are stopping meanwhile."""
        delay = max(0.0, due - asyncio.get_running_loop().time())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), delay)
        return not self._stopping.is_set()

    async def _run(self, planned: Repeating) -> None:
        try:
            await planned.work()
        except Exception as error:
            try:
                await self._on_error(error)
            except Exception:
                log.exception("reporting a failure of %s failed", planned.name)
