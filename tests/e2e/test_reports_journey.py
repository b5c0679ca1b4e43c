"""End to end: the scheduled digest, /export and /report from the real process, and the CLI."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, FakeUser
from tests.e2e.process import PROJECT_ROOT, BotProcess, running_bot
from tests.harness import STAFF_CHAT_ID

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def _give_feedback(bot: BotProcess, woman: FakeUser, text: str) -> None:
    consent = await bot.send(woman, "/start", expect="not watched all the time")
    await bot.press(woman, consent, "I agree", expect="Your made-up name is")
    topics = await bot.send(woman, "/share", expect="What is your feedback")
    await bot.press(woman, topics, "Groups", expect="Please write your feedback")
    review = await bot.send(woman, text, expect="Send it?")
    await bot.press(woman, review, "Send", expect="Thank you")


async def _export_from_the_command_line(workdir: Path, folder: Path) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "export",
        str(folder),
        cwd=workdir,
        env={
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(PROJECT_ROOT),
            "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
            "DATABASE_PATH": str(workdir / "bot.sqlite3"),
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    return process.returncode or 0, out.decode(), err.decode()


async def test_staff_get_the_digest_an_export_and_a_report_from_the_running_bot(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    # A send time six hours ago: the digest for today is due as soon as the bot starts.
    send_at = (datetime.now(ZoneInfo("Europe/London")) - timedelta(hours=6)).strftime("%H:%M")
    alice = fake.user(6001, first_name="Alice", username="alice_real")
    async with running_bot(fake, tmp_path, DIGEST_FREQUENCY="daily", DIGEST_TIME=send_at) as bot:
        digest = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Digest ·", timeout=30)
        assert "Nothing new" in (digest.text or "")

        await _give_feedback(bot, alice, "Longer <b>opening</b> hours & a crèche")
        export = await bot.send(staff, "/export", expect="CSV files")
        assert export.protect_content and export.document_bytes is not None
        with zipfile.ZipFile(io.BytesIO(export.document_bytes)) as archive:
            rows = list(
                csv.DictReader(io.StringIO(archive.read("feedback.csv").decode("utf-8-sig")))
            )
            everything = b"".join(archive.read(n) for n in archive.namelist()).decode()
        assert [row["text"] for row in rows] == ["Longer <b>opening</b> hours & a crèche"]
        assert "6001" not in everything and "Alice" not in everything

        chart = await bot.send(staff, "/report 30d", expect="Co-production report chart")
        assert chart.photo_bytes is not None and chart.photo_bytes.startswith(PNG_SIGNATURE)
        report = "\n".join(m.text or "" for m in fake.bot_messages(staff.id))
        assert "Feedback received: 1" in report

        # Services that keep records offline export from the command line, even while it runs.
        folder = tmp_path / "records"
        code, out, err = await _export_from_the_command_line(tmp_path, folder)
        assert (code, err) == (0, "")
        assert out.strip() == f"Wrote 21 CSV files to {folder.resolve()}"
        assert (folder / "feedback.csv").read_bytes() == _zip_member(export.document_bytes)

    digests = [m for m in fake.bot_messages(STAFF_CHAT_ID) if "Digest ·" in (m.text or "")]
    assert len(digests) == 1
    assert fake.count_errors(429) == 0


def _zip_member(data: bytes, name: str = "feedback.csv") -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


async def test_the_command_line_export_refuses_a_missing_database(tmp_path: Path) -> None:
    code, out, err = await _export_from_the_command_line(tmp_path, tmp_path / "out")
    assert code == 2 and out == ""
    assert err.strip() == f"Cannot export: there is no database at {tmp_path / 'bot.sqlite3'}."
    assert not (tmp_path / "out").exists()
