"""/report and /export through the real Application, from a prepared database."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness, start_harness, stop_harness
from tests.prepared import TELEGRAM_IDS, prepared_database

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def bot(settings: Settings, fake: FakeTelegram) -> AsyncIterator[Harness]:
    prepared = await prepared_database(settings.database_path)
    await prepared.db.close()
    harness = await start_harness(settings, fake)
    try:
        yield harness
    finally:
        await stop_harness(harness)


async def test_the_report_arrives_as_text_and_a_chart(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await bot.send(staff, "/report all")
    messages = fake.bot_messages(staff.id)
    text = "\n".join(m.text or "" for m in messages if m.text)
    assert "Co-production report · all time" in text
    assert "Reached consultation (published): 3" in text
    assert "Reached co-design: 1" in text
    assert "Moves up: 1 (consultation → co-design: 1, median time 10.0 days" in text
    assert "Advisory polls: 1 · turnout 3 of 4 (75%" in text
    # The one closed poll was advisory: no shared decision in any domain yet.
    assert "Shared decisions by domain" in text
    assert "Design: 0 · service-wide 0 · consultation 0 · co-design 0 · co-production 0" in text
    assert "the rules of the people who fund us (1)" in text and "Funding ends at 5pm" in text
    assert "Staff response time" in text
    chart = messages[-1]
    assert chart.photo_bytes is not None and chart.photo_bytes.startswith(PNG_SIGNATURE)
    assert chart.caption == "Co-production report chart · all time"


async def test_a_report_period_that_cannot_be_read_gets_the_grammar(
    bot: Harness, staff: FakeUser
) -> None:
    answer = await bot.send(staff, "/report next tuesday")
    assert "/report 30d – the last 30 days" in (answer.text or "")
    assert answer.photo_bytes is None


async def test_the_export_is_a_protected_zip_of_csv_files_naming_nobody(
    bot: Harness, staff: FakeUser
) -> None:
    document = await bot.send(staff, "/export")
    assert document.document_bytes is not None
    assert document.document_name is not None
    assert document.document_name.startswith("coproduction-export-")
    assert document.document_name.endswith(".zip")
    assert document.protect_content
    assert "21 CSV files" in (document.caption or "")
    with zipfile.ZipFile(io.BytesIO(document.document_bytes)) as archive:
        names = archive.namelist()
        feedback = list(
            csv.DictReader(io.StringIO(archive.read("feedback.csv").decode("utf-8-sig")))
        )
        polls = list(csv.DictReader(io.StringIO(archive.read("polls.csv").decode("utf-8-sig"))))
        everything = b"".join(archive.read(name) for name in names).decode("utf-8-sig")
    assert "polls.csv" in names and "proposal_history.csv" in names
    assert len(feedback) == 5
    assert [p["domains"] for p in polls] == ["priorities", "design accessibility"]
    for telegram_id in TELEGRAM_IDS:
        assert str(telegram_id) not in everything
