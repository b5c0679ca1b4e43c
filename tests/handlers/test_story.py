"""An item's story page: its whole path, for staff (/story, or a button on /proposal) and for
women (a button on the idea), paged, with no names and nothing sealed shown to a woman."""

from __future__ import annotations

from bot.export import export_tables
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_ladder_decisions import _suggestion
from tests.handlers.test_polls import DAY, card, create_poll, due
from tests.handlers.test_proposals import propose, publish
from tests.harness import STAFF_CHAT_ID, Harness

TITLE = "Group <b>now</b> & later"


async def _idea_at_co_design(
    bot: Harness, staff: FakeUser
) -> tuple[int, str, FakeUser, list[FakeUser]]:
    """A woman's idea, supported by five women, moved up to co-design by staff."""
    author = bot.woman("Author")
    pseudonym = await bot.join(author)
    number = await propose(bot, author, TITLE, "Run by women who used the service")
    await publish(bot, staff, number)
    women = []
    for n in range(5):
        woman = bot.woman(f"Supporter {n}")
        await bot.join(woman)
        listing = await bot.send(woman, "/ideas")
        idea = await bot.press(woman, listing, listing.buttons[0])
        await bot.press(woman, idea, "Support this idea")
        women.append(woman)
    suggestion = await _suggestion(bot, bot.fake, staff)
    await bot.press(staff, suggestion, "Move up")
    ask = await bot.send(staff, "So many of you asked.")
    await bot.press(staff, await bot.choose(staff, ask, "Design", "Done"), "Send")
    return number, pseudonym, author, women


async def _her_story(bot: Harness, woman: FakeUser) -> FakeMessage:
    listing = await bot.send(woman, "/ideas")
    idea = await bot.press(woman, listing, listing.buttons[0])
    return await bot.press(woman, idea, "The story so far")


