"""``ikicalc serve``: the HTTP service."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ikicalc.cli.app import (
    EXIT_UNREADABLE,
    app,
    err,
    fail,
)
from ikicalc.errors import IkiError
from ikicalc.i18n import _


@app.command("serve")
def serve_command(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes for the computations (default: CPUs).")
    ] = None,
    time_limit: Annotated[
        float, typer.Option(help="Seconds of computation one request may use.")
    ] = 10.0,
    max_upload_mb: Annotated[
        float, typer.Option(help="Largest /api/report upload (document + data), in MiB.")
    ] = 16.0,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(help="Allow browser calls from this origin (e.g. https://sakip.example). "
                     "Repeat. Default: none (CORS off)."),
    ] = None,
) -> None:
    """Serve the HTTP API (/api/…, documented at /docs) and the web page (/).

    Needs the serve extra (fastapi, uvicorn, python-multipart). Listens on 127.0.0.1
    unless --host says otherwise.
    """
    try:
        import uvicorn

        from ikicalc.serve import ServeSettings, create_app
    except ImportError:
        raise fail(
            IkiError(_("serve needs the serve extra: pip install 'ikicalc[serve]'")),
            EXIT_UNREADABLE,
        ) from None
    try:
        options: dict[str, Any] = {
            "time_limit": time_limit,
            "max_upload_bytes": int(max_upload_mb * 1024 * 1024),
            "cors_origins": tuple(cors_origin or ()),
        }
        if workers is not None:
            options["workers"] = workers
        settings = ServeSettings(**options)
    except ValueError as error:
        raise fail(IkiError(f"serve: {error}"), EXIT_UNREADABLE) from None
    address = f"http://{host}:{port}/"
    documentation = _("(API documentation: /docs)")
    err().print(f"ikicalc serve: {address}  {documentation}", highlight=False)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
