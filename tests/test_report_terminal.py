"""Issue 17 item 6: the report on a terminal. At 80 columns it is readable (fewer columns,
words never cut in the middle, lint findings in Keterangan); a wide terminal gets every
column; a pipe or a file gets plain TSV; a long run shows a progress bar."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ikicalc.cli import app
from ikicalc.cli.report import _long_run

ROOT = Path(__file__).resolve().parent.parent
BAGOR = ROOT / "examples" / "kecamatan-bagor-2019.yaml"
BAGOR_DATA = ROOT / "examples" / "data" / "bagor-2019-realisasi.csv"
ARGS = ["report", str(BAGOR), "--data", str(BAGOR_DATA)]
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_LONGEST_KEPT = 18  # words up to this long are never folded (ikicalc.cli.table)


def _terminal(columns: int, *extra: str, language: str = "id") -> str:
    """The report as a terminal of ``columns`` columns shows it (``TTY_COMPATIBLE``: rich
    treats the output as a terminal), without colour codes."""
    env = {"COLUMNS": str(columns), "TTY_COMPATIBLE": "1", "NO_COLOR": "1"}
    done = CliRunner().invoke(app, ["--bahasa", language, *extra, *ARGS], env=env)
    assert done.exit_code == 0, done.output
    return _ANSI.sub("", done.stdout)


def _tsv() -> list[list[str]]:
    done = CliRunner().invoke(app, ["--bahasa", "id", *ARGS])
    assert done.exit_code == 0, done.output
    assert "\x1b" not in done.stdout
    return [line.split("\t") for line in done.stdout.splitlines()]


def test_at_80_columns_the_table_fits_and_cuts_no_word() -> None:
    shown = _terminal(80)
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = lines[0].split()
    assert header == ["ID", "Indikator", "Realisasi", "Capaian", "Kategori", "Keterangan"]
    # every word of every Indikator and Keterangan up to 18 letters is printed whole
    words = set(shown.split())
    for row in _tsv()[1:]:
        for cell in (row[1], row[6]):
            for word in cell.replace(";", " ").split():
                if len(word) <= _LONGEST_KEPT:
                    assert word in words, word
    # the mid-word fold of issue 17 ('administra' / 'si') is gone
    assert "administrasi" in words
    assert "administra" not in words
    # lint findings reach the terminal table
    assert "W102:" in shown
    assert "E002:" in shown


_BOX = re.compile(r"[\u2500-\u257f]")


def _words(tsv: list[list[str]]) -> set[str]:
    """Every word the report's cells hold (a ``;`` that joins Keterangan's lines dropped)."""
    return {t for row in tsv for cell in row for w in cell.split() for t in (w, w.rstrip(";"))}


def _piece_of(token: str, words: set[str], *, shortened: bool = False) -> bool:
    """Whether ``token`` is a word, or a run of its pieces cut after a ``/`` or a ``-``:
    starting at the word's start or after one of them, ending at its end or with one (any
    end when ``shortened``: the start of a piece, cut with ``…``)."""
    for word in words:
        start = word.find(token)
        while start >= 0:
            end = start + len(token)
            if (start == 0 or word[start - 1] in "/-") and (
                shortened or end == len(word) or word[end - 1] in "/-"
            ):
                return True
            start = word.find(token, start + 1)
    return False


@pytest.mark.parametrize("columns", [80, 100, 160])
@pytest.mark.parametrize(
    ("document", "data"),
    [
        (BAGOR, BAGOR_DATA),
        (ROOT / "examples" / "kecamatan-bululawang-2017.yaml",
         ROOT / "examples" / "data" / "bululawang-2017-kehadiran.csv"),
    ],
)
def test_no_word_is_folded_at_any_width(columns: int, document: Path, data: Path) -> None:
    """Issue 17: at 80 columns words longer than about 18 letters (``Penyelenggaraan``,
    ``terkirim/terdistribusikan``, a file name) were folded in their middle. Every token the
    table prints is a word of the report, a piece of one broken after its ``/`` or ``-``, or
    a word shortened with ``…``; never a fragment such as ``terdistri`` / ``busikan``."""
    args = ["report", str(document), "--data", str(data)]
    env = {"COLUMNS": str(columns), "TTY_COMPATIBLE": "1", "NO_COLOR": "1"}
    shown = _ANSI.sub("", CliRunner().invoke(app, ["--bahasa", "id", *args], env=env).stdout)
    piped = CliRunner().invoke(app, ["--bahasa", "id", *args]).stdout
    tsv = [line.split("\t") for line in piped.splitlines()]
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert len(lines) > len(tsv)  # a table, not the TSV
    words = _words(tsv) | {"Capaian"}
    for token in _BOX.sub(" ", shown).split():
        if token.endswith("…"):  # shortened: the start of a word, or of a piece of one
            assert _piece_of(token[:-1], words, shortened=True), token
        else:
            assert token in words or _piece_of(token, words), token
    # the Indikator of every row is there, word by word, in order
    flat = " ".join(_BOX.sub(" ", shown).split())
    for row in tsv[1:]:
        assert row[0] in flat


def test_a_long_word_breaks_after_its_slash_or_is_shortened() -> None:
    from ikicalc.cli.table import wrap

    assert wrap("Persentase surat yang terkirim/terdistribusikan tepat waktu", 18) == (
        "Persentase surat\nyang terkirim/\nterdistribusikan\ntepat waktu"
    )
    assert wrap("Penyelenggaraan administrasi kependudukan", 12) == (
        "Penyelengga…\nadministrasi\nkependudukan"
    )
    assert wrap("perundang-undangan", 12) == "perundang-\nundangan"
    assert wrap("W102: a\nE002: b", 40) == "W102: a\nE002: b"  # its own lines kept
    for width in range(1, 30):
        for line in wrap("Penyelenggaraan pelayanan administrasi terpadu kecamatan", width).split("\n"):
            assert len(line) <= max(width, 1)


def test_a_wide_terminal_gets_every_column() -> None:
    shown = _terminal(160)
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= 160
    for title in ("ID", "Indikator", "Realisasi", "Target", "Capaian (%)", "Kategori"):
        assert title in lines[1], title
    # a 100-column terminal still has room for the target
    assert "Target" in _terminal(100).splitlines()[1]
    assert "Target" not in _terminal(99).splitlines()[0]


def test_english_keterangan() -> None:
    shown = " ".join(_terminal(200, language="en").split())
    assert "W102: the ratio looks inverted" in shown
    done = CliRunner().invoke(app, ["--bahasa", "en", *ARGS])
    keterangan = {line.split("\t")[0]: line.split("\t")[-1] for line in done.stdout.splitlines()}
    assert keterangan["003-011"] == (
        "not computed: 'x' has no operand before it; expected a number or a name or '(' "
        "(at word 1 of the formula); E002: an operand is missing, or a blank stands in for it"
    )


def test_piped_output_is_tsv() -> None:
    rows = _tsv()
    assert rows[0] == [
        "ID", "Indikator", "Realisasi", "Target", "Capaian (%)", "Kategori", "Keterangan",
    ]
    assert len(rows) == 26  # the header and the 25 indicators
    assert all(len(row) == len(rows[0]) for row in rows)
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["003-004"][2:6] == ["93,57%", "95", "98,50", "Cukup"]
    assert by_id["003-003"][6] == "W102: rasio tampak terbalik: bagian berada di bawah keseluruhan"
    assert by_id["003-011"][6].startswith("tidak dihitung: 'x' tidak didahului operand")
    assert "; E002: operand tidak ada" in by_id["003-011"][6]


@pytest.mark.parametrize(
    ("indicators", "rows", "long"),
    [(25, 41, False), (25, 20_000, True), (200, 1, True), (199, 100, False)],
)
def test_a_long_run_gets_a_progress_bar(indicators: int, rows: int, long: bool) -> None:
    assert _long_run(indicators, rows) is long


def test_the_progress_bar_counts_indicators_over_many_rows(tmp_path: Path) -> None:
    data = tmp_path / "pegawai.csv"
    lines = ["nip,Jumlah PNS yang hadir,Jumlah PNS"]
    lines += [f"{n},{n % 40},40" for n in range(2_100)]
    data.write_text("\n".join(lines) + "\n", "utf-8")
    document = tmp_path / "doc.yaml"
    rows = "".join(
        f"      - id: '{n:03d}'\n        indikator: Kehadiran {n}\n"
        "        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%\n        target: 95\n"
        for n in range(10)
    )
    document.write_text(
        "unit: Contoh\ntahun: 2024\njenis: IKI\njabatan:\n  - nama: Camat\n    indikator:\n"
        + rows,
        "utf-8",
    )
    # a process of its own: rich draws the bar from a thread, on the real standard error
    env = {**os.environ, "TTY_COMPATIBLE": "1", "NO_COLOR": "1", "COLUMNS": "100",
           "TERM": "xterm", "IKICALC_LANG": "id"}
    done = subprocess.run(
        [sys.executable, "-m", "ikicalc", "report", str(document), "--data", str(data),
         "-o", str(tmp_path / "out.csv")],
        env=env, capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    shown = _ANSI.sub("", done.stderr)
    assert "indikator (2100 baris data)" in shown
    assert "/10" in shown
    assert "21000 dihitung, 0 tidak dihitung" in shown


def test_a_narrow_terminal_drops_columns_before_cutting_words(tmp_path: Path) -> None:
    """Per-employee data adds a Pegawai column: at 80 columns Kategori goes so that
    ``penyelenggaraan`` and the employees' names stay whole; at 60 Capaian and the ID go
    too; at 100 every column is back."""
    document = tmp_path / "iki.yaml"
    document.write_text(
        "unit: Contoh\ntahun: 2024\njenis: IKI\njabatan:\n  - nama: Camat\n    indikator:\n"
        "      - id: k-1\n        indikator: Tingkat kehadiran pegawai dalam "
        "penyelenggaraan administrasi kependudukan\n        formula: (hari kerja efektif - "
        "hari tidak masuk kerja) / hari kerja efektif x 100%\n        target: 95\n",
        "utf-8",
    )
    data = tmp_path / "pegawai.csv"
    data.write_text(
        "nip;nama;hari kerja efektif;hari tidak masuk kerja\n"
        "1;Siti Rahayuningsih Kusumawardhani;240;12\n2;Budi;240;0\n",
        "utf-8",
    )
    args = ["--bahasa", "id", "report", str(document), "--data", str(data)]

    def shown(columns: int) -> str:
        env = {"COLUMNS": str(columns), "TTY_COMPATIBLE": "1", "NO_COLOR": "1"}
        done = CliRunner().invoke(app, args, env=env)
        assert done.exit_code == 0, done.output
        text = _ANSI.sub("", done.stdout)
        assert max(len(line) for line in text.splitlines()) <= columns
        return text

    narrow = shown(80)
    assert narrow.splitlines()[0].split() == [
        "ID", "Indikator", "Pegawai", "Realisasi", "Capaian", "Keterangan",
    ]
    words = set(narrow.split())
    assert {"penyelenggaraan", "Rahayuningsih", "Kusumawardhani"} <= words
    assert "…" not in narrow
    assert shown(60).splitlines()[0].split() == ["Indikator", "Pegawai", "Realisasi", "Keterangan"]
    wide = shown(100).splitlines()[1]
    for title in ("ID", "Pegawai", "Target", "Capaian (%)", "Kategori"):
        assert title in wide, title
