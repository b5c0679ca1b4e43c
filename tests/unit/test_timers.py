"""The work by the clock: it runs, goes on after a failure, keeps its pace, and a stop lets a
run in progress finish."""

from __future__ import annotations

import asyncio

from bot.timers import Timers, next_due


def test_the_next_run_keeps_the_pace_of_the_first() -> None:
    assert next_due(100.0, 5.0, now=101.0) == 105.0
    # A run that ended just at its next beat, or after several, skips what it overlapped.
    assert next_due(100.0, 5.0, now=105.0) == 110.0
    assert next_due(100.0, 5.0, now=117.5) == 120.0


async def test_work_repeats_and_a_failure_is_reported_without_stopping_it() -> None:
    runs: list[int] = []
    errors: list[Exception] = []
    third = asyncio.Event()

    async def work() -> None:
        runs.append(len(runs))
        if len(runs) == 1:
            raise ValueError("first run fails")
        if len(runs) == 3:
            third.set()

    async def report(error: Exception) -> None:
        errors.append(error)

    timers = Timers(report)
    timers.every("work", work, every=0.001, first=0)
    timers.start()
    await asyncio.wait_for(third.wait(), 10)
    await timers.stop()
    assert [str(error) for error in errors] == ["first run fails"]
    assert len(runs) >= 3
    stopped_at = len(runs)
    await asyncio.sleep(0.01)
    assert len(runs) == stopped_at  # nothing runs after the stop


async def test_a_stop_lets_a_run_in_progress_finish() -> None:
    entered, release = asyncio.Event(), asyncio.Event()
    finished: list[bool] = []

    async def work() -> None:
        entered.set()
        await release.wait()
        finished.append(True)

    async def report(error: Exception) -> None:
        raise AssertionError(error)

    timers = Timers(report)
    timers.every("slow", work, every=3600, first=0)
    timers.start()
    await asyncio.wait_for(entered.wait(), 10)
    stopping = asyncio.create_task(timers.stop())
    await asyncio.sleep(0)
    assert not stopping.done()
    release.set()
    await asyncio.wait_for(stopping, 10)
    assert finished == [True]


async def test_a_timer_that_is_not_due_yet_stops_at_once() -> None:
    async def work() -> None:
        raise AssertionError("not due for an hour")

    async def report(error: Exception) -> None:
        raise AssertionError(error)

    timers = Timers(report)
    timers.every("later", work, every=3600, first=3600)
    timers.start()
    await asyncio.sleep(0)
    await asyncio.wait_for(timers.stop(), 10)


async def test_run_now_runs_the_named_work_once() -> None:
    runs: list[str] = []

    async def work() -> None:
        runs.append("tidy")

    async def report(error: Exception) -> None:
        raise AssertionError(error)

    timers = Timers(report)
    timers.every("tidy", work, every=3600, first=3600)
    await timers.run_now("tidy")
    assert runs == ["tidy"] and timers.names == ["tidy"]
