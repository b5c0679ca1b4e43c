"""Fuzzing: forged button data and arbitrary text never crash the bot or change what is stored."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.sandbox.loopback import FakeTelegram
from bot.text_input import clean_text
from tests.harness import SAFEGUARDING_CHAT_ID, Harness

# Every prefix the bot's buttons use, so forged data reaches each handler's own checks.
PREFIXES = (
    "",
    "consent:",
    "forget:",
    "menu:",
    "set:notify:",
    "set:lang:",
    "fbt:",
    "fbc:",
    "rsp:",
    "sgs:",
    "oex:",
    "olc:",
    "qx",
    "qx:",
    "set:",
)
# Data a woman's own buttons really carry: pressing these is not forging, it is using the bot.
REAL = {
    "consent:yes",
    "consent:no",
    "forget:yes",
    "forget:no",
    "menu:feedback",
    "menu:privacy",
    "menu:settings",
    "menu:support",
    "qx",
    "set:notify:all",
    "set:notify:mine",
    "set:notify:none",
    "set:lang:en",
}

callback_data = st.builds(
    lambda prefix, rest: (prefix + rest).encode()[:64].decode("utf-8", "ignore"),
    st.sampled_from(PREFIXES),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
    | st.integers(-(10**15), 10**15).map(str),
).filter(bool)

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _state(bot: Harness) -> list[object]:
    """What a press or a message could change. Not compared: when she was last seen, the
    quick-exit ids (both move with every update by design) and the outbox's delivery
    progress (the sender works in the background)."""
    queries = (
        "SELECT id, telegram_user_id, pseudonym, language, notify, active FROM participants",
        "SELECT * FROM feedback",
        "SELECT * FROM feedback_responses",
        "SELECT * FROM safeguarding_alerts",
        "SELECT * FROM invite_codes",
        "SELECT count(*) FROM outbox",
    )
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return [conn.execute(query).fetchall() for query in queries]


def _no_failure(fake: FakeTelegram) -> None:
    for chat in (1000, -100777):
        assert not any("went wrong" in (message.text or "") for message in fake.all_messages(chat))


@FUZZ
@given(data=callback_data)
async def test_forged_button_data_is_answered_and_changes_nothing(
    bot: Harness, fake: FakeTelegram, data: str
) -> None:
    assume(data not in REAL)
    alice = bot.woman("Alice")
    if await bot.participant(alice) is None:
        await bot.join(alice)
        await bot.send(alice, "he hits me")  # an alert exists that a forged Seen could touch
        await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="Safeguarding alert")
    before = _state(bot)
    menu = fake.last_bot_message(alice.id)
    bot.human_pause()
    query_id = fake.press_data(alice, menu.message_id, data)
    await bot.pump()
    assert fake.callback_answers[query_id] is not None
    assert _state(bot) == before
    _no_failure(fake)


@settings(FUZZ, max_examples=25)
@given(text=st.text(min_size=1, max_size=600))
async def test_any_text_as_feedback_is_stored_cleaned_or_refused_without_a_crash(
    bot: Harness, fake: FakeTelegram, text: str
) -> None:
    assume(text.strip() and not text.startswith("/"))
    alice = bot.woman("Alice")
    if await bot.participant(alice) is None:
        await bot.join(alice)
    bot.clock.advance(600)  # each example is a new, unhurried submission
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    review = await bot.send(alice, text)
    cleaned = clean_text(text)
    if "Send" in review.buttons:
        await bot.press(alice, review, "Send")
        with sqlite3.connect(bot.runtime.db.path) as conn:
            (stored,) = conn.execute("SELECT body FROM feedback ORDER BY id DESC").fetchone()
        assert stored == cleaned and 0 < len(stored) <= 200
        assert not any(ord(char) < 32 and char not in "\n\t" for char in stored)
    else:
        assert "The most you can send is 200." in review.text or "empty" in review.text
        await bot.send(alice, "/cancel")
    _no_failure(fake)


@FUZZ
@given(text=st.text(min_size=1, max_size=300))
async def test_any_stray_text_gets_an_answer_and_stores_nothing(
    bot: Harness, fake: FakeTelegram, text: str
) -> None:
    assume(text.strip())
    bea = bot.woman("Bea")
    before = _state(bot)
    answers = len(fake.bot_messages(bea.id))
    bot.human_pause()
    fake.send_text(bea, text)
    await bot.pump()
    assert len(fake.bot_messages(bea.id)) > answers
    after = _state(bot)
    # Only a safeguarding alert (words from the service's list) and its message may appear.
    assert after[:3] == before[:3] and after[4] == before[4]
    _no_failure(fake)
