"""Benchmark of ``ikicalc report --stream`` against a hand-written Polars pipeline (issue 18).

Generates a wide realisasi CSV (``--rows``, default 3 million, one row per employee; seed
``--seed``): ``nip``, ``nama``, ``unit`` (``--units`` units) and the variable columns of three
indicators taken from the example documents:

- ``004-001`` (Kecamatan Bululawang 2017), the attendance of a unit: ``Σ Pegawai × (Σ Hari
  kerja efektif − Σ hari tidak masuk kerja) / (Σ Pegawai × Σ hari kerja efektif) × 100%``,
  with ``hari kerja efektif`` a ``konstanta`` (240) and ``Σ Pegawai`` counting rows; a ``Σ``
  formula, grouped by ``unit``;
- ``004-002`` (Bululawang), ``Σ Pengajuan yang dicairkan / Σ Pengajuan yang seharusnya Cair
  × 100%``, grouped by ``unit``;
- ``003-004`` (Kecamatan Bagor 2019), a ratio per row: ``Jumlah PNS yang hadir / Jumlah PNS
  × 100%`` (some rows have ``Jumlah PNS`` 0: a division by zero, an error in the row);

then runs, each in its own process, alternating in shuffled order after one warm-up run of
each, ``--repeat`` times:

- ``ikicalc``: the library call ``report --stream --by unit`` makes
  (``evaluate_frame(document, csv, by="unit").write(out.csv)``), timed inside the process;
- ``polars``: a hand-written Polars pipeline (``scan_csv`` → the same output columns, one
  plan: the group totals joined back to the rows → ``sink_csv``), timed inside the process;
- ``read``: reading the file with Polars (``scan_csv(...).collect()``), timed inside;
- ``cli`` (with ``--cli``): the ``ikicalc report … --stream`` command, wall time of the whole
  process (interpreter start-up and imports included).

It prints the median of each (wall and CPU seconds of the timed part), the ratio ikicalc /
polars, the load average, and the peak RSS of each process
(``ru_maxrss`` from ``os.wait4``), and checks that ``ikicalc`` and ``polars`` wrote the same
rows (text columns equal, numbers equal to 1e-9 relative, nulls in the same places).

    python benchmarks/bench_stream.py [--rows 3000000] [--repeat 5] [--cli] [--json]

Goal (issue 18): ikicalc / polars ≤ 1.2 at 3 million rows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DOCUMENT = r"""
unit: Kecamatan Contoh
tahun: 2024
jabatan:
  - nama: Sekretaris Kecamatan
    indikator:
    - id: 004-001
      indikator: Persentase Tingkat Kehadiran PNS lingkup Kecamatan
      formula: $\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari tidak masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} \times 100\%$
      konstanta:
        hari kerja efektif: 240
      target: 95
    - id: 004-002
      indikator: Tingkat kelancaran administrasi perkantoran
      formula: $\frac{\sum \text{Pengajuan yang dicairkan}}{\sum \text{Pengajuan yang seharusnya Cair}} \times 100\%$
      target: 90
  - nama: Kepala Sub Bagian Umum
    indikator:
    - id: 003-004
      indikator: Tingkat Kehadiran ASN
      formula: $\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$
      target: 100
"""

HEADER = (
    "nip",
    "nama",
    "unit",
    "hari tidak masuk kerja",
    "Jumlah PNS yang hadir",
    "Jumlah PNS",
    "Pengajuan yang dicairkan",
    "Pengajuan yang seharusnya Cair",
)

_NAMES = ("Agus", "Siti", "Bambang", "Dewi", "Hadi", "Nur", "Rina", "Joko", "Sri", "Budi")


def generate(path: Path, rows: int, units: int = 2000, seed: int = 18) -> None:
    """Write the wide realisasi CSV: ``rows`` employees in ``units`` units (deterministic)."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADER) + "\n")
        lines: list[str] = []
        for row in range(rows):
            bits = rng.getrandbits(64)
            pns = bits % 61  # 0 … 60; 0 is a division by zero in 003-004
            hadir = (bits >> 8) % (pns + 1)
            seharusnya = 1 + (bits >> 16) % 40
            dicairkan = (bits >> 24) % (seharusnya + 1)
            absent = (bits >> 32) % 21
            unit = (bits >> 40) % units
            name = _NAMES[(bits >> 56) % len(_NAMES)]
            lines.append(
                f"{198001012005011000 + row},{name} {row},U{unit:04d},{absent},{hadir},{pns},"
                f"{dicairkan},{seharusnya}\n"
            )
            if len(lines) == 100_000:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))


