"""Benchmark of the at-scale back ends on per-employee data (issue 7).

Generates ``--rows`` rows (default 10 million) of per-employee data in ``--units`` units and
prints, for two seed formulas:

- the Bululawang attendance formula (seed 004-001), one value per unit (``Σ``, group by):
  ``Σ Pegawai × (Σ hari kerja efektif − Σ hari tidak masuk kerja) / (Σ Pegawai × Σ hari
  kerja efektif) × 100%``;
- a plain ratio per row (seed 003-004): ``Jumlah PNS yang hadir / Jumlah PNS × 100%``;

the median time of ikicalc's Polars expression against a hand-written Polars expression,
ikicalc's DuckDB SQL against hand-written SQL, and the exact scalar path on a sample
(``--sample`` rows) extrapolated to all rows. The hand-written versions do what ikicalc's do
(NULL for a zero denominator, ``NULLIF``); the naive ``a / b * 100`` (``inf`` for a zero
denominator) is printed for reference. Each back end runs in its own process, so its peak
memory is its own: peak RSS (``ru_maxrss``) and the peak of anonymous memory (``RssAnon``
sampled every 20 ms; file pages the CSV reader maps are not in it).

Last, a CSV file of all rows goes through ``evaluate_frame`` → ``FrameResult.write`` (a
CSV report with realisasi, capaian, kategori and error per row) in a fresh process, with its
time and peak memory.

    python benchmarks/bench_scale.py [--rows 10000000] [--repeat 5] [--sample 100000]

Goals: the compiled back ends within 1.10x of hand-written; the CSV report in bounded memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

ATTENDANCE = (  # seed 004-001, Kecamatan Bululawang 2017
    r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak "
    r"masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$"
)
RATIO = r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"  # seed 003-004

DOCUMENT = f"""
unit: Kabupaten Contoh
tahun: 2024
jabatan:
  - nama: Sekretaris Kecamatan
    indikator:
      - id: "004-001"
        indikator: Persentase Tingkat Kehadiran PNS
        formula: '{ATTENDANCE}'
        target: 95
        kategori: skm-2017
      - id: "003-004"
        indikator: Tingkat kehadiran harian
        formula: '{RATIO}'
        target: 95
