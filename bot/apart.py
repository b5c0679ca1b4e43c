"""Long staff work (the export, the report's figures) away from the bot's event loop."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

# One thread for all such work, one job at a time: two staff asking at once wait for each other
# rather than hold two sets of rows in memory together.
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="staff-work")


def _run(work: Coroutine[Any, Any, T]) -> T:
    # A full garbage-collection pass walks every live object, this work's rows included, with
    # the interpreter lock held: at 100k items such passes, set off by the rows being built,
    # held the bot's event loop for about 0.1 s each. They wait until the work is done (its
    # rows are freed by their reference counts anyway). Only this one thread pauses them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return asyncio.run(work)
    finally:
        if enabled:
            gc.enable()


async def run_apart(work: Coroutine[Any, Any, T]) -> T:
    """Run `work` in the staff-work thread, in an event loop of its own (its database reads go
    through a connection of their own, `Database.snapshot`), and return its result."""
    return await asyncio.get_running_loop().run_in_executor(_WORKER, _run, work)
