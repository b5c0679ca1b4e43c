"""A flow answers "not mine" at once only where python-telegram-bot's ConversationHandler
would have said the same after asking every entry point."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot, Update, User
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler
from telegram.ext import filters as f

from handlers.flow import Flow

STEP = 1
ASKED: list[object] = []
BOT = Bot("123:abc")
# What the bot knows of itself once initialized (commands may be addressed "/share@SomeBot").
BOT._bot_user = User(123, "Some", is_bot=True, username="SomeBot")


async def nothing(update: Update, context: Any) -> None:
    return None


class AskedCommand(CommandHandler[Any, None]):
    def check_update(self, update: object) -> Any:
        ASKED.append(update)
        return super().check_update(update)


class AskedButton(CallbackQueryHandler[Any, None]):
    def check_update(self, update: object) -> Any:
        ASKED.append(update)
        return super().check_update(update)


def make() -> Flow:
    return Flow(
        entry_points=[
            AskedCommand("share", nothing),
            AskedButton(nothing, pattern=r"^menu:feedback$"),
            AskedButton(nothing, pattern=r"^dcm:\d{1,9}:[cs]$"),
        ],
        states={STEP: [MessageHandler(f.TEXT & ~f.COMMAND, nothing)]},
        fallbacks=[CommandHandler("cancel", nothing)],
        per_chat=False,
    )


USER = {"id": 7, "is_bot": False, "first_name": "A"}
CHAT = {"id": 7, "type": "private"}


def message(text: str) -> Update:
    entities = (
        [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if text.startswith("/")
        else []
    )
    data = {"message_id": 1, "date": 0, "chat": CHAT, "from": USER, "text": text}
    if entities:
        data["entities"] = entities
    return Update.de_json({"update_id": 1, "message": data}, BOT)


def press(data: str | None, on_text: str = "What would you like to do?") -> Update:
    bot_message = {"message_id": 2, "date": 0, "chat": CHAT, "text": on_text}
    query = {"id": "q", "from": USER, "chat_instance": "c", "message": bot_message}
    if data is not None:
        query["data"] = data
    return Update.de_json({"update_id": 2, "callback_query": query}, BOT)


UPDATES = [
    message("/share"),
    message("/share@SomeBot now"),
    message("/menu"),
    message("/shares"),
    message("/Share"),
    message("/share, please"),
    message("hello"),
    press("menu:feedback"),
    press("dcm:12:c"),
    press("dcm:12:x"),
    press("menu:ideas"),
    press("menu:feedback:extra"),
    press("menu:ideas", on_text="/share is how to start"),
    press(None),
]


@pytest.mark.parametrize("open_flow", [False, True])
@pytest.mark.parametrize("update", UPDATES, ids=lambda u: str(u.to_dict())[-60:])
def test_the_quick_answer_is_the_conversation_handlers_answer(
    update: Update, open_flow: bool
) -> None:
    flow = make()
    if open_flow:
        flow._conversations[(7,)] = STEP
    quick = flow.check_update(update)
    asked = ConversationHandler.check_update(flow, update)
    # (state, key, handler, what the handler's own check gave)
    assert (quick is None) == (asked is None)
    if quick is not None and asked is not None:
        assert quick[:3] == asked[:3]
        assert bool(quick[3]) == bool(asked[3])


def test_updates_no_entry_point_takes_are_answered_without_asking_them() -> None:
    flow = make()
    ASKED.clear()
    assert flow.check_update(press("menu:ideas")) is None
    assert flow.check_update(message("hello")) is None
    assert ASKED == []
    assert flow.check_update(press("menu:feedback")) is not None
    assert ASKED


def test_another_command_is_answered_without_asking_the_entry_points() -> None:
    flow = make()
    ASKED.clear()
    assert flow.check_update(message("/menu")) is None
    assert ASKED == []
    assert flow.check_update(message("/SHARE")) is not None
