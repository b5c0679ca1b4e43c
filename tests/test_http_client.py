"""The bot's HTTP client (bot/http.py) against servers on 127.0.0.1: what python-telegram-bot
sends through it arrives as Telegram would read it, and a failure comes back as the error
python-telegram-bot's own client raises for it."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import InvalidToken, NetworkError, TimedOut

from bot.chat_bot import ChatBot
from bot.http import AiohttpRequest
from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, serve


@asynccontextmanager
async def bot_at(
    base_url: str, token: str = DEFAULT_TOKEN, **timeouts: float
) -> AsyncIterator[Bot]:
    bot = ChatBot(
        token,
        base_url=f"{base_url}/bot",
        base_file_url=f"{base_url}/file/bot",
        request=AiohttpRequest(8),
        get_updates_request=AiohttpRequest(1),
    )
    async with bot:
        yield bot


async def test_a_message_with_a_keyboard_arrives_as_sent(fake: FakeTelegram) -> None:
    user = fake.started_user(42)
    async with serve(fake) as base_url, bot_at(base_url) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes & no", callback_data="a:1")]])
        sent = await bot.send_message(
            user.id, "<b>Hello</b> — «ça va?»", parse_mode="HTML", reply_markup=keyboard
        )
    message = fake.last_bot_message(user.id)
    assert message.message_id == sent.message_id
    assert message.text == "Hello — «ça va?»"
    assert message.buttons == ["Yes & no"]
    assert message.button_data == ["a:1"]


async def test_a_file_is_uploaded_whole_with_its_name(fake: FakeTelegram) -> None:
    user = fake.started_user(42)
    content = bytes(range(256)) * 1000
    async with serve(fake) as base_url, bot_at(base_url) as bot:
        await bot.send_document(user.id, content, filename="export.zip", caption="Your data")
    message = fake.last_bot_message(user.id)
    assert message.document_name == "export.zip"
    assert message.document_bytes == content


async def test_a_refused_token_is_the_error_telegram_gives(fake: FakeTelegram) -> None:
    async with serve(fake) as base_url:
        with pytest.raises(InvalidToken):
            async with bot_at(base_url, token="654321:wrong-token-abcdefghijklmnopqrstuvwxyz"):
                pass


Route = Callable[[web.Request], Awaitable[web.Response]]


@asynccontextmanager
async def local_server(routes: dict[str, Route]) -> AsyncIterator[int]:
    """A server on 127.0.0.1 answering each path pattern with its route; yields its port."""
    app = web.Application()
    for path, route in routes.items():
        app.router.add_route("*", path, route)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield int(runner.addresses[0][1])
    finally:
        await runner.cleanup()


@asynccontextmanager
async def silent_server() -> AsyncIterator[str]:
    """A server that takes requests and never answers them (until the test ends)."""
    release = asyncio.Event()

    async def never(_: web.Request) -> web.Response:
        await release.wait()
        return web.json_response({"ok": True, "result": True})

    async with local_server({"/{path:.*}": never}) as port:
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            # The waiting handler ends, so the server can close.
            release.set()


async def test_an_answer_that_never_comes_is_a_timeout() -> None:
    async with silent_server() as base_url:
        request = AiohttpRequest(1, read_timeout=0.2)
        await request.initialize()
        try:
            with pytest.raises(TimedOut):
                await request.post(f"{base_url}/bot1:a/getMe")
        finally:
            await request.shutdown()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_nobody_listening_is_a_network_error_not_a_timeout() -> None:
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{_closed_port()}/bot1:a/getMe")
    finally:
        await request.shutdown()
    assert not isinstance(raised.value, TimedOut)
    assert "aiohttp." in raised.value.message


async def test_a_request_before_initialize_or_after_shutdown_is_refused() -> None:
    request = AiohttpRequest(1)
    with pytest.raises(RuntimeError):
        await request.do_request("http://127.0.0.1:1/bot1:a/getMe", "POST")
    await request.initialize()
    await request.shutdown()
    with pytest.raises(RuntimeError):
        await request.do_request("http://127.0.0.1:1/bot1:a/getMe", "POST")


async def test_a_proxy_from_the_environment_carries_the_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        seen.append(f"{request.host}{request.path}")
        return web.json_response({"ok": True, "result": True})

    # As httpx reads it: ALL_PROXY when no HTTP_PROXY, and no scheme means http://.
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    monkeypatch.delenv("http_proxy", raising=False)
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        async with local_server({"/{path:.*}": proxy}) as port:
            monkeypatch.setenv("ALL_PROXY", f"127.0.0.1:{port}")
            monkeypatch.setenv("NO_PROXY", "direct.invalid")
            assert await request.post("http://api.telegram.invalid/bot1:a/logOut") is True
            with pytest.raises(NetworkError):
                # Not through the proxy: this name resolves nowhere.
                await request.post("http://direct.invalid/bot1:a/logOut")
    finally:
        await request.shutdown()
    assert seen == ["api.telegram.invalid/bot1:a/logOut"]


async def test_a_redirect_is_an_answer_not_an_address_to_follow() -> None:
    async def moved(_: web.Request) -> web.Response:
        raise web.HTTPFound("/elsewhere")

    async def elsewhere(_: web.Request) -> web.Response:
        return web.json_response({"ok": True, "result": True})

    request = AiohttpRequest(1)
    await request.initialize()
    try:
        async with local_server({"/elsewhere": elsewhere, "/{path:.*}": moved}) as port:
            with pytest.raises(NetworkError):
                await request.post(f"http://127.0.0.1:{port}/bot1:a/logOut")
    finally:
        await request.shutdown()


async def test_a_failure_names_neither_the_token_nor_a_proxy_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = "123456:SECRET-token-abcdefghijklmnopqrstuv"
    monkeypatch.setenv("HTTP_PROXY", f"http://sam:pass-word@127.0.0.1:{_closed_port()}")
    request = AiohttpRequest(1)
    await request.initialize()
    messages = []
    try:
        for url in (f"http://api.telegram.invalid/bot{token}/getMe", f"http:/bot{token}/getMe"):
            with pytest.raises(NetworkError) as raised:
                await request.post(url)
            messages.append(raised.value.message)
    finally:
        await request.shutdown()
    assert all(message.startswith("aiohttp.") for message in messages)
    assert not any("SECRET" in message or "pass-word" in message for message in messages)
