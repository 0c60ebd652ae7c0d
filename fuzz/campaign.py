"""The red-team campaign (issue 12): hostile inputs across the whole public API, the CLI,
hostile files and the HTTP service.

Every input must give a result or an ``ikicalc.IkiError`` (never another exception; for the
service a success or a clean 4xx problem response), within 5 s and without the process
growing past 1 GiB. The inputs are built from a seeded random mix of the pieces documents
are made of and the pieces attackers use: formula words, numbers in every spelling, LaTeX,
control characters, bidi marks, fullwidth digits, NUL, huge and tiny exponents, deep
brackets, long chains, real cells of the development corpus disturbed (capitals, Word's
spaces, Windows' line ends, said twice), Rich markup, spreadsheet formulas, YAML anchors
and tags, CSV quoting; and files (:mod:`hostile_files`): XLSX zip bombs, ``<dimension>`` lies,
shared-string bombs, billion laughs and external entities, Parquet of odd types, huge
strings and nulls, DOCX of nested tables and huge paragraphs, given to ``read_realisasi``,
``import_document``, ``build_report``, the CLI's ``report`` and ``import`` (in process) and
the service's ``/api/report``; and JSON requests (:mod:`hostile_service`): deep, huge, of
wrong types, with numbers of 400 000 digits.

    python fuzz/campaign.py --inputs 100000 [--seed 1]      # the long run

``tests/test_campaign.py`` runs it at a small size in CI. The summary gives the inputs tried
by kind, the outcomes, the failures by kind (non-IkiError exceptions, 5xx answers, runs over
5 s, memory over 1 GiB) and the worst time and memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hostile_files
from hostile_service import Service

import ikicalc
from ikicalc.documents import loads_document

FILE_SHARE = 0.5
"""Share of the rounds with a hostile file (a file costs ten times a text input)."""

SLOW_SECONDS = 5.0
MEMORY_LIMIT_MIB = 1024

Case = tuple[str, Callable[[], object]]

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

    inputs: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    failure_kinds: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    slowest_case: str = ""
    slowest_cpu: float = 0.0
    slowest_cpu_case: str = ""
    worker_peak_mib: float = 0.0
    peak_mib: float = 0.0
    peak_case: str = ""
    cpu_by_kind: Counter[str] = field(default_factory=Counter)
    wall_by_kind: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        """Inputs tried."""
        return sum(self.inputs.values())

    def fail(self, kind: str, message: str) -> None:
        """Count a failure of ``kind``."""
        self.outcomes["failure"] += 1
        self.failure_kinds[kind] += 1
        self.failures.append(f"{kind}: {message}")
        if PROGRESS or TRACE:
            print(f"FAILURE {kind}: {message}", file=sys.stderr, flush=True)

    def summary(self) -> str:
        """The figures: inputs by kind, outcomes, failures by kind, worst time and memory."""
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        families = Counter[str]()
        for kind, count in self.inputs.items():
            families[kind.split(":")[0]] += count
        return "\n".join([
            f"{self.total} inputs; by kind: "
            + ", ".join(f"{k} {v}" for k, v in sorted(families.items())),
            "outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())),
            f"failures: {sum(self.failure_kinds.values())}"
            + "".join(f"; {k} {v}" for k, v in sorted(self.failure_kinds.items())),
            f"worst time {self.slowest:.2f} s ({self.slowest_case}), worst CPU time "
            f"{self.slowest_cpu:.2f} s ({self.slowest_cpu_case}); most memory during an "
            f"input {self.peak_mib:.0f} MiB resident ({self.peak_case}); peak RSS of the "
            f"process {peak:.0f} MiB (building the bombs included), of the service worker "
            f"{self.worker_peak_mib:.0f} MiB",
        ])


def _text(rng: random.Random, pieces: list[str], most: int = 12) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def _number_text(rng: random.Random) -> str:
    return rng.choice(["38", "+38", "-1", "0", "1.250,5", "1,250.5", "81.35", "dua", "", "1e5",
                       "١٢", "Inf", "NaN", "9" * 35, "0,5", " 7 ", "\x00", "=1+1"])


_CELLS: list[str] = []
DISTURBANCES: dict[str, Callable[[str], str]] = {
    "capitals": str.upper,
    "title case": str.title,
    "no-break spaces": lambda text: text.replace(" ", "\xa0"),
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "tabs": lambda text: text.replace("  ", "\t"),
    "said twice": lambda text: f"{text} {text}",
    "said twenty times": lambda text: " ".join([text] * 20)[:9_000],
    "lines doubled": lambda text: "\n".join(line for line in text.split("\n") for _ in (1, 2)),
    # characters the reader drops (session 25): its carets are mapped back into the cell sent
    "soft hyphens": lambda text: re.sub(r"(\w{4})(?=\w{3})", "\\1\xad", text),
    "zero-width spaces": lambda text: text.replace("/", "/\u200b").replace(" ", "\u200b "),
    "blanks before line ends": lambda text: text.replace("\n", "  \n"),
    # a run of filler pasted inside the cell (session 26: the square of its length, 6 s)
    "a run of filler inside": lambda text: _filled(text),
}
"""How offices disturb a real cell (its words in capitals, Word's spaces …): a reader's
expression may be linear on the cells as they came and blow up on the same words in
capitals (``legend_entries._PIECE`` took minutes on a line of 60 capitals), or on a sentence
said over and over (each remark set aside cost a parse: 18 s for 5 800 characters)."""


_FILLER = ["-", "_", ",", "*", ";", "\t", " ", "\n", " \t", "= ", ", ", "x ", "a ", "( ", ". a"]


def _filled(text: str) -> str:
    """``text`` with a run of filler (one chosen by the text's length) filling it to 9 000
    characters at its middle."""
    unit, middle = _FILLER[len(text) % len(_FILLER)], len(text) // 2
    return text[:middle] + unit * ((9_000 - len(text)) // len(unit)) + text[middle:]


def _real_cell(rng: random.Random) -> str:
    """A development cell of the public corpus (never the set-aside file), disturbed."""
    if not _CELLS:
        path = Path(__file__).resolve().parent.parent / "tests" / "data" / "public-cells.jsonl"
        with path.open(encoding="utf-8") as handle:
            _CELLS.extend(json.loads(line)["text"] for line in handle if line.strip())
    text = rng.choice(_CELLS)
    for name in rng.sample(sorted(DISTURBANCES), rng.randint(1, 2)):
        text = DISTURBANCES[name](text)
    return text


def _parsed_with_caret(cell: str) -> object:
    """``ikicalc.parse(cell)``; its error's caret must point into its text (or right after
    its end: "the formula ends too early"), as long as the cell where characters were dropped
    and mapped back."""
    try:
        return ikicalc.parse(cell)
    except ikicalc.FormulaSyntaxError as error:
        end = error.start if error.end is None else error.end
        if not 0 <= error.start <= end <= len(error.text) + 1:
            raise AssertionError(f"caret {error.start}:{end} outside {len(error.text)}") from None
        raise


def _text_cases(rng: random.Random, folder: Path) -> list[Case]:
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
        return _cli(rng.choice([
            ["eval", formula, *[f"--set={k}={v}" for k, v in data.items()]],
            ["explain", formula],
            ["check", str(csv_path)],
        ]))

    cell = _real_cell(rng)
    return [
        ("parse", lambda: ikicalc.parse(formula)),
        ("parse_real_cell", lambda: _parsed_with_caret(cell)),
        ("lint_real_cell", lambda: ikicalc.lint(cell)),
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




def _cli(args: list[str]) -> int:
    """Run the CLI in process; an exception other than an exit is a failure."""
    from typer.testing import CliRunner

    from ikicalc.cli import app

    done = CliRunner().invoke(app, args)
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        raise done.exception
    if "Traceback" in done.output:
        raise AssertionError("a traceback in the output: " + done.output[-500:])
    return done.exit_code


def _definition(rng: random.Random) -> str:
    formula = "A / B x 100%" if rng.random() < 0.6 else _text(rng, PIECES)
    target = rng.choice(["90", "'100 %'", "[0, 0]", json.dumps(_number_text(rng))])
    return (
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
        f"      - id: a\n        indikator: K\n        formula: {json.dumps(formula)}\n"
        f"        target: {target}\n"
    )


def _file_cases(rng: random.Random, folder: Path) -> list[Case]:
    """Hostile XLSX, Parquet and DOCX files through the readers, importers, report and CLI."""
    header = ["nip", "A", "B"] if rng.random() < 0.8 else [_text(rng, PIECES, 2) for _ in "ab"]

    def formula() -> str:
        return "A / B x 100%" if rng.random() < 0.5 else _text(rng, PIECES)

    definition = folder / "definisi.yaml"
    output = folder / "out" / rng.choice(["laporan.csv", "laporan.xlsx", "laporan.json",
                                          "laporan.parquet", "def.yaml"])

    def data_file() -> tuple[str, Path]:
        if rng.random() < 0.5:
            kind, body = hostile_files.xlsx_data_bytes(rng, header)
            path = folder / "data.xlsx"
        else:
            kind, body = hostile_files.parquet_bytes(rng, header)
            path = folder / "data.parquet"
        path.write_bytes(body)
        return kind, path

    def document_file() -> tuple[str, Path]:
        if rng.random() < 0.5:
            kind, body = hostile_files.xlsx_document_bytes(rng, formula)
            path = folder / "iki.xlsx"
        else:
            kind, body = hostile_files.docx_bytes(rng, formula)
            path = folder / "iki.docx"
        path.write_bytes(body)
        return kind, path

    choice = rng.choice(["read_realisasi", "import_document", "build_report", "cli_report",
                         "cli_import", "cli_stream"])
    if choice == "read_realisasi":
        kind, path = data_file()
        return [(f"file:read_realisasi:{path.suffix[1:]}:{kind}",
                 lambda: ikicalc.read_realisasi(path, strict=rng.random() < 0.5))]
    if choice == "import_document":
        kind, path = document_file()
        return [(f"file:import_document:{path.suffix[1:]}:{kind}",
                 lambda: _import_and_report(path, folder))]
    if choice == "build_report":
        kind, path = data_file()
        text = _definition(rng)
        return [(f"file:build_report:{path.suffix[1:]}:{kind}", lambda: ikicalc.build_report(
            loads_document(text), ikicalc.read_realisasi(path, strict=False)))]
    if choice in ("cli_report", "cli_stream"):
        kind, path = data_file()
        definition.write_text(_definition(rng), encoding="utf-8")
        output.parent.mkdir(exist_ok=True)
        args = ["report", str(definition), "--data", str(path), "-o", str(output)]
        if choice == "cli_stream":
            args.append("--stream")
        else:
            args += ["-f", rng.choice(["csv", "xlsx", "json", "table"])]
        return [(f"file:{choice}:{path.suffix[1:]}:{kind}", lambda: _cli(args))]
    kind, path = document_file()
    output.parent.mkdir(exist_ok=True)
    return [(f"file:cli_import:{path.suffix[1:]}:{kind}",
             lambda: _cli(["import", str(path), "-o", str(folder / "out" / "def.yaml")]))]


def _import_and_report(path: Path, folder: Path) -> object:
    """Import a document and, when it has indicators, report it on small data."""
    document = ikicalc.import_document(path)
    data = folder / "kecil.csv"
    data.write_text("nip;A;B\n1;38;40\n", encoding="utf-8")
    return ikicalc.build_report(document, ikicalc.read_realisasi(data, strict=False))


def _service_cases(rng: random.Random, service: Service) -> list[Case]:
    """A hostile JSON request, or an upload, to the HTTP service."""
    if rng.random() < 0.7:
        kind, call = service.json_case(rng, lambda: _text(rng, PIECES),
                                       lambda: _number_text(rng))
        return [(f"service:{kind}", call)]
    header = ["nip", "A", "B"]
    if rng.random() < 0.5:
        document = ("iki.yaml", _definition(rng).encode())
    elif rng.random() < 0.5:
        document = ("iki.docx", hostile_files.docx_bytes(rng, lambda: "A / B x 100%")[1])
    else:
        document = ("iki.xlsx", hostile_files.xlsx_document_bytes(rng, lambda: "A / B")[1])
    if rng.random() < 0.5:
        data = ("data.xlsx", hostile_files.xlsx_data_bytes(rng, header)[1])
    else:
        data = ("data.csv", ("nip;A;B\n1;" + _number_text(rng) + ";" + _number_text(rng)).encode(
            "utf-8", errors="surrogatepass"))
    kind, call = service.report_case(rng, document, data)
    return [(f"service:{kind}", call)]


PROGRESS = 0
"""``--progress N``: a line on stderr every N inputs."""

TRACE = False
"""``--trace``: name each input on stderr before it runs (to find an input that kills the
process)."""


_CURRENT = [""]
_PEAK = [0.0]  # the most resident MiB the watchdog saw during the current input
_WATCHING: list[threading.Thread] = []


def _resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _watch_memory() -> None:
    """Sample the resident size every 0.1 s for :func:`_one`; stop the campaign (naming the
    input) when it grows past twice the limit: an input stuck allocating in C code cannot
    be interrupted, and the machine may be shared."""
    while True:
        resident = _resident_mib()
        _PEAK[0] = max(_PEAK[0], resident)
        if resident > 2 * MEMORY_LIMIT_MIB:
            print(f"FAILURE {_CURRENT[0]}: the process grew to {resident:.0f} MiB; stopped",
                  file=sys.stderr, flush=True)
            os._exit(3)
        time.sleep(0.1)


def _one(tally: Tally, kind: str, call: Callable[[], object]) -> None:
    _CURRENT[0] = kind
    tally.inputs[kind] += 1
    if TRACE:
        print(kind, file=sys.stderr, flush=True)
    _PEAK[0] = _resident_mib()
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        outcome = call()
        tally.outcomes[outcome if isinstance(outcome, str) else "result"] += 1
    except ikicalc.IkiError:
        tally.outcomes["IkiError"] += 1
    except Exception as error:  # every other exception is what the campaign looks for
        where = traceback.extract_tb(error.__traceback__)[-1]
        tally.fail(kind, f"{type(error).__name__}: {str(error)[:300]} at "
                         f"{where.filename}:{where.lineno}")
    took, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if took > tally.slowest:
        tally.slowest, tally.slowest_case = took, kind
    tally.cpu_by_kind[kind] += cpu
    tally.wall_by_kind[kind] += took
    if cpu > tally.slowest_cpu:
        tally.slowest_cpu, tally.slowest_cpu_case = cpu, kind
    # CPU time is the measure (the machine may be shared: wall time then depends on the
    # load); the service's work is in its worker, bounded by its own time limit.
    if cpu > SLOW_SECONDS or (kind.startswith("service:") and took > SLOW_SECONDS):
        tally.fail(kind, f"took {took:.1f} s ({cpu:.1f} s of CPU)")
    elif took > SLOW_SECONDS:
        tally.outcomes["over 5 s of wall time, under 5 s of CPU"] += 1
    peak_mib = max(_PEAK[0], _resident_mib())
    if peak_mib > tally.peak_mib:
        tally.peak_mib, tally.peak_case = peak_mib, kind
    if peak_mib > MEMORY_LIMIT_MIB:
        tally.fail(kind, f"the process grew to {peak_mib:.0f} MiB")


def run(inputs: int, seed: int = 1, *, files: bool = True, service: bool = True) -> Tally:
    """Run ``inputs`` hostile inputs (each one call of one public function, one CLI command
    or one HTTP request): per round, the text cases, one service request and, in
    :data:`FILE_SHARE` of the rounds, a file case."""
    rng = random.Random(seed)  # noqa: S311 - reproducible hostile inputs, not secrets
    tally = Tally()
    if not _WATCHING:
        _WATCHING.append(threading.Thread(target=_watch_memory, daemon=True))
        _WATCHING[0].start()
    server = Service() if service else None
    try:
        with tempfile.TemporaryDirectory(prefix="ikicalc-campaign-") as name:
            folder = Path(name)
            while tally.total < inputs:
                cases = _text_cases(rng, folder)
                if files and rng.random() < FILE_SHARE:
                    cases += _file_cases(rng, folder)
                if server is not None:
                    cases += _service_cases(rng, server)
                for kind, call in cases:
                    if tally.total >= inputs:
                        break
                    _one(tally, kind if ":" in kind else f"api:{kind}", call)
                    if PROGRESS and tally.total % PROGRESS == 0:
                        print(f"{tally.total} inputs, {len(tally.failures)} failures",
                              file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.close()
            tally.worker_peak_mib = server.worker_peak_kib / 1024
    return tally


def main() -> None:
    """The command line: ``--inputs N --seed S``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-files", action="store_true")
    parser.add_argument("--no-service", action="store_true")
    parser.add_argument("--by-kind", action="store_true", help="list inputs by detailed kind")
    parser.add_argument("--trace", action="store_true", help="name each input on stderr")
    parser.add_argument("--progress", type=int, default=0, help="report every N inputs")
    args = parser.parse_args()
    global TRACE, PROGRESS
    TRACE, PROGRESS = args.trace, args.progress
    limit = MEMORY_LIMIT_MIB * 1024 * 1024
    # a runaway stops, not swaps; Polars reserves much address space it never touches, and
    # an allocation it cannot make aborts the process: the RSS check above is the 1 GiB test
    resource.setrlimit(resource.RLIMIT_AS, (limit * 16, limit * 16))
    started = time.perf_counter()
    tally = run(args.inputs, args.seed, files=not args.no_files, service=not args.no_service)
    print(tally.summary() + f"\n{time.perf_counter() - started:.0f} s in all")
    if args.by_kind:
        for kind, count in sorted(tally.inputs.items()):
            print(f"  {kind}: {count} ({tally.wall_by_kind[kind]:.1f} s, "
                  f"{tally.cpu_by_kind[kind]:.1f} s of CPU)")
    for failure in tally.failures[:80]:
        print("  " + failure)


if __name__ == "__main__":
    main()
