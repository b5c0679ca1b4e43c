"""A python-telegram-bot request backend that answers the bot's calls from a FakeTelegram."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from .core import FakeTelegram

NOT_FOUND = (404, {"ok": False, "error_code": 404, "description": "Not Found"})


def split_bot_path(path: str) -> tuple[str, str] | None:
    """Token and method of a '.../bot<token>/<method>' path, None for anything else."""
    parts = path.rstrip("/").split("/")
    if len(parts) < 2 or not parts[-2].startswith("bot") or "file" in parts[:-2]:
        return None
    return parts[-2][3:], parts[-1]


def encode_body(body: dict[str, object]) -> bytes:
    return json.dumps(body).encode()


class FakeRequest(BaseRequest):
    """Routes Bot API calls straight into a FakeTelegram, encoded like HTTPXRequest does."""

    def __init__(self, fake: FakeTelegram, read_timeout: float | None = 5.0) -> None:
        self.fake = fake
        self._read_timeout = read_timeout
        # Seconds spent answering (what Telegram's own machines do), for the benchmark to
        # leave out of the bot's time. getUpdates, which may wait, is not counted.
        self.answering = 0.0

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to set up: there is no connection."""

    async def shutdown(self) -> None:
        """Nothing to release: there is no connection."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        target = split_bot_path(urlsplit(url).path)
        if target is None:
            status, body = NOT_FOUND
            return status, encode_body(body)
        params: dict[str, str] = {}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data is not None:
            # The same shape HTTPXRequest puts on the wire: string form fields plus files.
            params = request_data.json_parameters
            for name, (file_name, content, _mime) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                files[name] = (file_name, data)
        started = time.perf_counter()
        status, body = await self.fake.handle(*target, params, files)
        encoded = encode_body(body)
        if target[1].lower() != "getupdates":
            self.answering += time.perf_counter() - started
        return status, encoded
