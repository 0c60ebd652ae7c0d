"""A formula said as a script of steps.

Indicator manuals, SOPs and technical guidelines say how to compute an indicator as numbered
or bulleted steps, each an imperative on the result of the one before::

    1. hitung jumlah balita gizi buruk yang mendapat perawatan;
    2. bagi dengan jumlah seluruh balita gizi buruk yang ditemukan;
    3. kalikan 100%.

The first step counts a quantity (``hitung``, ``tentukan``, ``jumlahkan``); each later one
operates on the result (``bagi dengan``, ``bagi hasilnya dengan``, ``kalikan``, ``hasilnya
dikalikan``). Read left to right, the script is the formula ``A / B × 100%``: the marks, the
imperatives and the separators between steps are blanked, each operating imperative becomes
its sign, and the words before the first step (a heading, a sentence about the data) are set
aside. The words are data (``data/names.toml``, ``[prose.steps]``). Works on the cell's
characters in place, keeping their length (see :mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ikicalc.lang import guards
from ikicalc.lang.chars import text_of
from ikicalc.lang.layout_cues import blank, operator
from ikicalc.lang.said_heads import operation_within
from ikicalc.lang.said_lists import sum_of_list
from ikicalc.names import names_data
from ikicalc.patterns import compiled

__all__ = ["steps_said"]

_SIGNS = {"divide": "/", "multiply": "×", "subtract": "-", "add": "+"}
_SUMMING = compiled(r"(?i)jumlahkan")


@cache
def _step() -> re.Pattern[str]:
    data = names_data()["prose"]["steps"]

    def words(key: str) -> str:
        return "|".join(data[key])

    ops = "|".join(f"(?P<{kind}>{words(kind)})" for kind in _SIGNS)
    plain = "|".join(words(kind) for kind in _SIGNS)
    passive = "|".join(f"di(?:{word})" for kind in _SIGNS for word in data[kind])
    return compiled(
        rf"(?i)(?:(?:(?<![^\s;.:,])|(?=,))(?P<mark>{words('marks')})[ \t\n]*"
        rf"|(?:^|(?<=[.:;])|(?<=[.:;][ \t\n]))[ \t\n]*(?=(?:{words('count')}|{plain})[ \t\n]))"
        rf"(?:(?P<count>{words('count')})"
        rf"|(?:{ops})(?P<object>[ \t\n]+(?:{words('objects')}))?"
        rf"(?P<linked>[ \t\n]+(?:{words('links')}))?"
        rf"|(?:(?:{words('objects')})[ \t\n]+)?(?P<passive>{passive})"
        rf"(?:[ \t\n]+(?:{words('links')}))?)"
        r"(?=[ \t\n]+[^\W_(]|[ \t\n]+\d)"
        # no operand opens with "yang": "…, bagi yang menginap dilosmen dengan …" (PP 58/1959) is
        # "for those who", no step
        r"(?![ \t\n]+(?:yang|yg)(?![^\W_]))"
    )


@cache
def _link() -> re.Pattern[str]:
    """The link before an operation's second operand inside a step (``bagi A dengan B``);
    not the ``dengan`` of a name (``sesuai dengan``, ``sama dengan``), nor one before an
    active verb (``Bagi perusahaan yang … dengan menggunakan benih …``: "for", PP 19/2006)."""
    links = "|".join(names_data()["prose"]["steps"]["links"])
    active = names_data()["prose"]["clauses"]["active"]  # "dengan menggunakan …": a manner
    return compiled(
        rf"(?i)(?<![^\W_])(?<!sesuai )(?<!sama )(?:{links})(?=[ \t\n]+[^\W_(])"
        rf"(?![ \t\n]+{active}\b)"
    )


@cache
def _counting() -> re.Pattern[str]:
    """The imperatives that open a script (every script holds one): the guard's words."""
    return compiled(r"(?i)(?:" + "|".join(names_data()["prose"]["steps"]["count"]) + ")")


@cache
def _opening_operation() -> re.Pattern[str]:
    """An imperative that operates opening the cell (``Bagi A dengan B, …``): the guard's
    other way in."""
    data = names_data()["prose"]["steps"]
    plain = "|".join(word for kind in _SIGNS for word in data[kind])
    return compiled(rf"(?i)\s*(?:{plain})[ \t\n]")


_SEPARATOR = compiled(r";|[.](?=[ \t\n]|$)")


