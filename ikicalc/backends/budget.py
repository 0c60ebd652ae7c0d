"""Work under a time budget: a computation that may run away (sympy on a large formula) runs
in a forked child process that is killed when its time is up.

The child is a fork of the caller, so nothing is imported or pickled to start it; only the
result comes back, through a pipe. An :class:`~ikicalc.errors.IkiError` raised in the
child is raised again in the caller, with its message; any other exception too, as an
``IkiError`` naming the operation. Where ``fork`` is not available (or the budget is 0)
the work runs in the caller without a limit.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ikicalc.errors import IkiError

__all__ = ["OutOfTime", "run_bounded"]

T = TypeVar("T")


class OutOfTime(IkiError):  # noqa: N818 - the name says what happened
    """The work did not finish within its budget and was stopped."""


def _child(connection: Any, work: Callable[..., object], args: tuple[object, ...]) -> None:
    try:
        result: tuple[str, object] = ("ok", work(*args))
    except IkiError as error:
        result = ("iki", error)
    except BaseException as error:
        result = ("crash", "".join(traceback.format_exception_only(error)).strip())
    try:
        connection.send(result)
    except Exception:
        connection.send(("crash", "the result could not be sent back"))
    finally:
        connection.close()
        os._exit(0)


def run_bounded(seconds: float, what: str, work: Callable[..., T], *args: object) -> T:
    """``work(*args)``, stopped after ``seconds`` with :class:`OutOfTime` ("too complex to
    ``what`` within N s")."""
    if seconds <= 0 or "fork" not in multiprocessing.get_all_start_methods():
        return work(*args)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, work, args), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise OutOfTime(
                f"too complex to {what} within {seconds:g} s; the limit is "
                "ikicalc.limits.SYMBOLIC_MAX_SECONDS"
            )
        kind, payload = receiver.recv()
    except EOFError:
        raise IkiError(f"could not {what}: the worker stopped without an answer") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
    if kind == "ok":
        return cast(T, payload)
    if kind == "iki" and isinstance(payload, IkiError):
        raise payload
    raise IkiError(f"could not {what}: {payload}")
