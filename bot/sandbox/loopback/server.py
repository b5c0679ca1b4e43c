"""An aiohttp server on 127.0.0.1 exposing a FakeTelegram as a Bot API endpoint, which also
delivers updates to a webhook the bot set, as Telegram does."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from .core import FakeTelegram
from .request import NOT_FOUND

_FAKE_KEY = web.AppKey("fake", FakeTelegram)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram tries again after a failed delivery; here soon, so tests need not wait long.
RETRY_SECONDS = 0.5
DELIVERY_TIMEOUT = 60.0
WEBHOOK_LOOK_SECONDS = 0.2


def _as_text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


async def _read_params(
    request: web.Request,
) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """Query string plus form, multipart or JSON body, as string fields and files."""
    params = dict(request.query)
    files: dict[str, tuple[str, bytes]] = {}
    if request.content_type == "application/json":
        body = await request.json()
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="JSON body must be an object")
        params.update({name: _as_text(value) for name, value in body.items()})
    elif request.can_read_body:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[name] = (value.filename, value.file.read())
            else:
                params[name] = _as_text(value)
    return params, files


async def _bot_method(request: web.Request) -> web.Response:
    params, files = await _read_params(request)
    fake = request.app[_FAKE_KEY]
    status, body = await fake.handle(
        request.match_info["token"], request.match_info["method"], params, files
    )
    return web.json_response(body, status=status)


async def _file(request: web.Request) -> web.Response:
    status, body = NOT_FOUND
    return web.json_response(body, status=status)


async def _deliver_to_webhook(fake: FakeTelegram) -> None:
    """Post each pending update, oldest first and one at a time, to the webhook while one is
    set; an update stays pending until the bot answers it with 2xx."""
    async with ClientSession(timeout=ClientTimeout(total=DELIVERY_TIMEOUT)) as session:
        while True:
            if fake.webhook is None:
                # Most runs poll and never set one: look now and then rather than wake on
                # every call the bot makes.
                await asyncio.sleep(WEBHOOK_LOOK_SECONDS)
                continue
            update = fake.next_webhook_update()
            if update is None:
                await fake.wait_change(5.0)
                continue
            headers = {}
            if fake.webhook.secret_token is not None:
                headers[SECRET_HEADER] = fake.webhook.secret_token
            status: int | None = None
            error: str | None = None
            try:
                async with session.post(fake.webhook.url, json=update, headers=headers) as answer:
                    status = answer.status
                    error = f"Wrong response from the webhook: {answer.status} {answer.reason}"
            except (ClientError, TimeoutError) as failure:
                error = f"Connection failed: {type(failure).__name__}"
            fake.webhook_answered(update["update_id"], status, error)
            if status is None or not 200 <= status < 300:
                await asyncio.sleep(RETRY_SECONDS)


@asynccontextmanager
async def serve(fake: FakeTelegram) -> AsyncIterator[str]:
    """Run the fake on a free port of 127.0.0.1 in the current loop; yields the base URL."""
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[_FAKE_KEY] = fake
    app.router.add_route("*", "/bot{token}/{method}", _bot_method)
    app.router.add_route("*", "/file/bot{token}/{path:.*}", _file)
    # Cancelling the handler when a client hangs up ends an abandoned long poll, so it
    # neither conflicts with the bot's next getUpdates nor is recorded as a call.
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    delivery = asyncio.create_task(_deliver_to_webhook(fake))
    try:
        yield f"http://{host}:{port}"
    finally:
        delivery.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await delivery
        # A bot's pending long poll would otherwise hold the shutdown for its whole timeout.
        fake.release_long_polls()
        await runner.cleanup()
