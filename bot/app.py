"""Assembly: build the Application, open resources in post_init, close them in post_shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import signal
import ssl
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Future
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    LinkPreviewOptions,
    Message,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot import delivery, digest, polls, proposals
from bot.chat_bot import ChatBot
from bot.config import Settings
from bot.flood import FloodControl
from bot.housekeeping import TIDY_EVERY_SECONDS, tidy
from bot.http import AiohttpRequest
from bot.intake import FIRST_RETRY_SECONDS, Intake
from bot.memory import RELEASE_EVERY_SECONDS, release_free_memory
from bot.outbox import CHAT_INTERVAL, GROUP_INTERVAL, Outbox
from bot.quick_exit import TRAIL_SAVE_SECONDS, ChatTrail
from bot.rate_limiter import ChatRateLimiter
from bot.retention import PURGE_EVERY_SECONDS, purge
from bot.runtime import Runtime
from bot.schedule import TICK_SECONDS, DueWork, run_due_work
from bot.stored_flows import StoredFlows
from bot.texts import DEFAULT_LANGUAGE, Texts, TextsError, load_texts
from bot.tidy_chat import tidy_chats
from bot.timers import Timers
from handlers.context import AppData, Ctx
from handlers.registry import register
from storage.db import Database, OpenedFile, close_unused

log = logging.getLogger(__name__)

BotApp = Application[Any, Ctx, Any, Any, AppData, Any]

PARTICIPANT_COMMANDS = (
    "start",
    "menu",
    "exit",
    "share",
    "propose",
    "ideas",
    "myideas",
    "myfeedback",
    "vote",
    "settings",
    "privacy",
    "mydata",
    "forget",
    "link",
    "policy",
    "help",
    "cancel",
)
STAFF_COMMANDS = (
    "feedback",
    "respond",
    "pending",
    "proposals",
    "proposal",
    "story",
    "plan",
    "toidea",
    "draft",
    "comments",
    "prefer",
    "stages",
    "review",
    "helpers",
    "newpoll",
    "polls",
    "closepoll",
    "invite",
    "voice",
    "voiceidea",
    "tell",
    "onbehalf",
    "eraseoffline",
    "linkcode",
    "herdata",
    "recognise",
    "digest",
    "report",
    "export",
)

STAFF_MENU = PARTICIPANT_COMMANDS[:1] + STAFF_COMMANDS + ("help", "cancel")

# Edited messages are not asked for: an edit must never change a submitted item.
ALLOWED_UPDATES = ["message", "callback_query"]
# On SIGTERM, updates already being processed get this long to finish; whatever is left is
# still in the inbox and is processed first at the next start.
STOP_GRACE_SECONDS = 10.0


class DatabaseOpener:
    """Opens the database once, for whichever needs it first: the stored flows are read while
    the Application initialises, before post_init builds the runtime. The file may have been
    opened `ahead` in a worker thread, as `python -m bot` does while it imports the bot."""

    def __init__(
        self, path: Path, key: str | None, ahead: Future[OpenedFile] | None = None
    ) -> None:
        self._path = path
        self._key = key
        self._ahead = ahead
        self._db: Database | None = None

    async def __call__(self) -> Database:
        if self._db is None:
            ahead, self._ahead = self._ahead, None
            opened = asyncio.wrap_future(ahead) if ahead is not None else None
            # Exclusive: while the bot runs, no restore or conversion can replace the file.
            self._db = await Database.open(self._path, self._key, exclusive=True, opened=opened)
        return self._db

    def forget(self) -> None:
        """After closing: the next start opens it afresh."""
        self._db = None

    async def close(self) -> None:
        """Close it if it was opened (a start that failed half way), and forget it."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            await asyncio.to_thread(close_unused, ahead)
        if self._db is not None:
            db, self._db = self._db, None
            await db.close()


# How long after the start the command menus are set (see `start_menus`).
MENUS_AFTER_SECONDS = 2.0

