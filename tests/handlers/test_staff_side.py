"""Staff side: messages that carry women's words cannot be forwarded or saved, and staff are
told plainly when a reply will only be seen when she looks (in /myfeedback)."""

from __future__ import annotations

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.handlers.test_proposals import propose
from tests.harness import SAFEGUARDING_CHAT_ID, STAFF_CHAT_ID, Harness


async def test_every_staff_message_quoting_her_words_is_protected(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.give_feedback(alice, "The quiet room smells of smoke")
    await bot.send(alice, "he punched me")
    await propose(bot, alice, "A garden bench", "Somewhere to sit")
    alert = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="punched me")
    new_idea = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="A garden bench")
    listing = await bot.send(staff, "/feedback")
    digest = await bot.send(staff, "/digest")
    pending = await bot.send(staff, "/pending")
    assert "bench" in pending.text and pending.protect_content
    await bot.press(staff, pending, "Publish")
    ideas = await bot.send(staff, "/proposals")
    idea = await bot.send(staff, "/proposal 1")
    await bot.send(staff, "/cancel")
    ask = await bot.send(staff, "/respond 1")
    quoting = {
        "/proposals": ideas,
        "/proposal": idea,
        "alert": alert,
        "new idea": new_idea,
        "/feedback": listing,
        "/digest": digest,
        "/respond": ask,
    }
    for where, message in quoting.items():
        assert "smoke" in message.text or "bench" in message.text or "punched" in message.text
        assert message.protect_content, where


async def test_a_reply_to_a_woman_who_chose_no_messages_says_so_and_waits_in_myfeedback(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    screen = await bot.send(alice, "/settings")
    await bot.press(alice, screen, "Nothing")
    await bot.give_feedback(alice, "Bus times please")
    before = len(fake.bot_messages(alice.id))
    await bot.send(staff, "/respond 1")
    done = await bot.press(staff, await bot.send(staff, "We printed them."), "Send")
    assert not done.text.startswith("Sent")
    assert "She will see your reply only when she looks in /myfeedback." in done.text
    assert "/myfeedback" in done.text
    assert len(fake.bot_messages(alice.id)) == before  # nothing was sent to her
    mine = await bot.send(alice, "/myfeedback")
    assert "Bus times please" in mine.text and "We printed them." in mine.text
    assert mine.protect_content


async def test_myfeedback_shows_what_is_still_waiting_for_a_reply(bot: Harness) -> None:
    alice = bot.woman("Alice")
    assert "Please send /start" in (await bot.send(alice, "/myfeedback")).text
    await bot.join(alice)
    assert "not sent any feedback" in (await bot.send(alice, "/myfeedback")).text
    await bot.give_feedback(alice, "More chairs")
    mine = await bot.send(alice, "/myfeedback")
    assert "More chairs" in mine.text and "No reply yet." in mine.text
