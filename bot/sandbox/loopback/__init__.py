"""Fake Telegram Bot API for tests: in-process request backend, HTTP server, user driver."""

from .core import DEFAULT_TOKEN, ApiError, Call, FakeChat, FakeMessage, FakeTelegram, FakeUser
from .html import HtmlError, ParsedText, parse_html
from .request import FakeRequest
from .server import serve

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "Call",
    "FakeChat",
    "FakeMessage",
    "FakeRequest",
    "FakeTelegram",
    "FakeUser",
    "HtmlError",
    "ParsedText",
    "parse_html",
    "serve",
]
