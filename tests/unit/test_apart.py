"""Long staff work runs in a thread of its own, one job at a time, and leaves the garbage
collector as it found it."""

from __future__ import annotations

import asyncio
import gc
import threading

from bot.apart import run_apart


async def _where() -> tuple[str, bool]:
    await asyncio.sleep(0)
    return threading.current_thread().name, gc.isenabled()


async def test_the_work_runs_in_the_staff_thread_with_collection_paused_meanwhile() -> None:
    assert gc.isenabled()
    first, second = await asyncio.gather(run_apart(_where()), run_apart(_where()))
    assert first[0] == second[0] != threading.current_thread().name
    assert first[0].startswith("staff-work")
    assert first[1] is False and second[1] is False
    assert gc.isenabled()


async def test_a_failing_job_still_turns_collection_back_on() -> None:
    async def failing() -> None:
        raise ValueError("broken")

    try:
        await run_apart(failing())
    except ValueError:
        pass
    else:
        raise AssertionError("the error should come back")
    assert gc.isenabled()
