"""Without a staff chat (STAFF_CHAT_ID unset), what staff must act on reaches each staff member
in private: a new idea, a ladder suggestion, the digest, an error. Nothing goes nowhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import proposals
from bot.config import Settings
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.handlers.test_digest import DAY, _give_feedback, _tick, hours_ago
from tests.handlers.test_ladder_decisions import _not_yet, _published_idea_with_supporters
from tests.harness import STAFF_ID, Harness, make_settings

KIM = 900002


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(
        tmp_path,
        staff_chat_id=None,
        safeguarding_chat_id=None,
        staff_user_ids=frozenset({STAFF_ID, KIM}),
        digest_frequency="daily",
        digest_time=hours_ago(6),
    )


@pytest.fixture
def both(fake: FakeTelegram) -> tuple[FakeUser, FakeUser]:
    """The two staff members, each having started the bot once."""
    return fake.started_user(STAFF_ID, "Sam"), fake.started_user(KIM, "Kim")


async def test_each_staff_member_hears_of_a_new_idea_and_its_ladder_suggestion(
    bot: Harness, fake: FakeTelegram, both: tuple[FakeUser, FakeUser]
) -> None:
    sam, kim = both
    number, _, _ = await _published_idea_with_supporters(bot, sam, 5)
    for member in both:
        await fake.wait_for_bot_message(member.id, contains=f"New idea #{number}")
        suggestion = await fake.wait_for_bot_message(member.id, contains="Ladder suggestion")
        assert suggestion.buttons == ["Move up", "Not yet", "Not possible"]
        assert suggestion.protect_content  # the idea's title is a woman's words
    # Kim decides from her own chat; Sam's copy of the suggestion then changes nothing.
    kims = await fake.wait_for_bot_message(kim.id, contains="Ladder suggestion")
    answer = await _not_yet(bot, kim, kims, "We can fund it from April.")
    assert f"idea #{number} stays at consultation" in answer
    sams = await fake.wait_for_bot_message(sam.id, contains="Ladder suggestion")
    query = fake.press(sam, sams, "Move up")
    await bot.pump()
    assert "already" in (fake.callback_answers[query] or {}).get("text", "")
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT level FROM proposals").fetchall() == [(1,)]
        assert conn.execute("SELECT decision FROM ladder_suggestions").fetchall() == [("not_yet",)]


async def test_each_staff_member_gets_the_scheduled_digest_in_private_once_a_day(
    bot: Harness, fake: FakeTelegram, both: tuple[FakeUser, FakeUser]
) -> None:
    await _tick(bot)
    pseudonym = await _give_feedback(bot, bot.woman("Alice"), "The group room is too cold")
    bot.clock.advance(DAY)
    await _tick(bot)
    await _tick(bot)  # nothing is due a second time
    for member in both:
        digests = [m for m in fake.bot_messages(member.id) if "Digest ·" in (m.text or "")]
        assert len(digests) == 2
        assert pseudonym in digests[1].text and "The group room is too cold" in digests[1].text
        assert digests[1].protect_content  # it quotes her words


async def test_each_staff_member_is_told_in_private_when_an_update_fails(
    bot: Harness,
    fake: FakeTelegram,
    both: tuple[FakeUser, FakeUser],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the ideas page broke")

    monkeypatch.setattr(proposals, "browse", broken)
    await bot.send(alice, "/ideas")
    for member in both:
        alert = await fake.wait_for_bot_message(member.id, contains="Something went wrong")
        assert "RuntimeError" in alert.text and "the ideas page broke" not in alert.text


async def test_a_decision_started_before_another_staff_member_decided_changes_nothing(
    bot: Harness, fake: FakeTelegram, both: tuple[FakeUser, FakeUser]
) -> None:
    """Sam opens "Move up" on his copy and writes why; meanwhile Kim decides "not yet" on
    hers. Sam's decision, sent after hers, is refused: the first answer settles it."""
    sam, kim = both
    _, author, women = await _published_idea_with_supporters(bot, sam, 5)
    sams = await fake.wait_for_bot_message(sam.id, contains="Ladder suggestion")
    await bot.press(sam, sams, "Move up")
    ask = await bot.send(sam, "So many of you asked; let's design it together.")
    review = await bot.choose(sam, ask, "Priorities", "Design", "Done")
    assert "moved up to Shaping it together" in review.text
    kims = await fake.wait_for_bot_message(kim.id, contains="Ladder suggestion")
    await _not_yet(bot, kim, kims, "We can fund it from April.")
    done = await bot.press(sam, review, "Send")
    assert "already" in done.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT level FROM proposals").fetchall() == [(1,)]
        moved = conn.execute("SELECT count(*) FROM proposal_history WHERE event = 'moved'")
        assert moved.fetchone() == (0,)
    await bot.pump()
    for woman in [author, *women]:
        assert not any("moved up to Shaping it together" in m for m in bot.texts_in(woman.id))
