"""Drives a real Application in-process against the fake Telegram, as women and staff would."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram.request import BaseRequest

from bot.app import BotApp, build_application, start_menus
from bot.config import Settings
from bot.intake import Intake
from bot.runtime import Runtime
from bot.sandbox.loopback import DEFAULT_TOKEN, FakeMessage, FakeRequest, FakeTelegram, FakeUser

STAFF_ID = 900001
STAFF_CHAT_ID = -100777
SAFEGUARDING_CHAT_ID = -100888
HUMAN_PAUSE_SECONDS = 2.0


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": DEFAULT_TOKEN,
        "database_path": tmp_path / "bot.sqlite3",
        "staff_user_ids": frozenset({STAFF_ID}),
        "staff_chat_id": STAFF_CHAT_ID,
        "safeguarding_chat_id": SAFEGUARDING_CHAT_ID,
        "feedback_topics": ("Groups", "Staff", "Something else"),
        "service_name": "Our Service",
        "max_text_length": 200,
        # Scheduled digests would depend on the wall clock; tests that want one turn it on.
        "digest_frequency": "off",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class Clock:
    """The bot's clock, moved together with the fake Telegram's."""

    fake: FakeTelegram
    offset: float = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds
        self.fake.advance(seconds)


@dataclass
class Harness:
    fake: FakeTelegram
    app: BotApp
    clock: Clock
    women: dict[str, FakeUser] = field(default_factory=dict)

    @property
    def intake(self) -> Intake:
        intake = self.app.bot_data.intake
        assert intake is not None
        return intake

    @property
    def runtime(self) -> Runtime:
        runtime = self.app.bot_data.runtime
        assert runtime is not None
        return runtime

    async def pump(self) -> None:
        """Deliver every queued update through the intake, the way polling does (each person's in
        order), and wait until all are processed; then send what the updates queued in the
        outbox (so a test sees replies and notifications in order)."""
        while updates := self.fake.take_updates():
            await self.intake.accept(updates)
            await self.intake.drain()
        await self.runtime.outbox.drain(self.app.bot)

    def human_pause(self) -> None:
        """People take a moment between messages; so do the tests (on the shared clock)."""
        self.clock.advance(HUMAN_PAUSE_SECONDS)

    async def send(self, user: FakeUser, text: str) -> FakeMessage:
        """She types `text`; returns the bot's last message in her chat afterwards."""
        self.human_pause()
        self.fake.send_text(user, text)
        await self.pump()
        return self.fake.last_bot_message(user.id)

    async def press(self, user: FakeUser, message: FakeMessage, button: str) -> FakeMessage:
        """She presses `button` on `message`; returns the bot's last message afterwards."""
        self.human_pause()
        self.fake.press(user, message, button)
        await self.pump()
        return self.fake.last_bot_message(message.chat_id)

    async def choose(self, user: FakeUser, message: FakeMessage, *buttons: str) -> FakeMessage:
        """She presses each of `buttons` on `message` in turn (a message edited in place, such
        as the decision domains, then Done); returns the bot's last message afterwards."""
        last = message
        for button in buttons:
            last = await self.press(user, message, button)
        return last

    async def join(self, user: FakeUser) -> str:
        """/start and agree; returns her pseudonym."""
        consent = await self.send(user, "/start")
        await self.press(user, consent, "I agree")
        participant = await self.participant(user)
        assert participant is not None
        return participant.pseudonym

    async def give_feedback(self, woman: FakeUser, words: str, topic: str = "Groups") -> None:
        """/share, a topic, her words, Send."""
        topics = await self.send(woman, "/share")
        await self.press(woman, topics, topic)
        await self.press(woman, await self.send(woman, words), "Send")

    async def participant(self, user: FakeUser) -> Any:
        async with self.runtime.db.read() as tx:
            return await tx.participants.by_telegram_user(user.id)

    def woman(self, name: str) -> FakeUser:
        if name not in self.women:
            self.women[name] = self.fake.user(1000 + len(self.women), first_name=name)
        return self.women[name]

    def texts_in(self, chat_id: int) -> list[str]:
        return [message.text or "" for message in self.fake.bot_messages(chat_id)]


async def start_harness(
    settings: Settings, fake: FakeTelegram, request: BaseRequest | None = None
) -> Harness:
    """The bot in-process; `request` replaces the connection to the fake (e.g. to cut it)."""
    clock = Clock(fake)
    app = build_application(
        settings,
        request=request or FakeRequest(fake),
        updates_request=request or FakeRequest(fake),
        clock=clock,
        # The test clock moves at a human pace, so the staff group's 20-a-minute limit is met
        # in fake time; waiting the real-time spacing too would only slow the tests down.
        outbox_group_interval=1.05,
        # An outage in a test lasts a few attempts; their spacing need not be a human's.
        intake_first_retry=0.01,
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    # The real process sets the menus in the background; a test sees them set before it starts.
    start_menus(app, after=0)
    assert app.bot_data.menus is not None
    await app.bot_data.menus
    harness = Harness(fake, app, clock)
    # As at the real start: what the last run left unfinished is processed first.
    await harness.intake.recover()
    # In-process tests send the outbox from pump(), in step with the updates, instead of
    # from the background task the real process runs (the e2e tests exercise that one).
    await harness.runtime.outbox.stop()
    return harness


async def stop_harness(harness: Harness) -> None:
    # As at a real stop: what finished is marked done.
    await harness.intake.close()
    assert harness.app.post_shutdown is not None
    await harness.app.post_shutdown(harness.app)
    await harness.app.shutdown()
