"""In-memory fake of the Telegram Bot API: state, validation rules and a user-side driver."""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import re
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .html import HtmlError, ParsedText, parse_html, utf16_len

T = TypeVar("T")

DEFAULT_TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz0123"
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
DELETE_WINDOW_SECONDS = 48 * 3600
DEFAULT_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_RELEASED = object()  # marks that pending long polls must return at once
_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    """A Bot API error answer: HTTP status, description and optional retry_after."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


@dataclass
class FakeUser:
    """A Telegram user driven by the test."""

    id: int
    first_name: str = "Alice"
    username: str | None = None
    language_code: str = "en"
    started: bool = False
    blocked: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }
        if self.username is not None:
            data["username"] = self.username
        return data


@dataclass
class FakeChat:
    """A private chat (id = user id) or a group (negative id)."""

    id: int
    type: str
    title: str | None = None
    user: FakeUser | None = None
    members: set[int] = field(default_factory=set)
    bot_is_admin: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.user is not None:
            data["first_name"] = self.user.first_name
            if self.user.username is not None:
                data["username"] = self.user.username
        else:
            data["title"] = self.title
        return data


@dataclass
class FakeFile:
    """An uploaded or user-sent file, addressable by file_id."""

    file_id: str
    file_unique_id: str
    name: str | None
    content: bytes


@dataclass
class FakeMessage:
    """A message in a chat, sent by the bot or by a user."""

    message_id: int
    chat: FakeChat
    date: int
    sender: dict[str, Any]
    from_bot: bool
    text: str | None = None
    html: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    caption: str | None = None
    caption_html: str | None = None
    caption_entities: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, Any] = field(default_factory=dict)
    reply_markup: dict[str, Any] | None = None
    reply_to: FakeMessage | None = None
    forward_origin: dict[str, Any] | None = None
    protect_content: bool = False
    disable_notification: bool = False
    link_preview_disabled: bool = False
    document_bytes: bytes | None = None
    document_name: str | None = None
    photo_bytes: bytes | None = None
    edit_date: int | None = None
    edits: list[str] = field(default_factory=list)
    deleted: bool = False

    @property
    def chat_id(self) -> int:
        return self.chat.id

    def _inline_buttons(self) -> Iterator[dict[str, Any]]:
        markup = self.reply_markup or {}
        for row in markup.get("inline_keyboard", []):
            yield from row

    @property
    def buttons(self) -> list[str]:
        """Texts of the inline keyboard buttons, row by row."""
        return [button["text"] for button in self._inline_buttons()]

    @property
    def button_data(self) -> list[str]:
        """callback_data of the inline keyboard buttons that have one, row by row."""
        return [
            button["callback_data"]
            for button in self._inline_buttons()
            if "callback_data" in button
        ]

    def find_button(self, text_or_data: str) -> dict[str, Any] | None:
        for button in self._inline_buttons():
            if button["text"] == text_or_data or button.get("callback_data") == text_or_data:
                return button
        return None

    def to_dict(self, *, with_reply: bool = True) -> dict[str, Any]:
        """The Bot API Message object for this message."""
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.sender,
            "chat": self.chat.to_dict(),
            "date": self.date,
        }
        if self.text is not None:
            data["text"] = self.text
            if self.entities:
                data["entities"] = self.entities
        if self.caption is not None:
            data["caption"] = self.caption
            if self.caption_entities:
                data["caption_entities"] = self.caption_entities
        data.update(self.media)
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            # Only inline keyboards are part of a Message; reply keyboards live in the client.
            data["reply_markup"] = self.reply_markup
        if self.reply_to is not None and with_reply:
            data["reply_to_message"] = self.reply_to.to_dict(with_reply=False)
        if self.forward_origin is not None:
            data["forward_origin"] = self.forward_origin
        if self.protect_content:
            data["has_protected_content"] = True
        if self.link_preview_disabled:
            data["link_preview_options"] = {"is_disabled": True}
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        return data

    def summary(self) -> str:
        author = "bot" if self.from_bot else f"user {self.sender['id']}"
        body = self.text if self.text is not None else self.caption or f"<{', '.join(self.media)}>"
        flags = " (deleted)" if self.deleted else ""
        buttons = f" buttons={self.buttons}" if self.buttons else ""
        return f"chat {self.chat.id} #{self.message_id} {author}{flags}: {body!r}{buttons}"


@dataclass
class Webhook:
    """Where updates go while a webhook is set (setWebhook), and how the last try went."""

    url: str
    secret_token: str | None
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class Call:
    """One Bot API request received by the fake and the status it was answered with."""

    method: str
    params: dict[str, str]
    status: int
    description: str | None = None


class _Params:
    """Typed access to string-valued request parameters, coerced the way Telegram does."""

    def __init__(self, raw: Mapping[str, str], files: Mapping[str, tuple[str, bytes]]) -> None:
        self.raw = raw
        self.files = files

    def text(self, name: str) -> str | None:
        return self.raw.get(name)

    def integer(self, name: str) -> int | None:
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        try:
            return int(value)
        except ValueError:
            raise _bad_request(f"invalid {name} specified") from None

    def required_int(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            raise _bad_request(f"{name} is empty")
        return value

    def chat_id(self) -> int:
        if not self.raw.get("chat_id"):
            raise _bad_request("chat_id is empty")
        try:
            return int(self.raw["chat_id"])
        except ValueError:
            # @channel usernames are not modelled, so they behave like unknown chats.
            raise _bad_request("chat not found") from None

    def flag(self, name: str) -> bool:
        return self.raw.get(name, "").lower() in ("true", "1")

    def json(self, name: str, error: str | None = None) -> Any:
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise _bad_request(error or f"can't parse {name} JSON object") from None


class _RateLimiter:
    """Telegram-like flood control for sent messages; refills by the fake clock."""

    def __init__(
        self,
        global_per_second: int,
        chat_burst: int,
        chat_per_second: float,
        group_per_minute: int,
    ) -> None:
        self.global_per_second = global_per_second
        self.chat_burst = chat_burst
        self.chat_per_second = chat_per_second
        self.group_per_minute = group_per_minute
        self._global: deque[float] = deque()
        self._buckets: dict[int, tuple[float, float]] = {}
        self._groups: dict[int, deque[float]] = {}

    @staticmethod
    def _window_wait(times: deque[float], now: float, window: float, limit: int) -> float:
        while times and times[0] <= now - window:
            times.popleft()
        return times[0] + window - now if len(times) >= limit else 0.0

    def _tokens(self, chat_id: int, now: float) -> float:
        tokens, last = self._buckets.get(chat_id, (float(self.chat_burst), now))
        return min(float(self.chat_burst), tokens + (now - last) * self.chat_per_second)

    def check(self, chat_id: int, now: float) -> None:
        """Raise a 429 ApiError if a message to chat_id now would exceed a limit."""
        waits = [self._window_wait(self._global, now, 1.0, self.global_per_second)]
        tokens = self._tokens(chat_id, now)
        if tokens < 1:
            waits.append((1 - tokens) / self.chat_per_second)
        if chat_id < 0:
            times = self._groups.setdefault(chat_id, deque())
            waits.append(self._window_wait(times, now, 60.0, self.group_per_minute))
        wait = max(waits)
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)

    def consume(self, chat_id: int, now: float) -> None:
        self._global.append(now)
        self._buckets[chat_id] = (self._tokens(chat_id, now) - 1, now)
        if chat_id < 0:
            self._groups.setdefault(chat_id, deque()).append(now)


class FakeTelegram:
    """A fake Bot API server core plus the user-side driver tests use to act as users."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_id: int = 123456,
        bot_first_name: str = "Coproduction",
        bot_username: str = "coproduction_test_bot",
        rate_limits: bool = True,
        global_per_second: int = 30,
        chat_burst: int = 3,
        chat_per_second: float = 1.0,
        group_per_minute: int = 20,
    ) -> None:
        self.token = token
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.rate_limits = rate_limits
        # An outage: while True, every request is answered 502 Bad Gateway and changes nothing.
        self.unreachable = False
        self._limiter = _RateLimiter(
            global_per_second, chat_burst, chat_per_second, group_per_minute
        )
        self.clock_offset = 0.0
        # Counts changes, so a viewer can ask "anything new since version N?".
        self.version = 0
        self.calls: list[Call] = []
        self.callback_answers: dict[str, dict[str, Any] | None] = {}
        self.descriptions: dict[tuple[str, str], str] = {}
        self._commands: dict[tuple[str, int | None, int | None, str], list[dict[str, str]]] = {}
        self._users: dict[int, FakeUser] = {}
        self._chats: dict[int, FakeChat] = {}
        self._messages: dict[int, dict[int, FakeMessage]] = {}
        self._next_message_id: dict[int, int] = {}
        self._files: dict[str, FakeFile] = {}
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 700000001
        self._allowed_updates = DEFAULT_UPDATE_TYPES
        self.webhook: Webhook | None = None
        # (update_id, HTTP status or None when unreachable) of every webhook delivery attempt.
        self.deliveries: list[tuple[int, int | None]] = []
        self._ids = itertools.count(1)
        self._active_poll: object = _RELEASED
        self._waiters: set[asyncio.Event] = set()
        self._methods: dict[str, Callable[[_Params], Any]] = {
            "getme": lambda p: (
                self.bot_user
                | {
                    "can_join_groups": True,
                    "can_read_all_group_messages": False,
                    "supports_inline_queries": False,
                }
            ),
            "logout": lambda p: True,
            "close": lambda p: True,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setmydescription": self._set_description("description", 512),
            "setmyshortdescription": self._set_description("short_description", 120),
            "getchat": self._get_chat,
            "answercallbackquery": self._answer_callback_query,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "deletemessages": self._delete_messages,
            "senddocument": lambda p: self._send_file(p, "document"),
            "sendphoto": lambda p: self._send_file(p, "photo"),
            "sendvoice": lambda p: self._send_file(p, "voice"),
            "sendchataction": self._send_chat_action,
        }

    # ----------------------------------------------------------------- request entry point

    async def handle(
        self,
        token: str,
        method: str,
        params: Mapping[str, str],
        files: Mapping[str, tuple[str, bytes]] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API request; returns the HTTP status and the JSON body."""
        call = Call(method, dict(params), 200)
        try:
            if self.unreachable:
                # What a bot sees when Telegram cannot be reached through its proxy.
                raise ApiError(502, "Bad Gateway")
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            parsed = _Params(params, files or {})
            # Telegram matches method names case-insensitively.
            if method.lower() == "getupdates":
                result = await self._get_updates(parsed)
            elif method.lower() in self._methods:
                result = self._methods[method.lower()](parsed)
            else:
                raise ApiError(404, "Not Found")
            body: dict[str, Any] = {"ok": True, "result": result}
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            # Malformed parameters (e.g. JSON of the wrong shape) get a 400 like on Telegram.
            failure = _bad_request(f"invalid parameters: {error!r}")
            call.status, call.description = failure.status, failure.description
            body = failure.body()
        except ApiError as error:
            call.status, call.description = error.status, error.description
            body = error.body()
        self.calls.append(call)
        self._notify()
        return call.status, body

    # ----------------------------------------------------------------- waiting

    def _notify(self) -> None:
        self.version += 1
        for event in self._waiters:
            event.set()

    async def wait_change(self, seconds: float) -> None:
        """Return when anything changes (a call, an update, the clock), or after `seconds`."""
        event = asyncio.Event()
        self._waiters.add(event)
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(event)

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        timeout: float = 10.0,  # noqa: ASYNC109 - a plain number reads best in tests
    ) -> T:
        """Wait until predicate() is truthy (re-checked on every bot call) and return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"condition not met within {timeout}s; {self.describe_recent()}"
                )
            await self.wait_change(remaining)

    async def wait_for_bot_message(
        self,
        chat_id: int,
        contains: str | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - as in wait_for
        after: int = 0,
    ) -> FakeMessage:
        """First bot message (deleted ones included) in chat_id after id `after` with text."""

        def find() -> FakeMessage | None:
            for message in self.all_messages(chat_id):
                body = message.text if message.text is not None else message.caption or ""
                if (
                    message.from_bot
                    and message.message_id > after
                    and (contains is None or contains in body)
                ):
                    return message
            return None

        try:
            return await self.wait_for(find, timeout)
        except AssertionError:
            raise AssertionError(
                f"no bot message in chat {chat_id} after #{after} containing {contains!r} "
                f"within {timeout}s; {self.describe_recent()}"
            ) from None

    def describe_recent(self, count: int = 10) -> str:
        """Human-readable summary of the latest messages and failed calls, for errors."""
        messages = sorted(
            (m for chat in self._messages.values() for m in chat.values()),
            key=lambda m: (m.date, m.message_id),
        )[-count:]
        failures = [
            f"{call.method} -> {call.status} {call.description}"
            for call in self.calls
            if call.status != 200
        ]
        lines = [m.summary() for m in messages] or ["(no messages)"]
        if failures:
            lines.append(f"failed calls: {failures[-count:]}")
        return "recent messages:\n  " + "\n  ".join(lines)

    # ----------------------------------------------------------------- time

    def clock(self) -> float:
        """Current fake time in unix seconds, as a float (the sandbox gives it to the bot)."""
        return time.time() + self.clock_offset

    def now(self) -> int:
        """Current fake time in unix seconds (real time shifted by clock_offset)."""
        return int(self.clock())

    def advance(self, seconds: float) -> None:
        """Move the fake clock forward (message ages, rate limit windows)."""
        self.clock_offset += seconds
        self._notify()

    # ----------------------------------------------------------------- updates

    def _queue_update(self, kind: str, payload: dict[str, Any]) -> None:
        # Like Telegram, the allowed_updates filter applies when an update is created.
        if kind in self._allowed_updates:
            self._updates.append({"update_id": self._next_update_id, kind: payload})
            self._next_update_id += 1
            self._notify()

    def pending_updates(self) -> int:
        """Number of updates not yet confirmed by the bot."""
        return len(self._updates)

    def take_updates(self) -> list[dict[str, Any]]:
        """Remove and return all queued updates, as if the bot confirmed them."""
        updates, self._updates = self._updates, []
        # A JSON round trip hands out the same independent copies the wire would.
        copies: list[dict[str, Any]] = json.loads(json.dumps(updates))
        return copies

    def release_long_polls(self) -> None:
        """Make a pending long-polling getUpdates return right away (used on server stop)."""
        self._active_poll = _RELEASED
        self._notify()

    async def _get_updates(self, p: _Params) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = p.integer("offset")
        limit = min(100, max(1, p.integer("limit") or 100))
        timeout = max(0, p.integer("timeout") or 0)
        allowed = p.json("allowed_updates")
        if allowed is not None:
            self._allowed_updates = frozenset(allowed) or DEFAULT_UPDATE_TYPES
        if offset is not None and offset < 0:
            del self._updates[:offset]
        elif offset is not None:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        ticket = object()
        self._active_poll = ticket
        self._notify()  # wakes an earlier poll so it can answer 409
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self._active_poll is _RELEASED:
                return []
            if self._active_poll is not ticket:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                )
            remaining = deadline - loop.time()
            if self._updates or remaining <= 0:
                return self._updates[:limit]
            await self.wait_change(remaining)

    def _delete_webhook(self, p: _Params) -> bool:
        if p.flag("drop_pending_updates"):
            self._updates.clear()
        self.webhook = None
        return True

    def _set_webhook(self, p: _Params) -> bool:
        url = p.text("url") or ""
        if not url:
            return self._delete_webhook(p)
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            # Telegram wants https; plain http is allowed here for a bot on this machine.
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.text("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise _bad_request("bad webhook: secret token contains unallowed characters")
        allowed = p.json("allowed_updates")
        if allowed is not None:
            self._allowed_updates = frozenset(allowed) or DEFAULT_UPDATE_TYPES
        if p.flag("drop_pending_updates"):
            self._updates.clear()
        self.webhook = Webhook(url, secret)
        # A long poll still waiting is ended, as setting a webhook does on Telegram.
        self.release_long_polls()
        return True

    def _get_webhook_info(self, p: _Params) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook.url if self.webhook is not None else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook is not None and self.webhook.last_error_date is not None:
            info["last_error_date"] = self.webhook.last_error_date
            info["last_error_message"] = self.webhook.last_error_message
        return info

    def next_webhook_update(self) -> dict[str, Any] | None:
        """The oldest update waiting for the webhook (a copy), if a webhook is set."""
        if self.webhook is None or not self._updates:
            return None
        copy: dict[str, Any] = json.loads(json.dumps(self._updates[0]))
        return copy

    def webhook_answered(self, update_id: int, status: int | None, error: str | None) -> None:
        """Record a delivery; a 2xx answer confirms the update, anything else keeps it."""
        self.deliveries.append((update_id, status))
        if status is not None and 200 <= status < 300:
            self._updates = [u for u in self._updates if u["update_id"] != update_id]
        elif self.webhook is not None:
            self.webhook.last_error_date = self.now()
            self.webhook.last_error_message = error
        self._notify()

    # ----------------------------------------------------------------- users and chats

    def user(
        self,
        user_id: int,
        first_name: str = "Alice",
        username: str | None = None,
        language_code: str = "en",
    ) -> FakeUser:
        """Create (or return the existing) user with this id."""
        if user_id not in self._users:
            self._users[user_id] = FakeUser(user_id, first_name, username, language_code)
        return self._users[user_id]

    def started_user(self, user_id: int, first_name: str = "Alice") -> FakeUser:
        """A user who wrote to the bot some time ago (no update is queued now)."""
        user = self.user(user_id, first_name)
        user.started = True
        self._private_chat(user)
        return user

    def group(self, chat_id: int, title: str = "Group", *, bot_is_admin: bool = False) -> FakeChat:
        """Create a group (negative id) the bot is a member of."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        chat_type = "supergroup" if chat_id <= -1000000000000 else "group"
        chat = FakeChat(chat_id, chat_type, title=title, bot_is_admin=bot_is_admin)
        self._chats[chat_id] = chat
        return chat

    def add_member(self, chat_id: int, user: FakeUser) -> None:
        self._group(chat_id).members.add(user.id)

    def _group(self, chat_id: int) -> FakeChat:
        chat = self._chats.get(chat_id)
        if chat is None or chat.user is not None:
            raise AssertionError(f"no group {chat_id}; create it with fake.group()")
        return chat

    def _private_chat(self, user: FakeUser) -> FakeChat:
        if user.id not in self._chats:
            self._chats[user.id] = FakeChat(user.id, "private", user=user)
        return self._chats[user.id]

    def _user_chat(self, user: FakeUser, chat_id: int | None) -> FakeChat:
        """The chat a user writes in; writing to the bot privately also (re)starts it."""
        if chat_id is None or chat_id == user.id:
            if user.blocked:
                # The client's "Restart" button unblocks the bot before sending.
                self.unblock(user)
            user.started = True
            return self._private_chat(user)
        chat = self._group(chat_id)
        if user.id not in chat.members:
            raise AssertionError(f"user {user.id} is not a member of {chat_id}; use add_member")
        return chat

    def block(self, user: FakeUser) -> None:
        """The user blocks the bot; Telegram reports it as a my_chat_member update."""
        user.blocked = True
        self._queue_member_change(user, "member", "kicked")

    def unblock(self, user: FakeUser) -> None:
        user.blocked = False
        self._queue_member_change(user, "kicked", "member")

    def _queue_member_change(self, user: FakeUser, old: str, new: str) -> None:
        def member(status: str) -> dict[str, Any]:
            data: dict[str, Any] = {"status": status, "user": self.bot_user}
            if status == "kicked":
                data["until_date"] = 0
            return data

        payload = {
            "chat": self._private_chat(user).to_dict(),
            "from": user.to_dict(),
            "date": self.now(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        self._queue_update("my_chat_member", payload)

    def _sendable_chat(self, chat_id: int) -> FakeChat:
        """The chat the bot may write to, or the error Telegram gives."""
        chat = self._chats.get(chat_id)
        if chat is None or (chat.user is not None and not chat.user.started):
            raise _bad_request("chat not found")
        if chat.user is not None and chat.user.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _get_chat(self, p: _Params) -> dict[str, Any]:
        chat = self._chats.get(p.chat_id())
        if chat is None:
            raise _bad_request("chat not found")
        return chat.to_dict() | {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    # ----------------------------------------------------------------- user-side actions

    def _new_message(self, chat: FakeChat, sender: dict[str, Any], **fields: Any) -> FakeMessage:
        message_id = self._next_message_id.get(chat.id, 1)
        self._next_message_id[chat.id] = message_id + 1
        fields.setdefault("date", self.now())
        message = FakeMessage(message_id, chat, sender=sender, from_bot=sender["is_bot"], **fields)
        self._messages.setdefault(chat.id, {})[message_id] = message
        return message

    def _user_message(
        self, user: FakeUser, chat_id: int | None, date: int | None, **fields: Any
    ) -> FakeMessage:
        chat = self._user_chat(user, chat_id)
        message = self._new_message(chat, user.to_dict(), date=date or self.now(), **fields)
        self._queue_update("message", message.to_dict())
        return message

    def _new_file(self, prefix: str, name: str | None, content: bytes) -> FakeFile:
        number = next(self._ids)
        fake_file = FakeFile(f"{prefix}{number:08d}", f"AgAD{number:06d}", name, content)
        self._files[fake_file.file_id] = fake_file
        return fake_file

    def send_text(
        self,
        user: FakeUser,
        text: str,
        *,
        chat_id: int | None = None,
        date: int | None = None,
        forward_origin: dict[str, Any] | None = None,
    ) -> FakeMessage:
        """The user sends a text message (privately unless chat_id names a group)."""
        entities = []
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command)})
        return self._user_message(
            user, chat_id, date, text=text, entities=entities, forward_origin=forward_origin
        )

    def send_photo(
        self, user: FakeUser, caption: str | None = None, *, chat_id: int | None = None
    ) -> FakeMessage:
        photo = self._new_file("AgACAgIAAxkBAAI", "photo.jpg", b"\xff\xd8\xff fake jpeg")
        sizes = [
            {
                "file_id": f"{photo.file_id}{suffix}",
                "file_unique_id": f"{photo.file_unique_id}{suffix}",
                "width": width,
                "height": height,
                "file_size": width * height // 10,
            }
            for suffix, width, height in (("s", 90, 67), ("m", 320, 240), ("x", 1280, 960))
        ]
        # Each size's id can be sent again, as with Telegram.
        for size in sizes:
            self._files[str(size["file_id"])] = photo
        return self._user_message(
            user, chat_id, None, caption=caption, media={"photo": sizes}, photo_bytes=photo.content
        )

    def send_sticker(self, user: FakeUser, *, chat_id: int | None = None) -> FakeMessage:
        sticker = self._new_file("CAACAgIAAxkBAAI", None, b"RIFF fake webp")
        media = {
            "sticker": {
                "file_id": sticker.file_id,
                "file_unique_id": sticker.file_unique_id,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "\N{THUMBS UP SIGN}",
                "file_size": 20480,
            }
        }
        return self._user_message(user, chat_id, None, media=media)

    def send_voice(self, user: FakeUser, *, chat_id: int | None = None) -> FakeMessage:
        voice = self._new_file("AwACAgIAAxkBAAI", None, b"OggS fake opus")
        media = {
            "voice": {
                "file_id": voice.file_id,
                "file_unique_id": voice.file_unique_id,
                "duration": 3,
                "mime_type": "audio/ogg",
                "file_size": 12345,
            }
        }
        return self._user_message(user, chat_id, None, media=media)

    def send_document(
        self,
        user: FakeUser,
        *,
        file_name: str = "document.pdf",
        content: bytes = b"%PDF-1.4 fake",
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> FakeMessage:
        document = self._new_file("BQACAgIAAxkBAAI", file_name, content)
        media = {
            "document": {
                "file_id": document.file_id,
                "file_unique_id": document.file_unique_id,
                "file_name": file_name,
                "mime_type": "application/octet-stream",
                "file_size": len(content),
            }
        }
        return self._user_message(
            user,
            chat_id,
            None,
            caption=caption,
            media=media,
            document_bytes=content,
            document_name=file_name,
        )

    def send_location(
        self,
        user: FakeUser,
        latitude: float = 52.52,
        longitude: float = 13.405,
        *,
        chat_id: int | None = None,
    ) -> FakeMessage:
        media = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._user_message(user, chat_id, None, media=media)

    def edit_text(self, user: FakeUser, message: FakeMessage, new_text: str) -> FakeMessage:
        """The user edits one of their text messages; queues an edited_message update."""
        if message.from_bot or message.sender["id"] != user.id or message.text is None:
            raise AssertionError("users can only edit their own text messages")
        if message.deleted:
            raise AssertionError(f"message {message.message_id} is deleted")
        message.edits.append(message.text)
        message.text = new_text
        message.edit_date = self.now()
        self._queue_update("edited_message", message.to_dict())
        return message

    def press(self, user: FakeUser, message: FakeMessage, button_text_or_data: str) -> str:
        """Press an inline button (by text or callback_data); returns the callback query id."""
        if message.deleted:
            raise AssertionError(f"message {message.message_id} is deleted")
        button = message.find_button(button_text_or_data)
        if button is None or "callback_data" not in button:
            raise AssertionError(
                f"no callback button {button_text_or_data!r} on message {message.message_id}; "
                f"buttons: {message.buttons}"
            )
        chat = self._user_chat(user, message.chat.id)
        return self._queue_callback(user, chat, message, button["callback_data"])

    def press_data(
        self, user: FakeUser, message_id: int, data: str, chat_id: int | None = None
    ) -> str:
        """Send a callback query with arbitrary (possibly forged) data for a message id."""
        chat = self._user_chat(user, chat_id)
        message = self._messages.get(chat.id, {}).get(message_id)
        return self._queue_callback(user, chat, message, data, message_id)

    def _queue_callback(
        self,
        user: FakeUser,
        chat: FakeChat,
        message: FakeMessage | None,
        data: str,
        message_id: int | None = None,
    ) -> str:
        query_id = str(4242000000000000000 + next(self._ids))
        if message is not None and not message.deleted:
            message_json = message.to_dict()
        else:
            # Telegram sends an InaccessibleMessage (date 0) for messages the bot can't see.
            message_json = {"chat": chat.to_dict(), "message_id": message_id, "date": 0}
        payload = {
            "id": query_id,
            "from": user.to_dict(),
            "message": message_json,
            "chat_instance": str(abs(chat.id) * 7919 + 1),
            "data": data,
        }
        self.callback_answers[query_id] = None
        self._queue_update("callback_query", payload)
        return query_id

    def _answer_callback_query(self, p: _Params) -> bool:
        query_id = p.text("callback_query_id") or ""
        if query_id not in self.callback_answers or self.callback_answers[query_id] is not None:
            raise _bad_request(_QUERY_TOO_OLD)
        self.callback_answers[query_id] = {
            "text": p.text("text"),
            "show_alert": p.flag("show_alert"),
        }
        return True

    def unanswered_callbacks(self) -> list[str]:
        return [qid for qid, answer in self.callback_answers.items() if answer is None]

    # ----------------------------------------------------------------- reading

    def all_messages(self, chat_id: int, include_deleted: bool = True) -> list[FakeMessage]:
        return [
            message
            for message in self._messages.get(chat_id, {}).values()
            if include_deleted or not message.deleted
        ]

    def messages(self, chat_id: int) -> list[FakeMessage]:
        """Visible messages of a chat in both directions, oldest first."""
        return self.all_messages(chat_id, include_deleted=False)

    def bot_messages(self, chat_id: int) -> list[FakeMessage]:
        return [message for message in self.messages(chat_id) if message.from_bot]

    def last_bot_message(self, chat_id: int) -> FakeMessage:
        messages = self.bot_messages(chat_id)
        if not messages:
            raise AssertionError(f"no bot messages in chat {chat_id}; {self.describe_recent()}")
        return messages[-1]

    def count_errors(self, status: int) -> int:
        return sum(1 for call in self.calls if call.status == status)

    def commands(
        self, scope_type: str = "default", chat_id: int | None = None, language_code: str = ""
    ) -> list[str]:
        """Names of the commands set for a scope and language."""
        menu = self.command_menu(scope_type, chat_id, language_code)
        return [command["command"] for command in menu]

    def command_menu(
        self, scope_type: str = "default", chat_id: int | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The commands (name and description) set for a scope and language."""
        return list(self._commands.get((scope_type, chat_id, None, language_code), []))

    def menu_for(self, user_id: int, language_code: str = "") -> list[dict[str, str]]:
        """The command menu a user sees in her private chat: her own scope if the bot set one,
        else the one for all private chats, else the default (as Telegram picks)."""
        for scope_type, chat_id in (("chat", user_id), ("all_private_chats", None)):
            menu = self.command_menu(scope_type, chat_id, language_code)
            if menu:
                return menu
        return self.command_menu("default", None, language_code)

    # ----------------------------------------------------------------- commands, settings

    def _command_key(self, p: _Params) -> tuple[str, int | None, int | None, str]:
        scope = p.json("scope") or {"type": "default"}
        chat_id = scope.get("chat_id")
        return (
            scope.get("type", "default"),
            None if chat_id is None else int(chat_id),
            scope.get("user_id"),
            p.text("language_code") or "",
        )

    def _set_my_commands(self, p: _Params) -> bool:
        commands = p.json("commands")
        if not isinstance(commands, list):
            raise _bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        stored = [{"command": c["command"], "description": c["description"]} for c in commands]
        self._commands[self._command_key(p)] = stored
        return True

    def _get_my_commands(self, p: _Params) -> list[dict[str, str]]:
        return self._commands.get(self._command_key(p), [])

    def _delete_my_commands(self, p: _Params) -> bool:
        self._commands.pop(self._command_key(p), None)
        return True

    def _set_description(self, kind: str, limit: int) -> Callable[[_Params], bool]:
        def setter(p: _Params) -> bool:
            text = p.text(kind) or ""
            if len(text) > limit:
                raise _bad_request(f"{kind.replace('_', ' ')} is too long")
            self.descriptions[(kind, p.text("language_code") or "")] = text
            return True

        return setter

    # ----------------------------------------------------------------- sending

    def _parse(self, p: _Params, name: str, entities_name: str) -> ParsedText:
        """Plain text and entities of a text/caption parameter, stripped like Telegram does."""
        raw = p.text(name) or ""
        parse_mode = (p.text("parse_mode") or "").lower()
        if parse_mode == "html":
            try:
                parsed = parse_html(raw)
            except HtmlError as error:
                raise _bad_request(f"can't parse entities: {error}") from None
        elif parse_mode:
            raise _bad_request("unsupported parse_mode")
        else:
            parsed = ParsedText(raw, p.json(entities_name) or [])
        stripped = parsed.text.strip()
        shift = utf16_len(parsed.text) - utf16_len(parsed.text.lstrip())
        size = utf16_len(stripped)
        entities = []
        for entity in parsed.entities:
            start = max(0, entity["offset"] - shift)
            end = min(size, entity["offset"] + entity["length"] - shift)
            if end > start:
                entities.append(entity | {"offset": start, "length": end - start})
        return ParsedText(stripped, entities)

    def _parse_text(self, p: _Params) -> ParsedText:
        parsed = self._parse(p, "text", "entities")
        if not parsed.text:
            raise _bad_request("message text is empty")
        if len(parsed.text) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        return parsed

    def _parse_markup(self, p: _Params) -> dict[str, Any] | None:
        error = "can't parse reply keyboard markup JSON object"
        markup = p.json("reply_markup", error)
        if markup is None:
            return None
        kinds = ("inline_keyboard", "keyboard", "remove_keyboard", "force_reply")
        if not isinstance(markup, dict) or not any(kind in markup for kind in kinds):
            raise _bad_request(error)
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if "text" not in button or len(button) < 2:
                    raise _bad_request(
                        "can't parse inline keyboard button: Text buttons are unallowed in the "
                        "inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
                    raise _bad_request("BUTTON_DATA_INVALID")
        return dict(markup)

    def _reply_to(self, p: _Params, chat: FakeChat) -> FakeMessage | None:
        reply = p.json("reply_parameters")
        if reply is None:
            return None
        target = self._messages.get(chat.id, {}).get(int(reply.get("message_id", 0)))
        if target is None or target.deleted:
            if reply.get("allow_sending_without_reply"):
                return None
            raise _bad_request("message to be replied not found")
        return target

    def _deliver(self, chat: FakeChat, **fields: Any) -> dict[str, Any]:
        """Apply flood control, then store a bot message and return its JSON."""
        now = self.clock()
        if self.rate_limits:
            self._limiter.check(chat.id, now)
            self._limiter.consume(chat.id, now)
        return self._new_message(chat, self.bot_user, date=int(now), **fields).to_dict()

    def _common_fields(self, p: _Params, chat: FakeChat) -> dict[str, Any]:
        return {
            "reply_markup": self._parse_markup(p),
            "reply_to": self._reply_to(p, chat),
            "protect_content": p.flag("protect_content"),
            "disable_notification": p.flag("disable_notification"),
        }

    def _send_message(self, p: _Params) -> dict[str, Any]:
        chat = self._sendable_chat(p.chat_id())
        parsed = self._parse_text(p)
        preview = p.json("link_preview_options") or {}
        return self._deliver(
            chat,
            text=parsed.text,
            html=p.text("text"),
            entities=parsed.entities,
            link_preview_disabled=bool(preview.get("is_disabled"))
            or p.flag("disable_web_page_preview"),
            **self._common_fields(p, chat),
        )

    def _input_file(self, p: _Params, name: str) -> FakeFile:
        value = p.text(name) or ""
        if name in p.files:
            file_name, content = p.files[name]
        elif value.startswith("attach://") and value[9:] in p.files:
            file_name, content = p.files[value[9:]]
        elif value in self._files:
            return self._files[value]
        elif value:
            raise _bad_request("wrong file identifier/HTTP URL specified")
        else:
            raise _bad_request(f"there is no {name} in the request")
        prefix = "AgACAgIAAxkDAAI" if name == "photo" else "BQACAgIAAxkDAAI"
        return self._new_file(prefix, file_name, content)

    def _send_file(self, p: _Params, kind: str) -> dict[str, Any]:
        chat = self._sendable_chat(p.chat_id())
        caption = self._parse(p, "caption", "caption_entities")
        if len(caption.text) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        upload = self._input_file(p, kind)
        fields: dict[str, Any] = {}
        if kind == "photo":
            fields["photo_bytes"] = upload.content
            fields["media"] = {
                "photo": [
                    {
                        "file_id": upload.file_id,
                        "file_unique_id": upload.file_unique_id,
                        "width": 800,
                        "height": 600,
                        "file_size": len(upload.content),
                    }
                ]
            }
        elif kind == "voice":
            fields["media"] = {
                "voice": {
                    "file_id": upload.file_id,
                    "file_unique_id": upload.file_unique_id,
                    "duration": 3,
                    "mime_type": "audio/ogg",
                    "file_size": len(upload.content),
                }
            }
        else:
            fields["document_bytes"] = upload.content
            fields["document_name"] = upload.name
            fields["media"] = {
                "document": {
                    "file_id": upload.file_id,
                    "file_unique_id": upload.file_unique_id,
                    "file_name": upload.name,
                    "file_size": len(upload.content),
                }
            }
        return self._deliver(
            chat,
            caption=caption.text or None,
            caption_html=p.text("caption"),
            caption_entities=caption.entities,
            **fields,
            **self._common_fields(p, chat),
        )

    def _send_chat_action(self, p: _Params) -> bool:
        self._sendable_chat(p.chat_id())
        if p.text("action") not in CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        return True

    # ----------------------------------------------------------------- editing, deleting

    def _message_to_edit(self, p: _Params) -> FakeMessage:
        if p.text("inline_message_id"):
            raise _bad_request("inline messages are not supported by the fake")
        message = self._messages.get(p.chat_id(), {}).get(p.required_int("message_id"))
        if message is None or message.deleted:
            raise _bad_request("message to edit not found")
        if not message.from_bot:
            raise _bad_request("message can't be edited")
        return message

    def _edit_message_text(self, p: _Params) -> dict[str, Any]:
        message = self._message_to_edit(p)
        parsed = self._parse_text(p)
        markup = self._parse_markup(p)
        if message.text is None:
            raise _bad_request("there is no text in the message to edit")
        if (parsed.text, parsed.entities, markup) == (
            message.text,
            message.entities,
            message.reply_markup,
        ):
            raise _bad_request(_NOT_MODIFIED)
        message.edits.append(message.text)
        message.text, message.html, message.entities = parsed.text, p.text("text"), parsed.entities
        # Editing the text without reply_markup removes the inline keyboard, as on Telegram.
        message.reply_markup = markup
        preview = p.json("link_preview_options")
        if preview is not None:
            message.link_preview_disabled = bool(preview.get("is_disabled"))
        message.edit_date = self.now()
        return message.to_dict()

    def _edit_message_reply_markup(self, p: _Params) -> dict[str, Any]:
        message = self._message_to_edit(p)
        markup = self._parse_markup(p)
        if markup == message.reply_markup:
            raise _bad_request(_NOT_MODIFIED)
        message.reply_markup = markup
        message.edit_date = self.now()
        return message.to_dict()

    def _delete_one(self, chat_id: int, message_id: int) -> None:
        message = self._messages.get(chat_id, {}).get(message_id)
        if message is None or message.deleted:
            raise _bad_request("message to delete not found")
        if self.now() - message.date > DELETE_WINDOW_SECONDS:
            raise _bad_request("message can't be deleted for everyone")
        if message.chat.user is None and not message.from_bot and not message.chat.bot_is_admin:
            raise _bad_request("message can't be deleted")
        message.deleted = True

    def _delete_message(self, p: _Params) -> bool:
        self._delete_one(p.chat_id(), p.required_int("message_id"))
        return True

    def _delete_messages(self, p: _Params) -> bool:
        chat_id = p.chat_id()
        message_ids = p.json("message_ids")
        if not isinstance(message_ids, list) or not message_ids:
            raise _bad_request("message identifiers are not specified")
        if len(message_ids) > 100:
            raise _bad_request("too many message identifiers specified")
        for message_id in message_ids:
            try:
                self._delete_one(chat_id, int(message_id))
            except ApiError:
                continue
        return True
