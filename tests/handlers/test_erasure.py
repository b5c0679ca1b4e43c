"""/forget leaves nothing on disk, and acts only on the question the bot itself asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage.files import side_files
from tests.harness import Harness

UNIQUE = "Zanzibar-marmalade-4417"


def _on_disk(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in [path, *side_files(path)] if p.exists())


async def _feedback(bot: Harness, words: str) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Staff")
    await bot.press(alice, await bot.send(alice, words), "Send")


async def test_after_forget_no_copy_of_her_words_or_id_stays_in_any_file(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _feedback(bot, f"My words {UNIQUE}")
    path = bot.runtime.db.path
    assert UNIQUE.encode() in _on_disk(path)
    ask = await bot.send(alice, "/forget")
    done = await bot.press(alice, ask, "Yes, delete everything")
    assert "We have deleted everything" in done.text
    # The bot is still running, its connection open: the WAL was emptied, rows were zeroed.
    assert path.with_name(path.name + "-wal").stat().st_size == 0
    on_disk = _on_disk(path)
    assert UNIQUE.encode() not in on_disk
    assert str(alice.id).encode() not in on_disk


async def test_a_yes_press_without_the_question_deletes_nothing(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _feedback(bot, "Keep this")
    menu = await bot.send(alice, "/menu")
    bot.fake.press_data(alice, menu.message_id, "forget:yes")
    await bot.pump()
    assert "Nothing has been deleted" in bot.fake.messages(alice.id)[-1].text
    assert await bot.participant(alice) is not None
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT body FROM feedback").fetchall() == [("Keep this",)]
    conn.close()


async def test_no_uses_up_the_question_so_a_later_yes_deletes_nothing(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    ask = await bot.send(alice, "/forget")
    await bot.press(alice, ask, "No, keep it")
    bot.fake.press_data(alice, ask.message_id, "forget:yes")
    await bot.pump()
    assert "Nothing has been deleted" in bot.fake.messages(alice.id)[-1].text
    assert await bot.participant(alice) is not None


async def test_the_question_expires(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    ask = await bot.send(alice, "/forget")
    bot.clock.advance(16 * 60)
    answer = await bot.press(alice, ask, "Yes, delete everything")
    assert "Nothing has been deleted" in answer.text
    assert await bot.participant(alice) is not None
    again = await bot.send(alice, "/forget")
    done = await bot.press(alice, again, "Yes, delete everything")
    assert "We have deleted everything" in done.text
    assert await bot.participant(alice) is None


async def test_one_womans_question_does_not_let_another_be_deleted(bot: Harness) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    await bot.send(alice, "/forget")
    menu = await bot.send(bea, "/menu")
    bot.fake.press_data(bea, menu.message_id, "forget:yes")
    await bot.pump()
    assert await bot.participant(bea) is not None
