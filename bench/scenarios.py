"""Each comparison of the benchmark: what it runs and the rows of the table it adds."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import Update

from bench.seed import seed
from bot.sandbox.loopback import DEFAULT_TOKEN, FakeRequest, FakeTelegram, FakeUser, serve

PROJECT_ROOT = Path(__file__).resolve().parents[1]
STAFF_ID = 900001
STAFF_CHAT_ID = -100777
REPLY_TIMEOUT = 120.0


@dataclass(frozen=True)
class Row:
    what: str
    bot: str
    echo: str = ""
    ratio: str = ""


@dataclass(frozen=True)
class Pacing:
    """The knobs a run can turn without touching code."""

    # The loopback server answers 429 like Telegram (30/s, 1/s a chat, 20/min a group) for
    # broadcasts; and, when `reply_limits`, for the replies of the end-to-end comparisons too
    # (off by default: a bare echo bot has no rate limiter and would just fail its replies).
    server_limits: bool = True
    reply_limits: bool = False
    outbox_rate: float = 25.0  # OUTBOX_MESSAGES_PER_SECOND for the bot (its default)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def times(value: float) -> str:
    return f"{value:.2f}×"


class TimedFake(FakeTelegram):
    """The loopback server, counting what the bot sends to each chat."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.replies: Counter[int] = Counter()
        self.files: Counter[int] = Counter()  # documents and photos
        self.deletes: Counter[int] = Counter()
        self.polls = 0

    async def handle(
        self,
        token: str,
        method: str,
        params: Mapping[str, str],
        files: Mapping[str, tuple[str, bytes]] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        name = method.lower()
        if name == "getupdates":
            self.polls += 1
        status, body = await super().handle(token, method, params, files)
        if status == 200 and "chat_id" in params:
            chat = int(params["chat_id"])
            if name in ("sendmessage", "editmessagetext"):
                self.replies[chat] += 1
            elif name in ("senddocument", "sendphoto"):
                self.files[chat] += 1
            elif name.startswith("deletemessage"):
                self.deletes[chat] += 1
            self._notify()
        return status, body


# ---------------------------------------------------------------------- processes


class Process:
    """`python -m bot` or the echo bot, against the loopback server at `base_url`."""

    def __init__(self, module: str, base_url: str, workdir: Path, env: dict[str, str]) -> None:
        self.module = module
        self.base_url = base_url
        self.workdir = workdir
        self.env = env
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, fake: TimedFake) -> float:
        """Start it; returns the seconds until its first getUpdates."""
        polls = fake.polls
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(PROJECT_ROOT),
            "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
            "TELEGRAM_API_BASE_URL": self.base_url,
            **self.env,
        }
        log = (self.workdir / f"{self.module}.log").open("a", encoding="utf-8")
        started = time.perf_counter()
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", self.module, cwd=self.workdir, env=env, stdout=log, stderr=log
        )
        log.close()
        await fake.wait_for(lambda: fake.polls > polls or self.process.returncode is not None, 60)
        if self.process.returncode is not None:
            raise RuntimeError(f"{self.module} exited at start; see {self.workdir}")
        return time.perf_counter() - started

    def _status_mb(self, field: str) -> float:
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith(field))
        return kb / 1024

    def rss_mb(self) -> float:
        """Its resident memory now."""
        return self._status_mb("VmRSS:")

    def peak_mb(self) -> float:
        """The most resident memory it has had since it started (the kernel's high-water mark):
        the bot's own, apart from the benchmark and the test server."""
        return self._status_mb("VmHWM:")

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()


def bot_env(workdir: Path, pacing: Pacing, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_PATH": str(workdir / "bot.sqlite3"),
        "STAFF_USER_IDS": str(STAFF_ID),
        "STAFF_CHAT_ID": str(STAFF_CHAT_ID),
        "DIGEST_FREQUENCY": "off",
        "LOG_LEVEL": "WARNING",
        "OUTBOX_MESSAGES_PER_SECOND": str(pacing.outbox_rate),
        **extra,
    }


