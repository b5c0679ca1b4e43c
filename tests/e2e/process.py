"""Runs the real bot process (`python -m bot`) against the loopback Bot API test server."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeMessage, FakeTelegram, FakeUser, serve
from tests.harness import SAFEGUARDING_CHAT_ID, STAFF_CHAT_ID, STAFF_ID

PROJECT_ROOT = Path(__file__).resolve().parents[2]
HUMAN_PAUSE_SECONDS = 2.0
# Generous, for a loaded machine: a reply normally arrives in milliseconds.
REPLY_TIMEOUT = 30.0


@dataclass
class BotProcess:
    """One `python -m bot` child process and its log file."""

    fake: FakeTelegram
    base_url: str
    workdir: Path
    env: dict[str, str] = field(default_factory=dict)
    process: asyncio.subprocess.Process | None = None
    starts: int = 0

    @property
    def log_path(self) -> Path:
        return self.workdir / "bot.log"

    @property
    def database_path(self) -> Path:
        return self.workdir / "bot.sqlite3"

    def logs(self) -> str:
        return self.log_path.read_text(encoding="utf-8") if self.log_path.exists() else ""

    async def start(self) -> None:
        polls_before = self._polls()
        env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(PROJECT_ROOT),
            "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
            "TELEGRAM_API_BASE_URL": self.base_url,
            "DATABASE_PATH": str(self.database_path),
            "STAFF_USER_IDS": str(STAFF_ID),
            "STAFF_CHAT_ID": str(STAFF_CHAT_ID),
            "SAFEGUARDING_CHAT_ID": str(SAFEGUARDING_CHAT_ID),
            "FEEDBACK_TOPICS": "Groups,Staff,Something else",
            "SERVICE_NAME": "Our Service",
            # Scheduled digests would depend on the wall clock; tests that want one turn it on.
            "DIGEST_FREQUENCY": "off",
            **self.env,
        }
        log = self.log_path.open("a", encoding="utf-8")
        # cwd is the test's own folder, so no developer's .env is read.
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=self.workdir, env=env, stdout=log, stderr=log
        )
        log.close()
        self.starts += 1
        # Polling starts right after deleteWebhook, and a webhook is set once its server
        # listens: either way, updates queued from now on are delivered.
        await self.fake.wait_for(lambda: self._polls() > polls_before or self._exited(), 30)
        if self._exited():
            raise AssertionError(f"the bot exited at start:\n{self.logs()}")

    async def stop(self) -> int:
        """A restart or shutdown as a service manager does it: SIGTERM, then wait."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            raise AssertionError(f"the bot did not stop on SIGTERM:\n{self.logs()}") from None
        self.process = None
        return code

    async def kill(self) -> None:
        """A crash: SIGKILL, no chance to finish anything."""
        assert self.process is not None
        self.process.kill()
        await self.process.wait()
        self.process = None

    def _polls(self) -> int:
        intake = ("deletewebhook", "setwebhook")
        return sum(1 for call in self.fake.calls if call.method.lower() in intake)

    def _exited(self) -> bool:
        return self.process is not None and self.process.returncode is not None

    # What a woman or staff member does, at a human pace.

    async def send(self, user: FakeUser, text: str, expect: str | None = None) -> FakeMessage:
        """Type `text`; wait for the bot's reply (containing `expect`, if given)."""
        last = self._last_id(user.id)
        self.fake.advance(HUMAN_PAUSE_SECONDS)
        self.fake.send_text(user, text)
        return await self.fake.wait_for_bot_message(
            user.id, contains=expect, after=last, timeout=REPLY_TIMEOUT
        )

    async def press(
        self, user: FakeUser, message: FakeMessage, button: str, expect: str
    ) -> FakeMessage:
        """Press `button`; wait until `expect` shows in that message (edited) or a new one."""
        last = self._last_id(message.chat_id)
        self.fake.advance(HUMAN_PAUSE_SECONDS)
        self.fake.press(user, message, button)

        def shown() -> FakeMessage | None:
            for candidate in reversed(self.fake.messages(message.chat_id)):
                fresh = candidate.message_id > last or candidate.message_id == message.message_id
                if fresh and candidate.from_bot and expect in (candidate.text or ""):
                    return candidate
            return None

        return await self.fake.wait_for(shown, REPLY_TIMEOUT)

    def _last_id(self, chat_id: int) -> int:
        messages = self.fake.all_messages(chat_id)
        return messages[-1].message_id if messages else 0


@asynccontextmanager
async def running_bot(fake: FakeTelegram, workdir: Path, **env: str) -> AsyncIterator[BotProcess]:
    """The test server on 127.0.0.1 and the bot process talking to it."""
    async with serve(fake) as base_url:
        bot = BotProcess(fake, base_url, workdir, env)
        await bot.start()
        try:
            yield bot
        finally:
            if bot.process is not None:
                await bot.stop()
