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

import functools
import ssl
import urllib.parse
import urllib.request
from typing import Any

import aiohttp
import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """A pool of up to `connection_pool_size` connections to the Bot API.

    The timeouts are `HTTPXRequest`'s, as far as aiohttp can keep them: between parts of the
    answer (`read_timeout`); waiting for a free connection and opening one, together
    (`pool_timeout` + `connect_timeout`: aiohttp cannot time the wait alone, so a request
    that never got a connection is a plain `TimedOut`); and, as aiohttp cannot time the
    sending alone either, the whole request is bounded by the sum of all of them with the
    sending's (`write_timeout`, or `media_write_timeout` for a request that uploads a file).
    A proxy comes from the environment as httpx reads it (HTTPS_PROXY, ALL_PROXY, NO_PROXY).
    The certificate authorities are certifi's unless `ssl_context` says otherwise.
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
                    ssl=self._ssl if self._ssl is not None else default_tls(),
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
                method,
                url,
                data=_body(request_data),
                timeout=timeout,
                proxy=self._proxy(url),
                # As httpx: a redirect is an answer, not an address to follow (a captive
                # portal's page is no Bot API answer; an upload is never sent elsewhere).
                allow_redirects=False,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            # aiohttp's own timeouts are TimeoutErrors too (ServerTimeoutError and the like).
            raise TimedOut from error
        except (aiohttp.ClientError, ValueError) as error:
            raise NetworkError(_what_failed(error)) from error

    def _proxy(self, url: str) -> str | None:
        parts = urllib.parse.urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            # As httpx reads them: HTTPS_PROXY (or HTTP_PROXY), else ALL_PROXY; NO_PROXY; a
            # proxy written without a scheme is an http:// one.
            proxies = urllib.request.getproxies_environment()
            proxy = proxies.get(parts.scheme) or proxies.get("all")
            if proxy and "://" not in proxy:
                proxy = f"http://{proxy}"
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


@functools.cache
def default_tls() -> ssl.SSLContext:
    """The TLS setup python-telegram-bot's own client uses (httpx's: certifi's authorities),
    made once for every pool: reading the authorities takes a noticeable part of the start."""
    return httpx.create_ssl_context()


def _what_failed(error: Exception) -> str:
    """What went wrong, in words that cannot carry the token or a proxy's password: some of
    aiohttp's messages quote the whole address (the token is in its path), or the proxy's."""
    detail = ""
    if isinstance(error, aiohttp.ClientConnectorError):
        detail = f": {error.os_error.strerror or type(error.os_error).__name__}"
    elif isinstance(error, aiohttp.ClientResponseError):
        detail = f": {error.status} {error.message}"
    return f"aiohttp.{type(error).__name__}{detail}"


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