# What each kind of process runs: the bot, the bare echo bot, and the echo bot reading its
# settings with pydantic-settings as the fixed stack has every bot do (the least a bot on
# this stack does before its first getUpdates).
MODULES = {"bot": "bot", "echo": "bench.echo_bot", "settings echo": "bench.settings_echo_bot"}


@contextlib.asynccontextmanager
async def running(
    kind: str, pacing: Pacing, women: int, items: int = 0, **env: str
) -> AsyncIterator[tuple[TimedFake, Process, list[FakeUser]]]:
    """The server, `women` who joined (for the bot) with `items` records among them, and the
    process, started."""
    fake = TimedFake(rate_limits=pacing.reply_limits)
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        workdir = Path(folder)
        ids = await seed(workdir / "bot.sqlite3", women, items)
        users = [fake.started_user(uid) for uid in ids]
        fake.started_user(STAFF_ID, "Sam")
        async with serve(fake) as base_url:
            extra = bot_env(workdir, pacing, **env) if kind == "bot" else {}
            process = Process(MODULES[kind], base_url, workdir, extra)
            await process.start(fake)
            try:
                yield fake, process, users
            finally:
                # A long poll held open would keep the process waiting out its timeout.
                fake.release_long_polls()
                await process.stop()


async def ask(fake: TimedFake, user: FakeUser, text: str) -> float:
    """She sends `text`; seconds until the bot's reply (a new message or an edit)."""
    before = fake.replies[user.id]
    started = time.perf_counter()
    fake.send_text(user, text)
    await fake.wait_for(lambda: fake.replies[user.id] > before, REPLY_TIMEOUT)
    return time.perf_counter() - started


async def press(fake: TimedFake, user: FakeUser, button: str) -> float:
    """She presses `button` on the bot's last message; seconds until the bot answers."""
    before = fake.replies[user.id]
    started = time.perf_counter()
    fake.press(user, fake.last_bot_message(user.id), button)
    await fake.wait_for(lambda: fake.replies[user.id] > before, REPLY_TIMEOUT)
    return time.perf_counter() - started


# ---------------------------------------------------------------------- 1. burst, end to end


async def burst_once(kind: str, pacing: Pacing, women: int, each: int) -> float:
    """Updates a second for `women` each sending `each` messages at once."""
    async with running(kind, pacing, women, FLOOD_UPDATES_PER_MINUTE="600") as (fake, _, users):
        for user in users:  # warm up: every chat once
            await ask(fake, user, "/menu")
        wanted = {user.id: fake.replies[user.id] + each for user in users}
        started = time.perf_counter()
        for _ in range(each):
            for user in users:
                fake.send_text(user, "/menu")
        await fake.wait_for(
            lambda: all(fake.replies[uid] >= n for uid, n in wanted.items()), REPLY_TIMEOUT
        )
        return women * each / (time.perf_counter() - started)


async def start_once(kind: str, pacing: Pacing) -> tuple[float, float]:
    """A restart with a woman's `/menu` waiting (she wrote while it was down): seconds from
    starting the process to its first getUpdates, and to its answer to her."""
    fake = TimedFake(rate_limits=pacing.reply_limits)
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        workdir = Path(folder)
        [user] = [fake.started_user(uid) for uid in await seed(workdir / "bot.sqlite3", 1)]
        fake.send_text(user, "/menu")
        async with serve(fake) as base_url:
            env = bot_env(workdir, pacing) if kind == "bot" else {}
            process = Process(MODULES[kind], base_url, workdir, env)
            started = time.perf_counter()
            try:
                polling = await process.start(fake)
                await fake.wait_for(lambda: fake.replies[user.id] > 0, REPLY_TIMEOUT)
                return polling, time.perf_counter() - started
            finally:
                fake.release_long_polls()
                await process.stop()


async def one_woman_tapping(kind: str, pacing: Pacing, taps: int) -> list[float]:
    async with running(kind, pacing, 1, FLOOD_UPDATES_PER_MINUTE="600") as (fake, _, users):
        await ask(fake, users[0], "/menu")
        return [await ask(fake, users[0], "/menu") for _ in range(taps)]


