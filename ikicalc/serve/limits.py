"""The request-size limit, as ASGI middleware in front of everything else.

A request that announces a larger ``Content-Length`` is refused before its body is read; a
body streamed without one (chunked) is counted as it arrives and refused at the first byte
over the limit. Either way the answer is 413 with the API's error body.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ikicalc.i18n import _

__all__ = ["BodyLimit", "BodyTooLarge", "HttpMiddleware"]


class BodyTooLarge(HTTPException):
    """The request body is larger than the limit (413)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            413, _("the request is larger than the limit of {size}").format(size=_size(limit))
        )


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MiB"
    return f"{limit / 1024:g} KiB" if limit >= 1024 else f"{limit} bytes"


class HttpMiddleware:
    """Pure ASGI middleware that acts on HTTP requests (:meth:`http`) and passes every other
    scope (the lifespan) through as it is."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request (the subclass's work)."""
        raise NotImplementedError


class BodyLimit(HttpMiddleware):
    """Refuse bodies over ``limit_for(path)`` bytes with 413."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]):
        super().__init__(app)
        self.limit_for = limit_for

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse the request when it announces or sends more than its path's limit."""
        limit = self.limit_for(scope["path"])
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    announced = int(value)
                except ValueError:
                    announced = -1
                if announced < 0 or announced > limit:
                    await _refuse(send, limit)
                    return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(
        {
            "error": {
                "message": BodyTooLarge(limit).detail,
                "code": "too_large",
                "line": None,
                "column": None,
                "excerpt": None,
            }
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
