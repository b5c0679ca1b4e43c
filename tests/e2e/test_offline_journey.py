"""End to end: a woman's views taken down on paper, her voucher, and both becoming hers."""

from __future__ import annotations

from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.e2e.process import running_bot


async def test_paper_feedback_recorded_by_staff_becomes_hers_when_she_joins_and_links(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    alice = fake.user(6101, first_name="Alice", username="alice_real")
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

        kinds = await bot.send(staff, f"/recognise {pseudonym}", expect="What did she receive?")
        await bot.press(staff, kinds, "voucher", expect="How much?")
        ask_item = await bot.send(staff, "£10", expect="one particular idea")
        levels = await bot.press(staff, ask_item, "Not for one idea", expect="At which level")
        await bot.press(staff, levels, "consultation", expect="What was it for")
        review = await bot.send(staff, "the Saturday focus group", expect="Check before saving")
        await bot.press(staff, review, "Save", expect="voucher of GBP 10.00")

        ask = await bot.send(staff, f"/linkcode {pseudonym}", expect="Make a one-time code")
        made = await bot.press(staff, ask, "Make the code", expect="Her one-time code")
        code = made.text.split("Her one-time code: ")[1].split("\n")[0]
        consent = await bot.send(alice, "/start", expect="not watched all the time")
        await bot.press(alice, consent, "I agree", expect="Your made-up name is")
        await bot.send(alice, f"/link {code}", expect=f"Your made-up name is now {pseudonym}")
        mydata = await bot.send(alice, "/mydata", expect="Please run a group on Saturdays")
        assert "(how you gave it: paper form)" in mydata.text
        assert "voucher: GBP 10.00 · for the Saturday focus group" in mydata.text