# --------------------------------------------------------------------------------------
# The cases, each run in a child process: python bench_stream.py --case NAME DATA OUT DOC
# --------------------------------------------------------------------------------------


def case_ikicalc(data: Path, out: Path, document: Path) -> tuple[float, float]:
    """What ``ikicalc report DOC --data DATA --stream --by unit --output OUT`` runs."""
    from ikicalc.documents import load_document
    from ikicalc.evaluation.frame import evaluate_frame

    start = _now()
    evaluate_frame(load_document(document), data, by="unit").write(out)
    return _since(start)


def _zero(denominator: str) -> str:
    return f"division by zero: the denominator '{denominator}' is 0"


def case_polars(data: Path, out: Path, document: Path) -> tuple[float, float]:
    """The same output, written by hand in Polars: one plan (in which Polars reads the file
    twice: once for the group totals, once for the rows joined to them)."""
    import polars as pl

    start = _now()
    rows = pl.scan_csv(data)
    hadir, pns = pl.col("Jumlah PNS yang hadir"), pl.col("Jumlah PNS")
    absent = pl.col("hari tidak masuk kerja")
    cair, seharusnya = pl.col("Pengajuan yang dicairkan"), pl.col("Pengajuan yang seharusnya Cair")

    def sum_problem(column: pl.Expr, name: str) -> pl.Expr:
        missing = column.null_count()
        return pl.when(missing > 0).then(
            pl.format(
                "Σ {}: {} of {} rows have no number (first: row {})",
                pl.lit(name),
                missing,
                pl.len(),
                pl.col("__row").filter(column.is_null()).first(),
            )
        )

    n = pl.len().cast(pl.Float64)
    days = 240.0 * n
    below_001 = n * days
    below_002 = seharusnya.sum().cast(pl.Float64)
    groups = (
        rows.with_row_index("__row", offset=1)
        .group_by("unit")
        .agg(
            (pl.when(below_001 != 0).then(n * (days - absent.sum()) / below_001 * 100)).alias(
                "004-001 realisasi"
            ),
            pl.coalesce(
                sum_problem(absent, "hari tidak masuk kerja"),
                pl.when(below_001 == 0).then(
                    pl.lit(_zero(r"\sum \text{Pegawai} \times \sum \text{hari kerja efektif}"))
                ),
            ).alias("004-001 raw"),
            (pl.when(below_002 != 0).then(cair.sum() / below_002 * 100)).alias("004-002 realisasi"),
            pl.coalesce(
                sum_problem(cair, "Pengajuan yang dicairkan"),
                sum_problem(seharusnya, "Pengajuan yang seharusnya Cair"),
                pl.when(below_002 == 0).then(
                    pl.lit(_zero(r"\sum \text{Pengajuan yang seharusnya Cair}"))
                ),
            ).alias("004-002 raw"),
        )
    )
    per_row = pl.when(pns != 0).then(hadir.cast(pl.Float64) / pns * 100).alias("003-004 realisasi")
    per_row_error = pl.coalesce(
        pl.when(hadir.is_null()).then(pl.lit("no value for 'Jumlah PNS yang hadir'")),
        pl.when(pns.is_null()).then(pl.lit("no value for 'Jumlah PNS'")),
        pl.when(pns == 0).then(pl.lit(_zero(r"\text{Jumlah PNS}"))),
    ).alias("003-004 raw")
    joined = rows.with_columns(per_row, per_row_error).join(
        groups, on="unit", how="left", nulls_equal=True, maintain_order="left"
    )

    def judged(prefix: str, target: float) -> list[pl.Expr]:
        capaian = pl.col(f"{prefix} realisasi") / target * 100
        persen = (capaian * (1 + 1e-12)).round(0, mode="half_away_from_zero")
        kategori = (
            pl.when(persen <= 59)
            .then(pl.lit("Sangat Kurang"))
            .when((persen >= 60) & (persen <= 79))
            .then(pl.lit("Kurang"))
            .when((persen >= 80) & (persen <= 99))
            .then(pl.lit("Cukup"))
            .when(persen == 100)
            .then(pl.lit("Baik"))
            .when(persen >= 101)
            .then(pl.lit("Sangat Baik"))
        )
        nilai = (
            pl.when(persen <= -1)
            .then(0.0)
            .when(persen <= 59)
            .then(49 / 59 * persen)
            .when(persen <= 79)
            .then(50 + (persen - 60))
            .when(persen <= 99)
            .then(70 + (persen - 80))
            .when(persen == 100)
            .then(109.0)
            .when(persen <= 110)
            .then(110 + 10 / 9 * (persen - 101))
            .when(persen > 110)
            .then(120.0)
        )
        # the plausibility warnings: a part over its whole above 100 %, a capaian above
        # 1 000 % (the generated data has none: the messages are short here)
        realisasi = pl.col(f"{prefix} realisasi")
        warnings = [pl.when(capaian > 1000).then(pl.format("W112: capaian {}%", capaian))]
        if prefix == "003-004":
            warnings.insert(
                0, pl.when(realisasi > 100).then(pl.format("W111: realisasi {}%", realisasi))
            )
        said = pl.concat_str([pl.col(f"{prefix} raw"), *warnings], separator="; ", ignore_nulls=True)
        return [
            capaian.alias(f"{prefix} capaian"),
            kategori.alias(f"{prefix} kategori"),
            nilai.alias(f"{prefix} nilai"),
            pl.col(f"{prefix} raw").alias(f"{prefix} error"),
            pl.when(said != "").then(said).alias(f"{prefix} keterangan"),
        ]

    output = [pl.col(name) for name in HEADER]
    for prefix, target in (("004-001", 95.0), ("004-002", 90.0), ("003-004", 100.0)):
        output += [pl.col(f"{prefix} realisasi"), *judged(prefix, target)]
    joined.select(output).sink_csv(out)
    return _since(start)


