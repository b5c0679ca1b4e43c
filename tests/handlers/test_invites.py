"""Invite-only enrolment: only a valid, unused, unexpired code from staff lets her join."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from bot.config import Settings
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness, make_settings

LINK = re.compile(r"https://t\.me/coproduction_test_bot\?start=([A-Za-z0-9_-]+)")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, enrolment="invite", invite_days=7)


def _count(bot: Harness, table: str) -> int:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def _codes(bot: Harness, staff: FakeUser, command: str = "/invite") -> list[str]:
    answer = await bot.send(staff, command)
    return LINK.findall(answer.text)


async def test_start_without_a_code_is_refused_kindly_and_nothing_is_stored(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    answer = await bot.send(alice, "/start")
    assert "You need an invitation link" in answer.text
    assert not answer.buttons
    assert _count(bot, "participants") == 0
    assert bot.runtime.trail.in_memory(alice.id)  # ids in memory only, for quick exit


async def test_a_made_up_code_is_refused(bot: Harness) -> None:
    alice = bot.woman("Alice")
    answer = await bot.send(alice, "/start notARealCode123")
    assert "can't be used" in answer.text and not answer.buttons
    answer = await bot.send(alice, "/start <b>&</b>")
    assert "can't be used" in answer.text
    assert _count(bot, "participants") == 0


async def test_a_good_code_lets_her_join_once_and_is_then_used_up(
    bot: Harness, staff: FakeUser
) -> None:
    (code,) = await _codes(bot, staff)
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    consent = await bot.send(alice, f"/start {code}")
    assert "Welcome" in consent.text
    await bot.press(alice, consent, "I agree")
    assert (await bot.participant(alice)) is not None
    refused = await bot.send(bea, f"/start {code}")
    assert "can't be used" in refused.text
    assert await bot.participant(bea) is None
    # Already joined: the link just opens her menu and spends nothing.
    assert "What would you like" in (await bot.send(alice, f"/start {code}")).text


async def test_a_code_used_by_someone_else_meanwhile_is_refused_at_agree(
    bot: Harness, staff: FakeUser
) -> None:
    (code,) = await _codes(bot, staff)
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    alice_consent = await bot.send(alice, f"/start {code}")
    bea_consent = await bot.send(bea, f"/start {code}")
    await bot.press(alice, alice_consent, "I agree")
    answer = await bot.press(bea, bea_consent, "I agree")
    assert "can't be used" in answer.text
    assert _count(bot, "participants") == 1


async def test_an_expired_code_is_refused(bot: Harness, staff: FakeUser) -> None:
    (code,) = await _codes(bot, staff)
    bot.clock.advance(7 * 24 * 3600 + 1)
    alice = bot.woman("Alice")
    assert "can't be used" in (await bot.send(alice, f"/start {code}")).text
    assert _count(bot, "participants") == 0


async def test_a_forged_agree_without_a_code_stores_nothing(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    refused = await bot.send(alice, "/start")
    fake.press_data(alice, refused.message_id, "consent:yes")
    await bot.pump()
    assert _count(bot, "participants") == 0
    assert fake.unanswered_callbacks() == []


async def test_staff_get_several_single_use_links_with_their_expiry(
    bot: Harness, staff: FakeUser
) -> None:
    codes = await _codes(bot, staff, "/invite 3")
    assert len(set(codes)) == 3
    answer = bot.fake.last_bot_message(staff.id)
    assert "Each works for one person, until" in answer.text
    assert answer.link_preview_disabled
    with sqlite3.connect(bot.runtime.db.path) as conn:
        stored = [row[0] for row in conn.execute("SELECT code_hash FROM invite_codes")]
    assert len(stored) == 3 and not set(codes) & set(stored)  # only hashes are kept
    for wrong in ("/invite 0", "/invite 21", "/invite lots", "/invite 1 2"):
        assert "Send /invite for one" in (await bot.send(staff, wrong)).text
    assert _count(bot, "invite_codes") == 3


async def test_staff_can_look_at_the_joining_screens_without_a_code(
    bot: Harness, staff: FakeUser
) -> None:
    assert "Welcome" in (await bot.send(staff, "/start")).text
