"""LaTeX as web metadata pages and equation editors write it, made plain before the layout.

BPS's SIRUSA metadata and many satu-data pages write a formula in LaTeX typed by an equation
editor (MathJax, MathType): ``\\(RUTA=\\sum^N_{j\\mathop{=}1}ruta_j\\)``, a legend under it
whose symbols are LaTeX too (``\\(P_i\\) : Penduduk ke - i``,
``\\(\\begin{equation*} ruta_j \\end{equation*}\\) : …``). A careful reader sees through the
markup that only sets the type:

- ``\\( … \\)`` (inline math) and ``\\begin{equation*} … \\end{equation*}`` delimit math, as
  ``$ … $`` does: set aside;
- ``\\mathop{=}``, ``\\mathbf{A}``, ``\\boldsymbol{…}``, ``\\mathit{…}``: a wrapper that only
  sets the type of what it holds: the wrapper is set aside, what it holds kept;
- the limits of a sum (``\\sum^J_{j=1}``, ``\\sum_iP_i``: one character without braces,
  ``\\sum\\limits``) are set aside, as the README says for ``\\sum_{i=1}^{n}``; so are the
  old font switches (``{\\rm TPT}``) and braces around a number (``\\times{100}``);
- a subscript that is a time (``A_{t-1}``) is the name ``A(t-1)``, as ``PAD(t-1)`` is, and a
  hyphen right after a subscript subtracts (``A_{t}-A_{t-1}``);
- an editor that knows the names of functions (``tan``, ``sin``, ``log``, ``min`` …) types
  them as commands wherever the letters occur, inside a word too: ``rutacara\\tan am_i`` is
  the word ``rutacaratanam_i``. A command right after a letter, which ikicalc does not read,
  is part of the word: its backslash and the space the editor put after it are taken out (the
  word moves left over them, the spaces go after it). A command standing alone keeps its
  error (``\\alpha + B``).

Works on the cell's characters in place; the text keeps its length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ikicalc.lang.chars import text_of
from ikicalc.patterns import lazy

if TYPE_CHECKING:
    from ikicalc.lang.formula import Reading

__all__ = ["equation_lines", "plain_latex", "symbols_in_dollars"]

_DELIMITERS = lazy(
    r"\\[()]"  # \( … \) ("\left(" has no backslash before its bracket)
    r"|\\(?:begin|end)\{(?:equation|align|gather|math|displaymath)\*?\}"
)
_WRAPPER = lazy(
    r"\\(?:mathop|mathbf|mathit|mathsf|mathnormal|boldsymbol|bm|mathbin|mathrel|mathord)"
    r"[ \t]*\{(?P<inside>[^{}\n]*)\}"
    r"|\{[ \t]*\\(?:rm|bf|it|sf|tt|cal)(?![a-zA-Z])[ \t]*(?P<switched>[^{}\n]*)\}"  # "{\rm TPT}"
    r"|(?<=\\times)[ \t]*\{(?P<number>[ \t]*\d[\d.,]*[ \t]*)\}"  # "\times{100}\%"
)
_SUM_LIMITS = lazy(
    r"(?:(?<=\\sum)|(?<=[Σ∑]))(?:[ \t]*(?:\\(?:no|display)?limits(?![a-zA-Z])"  # "\sum\limits"
    r"|[_^]\{[^{}\n]*\}|[_^][^\W_]))+"
)
# a subscript that is a time, with a sign: "A_{t-1}" is the name "A(t-1)", as "PAD(t-1)"
_TIME_SUBSCRIPT = lazy(r"(?<=[^\W_])_\{(?P<time>[a-zA-Z][ \t]*[-+−–][ \t]*\d)\}")
# "A_{t}-A_{t-1}": a hyphen after a subscript subtracts (math has no hyphenated words there)
_MINUS_AFTER_SUBSCRIPT = lazy(r"_(?:\{[^{}\n]{1,9}\}|[^\W_](?=-[^\W\d_]))(?P<minus>-)")
# the commands the grammar reads (formula.lark), never taken into a word
_READ = frozenset(
    {
        "frac", "dfrac", "tfrac", "text", "textrm", "textit", "textbf", "mathrm", "mathit",
        "mbox", "operatorname", "times", "cdot", "div", "sum", "Sigma", "left", "right",
        "quad", "qquad", "displaystyle",
    }
)  # fmt: skip
_COMMAND_IN_WORD = lazy(r"(?<=[^\W\d_])\\(?P<name>[a-zA-Z]+)[ \t]?")
_WORD_BEFORE = lazy(r"\\?[^\W\d_]+$")
_WORD_REST = lazy(r"[^\W_]*(?:_(?:\{[^{}\n]*\}|[^\W_]+))?")  # "am_i" of "\tan am_i"


def plain_latex(chars: list[str]) -> bool:
    """Set aside in ``chars`` the LaTeX markup that only sets the type (see the module);
    whether anything was."""
    text = text_of(chars)
    changed = False
    for found in _DELIMITERS.finditer(text):
        chars[found.start() : found.end()] = " " * (found.end() - found.start())
        changed = True
    for found in _WRAPPER.finditer(text):
        kept = next(
            name for name in ("inside", "switched", "number") if found.group(name) is not None
        )
        chars[found.start() : found.start(kept)] = " " * (found.start(kept) - found.start())
        chars[found.end(kept) : found.end()] = " " * (found.end() - found.end(kept))
        changed = True
    for found in _MINUS_AFTER_SUBSCRIPT.finditer(text) if "_" in text else ():
        chars[found.start("minus")] = "−"
        changed = True
    for found in _TIME_SUBSCRIPT.finditer(text) if "_{" in text else ():
        time = found.group("time")
        chars[found.start() : found.end()] = [
            *f"({time})",
            *" " * (len(found.group(0)) - len(time) - 2),
        ]
        changed = True
    text = text_of(chars)
    for found in _SUM_LIMITS.finditer(text) if "_" in text or "^" in text else ():
        chars[found.start() : found.end()] = " " * (found.end() - found.start())
        changed = True
    text = text_of(chars)
    for found in reversed(list(_COMMAND_IN_WORD.finditer(text))):
        word = _WORD_BEFORE.search(text, 0, found.start())
        if found.group("name") in _READ or (word and word.group(0).startswith("\\")):
            continue  # "\sum\limits": a command after a command, not inside a word
        rest = _WORD_REST.match(text, found.end())
        word_end = rest.end() if rest else found.end()
        moved = found.group("name") + text[found.end() : word_end]
        chars[found.start() : word_end] = [*moved, *" " * (word_end - found.start() - len(moved))]
        changed = True
    return changed


# what an equation editor's export leaves on the line of an equation in mathematical italic
_EQUATION_NUMBER = lazy(  # "   (1)", "\t(1)"
    r"(?:[ \t]{3,}|[ \t]*\t[ \t]*)\(\d{1,2}\)[ \t]*$|^[ \t]*\(\d{1,2}\)[ \t]*$"
)
_NUMBER_BEFORE_LEGEND = lazy(
    r"[ \t](\(\d{1,2}\))[ \t]+(?=(?i:dimana|di[ \t]+mana|keterangan|dengan|where)(?![^\W_]))"
)
_FLAT_LIMITS = lazy(r"(?<=[Σ∑])[ \t]*[a-zA-Z]?[a-z][ \t]*=[ \t]*\d+")  # "∑ni=1": n, i=1
_DOT = lazy(r"(?:(?<=[^\W_])|(?<=\)))[ \t]*(?P<dot>\.)(?=[ \t]*(?:[^\W\d_]|\())")  # "mfi. q"
_EQUATION = lazy(r"^[ \t]*[^\W\d_][^\W_]{0,9}[ \t]*=")


def equation_lines(chars: list[str], letters: frozenset[int]) -> list[Reading]:
    """Equations an equation editor wrote in mathematical italic (``𝐸𝑉𝑟 = ∑𝑛𝑖=1 𝑚𝑓𝑖. 𝑞 .
    𝑝𝑟𝑖      (1)``; ``letters``: where such letters stood, and so which lines hold them), as their
    export leaves them: the equation's number at the end of its line or on the next line
    (``(1)``, ``(2)``) is set aside, so are a sum's limits flattened after it (``∑ni=1``:
    ``n`` above, ``i=1`` below), and a period between two operands of the equation is its
    multiplication dot (``mfi. q``, ``(1 − fw). Ad``: after a letter in italic where
    ``letters`` tells which are, never a sentence's period in plain letters); a sum whose
    index the limits state runs over the product after it
    (:func:`ikicalc.lang.sigma.product_after`, the guesses returned)."""
    from ikicalc.lang.sigma import product_after

    text = text_of(chars)
    readings: list[Reading] = []
    for start in sorted({text.rfind("\n", 0, at) + 1 for at in letters}):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not _EQUATION.match(line):
            continue
        before = _NUMBER_BEFORE_LEGEND.search(line)  # "… (1) Dimana …": the lines were joined
        if before:
            chars[start + before.start(1) : start + before.end(1)] = " " * len(before.group(1))
            line = line[: before.start()]
        limits = list(_FLAT_LIMITS.finditer(line)) if "=" in line else []
        for found in limits:
            chars[start + found.start() : start + found.end()] = " " * (found.end() - found.start())
        for found in _DOT.finditer(line):
            last = start + len(line[: found.start("dot")].rstrip(" \t)")) - 1
            if letters and last not in letters:
                continue  # "… SMP/MTs. B=Jumlah …": a sentence's period in a legend joined on
            chars[start + found.start("dot")] = "·"
        number = _EQUATION_NUMBER.search(line)
        line_start = start
        following = re.match(r"[^\n]*", text[end + 1 :]) if end < len(text) else None
        if number is None and following and _EQUATION_NUMBER.match(following.group(0)):
            number, start = following, end + 1
        if number is not None:
            chars[start + number.start() : start + number.end()] = " " * (
                number.end() - number.start()
            )
        for found in limits:  # "∑ni=1 mfi· q · pri": the index i runs over the whole product
            index = found.group(0).split("=")[0].strip()[-1]
            summed = product_after(chars, line_start + found.start() - 1, index)
            readings += [summed] if summed else []
    return readings


# "$P_{1}$ / $P_{2}$ x 100%", "$P_{1}/P_{2}$ x 100%": math that holds only symbols, their
# subscripts, brackets and the signs of plain text (no command, no percent)
_PLAIN_MATH = lazy(
    r"(?<!\$)\$(?!\$)(?P<inside>[ \t]*[^\W\d_][^$\\%\n{}]*(?:\{[^{}$\\\n]*\}[^$\\%\n{}]*)*)\$"
)


def symbols_in_dollars(chars: list[str]) -> None:
    """A cell that writes its symbols in math of their own (``$P_{1}$ / $P_{2}$ x 100%``, a
    legend's ``dimana $P_{1}$ adalah …``), or a ratio of symbols in math beside the plain
    scale (``$P_{1}/P_{2}$ x 100%``): the dollars only set the type; they are set aside,
    where the math holds no command (``$\\frac{…}{…}$`` is read whole by the grammar); a
    slash inside it divides."""
    text = text_of(chars)
    found = list(_PLAIN_MATH.finditer(text))
    whole = len(found) == 1 and not text[: found[0].start()].strip() and not text[
        found[0].end() :
    ].strip()
    if not found or whole:
        return  # "$A / B$": the grammar reads a formula in math whole
    for math in found:
        chars[math.start()] = chars[math.end() - 1] = " "
        for at in range(math.start(), math.end()):
            if text[at] == "/":  # math has no slash inside a word: it divides
                chars[at] = "÷"
