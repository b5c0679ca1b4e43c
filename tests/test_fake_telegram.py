"""Tests of the fake Telegram Bot API through real python-telegram-bot clients."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import signal
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyKeyboardMarkup,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)
from telegram.warnings import PTBUserWarning

from bot.sandbox.loopback import FakeRequest, FakeTelegram, FakeUser, parse_html, serve
from bot.sandbox.loopback.html import HtmlError

USER_ID = 1001


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


@contextmanager
def api_error(fake: FakeTelegram, description: str, status: int = 400) -> Iterator[None]:
    """Expect the awaited bot call to fail; check the fake's exact wording, not PTB's."""
    with pytest.raises(BadRequest if status == 400 else TelegramError):
        yield
    call = fake.calls[-1]
    assert call.status == status and description in (call.description or ""), call


def retry_seconds(error: RetryAfter) -> float:
    value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else value


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def alice(fake: FakeTelegram) -> FakeUser:
    user = fake.user(USER_ID, "Alice", username="alice")
    fake.send_text(user, "/start")
    return user


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    request = FakeRequest(fake)
    async with Bot(fake.token, request=request, get_updates_request=request) as real_bot:
        yield real_bot


@pytest.fixture
async def http_url(fake: FakeTelegram) -> AsyncIterator[str]:
    async with serve(fake) as url:
        yield url


@pytest.fixture
async def http_bot(fake: FakeTelegram, http_url: str) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=f"{http_url}/bot") as real_bot:
        yield real_bot


# --------------------------------------------------------------------------- HTML parser


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("<b>bold</b> &lt;tag&gt; &amp; &quot;q&quot; &#65;&#x42;", 'bold <tag> & "q" AB'),
        ('<a href="https://e.org/?a=1&amp;b=2">link</a>', "link"),
        ('<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>', "st"),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1"),
        ("<blockquote expandable>q</blockquote><tg-emoji emoji-id='5368'>:)</tg-emoji>", "q:)"),
        ("<B>upper</B> <strong>s</strong><em>e</em><ins>i</ins><del>d</del>", "upper seid"),
        ("A & B > C", "A & B > C"),
    ],
)
def test_html_parser_accepts_telegram_html(source: str, plain: str) -> None:
    assert parse_html(source).text == plain


def test_html_parser_reports_entities_in_utf16_units() -> None:
    parsed = parse_html('\N{GRINNING FACE} <b>x</b> <a href="https://e.org">y</a>')
    assert parsed.entities == [
        {"type": "bold", "offset": 3, "length": 1},
        {"type": "text_link", "offset": 5, "length": 1, "url": "https://e.org"},
    ]


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("&foo;", 'Unsupported HTML entity "&foo;" at byte offset 0'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
    ],
)
def test_html_parser_rejects_invalid_markup(source: str, error: str) -> None:
    with pytest.raises(HtmlError) as caught:
        parse_html(source)
    assert str(caught.value) == error


# --------------------------------------------------------------------------- basics


async def test_get_me_token_and_unknown_method(fake: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.first_name, me.username) == (
        123456,
        True,
        "Coproduction",
        "coproduction_test_bot",
    )
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    with pytest.raises(InvalidToken):
        await Bot("999:wrong", request=FakeRequest(fake)).get_me()
    assert fake.count_errors(401) == 1
    assert fake.count_errors(404) == 1
    assert fake.calls[0].method == "getMe"


async def test_an_outage_answers_bad_gateway_and_keeps_updates_for_later(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    fake.take_updates()
    fake.send_text(alice, "still here")
    fake.unreachable = True
    with pytest.raises(NetworkError):
        await bot.get_updates(offset=10**12, timeout=0)
    with pytest.raises(NetworkError):
        await bot.send_message(alice.id, "lost")
    assert fake.count_errors(502) == 2
    assert fake.bot_messages(alice.id) == []
    fake.unreachable = False
    # The failed request confirmed nothing: the update is delivered once it can be.
    updates = await bot.get_updates(timeout=0)
    assert [update.message.text for update in updates if update.message] == ["still here"]


async def test_misc_methods(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    assert await bot.log_out()
    assert await bot.close()
    assert (await bot.get_webhook_info()).url == ""
    assert await bot.set_my_description("Long description")
    assert await bot.set_my_short_description("Short", language_code="de")
    assert fake.descriptions == {
        ("description", ""): "Long description",
        ("short_description", "de"): "Short",
    }
    assert await bot.send_chat_action(USER_ID, "typing")
    with api_error(fake, "wrong parameter action"):
        await bot.send_chat_action(USER_ID, "dancing")
    chat = await bot.get_chat(USER_ID)
    assert (chat.id, chat.type, chat.first_name, chat.username) == (
        USER_ID,
        "private",
        "Alice",
        "alice",
    )
    fake.group(-100, "Team")
    assert (await bot.get_chat(-100)).title == "Team"
    with api_error(fake, "chat not found"):
        await bot.get_chat(555)
    # A malformed request, which only the raw API call can send (hence the library's warning).
    with api_error(fake, "Bad Request: invalid parameters"), pytest.warns(PTBUserWarning):
        await bot.do_api_request(
            "sendMessage", {"chat_id": USER_ID, "text": "x", "reply_parameters": [1]}
        )


async def test_commands_per_scope_and_language(fake: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands(
        [BotCommand("admin", "Admin")], scope=BotCommandScopeChat(USER_ID), language_code="de"
    )
    assert fake.commands() == ["start", "help"]
    assert fake.commands("chat", USER_ID) == []
    assert fake.commands("chat", USER_ID, language_code="de") == ["admin"]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert await bot.get_my_commands(language_code="fr") == ()
    await bot.delete_my_commands()
    assert fake.commands() == []
    with api_error(fake, "BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


# --------------------------------------------------------------------------- sendMessage


async def test_send_message_needs_started_unblocked_chat(fake: FakeTelegram, bot: Bot) -> None:
    bob = fake.user(2002, "Bob")
    with api_error(fake, "chat not found"):
        await bot.send_message(bob.id, "hello")
    fake.send_text(bob, "hi")
    await bot.send_message(bob.id, "hello")
    fake.block(bob)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(bob.id, "still there?")
    fake.unblock(bob)
    fake.advance(5)
    await bot.send_message(bob.id, "welcome back")
    assert [m.text for m in fake.bot_messages(bob.id)] == ["hello", "welcome back"]
    statuses = [
        (
            u["my_chat_member"]["old_chat_member"]["status"],
            u["my_chat_member"]["new_chat_member"]["status"],
        )
        for u in fake.take_updates()
        if "my_chat_member" in u
    ]
    assert statuses == [("member", "kicked"), ("kicked", "member")]


async def test_send_message_stores_everything(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    sent = await bot.send_message(
        USER_ID,
        "<b>Hello</b> &amp; welcome",
        parse_mode="HTML",
        reply_markup=keyboard([("Yes", "vote:yes"), ("No", "vote:no")], [("Later", "later")]),
        protect_content=True,
        disable_notification=True,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        reply_parameters=ReplyParameters(1),
    )
    assert sent.message_id == 2  # the user's /start was message 1
    assert sent.text == "Hello & welcome"
    assert sent.reply_markup is not None
    assert sent.reply_to_message is not None and sent.reply_to_message.text == "/start"
    assert sent.from_user is not None and sent.from_user.is_bot
    stored = fake.last_bot_message(USER_ID)
    assert stored.html == "<b>Hello</b> &amp; welcome"
    assert stored.text == "Hello & welcome"
    assert stored.buttons == ["Yes", "No", "Later"]
    assert stored.button_data == ["vote:yes", "vote:no", "later"]
    assert stored.protect_content and stored.disable_notification
    assert stored.link_preview_disabled
    assert stored.from_bot
    assert stored.date == fake.now()
    user_reply = fake.send_text(alice, "ok")
    assert user_reply.message_id == 3
    assert [m.message_id for m in fake.messages(USER_ID)] == [1, 2, 3]


async def test_send_message_accepts_reply_keyboards(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    await bot.send_message(USER_ID, "pick", reply_markup=ReplyKeyboardMarkup([["A", "B"]]))
    fake.advance(1)
    await bot.send_message(USER_ID, "type", reply_markup=ForceReply())
    assert fake.last_bot_message(USER_ID).reply_markup == {"force_reply": True}
    with api_error(fake, "unsupported parse_mode"):
        await bot.send_message(USER_ID, "*x*", parse_mode="MarkdownV2")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "message text is empty"),
        ("   \n ", "message text is empty"),
        ("<b></b>", "message text is empty"),
        ("<unknown>x</unknown>", "can't parse entities: Unsupported start tag"),
        ("<b>x</i>", "can't parse entities: Unmatched end tag"),
        ("<b>x", "can't parse entities: Can't find end tag"),
        ("a < b", "can't parse entities: Unsupported start tag"),
        ("&foo;", "can't parse entities: Unsupported HTML entity"),
        ("x" * 4097, "message is too long"),
        ("&lt;" * 4097, "message is too long"),
    ],
)
async def test_send_message_rejects_bad_text(
    fake: FakeTelegram, bot: Bot, alice: FakeUser, text: str, error: str
) -> None:
    with api_error(fake, f"Bad Request: {error}"):
        await bot.send_message(USER_ID, text, parse_mode="HTML")
    assert fake.bot_messages(USER_ID) == []


async def test_length_limit_counts_text_after_parsing(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    await bot.send_message(USER_ID, "<b>" + "&amp;" * 4096 + "</b>", parse_mode="HTML")
    assert fake.last_bot_message(USER_ID).text == "&" * 4096


async def test_callback_data_limit_is_64_utf8_bytes(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    await bot.send_message(USER_ID, "ok", reply_markup=keyboard([("a", "x" * 64)]))
    fake.advance(1)
    await bot.send_message(USER_ID, "ok", reply_markup=keyboard([("a", "я" * 32)]))
    for data in ("x" * 65, "я" * 33):
        with api_error(fake, "BUTTON_DATA_INVALID"):
            await bot.send_message(USER_ID, "no", reply_markup=keyboard([("a", data)]))
    assert len(fake.bot_messages(USER_ID)) == 2


# --------------------------------------------------------------------------- editing


async def test_edit_message_text_rules(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    markup = keyboard([("Go", "go")])
    sent = await bot.send_message(USER_ID, "<b>v1</b>", parse_mode="HTML", reply_markup=markup)
    with api_error(fake, "message is not modified: specified new message"):
        await bot.edit_message_text(
            "<b>v1</b>", USER_ID, sent.message_id, parse_mode="HTML", reply_markup=markup
        )
    with api_error(fake, "message to edit not found"):
        await bot.edit_message_text("x", USER_ID, 999)
    with api_error(fake, "message can't be edited"):
        await bot.edit_message_text("x", USER_ID, 1)
    with api_error(fake, "can't parse entities"):
        await bot.edit_message_text("<i>x", USER_ID, sent.message_id, parse_mode="HTML")
    with api_error(fake, "message is too long"):
        await bot.edit_message_text("y" * 4097, USER_ID, sent.message_id)
    with api_error(fake, "BUTTON_DATA_INVALID"):
        await bot.edit_message_text(
            "v2", USER_ID, sent.message_id, reply_markup=keyboard([("a", "z" * 65)])
        )
    edited = await bot.edit_message_text(
        "v2", USER_ID, sent.message_id, reply_markup=keyboard([("Stop", "stop")])
    )
    assert isinstance(edited, type(sent)) and edited.text == "v2"
    # Leaving reply_markup out drops the keyboard, as on Telegram.
    await bot.edit_message_text("v3", USER_ID, sent.message_id)
    stored = fake.last_bot_message(USER_ID)
    assert (stored.text, stored.edits, stored.buttons) == ("v3", ["v1", "v2"], [])
    assert fake.count_errors(429) == 0


async def test_edit_message_reply_markup(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    sent = await bot.send_message(USER_ID, "menu", reply_markup=keyboard([("A", "a")]))
    with api_error(fake, "message is not modified"):
        await bot.edit_message_reply_markup(
            USER_ID, sent.message_id, reply_markup=keyboard([("A", "a")])
        )
    await bot.edit_message_reply_markup(
        USER_ID, sent.message_id, reply_markup=keyboard([("B", "b")])
    )
    assert fake.last_bot_message(USER_ID).buttons == ["B"]
    await bot.edit_message_reply_markup(USER_ID, sent.message_id)
    assert fake.last_bot_message(USER_ID).buttons == []
    await bot.delete_message(USER_ID, sent.message_id)
    with api_error(fake, "message to edit not found"):
        await bot.edit_message_reply_markup(USER_ID, sent.message_id)


# --------------------------------------------------------------------------- deleting


async def test_delete_message_rules(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    old = fake.send_text(alice, "ancient", date=fake.now() - 49 * 3600)
    sent = await bot.send_message(USER_ID, "bye")
    assert await bot.delete_message(USER_ID, sent.message_id)
    assert await bot.delete_message(USER_ID, 1)  # the user's own /start
    with api_error(fake, "message to delete not found"):
        await bot.delete_message(USER_ID, sent.message_id)
    with api_error(fake, "message to delete not found"):
        await bot.delete_message(USER_ID, 999)
    with api_error(fake, "message can't be deleted for everyone"):
        await bot.delete_message(USER_ID, old.message_id)
    assert [m.text for m in fake.messages(USER_ID)] == ["ancient"]
    assert [m.deleted for m in fake.all_messages(USER_ID)] == [True, False, True]
    assert fake.all_messages(USER_ID, include_deleted=False) == fake.messages(USER_ID)


async def test_delete_messages_skips_undeletable(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    fake.rate_limits = False
    ids = [(await bot.send_message(USER_ID, f"m{i}")).message_id for i in range(4)]
    fake.advance(49 * 3600)
    recent = await bot.send_message(USER_ID, "recent")
    assert await bot.delete_messages(USER_ID, [*ids, recent.message_id, 999])
    assert [m.text for m in fake.messages(USER_ID)] == ["/start", "m0", "m1", "m2", "m3"]
    with api_error(fake, "too many message identifiers"):
        await bot.delete_messages(USER_ID, list(range(1, 102)))


async def test_group_messages(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    fake.group(-200, "Team")
    with pytest.raises(AssertionError, match="not a member"):
        fake.send_text(alice, "hi all", chat_id=-200)
    fake.add_member(-200, alice)
    message = fake.send_text(alice, "hi all", chat_id=-200)
    assert message.chat.type == "group"
    with api_error(fake, "message can't be deleted"):
        await bot.delete_message(-200, message.message_id)
    await bot.send_message(-200, "hello group")
    assert [m.text for m in fake.messages(-200)] == ["hi all", "hello group"]


# --------------------------------------------------------------------------- files


async def test_send_document_and_photo(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    fake.rate_limits = False
    sent = await bot.send_document(
        USER_ID,
        b"col1,col2\n",
        filename="export.csv",
        caption="<i>Your</i> data",
        parse_mode="HTML",
    )
    assert sent.document is not None and sent.document.file_name == "export.csv"
    stored = fake.last_bot_message(USER_ID)
    assert (stored.document_bytes, stored.document_name, stored.caption) == (
        b"col1,col2\n",
        "export.csv",
        "Your data",
    )
    again = await bot.send_document(USER_ID, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    photo = await bot.send_photo(USER_ID, b"\x89PNG fake", caption="pic")
    assert photo.photo and photo.photo[0].width > 0
    assert fake.last_bot_message(USER_ID).photo_bytes == b"\x89PNG fake"
    with api_error(fake, "message caption is too long"):
        await bot.send_photo(USER_ID, b"x", caption="<b>" + "c" * 1025 + "</b>", parse_mode="HTML")
    with api_error(fake, "can't parse entities"):
        await bot.send_document(USER_ID, b"x", caption="<b>", parse_mode="HTML")
    with api_error(fake, "wrong file identifier"):
        await bot.send_document(USER_ID, "no-such-file-id")


# --------------------------------------------------------------------------- rate limits


async def test_per_chat_burst_then_one_per_second(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    for i in range(3):
        await bot.send_message(USER_ID, f"burst {i}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER_ID, "too fast")
    assert retry_seconds(caught.value) >= 1
    assert fake.calls[-1].description == "Too Many Requests: retry after 1"
    assert len(fake.bot_messages(USER_ID)) == 3
    assert fake.count_errors(429) == 1
    fake.advance(1)
    await bot.send_message(USER_ID, "after a second")
    # Edits and deletes are not limited.
    for i in range(5):
        await bot.edit_message_text(f"edit {i}", USER_ID, 2)
    assert fake.count_errors(429) == 1


async def test_global_limit_of_30_per_second(fake: FakeTelegram, bot: Bot) -> None:
    users = [fake.user(3000 + i) for i in range(31)]
    for user in users:
        fake.send_text(user, "/start")
    for user in users[:30]:
        await bot.send_message(user.id, "news")
    with pytest.raises(RetryAfter):
        await bot.send_message(users[30].id, "news")
    assert fake.bot_messages(users[30].id) == []
    fake.advance(1)
    await bot.send_message(users[30].id, "news")


async def test_group_limit_of_20_per_minute(fake: FakeTelegram, bot: Bot) -> None:
    fake.group(-300, "Busy")
    for i in range(20):
        await bot.send_message(-300, f"m{i}")
        fake.advance(1)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(-300, "one too many")
    assert 30 <= retry_seconds(caught.value) <= 41
    fake.advance(41)
    await bot.send_message(-300, "fine again")


# --------------------------------------------------------------------------- getUpdates


async def test_get_updates_offsets_and_limit(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    for i in range(3):
        fake.send_text(alice, f"msg {i}")
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["/start", "msg 0", "msg 1", "msg 2"]
    assert [u.update_id for u in await bot.get_updates(limit=2)] == [
        updates[0].update_id,
        updates[1].update_id,
    ]
    assert fake.pending_updates() == 4
    remaining = await bot.get_updates(offset=updates[2].update_id)
    assert [u.update_id for u in remaining] == [updates[2].update_id, updates[3].update_id]
    assert fake.pending_updates() == 2
    assert [u.update_id for u in await bot.get_updates(offset=-1)] == [updates[3].update_id]
    assert await bot.get_updates(offset=updates[3].update_id + 1) == ()
    assert fake.pending_updates() == 0


async def test_long_polling_wakes_up_and_times_out(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    fake.take_updates()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    assert not poll.done()
    fake.send_text(alice, "wake up")
    updates = await asyncio.wait_for(poll, 1)
    assert updates[0].message is not None and updates[0].message.text == "wake up"
    started = asyncio.get_running_loop().time()
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=1) == ()
    assert asyncio.get_running_loop().time() - started >= 0.9


async def test_concurrent_get_updates_conflict(fake: FakeTelegram, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    second = asyncio.create_task(bot.get_updates(timeout=0))
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, 1)
    assert await second == ()
    assert fake.count_errors(409) == 1


async def test_allowed_updates_are_remembered(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    sent = await bot.send_message(USER_ID, "menu", reply_markup=keyboard([("A", "a")]))
    await bot.get_updates(allowed_updates=["callback_query"])
    fake.take_updates()
    fake.send_text(alice, "ignored")
    fake.press(alice, fake.last_bot_message(USER_ID), "A")
    await bot.get_updates()  # no allowed_updates: the previous choice stays
    fake.send_text(alice, "also ignored")
    updates = fake.take_updates()
    assert [next(k for k in u if k != "update_id") for u in updates] == ["callback_query"]
    await bot.get_updates(allowed_updates=[])
    fake.send_text(alice, "default again")
    fake.press(alice, fake.last_bot_message(USER_ID), "a")
    assert len(await bot.get_updates()) == 2
    assert sent.message_id == 2


async def test_delete_webhook_drops_pending_updates(
    fake: FakeTelegram, bot: Bot, alice: FakeUser
) -> None:
    assert await bot.delete_webhook()
    assert fake.pending_updates() == 1
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert fake.pending_updates() == 0


# --------------------------------------------------------------------------- user driver


async def test_user_updates_parse_in_ptb(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    fake.take_updates()
    fake.send_text(alice, "/start@coproduction_test_bot payload")
    fake.send_photo(alice, caption="look")
    fake.send_sticker(alice)
    fake.send_voice(alice)
    fake.send_document(alice, file_name="cv.pdf", content=b"%PDF")
    fake.send_location(alice)
    origin = {"type": "hidden_user", "sender_user_name": "Eve", "date": fake.now()}
    fake.send_text(alice, "fwd", forward_origin=origin)
    old = fake.send_text(alice, "typo", date=fake.now() - 3600)
    fake.edit_text(alice, old, "fixed")
    updates = [Update.de_json(u, bot) for u in fake.take_updates()]
    command = updates[0].message
    assert command is not None and command.entities[0].type == "bot_command"
    assert command.entities[0].length == len("/start@coproduction_test_bot")
    media = [u.message for u in updates[1:6]]
    assert media[0] is not None and media[0].photo and media[0].caption == "look"
    assert media[1] is not None and media[1].sticker is not None
    assert media[2] is not None and media[2].voice is not None and media[2].text is None
    assert media[3] is not None and media[3].document is not None
    assert media[3].document.file_name == "cv.pdf"
    assert media[4] is not None and media[4].location is not None
    assert updates[6].message is not None and updates[6].message.forward_origin is not None
    edited = updates[8].edited_message
    assert edited is not None and edited.text == "fixed" and edited.edit_date is not None
    assert old.edits == ["typo"]
    assert fake.pending_updates() == 0


async def test_press_and_answer_callback(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    await bot.send_message(USER_ID, "vote", reply_markup=keyboard([("Yes", "y"), ("No", "n")]))
    message = fake.last_bot_message(USER_ID)
    fake.take_updates()
    by_text = fake.press(alice, message, "Yes")
    by_data = fake.press(alice, message, "n")
    with pytest.raises(AssertionError, match="no callback button"):
        fake.press(alice, message, "Maybe")
    forged = fake.press_data(alice, message.message_id, "admin:delete_all")
    missing = fake.press_data(alice, 999, "x")
    queries = [Update.de_json(u, bot).callback_query for u in fake.take_updates()]
    assert [q.data for q in queries if q] == ["y", "n", "admin:delete_all", "x"]
    first = queries[0]
    assert first is not None and first.message is not None
    assert first.message.message_id == message.message_id
    assert first.id == by_text and first.chat_instance
    assert fake.unanswered_callbacks() == [by_text, by_data, forged, missing]
    assert await bot.answer_callback_query(by_text, "Thanks!", show_alert=True)
    assert fake.callback_answers[by_text] == {"text": "Thanks!", "show_alert": True}
    with api_error(fake, "query is too old"):
        await bot.answer_callback_query(by_text)
    with api_error(fake, "query is too old"):
        await bot.answer_callback_query("123")
    assert fake.unanswered_callbacks() == [by_data, forged, missing]


async def test_wait_for_wakes_on_bot_calls(fake: FakeTelegram, bot: Bot, alice: FakeUser) -> None:
    async def reply_later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(USER_ID, "first")
        await asyncio.sleep(0.05)
        await bot.send_message(USER_ID, "second answer")

    task = asyncio.create_task(reply_later())
    first = await fake.wait_for(lambda: fake.bot_messages(USER_ID), timeout=2)
    assert first[0].text == "first"
    second = await fake.wait_for_bot_message(USER_ID, "answer", timeout=2)
    assert second.text == "second answer"
    await task
    with pytest.raises(AssertionError, match="recent messages") as caught:
        await fake.wait_for_bot_message(USER_ID, "answer", timeout=0.1, after=second.message_id)
    assert "second answer" in str(caught.value)


# --------------------------------------------------------------------------- Application


async def test_application_in_process(fake: FakeTelegram, alice: FakeUser) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(
            update.effective_chat.id,
            "<b>Welcome</b>",
            parse_mode="HTML",
            reply_markup=keyboard([("Continue", "next")]),
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("ok")
        await query.edit_message_text("Done")

    app = (
        Application.builder()
        .token(fake.token)
        .request(FakeRequest(fake))
        .get_updates_request(FakeRequest(fake))
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        for update in fake.take_updates():
            await app.process_update(Update.de_json(update, app.bot))
        welcome = fake.last_bot_message(USER_ID)
        assert (welcome.text, welcome.buttons) == ("Welcome", ["Continue"])
        query_id = fake.press(alice, welcome, "Continue")
        for update in fake.take_updates():
            await app.process_update(Update.de_json(update, app.bot))
    assert fake.callback_answers[query_id] == {"text": "ok", "show_alert": False}
    assert (welcome.text, welcome.edits, welcome.buttons) == ("Done", ["Welcome"], [])


# --------------------------------------------------------------------------- HTTP


async def test_http_bot_round_trip(
    fake: FakeTelegram, http_url: str, http_bot: Bot, alice: FakeUser
) -> None:
    me = await http_bot.get_me()
    assert me.username == "coproduction_test_bot"
    sent = await http_bot.send_message(
        USER_ID, "<i>over</i> http", parse_mode="HTML", reply_markup=keyboard([("Go", "go")])
    )
    assert sent.text == "over http"
    assert fake.last_bot_message(USER_ID).button_data == ["go"]
    with api_error(fake, "can't parse entities"):
        await http_bot.send_message(USER_ID, "<i>bad", parse_mode="HTML")
    updates = await http_bot.get_updates(timeout=1)
    assert updates[0].message is not None and updates[0].message.text == "/start"
    poll = asyncio.create_task(http_bot.get_updates(offset=updates[-1].update_id + 1, timeout=5))
    await asyncio.sleep(0.05)
    fake.send_text(alice, "polled")
    polled = await asyncio.wait_for(poll, 2)
    assert polled[0].message is not None and polled[0].message.text == "polled"
    assert await http_bot.delete_message(USER_ID, sent.message_id)
    document = await http_bot.send_document(USER_ID, b"\x00binary\xff", filename="data.bin")
    assert document.document is not None
    assert fake.last_bot_message(USER_ID).document_bytes == b"\x00binary\xff"
    with pytest.raises(InvalidToken):
        await Bot("1:bad", base_url=f"{http_url}/bot").get_me()


async def test_http_accepts_json_query_and_file_urls(fake: FakeTelegram, http_url: str) -> None:
    async with httpx.AsyncClient(base_url=http_url) as client:
        by_query = await client.get(f"/bot{fake.token}/getMe?unused=1")
        assert by_query.json()["result"]["id"] == 123456
        fake.send_text(fake.user(7), "hi")
        by_json = await client.post(
            f"/bot{fake.token}/sendMessage",
            json={
                "chat_id": 7,
                "text": "json",
                "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]},
            },
        )
        assert by_json.status_code == 200 and by_json.json()["result"]["text"] == "json"
        assert fake.last_bot_message(7).buttons == ["a"]
        error = await client.post(
            f"/bot{fake.token}/sendMessage", data={"chat_id": "8", "text": "x"}
        )
        assert error.status_code == 400
        assert error.json() == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: chat not found",
        }
        assert (await client.get(f"/file/bot{fake.token}/documents/x.pdf")).status_code == 404
    assert json.loads(json.dumps(fake.calls[1].params))["chat_id"] == "7"


async def test_http_updater_polling(fake: FakeTelegram, http_url: str, alice: FakeUser) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "pong")

    app = Application.builder().token(fake.token).base_url(f"{http_url}/bot").build()
    app.add_handler(CommandHandler("ping", echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1, drop_pending_updates=True)
        fake.send_text(alice, "/ping")
        reply = await fake.wait_for_bot_message(USER_ID, "pong", timeout=5)
        await app.updater.stop()
        await app.stop()
    assert reply.from_bot
    assert fake.pending_updates() == 0
    assert fake.count_errors(409) == 0


CHILD_BOT = textwrap.dedent(
    """
    import sys
    from telegram import Update
    from telegram.ext import Application, CommandHandler

    async def start(update, context):
        await context.bot.send_message(update.effective_chat.id, "<b>hi</b>", parse_mode="HTML")

    app = Application.builder().token(sys.argv[1]).base_url(sys.argv[2]).build()
    app.add_handler(CommandHandler("start", start))
    app.run_polling(poll_interval=0, timeout=1, allowed_updates=Update.ALL_TYPES)
    """
)


async def test_bot_in_another_process(fake: FakeTelegram, http_url: str) -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD_BOT, fake.token, f"{http_url}/bot"
    )
    try:
        await fake.wait_for(lambda: any(c.method == "getUpdates" for c in fake.calls), 10)
        fake.send_text(fake.user(USER_ID), "/start")
        reply = await fake.wait_for_bot_message(USER_ID, "hi", timeout=10)
        assert reply.html == "<b>hi</b>"
    finally:
        child.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(child.wait(), 10) == 0
    assert fake.pending_updates() == 0
    assert fake.count_errors(409) == 0
