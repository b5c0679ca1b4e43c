"""The sandbox's web chat page: every person's chat with the bot, side by side, on 127.0.0.1.

The page reads the loopback server's state (long polling `/api/state`) and acts as the people
do: it types, presses buttons and moves the shared clock forward.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.sandbox.loopback import FakeMessage, FakeTelegram

PAGE = Path(__file__).with_name("page.html")
# How long a page's request for news waits before answering "nothing new".
LONG_POLL_SECONDS = 20.0
# How long a press waits for the bot's answer to the button (the little notice on top).
ANSWER_SECONDS = 10.0
LONGEST_JUMP = 30 * 24 * 3600


@dataclass(frozen=True, slots=True)
class Person:
    """A column on the page: a woman, the staff member, or the staff group (a negative id)."""

    id: int
    name: str
    role: str  # woman | staff | group


@dataclass(frozen=True, slots=True)
class Page:
    """The sandbox page's world: the loopback server, the people shown side by side, and the time
    zone its clock is read in."""

    fake: FakeTelegram
    people: tuple[Person, ...]
    zone: ZoneInfo

    @property
    def staff(self) -> Person:
        return next(person for person in self.people if person.role == "staff")

    def writer(self, chat_id: int) -> int:
        """Who types in a column: the woman herself, or the staff member in her group."""
        person = next((p for p in self.people if p.id == chat_id), None)
        if person is None:
            raise web.HTTPNotFound(text="no such chat")
        return self.staff.id if person.role == "group" else person.id


_PAGE_KEY = web.AppKey("page", Page)


def _message_json(message: FakeMessage, zone: ZoneInfo) -> dict[str, Any]:
    kind = next(iter(message.media), "text")
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    reply = message.reply_to
    return {
        "id": message.message_id,
        "bot": message.from_bot,
        "sender": message.sender.get("first_name", ""),
        "kind": kind,
        "text": message.text if message.text is not None else message.caption or "",
        "entities": message.entities if message.text is not None else message.caption_entities,
        "file": message.document_name if kind == "document" else None,
        "buttons": [
            [{"text": b["text"], "data": b.get("callback_data"), "url": b.get("url")} for b in row]
            for row in rows
        ],
        "edited": message.edit_date is not None,
        "time": datetime.fromtimestamp(message.date, zone).strftime("%H:%M"),
        "reply": None
        if reply is None or reply.deleted
        else {"sender": reply.sender.get("first_name", ""), "text": reply.text or reply.caption},
    }


def state(page: Page) -> dict[str, Any]:
    """Everything the page shows: the clock, the people, and each chat as Telegram shows it
    (deleted messages gone, edited ones in their latest form)."""
    fake = page.fake
    return {
        "version": fake.version,
        "now": datetime.fromtimestamp(fake.now(), page.zone).strftime("%a %d %b %Y, %H:%M"),
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "menu": fake.menu_for(p.id) if p.role != "group" else [],
            }
            for p in page.people
        ],
        "chats": {
            str(p.id): [_message_json(m, page.zone) for m in fake.messages(p.id)]
            for p in page.people
        },
    }


async def _index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(PAGE, headers={"Cache-Control": "no-store"})


async def _state(request: web.Request) -> web.Response:
    page = request.app[_PAGE_KEY]
    after = int(request.query.get("after", "-1"))
    if page.fake.version <= after:
        await page.fake.wait_change(LONG_POLL_SECONDS)
    return web.json_response(state(page))


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="a JSON body is expected") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="a JSON object is expected")
    return body


async def _send(request: web.Request) -> web.Response:
    page = request.app[_PAGE_KEY]
    body = await _body(request)
    chat_id = int(body["chat"])
    text = str(body.get("text", "")).strip()
    if not text:
        raise web.HTTPBadRequest(text="nothing to send")
    writer = page.fake.user(page.writer(chat_id))
    page.fake.send_text(writer, text, chat_id=chat_id)
    return web.json_response({"ok": True})


async def _press(request: web.Request) -> web.Response:
    page = request.app[_PAGE_KEY]
    body = await _body(request)
    chat_id = int(body["chat"])
    writer = page.fake.user(page.writer(chat_id))
    message = next(
        (m for m in page.fake.messages(chat_id) if m.message_id == int(body["message"])), None
    )
    if message is None or message.find_button(str(body["data"])) is None:
        raise web.HTTPConflict(text="that message or button is gone")
    query_id = page.fake.press(writer, message, str(body["data"]))
    try:
        answer = await page.fake.wait_for(
            lambda: page.fake.callback_answers.get(query_id), ANSWER_SECONDS
        )
    except AssertionError:
        answer = None
    return web.json_response({"answer": answer})


async def _clock(request: web.Request) -> web.Response:
    page = request.app[_PAGE_KEY]
    seconds = int((await _body(request))["seconds"])
    if not 0 < seconds <= LONGEST_JUMP:
        raise web.HTTPBadRequest(text="the clock only moves forward, at most 30 days at a time")
    page.fake.advance(seconds)
    return web.json_response({"ok": True})


async def _file(request: web.Request) -> web.Response:
    page = request.app[_PAGE_KEY]
    chat_id, message_id = int(request.match_info["chat"]), int(request.match_info["message"])
    message = next((m for m in page.fake.messages(chat_id) if m.message_id == message_id), None)
    if message is None:
        raise web.HTTPNotFound()
    if message.photo_bytes is not None:
        return web.Response(body=message.photo_bytes, content_type="image/png")
    if message.document_bytes is not None:
        name = (message.document_name or "file").replace('"', "")
        return web.Response(
            body=message.document_bytes,
            content_type="application/octet-stream",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    raise web.HTTPNotFound()


@asynccontextmanager
async def serve_page(
    fake: FakeTelegram, people: tuple[Person, ...], zone: ZoneInfo, host: str, port: int
) -> AsyncIterator[str]:
    """Serve the page on host:port (0 for any free port); yields its address."""
    app = web.Application()
    app[_PAGE_KEY] = Page(fake, people, zone)
    app.router.add_get("/", _index)
    app.router.add_get("/api/state", _state)
    app.router.add_post("/api/send", _send)
    app.router.add_post("/api/press", _press)
    app.router.add_post("/api/clock", _clock)
    app.router.add_get("/api/file/{chat}/{message}", _file)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound_host, bound_port = runner.addresses[0][:2]
    try:
        yield f"http://{bound_host}:{bound_port}/"
    finally:
        await runner.cleanup()
