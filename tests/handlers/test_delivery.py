"""Co-delivery through the real Application: staff move an item at co-production through its
stages, volunteers take and leave roles, and on the review date the women involved are asked
"did it work?"; the answers reach the item's history, the report and the export."""

from __future__ import annotations

from bot import delivery
from bot.export import export_tables
from bot.retention import purge
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_codesign import _involve, _open_item, _rows
from tests.handlers.test_plans import start_plan
from tests.harness import STAFF_CHAT_ID, Harness

DAY = 86400
UNIQUE = "Quokka-lantern-5521"


async def _co_produced(bot: Harness, staff: FakeUser) -> tuple[int, FakeUser, FakeUser, FakeUser]:
    """A staff plan moved up to co-production, with two volunteers and one supporter."""
    number, ada, bea, cat = await _involve(bot, staff)
    await bot.send(staff, f"/proposal {number}")
    await bot.press(staff, bot.fake.last_bot_message(staff.id), "Move up to co-production")
    ask = await bot.send(staff, "We decide it together now.")
    review = await bot.choose(staff, ask, "Delivery", "Done")
    await bot.press(staff, review, "Send")
    assert _rows(bot, "SELECT level FROM proposals") == [(3,)]
    return number, ada, bea, cat


async def _roles(bot: Harness, woman: FakeUser) -> FakeMessage:
    return await bot.press(woman, await _open_item(bot, woman), "Roles you can take")


def _alert(fake: FakeTelegram, query_id: str) -> str:
    answer = fake.callback_answers[query_id]
    assert answer is not None and answer["show_alert"]
    return str(answer["text"])


