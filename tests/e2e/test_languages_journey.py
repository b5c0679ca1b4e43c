"""End to end in Arabic: the real process meets her in her app's language before she joins."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram
from tests.e2e.process import running_bot

FSI, PDI = "\u2068", "\u2069"


async def test_a_woman_joins_in_arabic_through_the_real_process(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    amal = fake.user(5151, first_name="Amal", language_code="ar")
    async with running_bot(fake, tmp_path, FEEDBACK_TOPICS="") as bot:
        # The menus are set in the background, a moment after the bot starts answering.
        await fake.wait_for(
            lambda: "share" in fake.commands("all_private_chats", language_code="ar")
        )
        consent = await bot.send(amal, "/start", expect="لا يراقبها أحد طوال الوقت")
        assert consent.buttons[:2] == ["أوافق", "ليس الآن"]
        with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
            assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 0
        joined = await bot.press(amal, consent, "أوافق", expect="اسمكِ المستعار هو")
        # Read now: the welcome and the menu are one message, which the next press edits.
        welcome = joined.text or ""
        menu = await fake.wait_for_bot_message(amal.id, contains="ماذا تريدين أن تفعلي؟")
        topics = await bot.press(amal, menu, "أعطي رأيكِ", expect="عن أي شيء رأيكِ؟")
        assert "الجلسات والمجموعات" in topics.buttons

    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        [(pseudonym, language)] = conn.execute("SELECT pseudonym, language FROM participants")
    assert language == "ar"
    assert f"{FSI}{pseudonym}{PDI}" in welcome
