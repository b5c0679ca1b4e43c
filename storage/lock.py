"""The running bot holds an exclusive lock on its database, so a restore cannot replace it.

The lock is an `flock` on `<database>.lock`; the operating system releases it when the process
ends in any way, even a crash or SIGKILL, so it never goes stale.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from storage.files import FILE_MODE


class DatabaseInUseError(RuntimeError):
    """Another process (a running bot, a restore) holds the database's lock."""


class RunLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseInUseError at once (never waits)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DatabaseInUseError(
                f"the database {self.database} is in use by a running bot: stop it first"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()