async def test_staff_and_women_read_the_whole_path_each_as_they_may(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    number, pseudonym, author, women = await _idea_at_co_design(bot, staff)
    poll = await create_poll(bot, staff, proposal=number, domains=("Delivery",))
    sealed = await bot.send(staff, f"/prefer {poll}")
    await bot.press(staff, sealed, "Saturday morning")

    # Staff: where it came from (her pseudonym), the move with its evidence, who decided and
    # what about, the poll and the service's sealed choice.
    page = await bot.send(staff, f"/story {number}")
    assert page.protect_content
    assert f"The story of idea #{number} “{TITLE}” · page 1 of 1" in page.text
    assert f"{pseudonym} suggested this idea." in page.text
    assert "Published at consultation." in page.text
    assert "Moved up to co-design." in page.text
    assert "What counted: 5 supporters of 6 active participants (needed: 5)" in page.text
    assert "Who decided: staff (Sam)" in page.text and "About: Design" in page.text
    assert f"Poll #{poll} opened, a shared decision: “When should the new group meet?”" in (
        page.text
    )
    assert "About: Delivery" in page.text
    assert "sealed until it closes: Saturday morning" in page.text
    # The same page from the button on /proposal.
    detail = await bot.send(staff, f"/proposal {number}")
    assert (await bot.press(staff, detail, "The story so far")).text == page.text

    # A woman, while the poll is open: no names, no pseudonym, nothing sealed.
    mine = await _her_story(bot, women[0])
    assert "A woman suggested this idea." in mine.text and TITLE in mine.text
    assert "Moved up to Shaping it together." in mine.text
    assert "Who decided: staff" in mine.text and "About: Design" in mine.text
    assert f"Poll #{poll} opened" in mine.text
    for hidden in ("Sam", pseudonym, "Saturday morning", "sealed"):
        assert hidden not in mine.text
    assert mine.buttons == ["◀ Back to the idea"]

    # Women choose differently; the service follows them; the story says so to her after.
    for woman in women[:3]:
        await bot.press(woman, await card(fake, woman, poll), "Tuesday evening")
    bot.clock.advance(3 * DAY + 1)
    await due(bot)
    ask = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Women chose differently")
    await bot.press(staff, ask, "Follow women's choice")
    review = await bot.send(staff, "Tuesdays it is, from May.")
    await bot.press(staff, review, "Send")
    mine = await _her_story(bot, women[1])
    assert f"Poll #{poll} closed. 3 of 6 voted. Women chose: Tuesday evening." in mine.text
    assert "The service had chosen Saturday morning. Women chose differently." in mine.text
    assert f"The service followed what women chose in poll #{poll}." in mine.text
    assert "Why: Tuesdays it is, from May." in mine.text and "Sam" not in mine.text
    hers = await _her_story(bot, author)
    assert "You suggested this idea." in hers.text

    # The export has every event of the story, without staff names, and the report counts them.
    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    story = tables["item_story"]
    events = [row[story.columns.index("event")] for row in story.rows]
    assert events == [
        "origin", "published", "moved", "poll_opened", "poll_closed", "followed",
    ]  # fmt: skip
    assert all("Sam" not in cell for row in story.rows for cell in row)
    record = tables["power_records"]
    assert record.rows[0][record.columns.index("proposal_id")] == str(number)
    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/report")
    report = "\n".join(m.text or "" for m in fake.bot_messages(staff.id)[before:])
    assert "moved up: 1" in report
    assert "the service followed them: 1 · did not: 0" in report
    line = f"idea #{number}, poll #{poll}: women chose differently · the service followed them"
    assert line in report


async def test_a_long_story_is_paged_and_a_forged_page_shows_the_nearest(
    bot: Harness, staff: FakeUser
) -> None:
    number, _, _, women = await _idea_at_co_design(bot, staff)
    async with bot.runtime.db.transaction() as tx:
        for n in range(40):
            await tx.proposals.record(
                number, "closed", bot.runtime.now() + n, outcome="adopted", staff_name="Sam",
                reason=f"Step {n}: " + "a long reason " * 20, domains=("delivery",),
            )  # fmt: skip
    first = await bot.send(staff, f"/story {number}")
    pages = int(first.text.splitlines()[0].rsplit(" of ", 1)[1])
    assert pages > 1 and first.buttons == ["Later ▶"]
    assert all(len(m.text) <= 4096 for m in bot.fake.bot_messages(staff.id))
    second = await bot.press(staff, first, "Later ▶")
    assert "page 2 of" in second.text and "◀ Earlier" in second.buttons
    # A page number past the end shows the last page.
    bot.human_pause()
    bot.fake.press_data(staff, first.message_id, f"sty:{number}:999")
    await bot.pump()
    assert f"page {pages} of {pages}" in first.text and "Step 39" in first.text
    mine = await _her_story(bot, women[0])
    assert "page 1 of" in mine.text and "Later ▶" in mine.buttons


async def test_a_woman_cannot_open_the_story_of_an_idea_she_may_not_see(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    ada, bea = bot.woman("Ada"), bot.woman("Bea")
    await bot.join(ada)
    await bot.join(bea)
    pending = await propose(bot, ada, "Not yet published", "Waiting for staff")
    message = fake.last_bot_message(bea.id)
    bot.human_pause()
    query = fake.press_data(bea, message.message_id, f"sty:{pending}:0")
    await bot.pump()
    answer = fake.callback_answers[query]
    assert answer is not None and answer["text"] == "This idea is not available."
    assert all("Not yet published" not in (m.text or "") for m in fake.bot_messages(bea.id))
    # Its author may read her own idea's story.
    bot.human_pause()
    fake.press_data(ada, fake.last_bot_message(ada.id).message_id, f"sty:{pending}:0")
    await bot.pump()
    assert "You suggested this idea." in fake.last_bot_message(ada.id).text
    assert "There is no idea #99" in (await bot.send(staff, "/story 99")).text
    assert "/story 12" in (await bot.send(staff, "/story")).text


async def test_the_story_tells_the_stages_the_roles_women_took_and_the_review(
    bot: Harness, staff: FakeUser
) -> None:
    number, pseudonym, author, women = await _idea_at_co_design(bot, staff)
    helper = await bot.participant(women[0])
    rt = bot.runtime
    async with rt.db.transaction() as tx:
        await tx.delivery.move(number, "plan", staff.id, "Sam", rt.now())
        await tx.delivery.take_role(number, helper.id, "plan", "reviewer", rt.now() + 1)
        await tx.delivery.set_review(number, rt.now() + 2, "Sam", rt.now())
        review = await tx.delivery.review_of(number)
        assert review is not None
        await tx.delivery.mark_sent(review.id, [helper.id], rt.now() + 2, rt.now() + 3)
        await tx.delivery.close_review(review.id, rt.now() + 3, 1, 1, 0, 0, 0)
    bot.clock.advance(10)

    page = await bot.send(staff, f"/story {number}")
    assert "Stage reached: Plan (Sam)." in page.text
    assert f"{helper.pseudonym} took a role: Reviewer (Plan)." in page.text
    assert "The review: the women involved were asked if it worked." in page.text
    assert "The review is done. Asked: 1. Yes: 1. Partly: 0. No: 0." in page.text
    hers = await _her_story(bot, women[0])
    assert "You took a role: Reviewer (Plan)." in hers.text and "Stage reached: Plan." in hers.text
    other = await _her_story(bot, author)
    assert "A woman took a role: Reviewer (Plan)." in other.text
    for hidden in (helper.pseudonym, "Sam"):
        assert hidden not in other.text
    assert pseudonym not in hers.text
