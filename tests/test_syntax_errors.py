"""What a user sees when a formula cannot be read: where, and what was expected."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang.parser import MAX_CHAIN, MAX_DEPTH, MAX_DIGITS, MAX_LENGTH


def syntax_error(text: str) -> ikicalc.FormulaSyntaxError:
    with pytest.raises(ikicalc.FormulaSyntaxError) as info:
        ikicalc.parse(text)
    return info.value


@pytest.mark.parametrize(
    ("text", "column", "reason"),
    [
        ("x 100%", 1, "'x' has no operand before it; expected a number or a name or '('"),
        ("_____x100%", 1, "a blank '_____' stands where a number or a name should be"),
        ("_____ x 100%", 1, "a blank '_____' stands where a number or a name should be"),
        ("Jumlah A / x 100%", 12, "'x' has no operand before it"),
        ("Jumlah A / B x", 15, "the formula ends too early; expected a number or a name or '('"),
        ("A / (B + C", 11, "the formula ends too early; expected ')'"),
        ("A / B) x 100%", 6, "')' closes a bracket that was never opened"),
        (r"\frac{A}{B", 11, "the formula ends too early; expected '}'"),
        (r"A \sqrt{B}", 3, r"the LaTeX command '\sqrt' is not supported"),
        ("A ^ 2", 3, "powers ('^') are not part of IKI formulas"),
        ("A ; B", 3, "';' separates two formulas"),
        ("Jumlah A Jumlah B 50%", 19, "unexpected number '50'"),
        ("  ", 1, "the formula is empty"),
    ],
)
def test_message_position_and_expectation(text: str, column: int, reason: str) -> None:
    error = syntax_error(text)
    assert reason in error.reason
    assert (error.line, error.column) == (1, column)
    assert isinstance(error, ValueError)
    assert isinstance(error, ikicalc.IkiError)


def test_the_message_quotes_the_formula_with_a_caret_under_the_problem() -> None:
    error = syntax_error("Jumlah PNS hadir / x 100%")
    assert str(error) == (
        "line 1, column 20: 'x' has no operand before it; expected a number or a name or '('\n"
        "  Jumlah PNS hadir / x 100%\n"
        "                     ^"
    )


def test_line_and_column_on_the_second_line() -> None:
    error = syntax_error("Jumlah A /\n/ Jumlah B")
    assert (error.line, error.column) == (2, 1)
    assert str(error).endswith("  / Jumlah B\n  ^")


def test_no_internal_names_in_any_message() -> None:
    for text in [
        "A / ",
        "( )",
        "{",
        "}",
        "$A",
        "A = ",
        "<u>A",
        "Σ 5",
        "A % B",
        "5 A",
        "A B = C = D",
    ]:
        message = str(syntax_error(text))
        assert "__ANON" not in message
        assert "$END" not in message
        assert "Token" not in message


def test_sigma_must_be_followed_by_a_name_or_a_bracket() -> None:
    error = syntax_error("A + Σ × B")
    assert error.column == 7


def test_limits_are_clear_errors() -> None:
    assert "at most" in syntax_error("A" + " + A" * MAX_LENGTH).reason
    nested = "(" * (MAX_DEPTH + 1) + "A" + ")" * (MAX_DEPTH + 1)
    assert "nest more than" in syntax_error(nested).reason
    deep = "A" + " - (A" * (MAX_DEPTH + 1) + ")" * (MAX_DEPTH + 1)
    assert "nest" in syntax_error(deep).reason
    chain = " + ".join(["A"] * (MAX_LENGTH // 4 + 2))
    assert "at most" in syntax_error(chain).reason  # a flat chain is bounded by the length


def test_the_chain_limit_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from ikicalc.lang import parser
    monkeypatch.setattr(parser, "MAX_CHAIN", 200)
    chain = " + ".join(["A"] * 202)
    assert "more than 200 operations in a row" in syntax_error(chain).reason


def test_a_long_flat_sum_nests_one_deep_and_evaluates() -> None:
    """Nesting counts brackets and changes of precedence, not the length of a chain (issue 18)."""
    terms = [f"A{i}" for i in range(1, 1001)]  # 1 000 terms: issue 18
    formula = ikicalc.parse(" + ".join(terms))
    assert formula.variables == tuple(terms)
    assert formula.evaluate({name: 2 for name in terms}).exact == 2000
    assert MAX_CHAIN >= 1000
    assert ikicalc.parse(str(formula)) == formula
    product = ikicalc.parse(" × ".join(["2"] * 100) + " / A")
    assert product.evaluate({"A": 2**99}).exact == 2
    assert f"more than {MAX_DIGITS} digits" in syntax_error("1" * (MAX_DIGITS + 1) + " x A").reason


def test_thousands_of_nested_brackets_fail_fast_and_cleanly() -> None:
    error = syntax_error("(" * 4_000 + "A" + ")" * 4_000)
    assert "brackets nest more than" in error.reason
    assert error.column == MAX_DEPTH + 1
    # ten thousand of them is longer than any formula ikicalc reads
    assert "at most" in syntax_error("(" * 10_000 + "A" + ")" * 10_000).reason


def test_not_text() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="a formula is text"):
        ikicalc.parse(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        ("1,2.3,4 x A", "1,2.3,4", "'1,2.3,4' has more than one decimal separator"),
        ("A x 1.25,5", "1.25,5", "'1.25,5' is not a number: '.' groups thousands here"),
        ("A x 2.5.3 %", "2.5.3", "'2.5.3' is not a number"),
    ],
)
def test_a_number_that_cannot_be_read_is_a_positioned_error(
    text: str, number: str, reason: str
) -> None:
    error = syntax_error(text)
    assert reason in error.reason
    assert error.column == text.index(number) + 1
    assert str(error).endswith("\n" + " " * (2 + text.index(number)) + "^" * len(number))


def test_the_three_readers_share_one_set_of_limits() -> None:
    from ikicalc.lang import lark_errors, parser

    assert (parser.MAX_LENGTH, parser.MAX_DEPTH, parser.MAX_DIGITS) == (
        lark_errors.MAX_LENGTH,
        lark_errors.MAX_DEPTH,
        lark_errors.MAX_DIGITS,
    )