"""


# --------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------


class AnonymousPeak:
    """The peak of this process's anonymous resident memory (``RssAnon``), sampled."""

    def __init__(self) -> None:
        self.peak_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def now_kib() -> int:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
        return 0

    def _sample(self) -> None:
        while not self._done.wait(0.02):
            self.peak_kib = max(self.peak_kib, self.now_kib())

    def __enter__(self) -> AnonymousPeak:
        self.peak_kib = self.now_kib()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak_kib = max(self.peak_kib, self.now_kib())


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def medians(cases: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds per case. The cases take turns in a new shuffled order each round,
    each after a warm-up run of its own, so no case always follows the group-bys and pays
    for what they left behind (that moved a ratio by ±40 %)."""
    order = random.Random(20261128)  # noqa: S311 - a reproducible order, not a secret
    names = list(cases)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        order.shuffle(names)
        for name in names:
            cases[name]()  # warm-up of this case, right before it is timed
            start = time.perf_counter()
            cases[name]()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(found) for name, found in times.items()}


@contextmanager
def measured(report: dict[str, Any]) -> Iterator[None]:
    with AnonymousPeak() as anonymous:
        yield
    report["peak_rss_mib"] = round(peak_rss_mib())
    report["peak_anon_mib"] = round(anonymous.peak_kib / 1024)


# --------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------


def employees(rows: int, units: int) -> Any:
    """Per-employee data, deterministic (hash-based), with some zero denominators."""
    import polars as pl

    i = pl.col("i")
    return pl.DataFrame({"i": pl.int_range(rows, eager=True)}).select(
        pl.format("U{}", i.hash(1) % units).alias("unit"),
        (i + 196_000_000_000_000_000).cast(pl.String).alias("nip"),
        pl.lit(1, dtype=pl.Int64).alias("Pegawai"),
        (200 + i.hash(2) % 41).cast(pl.Int64).alias("hari kerja efektif"),
        (i.hash(3) % 20).cast(pl.Int64).alias("hari tidak masuk kerja"),
        (i.hash(4) % 40).cast(pl.Int64).alias("Jumlah PNS yang hadir"),
        (i.hash(5) % 41).cast(pl.Int64).alias("Jumlah PNS"),
    )


# --------------------------------------------------------------------------------------
# Sections, each run in its own process
# --------------------------------------------------------------------------------------


def section_polars(args: argparse.Namespace) -> dict[str, Any]:
    import polars as pl

    import ikicalc

    report: dict[str, Any] = {}
    with measured(report):
        lf = employees(args.rows, args.units).lazy()
        ratio, attendance = ikicalc.parse(RATIO), ikicalc.parse(ATTENDANCE)
        h, t = pl.col("Jumlah PNS yang hadir"), pl.col("Jumlah PNS")
        p, hk, htm = (
            pl.col("Pegawai"),
            pl.col("hari kerja efektif"),
            pl.col("hari tidak masuk kerja"),
        )

        def nonzero(d: pl.Expr) -> pl.Expr:
            return pl.when(d != 0).then(d)

        hand_ratio = h / nonzero(t) * 100
        naive_ratio = h / t * 100
        hand_attendance = p.sum() * (hk.sum() - htm.sum()) / nonzero(p.sum() * hk.sum()) * 100
        # the seed formula writes 'Hari kerja efektif' and 'hari kerja efektif': one variable,
        # whose first spelling is not the column's; columns= says which column it is
        columns = {"hari kerja efektif": "hari kerja efektif"}
        iki_ratio, iki_attendance = ratio.to_polars(), attendance.to_polars(columns)
        by = lf.group_by("unit")
        report["times"] = medians(
            {
                "ratio ikicalc": lambda: lf.select(iki_ratio).collect(),
                "ratio hand": lambda: lf.select(hand_ratio).collect(),
                "ratio naive": lambda: lf.select(naive_ratio).collect(),
                "attendance ikicalc": lambda: by.agg(iki_attendance).collect(),
                "attendance hand": lambda: by.agg(hand_attendance).collect(),
            },
            args.repeat,
        )
        # the same numbers
        got = lf.select(iki_ratio.alias("a"), hand_ratio.alias("b")).collect()
        assert got["a"].equals(got["b"]), "ratio differs"
        one = by.agg(iki_attendance.alias("a"), hand_attendance.alias("b")).collect()
        assert one.select((pl.col("a") - pl.col("b")).abs().max()).item() < 1e-9
    return report


def section_duckdb(args: argparse.Namespace) -> dict[str, Any]:
    import duckdb

    import ikicalc

    report: dict[str, Any] = {}
    with measured(report):
        con = duckdb.connect()
        arrow = employees(args.rows, args.units).to_arrow()
        con.register("source", arrow)
        con.execute("CREATE TABLE pegawai AS SELECT * FROM source")
        con.unregister("source")
        del arrow
        iki_ratio = ikicalc.parse(RATIO).to_sql("duckdb")
        iki_attendance = ikicalc.parse(ATTENDANCE).to_sql("duckdb")
        hand_ratio = '"Jumlah PNS yang hadir" / NULLIF("Jumlah PNS", 0) * 100'
        naive_ratio = '"Jumlah PNS yang hadir" / "Jumlah PNS" * 100'
        p, hk, htm = '"Pegawai"', '"hari kerja efektif"', '"hari tidak masuk kerja"'
        hand_attendance = (
            f"SUM({p}) * (SUM({hk}) - SUM({htm})) / NULLIF(SUM({p}) * SUM({hk}), 0) * 100"
        )

        def rows(expr: str) -> Callable[[], object]:
            return lambda: con.sql(f"SELECT {expr} AS v FROM pegawai").to_arrow_table()  # noqa: S608

        def groups(expr: str) -> Callable[[], object]:
            query = f"SELECT unit, {expr} AS v FROM pegawai GROUP BY unit"  # noqa: S608
            return lambda: con.sql(query).to_arrow_table()

        report["times"] = medians(
            {
                "ratio ikicalc": rows(iki_ratio),
                "ratio hand": rows(hand_ratio),
                "ratio naive": rows(naive_ratio),
                "attendance ikicalc": groups(iki_attendance),
                "attendance hand": groups(hand_attendance),
            },
            args.repeat,
        )
        report["sql"] = {"ratio": iki_ratio, "attendance": iki_attendance}
    return report


def section_scalar(args: argparse.Namespace) -> dict[str, Any]:
    import ikicalc

    report: dict[str, Any] = {}
    with measured(report):
        sample = employees(min(args.sample, args.rows), args.units)
        ratio, attendance = ikicalc.parse(RATIO), ikicalc.parse(ATTENDANCE)
        records = sample.select("Jumlah PNS yang hadir", "Jumlah PNS").rows(named=True)
        start = time.perf_counter()
        for record in records:
            with suppress(ikicalc.EvaluationError):
                ratio.evaluate(record)
        ratio_seconds = time.perf_counter() - start
        names = ["Pegawai", "hari kerja efektif", "hari tidak masuk kerja"]
        grouped = sample.group_by("unit").agg(names).rows(named=True)
        start = time.perf_counter()
        for group in grouped:
            attendance.evaluate({name: group[name] for name in names})
        attendance_seconds = time.perf_counter() - start
        scale = args.rows / sample.height
        report["times"] = {
            "ratio scalar (extrapolated)": ratio_seconds * scale,
            "attendance scalar (extrapolated)": attendance_seconds * scale,
        }
        report["sample"] = sample.height
    return report


def section_csv(args: argparse.Namespace) -> dict[str, Any]:
    from ikicalc.documents import loads_document
    from ikicalc.evaluation.frame import evaluate_frame

    report: dict[str, Any] = {}
    doc = loads_document(DOCUMENT)
    out = Path(args.csv).with_name("report.csv")
    with measured(report):
        start = time.perf_counter()
        result = evaluate_frame(doc, args.csv, by="unit", keep=["unit", "nip"])
        result.write(out)
        report["times"] = {"csv -> evaluate_frame -> report csv": time.perf_counter() - start}
    report["input_mib"] = round(Path(args.csv).stat().st_size / 2**20)
    report["output_mib"] = round(out.stat().st_size / 2**20)
    return report


SECTIONS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "polars": section_polars,
    "duckdb": section_duckdb,
    "scalar": section_scalar,
    "csv": section_csv,
}


def run_section(name: str, args: argparse.Namespace, *extra: str) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--section",
        name,
        "--rows",
        str(args.rows),
        "--units",
        str(args.units),
        "--repeat",
        str(args.repeat),
        "--sample",
        str(args.sample),
        *extra,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode:
        raise SystemExit(f"section {name} failed:\n{done.stderr}")
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--units", type=int, default=2_000, help="groups for the Σ formula")
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--sample", type=int, default=100_000, help="rows for the scalar path")
    parser.add_argument("--section", choices=sorted(SECTIONS), help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if args.section:
        print(json.dumps(SECTIONS[args.section](args)))
        return

    reports: dict[str, dict[str, Any]] = {}
    for name in ("polars", "duckdb", "scalar"):
        reports[name] = run_section(name, args)
    with tempfile.TemporaryDirectory(prefix="ikicalc-bench-") as tmp:
        csv = Path(tmp) / "pegawai.csv"
        employees(args.rows, args.units).write_csv(csv)
        reports["csv"] = run_section("csv", args, "--csv", str(csv))
    if args.json:
        print(json.dumps(reports))
        return
    print_report(args, reports)


def print_report(args: argparse.Namespace, reports: dict[str, dict[str, Any]]) -> None:
    import platform

    print(
        f"{args.rows:,} rows, {args.units:,} units; medians of {args.repeat} runs; "
        f"Python {platform.python_version()}"
    )
    print(f"{'':34}{'ikicalc':>10}{'hand':>10}{'ratio':>8}{'naive':>10}")
    for engine in ("polars", "duckdb"):
        times = reports[engine]["times"]
        for case in ("attendance", "ratio"):
            iki, hand = times[f"{case} ikicalc"], times[f"{case} hand"]
            naive = times.get(f"{case} naive")
            shown = f"{naive:>9.3f}s" if naive is not None else ""
            label = f"{engine} {case}" + (" (per unit)" if case == "attendance" else " (per row)")
            print(f"{label:34}{iki:>9.3f}s{hand:>9.3f}s{iki / hand:>7.2f}x{shown}")
    scalar = reports["scalar"]
    for case, seconds in scalar["times"].items():
        print(f"{case:34}{seconds:>9.1f}s   (sample of {scalar['sample']:,} rows)")
    csv = reports["csv"]
    seconds = csv["times"]["csv -> evaluate_frame -> report csv"]
    print(
        f"CSV {csv['input_mib']} MiB -> evaluate_frame -> report CSV {csv['output_mib']} MiB: "
        f"{seconds:.1f}s"
    )
    print("peak memory per process (RSS / anonymous RSS):")
    for name, report in reports.items():
        print(f"  {name:8} {report['peak_rss_mib']:>6} MiB / {report['peak_anon_mib']:>6} MiB")


if __name__ == "__main__":
    main()
