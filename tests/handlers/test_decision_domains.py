"""Every staff decision on an item names what it is about (priorities, design, language,
accessibility, delivery): toggled in the decision flow, at least one, re-checked, stored, shown
in the item's history to staff and women, and counted in the report."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.export import export_tables
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_ladder_decisions import _published_idea_with_supporters, _suggestion
from tests.handlers.test_plans import start_plan
from tests.handlers.test_proposals import propose, publish
from tests.harness import Harness, make_settings, start_harness, stop_harness

ASK = "What does this decide about?"


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


def _domains_of(bot: Harness, event: str) -> list[tuple[object, ...]]:
    return _rows(
        bot,
        "SELECT h.proposal_id, d.domain FROM decision_domains d"
        f" JOIN proposal_history h ON h.id = d.history_id WHERE h.event = '{event}'"
        " ORDER BY d.rowid",
    )


async def _answer(bot: Harness, user: FakeUser, message: FakeMessage, data: str) -> str:
    """Press button data (possibly forged) on a message; what the bot answered the press."""
    bot.human_pause()
    query = bot.fake.press_data(user, message.message_id, data)
    await bot.pump()
    answer = bot.fake.callback_answers[query]
    return str(answer.get("text") or "") if answer else ""


async def _decide(
    bot: Harness, staff: FakeUser, number: int, button: str, reason: str, *domains: str
) -> FakeMessage:
    """From /proposal: a decision, its reason, its domains; returns the message after Send."""
    await bot.send(staff, f"/proposal {number}")
    step = await bot.press(staff, bot.fake.last_bot_message(staff.id), button)
    if "which limit" in step.text:
        await bot.press(staff, step, "our finances")
    ask = await bot.send(staff, reason)
    assert ASK in ask.text
    review = await bot.choose(staff, ask, *domains, "Done")
    return await bot.press(staff, review, "Send")


async def test_a_move_names_its_domains_checked_on_every_press_and_shown_in_the_history(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, author, _ = await _published_idea_with_supporters(bot, staff, 2)
    await bot.send(staff, f"/proposal {number}")
    await bot.press(staff, fake.last_bot_message(staff.id), "Move up to co-design")
    ask = await bot.send(staff, "We want to shape it with you now.")
    assert ASK in ask.text and "Chosen: none yet" in ask.text
    assert ask.buttons == [
        "Priorities", "Design", "Language", "Accessibility", "Delivery", "Done",
    ]  # fmt: skip
    # Done with nothing chosen is refused; nothing moves.
    assert await _answer(bot, staff, ask, "dcd:done") == "Choose at least one."
    assert "Chosen: none yet" in ask.text
    # Toggling: a second press takes a domain off again.
    await bot.choose(staff, ask, "Design", "Language", "✓ Design", "Accessibility")
    assert "Chosen: Language, Accessibility" in ask.text
    assert "✓ Language" in ask.buttons and "Design" in ask.buttons
    # A forged name is not a domain: it changes nothing.
    assert await _answer(bot, staff, ask, "dcd:budget") == "This button is no longer active."
    assert "Chosen: Language, Accessibility" in ask.text
    review = await bot.press(staff, ask, "Done")
    assert "Decides about: Language, Accessibility" in review.text
    assert "Send it?" in review.text and review.buttons == ["Send", "Cancel"]
    # Done pressed again (an old copy of the button) and Send pressed twice: one decision.
    await _answer(bot, staff, review, "dcd:done")
    done = await bot.press(staff, review, "Send")
    assert f"Idea #{number} is updated" in done.text
    await _answer(bot, staff, review, "dcs:send")
    assert _rows(bot, "SELECT count(*) FROM proposal_history WHERE event = 'moved'") == [(1,)]
    assert _domains_of(bot, "moved") == [(number, "language"), (number, "accessibility")]

    history = await bot.send(staff, f"/proposal {number}")
    assert "moved consultation → co-design · by Sam" in history.text
    assert "about: Language, Accessibility" in history.text
    listing = await bot.send(author, "/ideas")
    page = await bot.press(author, listing, listing.buttons[0])
    assert "moved up to Shaping it together" in page.text
    assert "· about: Language, Accessibility" in page.text and "Sam" not in page.text

    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/report")
    report = "\n".join(m.text or "" for m in fake.bot_messages(staff.id)[before:])
    assert "Decisions staff made alone, by what they were about" in report
    assert "Language: 1 · consultation 1 · co-design 0 · co-production 0" in report
    assert "Design: 0 · consultation 0 · co-design 0 · co-production 0" in report


async def test_not_yet_names_its_domains_and_joins_the_history_women_read(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, author, _ = await _published_idea_with_supporters(bot, staff, 5)
    suggestion = await _suggestion(bot, fake, staff)
    await bot.press(staff, suggestion, "Not yet")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "No limit applies")
    ask = await bot.send(staff, "We can start it after the summer.")
    assert ASK in ask.text
    review = await bot.choose(staff, ask, "Priorities", "Done")
    assert "Decides about: Priorities" in review.text
    await bot.press(staff, review, "Send")
    assert _rows(
        bot,
        "SELECT n.to_level, d.domain FROM decision_domains d"
        " JOIN not_yet n ON n.id = d.not_yet_id",
    ) == [(2, "priorities")]
    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    held = tables["not_yet"]
    assert [row[held.columns.index("domains")] for row in held.rows] == ["priorities"]
    # The suggestion in the staff group shows the decision and has no buttons left.
    assert "Decided: not yet" in suggestion.text and suggestion.buttons == []

    history = await bot.send(staff, f"/proposal {number}")
    assert "not yet: consultation → co-design · by Sam" in history.text
    assert "about: Priorities" in history.text
    listing = await bot.send(author, "/ideas")
    page = await bot.press(author, listing, listing.buttons[0])
    assert "not moving up to Shaping it together yet – We can start it after the summer." in (
        page.text
    )


async def test_each_close_and_a_decline_carry_their_domains(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    adopted, author, _ = await _published_idea_with_supporters(bot, staff, 1)
    await _decide(bot, staff, adopted, "Close: adopted", "It starts in May.", "Delivery")
    await _decide(bot, staff, adopted, "Close: delivered", "It ran all May.", "Delivery", "Design")
    refused = await propose(bot, author, "A second office", "In the north of the city")
    await bot.send(staff, "/pending")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "Decline")
    await bot.press(staff, ask, "our finances")
    review = await bot.choose(
        staff, await bot.send(staff, "We have one office only."), "Priorities", "Done"
    )
    assert "Decides about: Priorities" in review.text
    await bot.press(staff, review, "Send")
    assert _domains_of(bot, "closed") == [
        (adopted, "delivery"), (adopted, "design"), (adopted, "delivery"),
    ]  # fmt: skip
    assert _domains_of(bot, "declined") == [(refused, "priorities")]
    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    history = tables["proposal_history"]
    column = history.columns.index("domains")
    assert [row[column] for row in history.rows if row[2] in ("closed", "declined")] == [
        "delivery", "design delivery", "priorities",
    ]  # fmt: skip
    news = await fake.wait_for_bot_message(author.id, contains="was not published")
    assert "We have one office only." in news.text

    other = await propose(bot, author, "Open later", "Until eight in the evening")
    await publish(bot, staff, other)
    done = await _decide(bot, staff, other, "Close: not possible", "No budget.", "Accessibility")
    assert "is updated" in done.text
    assert _domains_of(bot, "closed")[-1] == (other, "accessibility")


async def test_a_decision_made_meanwhile_by_someone_else_is_refused_at_done(
    tmp_path: Path, fake: FakeTelegram, staff: FakeUser
) -> None:
    settings = make_settings(tmp_path, staff_user_ids=frozenset({staff.id, 900002}))
    bot = await start_harness(settings, fake)
    try:
        number, _, _ = await _published_idea_with_supporters(bot, staff, 1)
        nia = fake.user(900002, first_name="Nia")
        await bot.send(nia, "/start")
        await bot.send(staff, f"/proposal {number}")
        await bot.press(staff, fake.last_bot_message(staff.id), "Close: adopted")
        ask = await bot.send(staff, "It starts in May.")
        await _decide(bot, nia, number, "Close: adopted", "It starts in June.", "Delivery")
        answer = await bot.choose(staff, ask, "Design", "Done")
        assert answer.text == "That has already been decided."
        assert _rows(bot, "SELECT reason FROM proposal_history WHERE event = 'closed'") == [
            ("It starts in June.",)
        ]
    finally:
        await stop_harness(bot)


async def test_domain_buttons_pressed_by_a_woman_or_outside_a_decision_change_nothing(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    _, author, _ = await _published_idea_with_supporters(bot, staff, 1)
    message = fake.last_bot_message(author.id)
    for data in ("dcd:design", "dcd:done"):
        assert await _answer(bot, author, message, data) == "This button is no longer active."
    assert _rows(bot, "SELECT count(*) FROM decision_domains") == [(0,)]


async def test_what_a_staff_plan_has_already_decided_names_its_domains(
    bot: Harness, staff: FakeUser
) -> None:
    number = await start_plan(bot, staff, "Accessible leaflet")
    assert _domains_of(bot, "published") == [(number, "design"), (number, "accessibility")]
    history = await bot.send(staff, f"/proposal {number}")
    assert "published · by Sam" in history.text and "about: Design, Accessibility" in history.text
    # With nothing decided there is no decision, so no domains are asked for or stored.
    plain = await start_plan(bot, staff, "Opening hours", level="consultation", limit=False)
    assert _domains_of(bot, "published") == [(number, "design"), (number, "accessibility")]
    assert plain == number + 1
