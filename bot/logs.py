"""Logging that never records the token, women's words or raw Telegram ids."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

# These libraries log request URLs (which carry the token) and whole updates at low levels.
_CHATTY = ("httpx", "httpcore", "aiohttp", "telegram", "aiosqlite", "hpack")
_FORMATTER = logging.Formatter()
_LIBRARIES = ("telegram", "httpx", "httpcore", "aiohttp")


class RedactSecrets(logging.Filter):
    """Last line of defence: replace any secret that reaches a log record."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = [secret for secret in secrets if secret]

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self._secrets):
            record.msg, record.args = self._redact(message), None
        if record.exc_info and record.name.startswith(_LIBRARIES):
            # The library's own failures (Telegram unreachable, a retry) are stated in one line;
            # their tracebacks are the library's internals, not something staff can act on.
            error = record.exc_info[1]
            record.msg = self._redact(f"{record.getMessage()} ({type(error).__name__}: {error})")
            record.args, record.exc_info, record.exc_text = None, None, None
        elif record.exc_info:
            # A network error's traceback can quote the request URL, and the URL has the token.
            record.exc_text = self._redact(_FORMATTER.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True


# A line that repeats (the same words, whatever its numbers) is written at most this often.
REPEAT_WINDOW_SECONDS = 60.0
# `extra=KEEP` on a line that must never be folded into a summary (a change of state).
KEEP = {"keep": True}


class SummariseRepeats(logging.Filter):
    """Warnings and errors that repeat are written once a window, the next one saying how many
    like it were left out: an outage or a flood of retries must not bury the log."""

    def __init__(
        self,
        window: float = REPEAT_WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._window = window
        self._clock = clock
        # (logger, level, the line before its values are filled in) -> (window start, left out)
        self._seen: dict[tuple[str, int, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING or getattr(record, "keep", False):
            return True
        key = (record.name, record.levelno, str(record.msg))
        now = self._clock()
        started, left_out = self._seen.get(key, (None, 0))
        if started is not None and now - started < self._window:
            self._seen[key] = (started, left_out + 1)
            return False
        self._seen[key] = (now, 0)
        if left_out and started is not None:
            note = f" (and {left_out} more like this in the last {now - started:.0f} s)"
            record.msg, record.args = record.getMessage() + note, None
        return True


def setup_logging(level: str, secrets: list[str]) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # Repeats are counted by the line as written in the code, before any value is filled in.
    handler.addFilter(SummariseRepeats())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
