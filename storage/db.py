"""The one long-lived SQLite connection, its pragmas and its guarded transactions."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from concurrent.futures import Future
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from storage.codesign import DraftRepo
from storage.connection import Connection
from storage.delivery import DeliveryRepo
from storage.digests import DigestRepo
from storage.feedback import FeedbackRepo
from storage.files import connect, make_private, open_proven
from storage.flows import FlowRepo
from storage.inbox import InboxRepo
from storage.invites import InviteRepo
from storage.links import LinkCodeRepo
from storage.lock import RunLock
from storage.migrations import migrate
from storage.outbox import OutboxRepo
from storage.participants import ParticipantRepo
from storage.polls import PollRepo
from storage.power import PowerRepo
from storage.proposals import ProposalRepo
from storage.recognition import RecognitionRepo
from storage.records import RecordsRepo
from storage.retention import RetentionRepo
from storage.safeguarding import SafeguardingRepo
from storage.staff_copies import StaffCopiesRepo
from storage.trail import TrailRepo

BUSY_TIMEOUT_MS = 5000

# The Telegram update being processed in this task, if any. A write transaction made for it
# marks it in the inbox in the same commit, so a crash after that commit never runs the write
# again (see bot/intake.py).
CURRENT_UPDATE: ContextVar[int | None] = ContextVar("current_update", default=None)


class Tx:
    """One open transaction, with a repository per aggregate."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.participants = ParticipantRepo(conn)
        self.feedback = FeedbackRepo(conn)
        self.outbox = OutboxRepo(conn)
        self.proposals = ProposalRepo(conn)
        self.polls = PollRepo(conn)
        self.safeguarding = SafeguardingRepo(conn)
        self.trail = TrailRepo(conn)
        self.invites = InviteRepo(conn)
        self.retention = RetentionRepo(conn)
        self.digests = DigestRepo(conn)
        self.records = RecordsRepo(conn)
        self.inbox = InboxRepo(conn)
        self.flows = FlowRepo(conn)
        self.link_codes = LinkCodeRepo(conn)
        self.recognition = RecognitionRepo(conn)
        self.drafts = DraftRepo(conn)
        self.power = PowerRepo(conn)
        self.delivery = DeliveryRepo(conn)
        self.staff_copies = StaffCopiesRepo(conn)
        self._after_commit: list[Callable[[], None]] = []
        self._after_rollback: list[Callable[[], None]] = []

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the transaction has committed (never if it rolls back)."""
        self._after_commit.append(callback)

    def after_rollback(self, callback: Callable[[], None]) -> None:
        """Run `callback` if the transaction rolls back instead of committing."""
        self._after_rollback.append(callback)


@dataclass(frozen=True, slots=True)
class OpenedFile:
    """A database file opened, its key proven, and (for the running bot) its run lock taken:
    the part of opening it that needs no event loop (see `open_file`)."""

    connection: sqlite3.Connection
    lock: RunLock | None

    def close(self) -> None:
        self.connection.close()
        if self.lock is not None:
            self.lock.release()


def open_file(path: Path, key: str | None = None, exclusive: bool = False) -> OpenedFile:
    """Open the file at `path` in this thread: private permissions, the run lock when
    `exclusive`, the key proven (`open_proven`: with a key, a third of a second here that does
    not hold the interpreter, so `python -m bot` starts this in a worker thread and imports the
    rest of the bot meanwhile)."""
    make_private(path)
    lock = RunLock(path) if exclusive else None
    if lock is not None:
        lock.acquire()
    try:
        return OpenedFile(open_proven(path, key), lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _close_once_open(opening: asyncio.Future[OpenedFile]) -> None:
    if not opening.cancelled() and opening.exception() is None:
        opening.result().close()


def close_unused(opened: Future[OpenedFile]) -> None:
    """Close a file opened ahead for a start that failed before it needed it, once it is open
    (its own error, if it had one, is not the one to report)."""
    with contextlib.suppress(Exception):
        opened.result().close()


class Database:
    """Owns the single connection; every statement runs inside `transaction()` or `read()`."""

    def __init__(
        self,
        conn: Connection,
        path: Path,
        key: str | None = None,
        lock: RunLock | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self.key = key
        self._run_lock = lock
        # Updates after whose completion the WAL is emptied again (see erase_traces).
        self._wipe_after: set[int] = set()
        # One connection means one transaction at a time: a scheduled job and a handler must not
        # interleave their statements inside each other's transaction.
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task[object] | None = None
        # A task was cancelled inside a transaction; the next one ends what it left (see _heal).
        self._cut_off = False
        # Called first in every write transaction made for an update: the intake writes there
        # what it holds back (updates finished before this one, not yet marked done).
        self.riders: Callable[[Tx], Awaitable[None]] | None = None
        # Whether the next commit waits for the disk (see `transaction`'s `durable`); None:
        # not known after a cut-off, so it is set again.
        self._synced: bool | None = True

    @classmethod
    async def open(
        cls,
        path: Path,
        key: str | None = None,
        exclusive: bool = False,
        *,
        opened: Awaitable[OpenedFile] | None = None,
    ) -> Database:
        """Open (creating if needed) and migrate the database at `path`.

        With a `key` the file is encrypted with SQLCipher; raises DatabaseOpenError with one
        line to show when the key does not fit. The running bot opens it `exclusive`ly: while
        it runs, no restore or conversion can replace the file (DatabaseInUseError). The file
        may have been `opened` already, in another thread (`open_file`).
        """
        opening = asyncio.ensure_future(
            opened or asyncio.to_thread(open_file, path, key, exclusive)
        )
        try:
            # Its thread cannot be stopped: if this start is given up meanwhile, what it opens
            # is closed (the run lock with it) once it is open.
            file = await asyncio.shield(opening)
        except asyncio.CancelledError:
            opening.add_done_callback(_close_once_open)
            raise
        conn = Connection(lambda: file.connection, iter_chunk_size=64)
        try:
            await conn
        except BaseException:
            file.close()
            raise
        try:
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = FULL")
            await conn.execute("PRAGMA foreign_keys = ON")
            # Deleted rows are overwritten with zeros, not just unlinked: /forget leaves nothing.
            await conn.execute("PRAGMA secure_delete = ON")
            await migrate(conn)
        except BaseException:
            await conn.close()
            if file.lock is not None:
                file.lock.release()
            raise
        make_private(path)
        return cls(conn, path, key, file.lock)

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()
        if self._run_lock is not None:
            self._run_lock.release()

    @asynccontextmanager
    async def transaction(
        self, *, bookkeeping: bool = False, durable: bool = True
    ) -> AsyncIterator[Tx]:
        """A write transaction: committed on success, rolled back on any error.

        Inside the processing of an update it also records, in the same commit, that the
        update's own write is done, unless it is `bookkeeping` (noting message ids, the
        last-seen time): writes that are harmless to repeat if the update runs again.

        A commit waits until the disk holds it (`synchronous=FULL`). One that is not `durable`
        does not wait: it survives the bot being killed at once, but a power cut or an
        operating system crash may lose it until the next durable commit, which makes it
        safe on disk too. Only for bookkeeping that is harmless to lose (see bot/intake.py).
        """
        update_id = None if bookkeeping else CURRENT_UPDATE.get()
        async with self._lock:
            self._holder = asyncio.current_task()
            try:
                await self._heal()
                if durable != self._synced:
                    # The level can only change between transactions.
                    level = "FULL" if durable else "NORMAL"
                    self._synced = durable
                    await self._conn.execute(f"PRAGMA synchronous = {level}")
                # Sent with the first statement: one trip to the database thread fewer.
                self._conn.begin("BEGIN IMMEDIATE")
                tx = Tx(self._conn)
                try:
                    if update_id is not None and self.riders is not None:
                        await self.riders(tx)
                    yield tx
                    if update_id is not None:
                        await tx.inbox.mark_committed(update_id)
                except BaseException:
                    await self._roll_back(tx)
                    raise
                try:
                    # Writes waiting for the commit (see Connection.later) go with it.
                    await self._conn.execute("COMMIT")
                except Exception:
                    await self._roll_back(tx)
                    raise
            except asyncio.CancelledError:
                self._cut_off = True
                raise
            finally:
                self._holder = None
        for callback in tx._after_commit:
            callback()

    async def _roll_back(self, tx: Tx) -> None:
        """End `tx` without keeping anything, and tell it so (its after-rollback callbacks)."""
        try:
            if not self._conn.abandon_begin() and self._conn.in_transaction:
                await self._conn.execute("ROLLBACK")
        except BaseException:
            # Left open: the next transaction ends it first (see _heal).
            self._cut_off = True
            raise
        finally:
            for callback in tx._after_rollback:
                callback()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Tx]:
        """Reads that see one state of the database.

        The running bot opens the file `exclusive`ly: no other process writes it meanwhile
        (see storage/lock.py), and the lock makes this the only task using the connection
        until the block ends, so nothing can change between its statements and no BEGIN is
        needed (two statements fewer for every read, which most updates make). Opened
        otherwise (a command reading while the bot runs), the reads share one transaction.
        """
        async with self._lock:
            self._holder = asyncio.current_task()
            try:
                await self._heal()
                if self._run_lock is None:
                    await self._conn.execute("BEGIN")
                yield Tx(self._conn)
            except asyncio.CancelledError:
                self._cut_off = True
                raise
            finally:
                if self._conn.in_transaction:
                    # The BEGIN of a read on a file not opened exclusively (above); end it.
                    await self._conn.execute("ROLLBACK")
                self._holder = None

    @asynccontextmanager
    async def snapshot(self) -> AsyncIterator[Tx]:
        """Reads that see one state of the database, on a read-only connection of their own.

        For long reads (the export, the report), run in a worker thread with its own event
        loop: the shared connection stays free, so the bot keeps answering meanwhile. What the
        bot commits in the meantime is not seen.
        """
        conn = await connect(self.path, self.key, readonly=True)
        try:
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("BEGIN")
            try:
                yield Tx(conn)
            finally:
                await conn.execute("ROLLBACK")
        finally:
            await conn.close()

    async def truncate_wal(self) -> bool:
        """Copy the WAL into the database and empty it, so no older copy of a row remains.

        Called after /forget and after every purge. Waits (up to the busy timeout) for another
        process reading an older snapshot, e.g. an export; False if it still could not.
        """
        async with self._lock, self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
            row = await cursor.fetchone()
        return row is not None and int(row[0]) == 0

    async def erase_traces(self) -> None:
        """After deleting personal rows: empty the WAL now and, when this runs for an update,
        again once that update is marked done, since until then its inbox row holds it."""
        update_id = CURRENT_UPDATE.get()
        if update_id is not None:
            self._wipe_after.add(update_id)
        await self.truncate_wal()

    def erased_for(self, update_id: int) -> bool:
        """Whether processing this update deleted personal rows (see `erase_traces`)."""
        return update_id in self._wipe_after

    async def updates_done(self, update_ids: Iterable[int]) -> None:
        """Called once these updates' inbox rows are marked done (their words dropped)."""
        wipe = self._wipe_after.intersection(update_ids)
        if wipe:
            self._wipe_after.difference_update(wipe)
            await self.truncate_wal()

    async def _heal(self) -> None:
        """After a task was cancelled inside a transaction (at shutdown), its BEGIN, COMMIT or
        ROLLBACK may still have run after it let go: end whatever it left open. The statement
        queue runs in order, so a no-op first makes sure nothing of it is still pending."""
        if not self._cut_off:
            return
        self._cut_off = False
        self._synced = None
        self._conn.abandon_begin()
        await self._conn.execute("SELECT 1")
        if self._conn.in_transaction:
            await self._conn.execute("ROLLBACK")

    async def ping(self) -> bool:
        """True when the database file answers a query (for the health endpoint)."""
        try:
            async with self.read():
                await self._conn.execute("SELECT count(*) FROM sqlite_master")
        except (sqlite3.Error, ValueError):
            return False
        return True

    def in_use_by_this_task(self) -> bool:
        """True inside this task's own transaction, where opening another would wait forever."""
        return self._holder is not None and self._holder is asyncio.current_task()
