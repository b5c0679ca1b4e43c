"""End to end: after /forget nothing of hers is left on disk, in backups or in the log, while
the bot keeps running; with a key, no copy reveals her words even before."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, FakeUser
from storage.files import side_files
from tests.e2e.process import PROJECT_ROOT, BotProcess, running_bot

FEEDBACK = "Kestrel-umbrella-5521 the room is too cold"
IDEA = "Marigold-tandem-8830 walks"
REPLY = "Heron-lattice-2274 we will fix the heating"
KEY = "the service's long passphrase"


async def cli(bot: BotProcess, *args: str) -> tuple[int, str]:
    """Run `python -m bot ARGS` beside the running bot, with the same settings."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
        "DATABASE_PATH": str(bot.database_path),
        **bot.env,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=bot.workdir,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    return int(process.returncode or 0), output.decode()


async def _she_shares_and_hears_back(bot: BotProcess, alice: FakeUser, staff: FakeUser) -> None:
    consent = await bot.send(alice, "/start", expect="not watched all the time")
    await bot.press(alice, consent, "I agree", expect="Your made-up name is")
    topics = await bot.send(alice, "/share", expect="What is your feedback")
    await bot.press(alice, topics, "Groups", expect="Please write your feedback")
    review = await bot.send(alice, FEEDBACK, expect="Send it?")
    await bot.press(alice, review, "Send", expect="Thank you")
    await bot.send(alice, "/propose", expect="short title")
    await bot.send(alice, IDEA, expect="Now tell us about your idea")
    review = await bot.send(alice, f"{IDEA} every Friday", expect="Send it?")
    await bot.press(alice, review, "Send", expect="(number #")
    await bot.send(staff, "/respond 1", expect="Write your reply")
    review = await bot.send(staff, REPLY, expect="Send it?")
    await bot.press(staff, review, "Send", expect="marked as answered")
    await bot.fake.wait_for_bot_message(alice.id, contains="You said, we did")


def _files(path: Path) -> list[Path]:
    return [p for p in [path, *side_files(path)] if p.exists()]


def _found(data: bytes, alice: FakeUser) -> list[str]:
    words = ["Kestrel-umbrella-5521", "Marigold-tandem-8830", "Heron-lattice-2274"]
    found = [word for word in words if word.encode() in data]
    # SQLite stores her id as a 4-byte big-endian integer; a log would show it in digits.
    as_stored = alice.id.to_bytes(4, "big")
    return found + (["her id"] if as_stored in data or str(alice.id).encode() in data else [])


async def test_after_forget_no_file_backup_or_log_holds_her_words_while_the_bot_runs(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    alice = fake.user(1831603019, first_name="Alice")  # > 2**24: stored in 4 bytes
    async with running_bot(fake, tmp_path, LOG_LEVEL="DEBUG") as bot:
        await _she_shares_and_hears_back(bot, alice, staff)
        code, said = await cli(bot, "backup", str(tmp_path / "before.sqlite3"))
        assert (code, said.startswith("Backed up")) == (0, True), said
        # Unencrypted, her words are there to find: the searches below can see them.
        before = (tmp_path / "before.sqlite3").read_bytes()
        assert _found(before, alice) == [
            "Kestrel-umbrella-5521",
            "Marigold-tandem-8830",
            "Heron-lattice-2274",
            "her id",
        ]
        ask = await bot.send(alice, "/forget", expect="Delete everything?")
        await bot.press(alice, ask, "Yes, delete everything", expect="We have deleted everything")
        code, said = await cli(bot, "backup", str(tmp_path / "after.sqlite3"))
        assert code == 0, said
        # The bot is still running: its files, a fresh backup and its log hold nothing of hers.
        files = _files(bot.database_path)
        assert {p.name[len("bot.sqlite3") :] for p in files} >= {"", "-wal", "-shm"}
        for path in [*files, tmp_path / "after.sqlite3"]:
            assert _found(path.read_bytes(), alice) == [], path.name
        assert _found(bot.logs().encode(), alice) == []
        # A restore cannot pull the old data back under the running bot.
        code, said = await cli(bot, "restore", str(tmp_path / "before.sqlite3"))
        assert code == 3
        assert "in use by a running bot" in said
    assert _found(bot.logs().encode(), alice) == []


async def test_with_a_key_no_copy_reveals_her_words_even_before_forget(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    alice = fake.user(1831604423, first_name="Alice")
    async with running_bot(fake, tmp_path, DATABASE_KEY=KEY) as bot:
        await _she_shares_and_hears_back(bot, alice, staff)
        copies = tmp_path / "copies"
        copies.mkdir()
        for path in _files(bot.database_path):  # what a thief would take from a lost laptop
            shutil.copy(path, copies / path.name)
        code, said = await cli(bot, "backup", str(tmp_path / "backup.sqlite3"))
        assert code == 0, said
        taken = [*copies.iterdir(), tmp_path / "backup.sqlite3"]
        assert len(taken) >= 3
        for path in taken:
            assert _found(path.read_bytes(), alice) == [], path.name
        ask = await bot.send(alice, "/forget", expect="Delete everything?")
        await bot.press(alice, ask, "Yes, delete everything", expect="We have deleted everything")
    assert _found(bot.logs().encode(), alice) == []
