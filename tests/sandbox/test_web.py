"""The sandbox page's view of the chats: as Telegram shows them, edits and deletions included."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram
from bot.sandbox.web import Page, Person, state

ZONE = ZoneInfo("Europe/London")


async def test_the_page_shows_edits_and_drops_deleted_messages_as_telegram_does() -> None:
    fake = FakeTelegram()
    amina = fake.started_user(5001, "Amina")
    page = Page(fake, (Person(amina.id, "Amina", "woman"),), ZONE)
    fake.send_text(amina, "/start")
    markup = '{"inline_keyboard": [[{"text": "I agree", "callback_data": "c:y"}]]}'
    for text in ("<b>Welcome</b> & hello", "Gone soon"):
        params = {"chat_id": str(amina.id), "text": text, "parse_mode": "HTML"}
        status, _ = await fake.handle(
            DEFAULT_TOKEN, "sendMessage", params | {"reply_markup": markup}
        )
        assert status == 200
    status, _ = await fake.handle(
        DEFAULT_TOKEN,
        "editMessageText",
        {
            "chat_id": str(amina.id),
            "message_id": "2",
            "text": "<i>Edited</i>",
            "parse_mode": "HTML",
        },
    )
    assert status == 200
    status, _ = await fake.handle(
        DEFAULT_TOKEN, "deleteMessage", {"chat_id": str(amina.id), "message_id": "3"}
    )
    assert status == 200

    chat = state(page)["chats"][str(amina.id)]
    assert [(m["id"], m["bot"], m["text"], m["edited"]) for m in chat] == [
        (1, False, "/start", False),
        (2, True, "Edited", True),
    ]
    # Editing the text without a keyboard removed the buttons, as on Telegram.
    assert chat[1]["buttons"] == []
    assert chat[1]["entities"] == [{"type": "italic", "offset": 0, "length": 6}]


async def test_the_staff_member_writes_in_her_group_and_a_clock_jump_is_news_to_the_page() -> None:
    fake = FakeTelegram()
    sam = fake.started_user(900001, "Sam")
    fake.group(-100777, "Staff group")
    fake.add_member(-100777, sam)
    page = Page(
        fake, (Person(sam.id, "Sam", "staff"), Person(-100777, "Staff group", "group")), ZONE
    )
    assert page.writer(-100777) == sam.id
    assert page.writer(sam.id) == sam.id
    before = state(page)["version"]
    fake.advance(3600)
    assert state(page)["version"] > before
