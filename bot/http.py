"""The bot's connection to the Bot API: python-telegram-bot's request interface on aiohttp.

python-telegram-bot sends its requests through a `BaseRequest`; its own, `HTTPXRequest`, uses
httpx, which here took about 2.5 ms of CPU for each request where aiohttp took about 0.4 ms
(the same small sendMessage, eight at a time, to a server on 127.0.0.1). Every reply is such a
request, so under load the client was the larger part of the bot's own work; aiohttp was
already among the bot's libraries (the webhook and the sandbox run on it).

Everything above this class is python-telegram-bot's as before: what is sent, how an answer
is read, 429s and errors (`BaseRequest` turns the status and body returned here into results
and exceptions). What this class must do the same way: the same form encoding (form fields,
multipart when a file goes with them), the same timeouts, and failures raised as
`TimedOut` (a timeout) or `NetworkError` (anything else that kept the request from an answer).
"""

from __future__ import annotations

import ssl
import urllib.parse
import urllib.request
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """A pool of up to `connection_pool_size` connections to the Bot API.

    The timeouts mean what they mean for `HTTPXRequest`: waiting for a free connection
    (`pool_timeout`), opening one (`connect_timeout`), between parts of the answer
    (`read_timeout`), and, as aiohttp cannot time the sending alone, the whole request is
    bounded by their sum with the sending's (`write_timeout`, or `media_write_timeout` for a
    request that uploads a file). A proxy comes from the environment (HTTPS_PROXY, NO_PROXY),
    as httpx reads it.
    """

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool_size",
        "_pool_timeout",
        "_proxies",
        "_read_timeout",
        "_session",
        "_ssl",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._ssl = ssl_context
        self._session: aiohttp.ClientSession | None = None
        # The proxy for each scheme and host asked for, read from the environment once.
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        # Made here, not in __init__: a session belongs to the event loop that runs it.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(
                    limit=self._pool_size,
                    limit_per_host=0,
                    ssl=self._ssl if self._ssl is not None else True,
                ),
                headers={"User-Agent": self.USER_AGENT},
                # Not aiohttp's trust_env: it reads the environment and ~/.netrc again for
                # every request, in a thread, which cost more than the request itself.
                trust_env=False,
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

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
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        uploads = request_data is not None and request_data.contains_files
        timeout = self._timeout(
            _given(read_timeout, self._read_timeout),
            _given(write_timeout, self._media_write_timeout if uploads else self._write_timeout),
            _given(connect_timeout, self._connect_timeout),
            _given(pool_timeout, self._pool_timeout),
        )
        try:
            async with session.request(
                method, url, data=_body(request_data), timeout=timeout, proxy=self._proxy(url)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            # aiohttp's own timeouts are TimeoutErrors too (ServerTimeoutError and the like).
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # The class name says what failed when the message is empty.
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _proxy(self, url: str) -> str | None:
        parts = urllib.parse.urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            proxy = urllib.request.getproxies_environment().get(parts.scheme)
            bypass = urllib.request.proxy_bypass(parts.netloc)
            self._proxies[key] = None if bypass else proxy
        return self._proxies[key]

    @staticmethod
    def _timeout(
        read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        phases = (read, write, connect, pool)
        return aiohttp.ClientTimeout(
            total=None if None in phases else sum(p for p in phases if p is not None),
            # aiohttp's `connect` is waiting for a pooled connection and opening one.
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            sock_read=read,
        )


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def _body(request_data: RequestData | None) -> Any:
    """Form fields, as httpx sends them: urlencoded, or multipart with files."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    if not request_data.contains_files:
        return fields
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (file_name, content, mime_type) in request_data.multipart_data.items():
        form.add_field(name, content, filename=file_name, content_type=mime_type)
    return form