def steps_said(chars: list[str]) -> bool:
    """Write a script of steps (see the module) as the formula it computes; whether it did."""
    text = text_of(chars)
    if "\n" in text and _LINE_MARK.match(text) and _marked_lines(chars, text):
        return True
    if not guards.may_find(_counting(), text) and not _opening_operation().match(text):
        return False
    steps = list(_step().finditer(text))
    full = _full_step(text, steps)
    if full is not None:  # "1. Hitung A. 2. Hitung B. 3. Bagi A dengan B, kalikan 100%"
        at, link = full
        steps = steps[at:]
        blank(chars, 0, steps[0].end())
        sign = _SIGNS[_kind(steps[0]) or "divide"]
        chars[link.start() : link.end()] = list(sign.ljust(len(link.group(0))))
    else:
        while steps and not steps[0].group("count"):
            steps.pop(0)
        if len(steps) < 2 or any(step.group("count") for step in steps[1:]):
            return False
        blank(chars, 0, steps[0].end())
    first = _operand_end(text, steps[0].end(), steps[1].start()) if len(steps) > 1 else 0
    inner = first > steps[0].end() and operation_within(chars, text, steps[0].end(), first)
    if not inner and first > steps[0].end() and _SUMMING.match(steps[0].group("count") or ""):
        # "jumlahkan A, B dan C, lalu hasilnya dibagi tiga": the step's result, (A + B + C)
        inner = sum_of_list(chars, text, steps[0].end(), first)
    for before, step in pairwise(steps):
        operand_end = _operand_end(text, before.end(), step.start())
        if operand_end <= before.end() or step.group("count"):
            return _undone(chars, text)
        blank(chars, operand_end, step.end())
        kind = _kind(step)
        if step.group("mark") == "," and not (step.group("linked") or step.group("object")):
            return _undone(chars, text)  # ", bagi penduduk …": "for", no step
        if kind is not None and step.group("mark") is not None:
            chars[step.start(kind)] = _SIGNS[kind]
        elif kind is not None:
            return _undone(chars, text)  # an operation with no mark: no step of a script
        else:  # "hasilnya dikalikan 100%": the passive verb is an operator word
            chars[step.start("passive") : step.end("passive")] = list(step.group("passive"))
    if inner and chars[steps[0].end() - 1] == " " and first < len(chars):
        # "1. hitung selisih antara A dan B; 2. bagi dengan C": the step's result, (A − B) / C
        chars[steps[0].end() - 1], chars[first] = "(", ")"
    closing = _SEPARATOR.search(text, steps[-1].end())
    last = _operand_end(text, steps[-1].end(), closing.start() if closing else len(text))
    blank(chars, last, len(chars))
    return True


# a list's mark opening a line: a number, a letter, a bullet
_LINE_MARK = compiled(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[a-h][.)]|[-•●▪])[ \t]+(?=\S)")


def _marked_lines(chars: list[str], text: str) -> bool:
    """``1. Jumlah peserta KB aktif`` / ``2. dibagi jumlah PUS`` / ``3. dikali 100%``: every
    line a list's mark, every line after the first opening with an operator: the marks are
    no part of the formula (blanked); whether they were."""
    lines = [line for line in re.finditer(r"[^\n]+", text) if line.group(0).strip()]
    marks = [_LINE_MARK.match(text, line.start()) for line in lines]
    if len(lines) < 2 or not all(marks):
        return False
    opening = [operator().match(text, mark.end()) for mark in marks if mark is not None]
    if opening[0] is not None or not all(opening[1:]):
        return False
    for mark in marks:
        if mark is not None:
            blank(chars, mark.start(), mark.end())
    return True


def _kind(step: re.Match[str]) -> str | None:
    return next((kind for kind in _SIGNS if step.group(kind)), None)


def _full_step(text: str, steps: list[re.Match[str]]) -> tuple[int, re.Match[str]] | None:
    """The step that names both operands of its operation (``Bagi A dengan B``), with the
    link before the second; only counting steps before it (they name the quantities)."""
    for at, step in enumerate(steps):
        if step.group("count"):
            continue
        if _kind(step) is None or step.group("object") or step.group("linked"):
            return None
        closing = _SEPARATOR.search(text, step.end())
        end = steps[at + 1].start() if at + 1 < len(steps) else len(text)
        end = min(end, closing.start()) if closing else end
        link = _link().search(text, step.end(), end)
        if link is None or "," in text[link.end() : end].rstrip(" \t\n,;."):
            return None  # "Bagi perusahaan … dengan …, sebesar …": "for", a clause of its own
        if "," in text[step.end() : link.start()]:  # "Bagi penerima pensiun … yang …,
            return None  # kepadanya diberikan … selisih antara A dengan B" (PP 30/2001): "for"
        if operator().search(text, step.end(), link.start()):
            return None  # "Bagi Wajib Pajak …, maka … A dibagi 360 dikalikan dengan B": "for"
        return at, link
    return None


def _operand_end(text: str, start: int, end: int) -> int:
    """Where the operand between ``start`` and ``end`` ends: after its last letter, digit,
    ``%`` or closing bracket (the step's separator, ``;`` ``.`` ``,``, is none of it)."""
    index = end
    while index > start and not (text[index - 1].isalnum() or text[index - 1] in "%)]"):
        index -= 1
    return index


def _undone(chars: list[str], text: str) -> bool:
    chars[:] = list(text)
    return False
