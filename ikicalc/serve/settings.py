"""The limits and switches of ``ikicalc serve``: safe by default, each one configurable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ikicalc.i18n import _

__all__ = ["ServeSettings"]

_MIB = 1024 * 1024


@dataclass(frozen=True)
class ServeSettings:
    """How the HTTP service is bounded.

    ``max_body_bytes``: largest JSON request body (formula text is at most 10 000 characters;
    the rest is room for data sequences). ``max_upload_bytes``: largest ``/api/report``
    request (document + data together). ``time_limit``: seconds of computation one request may
    use; past it the worker process doing the work is killed and replaced, so the limit holds
    whatever the computation is doing. ``queue_timeout``: seconds a request may wait for a free
    worker before it is refused as busy. ``workers``: worker processes (default: the number of
    CPUs). ``memory_limit_bytes``: address-space limit of each worker (``None``: no limit).
    ``cors_origins``: origins allowed to call the API from a browser; empty means CORS off.
    """

    max_body_bytes: int = 1 * _MIB
    max_upload_bytes: int = 16 * _MIB
    time_limit: float = 10.0
    queue_timeout: float = 30.0
    workers: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))
    memory_limit_bytes: int | None = 2048 * _MIB
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_body_bytes <= 0 or self.max_upload_bytes <= 0:
            raise ValueError(_("size limits must be positive"))
        if self.time_limit <= 0 or self.queue_timeout <= 0:
            raise ValueError(_("time limits must be positive"))
        if self.workers < 1:
            raise ValueError(_("at least one worker process is needed"))
