"""Logging that never records the token, women's words or raw Telegram ids."""

from __future__ import annotations

import logging

# These libraries log request URLs (which carry the token) and whole updates at low levels.
_CHATTY = ("httpx", "httpcore", "telegram", "apscheduler", "aiosqlite", "hpack")
_FORMATTER = logging.Formatter()
_LIBRARIES = ("telegram", "httpx", "httpcore", "apscheduler")


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


def setup_logging(level: str, secrets: list[str]) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
