"""Her language first: the consent screen, the switch, and the main journeys in Polish and
Arabic, with the translated words a woman reads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.handlers.test_polls import create_poll
from tests.handlers.test_proposals import publish
from tests.harness import (
    SAFEGUARDING_CHAT_ID,
    Harness,
    make_settings,
    start_harness,
    stop_harness,
)

FSI, PDI = "\u2068", "\u2069"


@dataclass(frozen=True)
class Words:
    """What a woman reads in one language, at each step of the journeys."""

    language: str
    name: str
    unwatched: str
    agree: str
    decline: str
    declined: str
    joined: str
    give_feedback: str
    topic: str
    send: str
    feedback_thanks: str
    propose: str
    idea_thanks: str
    published: str
    support: str
    supported: str
    voted: str
    your_vote: str
    cleared: str


POLISH = Words(
    "pl",
    "Polski",
    "nie jest sprawdzany cały czas",
    "Zgadzam się",
    "Nie teraz",
    "Nic o Tobie nie zapisaliśmy",
    "Twoje wymyślone imię to",
    "Powiedz, co myślisz",
    "Budynek i dojazd",
    "Wyślij",
    "Twoja opinia trafiła do zespołu",
    "Podaj pomysł",
    "Najpierw przeczyta go zespół",
    "jest już widoczny",
    "Popieram ten pomysł",
    "Dziękujemy za poparcie.",
    "Dziękujemy, Twój głos jest zapisany.",
    "Twój głos:",
    "Dobrze.",
)
ARABIC = Words(
    "ar",
    "العربية",
    "لا يراقبها أحد طوال الوقت",
    "أوافق",
    "ليس الآن",
    "لم نحفظ عنكِ أي شيء",
    "اسمكِ المستعار هو",
    "أعطي رأيكِ",
    "المبنى والوصول إليه",
    "أرسلي",
    "وصل رأيكِ إلى الفريق",
    "اقترحي فكرة",
    "سيقرؤها الفريق أولًا",
    "نُشرت فكرتكِ",
    "أدعم هذه الفكرة",
    "شكرًا على دعمكِ.",
    "شكرًا لكِ، حُفظ صوتكِ.",
    "صوتكِ:",
    "حسنًا.",
)
BOTH = [pytest.param(POLISH, id="pl"), pytest.param(ARABIC, id="ar")]


@pytest.fixture
async def shipped(tmp_path: Path, fake: FakeTelegram) -> AsyncIterator[Harness]:
    """The bot with its built-in topics, so each woman sees them in her own language."""
    harness = await start_harness(make_settings(tmp_path, feedback_topics=()), fake)
    try:
        yield harness
    finally:
        await stop_harness(harness)
    assert fake.unanswered_callbacks() == []


def _bare(text: str) -> str:
    """Text without the isolates a right-to-left language wraps around inserted values."""
    return text.replace(FSI, "").replace(PDI, "")


def _participants(bot: Harness) -> list[tuple[str, str]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute("SELECT pseudonym, language FROM participants").fetchall()


def _woman(bot: Harness, language: str, number: int = 1) -> FakeUser:
    return bot.fake.user(5000 + number, first_name=f"W{number}", language_code=language)


async def _join(bot: Harness, woman: FakeUser, words: Words) -> str:
    screen = await bot.send(woman, "/start")
    await bot.press(woman, screen, words.agree)
    joined = bot.fake.bot_messages(woman.id)[-1].text or ""
    assert words.joined in joined
    pseudonym = str((await bot.participant(woman)).pseudonym)
    return pseudonym


@pytest.mark.parametrize("words", BOTH)
async def test_the_first_screen_is_in_her_apps_language_and_stores_nothing(
    shipped: Harness, words: Words
) -> None:
    woman = _woman(shipped, f"{words.language}-XX")
    screen = await shipped.send(woman, "/start")
    assert words.unwatched in screen.text and "999" in screen.text
    assert screen.buttons[:2] == [words.agree, words.decline]
    assert "English" in screen.buttons
    answer = await shipped.press(woman, screen, words.decline)
    assert words.declined in answer.text
    assert _participants(shipped) == []


async def test_a_language_that_is_not_shipped_gets_english(shipped: Harness) -> None:
    woman = _woman(shipped, "de")
    screen = await shipped.send(woman, "/start")
    assert "not watched all the time" in screen.text
    assert screen.buttons == ["I agree", "Not now", "العربية", "Polski"]


@pytest.mark.parametrize("words", BOTH)
async def test_one_tap_switches_the_consent_screen_before_anything_is_stored(
    shipped: Harness, words: Words
) -> None:
    woman = _woman(shipped, "en")
    screen = await shipped.send(woman, "/start")
    switched = await shipped.press(woman, screen, words.name)
    assert switched.message_id == screen.message_id
    assert words.unwatched in switched.text and words.name not in switched.buttons
    assert _participants(shipped) == []
    await shipped.press(woman, switched, words.agree)
    [(pseudonym, language)] = _participants(shipped)
    assert language == words.language
    joined = shipped.fake.bot_messages(woman.id)[-1].text or ""
    assert words.joined in joined and pseudonym in joined
    assert words.give_feedback in shipped.fake.last_bot_message(woman.id).buttons


async def test_arabic_isolates_her_made_up_name_and_numbers(shipped: Harness) -> None:
    woman = _woman(shipped, "ar")
    pseudonym = await _join(shipped, woman, ARABIC)
    joined = shipped.fake.bot_messages(woman.id)[-1].text or ""
    assert f"{FSI}{pseudonym}{PDI}" in joined


async def test_a_switch_after_joining_changes_nothing(shipped: Harness) -> None:
    woman = _woman(shipped, "en")
    screen = await shipped.send(woman, "/start")
    await shipped.press(woman, screen, "I agree")
    shipped.fake.press_data(woman, screen.message_id, "cl:ar")
    await shipped.pump()
    assert _participants(shipped)[0][1] == "en"


async def test_command_menus_and_descriptions_are_set_in_every_language(
    shipped: Harness, fake: FakeTelegram
) -> None:
    for language in ("", "en", "pl", "ar"):
        assert "share" in fake.commands("all_private_chats", language_code=language)
        assert fake.descriptions[("description", language)]
        assert fake.descriptions[("short_description", language)]
    assert "razem" in fake.descriptions[("short_description", "pl")]
    assert "معًا" in fake.descriptions[("short_description", "ar")]
    polish = [
        command["description"]
        for call in fake.calls
        if call.method.lower() == "setmycommands" and call.params.get("language_code") == "pl"
        for command in json.loads(call.params["commands"])
    ]
    assert "Powiedz, co myślisz" in polish


@pytest.mark.parametrize("words", BOTH)
async def test_the_main_journeys_in_her_language(
    shipped: Harness, fake: FakeTelegram, staff: FakeUser, words: Words
) -> None:
    women = [_woman(shipped, words.language, number) for number in (1, 2, 3)]
    for woman in women:
        await _join(shipped, woman, words)
    first, second = women[0], women[1]

    # Feedback: her topics, her buttons, her thanks; stored under the service's topic.
    menu = fake.last_bot_message(first.id)
    topics = await shipped.press(first, menu, words.give_feedback)
    review = await shipped.press(first, topics, words.topic)
    review = await shipped.send(first, "Więcej ławek / مقاعد أكثر")
    thanks = await shipped.press(first, review, words.send)
    assert words.feedback_thanks in thanks.text
    with sqlite3.connect(shipped.runtime.db.path) as conn:
        assert conn.execute("SELECT topic FROM feedback").fetchall() == [
            ("Building and getting here",)
        ]

    # An idea: suggested, published by staff, supported by another woman. (The menu became
    # the feedback screens in place: she opens it again.)
    menu = await shipped.send(first, "/menu")
    await shipped.press(first, menu, words.propose)
    await shipped.send(first, "Joga")
    review = await shipped.send(first, "Zajęcia jogi we wtorki")
    sent = await shipped.press(first, review, words.send)
    assert words.idea_thanks in sent.text
    number = int(_bare(sent.text).split("#")[1].split(")")[0])
    await publish(shipped, staff, number)
    assert words.published in fake.last_bot_message(first.id).text
    listing = await shipped.send(second, "/ideas")
    button = next(
        label for label in listing.buttons if _bare(label).startswith(f"#{number} · Joga")
    )
    page = await shipped.press(second, listing, button)
    supported = await shipped.press(second, page, words.support)
    assert words.supported in (fake.callback_answers.popitem()[1] or {}).get("text", "")
    assert supported.message_id == page.message_id

    # A vote: the card in her language, her choice shown back.
    poll = await create_poll(shipped, staff, options="Wtorek\nSobota")
    ballot = next(
        message
        for message in reversed(fake.bot_messages(second.id))
        if "Wtorek" in message.buttons and f"#{poll}" in _bare(message.text or "")
    )
    voted = await shipped.press(second, ballot, "Wtorek")
    assert words.voted in (fake.callback_answers.popitem()[1] or {}).get("text", "")
    assert words.your_vote in voted.text

    # Quick exit: one line in her language.
    cleared = await shipped.send(first, "/exit")
    assert [message.text for message in fake.messages(first.id)] == [words.cleared]
    assert cleared.text == words.cleared


@pytest.mark.parametrize(
    ("words", "danger", "helpline"),
    [
        pytest.param(
            POLISH, "On znowu mnie bije, bije mnie codziennie", "Jeśli potrzebujesz", id="pl"
        ),
        pytest.param(ARABIC, "زوجي يضربني كل يوم", "إذا كنتِ تحتاجين", id="ar"),
    ],
)
async def test_risk_words_in_her_language_bring_helplines_in_her_language_and_an_alert(
    shipped: Harness, fake: FakeTelegram, words: Words, danger: str, helpline: str
) -> None:
    woman = _woman(shipped, words.language)
    await _join(shipped, woman, words)
    await shipped.send(woman, danger)
    assert any(helpline in text for text in shipped.texts_in(woman.id))
    alert = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="Safeguarding alert")
    assert "bije mnie" in alert.text or "يضربني" in alert.text
