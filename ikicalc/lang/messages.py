"""Plain words for where the formula grammar stopped, and for what ikicalc refuses on purpose.

:func:`syntax_error` turns a :class:`~ikicalc.lang.lark_errors.Problem` of ``grammar/formula.lark``
into a :class:`~ikicalc.errors.FormulaSyntaxError` that says what was expected there, or what
IKI formulas do not have (function calls, powers, attribute access, code …), with the position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_, _, translate
from ikicalc.lang.lark_errors import Problem, describe
from ikicalc.patterns import lazy

__all__ = ["call_error", "function_call", "mean_error", "syntax_error"]

# What a terminal is called in an error message, grouped as a reader thinks of them.
_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        N_("a number or a name"),
        frozenset({"NUMBER", "PHRASE", "TEXT_OPEN", "TEXT_BODY", "SIGMA", "FRAC"}),
    ),
    (N_("'('"), frozenset({"LPAR", "LBRACE", "U_OPEN"})),
    (N_("an operator (+, -, ×, /)"), frozenset({"ADD", "SUB", "MUL", "DIV"})),
    ("'%'", frozenset({"PERCENT"})),
    ("')'", frozenset({"RPAR"})),
    ("'}'", frozenset({"RBRACE"})),
    ("'</u>'", frozenset({"U_CLOSE"})),
    ("'$'", frozenset({"_MATH"})),
    ("'='", frozenset({"EQUAL"})),
    (N_("a list number such as '1.'"), frozenset({"ITEM_NO"})),
    (N_("the end of the formula"), frozenset({"$END"})),
)
_GROUP_WORDS = {word: word for word, _ in _GROUPS}
# What the token found is called.
_FOUND: dict[str, str] = {
    "NUMBER": N_("number"),
    "PHRASE": N_("name"),
    "TEXT_OPEN": N_("name"),
    "TEXT_BODY": N_("name"),
    "PERCENT": N_("percent sign"),
    "ITEM_NO": N_("list number"),
}
_OPERATORS = {"MUL", "DIV", "ADD", "PERCENT"}
_OPERANDS = {"NUMBER", "PHRASE", "LPAR", "SIGMA"}
_BLANK = lazy(r"_{2,}|\.{4,}|…+")
_LATEX_COMMAND = lazy(r"\\[a-zA-Z]+")


_SUPPORTED_LATEX = r"\frac, \text{…}, \times, \cdot, \div, \sum, \%, \left( … \right)"
_UNSUPPORTED: dict[str, str] = {
    "^": N_("powers ('^') are not part of IKI formulas"),
    ";": N_("';' separates two formulas; write one formula per cell"),
    "=": N_("'=' may only follow the name of the formula (Tingkat … = …)"),
    "<": N_("comparisons ('<', '>') are not formulas; is this a category scale?"),
    ">": N_("comparisons ('<', '>') are not formulas; is this a category scale?"),
    "≤": N_("comparisons are not formulas; is this a category scale?"),
    "≥": N_("comparisons are not formulas; is this a category scale?"),
    "!": N_("'!' is not part of IKI formulas (they have no logic and no factorials)"),
    "|": N_("'|' is not part of IKI formulas (they have no logic and no absolute values)"),
    "?": N_("'?' is not part of IKI formulas (they have no conditions)"),
    "'": N_("quotes are not part of IKI formulas; write a name without quotes"),
    '"': N_("quotes are not part of IKI formulas; write a name without quotes"),
    "`": N_("quotes are not part of IKI formulas; write a name without quotes"),
}

# Functions of spreadsheets and programming languages. 'max(A, B)' would otherwise read as
# the name 'max' with '(A, B)' after it, the way 'Nilai SKM (Survey)' is one name.
_FUNCTIONS = frozenset(
    {
        "abs", "average", "avg", "ceil", "ceiling", "compile", "count", "countif", "eval",
        "exec", "exp", "float", "floor", "getattr", "if", "iferror", "input", "int", "len",
        "ln", "log", "log10", "max", "mean", "median", "min", "open", "pow", "power", "print",
        "round", "sqrt", "str", "sum", "sumif", "system", "vlookup",
    }
)  # fmt: skip
_CALL = lazy(r"(?<![\w\\])(_*+[^\W\d_]\w*+)\s*+\(")  # \sum ( is Σ (, no call
_ENDS_WITH_OPERATOR_WORD = lazy(r"(?:^|\s)(?:[xX]|berbanding|dibagi|dengan)$", re.IGNORECASE)
_ENDS_WITH_SIGMA = lazy(r"(?:Σ|∑|\\sum|\\Sigma)\s*$")
_DOTTED = lazy(r"[\w.]+")
_MEAN = lazy(r"(?i)(?<![^\W_])(?:nilai\s+)?rata-rata(?:\s+dari)?(?=\s*[(\[{])")
_LAMBDA = lazy(r"\s*(lambda)\b")
# Closing symbols, and the opening symbols that make them plausible.
_CLOSERS = {"RPAR": "([", "RBRACE": "{", "U_CLOSE": "<u>", "_MATH": "$"}


def _plausible(expected: Iterable[str], text: str, pos: int) -> set[str]:
    """Drop what LALR lookahead merging lets in but the text so far rules out."""
    before = text[:pos]
    names = set(expected) - {"EQUAL", "COLON"}
    if names & _OPERANDS:
        names -= {"ADD", "SUB"}  # a sign is allowed there, but a value is what is missing
    opened = {
        "RPAR": sum(before.count(c) for c in "([") > sum(before.count(c) for c in ")]"),
        "RBRACE": before.count("{") > before.count("}"),
        "U_CLOSE": before.lower().count("<u>") > before.lower().count("</u>"),
        "_MATH": before.count("$") % 2 == 1,
    }
    plausible = {name for name in names if opened.get(name, True)}
    return plausible - {"ITEM_NO"} if plausible - {"ITEM_NO", "$END"} else plausible


def _describe(expected: Iterable[str]) -> str:
    names = set(expected)
    vocabulary = {word: translate(word) for word in _GROUP_WORDS}
    return describe(
        (word for word, group in _GROUPS if names & group), vocabulary, default=_("something else")
    )


def function_call(text: str, end: int) -> re.Match[str] | None:
    """A call of a known function (``max(``, ``__import__(``) starting before ``end``, if any.

    The function word must start a name (come first, or after an operator or a bracket):
    in ``Jumlah Log (Buku Tamu)`` the word ``Log`` is part of a name.
    """
    for match in _CALL.finditer(text):
        if match.start() >= end:
            break
        word = match.group(1)
        if word.lower() in _FUNCTIONS or (word.startswith("__") and word.endswith("__")):
            before = text[: match.start()].rstrip()[-40:]
            if not before or not before[-1].isalnum() or _ENDS_WITH_OPERATOR_WORD.search(before):
                return match
    return None


_AMOUNT = lazy(r"(?:Rp|IDR|US\$)\.?\d")
_BRACKET_POWER = lazy(r"\)[ \t]*+([²³])")
_OPERATION = lazy(r"[+\-−–×*/÷:·]|(?<![^\W_])[xX](?![^\W_])")


def power_error(text: str) -> FormulaSyntaxError | None:
    """``(A + B)²``, ``(A / B)² x 100%``: a superscript after a bracket that computes is the
    power of the bracket, never a footnote mark the layout may set aside (``(kelurahan)²`` is
    one). IKI formulas have no powers: say how to write the product."""
    for power in _BRACKET_POWER.finditer(text):
        start, depth = power.start(), 0
        while start >= 0:
            depth += (text[start] == ")") - (text[start] == "(")
            if depth == 0:
                break
            start -= 1
        if start < 0:
            continue
        inside = text[start + 1 : power.start()]
        if _OPERATION.search(inside):
            bracket = text[start : power.start() + 1]
            return FormulaSyntaxError(
                _(
                    "powers ('{power}') are not part of IKI formulas; write the product: "
                    "{bracket} × {bracket}"
                ).format(power=power.group(1), bracket=bracket),
                text,
                power.start(1),
                power.end(1),
            )
    return None


def mean_error(text: str) -> FormulaSyntaxError | None:
    """A ``rata-rata (…)`` the grammar could not read: how a mean of a list is written."""
    mean = _MEAN.search(text)
    if mean is None:
        return None
    return FormulaSyntaxError(
        _(
            "the mean (rata-rata) of a list is written 'rata-rata (A, B, C)': names separated "
            "by commas; or write the sum divided by the count ('(A1 + A2 + A3) / 3')"
        ),
        text,
        mean.start(),
        mean.end(),
    )


def call_error(text: str, call: re.Match[str]) -> FormulaSyntaxError:
    return FormulaSyntaxError(
        _(
            "'{function}(…)' is a function call; IKI formulas have no functions: write "
            "the calculation out with +, -, ×, / and Σ"
        ).format(function=call.group(1)),
        text,
        call.start(),
        call.end(),
    )


def _refusal(problem: Problem) -> FormulaSyntaxError | None:
    """A plain message for what ikicalc refuses on purpose: code, powers, calls, logic …"""
    text, start = problem.text, problem.start
    call = function_call(text, start + 1)
    if call is not None:
        return call_error(text, call)
    mean = mean_error(text)
    if mean is not None and mean.start <= start:
        return mean
    code = _LAMBDA.match(text)
    if code is not None:
        return FormulaSyntaxError(
            _("'lambda' is Python code; ikicalc reads formulas and never runs code"),
            text,
            code.start(1),
            code.end(1),
        )
    before, written = text[:start], problem.found_text
    if problem.is_character and written == "." and before[-1:].isalnum():
        dotted = next(m for m in _DOTTED.finditer(text) if m.start() <= start < m.end())
        if _AMOUNT.match(dotted.group(0)):  # "… adalah Rp10.000.000,00": a fixed amount
            return FormulaSyntaxError(
                _(
                    "'{written}' is an amount of money after words that are no operation: a "
                    "fixed amount is a target or a rule's figure, not a formula; a formula "
                    "computes it ('Rp150.000 x jumlah hari')"
                ).format(written=dotted.group(0)),
                text,
                dotted.start(),
                dotted.end(),
            )
        return FormulaSyntaxError(
            _(
                "'{written}' is not a name: a '.' cannot join two words (IKI formulas "
                "have no attribute access such as 'os.system'); write the words with a space"
            ).format(written=dotted.group(0)),
            text,
            start,
        )
    if problem.is_character and text.startswith("&&", start):
        return FormulaSyntaxError(
            _("'&&' is not part of IKI formulas (they have no logic)"), text, start, start + 2
        )
    bracket = before.rstrip()
    if bracket.endswith("[") and bracket[-2:-1].isalnum():
        return FormulaSyntaxError(
            _(
                "a '[' right after a name looks like indexing, which IKI formulas do not have; "
                "square brackets only group, as in '[A + B] / C'"
            ),
            text,
            len(bracket) - 1,
        )
    if problem.found in ("LPAR", "FRAC", "LBRACE") and _ENDS_WITH_SIGMA.search(before):
        return FormulaSyntaxError(
            _(
                "not supported yet: Σ over an expression (summed row by row); Σ adds up the "
                "values of one name ('Σ hari kerja efektif'): write Σ before each name "
                "('Σ A + Σ B')"
            ),
            text,
            start,
            problem.end,
        )
    return _operator_refusal(problem)


def _operator_refusal(problem: Problem) -> FormulaSyntaxError | None:
    """Operators of other languages: '**', '//', '==', '=' in the wrong place, 'A %'."""
    text, start, end = problem.text, problem.start, problem.end
    before = text[:start]
    if problem.found == "MUL" and before.endswith("*"):
        return FormulaSyntaxError(
            _("'**' (a power) is not part of IKI formulas"), text, start - 1, start + 1
        )
    if problem.found == "DIV" and before.endswith("/"):
        return FormulaSyntaxError(
            _("'//' is not an operator; divide with one '/'"), text, start - 1, start + 1
        )
    if problem.found == "PERCENT" and not before.rstrip()[-1:].isdigit():
        return FormulaSyntaxError(
            _("a percent sign belongs right after a number (100%); '%' is not an operator"),
            text,
            start,
            end,
        )
    if problem.found != "EQUAL":
        return None
    if not before.strip():
        reason = _(
            "a formula that starts with '=' is a spreadsheet formula; write it with the names "
            "of the quantities (Jumlah PNS yang hadir / Jumlah PNS × 100%)"
        )
    elif text.startswith("=", end) or before.endswith(("=", "!", "<", ">")):
        reason = _("comparisons ('==', '!=') are not formulas; is this a category scale?")
    elif "=" in before:
        reason = _("a formula has one '=' at most, right after its name (Tingkat … = …)")
    else:
        reason = translate(_UNSUPPORTED["="])
    return FormulaSyntaxError(reason, text, start, end)


def syntax_error(problem: Problem) -> FormulaSyntaxError:
    """The message for where the grammar stopped, in the words of a formula's reader."""
    refused = _refusal(problem)
    if refused is not None:
        return refused
    text, start, end = problem.text, problem.start, problem.end
    if problem.at_end:
        expected = _plausible(problem.expected, text, start)
        return FormulaSyntaxError(
            _("the formula ends too early; expected {expected}").format(
                expected=_describe(expected)
            ),
            text,
            start,
        )
    if problem.is_character:
        blank = _BLANK.match(text, start)
        if blank:
            return FormulaSyntaxError(
                _("a blank '{blank}' stands where a number or a name should be").format(
                    blank=blank.group(0)
                ),
                text,
                start,
                blank.end(),
            )
        command = _LATEX_COMMAND.match(text, start)
        if command:
            return FormulaSyntaxError(
                _(
                    "the LaTeX command '{command}' is not supported; ikicalc reads {supported}"
                ).format(command=command.group(0), supported=_SUPPORTED_LATEX),
                text,
                start,
                command.end(),
            )
        char = problem.found_text
        reason = _UNSUPPORTED.get(char)
        if reason is None:
            allowed = _plausible(problem.expected, text, start)
            reason = _("unexpected character {character}; expected {expected}").format(
                character=repr(char), expected=_describe(allowed)
            )
        else:
            reason = translate(reason)
        return FormulaSyntaxError(reason, text, start)
    found, written = problem.found, problem.found_text
    expected = _plausible(problem.expected, text, start)
    if found == "RPAR" and "RPAR" not in expected:
        return FormulaSyntaxError(
            _("'{written}' closes a bracket that was never opened").format(written=written),
            text,
            start,
            end,
        )
    if found in _OPERATORS and expected & _OPERANDS:
        return FormulaSyntaxError(
            _("'{written}' has no operand before it; expected {expected}").format(
                written=written, expected=_describe(expected)
            ),
            text,
            start,
            end,
        )
    return FormulaSyntaxError(
        _("unexpected {kind} {written}; expected {expected}").format(
            kind=translate(_FOUND.get(found, N_("symbol"))),
            written=repr(written),
            expected=_describe(expected),
        ),
        text,
        start,
        end,
    )


