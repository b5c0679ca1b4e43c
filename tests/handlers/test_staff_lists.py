"""Staff lists stay a few messages however much waits: pages, and digest sections cut short."""

from __future__ import annotations

from bot.digest import SECTION_ITEMS
from bot.feedback import FEEDBACK_PAGE_SIZE
from bot.proposals import LIST_PAGE_SIZE, STAFF_PAGE_SIZE
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness


async def _seed(bot: Harness, feedback: int, pending: int) -> None:
    """Women who gave feedback and ideas some hours ago, none of it answered."""
    now = int(bot.runtime.now()) - 1800
    async with bot.runtime.db.transaction() as tx:
        for n in range(max(feedback, pending)):
            woman = await tx.participants.add(80_000 + n, f"P-L{n:04d}", "en", now)
            if n < feedback:
                await tx.feedback.add(woman.id, "Groups", f"feedback number {n}", now + 1 + n)
            if n < pending:
                await tx.proposals.add(woman.id, f"Idea {n}", "details", now + 1 + n)


def _since(fake: FakeTelegram, chat_id: int, before: int) -> list[str]:
    return [m.text or "" for m in fake.bot_messages(chat_id)[before:]]


async def test_pending_shows_a_page_and_says_how_to_see_the_rest(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _seed(bot, feedback=0, pending=STAFF_PAGE_SIZE + 2)
    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/pending")
    first = _since(fake, staff.id, before)
    assert len(first) == STAFF_PAGE_SIZE + 1
    assert [t.split("\n")[1] for t in first[:-1]] == [f"Idea {n}" for n in range(STAFF_PAGE_SIZE)]
    assert first[-1] == "2 more waiting: /pending 2"
    assert all(m.buttons == ["Publish", "Decline"] for m in fake.bot_messages(staff.id)[before:-1])

    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/pending 2")
    second = _since(fake, staff.id, before)
    assert [t.split("\n")[1] for t in second] == ["Idea 5", "Idea 6"]

    await bot.send(staff, "/pending 9")
    assert "no such page" in fake.last_bot_message(staff.id).text


async def test_feedback_shows_the_newest_page_and_how_to_see_older(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _seed(bot, feedback=FEEDBACK_PAGE_SIZE + 3, pending=0)
    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/feedback")
    page = "\n".join(_since(fake, staff.id, before))
    assert f"1 to {FEEDBACK_PAGE_SIZE} of {FEEDBACK_PAGE_SIZE + 3}" in page
    assert "feedback number 12" in page and "feedback number 2\n" not in page
    assert page.endswith("3 older: /feedback 2")

    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/feedback 2")
    older = "\n".join(_since(fake, staff.id, before))
    assert "11 to 13 of 13" in older
    assert [n for n in range(13) if f"feedback number {n}\n" in older + "\n"] == [0, 1, 2]


async def test_a_digest_lists_the_first_items_of_a_section_then_how_many_more(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _seed(bot, feedback=SECTION_ITEMS + 15, pending=SECTION_ITEMS + 4)
    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/digest")
    digest = "\n".join(_since(fake, staff.id, before))
    assert f"New feedback ({SECTION_ITEMS + 15})" in digest
    assert sum(f"feedback number {n}\n" in digest + "\n" for n in range(25)) == SECTION_ITEMS
    assert "…and 15 more: /feedback" in digest
    assert "Ideas awaiting moderation (14)" in digest
    assert "…and 4 more: /pending" in digest


async def test_proposals_shows_a_page_of_published_ideas_and_how_to_see_the_rest(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    total = LIST_PAGE_SIZE + 3
    await _seed(bot, feedback=0, pending=total)
    now = bot.runtime.now()
    async with bot.runtime.db.transaction() as tx:
        for number in range(1, total + 1):
            # Published one after another, the last newest; every third at level 2.
            await tx.proposals.set_status(number, "published", now + number)
            if number % 3 == 0:
                await tx.proposals.set_level(number, 2)
    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/proposals")
    first = _since(fake, staff.id, before)
    assert len(first) == 1 and fake.last_bot_message(staff.id).protect_content
    assert f"1 to {LIST_PAGE_SIZE} of {total}, newest first" in first[0]
    shown = [n for n in range(total) if f"· Idea {n} ·" in first[0]]
    assert shown == list(range(3, total))
    assert first[0].endswith("3 more: /proposals all 2")

    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/proposals all 2")
    [second] = _since(fake, staff.id, before)
    assert f"{LIST_PAGE_SIZE + 1} to {total} of {total}" in second
    assert [n for n in range(total) if f"· Idea {n} ·" in second] == [0, 1, 2]
    assert "more:" not in second

    at_two = (await bot.send(staff, "/proposals 2")).text
    assert f"1 to {total // 3} of {total // 3}" in at_two
    assert [n for n in range(total) if f"· Idea {n} ·" in at_two] == list(range(2, total, 3))
    assert "no such page" in (await bot.send(staff, "/proposals 2 2")).text
    assert "/proposals 1 2" in (await bot.send(staff, "/proposals 4")).text
