"""The ASGI application: :func:`create_app`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import Message, Receive, Scope, Send

from ikicalc.i18n import N_, Language, _, language, translate
from ikicalc.serve.docs import docs_page
from ikicalc.serve.limits import BodyLimit, HttpMiddleware
from ikicalc.serve.pool import WorkerPool
from ikicalc.serve.problems import ServeError, problem
from ikicalc.serve.routes import api
from ikicalc.serve.settings import ServeSettings

__all__ = ["create_app"]

_MEDIA = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; frame-ancestors 'none'"
    ),
}


class SecurityHeaders(HttpMiddleware):
    """Adds :data:`_SECURITY_HEADERS` to every response (pure ASGI: the request body stays
    a plain stream, so the size limit's error reaches the handlers as it is)."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the request with the headers set where the handler left them unset."""

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


def asked_language(bahasa: str | None, accept_language: str | None) -> Language:
    """The language a request asks for: ``?bahasa=id|en``, else the first of Indonesian and
    English in its ``Accept-Language`` header (by weight), else English."""
    from ikicalc.i18n import LANGUAGES

    if bahasa:
        key = bahasa.strip().lower()[:2]
        if key in LANGUAGES:
            return "id" if key == "id" else "en"
    ranked: list[tuple[float, int, Language]] = []
    for index, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _sep, params = part.strip().partition(";")
        key = tag.strip().lower()[:2]
        if key not in LANGUAGES:
            continue
        weight = 1.0
        for param in params.split(";"):
            name, _eq, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if weight > 0:
            ranked.append((-weight, index, "id" if key == "id" else "en"))
    return min(ranked)[2] if ranked else "en"


class Speaking(HttpMiddleware):
    """Builds each request's messages in the language it asks for (:func:`asked_language`):
    the API's errors, and the results of the worker that computes them."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the request in the language it asks for."""
        from urllib.parse import parse_qs

        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        bahasa = (query.get("bahasa") or [None])[0]
        header = dict(scope.get("headers") or []).get(b"accept-language", b"").decode("latin-1")
        with language(asked_language(bahasa, header)):
            await self.app(scope, receive, send)


def _static_files() -> dict[str, tuple[bytes, str]]:
    """Every file of ``ikicalc/serve/static``, read once: a request only picks a name."""
    found: dict[str, tuple[bytes, str]] = {}
    root = resources.files("ikicalc.serve") / "static"
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            name = prefix + entry.name
            if entry.is_dir():
                stack.append((entry, name + "/"))
                continue
            suffix = "." + entry.name.rsplit(".", 1)[-1]
            if suffix in _MEDIA:
                found[name] = (entry.read_bytes(), _MEDIA[suffix])
    return found


# Starlette's words for its own errors, in the catalogue
_HTTP_DETAILS = {
    "Not Found": N_("Not Found"),
    "Method Not Allowed": N_("Method Not Allowed"),
}


def _error(payload: dict[str, Any], status: int) -> JSONResponse:
    body = {key: payload.get(key) for key in ("message", "code", "line", "column", "excerpt")}
    return JSONResponse({"error": body}, status_code=status)


def _validation_message(error: RequestValidationError) -> str:
    from ikicalc.documents.load import field_message

    parts = []
    for item in error.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {field_message(item)}")
    return _("the request does not follow the schema (see /docs): {problems}").format(
        problems="; ".join(parts)
    )


def create_app(settings: ServeSettings | None = None) -> FastAPI:
    """The ikicalc HTTP API and web page, bounded by ``settings`` (see :class:`ServeSettings`).

    The worker processes start with the application (its lifespan) and stop with it.
    """
    settings = settings or ServeSettings()
    pool = WorkerPool(
        settings.workers, settings.time_limit, settings.queue_timeout, settings.memory_limit_bytes
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    from ikicalc import __version__

    app = FastAPI(
        title="ikicalc",
        version=__version__,
        summary="Read, check and evaluate the formulas of IKI/IKU documents, exactly.",
        description=(
            "Errors: 400 the input cannot be read, 422 read but cannot be computed (or the time "
            'limit), 413 too large, 503 busy; body `{"error": {"message", "code", "line", '
            '"column", "excerpt"}}`. Numbers are returned as text, exactly. Messages (and '
            "reports) are in English, or in Indonesian with `?bahasa=id` or an "
            "`Accept-Language: id` header."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.settings = settings
    app.include_router(api)

    @app.exception_handler(ServeError)
    async def serve_error(request: Request, exc: ServeError) -> JSONResponse:
        return _error(dict(exc.problem), exc.problem["status"])

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(dict(problem(400, "invalid_request", _validation_message(exc))), 400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        code = codes.get(exc.status_code, f"http_{exc.status_code}")
        detail = _HTTP_DETAILS.get(str(exc.detail))
        message = str(exc.detail) if detail is None else translate(detail)
        return _error(dict(problem(exc.status_code, code, message)), exc.status_code)

    static = _static_files()
    page = static.get("index.html", (b"", ""))[0]

    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page)

    @app.get("/static/{name:path}", include_in_schema=False)
    async def static_file(name: str) -> Response:
        found = static.get(name)
        if found is None:
            raise HTTPException(404, _("no static file {name}").format(name=repr(name)))
        return Response(
            found[0], media_type=found[1], headers={"Cache-Control": "public, max-age=3600"}
        )

    @app.get("/health")
    async def health() -> dict[str, str]:
        """``{"status": "ok"}`` while the service runs."""
        return {"status": "ok"}

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(docs_page(app.openapi()))

    def limit_for(path: str) -> int:
        if path.startswith("/api/report"):
            return settings.max_upload_bytes
        return settings.max_body_bytes

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
        )

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit_for=limit_for)
    app.add_middleware(Speaking)  # outermost: every message of the request in its language
    return app
