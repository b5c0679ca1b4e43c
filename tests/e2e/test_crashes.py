"""The real bot process killed or restarted at random moments while women give feedback."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser, serve
from tests.e2e.process import REPLY_TIMEOUT, BotProcess, running_bot
from tests.e2e.seed import seed_women

WOMEN = 4
ROUNDS = 4
RESTARTS = 3
THANKS = "has been sent to the team"
RECEIVED = "We got what you sent just before, and saved it."
TOPICS = "What is your feedback about?"


def _words(woman: FakeUser, round_number: int) -> str:
    return f"Feedback {round_number} from woman {woman.id}"


async def _act(
    fake: FakeTelegram,
    chat_id: int,
    action: Callable[[], object],
    expect: tuple[str, ...],
    edited: int = 0,
) -> FakeMessage:
    """Do `action`; wait for a bot message newer than before it (or the message `edited`,
    changed) showing one of `expect`."""
    before = max((m.message_id for m in fake.all_messages(chat_id)), default=0)
    fake.advance(2)
    action()

    def shown() -> FakeMessage | None:
        for message in reversed(fake.messages(chat_id)):
            fresh = message.message_id > before or message.message_id == edited
            if fresh and message.from_bot and any(e in (message.text or "") for e in expect):
                return message
        return None

    return await fake.wait_for(shown, REPLY_TIMEOUT)


async def _give_feedback(fake: FakeTelegram, woman: FakeUser) -> None:
    """Round after round: /share, a topic, her words, Send; each step waits for its answer."""
    for round_number in range(ROUNDS):
        topics = await _act(fake, woman.id, partial(fake.send_text, woman, "/share"), (TOPICS,))
        await _act(
            fake,
            woman.id,
            partial(fake.press, woman, topics, "Groups"),
            ("Please write your feedback",),
            edited=topics.message_id,
        )
        review = await _act(
            fake,
            woman.id,
            partial(fake.send_text, woman, _words(woman, round_number)),
            ("Please check your feedback",),
        )
        await _act(
            fake,
            woman.id,
            partial(fake.press, woman, review, "Send"),
            (THANKS, RECEIVED),
            edited=review.message_id,
        )


def _said(fake: FakeTelegram, chat_id: int, words: str) -> int:
    """How many times the bot told this chat `words` (sent, or edited into a message)."""
    return sum(
        1
        for call in fake.calls
        if call.status == 200
        and call.method.lower() in ("sendmessage", "editmessagetext")
        and call.params.get("chat_id") == str(chat_id)
        and words in call.params.get("text", "")
    )


async def _traffic_with_restarts(tmp_path: Path, how: str, seed: int) -> FakeTelegram:
    """Women give feedback while the bot is stopped `how` ("kill" or "term") RESTARTS times at
    seeded random moments (counted in requests the bot makes, not in time), and started again
    at once."""
    fake = FakeTelegram()
    women = [fake.user(5000 + n, first_name=f"W{n}") for n in range(WOMEN)]
    await seed_women(tmp_path / "bot.sqlite3", [w.id for w in women], int(time.time()))
    pick = random.Random(seed)
    async with serve(fake) as base_url:
        bot = BotProcess(fake, base_url, tmp_path, {"LOG_LEVEL": "INFO"})
        await bot.start()
        try:
            traffic = asyncio.gather(*(_give_feedback(fake, woman) for woman in women))
            for _ in range(RESTARTS):
                # A random moment: after a random number of further requests to the Bot API.
                target = len(fake.calls) + pick.randint(1, 40)

                def moment(target: int = target) -> bool:
                    return len(fake.calls) >= target or traffic.done()

                await fake.wait_for(moment, REPLY_TIMEOUT)
                if traffic.done():
                    break
                if how == "kill":
                    await bot.kill()
                else:
                    await bot.stop()
                await bot.start()
            await traffic
        finally:
            if bot.process is not None:
                await bot.stop()
    assert bot.starts > 1, "the traffic ended before the first restart"
    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = conn.execute("SELECT body, count(*) FROM feedback GROUP BY body").fetchall()
        unfinished = conn.execute("SELECT count(*) FROM inbox WHERE done_at IS NULL").fetchone()
    # Every Send she pressed is stored exactly once, and nothing else is.
    assert sorted(stored) == sorted(
        (_words(woman, n), 1) for woman in women for n in range(ROUNDS)
    )
    assert unfinished == (0,)
    for woman in women:
        # Every Send is answered: thanked, or (killed after saving, before it was marked done)
        # told after the restart that it was received; both only when the kill fell after the
        # thanks went out (README, "Nothing she sends is lost").
        thanks, received = _said(fake, woman.id, THANKS), _said(fake, woman.id, RECEIVED)
        assert ROUNDS <= thanks + received <= ROUNDS + (bot.starts - 1)
        assert received <= bot.starts - 1
        for never in ("no longer active", "went wrong"):
            assert _said(fake, woman.id, never) == 0
        assert not [
            answer
            for answer in fake.callback_answers.values()
            if answer and "no longer active" in (answer["text"] or "")
        ]
    assert fake.unanswered_callbacks() == []
    return fake


async def test_sigkill_at_random_moments_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path,
) -> None:
    fake = await _traffic_with_restarts(tmp_path, "kill", seed=9)
    # A screen that wrote nothing may be shown again if the kill fell right after it was sent
    # (README: "Nothing she sends is lost"); at most one per woman per kill.
    for woman_id in range(5000, 5000 + WOMEN):
        assert ROUNDS <= _said(fake, woman_id, TOPICS) <= ROUNDS + RESTARTS


async def test_sigterm_restarts_answer_every_update_exactly_once(tmp_path: Path) -> None:
    fake = await _traffic_with_restarts(tmp_path, "term", seed=4)
    for woman_id in range(5000, 5000 + WOMEN):
        assert _said(fake, woman_id, TOPICS) == ROUNDS
        assert _said(fake, woman_id, RECEIVED) == 0
        assert _said(fake, woman_id, THANKS) == ROUNDS


async def test_an_outage_is_one_log_line_when_lost_and_one_when_back(tmp_path: Path) -> None:
    fake = FakeTelegram()
    women = [fake.user(6000 + n, first_name=f"V{n}") for n in range(3)]
    await seed_women(tmp_path / "bot.sqlite3", [w.id for w in women], int(time.time()))
    async with running_bot(fake, tmp_path) as bot:
        fake.unreachable = True
        for woman in women:
            fake.send_text(woman, "/help")
        await fake.wait_for(lambda: fake.count_errors(502) >= 3, REPLY_TIMEOUT)
        fake.unreachable = False
        for woman in women:
            await fake.wait_for_bot_message(
                woman.id, contains="Here is what you can do", timeout=REPLY_TIMEOUT
            )
    logs = bot.logs()
    assert logs.count("lost the connection to the Bot API") == 1
    assert logs.count("the connection to the Bot API is back") == 1
    assert "Traceback" not in logs and " ERROR " not in logs
