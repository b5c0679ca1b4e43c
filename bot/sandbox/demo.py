"""The offline sandbox: the real bot, the loopback Bot API server and a web chat page.

Everything runs in one process on 127.0.0.1, so the bot and the loopback server share one clock
the page can move forward (poll deadlines, reminders, digests, the 48-hour rule). The bot is the
same Application `python -m bot` runs, talking over real HTTP to the loopback server; only its
database is a temporary file, seeded through the bot's own services.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import tempfile
import tomllib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import participants
from bot.app import BotApp, build_application, polling
from bot.config import Settings, load_settings
from bot.feedback import submit_feedback
from bot.poll_rules import parse_quorum
from bot.polls import PollDraft, PollRefused, create_poll
from bot.proposals import StaffMember, moderate, submit_proposal
from bot.runtime import Runtime
from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, serve
from bot.sandbox.web import Person, serve_page

CAST_FILE = Path(__file__).with_name("cast.toml")
DAY = 24 * 3600
# The seeded women joined a month before the sandbox starts.
JOINED_DAYS_AGO = 30


@dataclass(frozen=True, slots=True)
class Cast:
    """Who and what the sandbox starts with (read from cast.toml)."""

    staff: Person
    group: Person
    women: tuple[Person, ...]
    joined: frozenset[int]
    feedback: tuple[dict[str, str], ...]
    ideas: tuple[dict[str, str], ...]
    poll: dict[str, Any]


def load_cast(path: Path = CAST_FILE) -> Cast:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    women = tuple(Person(w["id"], w["name"], "woman") for w in data["women"])
    return Cast(
        staff=Person(data["staff"]["id"], data["staff"]["name"], "staff"),
        group=Person(data["staff_group"]["id"], data["staff_group"]["title"], "group"),
        women=women,
        joined=frozenset(w["id"] for w in data["women"] if w["joined"]),
        feedback=tuple(data["feedback"]),
        ideas=tuple(data["ideas"]),
        poll=data["poll"],
    )


def sandbox_settings(folder: Path, base_url: str, cast: Cast) -> Settings:
    """The service's own settings (environment and .env, for its wording and rules), with
    everything that could reach Telegram or real data replaced by the sandbox's."""
    return load_settings(
        telegram_bot_token=DEFAULT_TOKEN,
        telegram_api_base_url=base_url,
        database_path=folder / "sandbox.sqlite3",
        staff_user_ids=frozenset({cast.staff.id}),
        staff_chat_id=cast.group.id,
        safeguarding_chat_id=cast.group.id,
        safeguarding_lead_ids=frozenset({cast.staff.id}),
        # A throwaway database needs no encryption key (and must not need the service's).
        database_key=None,
        database_key_file=None,
    )


def prepare_people(fake: FakeTelegram, cast: Cast) -> None:
    """The staff member and her group, and the women; those who joined have met the bot."""
    staff = fake.started_user(cast.staff.id, cast.staff.name)
    fake.group(cast.group.id, cast.group.name)
    fake.add_member(cast.group.id, staff)
    for woman in cast.women:
        if woman.id in cast.joined:
            fake.started_user(woman.id, woman.name)
        else:
            fake.user(woman.id, first_name=woman.name)


async def seed(rt: Runtime, cast: Cast) -> None:
    """Women who joined a month ago, feedback waiting for an answer, ideas and an open poll,
    all through the bot's own services (so staff and women are told as they would be)."""
    now = rt.now()
    by_name: dict[str, int] = {}
    for woman in cast.women:
        if woman.id in cast.joined:
            joined = await participants.join(rt.db, woman.id, "en", now - JOINED_DAYS_AGO * DAY)
            assert joined is not None  # open enrolment: joining without a code always works
            by_name[woman.name] = joined.id
    for item in cast.feedback:
        await submit_feedback(rt, by_name[item["by"]], item["topic"], item["text"])
    staff = StaffMember(cast.staff.id, cast.staff.name)
    for idea in cast.ideas:
        proposal = await submit_proposal(rt, by_name[idea["by"]], idea["title"], idea["text"])
        await moderate(rt, proposal.id, staff, publish=True, reason=None)
    quorum = parse_quorum(str(cast.poll["quorum"]))
    assert quorum is not None, "cast.toml: the poll's quorum is a number or a share like 50%"
    draft = PollDraft(
        question=cast.poll["question"],
        options=tuple(cast.poll["options"]),
        closes_at=now + int(cast.poll["closes_in_days"]) * DAY,
        quorum=quorum,
        audience="all",
        proposal_id=None,
        kind="advisory",
        limits="",
        domains=tuple(cast.poll["domains"]),
    )
    poll = await create_poll(rt, draft, cast.staff.id)
    assert not isinstance(poll, PollRefused), f"cast.toml: the poll could not open ({poll})"


@contextlib.asynccontextmanager
async def running_bot(settings: Settings, clock: Callable[[], float]) -> AsyncIterator[BotApp]:
    """The bot as `python -m bot` runs it (long polling), inside this event loop."""
    app = build_application(settings, clock=clock)
    async with polling(app):
        yield app


@contextlib.asynccontextmanager
async def sandbox(host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Start everything; yields the page's address. All is gone when the block ends."""
    cast = load_cast()
    fake = FakeTelegram()
    prepare_people(fake, cast)
    with tempfile.TemporaryDirectory(prefix="coproduction-sandbox-") as folder:
        async with serve(fake) as base_url:
            settings = sandbox_settings(Path(folder), base_url, cast)
            async with running_bot(settings, fake.clock) as app:
                runtime = app.bot_data.runtime
                assert runtime is not None
                await seed(runtime, cast)
                people = (*cast.women, cast.staff, cast.group)
                async with serve_page(fake, people, settings.zone, host, port) as address:
                    yield address


async def run_sandbox(host: str, port: int, announce: Callable[[str], None]) -> None:
    """Run until Ctrl+C or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with sandbox(host, port) as address:
        announce(address)
        await stop.wait()
