"""Lock-screen-safe notices: every kind of message a woman gets unprompted starts with the
neutral first line, never with her words or anything naming the service's purpose."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_polls import DAY, create_poll, due
from tests.handlers.test_proposals import propose, publish
from tests.harness import Harness

FIRST_LINE = "New message"


def _unprompted(fake: FakeTelegram, woman: FakeUser) -> list[FakeMessage]:
    # Notices are sent by the outbox, silently; replies to what she does are not.
    return [m for m in fake.bot_messages(woman.id) if m.disable_notification]


async def _decide(bot: Harness, staff: FakeUser, number: int, button: str, reason: str) -> None:
    await bot.send(staff, f"/proposal {number}")
    step = await bot.press(staff, bot.fake.last_bot_message(staff.id), button)
    if "which limit" in step.text:
        step = await bot.press(staff, step, "our finances")
    review = await bot.choose(staff, await bot.send(staff, reason), "Priorities", "Done")
    await bot.press(staff, review, "Send")


async def test_every_kind_of_unprompted_message_starts_with_the_neutral_line(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea, cat = bot.woman("Alice"), bot.woman("Bea"), bot.woman("Cat")
    for woman in (alice, bea, cat):
        await bot.join(woman)
    # A reply to her feedback.
    await bot.give_feedback(alice, "He hits the wall when the group is loud")
    await bot.send(staff, "/respond 1")
    await bot.press(staff, await bot.send(staff, "We will ask for quiet."), "Send")
    # Her idea published, another declined; a published one moved up, one closed, one not
    # possible.
    ideas = []
    for n in range(4):
        # Spread over the women: the outbox sends one message a second to each chat.
        author = (bea, cat, bea, cat)[n]
        ideas.append(await propose(bot, author, f"Idea {n} for a safer room", "Body"))
        if n < 3:
            await publish(bot, staff, ideas[-1])
        bot.clock.advance(20)  # the staff group takes about 20 messages a minute
    await bot.send(staff, "/pending")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "Decline")
    ask = await bot.press(staff, ask, "No limit applies")
    review = await bot.choose(staff, await bot.send(staff, "Not this time."), "Priorities", "Done")
    await bot.press(staff, review, "Send")
    bot.clock.advance(60)
    await _decide(bot, staff, ideas[0], "Move up to co-design", "Many of you asked.")
    await _decide(bot, staff, ideas[1], "Close: adopted", "It starts in May.")
    await _decide(bot, staff, ideas[2], "Close: not possible", "No budget.")
    # A poll: opened, a reminder, its result.
    bot.clock.advance(60)
    poll = await create_poll(bot, staff, closes="3d")
    bot.clock.advance(2 * DAY + 3600)
    await due(bot)
    bot.clock.advance(DAY)
    await due(bot)
    assert ask is not None

    kinds = {
        "You said, we did": "a reply to her feedback",
        "has been published": "her idea published",
        "was not published": "her idea declined",
        "has moved up": "an idea moved up",
        "has been <b>adopted</b>": "an idea closed",
        "can't go ahead": "an idea not possible",
        f"Poll #{poll}:": "a poll opened",
        "Reminder:": "a poll reminder",
        f"Result of poll #{poll}": "a poll result",
    }
    seen: set[str] = set()
    for woman in (alice, bea, cat):
        for message in _unprompted(fake, woman):
            assert message.text.split("\n")[0] == FIRST_LINE, message.text
            seen.update(
                kind for marker, kind in kinds.items() if marker in (message.html or message.text)
            )
            # Her words, where needed at all, come after the neutral line.
            assert not message.text.startswith(("He hits", "Idea "))
    assert seen == set(kinds.values())


async def test_the_first_line_is_the_services_to_choose(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    assert bot.runtime.texts.has("notice.first_line")
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.give_feedback(alice, "Tea please")
    await bot.send(staff, "/respond 1")
    await bot.press(staff, await bot.send(staff, "Yes."), "Send")
    (reply,) = _unprompted(fake, alice)
    assert reply.text.startswith(FIRST_LINE + "\n")
    assert reply.protect_content  # it quotes her words


def test_every_message_queued_for_a_woman_is_built_with_the_neutral_first_line() -> None:
    """Each outbox.queue(...) naming a participant builds its text with bot.notices."""
    missing = []
    for path in sorted(Path("bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "queue"
                and any(k.arg == "participant_id" for k in node.keywords)
            ):
                body = node.args[2] if len(node.args) > 2 else None
                wrapped = (
                    isinstance(body, ast.Call)
                    and isinstance(body.func, ast.Name)
                    and body.func.id in ("notice", "notice_html")
                )
                if not wrapped:
                    missing.append(f"{path}:{node.lineno}")
    assert missing == []
