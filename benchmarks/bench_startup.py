"""Start-up of ikicalc (issue 18), medians of fresh processes, each beside bare Python and a
simpleeval one-liner measured in the same run.

    python benchmarks/bench_startup.py [--runs 15] [--baseline DIR] [--instructions]

``--baseline DIR`` adds ``eval`` and ``check`` run on the ikicalc of another checkout (``DIR``
on ``PYTHONPATH``, e.g. ``git archive main | tar -x -C /tmp/main``), in the same turns: a
before/after comparison on a loaded machine. ``--instructions`` also counts the instructions
of one process of each case under valgrind's callgrind: a figure no other load changes.

Goals: ``import ikicalc`` ≤ 100 ms over bare Python; ``ikicalc eval`` of one formula ≤ 150
ms; ``ikicalc check`` of one example document ≤ 300 ms. Lark's parse tables come from the
user's cache (built on the first run, which is left out: one warm-up per case).

Every process reads compiled bytecode, as an installed package does: the processes share a
private ``PYTHONPYCACHEPREFIX`` (a temporary folder, filled by the warm-up), also where the
environment sets ``PYTHONDONTWRITEBYTECODE`` (compiling ikicalc's modules from source in every
process adds about 100 ms to ``check``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CASES: dict[str, list[str]] = {
    "python -c pass": [PY, "-c", "pass"],
    "simpleeval one-liner": [
        PY,
        "-c",
        "from simpleeval import simple_eval; simple_eval('38 / 40 * 100')",
    ],
    "import ikicalc": [PY, "-c", "import ikicalc"],
    "ikicalc eval": [
        PY, "-m", "ikicalc", "eval", "A / B x 100%", "--set", "A=38", "--set", "B=40",
    ],
    "ikicalc check (Bagor)": [
        PY, "-m", "ikicalc", "check", str(ROOT / "examples" / "kecamatan-bagor-2019.yaml"),
    ],
}
GOALS = {"import ikicalc": 100, "ikicalc eval": 150, "ikicalc check (Bagor)": 300}


Case = tuple[list[str], dict[str, str], Path | None]
"""A command, its environment and its working folder (``python -m`` imports from there first)."""


def _time(command: list[str], env: dict[str, str], cwd: Path | None) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one fresh process. On a shared machine
    the CPU time is the steadier figure: waiting for a core counts in the wall clock only."""
    start = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603 - fixed commands
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = 0  # reaped by wait4
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline", type=Path, help="another checkout's ikicalc, compared")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions under valgrind too"
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ikicalc-bench-pyc-") as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        cases: dict[str, Case] = {name: (command, env, None) for name, command in CASES.items()}
        if arguments.baseline is not None:
            other = arguments.baseline.resolve()
            for name in ("ikicalc eval", "ikicalc check (Bagor)"):
                cases[f"{name} baseline"] = (CASES[name], {**env, "PYTHONPATH": str(other)}, other)
        print(f"load average before: {_load()}")
        _measure(arguments.runs, cases)
        print(f"load average after: {_load()}")
        if arguments.instructions:
            _count(cases)


def _load() -> str:
    """The machine's load average (1, 5, 15 minutes): wall-clock figures mean little when it
    is above the number of cores; the CPU times and instruction counts hold."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _count(cases: dict[str, Case]) -> None:
    """Instructions (millions) of one process of each case, under valgrind's callgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("valgrind is not installed: no instruction counts")
        return
    counts: dict[str, int] = {}
    for name, (command, env, cwd) in cases.items():
        done = subprocess.run(  # noqa: S603 - fixed commands
            [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
            env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            check=False,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found:
            counts[name] = int(found.group(1))
    bare = counts.get("python -c pass", 0)
    print("instructions of one process (callgrind), millions:")
    for name, count in counts.items():
        print(f"  {name:31} {count / 1e6:8.0f}  {(count - bare) / 1e6:+8.0f}")


def _measure(runs: int, cases: dict[str, Case]) -> None:
    for case in cases.values():
        _time(*case)  # warm-up: caches, the OS's file cache, the bytecode
    walls: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):  # the cases take turns, so load affects each alike
        for name, case in cases.items():
            wall, cpu = _time(*case)
            walls[name].append(wall)
            cpus[name].append(cpu)
    bare = statistics.median(walls["python -c pass"]) * 1000
    bare_cpu = statistics.median(cpus["python -c pass"]) * 1000
    print(
        f"medians of {runs} fresh processes (bytecode cached); bare python {bare:.0f} ms wall, "
        f"{bare_cpu:.0f} ms CPU (user + system)"
    )
    print(f"  {'':31} {'wall':>7}     {'over':>6} {'CPU':>6}     {'over':>6}")
    for name in cases:
        median = statistics.median(walls[name]) * 1000
        cpu = statistics.median(cpus[name]) * 1000
        over = median - bare
        goal = GOALS.get(name.removesuffix(" baseline"))
        verdict = "" if goal is None else (" ok" if over <= goal else " OVER")
        shown = f"(goal ≤ {goal} ms over bare python)" if goal else ""
        print(
            f"  {name:31} {median:7.0f} ms  {over:+6.0f} {cpu:6.0f} ms  {cpu - bare_cpu:+6.0f}"
            f"  {shown}{verdict}"
        )


if __name__ == "__main__":
    main()