async def compare_end_to_end(pacing: Pacing, women: int, each: int, rounds: int) -> list[Row]:
    rates: dict[str, list[float]] = {"bot": [], "echo": []}
    startups: dict[str, list[float]] = {kind: [] for kind in MODULES}
    first_replies: dict[str, list[float]] = {kind: [] for kind in MODULES}
    for _ in range(rounds):  # alternating, so both see the same machine load
        for kind in ("bot", "echo"):
            rates[kind].append(await burst_once(kind, pacing, women, each))
    for _ in range(max(3, rounds * 2)):  # starts vary more than bursts: a few more of them
        for kind in MODULES:
            polling, replied = await start_once(kind, pacing)
            startups[kind].append(polling)
            first_replies[kind].append(replied)
    taps = {kind: await one_woman_tapping(kind, pacing, max(5, each)) for kind in ("bot", "echo")}
    bot_rate, echo_rate = median(rates["bot"]), median(rates["echo"])
    return [
        Row(
            f"{women} women at once, burst of {women * each} updates (end to end)",
            f"{bot_rate:.1f} updates/s",
            f"{echo_rate:.1f} updates/s",
            times(bot_rate / echo_rate),
        ),
        Row(
            "one woman tapping with no pause, reply p50",
            ms(median(taps["bot"])),
            ms(median(taps["echo"])),
            times(median(taps["bot"]) / median(taps["echo"])),
        ),
        Row(
            "start-up to the first getUpdates",
            ms(median(startups["bot"])),
            ms(median(startups["echo"])),
            times(median(startups["bot"]) / median(startups["echo"])),
        ),
        Row(
            "  the same, against the echo bot reading its settings with pydantic-settings (the"
            " least a bot on this stack does before its first getUpdates)",
            ms(median(startups["bot"])),
            ms(median(startups["settings echo"])),
            times(median(startups["bot"]) / median(startups["settings echo"])),
        ),
        Row(
            "start-up to the answer to a woman who wrote while it was down",
            ms(median(first_replies["bot"])),
            ms(median(first_replies["echo"])),
            times(median(first_replies["bot"]) / median(first_replies["echo"])),
        ),
    ]


# ---------------------------------------------------------------------- 2. in process