def case_read(data: Path, out: Path, document: Path) -> tuple[float, float]:
    """Only reading the file with Polars (every row, types inferred)."""
    import polars as pl

    start = _now()
    pl.scan_csv(data).collect(engine="streaming")
    return _since(start)


CASES = {
    "ikicalc": case_ikicalc,
    "polars": case_polars,
    "read": case_read,
}


def _since(start: tuple[float, float]) -> tuple[float, float]:
    """Wall and CPU seconds (every thread of the process) since ``start`` (:func:`_now`)."""
    return time.perf_counter() - start[0], time.process_time() - start[1]


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def run_case(case: str, data: Path, out: Path, document: Path) -> tuple[float, float, float]:
    """Run one case in a child process: (seconds, peak RSS in MiB, CPU seconds). The seconds
    and CPU seconds are those of the timed part (for ``cli``, the whole process's)."""
    if case == "cli":
        command = [
            sys.executable, "-m", "ikicalc", "report", str(document), "--data", str(data),
            "--stream", "--by", "unit", "--output", str(out),
        ]  # fmt: skip
    else:
        command = [sys.executable, __file__, "--case", case, str(data), str(out), str(document)]
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors)  # noqa: S603
        assert child.stdout is not None
        stdout = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.stdout.close()
        errors.seek(0)
        stderr = errors.read()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{case} failed ({child.returncode}):\n{stderr.decode(errors='replace')}")
    if case == "cli":
        seconds, cpu = wall, usage.ru_utime + usage.ru_stime
    else:
        seconds, cpu = (float(x) for x in stdout.decode().strip().splitlines()[-1].split())
    return seconds, usage.ru_maxrss / 1024, cpu


