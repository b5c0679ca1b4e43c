"""Webhook mode: Telegram posts each update to the bot's own small HTTP server.

python-telegram-bot's `run_webhook` answers 200 as soon as an update is queued in memory, so a
crash loses it. This server answers 200 only once the intake has held the update in the
database (bot/intake.py); until then Telegram keeps the update and sends it again. From there
it is processed exactly as in polling mode.

It is served with aiohttp, which the sandbox already needs at run time; python-telegram-bot's
own webhook server (tornado, an optional extra) cannot wait for the processing.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from aiohttp import web
from telegram.error import BadRequest

from bot.app import ALLOWED_UPDATES, BotApp, serving, start_menus
from bot.config import Settings
from bot.intake import Intake

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"


class WebhookError(Exception):
    """Webhook mode cannot start; the message is one line fit for a person."""


class WebhookServer:
    """Checks the secret, holds each update durably before answering, and reports health."""

    def __init__(self, app: BotApp, intake: Intake, secret: str) -> None:
        self._app = app
        self._intake = intake
        self._secret = secret.encode()
        self.refused = 0

    def _has_secret(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode()
        return hmac.compare_digest(given, self._secret)

    async def update(self, request: web.Request) -> web.Response:
        if not self._has_secret(request):
            self.refused += 1
            if self.refused == 1:
                # Once: whoever sends these could fill the log. The count is logged at the end.
                log.warning("refused a webhook request without the right secret token")
            return web.Response(status=403)
        try:
            data = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.Response(status=400)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.Response(status=400)
        # Returns once the update is committed to the inbox (a redelivery is recognised there).
        # If it fails, aiohttp answers 500 and Telegram sends the update again later.
        await self._intake.accept([data])
        return web.Response(status=200)

    async def health(self, request: web.Request) -> web.Response:
        runtime = self._app.bot_data.runtime
        healthy = self._app.running and runtime is not None and await runtime.db.ping()
        return web.json_response(
            {"status": "ok" if healthy else "unavailable"}, status=200 if healthy else 503
        )

    @asynccontextmanager
    async def serving(self, path: str, host: str, port: int) -> AsyncIterator[None]:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_post(path, self.update)
        app.router.add_get(HEALTH_PATH, self.health)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=10.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as error:
            await runner.cleanup()
            raise WebhookError(
                f"the webhook server cannot listen on {host}:{port} ({error.strerror or error})."
                " Check WEBHOOK_LISTEN and WEBHOOK_PORT"
            ) from None
        try:
            yield
        finally:
            # Requests already being processed finish (and are answered) before this returns.
            await runner.cleanup()
            if self.refused > 1:
                log.warning("refused %d webhook requests in all (wrong secret)", self.refused)


def webhook_path(url: str) -> str:
    return urlsplit(url).path or "/"


async def run_webhook(app: BotApp, settings: Settings) -> None:
    """Serve the webhook until SIGINT or SIGTERM. The webhook stays set while the bot is
    stopped, so Telegram holds the updates of a restart and delivers them afterwards."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await _serve_webhook(app, settings, stop)
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)


async def _serve_webhook(app: BotApp, settings: Settings, stop: asyncio.Event) -> None:
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    # The listener closes first (requests in flight are answered), then the intake drains.
    async with serving(app) as intake:
        server = WebhookServer(app, intake, secret)
        path = webhook_path(settings.webhook_url)
        async with server.serving(path, settings.webhook_listen, settings.webhook_port):
            try:
                await app.bot.set_webhook(
                    settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
                )
            except BadRequest as error:
                raise WebhookError(
                    f"Telegram refused WEBHOOK_URL ({error.message}). It must be a public https"
                    " address on port 443, 80, 88 or 8443"
                ) from None
            start_menus(app)
            log.info(
                "webhook mode: listening on %s:%d", settings.webhook_listen, settings.webhook_port
            )
            await stop.wait()
