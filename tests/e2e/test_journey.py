"""End to end: the real bot process, its real HTTP client, and the loopback Bot API server."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from pathlib import Path

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, FakeUser, serve
from tests.e2e.process import PROJECT_ROOT, running_bot


async def test_a_woman_joins_gives_feedback_hears_back_and_is_forgotten(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    alice = fake.user(4242, first_name="Alice", username="alice_real")
    async with running_bot(fake, tmp_path, LOG_LEVEL="DEBUG") as bot:
        consent = await bot.send(alice, "/start", expect="not watched all the time")
        await bot.press(alice, consent, "I agree", expect="Your made-up name is")
        menu = await bot.fake.wait_for_bot_message(alice.id, contains="What would you like")
        topics = await bot.press(alice, menu, "Give feedback", expect="What is your feedback")
        await bot.press(alice, topics, "Groups", expect="Please write your feedback")
        review = await bot.send(alice, "Could the <b>group</b> start later & finish later?")
        await bot.press(alice, review, "Send", expect="Thank you")

        listing = await bot.send(staff, "/feedback", expect="Recent feedback")
        assert "Could the <b>group</b> start later & finish later?" in listing.text
        assert "Alice" not in listing.text and "alice_real" not in listing.text
        await bot.send(staff, "/respond 1", expect="Write your reply")
        review = await bot.send(staff, "From next month it starts at 11.", expect="Send it?")
        await bot.press(staff, review, "Send", expect="marked as answered")

        news = await fake.wait_for_bot_message(alice.id, contains="You said, we did")
        assert "From next month it starts at 11." in news.text
        assert news.protect_content

        ask = await bot.send(alice, "/forget", expect="Delete everything?")
        await bot.press(alice, ask, "Yes, delete everything", expect="We have deleted everything")

    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        dump = "\n".join(conn.iterdump())
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 0
    assert "4242" not in dump and "start later" not in dump and "starts at 11" not in dump
    logs = bot.logs()
    assert "started" in logs
    assert DEFAULT_TOKEN not in logs and DEFAULT_TOKEN.split(":")[1] not in logs
    assert "4242" not in logs and "start later" not in logs
    assert fake.count_errors(429) == 0


async def test_the_bot_sets_command_menus_and_asks_only_for_the_updates_it_uses(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path) as bot:
        # In the background, a moment after the bot starts answering.
        await fake.wait_for(lambda: "share" in fake.commands("all_private_chats"))
        await bot.send(fake.user(77, first_name="Bea"), "/start", expect="Welcome")
        polls = [call for call in fake.calls if call.method.lower() == "getupdates"]
        assert "edited_message" not in polls[-1].params.get("allowed_updates", "")


async def test_a_woman_who_wrote_while_the_bot_was_stopped_is_answered_before_the_menus_are_set(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    bea = fake.user(77, first_name="Bea")
    fake.send_text(bea, "/start")
    async with running_bot(fake, tmp_path):
        await fake.wait_for_bot_message(bea.id, contains="Welcome")
        await fake.wait_for(lambda: "share" in fake.commands("all_private_chats"))
    methods = [call.method.lower() for call in fake.calls]
    assert methods.index("sendmessage") < methods.index("setmycommands")


async def test_without_a_token_the_bot_prints_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode != 0
    lines = err.decode().strip().splitlines()
    assert lines == [
        "Setting TELEGRAM_BOT_TOKEN is missing: create a bot with @BotFather and put its token"
        " in .env."
    ]
    assert out == b""


async def _run_briefly(tmp_path: Path, **env: str) -> tuple[int, list[str]]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT_ROOT), **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode().strip().splitlines()


async def test_a_token_telegram_refuses_is_explained_in_one_line(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with serve(fake) as base_url:
        code, lines = await _run_briefly(
            tmp_path,
            TELEGRAM_BOT_TOKEN="654321:wrong-token-abcdefghijklmnopqrstuvwxyz",
            TELEGRAM_API_BASE_URL=base_url,
        )
    assert code == 2
    assert lines[-1].startswith("Cannot start: Telegram refused TELEGRAM_BOT_TOKEN.")
    assert not any("Traceback" in line for line in lines)
    assert not any("wrong-token" in line for line in lines)


async def test_an_unreachable_bot_api_server_is_explained_in_one_line(tmp_path: Path) -> None:
    code, lines = await _run_briefly(
        tmp_path, TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, TELEGRAM_API_BASE_URL="http://127.0.0.1:9"
    )
    assert code == 3
    assert "could not be reached" in lines[-1] and "TELEGRAM_API_BASE_URL" in lines[-1]
    assert not any("Traceback" in line for line in lines)


async def test_a_broken_texts_file_is_named_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "ours.ftl").write_text("consent-agre = typo\n", encoding="utf-8")
    code, lines = await _run_briefly(
        tmp_path, TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, TEXTS_FILE="ours.ftl"
    )
    assert code == 2
    assert lines == [
        "Setting TEXTS_FILE is not usable: ours.ftl names an unknown text: consent-agre."
    ]


async def test_a_wrong_database_key_stops_the_start_before_telegram_is_asked(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    from storage.db import Database

    db = await Database.open(tmp_path / "bot.sqlite3", "the right passphrase, long enough")
    await db.close()
    async with serve(fake) as base_url:
        code, lines = await _run_briefly(
            tmp_path,
            TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN,
            TELEGRAM_API_BASE_URL=base_url,
            DATABASE_PATH=str(tmp_path / "bot.sqlite3"),
            DATABASE_KEY="a wrong passphrase, long enough",
            STAFF_USER_IDS="1",
        )
    assert code == 3
    assert lines[-1].startswith("Cannot start:")
    assert "DATABASE_KEY" in lines[-1]
    assert not any("Traceback" in line or "passphrase" in line for line in lines)
    assert fake.calls == []
