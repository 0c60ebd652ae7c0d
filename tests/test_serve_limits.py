"""``ikicalc serve`` is safe by default: a time limit that really stops the work, size
limits, no CORS unless configured, uploads only inside a temporary folder that is removed,
and worker processes started by a fixed command."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_helpers import ATTENDANCE, BAGOR, BAGOR_DATA

from ikicalc.serve import ServeSettings, create_app
from ikicalc.serve.pool import WorkerPool

# sympy needs more than ikicalc's own budget of 5 s for this one (10 fractions of sums over
# 40 variables; ikicalc runs it in a forked child): the limit of 1.5 s must stop it all.
SLOW = " + ".join(f"(A{i} + B{i}) / (C{i} - D{i})" for i in range(10))


def group(pgid: int) -> list[int]:
    """The live processes of the process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(") ", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(") ")[1].startswith("Z"))


@pytest.fixture(scope="module")
def small() -> Iterator[TestClient]:
    settings = ServeSettings(workers=1, time_limit=1.5, max_body_bytes=4096,
                             max_upload_bytes=64 * 1024)
    with TestClient(create_app(settings)) as client:
        yield client


def test_the_time_limit_kills_the_work_and_the_next_request_is_served(small: TestClient) -> None:
    pool: WorkerPool = small.app.state.pool  # type: ignore[attr-defined]
    assert small.post("/api/lint", json={"text": "A"}).status_code == 200  # the worker is up
    [before] = pool.pids()
    started = time.monotonic()
    response = small.post("/api/explain", json={"formula": SLOW})
    took = time.monotonic() - started
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "time_limit"
    assert "1.5 seconds" in response.json()["error"]["message"]
    assert 1.5 <= took < 15  # the limit, the kill and the start of a replacement
    assert not alive(before)  # the computation is gone, not left running in a thread
    deadline = time.monotonic() + 3  # (a killed process needs a moment to be gone)
    while group(before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert group(before) == []  # nor in a child the worker had forked
    assert pool.restarts == 1
    [after] = pool.pids()
    assert after != before
    assert alive(after)
    ok = small.post("/api/evaluate", json={"formula": ATTENDANCE,
                                           "data": {"Jumlah PNS yang hadir": 38, "Jumlah PNS": 40}})
    assert ok.json()["value"] == "95.00"


def test_a_body_over_the_limit_is_413_before_it_is_read(small: TestClient) -> None:
    response = small.post("/api/lint", json={"text": "A" * 5000})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert "4 KiB" in response.json()["error"]["message"]


def test_a_streamed_body_is_counted_as_it_arrives(small: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"A" * 1000
        yield b'"}'

    response = small.post("/api/lint", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_an_upload_over_the_limit_is_413(small: TestClient) -> None:
    big = b"indikator;variabel;nilai\n" + b"003-004;Jumlah PNS;40\n" * 5000
    response = small.post("/api/report", files={"document": ("a.yaml", BAGOR.read_bytes()),
                                                "data": ("b.csv", big)})
    assert response.status_code == 413


def test_a_formula_over_the_parser_limit_is_refused(small: TestClient) -> None:
    with TestClient(create_app(ServeSettings(workers=1))) as client:
        response = client.post("/api/parse", json={"formula": "A + " * 2600 + "A"})
    assert response.status_code == 400
    assert "10000" in response.json()["error"]["message"]


def test_cors_is_off_unless_configured(small: TestClient) -> None:
    preflight = {"Origin": "https://sakip.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in small.options("/api/parse", headers=preflight).headers
    assert "access-control-allow-origin" not in small.post(
        "/api/lint", json={"text": "A"}, headers={"Origin": "https://sakip.example"}).headers
    settings = ServeSettings(workers=1, cors_origins=("https://sakip.example",))
    with TestClient(create_app(settings)) as client:
        allowed = client.options("/api/parse", headers=preflight)
        assert allowed.headers["access-control-allow-origin"] == "https://sakip.example"
        other = client.options("/api/parse", headers={**preflight, "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_pages_say_what_may_load_them(small: TestClient) -> None:
    headers = small.get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_uploads_live_only_in_a_temporary_folder_that_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the workers' temporary folders go here
    with TestClient(create_app(ServeSettings(workers=1))) as client:
        ok = client.post("/api/report", data={"format": "xlsx"}, files={
            "document": ("../../x.yaml", BAGOR.read_bytes()),
            "data": ("../../y.csv", BAGOR_DATA.read_bytes())})
        assert ok.status_code == 200
        bad = client.post("/api/report", files={
            "document": ("x.yaml", BAGOR.read_bytes()), "data": ("y.csv", b"a;b\n1;x\n")})
        assert bad.status_code == 400
    assert list(tmp_path.iterdir()) == []


def test_workers_are_started_by_a_fixed_command(small: TestClient) -> None:
    pool: WorkerPool = small.app.state.pool  # type: ignore[attr-defined]
    for pid in pool.pids():
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        assert command[1:3] == [b"-m", b"ikicalc.serve.worker"]
        assert [c for c in command[3:] if c] == [command[3], b"0"] or command[4].isdigit()


def test_settings_refuse_nonsense() -> None:
    for bad in ({"workers": 0}, {"time_limit": 0}, {"max_body_bytes": -1}):
        with pytest.raises(ValueError, match=r"must be positive|at least one"):
            ServeSettings(**bad)  # type: ignore[arg-type]


def test_ikicalc_serve_listens_on_localhost_only_by_default() -> None:
    from serve_helpers import running_server

    with running_server("--workers", "1") as url:
        port = int(url.rsplit(":", 1)[1])
        listening = [
            line.split()[1]
            for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
            + Path("/proc/net/tcp6").read_text().splitlines()[1:]
            if line.split()[3] == "0A"  # LISTEN
        ]
        ours = [address for address in listening if int(address.rsplit(":", 1)[1], 16) == port]
        assert ours == ["0100007F:" + f"{port:04X}"]


def test_a_worker_that_died_while_idle_is_replaced_before_it_gets_a_job() -> None:
    import signal

    with TestClient(create_app(ServeSettings(workers=1))) as client:
        pool: WorkerPool = client.app.state.pool  # type: ignore[attr-defined]
        assert client.post("/api/lint", json={"text": "A / B"}).status_code == 200
        [pid] = pool.pids()
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        response = client.post("/api/parse", json={"formula": ATTENDANCE})
        assert response.status_code == 200, response.text
        assert pool.restarts == 1
        assert pool.pids() != [pid]


def test_a_request_that_finds_every_worker_busy_is_503() -> None:
    import threading

    settings = ServeSettings(workers=1, time_limit=4, queue_timeout=0.5)
    with TestClient(create_app(settings)) as client:
        slow: list[int] = []
        hog = threading.Thread(
            target=lambda: slow.append(client.post("/api/explain", json={"formula": SLOW}).status_code)
        )
        pool: WorkerPool = client.app.state.pool  # type: ignore[attr-defined]
        hog.start()
        deadline = time.monotonic() + 10
        while pool.idle() and time.monotonic() < deadline:  # until the slow request has it
            time.sleep(0.02)
        assert pool.idle() == 0
        busy = client.post("/api/lint", json={"text": "A / B"})
        hog.join()
        assert busy.status_code == 503
        assert busy.json()["error"]["code"] == "busy"
        assert slow == [422]
        assert client.post("/api/lint", json={"text": "A / B"}).status_code == 200
