"""The red-team campaign (issue 12): hostile inputs across the whole public API and the CLI.

Every input must give a result or an ``ikicalc.IkiError`` (never another exception), within
5 s and without the process growing past 1 GiB. The inputs are built from a seeded random
mix of the pieces documents are made of and the pieces attackers use: formula words, numbers
in every spelling, LaTeX, control characters, bidi marks, fullwidth digits, NUL, huge and
tiny exponents, deep brackets, long chains, Rich markup, spreadsheet formulas, YAML
anchors and tags, CSV quoting, and files of every format ikicalc reads.

    python fuzz/campaign.py --inputs 100000 [--seed 1]      # the long run (a few minutes)

``tests/test_campaign.py`` runs it at a small size in CI. The summary line gives the inputs
tried, the outcomes by kind, the failures (non-IkiError exceptions, runs over 5 s) and the
worst time and memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import ikicalc
from ikicalc.documents import loads_document

SLOW_SECONDS = 5.0
MEMORY_LIMIT_MIB = 1024

PIECES = [
    "Jumlah PNS yang hadir", "Jumlah PNS", " / ", " x ", " X ", "100%", "100 %", " berbanding ",
    " dibagi ", " dikalikan ", " : ", "Σ ", "\\sum ", "\\frac{", "}{", "}", "$", "\\text{",
    "(", ")", "[", "]", "{", "}", " + ", " - ", "−", "×", "÷", "*", "0", "1", "1.000",
    "1.250,5", "81,35", "+38", "-0", "1e999999", "9" * 40, "0,000000000000000000000000000001",
    "١٢٣", "１２３", "\u202e", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\r", "\n", "\t",
    "[/x]", "[bold]", "=HYPERLINK(\"x\")", "@SUM(A1)", ",=1+1", "&amp;", "<u>", "</u>",
    "<p>", "1. ", "- ", "Tidak Baik", "Baik", "25,00 – 43,75", " s.d. ", " ≥ ", "≤ 50",
    "per 100.000 penduduk", "x 1.000 KH", "rata-rata", "Kec.", "s/d", "GU/TU", "dll.",
    "'", '"', ";", ",", "%", "\\%", "_____", "…", "ü", "é", "ñ",
]

YAML_PIECES = [
    "unit: X\n", "tahun: 2024\n", "jabatan:\n", "  - nama: C\n", "    indikator:\n",
    "      - id: a\n", "        indikator: K\n", "        formula: ", "        target: ",
    "        konstanta: {A: 1}\n", "        kategori: ", "&a [*a, *a]\n",
    "!!python/object:os.system\n",
    "<<: *a\n", "1:1:1:1:1\n", "0x" + "f" * 40 + "\n", "1.0e+9999999\n", ".nan\n", "~\n",
    "'\\x00'\n", "\"\\u202e\"\n", "[[[[[[[[[[\n", "{a: {b: {c: }}}\n", "- - - -\n",
]


@dataclass
class Tally:
    """What the campaign found."""

    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    slowest: float = 0.0
    slowest_case: str = ""

    def summary(self) -> str:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (
            f"{self.inputs} inputs; outcomes: {kinds}; {len(self.failures)} failures; "
            f"slowest {self.slowest:.2f} s ({self.slowest_case}); peak RSS {peak:.0f} MiB"
        )


def _text(rng: random.Random, pieces: list[str], most: int = 12) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def _number_text(rng: random.Random) -> str:
    return rng.choice(["38", "+38", "-1", "0", "1.250,5", "1,250.5", "81.35", "dua", "", "1e5",
                       "١٢", "Inf", "NaN", "9" * 35, "0,5", " 7 ", "\x00", "=1+1"])


def _cases(rng: random.Random, folder: Path) -> list[tuple[str, Callable[[], object]]]:
    formula = _text(rng, PIECES)
    scale_text = _text(rng, PIECES, 8)
    data = {_text(rng, PIECES, 3): _number_text(rng) for _ in range(rng.randint(0, 4))}
    yaml_text = _text(rng, YAML_PIECES, 14) + _text(rng, PIECES, 4)
    csv_text = "\n".join(
        ";".join(_number_text(rng) if rng.random() < 0.6 else _text(rng, PIECES, 2)
                 for _ in range(rng.randint(1, 5)))
        for _ in range(rng.randint(0, 6))
    )
    csv_path = folder / f"data{rng.randint(0, 3)}.csv"
    json_path = folder / "data.json"

    def read_csv() -> object:
        csv_path.write_text(csv_text, encoding="utf-8", errors="surrogatepass")
        return ikicalc.read_realisasi(csv_path, strict=rng.random() < 0.5)

    def read_json() -> object:
        value: object = [{k: v for k, v in data.items()}] if rng.random() < 0.7 else data
        json_path.write_text(json.dumps(value), encoding="utf-8")
        return ikicalc.read_realisasi(json_path)

    def report() -> object:
        document = loads_document(
            "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
            f"      - id: a\n        indikator: K\n        formula: {json.dumps(formula)}\n"
            f"        target: {json.dumps(_number_text(rng))}\n"
        )
        csv_path.write_text("nip;" + ";".join(data) + "\n1;" + ";".join(
            json.dumps(v) for v in data.values()) + "\n", encoding="utf-8")
        return ikicalc.build_report(document, ikicalc.read_realisasi(csv_path, strict=False))

    def cli() -> object:
        from typer.testing import CliRunner

        from ikicalc.cli import app

        args = rng.choice([
            ["eval", formula, *[f"--set={k}={v}" for k, v in data.items()]],
            ["explain", formula],
            ["check", str(csv_path)],
        ])
        done = CliRunner().invoke(app, args)
        if done.exception is not None and not isinstance(done.exception, SystemExit):
            raise done.exception
        return done.exit_code

    return [
        ("parse", lambda: ikicalc.parse(formula)),
        ("lint", lambda: ikicalc.lint(formula)),
        ("read_cell", lambda: ikicalc.read_cell(formula)),
        ("evaluate", lambda: ikicalc.parse(formula).evaluate(data)),
        ("parse_target", lambda: ikicalc.parse_target(scale_text)),
        ("scale", lambda: ikicalc.Scale.parse(scale_text)),
        ("capaian", lambda: ikicalc.capaian(_number_text(rng), _number_text(rng))),
        ("nilai_capaian_iki", lambda: ikicalc.nilai_capaian_iki(_number_text(rng))),
        ("loads_document", lambda: loads_document(yaml_text)),
        ("read_csv", read_csv),
        ("read_json", read_json),
        ("report", report),
        ("cli", cli),
    ]


def run(inputs: int, seed: int = 1) -> Tally:
    """Run ``inputs`` hostile inputs (each one call of one public function)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible hostile inputs, not secrets
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="ikicalc-campaign-") as name:
        folder = Path(name)
        while tally.inputs < inputs:
            for case, call in _cases(rng, folder):
                if tally.inputs >= inputs:
                    break
                tally.inputs += 1
                start = time.perf_counter()
                try:
                    call()
                    tally.outcomes["result"] += 1
                except ikicalc.IkiError:
                    tally.outcomes["IkiError"] += 1
                except Exception as error:
                    tally.outcomes["failure"] += 1
                    where = traceback.extract_tb(error.__traceback__)[-1]
                    place = f"{where.filename}:{where.lineno}"
                    tally.failures.append(f"{case}: {type(error).__name__}: {error} at {place}")
                took = time.perf_counter() - start
                if took > tally.slowest:
                    tally.slowest, tally.slowest_case = took, case
                if took > SLOW_SECONDS:
                    tally.failures.append(f"{case}: took {took:.1f} s")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    limit = MEMORY_LIMIT_MIB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit * 4, limit * 4))  # a runaway stops, not swaps
    started = time.perf_counter()
    tally = run(args.inputs, args.seed)
    print(tally.summary() + f"; {time.perf_counter() - started:.0f} s in all")
    for failure in tally.failures[:50]:
        print("  " + failure)


if __name__ == "__main__":
    main()
