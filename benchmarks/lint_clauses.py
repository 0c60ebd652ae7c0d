"""Pool of wrong-but-plausible readings for lint: a right reading's cell set in a sentence.

    python benchmarks/lint_clauses.py [--half work|fresh] [--show-silent] [--show-alarms]

Takes the development formula cells ikicalc reads right (``read_right_dev_cells``) and writes
each again inside a sentence the way a regulation or an LKjIP writes it: a subordinate clause
before the formula (``Apabila data jumlah penduduk tersedia, …``), on a line of its own above
it (``Apabila …:``), or after it, with or without a comma (``…, sehingga …``). The clause says
nothing to compute, so the formula's variables and structure stay those of the cell; a reader
that takes the clause into a name reads the cell WRONG, and then lint must say so. A reader
that reads it right must stay quiet: the pool counts both.

The conjunctions are the CLASS of Indonesian subordinating conjunctions (Tata Bahasa Baku
Bahasa Indonesia, konjungtor subordinatif: of time, condition, supposition, purpose,
concession, cause, result, contrast), not words of the corpus; the clause's subject is a
variable of another dev cell, its predicate one of a few predicate shapes (an adjective, a
passive verb with its complement, a verb with negation). Each item falls in the WORK or the
FRESH half by a hash of its base cell and its shape (``pool_half``, salt ``lint_clauses``):
rules are drawn from the work half only; the fresh half is read for its rates, never a cell.

The holdout file is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc  # noqa: E402
from tests.public_scoring import pool_half, read_cell, read_right_dev_cells  # noqa: E402

SALT = "lint_clauses"

CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "time": ("setelah", "sesudah", "sebelum", "ketika", "sewaktu", "selama", "sejak", "tatkala"),
    "condition": ("jika", "apabila", "bila", "kalau", "jikalau", "manakala", "asalkan"),
    "supposition": ("seandainya", "andaikan", "sekiranya"),
    "purpose": ("agar", "supaya", "biar"),
    "concession": ("meskipun", "walaupun", "biarpun", "kendatipun", "sekalipun"),
    "cause": ("karena", "sebab", "oleh karena"),
    "result": ("sehingga", "maka"),
    "contrast": ("sedangkan", "padahal"),
}
"""The subordinating conjunctions of Indonesian grammar, by class (TBBBI, konjungtor
subordinatif), the class the pool is built from."""

PREDICATES: tuple[str, ...] = (
    "tersedia",
    "belum tersedia",
    "berubah",
    "tidak lengkap",
    "dilaporkan setiap triwulan",
    "ditetapkan oleh kepala daerah",
    "telah diverifikasi",
    "lebih kecil dari target",
    "tidak dapat dihitung",
    "bernilai nol",
)
"""The predicates a clause's subject takes: an adjective, a negation, a passive verb with its
agent or its time, a comparison."""


def _pick(seq: tuple[str, ...] | list[str], key: str) -> str:
    return seq[hashlib.sha256(key.encode()).digest()[0] % len(seq)]


def _clause(cell: dict[str, Any], subjects: list[str], shape: str) -> str:
    key = f"{cell['id']}:{shape}"
    kind = _pick(tuple(sorted(CONJUNCTIONS)), key + ":kind")
    conjunction = _pick(CONJUNCTIONS[kind], key + ":conj")
    subject = _pick(subjects, key + ":subject").lower()
    predicate = _pick(PREDICATES, key + ":predicate")
    return f"{conjunction} data {subject} {predicate}"


def _shapes(text: str, clause: str) -> Iterator[tuple[str, str]]:
    opened = clause[0].upper() + clause[1:]
    body = text.rstrip().rstrip(".")
    yield "before", f"{opened}, {text}"
    yield "line above", f"{opened}:\n{text}"
    yield "after, comma", f"{body}, {clause}."
    yield "after", f"{body} {clause}."


def cells(half: str) -> Iterator[dict[str, Any]]:
    """The pool's cells of ``half`` ("work" or "fresh"), each labelled as its base cell."""
    bases = read_right_dev_cells()
    subjects = sorted({v for c in bases for v in c["variables"] if 2 <= len(v.split()) <= 5})
    want = half == "fresh"
    for cell in bases:
        for shape in ("before", "line above", "after, comma", "after"):
            if bool(pool_half(f"{cell['id']}~{shape}", SALT)) != want:
                continue
            clause = _clause(cell, subjects, shape)
            text = dict(_shapes(cell["text"], clause))[shape]
            yield dict(cell, id=f"{cell['id']}~{shape}", text=text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("work", "fresh"), default="work")
    parser.add_argument("--show-silent", action="store_true")
    parser.add_argument("--show-alarms", action="store_true")
    args = parser.parse_args(argv)
    if args.half == "fresh" and (args.show_silent or args.show_alarms):
        parser.error("the fresh half is read for its rates only")
    read = wrong = flagged = right = alarms = 0
    for cell in cells(args.half):
        reading = read_cell(cell)
        read += 1
        if reading.outcome == "parse-failure":
            continue
        found = ikicalc.lint(cell["text"])
        if reading.right:
            right += 1
            alarms += bool({d.code for d in found} - {"W110", "W114"})
            if args.show_alarms and {d.code for d in found} - {"W110", "W114"}:
                print(f"- {cell['id']}: {cell['text'][:200]!r}")
                for d in found:
                    print(f"    {d.code} {d.message[:160]}")
            continue
        wrong += 1
        flagged += bool(found)
        if args.show_silent and not found:
            print(f"- {cell['id']}: {cell['text'][:300]!r}")
            print(f"    want {cell['variables']}; got {list(reading.variables)}")
    print(f"{args.half} half: {read} cells, read right {right}, read wrong {wrong}")
    print(f"  wrong readings flagged: {flagged} of {wrong} ({100 * flagged / max(wrong, 1):.1f} %)")
    print(
        f"  right readings with a finding other than a guess's: {alarms} of {right} "
        f"({100 * alarms / max(right, 1):.1f} %)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
