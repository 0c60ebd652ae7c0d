"""Worker processes with a hard time limit per request.

Every computation of the API (parsing, lint, evaluation, sympy, reports) runs in one of a
few worker processes, never in the server process. The server sends a job over a pipe and
waits at most ``time_limit`` seconds for the answer; when the time is up it kills the
worker (SIGKILL) and starts a fresh one. A thread cannot be stopped from outside in Python
(``anyio.to_thread`` with a timeout would answer the client but leave the computation
running and holding a core), whereas a killed process stops at once and gives back its CPU
and memory, whatever it was doing: in C code of sympy, in a regular expression, in a loop.
Each worker leads its own process group, and the whole group is killed, so a child the job
forked (ikicalc runs sympy in a forked child under its own budget) cannot outlive it.
So the limit really bounds the work a request can cause. The number of workers bounds how
many computations run at once; a request that waits longer than ``queue_timeout`` for a
free worker is refused as busy (503). Each worker can also be given an address-space limit
(``RLIMIT_AS``), so one request cannot take the machine's memory.

Each worker is a fresh interpreter (``python -m ikicalc.serve.worker``), not a fork of the
server: it shares no threads, locks or open requests with it, and it never re-runs the
server's main script. A replacement imports ikicalc (under a second) before it takes a job;
that time is not counted in the request's limit.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ikicalc.i18n import _
from ikicalc.serve.problems import ServeError, problem

__all__ = ["LANGUAGE_KEY", "WorkerPool"]

LANGUAGE_KEY = "_bahasa"
"""The key of a job's arguments that names the language the worker answers in (English if
it is missing); :func:`ikicalc.serve.worker.answer` takes it out before the job runs."""

Json = dict[str, Any]

_STARTUP_TIMEOUT = 120.0
"""Seconds a new worker may take to import ikicalc (not counted in a request's time)."""


class _Worker:
    """One worker: a fresh ``python -m ikicalc.serve.worker`` joined by a socket pair."""

    def __init__(self, memory_limit: int | None):
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
            [
                sys.executable,
                "-m",
                "ikicalc.serve.worker",
                str(theirs.fileno()),
                str(memory_limit or 0),
            ],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,  # its own process group: see stop()
        )
        theirs.close()
        self.connection = Connection(ours.detach())
        self.ready = False

    def wait_ready(self) -> bool:
        """Wait for the worker's first message (it has imported ikicalc)."""
        try:
            if not self.ready and self.connection.poll(_STARTUP_TIMEOUT):
                self.ready = self.connection.recv() == "ready"
        except (EOFError, OSError):  # it died while starting
            return False
        return self.ready

    def stop(self) -> None:
        """Kill the worker and every process it started (ikicalc forks a child to bound
        sympy): the whole process group, so nothing of the job goes on running."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.connection.close()


class _WorkerEndedError(Exception):
    """The worker process ended without answering."""


class WorkerPool:
    """``size`` worker processes; :meth:`run` does one job in one of them, within the limits."""

    def __init__(
        self,
        size: int,
        time_limit: float,
        queue_timeout: float,
        memory_limit: int | None = None,
    ):
        self.size = size
        self.time_limit = time_limit
        self.queue_timeout = queue_timeout
        self.memory_limit = memory_limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0
        """How many workers were killed and replaced (time limit or crash)."""

    def start(self) -> None:
        """Start the workers (done by the first :meth:`run` if not before)."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the worker pool is closed")
            while len(self._workers) < self.size:
                worker = _Worker(self.memory_limit)
                self._workers.add(worker)
                self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, set()
        for worker in workers:
            worker.stop()

    def idle(self) -> int:
        """How many workers are waiting for a job."""
        return self._idle.qsize()

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return [w.process.pid for w in self._workers]

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
            self.restarts += 1
            if self._closed:
                return
            fresh = _Worker(self.memory_limit)
            self._workers.add(fresh)
        self._idle.put(fresh)

    def _take(self) -> _Worker:
        """A free, live worker; one that died while idle is replaced (no job was lost)."""
        deadline = time.monotonic() + self.queue_timeout
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise ServeError(
                    problem(503, "busy", _("the server is busy: every worker is in use; try again"))
                ) from None
            # A live, idle worker has nothing to say: a readable socket is its end (EOF).
            if worker.wait_ready() and not worker.connection.poll(0):
                return worker
            self._replace(worker)

    def run(self, job: str, kwargs: Json) -> Json:
        """Do ``job`` in a worker and return its answer; blocks (call it from a thread).

        Raises :class:`ServeError`: the job's own error (400/422), ``time_limit`` (422) when
        it takes longer than the limit, ``busy`` (503) when no worker is free in time,
        ``worker_failed`` (500) when the worker process ended without an answer twice.

        Every job is a pure computation, so a job whose worker ended without an answer (it
        had died just before, or crashed) is given once more to a fresh worker.
        """
        if not self._workers:
            self.start()
        for attempt in (1, 2):
            try:
                return self._attempt(job, kwargs)
            except _WorkerEndedError:
                if attempt == 2:
                    break
        raise ServeError(problem(500, "worker_failed", _("the worker process stopped; try again")))

    def _attempt(self, job: str, kwargs: Json) -> Json:
        worker = self._take()
        healthy = False
        try:
            worker.connection.send((job, kwargs))
            if not worker.connection.poll(self.time_limit):
                raise ServeError(
                    problem(
                        422,
                        "time_limit",
                        _(
                            "the computation took longer than the limit of {seconds} seconds "
                            "and was stopped"
                        ).format(seconds=f"{self.time_limit:g}"),
                    )
                )
            status, payload = worker.connection.recv()
            healthy = True
        except (EOFError, OSError):
            raise _WorkerEndedError from None
        finally:
            if healthy:
                self._idle.put(worker)
            else:
                self._replace(worker)
        if status != "ok":
            raise ServeError(payload)
        result: Json = payload
        return result