async def test_staff_move_an_item_through_its_stages_one_at_a_time_onto_its_history(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, ada, _, _ = await _co_produced(bot, staff)
    stages = await bot.send(staff, f"/stages {number}")
    assert "Now: not started yet" in stages.text
    assert "Plan" in stages.text and "Language and accessibility" in stages.text
    assert stages.buttons == ["Move on to: Plan"]

    moved = await bot.press(staff, stages, "Move on to: Plan")
    assert "▶ Plan · reached" in moved.text
    assert moved.buttons == ["Move on to: Design"]
    # The same button pressed again (a double press, or an old message): nothing moves twice.
    query = fake.press_data(staff, moved.message_id, f"stg:{number}:plan")
    await bot.pump()
    assert "moved already" in _alert(fake, query)
    # Skipping a stage with forged data moves nothing either.
    query = fake.press_data(staff, moved.message_id, f"stg:{number}:delivery")
    await bot.pump()
    assert "moved already" in _alert(fake, query)
    moved = await bot.press(staff, moved, "Move on to: Design")
    assert _rows(
        bot, "SELECT event, stage, staff_name FROM proposal_history WHERE event = 'stage'"
    ) == [("stage", "plan", "Sam"), ("stage", "design", "Sam")]

    history = await bot.send(staff, f"/proposal {number}")
    assert "stage: Plan · by Sam" in history.text and "stage: Design" in history.text
    detail = await _open_item(bot, ada)
    assert "now at the stage “Design”" in detail.text
    async with bot.runtime.db.read() as tx:
        record = await tx.delivery.record(number)
    assert [m.stage for m in record.moves] == ["plan", "design"]

    # An item not at co-production has no stages.
    other = await start_plan(bot, staff, "Opening hours", level="consultation", limit=False)
    answer = await bot.send(staff, f"/stages {other}")
    assert "not at co-production" in answer.text


async def test_volunteers_take_and_leave_roles_and_staff_see_them_by_made_up_name_only(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, ada, bea, cat = await _co_produced(bot, staff)
    roles = await _roles(bot, ada)
    assert "Your roles:\nnone yet" in roles.text
    assert "Take: Reviewer (Plan)" in roles.buttons
    assert "Take: Co-facilitator (Delivery)" in roles.buttons

    take = roles.find_button("Take: Reviewer (Plan)")
    roles = await bot.press(ada, roles, "Take: Reviewer (Plan)")
    assert "Reviewer (Plan)" in roles.text.split("Your roles:")[1]
    assert "✓ Leave: Reviewer (Plan)" in roles.buttons
    # The same Take pressed twice (a double tap) keeps the role, and says so.
    assert take is not None
    query = fake.press_data(ada, roles.message_id, take["callback_data"])
    await bot.pump()
    assert "already" in _alert(fake, query)
    await bot.press(ada, roles, "Take: Co-facilitator (Delivery)")
    await bot.press(bea, await _roles(bot, bea), "Take: Designer (Design)")
    ada_name = (await bot.participant(ada)).pseudonym
    bea_name = (await bot.participant(bea)).pseudonym

    stages = await bot.send(staff, f"/stages {number}")
    assert f"Reviewer: {ada_name}" in stages.text
    assert f"Designer: {bea_name}" in stages.text
    assert f"Co-facilitator: {ada_name}" in stages.text
    assert "Ada" not in stages.text and "Bea" not in stages.text

    # A supporter who did not volunteer: no Roles button, and a forged press changes nothing.
    detail = await _open_item(bot, cat)
    assert "Roles you can take" not in detail.buttons
    query = fake.press_data(cat, detail.message_id, f"rlt:{number}:plan:reviewer")
    await bot.pump()
    assert "I'd like to help design this" in _alert(fake, query)
    # Nor does a role the stage does not have, or one of a stage already passed.
    query = fake.press_data(ada, roles.message_id, f"rlt:{number}:plan:boss")
    await bot.pump()
    assert "can't take roles" in _alert(fake, query)
    await bot.press(staff, stages, "Move on to: Plan")
    await bot.press(staff, fake.last_bot_message(staff.id), "Move on to: Design")
    query = fake.press_data(bea, roles.message_id, f"rlt:{number}:plan:reviewer")
    await bot.pump()
    assert "can't take roles" in _alert(fake, query)
    assert sorted(_rows(bot, "SELECT stage, role FROM item_roles")) == [
        ("delivery", "co_facilitator"),
        ("design", "designer"),
        ("plan", "reviewer"),
    ]

    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/report all")
    report = "\n".join(bot.texts_in(staff.id)[before:])
    assert "Roles women took: 3 (by 2 women). By stage:" in report
    assert "Plan: 1\nDesign: 1\nLanguage and accessibility: 0\nDelivery: 1\nReview: 0" in report
    assert "Reviews done: 0." in report
    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    assert sorted((row[1], row[2], row[3]) for row in tables["item_roles"].rows) == [
        ("delivery", "co_facilitator", ada_name),
        ("design", "designer", bea_name),
        ("plan", "reviewer", ada_name),
    ]

    # Leaving: press it again. A passed stage's role stays on the record until she leaves.
    roles = await _roles(bot, ada)
    assert "Reviewer (Plan)" in roles.text and "✓ Leave: Reviewer (Plan)" not in roles.buttons
    roles = await bot.press(ada, roles, "✓ Leave: Co-facilitator (Delivery)")
    assert "Take: Co-facilitator (Delivery)" in roles.buttons
    mine = await bot.send(ada, "/mydata")
    assert f"#{number}: Reviewer (Plan)" in mine.text
    # No longer volunteering: her roles on the item go too.
    await bot.press(bea, await _open_item(bot, bea), "Stop helping")
    assert _rows(bot, "SELECT stage, role FROM item_roles") == [("plan", "reviewer")]


async def _review_sent(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> tuple[int, FakeUser, FakeUser, FakeUser]:
    fake.add_member(STAFF_CHAT_ID, staff)
    number, ada, bea, cat = await _co_produced(bot, staff)
    ask = await bot.send(staff, f"/review {number}")
    assert "did it work" not in ask.text and "worked?" in ask.text
    saved = await bot.send(staff, "30d")
    assert "will be asked: did it work?" in saved.text
    dee = bot.woman("Dee")
    await bot.join(dee)
    await bot.press(dee, await _open_item(bot, dee), "Support this idea")
    settings = await bot.send(dee, "/settings")
    await bot.press(dee, settings, "Nothing")
    bot.clock.advance(29 * DAY)
    await delivery.send_due_reviews(bot.runtime, bot.runtime.now())
    await bot.pump()
    assert all("Did it work?" not in m for m in bot.texts_in(ada.id))
    bot.clock.advance(2 * DAY)  # the date, at ten in the morning, has come
    await delivery.send_due_reviews(bot.runtime, bot.runtime.now())
    await delivery.send_due_reviews(bot.runtime, bot.runtime.now())
    await bot.pump()
    return number, ada, bea, cat


async def test_on_the_review_date_the_women_involved_say_if_it_worked_and_it_is_recorded(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, ada, bea, cat = await _review_sent(bot, staff, fake)
    questions = {}
    for woman in (ada, bea, cat):
        sent = [m for m in fake.bot_messages(woman.id) if "Did it work?" in m.text]
        assert len(sent) == 1, woman.first_name
        questions[woman.id] = sent[0]
        assert sent[0].text.splitlines()[0] == "New message"
        assert sent[0].buttons == ["Yes", "Partly", "No"]
    dee = bot.woman("Dee")
    assert all("Did it work?" not in m for m in bot.texts_in(dee.id))
    told = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Women asked: 3.")
    assert "1 chose to get no messages" in told.text
    assert told.protect_content  # it names the idea: her words

    answered = await bot.press(ada, questions[ada.id], "Yes")
    assert "Your answer: Yes" in answered.text and "✓ Yes" in answered.buttons
    answered = await bot.press(bea, questions[bea.id], "No")
    answered = await bot.press(bea, answered, "Partly")
    ask = await bot.press(bea, answered, "Add a comment")
    assert "Your comment" in ask.text
    thanks = await bot.send(bea, "Good, but the room was too small.")
    assert "Staff read it without your name" in thanks.text
    # Someone who was not asked, with forged data, changes nothing.
    query = fake.press_data(dee, questions[ada.id].message_id, "rva:1:no")
    await bot.pump()
    assert fake.callback_answers[query] is not None
    assert _rows(bot, "SELECT answer, comment FROM review_answers ORDER BY participant_id") == [
        ("yes", None),
        ("partly", "Good, but the room was too small."),
        (None, None),
    ]
    # While it is open staff see only how many answered.
    status = await bot.send(staff, f"/review {number}")
    assert "Answers so far: 2 of 3" in status.text and "room" not in status.text

    # Finishing waits for the review.
    for _ in range(5):
        stages = await bot.send(staff, f"/stages {number}")
        await bot.press(staff, stages, stages.buttons[0])
    stages = await bot.send(staff, f"/stages {number}")
    assert stages.buttons == ["Finish the stages"]
    query = fake.press(staff, stages, "Finish the stages")
    await bot.pump()
    assert "review is not done" in _alert(fake, query)

    bot.clock.advance(14 * DAY)
    await delivery.close_due_reviews(bot.runtime, bot.runtime.now())
    await delivery.close_due_reviews(bot.runtime, bot.runtime.now())
    await bot.pump()
    closed = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="is done")
    assert "Asked: 3. Yes: 1. Partly: 1. No: 0. Comments: 1." in closed.text
    query = fake.press(ada, questions[ada.id], "No")
    await bot.pump()
    assert "closed now" in _alert(fake, query)
    assert _rows(bot, "SELECT evidence FROM proposal_history WHERE event = 'reviewed'") == [
        ("asked 3: yes 1, partly 1, no 0; comments 1",)
    ]
    result = await bot.send(staff, f"/review {number}")
    assert "Partly: “Good, but the room was too small.”" in result.text
    assert "P-" not in result.text and "Bea" not in result.text
    history = await bot.send(staff, f"/proposal {number}")
    assert "reviewed with the women involved" in history.text
    stages = await bot.send(staff, f"/stages {number}")
    finished = await bot.press(staff, stages, "Finish the stages")
    assert "All stages done on" in finished.text and finished.buttons == []

    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/report all")
    report = "\n".join(bot.texts_in(staff.id)[before:])
    assert "Roles women took: 0" in report
    assert "Reviews done: 1. Women asked: 3. Did it work? Yes: 1. Partly: 1. No: 0." in report
    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    assert [row[6:] for row in tables["reviews"].rows] == [("3", "1", "1", "0", "1")]
    assert [(row[2], row[3]) for row in tables["review_answers"].rows] == [
        ("yes", ""),
        ("partly", "Good, but the room was too small."),
    ]
    assert "reviewed" in [row[2] for row in tables["proposal_history"].rows]
    assert ("stage", "review") in [(row[2], row[11]) for row in tables["proposal_history"].rows]


async def test_quick_exit_forget_and_retention_leave_nothing_of_her_roles_and_answers(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, ada, bea, _ = await _review_sent(bot, staff, fake)
    await bot.press(ada, await _roles(bot, ada), "Take: Reviewer (Plan)")
    question = next(m for m in fake.bot_messages(ada.id) if "Did it work?" in m.text)
    await bot.press(ada, question, "No")
    await bot.press(ada, question, "Add a comment")
    await bot.send(ada, f"It clashed with school pick-up {UNIQUE}")
    question = next(m for m in fake.bot_messages(bea.id) if "Did it work?" in m.text)
    await bot.press(bea, question, "Yes")
    await bot.press(bea, question, "Add a comment")
    await bot.send(bea, f"Lovely group {UNIQUE[::-1]}")
    mine = await bot.send(ada, "/mydata")
    assert f"#{number}: No (your comment: It clashed with school pick-up" in mine.text
    assert f"#{number}: Reviewer (Plan)" in mine.text

    # Leave quickly: the question and her answer leave the chat.
    asked = [m for m in fake.bot_messages(ada.id) if "Did it work?" in (m.text or "")]
    assert asked
    await bot.send(ada, "/exit")
    assert all(m.deleted for m in asked)

    ask = await bot.send(ada, "/forget")
    await bot.press(ada, ask, "Yes, delete everything")
    assert _rows(bot, "SELECT count(*) FROM item_roles") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM review_answers") == [(2,)]  # Bea and Cat
    path = bot.runtime.db.path
    on_disk = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert UNIQUE.encode() not in on_disk

    bot.clock.advance(14 * DAY)
    await delivery.close_due_reviews(bot.runtime, bot.runtime.now())
    assert _rows(bot, "SELECT asked, yes, no, comments FROM item_reviews") == [(2, 1, 0, 1)]
    # A review's comments are erased as vote reasons are, KEEP_VOTE_REASONS_DAYS after closing;
    # the frozen counts stay.
    bot.clock.advance(91 * DAY)
    await purge(bot.runtime, bot.runtime.now())
    assert _rows(bot, "SELECT answer, comment FROM review_answers WHERE answer IS NOT NULL") == [
        ("yes", None)
    ]
    assert _rows(bot, "SELECT asked, yes, comments FROM item_reviews") == [(2, 1, 1)]


async def test_staff_write_to_an_items_helpers_or_its_role_holders_behind_a_neutral_line(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, ada, bea, cat = await _co_produced(bot, staff)
    await bot.press(ada, await _roles(bot, ada), "Take: Reviewer (Plan)")
    eve = bot.woman("Eve")
    await bot.join(eve)
    await bot.press(eve, await _open_item(bot, eve), "I'd like to help design this")
    await bot.press(eve, await bot.send(eve, "/settings"), "Nothing")

    ask = await bot.send(staff, f"/helpers {number}")
    assert ask.buttons == ["Everyone helping (3)", "Only women with a role (1)"]
    write = await bot.press(staff, ask, "Only women with a role (1)")
    assert "neutral line" in write.text
    review = await bot.send(staff, "We meet on Tuesday at 6 to plan <the room>.")
    assert "This goes to only women with a role" in review.text
    assert "We meet on Tuesday at 6 to plan <the room>." in review.text
    done = await bot.press(staff, review, "Send")
    assert done.text == (
        "Sent. It goes to 1 of them. 0 chose to get no messages, so they do not get it."
    )
    news = fake.last_bot_message(ada.id)
    assert news.text.splitlines()[0] == "New message"
    assert "We meet on Tuesday at 6 to plan <the room>." in news.text
    assert news.buttons == ["Roles you can take"]
    assert all("Tuesday at 6" not in m for m in bot.texts_in(bea.id))

    await bot.send(staff, f"/helpers {number}")
    await bot.press(staff, fake.last_bot_message(staff.id), "Everyone helping (3)")
    review = await bot.send(staff, "Thank you all for your help so far.")
    done = await bot.press(staff, review, "Send")
    assert done.text == (
        "Sent. It goes to 2 of them. 1 chose to get no messages, so they do not get it."
    )
    for woman, gets in ((ada, True), (bea, True), (cat, False), (eve, False)):
        got = any("Thank you all for your help" in m for m in bot.texts_in(woman.id))
        assert got is gets, woman.first_name
    assert "Ada" not in "\n".join(bot.texts_in(staff.id))

    # An idea nobody helps with has no one to write to.
    other = await start_plan(bot, staff, "Opening hours", level="consultation", limit=False)
    answer = await bot.send(staff, f"/helpers {other}")
    assert "No one has offered to help" in answer.text
