"""Perturbation benchmark: the development cells read right, each disturbed once as public
documents disturb a formula (issue 14, transfer to documents never seen).

    python benchmarks/variants_perturbed.py [--show-failures] [--kind KIND] [--limit N]
    python benchmarks/variants_perturbed.py --last-resort   # the reading of last resort alone

Takes the formula cells of the development corpus that ikicalc reads right and applies one
realistic perturbation that keeps what the cell says (its labelled variables and structure):
a preamble before it (``Cara menghitung:``, ``Rumus :``, ``… dihitung dengan rumus sebagai
berikut:``), a remark or a target after it (``; semakin tinggi semakin baik``, ``(Target
100%)``, ``*)``), a footnote mark after a name, an operator said with another word of the
lexicon (``/``, ``:``, ``dibagi``, ``dibagi dengan``; ``x``, ``X``, ``*``, ``dikali``,
``dikalikan dengan``), spaces missing or doubled around an operator, ``x100%`` joined, a line
that wraps inside a name (with or without a hyphen, ``pember-`` / ``dayaan``), a stray period or
semicolon at the end, ``%`` and ``persen``, Windows' line ends, a space before each
line break, no-break spaces, a column's gap written as a tab, a line break before or after
the cell. Each kind of perturbation was seen in public
documents. Each variant is scored exactly as ``benchmarks/score_public.py`` scores a real cell
(``tests/public_scoring.read_cell``), and the rate is printed per kind: a kind that fails is a
rule that leans on one way of writing.

``--last-resort`` instead reads every development formula cell with the reading of last resort
alone (:func:`ikicalc.lang.last_resort.read`, the grammar bypassed): the honest measure of a
general algorithm that knows no layout.

The holdout file is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Rewritten, rewritten, rewritten_failure, tally_rewritten  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    Reading,
    Tally,
    print_tallies,
    tally_readings,
    variant_cells,
)

Perturbation = Callable[[dict[str, Any]], "str | None"]
"""A disturbance of a cell: the new text, or ``None`` where it does not apply (or would
change what the cell says)."""

_LATEX = re.compile(r"\\[a-zA-Z]|\$|<[a-z/]|[\U0001D400-\U0001D7FF]")
_SPACED_SLASH = re.compile(r"(?<=[^\W_)]) / (?=[^\W\d_(])")
_DIBAGI = re.compile(r"\b(?:dibagi|di bagi)(?! dengan)\b(?! (?:\d|dua|tiga|empat|lima))")
# the scale of a ratio: "x 100%", "X 100 %", "* 100", "× 100"
_SCALE = re.compile(r"(?<=[\s\w)])[ \t]*(?P<sign>[xX×*])[ \t]*(?P<number>100)(?P<rest>[ \t]*%)?")
_SCALE_WORD = re.compile(r"(?i)\b(?:dikali(?:kan)?(?: dengan)?|kali)[ \t]+(?=100\b)")
_PERCENT = re.compile(r"(?<=100)[ \t]*%")
_PERSEN = re.compile(r"(?i)(?<=100)[ \t]+persen\b")
_WORD = re.compile(r"[^\W\d_]+")


def _plain(text: str) -> bool:
    """One line, no LaTeX, no markup: a cell a perturbation of its operators keeps whole."""
    return not _LATEX.search(text) and "\n" not in text.strip()


def _one(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = list(pattern.finditer(text))
    return found[0] if len(found) == 1 else None


def preamble(words: str) -> Perturbation:
    def perturb(cell: dict[str, Any]) -> str | None:
        return words + cell["text"].strip()

    return perturb


def after(words: str) -> Perturbation:
    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"].rstrip()
        return None if text.endswith((".", ";", ",")) and words[:1] in ".;," else text + words

    return perturb


def footnote_in_name(cell: dict[str, Any]) -> str | None:
    """``Jumlah penduduk miskin*) / …``: a footnote mark after the first name."""
    text = cell["text"]
    first = cell["variables"][0]
    at = text.find(first)
    if at < 0 or text.count(first) != 1 or len(first.split()) < 2 or not _plain(text):
        return None
    end = at + len(first)
    if text[end : end + 1] not in (" ", "\t"):
        return None
    return text[:end] + "*)" + text[end:]


def slash_as(word: str) -> Perturbation:
    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        found = _one(_SPACED_SLASH, text) if _plain(text) else None
        if found is None or _DIBAGI.search(text):
            return None
        return text[: found.start()] + f" {word} " + text[found.end() :]

    return perturb


def dibagi_as(word: str) -> Perturbation:
    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        found = _one(_DIBAGI, text) if _plain(text) else None
        if found is None or re.search(r"(?i)\b(?:dikurangi|ditambah)\b", text):
            return None  # said in words, the order said is evidence: a sign would change it
        return text[: found.start()] + word + text[found.end() :]

    return perturb


def scale_as(sign: str, glued: bool = False) -> Perturbation:
    """The sign of the scale written another way: ``X 100%``, ``*100%``, ``dikali 100%``."""

    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        found = _one(_SCALE, text)
        if found is None:
            return None
        if sign[:1] not in "xX×*" and not _plain(text):
            return None  # beside a stack's bar, on its middle line, the sign stands, not words
        joint = "" if glued else " "
        made = f" {sign}{joint}{found.group('number')}{found.group('rest') or ''}"
        made = text[: found.start()] + made + text[found.end() :]
        return made if made != text else None

    return perturb


def scale_word_as_sign(cell: dict[str, Any]) -> str | None:
    """``dikalikan 100%`` written ``x 100%``."""
    text = cell["text"]
    found = _one(_SCALE_WORD, text)
    return None if found is None else text[: found.start()] + "x " + text[found.end() :]


def glued_scale(cell: dict[str, Any]) -> str | None:
    """``… Jumlah pegawaix100%``: the scale glued to the name on both sides."""
    text = cell["text"]
    found = _one(_SCALE, text)
    if found is None or not _plain(text) or not re.search(r"[^\W\d_]$", text[: found.start()]):
        return None
    return (
        text[: found.start()] + "x100" + (found.group("rest") or "").strip() + text[found.end() :]
    )


def spaces_around(change: str) -> Perturbation:
    """``A/B x 100%`` (spaces missing around the slash) or ``A  /  B  x  100%`` (doubled)."""

    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        if not _plain(text):
            return None
        if change == "doubled":
            made = re.sub(r"[ \t]+([/xX×*:+]|dibagi|dikali(?:kan)?)[ \t]+", r"  \1  ", text)
        else:
            found = _one(_SPACED_SLASH, text)
            if found is None:
                return None
            made = text[: found.start()] + "/" + text[found.end() :]
        return made if made != text else None

    return perturb


def _longest_name(cell: dict[str, Any]) -> tuple[int, str] | None:
    text = cell["text"]
    names = [v for v in cell["variables"] if text.count(v) == 1 and len(v.split()) >= 3]
    if not names or not _plain(text):
        return None
    name = max(names, key=len)
    return text.find(name), name


def wrapped_in_name(cell: dict[str, Any]) -> str | None:
    """A table column's line break between two words of the longest name."""
    found = _longest_name(cell)
    if found is None:
        return None
    at, name = found
    spaces = [m.start() for m in re.finditer(" ", name)]
    cut = at + spaces[len(spaces) // 2]
    return cell["text"][:cut] + "\n" + cell["text"][cut + 1 :]


def hyphen_wrapped(cell: dict[str, Any]) -> str | None:
    """A word of the longest name broken at a line's end with a hyphen (``pember-`` /
    ``dayaan``), after a vowel in its middle."""
    found = _longest_name(cell)
    if found is None:
        return None
    at, name = found
    words = [m for m in _WORD.finditer(name) if len(m.group(0)) >= 8 and m.group(0).islower()]
    if not words:
        return None
    word = max(words, key=lambda m: len(m.group(0)))
    middle = len(word.group(0)) // 2
    vowels = [
        i + 1
        for i, c in enumerate(word.group(0))
        if c in "aeiou" and 3 <= i + 1 <= len(word.group(0)) - 3
    ]
    if not vowels:
        return None
    cut = at + word.start() + min(vowels, key=lambda i: abs(i - middle))
    return cell["text"][:cut] + "-\n" + cell["text"][cut:]


def percent_as(spelling: str) -> Perturbation:
    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        found = _one(_PERCENT if spelling == " persen" else _PERSEN, text)
        if found is None:
            return None
        return text[: found.start()] + spelling + text[found.end() :]

    return perturb


def line_ends(end: str) -> Perturbation:
    """Every line break of a cell of several lines written ``end``: Windows' ``\\r\\n`` (a
    cell pasted from Word or Excel, a web form's text), or a space left before the break (PDF
    text)."""

    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        return text.replace("\n", end) if "\n" in text else None

    return perturb


def spaces_as(space: str) -> Perturbation:
    """Every space of the cell written ``space``: Word's no-break space (``x\\xa0100\\xa0%``),
    HTML's ``&nbsp;`` as a browser copies it."""

    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        return text.replace(" ", space) if " " in text else None

    return perturb


def gaps_as_tabs(cell: dict[str, Any]) -> str | None:
    """Every run of two spaces or more (a column's gap in PDF text) written as one tab, as a
    table copied from Excel or Word separates its columns."""
    text = cell["text"]
    tabbed = re.sub(r"  +", "\t", text)
    return tabbed if tabbed != text else None


def invisible(mark: str, after_slash: bool = False) -> Perturbation:
    """An invisible character inside every word of eight letters or more (after its fourth
    letter), and after each slash where ``after_slash``: Word's optional hyphen (``\xad``,
    ``Jum\xadlah``) as a copy keeps it, a web page's zero-width space (``\u200b``) where it
    lets a long line break."""

    def perturb(cell: dict[str, Any]) -> str | None:
        text = cell["text"]
        marked = re.sub(r"(?<![^\W\d_])([^\W\d_]{4})(?=[^\W\d_]{4})", rf"\1{mark}", text)
        marked = marked.replace("/", "/" + mark) if after_slash else marked
        return marked if marked != text else None

    return perturb


def title_case(cell: dict[str, Any]) -> str | None:
    """Every word in lower case written with a capital (``Jumlah Desa Yang Dibina Dibagi
    Jumlah Desa Dikali 100%``), as an office types a table's cells like its headings."""
    text = cell["text"]
    if _LATEX.search(text):  # LaTeX's commands and HTML's tags keep their case
        return None
    titled = re.sub(r"(?<![^\W\d_])[a-z](?=[a-z]+(?![^\W\d_]))", lambda m: m.group(0).upper(), text)
    return titled if titled != text else None


def around(before: str, after: str) -> Perturbation:
    """Blanks around the cell's text, as an Excel cell keeps a line break typed before or
    after it (Alt+Enter)."""

    def perturb(cell: dict[str, Any]) -> str | None:
        return before + cell["text"] + after

    return perturb


def both(first: Perturbation, second: Perturbation) -> Perturbation:
    """Two disturbances at once, as a cell never seen often has them."""

    def perturb(cell: dict[str, Any]) -> str | None:
        made = first(cell)
        return second(dict(cell, text=made)) if made is not None else None

    return perturb


PERTURBATIONS: dict[str, Perturbation] = {
    "preamble 'Cara menghitung:'": preamble("Cara menghitung: "),
    "preamble 'Rumus :'": preamble("Rumus : "),
    "preamble 'dihitung … sebagai berikut'": preamble(
        "Indikator ini dihitung dengan rumus sebagai berikut:\n"
    ),
    "remark '; semakin tinggi …'": after("; semakin tinggi semakin baik"),
    "target '(Target 100%)'": after(" (Target 100%)"),
    "footnote '*)' at the end": after(" *)"),
    "footnote '*)' after a name": footnote_in_name,
    "'/' said 'dibagi'": slash_as("dibagi"),
    "'/' said 'dibagi dengan'": slash_as("dibagi dengan"),
    "'/' written ':'": slash_as(":"),
    "'dibagi' written '/'": dibagi_as("/"),
    "'dibagi' said 'dibagi dengan'": dibagi_as("dibagi dengan"),
    "scale 'X 100'": scale_as("X"),
    "scale '* 100'": scale_as("*"),
    "scale 'dikali 100'": scale_as("dikali"),
    "scale 'dikalikan dengan 100'": scale_as("dikalikan dengan"),
    "scale said in words, written 'x'": scale_word_as_sign,
    "'x100%' joined": scale_as("x", glued=True),
    "'x100%' glued to the name": glued_scale,
    "no spaces around '/'": spaces_around("missing"),
    "doubled spaces around operators": spaces_around("doubled"),
    "line wrap inside a name": wrapped_in_name,
    "hyphen line wrap inside a name": hyphen_wrapped,
    "stray period at the end": after("."),
    "stray semicolon at the end": after(";"),
    "'%' written 'persen'": percent_as(" persen"),
    "'persen' written '%'": percent_as("%"),
    "Windows line ends (CRLF)": line_ends("\r\n"),
    "a space before each line break": line_ends(" \n"),
    "no-break spaces (Word, HTML)": spaces_as("\xa0"),
    "a column's gap written as a tab (Excel, Word tables)": gaps_as_tabs,
    "soft hyphens inside long words (Word)": invisible("\xad"),
    "zero-width spaces in words and after '/' (web pages)": invisible("\u200b", after_slash=True),
    "every word with a capital (Title Case)": title_case,
    "a line break before the cell (Excel)": around("\n", ""),
    "a line break after the cell (Excel)": around("", "  \n"),
    "two: 'Rumus :' and '; semakin …'": both(
        preamble("Rumus : "), after("; semakin tinggi semakin baik")
    ),
    "two: wrapped name and '*)'": both(wrapped_in_name, after(" *)")),
    "two: '/' said 'dibagi dengan' and '(Target 100%)'": both(
        slash_as("dibagi dengan"), after(" (Target 100%)")
    ),
    "two: footnote after a name and a stray period": both(footnote_in_name, after(".")),
}


Variant = Rewritten
"""One real cell disturbed once (``kind``: the perturbation), with its labelled reading."""


def variants(kind_filter: str | None = None, limit: int | None = None) -> Iterator[Variant]:
    """Every perturbation applied to every base cell it applies to (at most ``limit`` each)."""
    return rewritten(PERTURBATIONS, kind_filter, limit)


def score(kind_filter: str | None = None, limit: int | None = None) -> dict[str, Tally[Variant]]:
    """The tally of each kind of perturbation."""
    return tally_rewritten(variants(kind_filter, limit))


def last_resort_alone(laid_out: bool = False) -> Tally[dict[str, Any]]:
    """Every development formula cell read by the reading of last resort alone (the grammar
    and every other reading bypassed; ``laid_out``: on the text the layout passes hand the
    grammar), scored as a real cell is."""
    from ikicalc.errors import FormulaSyntaxError
    from ikicalc.lang import last_resort
    from ikicalc.lang.formula import Formula
    from ikicalc.lang.layout import lay_out
    from ikicalc.numbers import number_style

    def alone(text: str) -> Formula:
        seen = lay_out(text).text if laid_out else text
        found = last_resort.read(seen, number_style(seen))
        if found is None:
            raise FormulaSyntaxError("the reading of last resort found no formula", text, 0)
        return Formula(found[1], label=found[0], source=text)

    cells = [c for c in variant_cells() if c["kind"] == "formula"]
    return tally_readings((("alone", c, c) for c in cells), alone).get("alone", Tally())


def _cell_failure(cell: dict[str, Any], reading: Reading) -> Iterator[str]:
    yield f"- {cell['id']}: {cell['text'][:160]!r}"
    yield f"  want {cell['variables']}; got {list(reading.variables)} {reading.detail[:100]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--kind", help="only the kinds whose name holds this text")
    parser.add_argument("--limit", type=int, help="at most N cells per kind")
    parser.add_argument(
        "--last-resort",
        action="store_true",
        help="read the dev formula cells with the reading of last resort alone",
    )
    args = parser.parse_args(argv)
    if args.last_resort:
        for laid_out in (False, True):
            tally = last_resort_alone(laid_out)
            shown = "the cells laid out" if laid_out else "the cells as written"
            print_tallies(
                f"last resort alone, {shown}",
                {"dev formula cells": tally},
                _cell_failure if args.show_failures else None,
            )
        return 0
    print_tallies(
        "perturbed cells",
        score(args.kind, args.limit),
        rewritten_failure if args.show_failures else None,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
