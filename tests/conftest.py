"""Fixtures shared by the handler and end-to-end tests."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import (
    SAFEGUARDING_CHAT_ID,
    STAFF_CHAT_ID,
    STAFF_ID,
    Harness,
    make_settings,
    start_harness,
    stop_harness,
)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most careless umask a service could run with: files must be private anyway."""
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def fake() -> FakeTelegram:
    fake = FakeTelegram()
    fake.group(STAFF_CHAT_ID, "Staff")
    fake.group(SAFEGUARDING_CHAT_ID, "Safeguarding")
    return fake


@pytest.fixture
def staff(fake: FakeTelegram) -> FakeUser:
    return fake.user(STAFF_ID, first_name="Sam", username="sam_staff")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
async def bot(settings: Settings, fake: FakeTelegram) -> AsyncIterator[Harness]:
    harness = await start_harness(settings, fake)
    try:
        yield harness
    finally:
        await stop_harness(harness)
    # Whatever a test did, at a human pace the bot never trips Telegram's limits and never
    # leaves a button press unanswered (a spinning button looks broken).
    assert fake.count_errors(429) == 0
    assert fake.unanswered_callbacks() == []
