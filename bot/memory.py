"""Hand the C heap's free pages back to the system, so resident memory does not creep up."""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable

# Often enough that resident memory never strays far from what the bot holds; a call takes
# a fifth of a millisecond or so on the bot's heap.
RELEASE_EVERY_SECONDS = 10.0


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS)."""
    try:
        # The symbols already loaded into the process, the C library's among them.
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    release: Callable[[int], int] = trim
    return release


def release_free_memory() -> bool:
    """Return the C heap's wholly free pages to the system; False where that cannot be done.

    Python's objects over 512 bytes (update bodies, replies) and SQLite's own memory live in
    the C library's heap. glibc hands back only free space at the top of that heap: pages freed
    in its middle stay resident, and with thousands of updates an hour the holes spread over
    more and more pages, so resident memory creeps up although the bot holds no more than it
    did. `malloc_trim` gives back every wholly free page, wherever it is.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
