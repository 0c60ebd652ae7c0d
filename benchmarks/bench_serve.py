"""Load test of ``ikicalc serve`` on 127.0.0.1: bounded, and it stops by itself.

Starts ``ikicalc serve`` on a free localhost port, then runs ``--clients`` concurrent
clients (each one keep-alive HTTP/1.1 connection) that each send ``--requests`` requests,
alternating ``POST /api/evaluate`` and ``POST /api/lint`` with seed formulas. Stops when
every request is answered or after ``--deadline`` seconds, whichever is first, then stops
the server. Prints the throughput, the latency percentiles, the errors (any status but
200, any failed connection) and the resident memory of the server and its workers
sampled over the run.

    python benchmarks/bench_serve.py [--clients 200] [--requests 50] [--workers N]

Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

BODIES = [
    ("/api/evaluate", {"formula": "Jumlah PNS yang hadir / Jumlah PNS x 100%",
                       "data": {"jumlah pns yg hadir": 38, "Jumlah PNS": "40"}}),
    ("/api/lint", {"text": "Jumlah surat yang masuk / Jumlah surat yg didistribusikan"}),
    ("/api/evaluate", {"formula": r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif}"
                                  r" - \sum \text{hari tidak masuk kerja})}{\sum \text{Pegawai} "
                                  r"\times \sum \text{hari kerja efektif}} \times 100\%$",
                       "data": {"Pegawai": [1, 1, 1], "Hari kerja efektif": [22, 22, 21],
                                "hari tidak masuk kerja": [0, 1, "0,5"]}}),
    ("/api/lint", {"text": "Jumlah PNS yang hadir / Jumlah PNS x 100%"}),
]


def _request(path: str, body: dict[str, object]) -> bytes:
    payload = json.dumps(body).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload


REQUESTS = [_request(path, body) for path, body in BODIES]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, KiB."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines()
                              if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, StopIteration):
            continue
    return total


async def client(port: int, count: int, offset: int, latencies: list[float],
                 errors: list[str], stop_at: float) -> None:
    try:
        reader, writer = await asyncio.open_connection(HOST, port)
    except OSError as error:
        errors.append(f"connect: {error}")
        return
    try:
        for number in range(count):
            if time.monotonic() > stop_at:
                errors.append("deadline")
                return
            started = time.perf_counter()
            writer.write(REQUESTS[(offset + number) % len(REQUESTS)])
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(f"{status}: {body[:200]!r}")
    except (OSError, asyncio.IncompleteReadError, ValueError) as error:
        errors.append(f"connection: {error!r}")
    finally:
        writer.close()


async def sample_memory(pid: int, samples: list[tuple[float, int]], done: asyncio.Event) -> None:
    start = time.monotonic()
    while not done.is_set():
        samples.append((time.monotonic() - start, rss_kib(pid)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), 0.5)


async def load(port: int, pid: int, clients: int, requests: int, deadline: float) -> dict[str, object]:
    latencies: list[float] = []
    errors: list[str] = []
    samples: list[tuple[float, int]] = []
    done = asyncio.Event()
    sampler = asyncio.create_task(sample_memory(pid, samples, done))
    started = time.monotonic()
    stop_at = started + deadline
    await asyncio.gather(*(client(port, requests, i, latencies, errors, stop_at)
                           for i in range(clients)))
    elapsed = time.monotonic() - started
    done.set()
    await sampler
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else 0

    tenth = max(1, len(samples) // 10)
    return {
        "clients": clients,
        "requests_per_client": requests,
        "answered": len(latencies),
        "errors": len(errors),
        "first_errors": errors[:5],
        "seconds": round(elapsed, 2),
        "throughput_per_s": round(len(latencies) / elapsed, 1),
        "latency_ms": {"p50": round(pct(50), 1), "p90": round(pct(90), 1),
                       "p99": round(pct(99), 1), "max": round(pct(100), 1),
                       "mean": round(statistics.fmean(ordered) * 1000, 1) if ordered else 0},
        "rss_mib": {
            "first_10pct": round(statistics.fmean(s for _, s in samples[:tenth]) / 1024, 1),
            "last_10pct": round(statistics.fmean(s for _, s in samples[-tenth:]) / 1024, 1),
            "max": round(max(s for _, s in samples) / 1024, 1),
            "samples": len(samples),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--deadline", type=float, default=600.0, help="seconds, at most")
    parser.add_argument("--warmup", type=int, default=200, help="requests before measuring")
    args = parser.parse_args()
    port = free_port()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    server = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
        [sys.executable, "-c", "from ikicalc.cli import main; main()", "serve", "--host", HOST,
         "--port", str(port), "--workers", str(args.workers)],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://{HOST}:{port}/health", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("ikicalc serve did not start") from None
                time.sleep(0.2)
        asyncio.run(load(port, server.pid, min(args.warmup, 20), max(1, args.warmup // 20), 60))
        result = load(port, server.pid, args.clients, args.requests, args.deadline)
        figures = asyncio.run(result)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
    figures["workers"] = args.workers
    figures["cpus"] = os.cpu_count()
    print(json.dumps(figures, indent=2))
    lat = figures["latency_ms"]
    rss = figures["rss_mib"]
    assert isinstance(lat, dict)
    assert isinstance(rss, dict)
    print(f"{figures['answered']} requests ({args.clients} clients x {args.requests}) in "
          f"{figures['seconds']} s: {figures['throughput_per_s']} req/s, p50 {lat['p50']} ms, "
          f"p99 {lat['p99']} ms, {figures['errors']} errors; RSS server+workers "
          f"{rss['first_10pct']} -> {rss['last_10pct']} MiB (max {rss['max']})")
    if figures["errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
