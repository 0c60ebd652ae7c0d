"""What ikicalc refuses on purpose, and what it says when it does.

IKI formulas are arithmetic on named quantities: +, -, ×, /, Σ, rata-rata, percent
literals and brackets. Anything else (code, attribute access, function calls, powers,
comparisons, logic, LaTeX beyond the list in the README) is refused with a
``FormulaSyntaxError`` that says plainly what is not supported, pointing at it.

Two notations that look like code are read on purpose and are not in this table: square
brackets group like round ones (``[A + B] / C``, see tests/test_notations.py), and words such
as ``import os`` or ``A and B`` are names (a formula is never run, so a name is only a name).
"""

from __future__ import annotations

import pytest

import ikicalc

SUPPORTED_LATEX = r"ikicalc reads \frac, \text{…}, \times, \cdot, \div, \sum, \%, \left( … \right)"
ATTRIBUTE = "a '.' cannot join two words (IKI formulas have no attribute access such as 'os.system')"
CALL = "is a function call; IKI formulas have no functions: write the calculation out with +, -, ×, / and Σ"
POWER = "'**' (a power) is not part of IKI formulas"
CARET = "powers ('^') are not part of IKI formulas"
MEAN = "'rata-rata (A + B + …)' reads two ways: write 'rata-rata (A, B, …)' for the mean"
COMPARISON = "comparisons ('<', '>') are not formulas; is this a category scale?"
EQUALITY = "comparisons ('==', '!=') are not formulas; is this a category scale?"
QUOTES = "quotes are not part of IKI formulas; write a name without quotes"

# (text, column of the problem (1-based), the message, or the part of it that matters)
REFUSED: list[tuple[str, int, str]] = [
    # attribute access
    ("a.b", 2, f"'a.b' is not a name: {ATTRIBUTE}; write the words with a space"),
    ("os.system('ls')", 3, f"'os.system' is not a name: {ATTRIBUTE}"),
    ("A.__class__ / B", 2, f"'A.__class__' is not a name: {ATTRIBUTE}"),
    ("Jumlah PNS.hadir / Jumlah PNS", 11, f"'PNS.hadir' is not a name: {ATTRIBUTE}"),
    # function calls, known to spreadsheets and programming languages
    ("max(A, B)", 1, f"'max(…)' {CALL}"),
    ("sqrt(A)", 1, f"'sqrt(…)' {CALL}"),
    ("A / sqrt(B)", 5, f"'sqrt(…)' {CALL}"),
    ("A x ROUND(B, 2)", 5, f"'ROUND(…)' {CALL}"),
    ("abs(A - B)", 1, f"'abs(…)' {CALL}"),
    ("SUM(A1:A10)", 1, f"'SUM(…)' {CALL}"),
    ("__import__('os')", 1, f"'__import__(…)' {CALL}"),
    ("__import__('os').system('echo hacked')", 1, f"'__import__(…)' {CALL}"),
    ("eval('1+1')", 1, f"'eval(…)' {CALL}"),
    # powers and exponent towers
    ("A ^ B ^ C", 3, CARET),
    ("A^{2}", 2, CARET),
    ("2**3", 2, POWER),
    ("A ** 2", 3, POWER),
    # a mean of a sum: of the listed terms, or over the rows? (issue 14)
    ("rata-rata (A1 + A2 + A3)", 1, MEAN),
    ("Nilai rata-rata dari (A + B - C) x 100%", 1, MEAN),
    # comparisons and assignments
    ("A > B", 3, COMPARISON),
    ("A >= B", 3, COMPARISON),
    ("A ≤ B", 3, "comparisons are not formulas; is this a category scale?"),
    ("A == B", 4, EQUALITY),
    ("A != B", 3, "'!' is not part of IKI formulas (they have no logic and no factorials)"),
    ("A = B = C", 7, "a formula has one '=' at most, right after its name (Tingkat … = …)"),
    ("A += 1", 4, "'=' may only follow the name of the formula (Tingkat … = …)"),
    (
        "=A1/B1*100%",
        1,
        "a formula that starts with '=' is a spreadsheet formula; write it with the names of "
        "the quantities (Jumlah PNS yang hadir / Jumlah PNS × 100%)",
    ),
    # code of other languages
    ("lambda: 1", 1, "'lambda' is Python code; ikicalc reads formulas and never runs code"),
    ("lambda x: x", 1, "'lambda' is Python code; ikicalc reads formulas and never runs code"),
    ("A[0]", 2, "a '[' right after a name looks like indexing, which IKI formulas do not have"),
    ("A && B", 3, "'&&' is not part of IKI formulas (they have no logic)"),
    ("A || B", 3, "'|' is not part of IKI formulas (they have no logic and no absolute values)"),
    ("A ? B : C", 3, "'?' is not part of IKI formulas (they have no conditions)"),
    ("'A' + 'B'", 1, QUOTES),
    ('"Jumlah PNS"', 1, QUOTES),
    ("`A`", 1, QUOTES),
    ("A // B", 3, "'//' is not an operator; divide with one '/'"),
    ("A % B", 3, "a percent sign belongs right after a number (100%); '%' is not an operator"),
    ("A; import os", 2, "';' separates two formulas; write one formula per cell"),
    # LaTeX outside the supported list
    (r"\sqrt{A}", 1, rf"the LaTeX command '\sqrt' is not supported; {SUPPORTED_LATEX}"),
    (r"\int A", 1, r"the LaTeX command '\int' is not supported"),
    (r"\frac{A}{B} \times \log C", 20, r"the LaTeX command '\log' is not supported"),
    (r"\pi \times A", 1, r"the LaTeX command '\pi' is not supported"),
    # numbers that are not numbers
    ("2.5.3 x A", 1, "'2.5.3' is not a number: '.' groups thousands here, and groups of thousands have three digits"),
    ("1,2.3,4 x A", 1, "'1,2.3,4' has more than one decimal separator"),
]


@pytest.mark.parametrize(("text", "column", "message"), REFUSED, ids=[t for t, _, _ in REFUSED])
def test_refused_with_a_plain_message(text: str, column: int, message: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError) as info:
        ikicalc.parse(text)
    error = info.value
    assert message in error.reason
    assert (error.line, error.column) == (1, column)
    assert str(error).startswith(f"line 1, column {column}: {error.reason}\n")


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah Log (Buku Tamu) / Jumlah hari",  # 'Log' continues a name: not a call
        "Nilai Survey Kepuasan Masyarakat (SKM) x 100%",
        "[A + B] / C",
        "A = B",  # a label: the formula named A is B
    ],
)
def test_look_alikes_that_are_formulas(text: str) -> None:
    assert ikicalc.parse(text).variables


def test_every_refusal_is_a_value_error_and_an_iki_error() -> None:
    for text, _, _ in REFUSED:
        with pytest.raises(ValueError, match=r"\S") as info:
            ikicalc.parse(text)
        assert isinstance(info.value, ikicalc.IkiError)