def same_output(first: Path, second: Path) -> list[str]:
    """The differences between two result CSVs (none: ``[]``): the same columns, text cells
    equal, number cells equal to 1e-9 relative, nulls in the same places."""
    import polars as pl

    left = pl.read_csv(first, infer_schema=False)
    right = pl.read_csv(second, infer_schema=False)
    if left.columns != right.columns:
        return [f"columns differ: {left.columns} vs {right.columns}"]
    if left.height != right.height:
        return [f"rows differ: {left.height} vs {right.height}"]
    problems = []
    for name in left.columns:
        a, b = pl.col("a"), pl.col("b")
        pair = pl.DataFrame({"a": left[name], "b": right[name]})
        x, y = a.cast(pl.Float64, strict=False), b.cast(pl.Float64, strict=False)
        equal = (a == b) | (a.is_null() & b.is_null())
        close = (x - y).abs() <= 1e-9 * pl.max_horizontal(x.abs(), pl.lit(1.0))
        bad = pair.filter(~(equal.fill_null(False) | close.fill_null(False)))
        if bad.height:
            problems.append(f"{name!r}: {bad.height} rows differ, e.g. {bad.row(0)}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rows", type=int, default=3_000_000)
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--cli", action="store_true", help="also time the CLI process")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--case", choices=sorted(CASES), help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        data, out, document = (Path(p) for p in args.paths)
        print(*CASES[args.case](data, out, document))
        return

    with tempfile.TemporaryDirectory(prefix="bench-stream-") as folder:
        base = Path(folder)
        data, document = base / "realisasi.csv", base / "dokumen.yaml"
        document.write_text(DOCUMENT, encoding="utf-8")
        start = time.perf_counter()
        generate(data, args.rows, args.units, args.seed)
        made = time.perf_counter() - start
        size = data.stat().st_size / 2**20
        print(f"{args.rows:,} rows, {size:.0f} MiB, generated in {made:.1f} s", file=sys.stderr)
        cases = ["ikicalc", "polars", "read"]
        cases += ["cli"] if args.cli else []
        times: dict[str, list[float]] = {case: [] for case in cases}
        cpus: dict[str, list[float]] = {case: [] for case in cases}
        peaks: dict[str, float] = dict.fromkeys(cases, 0.0)
        order = random.Random(args.seed)  # noqa: S311 - the order of the cases
        for round_ in range(args.repeat + 1):  # round 0 is the warm-up
            shuffled = order.sample(cases, len(cases))
            for case in shuffled:
                seconds, peak, cpu = run_case(case, data, base / f"{case}.csv", document)
                peaks[case] = max(peaks[case], peak)
                if round_:
                    times[case].append(seconds)
                    cpus[case].append(cpu)
        differences = same_output(base / "ikicalc.csv", base / "polars.csv")

    figures: dict[str, Any] = {
        "rows": args.rows,
        "file_mib": round(size, 1),
        "repeat": args.repeat,
        "median_s": {case: round(statistics.median(t), 3) for case, t in times.items()},
        "median_cpu_s": {case: round(statistics.median(t), 3) for case, t in cpus.items()},
        "peak_rss_mib": {case: round(p) for case, p in peaks.items()},
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "same_output": not differences,
    }
    median = figures["median_s"]
    figures["ratio_ikicalc_polars"] = round(median["ikicalc"] / median["polars"], 2)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{args.rows:,} rows ({size:.0f} MiB CSV), medians of {args.repeat}:")
        for case in cases:
            peak = figures["peak_rss_mib"][case]
            cpu = figures["median_cpu_s"][case]
            print(f"  {case:9} {median[case]:7.3f} s   CPU {cpu:7.3f} s   peak RSS {peak} MiB")
        print(f"  ikicalc / polars = {figures['ratio_ikicalc_polars']:.2f}  (goal ≤ 1.2)")
        cpu = figures["median_cpu_s"]
        print(f"  in CPU seconds: {cpu['ikicalc'] / cpu['polars']:.2f}")
        print("  load average at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
        print("  same output: " + ("yes" if not differences else "NO"))
    for difference in differences:
        print("  " + difference, file=sys.stderr)
    if differences:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
