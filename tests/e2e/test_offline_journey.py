"""End to end: a woman's views taken down on paper, through the real process."""

from __future__ import annotations

from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.e2e.process import running_bot


async def test_staff_record_paper_feedback_for_a_woman_and_reuse_her_card(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    async with running_bot(fake, tmp_path) as bot:
        ask = await bot.send(staff, "/onbehalf", expect="Record an entry on a woman's behalf")
        channels = await bot.press(staff, ask, "New woman", expect="How did she give it?")
        kinds = await bot.press(staff, channels, "paper form", expect="What is it?")
        topics = await bot.press(staff, kinds, "Feedback", expect="Which topic")
        await bot.press(staff, topics, "Groups", expect="Type her feedback")
        review = await bot.send(staff, "Please run a group on Saturdays", expect="Check before")
        saved = await bot.press(staff, review, "Save", expect="Write it on her card")
        pseudonym = saved.text.split("Her pseudonym is ")[1].split(".")[0]

        listing = await bot.send(staff, "/feedback", expect="Recent feedback")
        assert f"{pseudonym} · paper form" in listing.text
        assert "Please run a group on Saturdays" in listing.text
