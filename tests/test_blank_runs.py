"""A long run of blanks is no CPU bomb: some expressions of the layout let two quantifiers
share a run of blanks (a name's words and the gap before a bracket, ``[ \\t]*`` then ``\\s*``),
and Python's engine tried every split at every start: the cube of the run's length, minutes
for a cell of 4 000 blanks before ``(x)`` or ``:`` and an hour at the limit of 10 000
characters (found in session 19). Checked as a ratio in the same run, not a time: four times
the blanks may cost about sixteen times (the square, what is left), never sixty-four.

Session 20 took the square away too: an expression tried at each blank of a run, scanning it
to its end each time (now from the run's first blank, or its blanks taken possessively), a
loop that looked through all the cell before each ``=`` or each line, a run of stray marks
parsed again once a mark. Four times the run (of blanks, line breaks, tabs, a bar of ``-`` or
``_``, a field of dots, ``= ``, ``A = B``) now costs about four times, well under eight (the
square's sixteen), in processor time (``time.process_time``)."""

from __future__ import annotations

import contextlib
import time

import pytest

import ikicalc
from ikicalc.errors import IkiError
from ikicalc.lang.parser import parse


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        parse.cache_clear()
        start = time.perf_counter()
        with contextlib.suppress(IkiError):
            ikicalc.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("blank", [" ", "\t", "\n"])
@pytest.mark.parametrize(
    "end", [" (x)", " (X)", ": x", "\n:", " dengan kriteria sebagai berikut:", " maka A"]
)
def test_four_times_the_blanks_cost_far_less_than_the_cube(blank: str, end: str) -> None:
    short, long = (f"A / B x 100% {blank * n}{end}" for n in (300, 1200))
    _cost(short)  # the expressions compiled, the grammar built
    assert _cost(long) / _cost(short) < 40


# a run of UNIT between HEAD and TAIL (the cell's length fixed, the run fills it)
_RUNS = {
    "blanks before (x)": ("A / B x 100% ", " ", " (x)"),
    "blanks before (X)": ("A / B x 100% ", " ", " (X)"),
    "blanks before ':'": ("A / B x 100% ", " ", ":"),
    "blanks before 'maka'": ("A / B x 100% ", " ", " maka A"),
    "blanks before a line of ':'": ("A / B x 100% ", " ", "\n:"),
    "blanks before an announced list": (
        "A / B x 100% ",
        " ",
        " dengan kriteria sebagai berikut:",
    ),
    "blanks before 'x'": ("A / B x 100% ", " ", " x"),
    "blanks at the end": ("A / B x 100% ", " ", ""),
    "tabs before (x)": ("A / B x 100% ", "\t", " (x)"),
    "tabs before ':'": ("A / B x 100% ", "\t", ":"),
    "line breaks before (x)": ("A / B x 100% ", "\n", " (x)"),
    "line breaks before ':'": ("A / B x 100% ", "\n", ":"),
    "line breaks before 'maka'": ("A / B x 100% ", "\n", " maka A"),
    "blanks at the start": ("", " ", "A / B x 100%"),
    "blanks between two words": ("Jumlah", " ", "pegawai / B x 100%"),
    "blanks inside brackets": ("A / (", " ", "B) x 100%"),
    "blanks after a bracket": ("A / B x 100% (", " ", "A)"),
    "blanks before '='": ("A", " ", "= B / C"),
    "blanks before '/'": ("A", " ", "/ B"),
    "blanks before '%'": ("A / B x 100", " ", "%"),
    "blanks on a line of their own": ("A / B\n", " ", "\nx 100%"),
    "blanks after 'Keterangan:'": ("A / B x 100%\nKeterangan:", " ", "A = x"),
    "blanks after a legend's '='": ("A / B x 100%\nA =", " ", "jumlah"),
    "a bar of '-' between lines": ("A\n", "-", "\nB"),
    "a bar of '_' between lines": ("A\n", "_", "\nB"),
    "a bar of '_' at the end": ("A / B x 100% ", "_", ""),
    "a field of dots in a legend": ("A / B x 100%\nA = ", ".", "\nB = ...."),
    "stars at the end": ("A / B x 100% ", "*", ""),
    "a run of '= '": ("A / B x 100% ", "= ", ""),
    "a run of '= ' after a word": ("Jumlah ", "= ", ""),
    "a run of ': ' after a word": ("Jumlah A ", ": ", ""),
    "a run of 'A = B '": ("A / B x 100%\n", "A = B ", ""),
    "a run of lines of 'x'": ("A / B", "\nx", ""),
    # session 26 (CI, tabs before "(x)": 9.8 times): a figure said again in words after it,
    # a remark after ";", a list item's ";" at the end
    "tabs before words and ')'": ("A / B x 100% ", "\t", "lima)"),
    "tabs before a bracket after a rate": ("x 5% ", "\t", "(x"),
    "tabs inside a remark after ';'": ("A / B; catatan ini ", "\t", "x\ny"),
    "blanks after a final ';'": ("A / B;", " ", "x"),
}