# Everything that happens by time rather than by a message, in the order it runs each tick.
# Polls close before the digest is assembled, so a digest sent at the same tick shows the result.
DUE_WORK: tuple[DueWork, ...] = (
    polls.close_due_polls,
    polls.send_reminders,
    proposals.resuggest_waiting,
    delivery.close_due_reviews,
    delivery.send_due_reviews,
    digest.send_due_digest,
)


async def _tick(app: BotApp) -> None:
    """The periodic job: ask the database what is due now and do it; tidy the chats."""
    runtime = app.bot_data.runtime
    if runtime is not None:
        await run_due_work(runtime, DUE_WORK, runtime.now())
        try:
            await tidy_chats(runtime, app.bot, runtime.now())
        except Exception:
            log.exception("tidy-up failed; it will be retried")


async def _release_memory() -> None:
    """The periodic job that gives the C heap's free pages back (see bot/memory.py)."""
    release_free_memory()


def _forget_idle_people(app: BotApp, intake: Intake) -> int:
    """python-telegram-bot keeps a dict for every person it has seen, which stays behind empty
    once her flow has ended: drop those of people with nothing in hand, so memory does not
    grow with the number of women who ever wrote. Returns how many were dropped."""
    busy = intake.in_hand()
    idle = [user for user, data in app.user_data.items() if not data and user not in busy]
    for user in idle:
        app.drop_user_data(user)
    return len(idle)


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    clock: Callable[[], float] = time.time,
    outbox_chat_interval: float = CHAT_INTERVAL,
    outbox_group_interval: float = GROUP_INTERVAL,
    intake_first_retry: float = FIRST_RETRY_SECONDS,
    tls: ssl.SSLContext | None = None,
    database: Future[OpenedFile] | None = None,
) -> BotApp:
    """Everything the bot needs, wired together; nothing is opened until post_init.

    The texts are read here, so a broken TEXTS_FILE stops the bot before it starts. `tls` is
    the connections' TLS setup, and `database` the database file being opened, when the
    caller has begun them already (see `run_bot`).
    """
    texts = load_texts(
        {"service_name": settings.service_name, "helplines": settings.helplines},
        settings.texts_file,
    )

    opener = DatabaseOpener(settings.database_path, settings.database_secret, database)
    flows = StoredFlows(opener, clock, settings.draft_hours * 3600)

    async def post_init(app: BotApp) -> None:
        db = await opener()
        outbox = Outbox(
            db,
            clock,
            rate=settings.outbox_messages_per_second,
            chat_interval=outbox_chat_interval,
            group_interval=outbox_group_interval,
            silent=settings.silent_notifications,
        )
        trail = ChatTrail(db)
        flood = FloodControl(
            settings.flood_updates_per_minute, settings.flood_submissions_per_10_minutes
        )
        runtime = Runtime(settings, db, texts, outbox, clock, trail, flood)
        app.bot_data.runtime = runtime
        intake = Intake(app, runtime, flows, first_retry=intake_first_retry)
        app.bot_data.intake = intake

        async def note_sent(message: Message) -> None:
            # Stored with the commit that marks updates done, or by the periodic save below.
            trail.note_later(message.chat.id, message.message_id, int(message.date.timestamp()))

        bot.after_send(note_sent)
        outbox.start(app.bot)
        timers = Timers(lambda error: app.process_error(None, error))
        app.bot_data.timers = timers
        timers.every("due-work", lambda: _tick(app), every=TICK_SECONDS, first=1.0)

        async def tidy_job() -> None:
            await tidy(runtime)
            expired = await flows.expire(runtime.now())
            for user_id in expired:
                # Her draft goes from memory too (an open flow ends at her next update).
                app.drop_user_data(user_id)
            idle = _forget_idle_people(app, intake)
            forgotten = await intake.forget_old_ids()
            log.info(
                "tidied: %s expired drafts, %s idle people's empty data, %s old update ids",
                len(expired),
                idle,
                forgotten,
            )

        timers.every("tidy", tidy_job, every=TIDY_EVERY_SECONDS, first=60)
        # Daily, and a little after every start, so a bot restarted often still purges.
        timers.every(
            "purge", lambda: purge(runtime, runtime.now()), every=PURGE_EVERY_SECONDS, first=120
        )
        # What the outbox and jobs sent, in one write every few seconds instead of one each.
        timers.every(
            "trail", trail.save_noted_now, every=TRAIL_SAVE_SECONDS, first=TRAIL_SAVE_SECONDS
        )
        # Without it resident memory creeps up over hours of work that holds no more.
        timers.every(
            "memory", _release_memory, every=RELEASE_EVERY_SECONDS, first=RELEASE_EVERY_SECONDS
        )
        log.info("started: schema ready, outbox running")

    async def post_shutdown(app: BotApp) -> None:
        runtime = app.bot_data.runtime
        if runtime is None:
            # The start failed before the runtime was built; the stored flows may have opened
            # the database meanwhile, and its connection's thread would keep the process alive.
            await opener.close()
            return
        bot.after_send(None)
        timers = app.bot_data.timers
        if timers is not None:
            # A run in progress finishes first (it may be queueing messages).
            await timers.stop()
            app.bot_data.timers = None
        menus = app.bot_data.menus
        if menus is not None and not menus.done():
            menus.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await menus
        app.bot_data.menus = None
        try:
            await runtime.outbox.stop()
            await runtime.trail.save_noted_now()
            # What a job changed since the last update finished: collected and written here,
            # while the database is open (Application.shutdown comes after this).
            await app.update_persistence()
            await flows.write_collected()
        finally:
            # Even if a last write failed: an open connection's thread would keep the process
            # from exiting, and a stop that never ends is worse than one that reports an error.
            await runtime.db.close()
            opener.forget()
            app.bot_data.runtime = None
            app.bot_data.intake = None
        log.info("stopped cleanly")

    base_url = settings.telegram_api_base_url or "https://api.telegram.org"
    bot = ChatBot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=f"{base_url}/bot",
        base_file_url=f"{base_url}/file/bot",
        # The same connection pools python-telegram-bot's builder would make.
        request=request or _https(256, tls),
        get_updates_request=updates_request or _https(1, tls),
        defaults=Defaults(
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        rate_limiter=ChatRateLimiter(clock=clock),
    )
    app: BotApp = (
        Application.builder()
        .bot(bot)
        # The intake fetches and holds updates itself (bot/intake.py): PTB's Updater would
        # confirm each update to Telegram as soon as it is fetched, before it is stored.
        .updater(None)
        # The work by the clock runs on bot/timers.py instead of the JobQueue.
        .job_queue(None)
        .persistence(flows)
        .context_types(ContextTypes(context=Ctx, bot_data=AppData))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    register(app, settings)
    app.bot_data.open_database = opener
    return app


def _https(pool: int, tls: ssl.SSLContext | None) -> AiohttpRequest:
    """A connection pool to Telegram (see bot/http.py); both pools share one TLS setup."""
    return AiohttpRequest(pool, ssl_context=tls)


@asynccontextmanager
async def serving(app: BotApp) -> AsyncIterator[Intake]:
    """The bot ready for updates inside this event loop, whichever way they come: initialised,
    what the last run left settled, processing. Yields the intake to hand updates to. On
    leaving: let what is in hand finish for up to STOP_GRACE_SECONDS (the rest stays held for
    the next start), close."""
    try:
        if app.bot_data.open_database is not None:
            # First, before Telegram is asked anything: a wrong key, a database in use or too
            # new stops the start here. (Opened once: deriving an encrypted database's key
            # takes a noticeable part of the start-up.)
            await app.bot_data.open_database()
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        intake = app.bot_data.intake
        assert intake is not None
        await app.start()
        assert app.bot_data.timers is not None
        app.bot_data.timers.start()
        # What a crash or stop left unfinished goes first, before anything new arrives.
        await intake.recover()
        yield intake
    finally:
        # Each step runs whatever the ones before it raised: the database left open (its
        # connection's thread) would keep the process from ever ending after SIGTERM.
        async with contextlib.AsyncExitStack() as stopping:
            # Last: an Application that never finished initialising shuts nothing down, so
            # the bot's connections are closed here (a second shutdown does nothing).
            stopping.push_async_callback(app.bot.shutdown)
            stopping.push_async_callback(app.shutdown)
            if app.post_shutdown is not None:
                stopping.push_async_callback(app.post_shutdown, app)
            stopping.push_async_callback(_stop_if_running, app)
            await _finish_intake(app)


async def _finish_intake(app: BotApp) -> None:
    intake = app.bot_data.intake
    if intake is None:
        return
    log.info("stopping: %s updates waiting stay held for the next start", intake.waiting())
    try:
        await asyncio.wait_for(intake.drain(), STOP_GRACE_SECONDS)
    except TimeoutError:
        log.warning("stopping with updates in hand; they run again at the next start")
        await intake.stop()
    # What finished is marked done before anything else stops.
    await intake.close()


async def _stop_if_running(app: BotApp) -> None:
    if app.running:
        await app.stop()


@asynccontextmanager
async def polling(app: BotApp) -> AsyncIterator[asyncio.Task[None]]:
    """The bot running with long polling inside this event loop (see `serving`). Yields the
    fetching task (it ends only on an error, such as a refused token)."""
    stop = asyncio.Event()
    async with serving(app) as intake:
        # Like PTB's run_polling: a webhook left set would make getUpdates fail.
        await app.bot.delete_webhook()
        poller = asyncio.create_task(
            intake.poll(app.bot, stop, allowed_updates=ALLOWED_UPDATES), name="intake-poll"
        )
        start_menus(app)
        try:
            yield poller
        finally:
            stop.set()
            if not poller.done():
                # It gives up its request at once, but finishes holding a batch it has fetched.
                with contextlib.suppress(Exception):
                    await poller


async def run(app: BotApp) -> None:
    """`python -m bot`: run until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        async with polling(app) as poller:
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({poller, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if poller.done():
                poller.result()  # a refused token ends the run with its error
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


def start_menus(app: BotApp, after: float = MENUS_AFTER_SECONDS) -> None:
    """Set the menus in the background, `after` seconds from now: a dozen calls to Telegram
    and a few dozen texts to read, which nobody's answer waits for (the menus stay as the
    last start set them meanwhile), and which would otherwise delay the answers to the
    women who wrote while the bot was stopped."""
    runtime = app.bot_data.runtime
    assert runtime is not None
    menus = _set_menus(app, runtime.settings, runtime.texts, after)
    app.bot_data.menus = asyncio.create_task(menus, name="menus")


async def _set_menus(app: BotApp, settings: Settings, texts: Texts, after: float) -> None:
    """The bot's description and one command menu for women, a larger one for each staff
    member's private chat: in English by default, and in each shipped language for people
    whose Telegram app uses it. None of these calls is a message, so they take nothing from
    the outbox's share of Telegram's limits. A failure leaves the menus of the last start."""
    await asyncio.sleep(after)
    try:
        await _set_menus_now(app, settings, texts)
    except TelegramError as error:
        log.warning("command menus not set this time: %s", type(error).__name__)
    except TextsError as error:
        log.error("a locale file is not usable: %s", error)


async def _set_menus_now(app: BotApp, settings: Settings, texts: Texts) -> None:

    def plain(key: str, language: str) -> str:
        # Menus and descriptions are plain text: Telegram shows them as typed.
        return html.unescape(texts(key, language))

    def commands(names: tuple[str, ...], language: str) -> list[BotCommand]:
        return [BotCommand(name, plain(f"commands.{name}", language)) for name in names]

    for code in [None, *texts.languages]:
        shown = code or DEFAULT_LANGUAGE
        await app.bot.set_my_commands(
            commands(PARTICIPANT_COMMANDS, shown),
            scope=BotCommandScopeAllPrivateChats(),
            language_code=code,
        )
        for staff_id in settings.staff_user_ids:
            try:
                await app.bot.set_my_commands(
                    commands(STAFF_MENU, shown),
                    scope=BotCommandScopeChat(staff_id),
                    language_code=code,
                )
            except BadRequest:
                # Telegram knows the chat only after the staff member has written to the bot.
                log.warning("staff command menu not set for one staff member yet (no chat)")
        await app.bot.set_my_description(plain("profile.description", shown), language_code=code)
        await app.bot.set_my_short_description(
            plain("profile.short_description", shown), language_code=code
        )
