"""Start-up of ikicalc (issue 18), medians of fresh processes, each beside bare Python and a
simpleeval one-liner measured in the same run.

    python benchmarks/bench_startup.py [--runs 15]

Goals: ``import ikicalc`` ≤ 100 ms over bare Python; ``ikicalc eval`` of one formula ≤ 150
ms; ``ikicalc check`` of one example document ≤ 300 ms. Lark's parse tables come from the
user's cache (built on the first run, which is left out: one warm-up per case).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
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


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)  # noqa: S603 - fixed commands
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    for command in CASES.values():
        _time(command)  # warm-up: caches, the OS's file cache
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):  # the cases take turns, so load affects each alike
        for name, command in CASES.items():
            times[name].append(_time(command))
    bare = statistics.median(times["python -c pass"]) * 1000
    print(f"medians of {runs} fresh processes; bare python {bare:.0f} ms")
    for name in CASES:
        median = statistics.median(times[name]) * 1000
        over = median - bare
        goal = GOALS.get(name)
        verdict = "" if goal is None else (" ok" if over <= goal else " OVER")
        shown = f"(goal ≤ {goal} ms over bare python)" if goal else ""
        print(f"  {name:24} {median:7.0f} ms  +{over:5.0f} ms {shown}{verdict}")


if __name__ == "__main__":
    main()