def _run(head: str, unit: str, tail: str, length: int) -> str:
    return head + unit * ((length - len(head) - len(tail)) // len(unit)) + tail


def _least_cost(text: str) -> float:
    """The least processor time of five readings of ``text`` (of fewer once one takes a
    second): the process's own time, which other work on a busy machine hardly blurs."""
    best = float("inf")
    for _ in range(5):
        parse.cache_clear()
        start = time.process_time()
        with contextlib.suppress(IkiError):
            ikicalc.parse(text)
        best = min(best, time.process_time() - start)
        if best > 1:
            break
    return best


@pytest.mark.parametrize("shape", list(_RUNS))
def test_four_times_the_run_cost_about_four_times(shape: str) -> None:
    short, long = (_run(*_RUNS[shape], length) for length in (1250, 5000))
    _least_cost(short)  # the expressions compiled, the grammar built
    assert _least_cost(long) / _least_cost(short) < 8


@pytest.mark.parametrize("mark", [",", ";", " ,"])
def test_a_long_run_of_stray_marks_is_read_at_once(mark: str) -> None:
    """A stray mark ending the cell was blanked and the cell parsed again, once a mark: a
    thousand of them overflowed Python's stack (a RecursionError out of ``ikicalc.parse``)."""
    formula = ikicalc.parse("A / B x 100% " + mark * 3000)
    assert str(formula) == "A / B × 100%"
    assert len(formula.guesses) == 1


def test_a_bar_longer_than_a_page_reads_as_a_bar() -> None:
    """A run of one mark longer than any line of a page is cut to its first 200 characters
    (``paragraph.LONGEST_RUN``): a stacked fraction whose bar is 3 000 dashes reads as with a
    bar of 60, and a gap of 3 000 tabs as a gap."""
    stacked = "Jumlah desa maju\n{bar} x 100%\nJumlah desa"
    assert str(ikicalc.parse(stacked.format(bar="-" * 3000))) == str(
        ikicalc.parse(stacked.format(bar="-" * 60))
    )
    assert str(ikicalc.parse("A / B" + "\t" * 3000 + "x 100%")) == "A / B × 100%"


def test_a_run_shorter_than_a_page_is_kept() -> None:
    """A gap of 150 blanks (PDF's layout text sets columns with them) is no run to cut: the
    text as read keeps it, and the denominator stays under its numerator."""
    cell = " " * 150 + "Jumlah desa maju\n" + " " * 150 + "---------------- x 100%\n"
    cell += " " * 150 + "Jumlah desa"
    formula = ikicalc.parse(cell)
    assert str(formula) == "Jumlah desa maju / Jumlah desa × 100%"
    assert formula.source == cell
    assert len(ikicalc.parse("A" + " " * 250 + "/ B").source) == len("A") + 200 + len("/ B")


def test_the_caret_after_a_cut_run_points_into_the_cell_as_sent() -> None:
    """Characters of a long run are dropped where the reader reads; its error's caret is
    mapped back: under the second ``/`` of the cell as sent."""
    cell = "A / B" + "\t" * 3000 + "x 100% / / C"
    with pytest.raises(ikicalc.FormulaSyntaxError) as caught:
        ikicalc.parse(cell)
    assert caught.value.start == cell.index("/ / C") + 2
    assert len(caught.value.text) == len(cell)


@pytest.mark.parametrize(
    "unit", ["-", "_", ",", "*", ";", "\t", " \t", "= ", ", ", "/ a", ": a", "(a) "]
)
def test_a_long_run_inside_a_real_cell_costs_no_more_than_a_short_one(unit: str) -> None:
    """Session 26's probe put a run of filler inside development cells: 59 of 200 read in
    the square of its length (6 s for 5 000 commas; a bar of dashes inside a legend's symbol,
    the cube), each expression of the layout walking it again. Cut, four times the run costs
    about what the run of 1 250 does. Runs no cut shortens (``/ a``: each slash of a name
    weighed the whole name; ``: a``: each legend entry the text before it) cost about four
    times."""
    cell = "Jumlah penderita diare balita yang diberikan tablet zinc x 100%\nJumlah penderita"
    short, long = (cell[:41] + unit * (n // len(unit)) + cell[41:] for n in (1250, 5000))
    _least_cost(short)
    assert _least_cost(long) / _least_cost(short) < 8


def test_blanks_and_tabs_in_turn_inside_a_legend_on_the_formula_s_line() -> None:
    """PP 40/2001's toll tariff (batch 29) with 9 000 characters of ' \\t' pasted inside (the
    campaign's filler): cut to 200 where the parser reads, the legend's junction between two
    entries still took three runs of blanks in a row, the cube of 200: 9.7 s. Now each run is
    taken once: four times the run costs about four times."""
    cell = (
        "Besarnya tarif penyesuaian dihitung melalui rumus sebagai berikut: Tarif Tol Baru = "
        "Tarif Tol Lama {1+a*(inflasi)} Keterangan: a = Proporsi komponen beban usaha yang "
        "terpengaruh inflasi terhadap total beban usaha penyelenggaraan Jalan Tol. Inflasi = "
        "Data inflasi regional yang bersangkutan dari Badan Pusat Statistik (BPS)."
    )
    middle = len(cell) // 2
    short, long = (cell[:middle] + " \t" * (n // 2) + cell[middle:] for n in (50, 200))
    _least_cost(short)
    assert _least_cost(long) / _least_cost(short) < 8
