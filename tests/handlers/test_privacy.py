"""Her data is hers: /privacy, /mydata, /forget and /settings."""

from __future__ import annotations

import re
import sqlite3

from tests.harness import Harness


async def test_privacy_explains_what_is_stored_and_who_sees_it(bot: Harness) -> None:
    alice = bot.woman("Alice")
    assert "we keep nothing about you" in (await bot.send(alice, "/privacy")).text
    pseudonym = await bot.join(alice)
    answer = await bot.send(alice, "/privacy")
    assert pseudonym in answer.text and "never see your Telegram name" in answer.text


async def test_mydata_shows_everything_held_and_is_protected(bot: Harness) -> None:
    alice = bot.woman("Alice")
    pseudonym = await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Staff")
    review = await bot.send(alice, "Kind staff")
    await bot.press(alice, review, "Send")
    answer = await bot.send(alice, "/mydata")
    assert pseudonym in answer.text
    assert "Kind staff" in answer.text and "Staff" in answer.text
    assert "about everything" in answer.text
    assert answer.protect_content
    await bot.send(alice, "/propose")
    await bot.send(alice, "A quiet room")
    await bot.press(alice, await bot.send(alice, "For when groups get loud"), "Send")
    answer = await bot.send(alice, "/mydata")
    assert "A quiet room" in answer.text and "For when groups get loud" in answer.text


async def test_forget_deletes_every_row_about_her_after_confirmation(bot: Harness) -> None:
    alice = bot.woman("Alice")
    pseudonym = await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Staff")
    await bot.press(alice, await bot.send(alice, "Forget me"), "Send")
    await bot.send(alice, "he hits me")  # a safeguarding alert and quick-exit ids about her
    mydata = await bot.send(alice, "/mydata")
    assert "Times we told the team you might need support: 1" in mydata.text
    ask = await bot.send(alice, "/forget")
    assert "You can't undo this" in ask.text
    kept = await bot.press(alice, ask, "No, keep it")
    assert "nothing has been deleted" in kept.text
    ask = await bot.send(alice, "/forget")
    done = await bot.press(alice, ask, "Yes, delete everything")
    assert "We have deleted everything" in done.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        dump = "\n".join(conn.iterdump())
    assert pseudonym not in dump and "Forget me" not in dump
    # Her id as a whole number: a timestamp such as 1796100025 merely contains "1000".
    assert not re.search(rf"(?<!\d){alice.id}(?!\d)", dump)
    assert "hits me" not in dump
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM chat_messages").fetchone()[0] == 0
        # What the service must keep: that an alert happened, and nothing that points to her.
        assert conn.execute(
            "SELECT participant_id, words FROM safeguarding_alerts"
        ).fetchall() == [(None, "")]
    assert "keep nothing" in (await bot.send(alice, "/privacy")).text


async def test_settings_change_her_notification_choice(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    screen = await bot.send(alice, "/settings")
    assert "about everything" in screen.text
    updated = await bot.press(alice, screen, "Only about my own things")
    assert (await bot.participant(alice)).notify == "mine"
    assert "only about your own things" in bot.fake.messages(alice.id)[-1].text or updated
    bot.fake.press_data(alice, screen.message_id, "set:notify:everything")
    await bot.pump()
    assert (await bot.participant(alice)).notify == "mine"


async def test_forget_lists_everything_that_goes_then_offers_to_clear_the_chat_at_once(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    ask = await bot.send(alice, "/forget")
    for what_goes in (
        "made-up name",
        "your feedback",
        "your ideas",
        "your support",
        "your votes and the reasons",
        "anything you had started to write",
        "messages in this chat that /exit uses",
    ):
        assert what_goes in ask.text
    assert "What stays:" in ask.text and "stay on your phone" in ask.text
    done = await bot.press(alice, ask, "Yes, delete everything")
    assert "still on your phone" in done.text
    assert done.buttons == ["Delete this chat's messages now"]
    assert len(bot.fake.messages(alice.id)) > 3
    await bot.press(alice, done, "Delete this chat's messages now")
    # Everything was under 48 hours old, so every message went; one neutral line is left.
    assert [m.text for m in bot.fake.messages(alice.id)] == ["OK."]
    assert bot.fake.unanswered_callbacks() == []
