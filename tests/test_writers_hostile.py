"""Hostile text and numbers in any report cell: every writer writes, nothing else (issue 12)."""

from __future__ import annotations

import csv
import io
import re
from fractions import Fraction

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from ikicalc.report import Report, ReportRow
from ikicalc.writers import report_bytes
from ikicalc.writers.guard import INVISIBLE

_HOSTILE = st.lists(
    st.one_of(
        st.sampled_from(
            [
                *"=+-@,;\"'<>&[]/\\\t\r\n \u00a0\ufeff\u200b\u202e\u2066\x1b\x00\x07\x7f\x85",
                "\ud800", "\udfff", "\ufffe", "Σ", "×", "✓", "中", "😀", "&#x41;", "<b>", "]]>",
            ]
        ),
        st.characters(),
    ),
    max_size=30,
).map("".join)
_NUMBER = st.one_of(
    st.none(),
    st.fractions(max_denominator=1000).filter(lambda f: abs(f) < 10**12),
    st.sampled_from([Fraction(10**40), Fraction(-(10**20)), Fraction(1, 3), Fraction(0)]),
)


@st.composite
def rows(draw: st.DrawFn) -> ReportRow:
    text = draw(_HOSTILE)
    return ReportRow(
        jabatan=draw(_HOSTILE) or "J",
        indikator_id=draw(_HOSTILE),
        sasaran=draw(st.one_of(st.none(), _HOSTILE)),
        indikator=text,
        formula=draw(st.one_of(st.none(), _HOSTILE)),
        satuan=draw(st.one_of(st.none(), _HOSTILE)),
        target=draw(st.one_of(st.none(), _HOSTILE, st.sampled_from(["95", "1.0e+99999999"]))),
        realisasi=draw(_NUMBER),
        capaian=draw(_NUMBER),
        kategori=draw(st.one_of(st.none(), _HOSTILE)),
        pegawai=draw(st.one_of(st.none(), _HOSTILE)),
        error=draw(st.one_of(st.none(), _HOSTILE)),
    )


_LEADING = re.compile(f"^[{INVISIBLE}]*")
_FORMULA = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER_TEXT = re.compile(r"-[\d.,]+(E[+-]\d+)?")
REPORTS = st.lists(rows(), min_size=0, max_size=4).map(lambda r: Report(tuple(r)))
SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


@settings(max_examples=150, **SETTINGS)  # type: ignore[arg-type]
@given(REPORTS)
@example(  # a quote between the splitter and the '=' (found by hypothesis)
    Report((ReportRow("J", ',"=', None, "", None, None, None),))
)
def test_csv_of_hostile_cells_is_readable_and_runs_no_formula(report: Report) -> None:
    text = report_bytes(report, "csv").decode("utf-8").lstrip("\ufeff")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(records) == len(report.rows) + 1
    for separator in (";", ","):
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=separator):
            for field in record:  # as a spreadsheet splitting at `separator` reads it
                # what a spreadsheet runs: a formula start after invisible characters (a
                # negative number is a number, not a formula)
                shown = _LEADING.sub("", field)
                assert not shown.startswith(_FORMULA) or _NUMBER_TEXT.fullmatch(field), record


@settings(max_examples=60, **SETTINGS)  # type: ignore[arg-type]
@given(REPORTS)
def test_xlsx_of_hostile_cells_opens_and_holds_no_formula(report: Report) -> None:
    book = load_workbook(io.BytesIO(report_bytes(report, "xlsx")))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.value


@settings(max_examples=25, **SETTINGS)  # type: ignore[arg-type]
@given(REPORTS)
def test_pdf_of_hostile_cells_is_written(report: Report) -> None:
    assert report_bytes(report, "pdf").startswith(b"%PDF-")
