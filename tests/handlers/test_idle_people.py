"""Memory does not grow with the number of women who ever wrote: once a woman is idle, what
was kept in memory for her goes, while a draft she is still writing stays."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram
from tests.handlers.test_write_budget import recording_statements
from tests.harness import Harness


async def _tidy(bot: Harness) -> None:
    """The hourly tidy-up job, run now."""
    timers = bot.app.bot_data.timers
    assert timers is not None
    await timers.run_now("tidy")


async def test_idle_womens_empty_data_goes_and_a_draft_in_hand_stays(
    bot: Harness, fake: FakeTelegram
) -> None:
    women = [bot.woman(f"Woman {n}") for n in range(4)]
    for woman in women:
        await bot.join(woman)
        await bot.send(woman, "/menu")
    writer = women[0]
    topics = await bot.send(writer, "/share")
    await bot.press(writer, topics, "Groups")
    assert set(bot.app.user_data) >= {woman.id for woman in women}

    await _tidy(bot)
    assert set(bot.app.user_data) == {writer.id}
    with recording_statements(bot) as statements:
        # Her flow goes on where it was: the topic she chose before the tidy-up is still hers.
        review = await bot.send(writer, "The room is cold")
    # Nothing is written for the women who left (they had no draft to delete) when the next
    # update's bookkeeping is saved.
    assert not [sql for sql in statements if sql.startswith("DELETE FROM drafts")]
    thanks = await bot.press(writer, review, "Send")
    assert "Thank you" in thanks.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT topic, body FROM feedback").fetchall() == [
            ("Groups", "The room is cold")
        ]
    # A woman who comes back after the tidy-up is answered as before.
    assert "What would you like" in (await bot.send(women[1], "/menu")).text
