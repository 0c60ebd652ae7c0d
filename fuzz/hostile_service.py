"""Hostile HTTP requests for the red-team campaign: the ``ikicalc serve`` application, in
process through Starlette's test client (its worker processes are real).

Every answer must be a success or a clean problem response: a 4xx status (or 422 for the
time limit) with the API's body ``{"error": {"message", "code", ...}}``. A 5xx, another body
or an exception in the client is a failure.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["TIME_LIMIT", "Service"]

TIME_LIMIT = 4.0
"""The service's computation limit in the campaign: a request answers within 5 s."""

_JSON_ENDPOINTS = [
    "/api/parse", "/api/explain", "/api/evaluate", "/api/lint", "/api/solve",
    "/api/capaian", "/api/kategori", "/api/score/skm", "/api/score/skp-pp46",
    "/api/score/nilai-capaian-iki", "/api/score/nilai-akhir-skp", "/api/score/predikat-kinerja",
]
_FIELDS = ["formula", "text", "data", "target", "variable", "equals", "given", "realisasi",
           "polarity", "value", "scale", "responses", "capaian", "kuantitas"]
_GETS = ["/", "/health", "/docs", "/openapi.json", "/api/scales", "/api/score",
         "/api/report/formats", "/static/../../etc/passwd", "/static/%2e%2e/x",
         "/static/katex.min.js", "/api/score/..%2f..%2fetc", "/api/nothing", "/api/parse"]


class Service:
    """The application, started once (its workers), and hostile requests to it."""

    def __init__(self) -> None:
        from fastapi.testclient import TestClient

        from ikicalc.serve import ServeSettings, create_app

        app = create_app(ServeSettings(workers=1, time_limit=TIME_LIMIT, queue_timeout=5.0))
        self._client = TestClient(app, raise_server_exceptions=True)
        self._client.__enter__()
        self._pool = app.state.pool
        self.worker_peak_kib = 0

    def close(self) -> None:
        """Stop the application and its workers."""
        self._client.__exit__(None, None, None)

    def _watch_workers(self) -> None:
        for pid in self._pool.pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.worker_peak_kib = max(self.worker_peak_kib, int(line.split()[1]))

    def _check(self, response: Any) -> str:
        """``"ok"`` or ``"4xx <code>"``; raises for anything else."""
        self._watch_workers()
        status = response.status_code
        if status < 400:
            return "ok"
        if status >= 500:
            raise AssertionError(f"HTTP {status}: {response.text[:300]}")
        try:
            body = response.json()
        except ValueError:
            raise AssertionError(
                f"HTTP {status} without a JSON body: {response.text[:200]}"
            ) from None
        if not (isinstance(body, dict) and set(body) == {"error"}
                and isinstance(body["error"], dict) and "message" in body["error"]):
            raise AssertionError(f"HTTP {status} without the problem body: {response.text[:200]}")
        return f"{status} {body['error'].get('code')}"

    def json_case(self, rng: random.Random, text: Callable[[], str],
                  number: Callable[[], str]) -> tuple[str, Callable[[], str]]:
        """One hostile JSON request: ``(kind, call)``."""
        path = rng.choice(_JSON_ENDPOINTS)
        kind = rng.choice(["fields", "fields", "deep", "huge", "wrong-types", "raw-numbers",
                           "not-json", "not-utf8", "get", "content-type"])
        headers = {"Content-Type": "application/json"}
        if kind == "fields":
            body = json.dumps({
                field: rng.choice([text(), number(), {text(): number()}, [number(), number()],
                                   [[number()] * 9] * rng.randint(0, 3)])
                for field in rng.sample(_FIELDS, rng.randint(0, 5))
            }).encode()
        elif kind == "deep":
            depth = rng.choice([50, 1_000, 100_000, 400_000])
            opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
            field = rng.choice(["formula", "data", "given", "responses"])
            body = (f'{{"{field}": ' + opener * depth + "1" + closer * depth + "}").encode()
        elif kind == "huge":
            size = rng.choice([900_000, 1_100_000, 5_000_000])
            body = json.dumps({"formula": "A" * size}).encode()
        elif kind == "wrong-types":
            value: object = rng.choice(
                [None, True, 5, 1.5, [], {}, [1, "a"], "", {"a": {"b": []}}]
            )
            body = json.dumps({field: value for field in rng.sample(_FIELDS, 3)}).encode()
        elif kind == "raw-numbers":
            digits = rng.choice(["9" * 5_000, "1e999999", "-0", "1E-999999", "NaN", "Infinity",
                                 "0." + "0" * 5000 + "1", "-Infinity", "9" * 400_000])
            field = rng.choice(["target", "equals", "value", "capaian", "realisasi"])
            body = (f'{{"formula": "A / B x 100%", "data": {{"A": {digits}, "B": 40}}, '
                    f'"{field}": {digits}, "value": {digits}, "scale": "skm-2017", '
                    f'"realisasi": {digits}, "target": {digits}}}').encode()
        elif kind == "not-json":
            body = rng.choice([b"", b"{", b"\x00", b"[1,2", b'{"formula": "A" "B"}', b"null",
                               b"[]", b'"formula"', b'{"formula": "\\ud800"}'])
        elif kind == "not-utf8":
            body = b'{"formula": "\xff\xfe A"}'
        elif kind == "content-type":
            headers = {"Content-Type": rng.choice(["text/plain", "multipart/form-data",
                                                   "application/x-www-form-urlencoded"])}
            body = b"formula=A%2FB"
        else:
            target = rng.choice(_GETS)
            return "get", lambda: self._check(self._client.get(target))
        return kind, lambda: self._check(self._client.post(path, content=body, headers=headers))

    def report_case(self, rng: random.Random, document: tuple[str, bytes],
                    data: tuple[str, bytes]) -> tuple[str, Callable[[], str]]:
        """One ``/api/report`` upload of ``document`` and ``data`` (name, bytes)."""
        form = {"format": rng.choice(["json", "csv", "xlsx", "", "pdf", "exe", "../x"])}
        names = ["../../etc/passwd", "a\x00.yaml", "x" * 5000 + ".csv", "", ".yaml", "CON.xlsx"]
        document_name = rng.choice([document[0]] * 4 + names)
        data_name = rng.choice([data[0]] * 4 + names)
        files: dict[str, Any] = {"document": (document_name, document[1]),
                                 "data": (data_name, data[1])}
        if rng.random() < 0.05:
            del files[rng.choice(["document", "data"])]
        return "report-upload", lambda: self._check(
            self._client.post("/api/report", data=form, files=files)
        )

