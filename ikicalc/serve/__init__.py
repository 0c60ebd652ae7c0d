"""``ikicalc serve``: the HTTP API and the web page (``pip install 'ikicalc[serve]'``).

:func:`create_app` builds the ASGI application (FastAPI); run it with uvicorn, or with
``ikicalc serve [--host 127.0.0.1] [--port 8000]``. Every computation runs in a worker
process with a time limit (:mod:`ikicalc.serve.pool`); request bodies are size-limited
(:mod:`ikicalc.serve.limits`); CORS is off unless origins are configured.
"""

from __future__ import annotations

from ikicalc.serve.app import create_app
from ikicalc.serve.settings import ServeSettings

__all__ = ["ServeSettings", "create_app"]