async def in_process(updates: int) -> list[Row]:
    """Per-update cost through a real Application with no network: the bot vs the echo bot.

    Each woman goes round the same six updates: `/menu`, the ideas button on it, then the
    steps of sharing feedback (`/share`, a topic, her text, "cancel" on the review). The
    echo bot gets the same kinds of update in the same order: a text it replies to, or a
    press of a button on its last reply, which it answers and edits.

    The echo bot's cost is reading the update and `Application.process_update`. The bot's is
    split the same way: reading the update and handling it (process_update, and collecting
    the conversation step it changed) on one side; on the other, the durable intake's
    bookkeeping, which the echo bot has no counterpart for: holding the update in the inbox
    (a commit that waits for the disk, carrying what the update before it left to write)
    before it is handled. Measured one update per batch (a quiet bot: every update waits for
    the disk once) and with eight women's updates per batch (a busy one: they share that
    wait), in wall time and in CPU time (which leaves the wait for the disk out).

    The loopback server answers in the same process here, so its work (storing each message,
    parsing its HTML, writing the JSON answer) would count as the bot's: it is timed and left
    out, for both bots alike. On Telegram it runs on Telegram's machines. The row that counts
    it is there too."""
    from bench.echo_bot import build
    from bot.chat_bot import read_update
    from bot.intake import MARK_DONE_TASK
    from tests.harness import make_settings, start_harness, stop_harness

    # As `python -m bot` does once its modules are imported (bot/__main__.py): what exists by
    # now lives as long as the process, so the collector leaves it out of its rounds. Without
    # this, one full collection of the benchmark's own heap (the test server's, every part
    # run before this one) falling inside the measured updates or not made a ratio swing
    # (a menu at 2.5x or 4.4x, from run to run).
    gc.collect()
    gc.freeze()
    kinds = ("menu", "button", "flow step")
    bot_wall: list[float] = []
    bot_cpu: list[float] = []
    handling_cpu: dict[str, list[float]] = {kind: [] for kind in kinds}
    bookkeeping_cpu: list[float] = []
    bot_server: list[float] = []
    bot_intake: list[float] = []
    batch_wall: list[float] = []
    echo_wall: list[float] = []
    echo_cpu: dict[str, list[float]] = {kind: [] for kind in kinds}
    echo_server: list[float] = []
    writes_by_kind: dict[str, list[int]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        fake = FakeTelegram(rate_limits=False)
        request = FakeRequest(fake)
        settings = make_settings(Path(folder), flood_updates_per_minute=600)
        ids = await seed(settings.database_path, 8)
        users = [fake.started_user(uid) for uid in ids]
        harness = await start_harness(settings, fake, request)
        intake = harness.intake
        bot = harness.app.bot
        writes = [0]
        db = harness.runtime.db
        transaction = db.transaction

        def counted(*args: Any, **kwargs: Any) -> Any:
            task = asyncio.current_task()
            # Not counted: the intake's own commit marking finished updates done when no
            # other came within a second (bot/intake.py), which a slow turn can let fall
            # among the measured updates. It is the intake's bookkeeping, not the update's.
            if task is None or task.get_name() != MARK_DONE_TASK:
                writes[0] += 1
            return transaction(*args, **kwargs)

        db.transaction = counted  # type: ignore[method-assign]
        echo_fake = FakeTelegram(rate_limits=False)
        echo_request = FakeRequest(echo_fake)
        echo = build(DEFAULT_TOKEN, request=echo_request)
        await echo.initialize()
        echo_user = echo_fake.started_user(1)
        steps: Counter[int] = Counter()

        def tap(user: FakeUser) -> tuple[str, bool]:
            """Her next update in the round: which kind it is, and whether it is a press."""
            step = steps[user.id] % 6
            steps[user.id] += 1
            if step % 2 == 0:
                said = ("/menu", "/share", "The Tuesday group could start half an hour later.")
                fake.send_text(user, said[step // 2])
                return ("menu" if step == 0 else "flow step"), False
            pressed = ("menu:ideas", "fbt:0", "fbc:cancel")[step // 2]
            fake.press(user, fake.last_bot_message(user.id), pressed)
            return ("button" if step == 1 else "flow step"), True

        async def bot_once(user: FakeUser, kept: bool) -> tuple[str, bool]:
            kind, press = tap(user)
            raw = fake.take_updates()
            before, answering = writes[0], request.answering
            started, cpu = time.perf_counter(), time.process_time()
            read = [read_update(update, bot) for update in raw]
            cpu_read = time.process_time()
            await intake.hold([(u, json.dumps(r)) for u, r in zip(read, raw, strict=True)])
            held, cpu_held = time.perf_counter(), time.process_time()
            await intake.processed()
            if kept:
                server = request.answering - answering
                cpu_all = time.process_time() - cpu - server
                bot_wall.append(time.perf_counter() - started - server)
                bot_cpu.append(cpu_all)
                bookkeeping_cpu.append(cpu_held - cpu_read)
                handling_cpu[kind].append(cpu_all - (cpu_held - cpu_read))
                bot_server.append(server)
                bot_intake.append(held - started)
                writes_by_kind[kind].append(writes[0] - before)
            return kind, press

        async def echo_once(kind: str, press: bool, kept: bool) -> None:
            """The same kind of update to the echo bot: a text, or a press of a button on its
            last reply."""
            if press:
                last = echo_fake.last_bot_message(echo_user.id)
                echo_fake.press_data(echo_user, last.message_id, "menu:ideas")
            else:
                echo_fake.send_text(echo_user, "/menu")
            [raw] = echo_fake.take_updates()
            answering = echo_request.answering
            started, cpu = time.perf_counter(), time.process_time()
            await echo.process_update(Update.de_json(raw, echo.bot))
            if kept:
                server = echo_request.answering - answering
                echo_wall.append(time.perf_counter() - started - server)
                echo_cpu[kind].append(time.process_time() - cpu - server)
                echo_server.append(server)

        try:
            # In turns of 48 updates each (a whole round for each of the eight women), so
            # both see the same state of the machine and of this process (its heap, its
            # garbage collector); the echo bot gets the same kinds in the same order. The
            # first turn warms caches.
            turn, done = 48, 0
            echo_fake.send_text(echo_user, "/start")
            await echo.process_update(Update.de_json(echo_fake.take_updates()[0], echo.bot))
            while done < max(updates, turn) + turn:
                taken = [
                    await bot_once(users[(n // 6) % len(users)], kept=done > 0)
                    for n in range(done, done + turn)
                ]
                for kind, press in taken:
                    await echo_once(kind, press, kept=done > 0)
                done += turn
            for n in range(max(2, updates // len(users)) + 1):
                for user in users:
                    tap(user)
                answering = request.answering
                started = time.perf_counter()
                await intake.accept(fake.take_updates())
                await intake.processed()
                server = request.answering - answering
                if n >= 1:
                    batch_wall.append((time.perf_counter() - started - server) / len(users))
            await intake.drain()
        finally:
            await stop_harness(harness)
            await echo.shutdown()
            # The parts after this one measure as before (the staff part's pauses, say).
            gc.unfreeze()
    # CPU time is counted in clock ticks of a few milliseconds: means, not medians.
    bot_ms, echo_ms = median(bot_wall), median(echo_wall)
    bot_cpu_ms = statistics.fmean(bot_cpu)
    echo_cpu_ms = statistics.fmean([cpu for kind in kinds for cpu in echo_cpu[kind]])
    handling_ms = statistics.fmean([cpu for kind in kinds for cpu in handling_cpu[kind]])
    by_kind = [statistics.fmean(handling_cpu[kind]) for kind in kinds]
    echo_by_kind = [statistics.fmean(echo_cpu[kind]) for kind in kinds]
    batch_ms = median(batch_wall)
    with_server = median([w + s for w, s in zip(bot_wall, bot_server, strict=True)])
    echo_with_server = median([w + s for w, s in zip(echo_wall, echo_server, strict=True)])
    return [
        Row(
            "in-process cost per update (a menu, a button, four steps of a flow), CPU time"
            " (mean): reading it and handling it, the durable intake's bookkeeping aside;"
            " the loopback server's own work left out of both",
            ms(handling_ms),
            ms(echo_cpu_ms),
            f"{handling_ms / echo_cpu_ms:.1f}× slower",
        ),
        Row(
            "  the same for a menu / a button / a step of a flow (the echo bot: a text, a"
            " press, the same mix of texts and presses)",
            " / ".join(ms(value) for value in by_kind),
            " / ".join(ms(value) for value in echo_by_kind),
            " / ".join(
                f"{value / echo:.1f}×" for value, echo in zip(by_kind, echo_by_kind, strict=True)
            ),
        ),
        Row(
            "  the durable intake's bookkeeping on top (holding it: one commit)",
            ms(statistics.fmean(bookkeeping_cpu)),
        ),
        Row(
            "  all of it, CPU time (mean; the wait for the disk left out)",
            ms(bot_cpu_ms),
            ms(echo_cpu_ms),
            f"{bot_cpu_ms / echo_cpu_ms:.1f}× slower",
        ),
        Row(
            "  all of it, wall time (median), one update per batch",
            ms(bot_ms),
            ms(echo_ms),
            f"{bot_ms / echo_ms:.1f}× slower",
        ),
        Row(
            "    of which the durable intake holding it (one commit that waits for the disk)",
            ms(median(bot_intake)),
        ),
        Row(
            f"  all of it, wall time, with {len(users)} women's updates per batch, per update"
            " (median)",
            ms(batch_ms),
            ms(echo_ms),
            f"{batch_ms / echo_ms:.1f}× slower",
        ),
        Row(
            "  all of it, wall time, the loopback server's work counted",
            ms(with_server),
            ms(echo_with_server),
            f"{with_server / echo_with_server:.1f}× slower",
        ),
        Row(
            "write transactions of its own per update: a menu / a button / a step of a flow"
            " (most; the intake's hold aside)",
            " / ".join(f"{max(writes_by_kind[kind]) - 1}" for kind in kinds),
            "0 / 0 / 0",
        ),
    ]


# ---------------------------------------------------------------------- 3. broadcast


async def broadcast(pacing: Pacing, women: int) -> Row:
    """A message to every woman through the outbox, against a server enforcing the limits."""
    from tests.harness import make_settings, start_harness, stop_harness

    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        fake = FakeTelegram(rate_limits=pacing.server_limits)
        settings = make_settings(Path(folder), outbox_messages_per_second=pacing.outbox_rate)
        ids = await seed(settings.database_path, women)
        for uid in ids:
            fake.started_user(uid)
        harness = await start_harness(settings, fake)
        try:
            outbox = harness.runtime.outbox
            async with harness.runtime.db.transaction() as tx:
                for uid in ids:
                    await outbox.queue(tx, uid, "A new poll is open.")
            started = time.perf_counter()
            cpu = time.process_time()
            delivered = await outbox.drain(harness.app.bot)
            seconds = time.perf_counter() - started
            cpu_per_message = (time.process_time() - cpu) / max(1, delivered)
        finally:
            await stop_harness(harness)
    rate = delivered / seconds
    return Row(
        f"broadcast to {women} women (configured {pacing.outbox_rate:g}/s)",
        f"{rate:.1f} msg/s, {fake.count_errors(429)} × 429, {ms(cpu_per_message)} CPU/msg",
        "",
        f"{rate / pacing.outbox_rate:.2f}× of configured",
    )


# ---------------------------------------------------------------------- 4. one woman floods


async def flood(pacing: Pacing, women: int, flood_updates: int, phase_seconds: float) -> list[Row]:
    """Others keep a human pace while one woman sends `flood_updates` at once, then /exit."""
    async with running("bot", pacing, women + 1) as (fake, _, users):
        flooder, others = users[0], users[1:]
        latencies: dict[str, list[float]] = {"before": [], "during": []}
        phase = ["before"]
        stop = asyncio.Event()

        async def woman(user: FakeUser) -> None:
            while not stop.is_set():
                now_phase = phase[0]
                latencies[now_phase].append(await ask(fake, user, "/menu"))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 2.0)

        for user in users:  # warm up: every chat once (her first reply loads her language)
            await ask(fake, user, "/menu")
        tasks = [asyncio.create_task(woman(user)) for user in others]
        await asyncio.sleep(phase_seconds)
        phase[0] = "during"
        for _ in range(flood_updates):
            fake.send_text(flooder, "/menu")
        deleted = fake.deletes[flooder.id]
        exit_started = time.perf_counter()
        fake.send_text(flooder, "/exit")
        await fake.wait_for(lambda: fake.deletes[flooder.id] > deleted, REPLY_TIMEOUT)
        exit_seconds = time.perf_counter() - exit_started
        await asyncio.sleep(phase_seconds)
        stop.set()
        await asyncio.gather(*tasks)
    before, during = p95(latencies["before"]), p95(latencies["during"])
    return [
        Row(
            f"others' reply p95 while one woman floods {flood_updates} updates (before → during)",
            f"{ms(before)} → {ms(during)}",
            "",
            f"{during / before:.2f}× (goal ≤ 2×)",
        ),
        Row("her quick exit behind her own flood, done in", ms(exit_seconds), "", "goal ≤ 1 s"),
    ]


# ---------------------------------------------------------------------- 5. mixed run


# Records of history per woman in the mixed run's database (see `mixed`).
MIXED_HISTORY_PER_WOMAN = 1000


async def mixed(pacing: Pacing, women: int, minutes: float, per_second: float) -> list[Row]:
    """Women use the menu and the ideas page, staff ask for lists; memory and latency sampled.

    Memory is sampled from the end of a warm-up (a tenth of the run, at least one round of
    every woman): what the bot loads once as it starts (every language's texts, in the
    background) is not growth.

    The database has a service's history (a thousand records per woman, 50,000 for 50 women:
    a few MB). SQLite keeps up to 2 MB of the pages it has read or written in memory (its page
    cache, `cache_size`'s default). On a nearly empty database that cache only fills as new rows
    add pages, about 0.4 MB every ten minutes at this pace, which over a short run looks
    like steady growth although it stops at 2 MB; with the history it is full from the start,
    as on any service that has run a while.
    """
    history = MIXED_HISTORY_PER_WOMAN * women
    async with running("bot", pacing, women, history) as (fake, process, users):
        staff = fake.started_user(STAFF_ID, "Sam")
        latencies: list[float] = []
        samples: list[float] = []
        end = time.perf_counter() + minutes * 60
        cycle = 2 * women / per_second  # each woman: a message and a button press per cycle
        warm_up = min(max(cycle, minutes * 6), minutes * 30)  # at most half the run

        async def woman(user: FakeUser, offset: float) -> None:
            await asyncio.sleep(offset)
            while time.perf_counter() < end:
                started = time.perf_counter()
                latencies.append(await ask(fake, user, "/menu"))
                latencies.append(await press(fake, user, "menu:ideas"))
                await asyncio.sleep(max(0.0, cycle - (time.perf_counter() - started)))

        async def staff_member() -> None:
            while time.perf_counter() < end:
                fake.send_text(staff, "/pending")
                fake.send_text(staff, "/digest")
                await asyncio.sleep(min(60.0, max(0.0, end - time.perf_counter())))

        async def sampler() -> None:
            await asyncio.sleep(warm_up)
            samples.append(process.rss_mb())
            interval = max(1.0, (minutes * 60 - warm_up) / 60)
            while time.perf_counter() < end:
                await asyncio.sleep(interval)
                samples.append(process.rss_mb())

        await asyncio.gather(
            *(woman(user, n * cycle / women) for n, user in enumerate(users)),
            staff_member(),
            sampler(),
        )
    grew = sum(1 for a, b in itertools.pairwise(samples) if b > a)
    sampled = max(minutes - warm_up / 60, 1e-9)
    per_ten = (samples[-1] - samples[0]) / sampled * 10
    middle = samples[len(samples) // 2]
    second_per_ten = (samples[-1] - middle) / (sampled / 2) * 10
    return [
        Row(
            f"{minutes:g}-minute mixed run, {women} women, {per_second:g} updates/s,"
            f" {history:,} records of history: reply p50 / p95",
            f"{ms(median(latencies))} / {ms(p95(latencies))}",
        ),
        Row(
            "  memory (RSS) after warm-up → end, max; samples that grew",
            f"{samples[0]:.1f} → {samples[-1]:.1f} MB, max {max(samples):.1f};"
            f" {grew} of {len(samples) - 1}",
            "",
            f"{per_ten:+.2f} MB per 10 min (first half {middle - samples[0]:+.2f} MB,"
            f" second half {samples[-1] - middle:+.2f} MB, {second_per_ten:+.2f} per 10 min)",
        ),
    ]


# ---------------------------------------------------------------------- 6. staff work at scale


async def _timed(work: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median seconds of `work`, and the longest the event loop stood still meanwhile."""
    lag = [0.0]
    running_flag = [True]

    async def ticker() -> None:
        last = time.perf_counter()
        while running_flag[0]:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            lag[0] = max(lag[0], now - last - 0.005)
            last = now

    tick = asyncio.create_task(ticker())
    spent = []
    for _ in range(repeat):
        started = time.perf_counter()
        await work()
        spent.append(time.perf_counter() - started)
    running_flag[0] = False
    await tick
    return median(spent), lag[0]


async def staff_at(items: int) -> list[Row]:
    from bot import proposals
    from bot.digest import digest_now
    from bot.export import export_zip
    from bot.report import build_report
    from bot.report_rules import parse_period
    from tests.harness import make_settings, start_harness, stop_harness

    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        fake = FakeTelegram(rate_limits=False)
        settings = make_settings(Path(folder))
        await seed(settings.database_path, max(10, items // 10), items)
        harness = await start_harness(settings, fake)
        rt = harness.runtime
        try:

            async def export() -> None:
                await export_zip(rt.db, rt.settings.zone)

            period = parse_period("all", rt.now(), rt.settings.zone)
            assert period is not None
            year = parse_period("90d", rt.now(), rt.settings.zone)
            assert year is not None
            results = {
                "digest (built)": await _timed(lambda: digest_now(rt), 5),
                "ideas page 1": await _timed(lambda: proposals.browse(rt, None, 0), 20),
                "ideas page 50": await _timed(lambda: proposals.browse(rt, None, 49), 20),
                "export (zip)": await _timed(export, 1),
                "report, last 90 days": await _timed(lambda: build_report(rt, year), 1),
                "report, all time": await _timed(lambda: build_report(rt, period), 1),
            }
        finally:
            await stop_harness(harness)
    return [
        Row(f"{items} items: {name}", ms(seconds), "", f"loop held ≤ {ms(lag)}")
        for name, (seconds, lag) in results.items()
    ]


# ---------------------------------------------------------------------- 7. staff work, real bot

# What staff ask for, and whether it ends with a file (the report's chart, the export's zip).
STAFF_ASKS = (
    ("/digest", False),
    ("/proposals", False),
    ("/feedback", False),
    ("/pending", False),
    ("/report all", True),
    ("/export", True),
)
TAP_PAUSE = 0.2


async def _staff_asks(fake: TimedFake, staff: FakeUser, command: str, file: bool) -> float:
    """Seconds until the bot's first message for `command` (its file, for a report or export)."""
    replies, files = fake.replies[staff.id], fake.files[staff.id]
    started = time.perf_counter()
    fake.send_text(staff, command)
    if file:
        await fake.wait_for(lambda: fake.files[staff.id] > files, REPLY_TIMEOUT)
    else:
        await fake.wait_for(lambda: fake.replies[staff.id] > replies, REPLY_TIMEOUT)
    return time.perf_counter() - started


async def staff_process(pacing: Pacing, items: int) -> list[Row]:
    """The real `python -m bot` on `items` records: staff ask for each list, the report and the
    export while a woman keeps tapping. How long staff waited, how long she waited meanwhile,
    and the most memory the bot process ever held."""
    async with running(
        "bot", pacing, max(10, items // 10), items, FLOOD_UPDATES_PER_MINUTE="600"
    ) as (fake, process, users):
        staff, woman = fake.started_user(STAFF_ID, "Sam"), users[0]
        await ask(fake, woman, "/menu")
        before = []
        for _ in range(10):
            before.append(await ask(fake, woman, "/menu"))
            await asyncio.sleep(TAP_PAUSE)
        during: list[float] = []
        done = asyncio.Event()

        async def tapping() -> None:
            while not done.is_set():
                during.append(await ask(fake, woman, "/menu"))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(done.wait(), TAP_PAUSE)

        tapper = asyncio.create_task(tapping())
        took = {cmd: await _staff_asks(fake, staff, cmd, file) for cmd, file in STAFF_ASKS}
        done.set()
        await tapper
        peak = process.peak_mb()
    return [
        Row(
            f"{items} items, the real bot: staff wait for " + ", ".join(took),
            " / ".join(f"{seconds:.2f} s" for seconds in took.values()),
        ),
        Row(
            f"{items} items, the real bot: a woman's reply meanwhile, p95 / slowest (before: p95)",
            f"{ms(p95(during))} / {ms(max(during))} ({ms(p95(before))})",
        ),
        Row(
            f"{items} items: peak RSS of the bot process (VmHWM)",
            f"{peak:.0f} MB",
            "",
            "goal < 120 MB",
        ),
    ]
