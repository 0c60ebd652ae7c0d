"""What the parser decides after the grammar: names from a legend, slashes, nesting.

* **Legends and aliases.** ``(x/y)*100%`` with lines ``x = …``, ``y = …`` under it, and
  ``Jumlah kelurahan tertib (JKT) … JKT/JSK X 100%``: the symbols take the names the cell
  gives them (:func:`name_symbols`).
* **A slash without spaces** (:func:`read_slashes`) is part of a word (``GU/TU``, ``KTP/KK``,
  ``Kab/Kota``: short pieces) unless the cell shows it divides: a counting word after it
  (``jml pegawai hadir/jml pegawai``), symbols of the legend on both sides (``JKT/JSK``), or
  a ``× 100%`` that would otherwise scale no ratio (``Realisasi/Target x 100%``: a guess,
  recorded as a :class:`~ikicalc.lang.formula.Reading`).
* **Nesting** (:func:`nesting`) counts brackets and changes of precedence, not the length of
  a chain: ``A1 + A2 + … + A1000`` nests one deep.

Every walk here is iterative: a flat sum of thousands of terms is a tree thousands deep.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast, run_together
from ikicalc.lang.count_mean import read_count_mean
from ikicalc.lang.formula import Reading
from ikicalc.lang.growth import lost_brackets, restated_base
from ikicalc.lang.indexed_sum import indexed_products
from ikicalc.lang.lettered import lettered
from ikicalc.lang.like_terms import worded
from ikicalc.lang.mean_list import averages_named, mean_of_named, means_over_rows
from ikicalc.lang.run_together import labelled_pair, lost_commas, symbols_in_brackets
from ikicalc.lang.said_mean import mean_named
from ikicalc.lang.said_order import in_order_said
from ikicalc.lang.share_of_it import fraction_alone, named_again, shares_of_it
from ikicalc.lang.squares import squares_said
from ikicalc.lang.stacking import LostBar
from ikicalc.lang.terms import SUM_MARK
from ikicalc.lang.thresholds import threshold_between
from ikicalc.names import counting_spellings, name_key, names_data
from ikicalc.numbers import NumberStyle, parse_number
from ikicalc.patterns import lazy

__all__ = [
    "CONSTANT",
    "COUNTING_WORD_FOLLOWS",
    "nesting",
    "put_back",
    "read_evidence",
    "read_slashes",
    "rebuild",
    "rename",
]


def rebuild(node: ast.Expr, leaf: Callable[[ast.Variable], ast.Expr]) -> ast.Expr:
    """``node`` with every variable ``v`` (not under Σ) replaced by ``leaf(v)`` (iteratively)."""
    if any(isinstance(n, ast.Aggregate | ast.Mean) for n in ast.walk(node)):
        return ast.transform(node, lambda n: _renamed(n, leaf))
    done: dict[int, ast.Expr] = {}
    stack: list[tuple[ast.Expr, bool]] = [(node, False)]
    while stack:
        current, visited = stack.pop()
        if isinstance(current, ast.Variable):
            done[id(current)] = leaf(current)
        elif isinstance(current, ast.Binary):
            if not visited:
                stack.extend([(current, True), (current.right, False), (current.left, False)])
                continue
            left, right = done[id(current.left)], done[id(current.right)]
            same = left is current.left and right is current.right
            done[id(current)] = (
                current if same else ast.Binary(current.op, left, right, current.span)
            )
        elif isinstance(current, ast.Negate):
            if not visited:
                stack.extend([(current, True), (current.operand, False)])
                continue
            operand = done[id(current.operand)]
            done[id(current)] = (
                current if operand is current.operand else ast.Negate(operand, current.span)
            )
        elif isinstance(current, ast.Sigma):
            done[id(current)] = _summed(current, leaf(current.variable))
        else:
            done[id(current)] = current
    return done[id(node)]


def _renamed(node: ast.Expr, leaf: Callable[[ast.Variable], ast.Expr]) -> ast.Expr:
    if isinstance(node, ast.Variable):
        return leaf(node)
    if isinstance(node, ast.Sigma):
        return _summed(node, leaf(node.variable))
    return node


def _summed(node: ast.Sigma, named: ast.Expr) -> ast.Expr:
    """The Σ of a renamed variable; ``Σ Xi/n`` with the slash read as the count's division is
    ``Σ Xi / n`` (a mean), any other expression leaves the Σ as it was."""
    if isinstance(named, ast.Variable):
        return ast.Sigma(named, node.span)
    over = isinstance(named, ast.Binary) and _OVER_COUNT.fullmatch(node.variable.name.strip())
    if over and isinstance(named, ast.Binary) and isinstance(named.left, ast.Variable):
        summed = ast.Sigma(named.left, (node.span[0], named.left.span[1]))
        return ast.Binary(ast.Op.DIV, summed, named.right, node.span)
    return node


def nesting(node: ast.Expr) -> int:
    """How deep ``node`` nests: a chain of one precedence (``A + B - C``) is one level."""
    deepest = 0
    stack: list[tuple[ast.Expr, int]] = [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(current, ast.Binary):
            left = current.left
            chained = isinstance(left, ast.Binary) and left.op.precedence == current.op.precedence
            stack.append((left, level if chained else level + 1))
            stack.append((current.right, level + 1))
        elif isinstance(current, ast.Negate):
            stack.append((current.operand, level + 1))
        elif isinstance(current, ast.Aggregate | ast.Mean):
            stack.extend((child, level + 1) for child in ast.children(current))
    return deepest


def rename(node: ast.Expr, names: Mapping[str, str]) -> ast.Expr:
    """``node`` with each symbol of ``names`` replaced by its name."""
    if not names:
        return node
    sums = {key[len(SUM_MARK) :]: name for key, name in names.items() if key.startswith(SUM_MARK)}
    if sums:  # "∑CF Provinsi = total celah fiskal …": the legend names the whole sum
        node = ast.transform(node, lambda n: _sum_named(n, sums))

    def leaf(var: ast.Variable) -> ast.Expr:
        name = names.get(var.name) or names.get(name_key(var.name))
        if name and CONSTANT.fullmatch(name):  # "x k (k = 100.000)": a constant
            return ast.Number(parse_number(name, "indonesian"), var.span)
        return ast.Variable(name, var.span) if name and name != var.name else var

    return rebuild(node, leaf)


def _sum_named(node: ast.Expr, sums: Mapping[str, str]) -> ast.Expr:
    if isinstance(node, ast.Sigma):
        name = sums.get(node.variable.name) or sums.get(name_key(node.variable.name))
        if name:
            return ast.Variable(name, node.span)
    return node


CONSTANT = lazy(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
"""A legend's value that is a number: the symbol is a constant (``k = 100.000``,
``nilai standar … (0,02)``)."""

COUNTING_WORD_FOLLOWS = N_("a counting word ('{word}') follows the slash")
"""The evidence of a slash read as a division; reasons are kept as English message ids
(a parsed formula is cached whatever the language) and translated where they are shown."""


@cache
def _joined() -> frozenset[str]:
    """Words a slash joins and never divides (``dan/atau``): ``data/names.toml``."""
    return frozenset(word.lower() for word in names_data()["slashes"]["joined"])


_SLASH = lazy(r"(?<=[^\W_])(?: /|/ ?)(?=[^\W_])")
_WORD_AT = lazy(r"[^\s/]*")  # the word a slash opens
_MOST_SLASHES = 12
_SHORT = 4


def read_slashes(
    node: ast.Expr,
    symbols: Mapping[str, str],
    scaled_alone: bool,
    labelled: bool = False,
    text: str = "",
) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """Split the names whose slash divides (see the module); record the guesses.

    ``scaled_alone``: the formula is a name scaled to percent with no ratio (``A × 100%``),
    the evidence that a slash inside the name is the missing division. ``labelled``: the
    formula has a label (``Penyerapan = SMKs/SMK``). ``text``: the cell, where a name stands
    alone in its brackets (``(Lo/Lx) × 100%``: brackets around one word say it divides).
    """
    written = text[node.span[0] : node.span[0] + 5] in ("\\text", "\\math") if text else False
    pair = labelled_pair(node, _joined()) if labelled and not written else None  # \text{A/B}
    if pair is not None:
        return pair
    guesses: list[Reading] = []
    counting = counting_spellings()

    def uncounted(name: str, slash: re.Match[str]) -> bool:
        word = _WORD_AT.match(name, slash.end())  # the word after it: always found
        return word is None or name_key(word.group(0)) not in counting

    def leaf(var: ast.Variable) -> ast.Expr:
        # the strongest evidence first: a slash before a counting word ("… Kab/Kota/Jumlah …")
        slashes = sorted(_SLASH.finditer(var.name), key=lambda found: uncounted(var.name, found))
        # the twelve of strongest evidence, more than a list of words holds ("K/L/D/I"):
        # pasted filler's thousand slashes each weighed the whole name, the cube of its length
        for slash in slashes[:_MOST_SLASHES]:
            left, right = var.name[: slash.start()], var.name[slash.end() :]
            # a quantity on each side: "jml pegawai hadir/jml pegawai", not "A/Jenis"
            quantities = len(left.split()) > 1 < len(right.split())
            left_word = re.split(r"[\s/]", left)[-1]
            right_word = re.split(r"[\s/]", right)[0]
            if {name_key(left_word), name_key(right_word)} & _joined():
                continue  # "dan/atau": a connective, words
            closed = ")" in var.name[slash.end() : slash.end() + 12]
            if closed and _UNIT_IN_BRACKETS.search(var.name, 0, slash.start()):
                continue  # "… per jam (mSv/jam), nilai …": a unit in the name's brackets
            # "PAD/Total Pendapatan Daerah": an acronym over a counted quantity is a ratio too
            acronym = left_word.isupper() and len(left.split()) == 1 and len(right.split()) > 1
            if name_key(right_word) in counting and (quantities or acronym):
                reason = COUNTING_WORD_FOLLOWS.format(word=right_word)
            elif "/" in left_word + right_word:
                continue  # K/L/D/I, TK/RA/Penitipan: a list of abbreviations
            elif run_together.wrapped_ratio(node, var, text, left, right, scaled_alone):
                # "Laba\nKotor /Penjualan\nBersih": a cell of one name in a narrow column
                reason = run_together.WRAPPED_RATIO
                guesses.append(Reading(var.span, f"{left} / {right}", var.name, reason))
            elif " " in slash.group(0):  # "tersedia/ Jumlah laporan": a word, unless …
                # "Jumlah PMKS yang memperoleh …/ PMKS": the whole of what the left counts
                whole = name_key(right.strip()) in name_key(left).split()[1:]
                words = run_together.two_words(left, right)  # "(Realisasi /Target) x 100"
                if not (scaled_alone and (quantities or whole or words)):
                    continue
                if _second_quantity(var.name) is not None:
                    continue
                # "Skor Hasil Hitung I/ Skor Ideal i x 100%": two names scaled as a ratio
                reason = N_("'× 100%' needs a ratio and a name of words stands on each side")
                if not quantities and not words:
                    reason = N_(
                        "'× 100%' needs a ratio and the word after the slash is what the "
                        "name before it counts"
                    )
                guesses.append(Reading(var.span, f"{left} / {right}", var.name, reason))
            elif name_key(left_word) in symbols and name_key(right_word) in symbols:
                reason = N_("both sides are symbols the cell names")
            elif scaled_alone and symbols_in_brackets(text, var):
                # "UHH = (Lo/Lx) × 100%": brackets around one word group a division
                reason = N_(
                    "'× 100%' needs a ratio and the brackets around the one word group a division"
                )
                guesses.append(Reading(var.span, f"{left} / {right}", var.name, reason))
            elif run_together.indexed_pair(var.name.strip()):  # "((A/A1)+(B/B1))/2": a ratio each
                reason = N_("a symbol on each side ('A/A1', 'X1/Y1', 'A/B'): a ratio")
                guesses.append(Reading(var.span, f"{left} / {right}", var.name, reason))
            elif _OVER_COUNT.fullmatch(var.name.strip()):
                reason = N_("an indexed symbol over the count n: a mean (Σ Xi/n)")
            elif _FRACTION_PARTS.fullmatch(var.name.strip()):  # "Numerator/Denumerator x 10":
                pass  # the words on each side name a fraction's numerator and denominator
            elif scaled_alone and _LETTERS.fullmatch(var.name.strip()):
                # "P = x/y × 100%": two lone letters are symbols, never an abbreviation's
                reason = N_("'× 100%' needs a ratio and the name is two letters, two symbols")
                guesses.append(Reading(var.span, f"{left} / {right}", var.name, reason))
            elif (
                scaled_alone
                # "Jumlah mesjid/mushala yg dikunjungi Jumlah mesjid/mushala …": the two
                # quantities side by side are the ratio, the slashes are words
                and _second_quantity(var.name) is None
                and (
                    (
                        len(left_word) > _SHORT < len(right_word)
                        and not (left_word.isupper() or right_word.isupper())
                    )
                    or (
                        quantities
                        and len(left_word) > 2 < len(right_word)
                        and not (left_word.isupper() and right_word.isupper())
                    )
                )
            ):
                reason = N_("'× 100%' needs a ratio and the pieces are words, not abbreviations")
                chosen = f"{left} / {right}"
                guesses.append(Reading(var.span, chosen, var.name, reason))
            else:
                continue
            start = var.span[0]
            cut = start + slash.start()
            numerator = ast.Variable(left.strip(), (start, cut))
            denominator = ast.Variable(right.strip(), (start + slash.end(), var.span[1]))
            return ast.Binary(ast.Op.DIV, numerator, denominator, var.span)
        return var

    return rebuild(node, leaf), tuple(guesses)


_LETTERS = lazy(r"(?!s/d)[a-z]/[a-z]")  # "s/d": sampai dengan
_FRACTION_PARTS = lazy(r"(?i)(?:n[ue]merator|pembilang) ?/ ?(?:denumerator|denominator|penyebut)")
_OVER_COUNT = lazy(r"[A-Za-z]{1,4}_?[a-z0-9]/[nN]")  # "Σ Xi/n", "x1/n": a symbol over n
_UNIT_IN_BRACKETS = lazy(r"\([ \t]*[^\W\d_]{1,8}[23²³]?[ \t]*$")  # "(mSv" of "(mSv/jam)"


_SCALE = lazy(r"(?P<number>\d[\d.,]*)\s*(?P<percent>%|persen)?")


def put_back(
    text: str, expr: ast.Expr, lost: LostBar, style: NumberStyle
) -> tuple[ast.Expr, list[Reading]]:
    """The formula read where the layout put back a fraction's lost bar, times the scale the
    export left elsewhere (``A1 x 100%`` over ``A2`` over ``B``: the scale was set aside, see
    :func:`ikicalc.lang.stacking.stack`); a guess when no scale showed it was a fraction."""
    readings: list[Reading] = []
    if lost.split is not None and not lost.grouped:
        expr = _over_the_bar(expr, lost.split)
    if lost.guess and lost.split is not None:
        chosen = lost.chosen or f"{text[: lost.split].strip()} / {text[lost.split + 1 :].strip()}"
        other = lost.other or text.strip()
        readings.append(Reading((lost.split, lost.split + 1), chosen, other, lost.guess))
    found = _SCALE.search(lost.source or text, *lost.scale) if lost.scale else None
    if found is None:
        return expr, readings
    value = parse_number(found.group("number"), style)
    span = (found.start(), found.end())
    scale = ast.Percent(value, span) if found.group("percent") else ast.Number(value, span)
    end = max(expr.span[1], span[1])
    return ast.Binary(ast.Op.MUL, expr, scale, (expr.span[0], end)), readings


def _over_the_bar(node: ast.Expr, split: int) -> ast.Expr:
    """The lost bar at ``split`` divides all that stands before it by all that stands after
    it: ``A + B ÷ C`` (numerator ``A + B`` over the bar) is ``(A + B) / C``."""
    path: list[ast.Binary] = []
    current = node
    while isinstance(current, ast.Binary):
        path.append(current)
        if current.left.span[1] <= split < current.right.span[0]:
            break
        current = current.left if split < current.left.span[1] else current.right
    else:
        return node
    bar = path.pop()
    if bar.op is not ast.Op.DIV or not path:
        return node
    above, below = bar.left, bar.right
    child: ast.Expr = bar
    for parent in reversed(path):
        if parent.right is child:
            above = ast.Binary(parent.op, parent.left, above, (parent.span[0], above.span[1]))
        else:
            below = ast.Binary(parent.op, below, parent.right, (below.span[0], parent.span[1]))
        child = parent
    return ast.Binary(ast.Op.DIV, above, below, node.span)


# "TW I-Rencana", "ke-12-Rencana"; a symbol with its time index, "Q t-Q t-1", "P_t-P_(t-1)";
# a numbered code, "X1–X2" (a range of codes when neither side is a variable: "K1–K4")
_HYPHEN = lazy(r"(?<=[^\W_])[-−–‒](?=[^\W\d_]{2}|[^\W\d_][ \t_(]|[A-Z]{1,3}\d)")


def _read_hyphens(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """A hyphen between two words is part of the word (``e-KTP``, ``Rapat-Rapat``) unless a
    side is itself a variable of the formula: ``Rencana - (Realisasi-Rencana)`` subtracts.
    That reading is a guess, recorded."""
    variables = [sub for sub in ast.walk(node) if isinstance(sub, ast.Variable)]
    if not any("-" in v.name or "−" in v.name or "–" in v.name for v in variables):
        return node, ()
    keys = {name_key(v.name) for v in variables}
    guesses: list[Reading] = []

    def leaf(var: ast.Variable) -> ast.Expr:
        found = list(_HYPHEN.finditer(var.name))
        if len(found) != 1:
            return var
        cut = found[0].start()
        left, right = var.name[:cut].strip(), var.name[cut + 1 :].strip()
        sides = {name_key(left), name_key(right)}
        doubled = left.split()[-1].lower() == right.split()[0].lower()  # Rapat-Rapat
        if doubled or not sides & (keys - {name_key(var.name)}):
            return var
        start = var.span[0]
        reason = N_("a side of the hyphen is a variable of the formula")
        guesses.append(Reading(var.span, f"{left} - {right}", var.name, reason))
        return ast.Binary(
            ast.Op.SUB,
            ast.Variable(left, (start, start + cut)),
            ast.Variable(right, (start + cut + 1, var.span[1])),
            var.span,
        )

    return rebuild(node, leaf), tuple(guesses)


_SECOND_QUANTITY = lazy(r"(?:(?<=[a-z\d])|(?<=[^\W_] ))(?:Jumlah|Jml|Total|Banyaknya)\b")
_FIRST_QUANTITY = lazy(r"(?i)^(?:jumlah|jml|jmlh|total|banyaknya)\b")
_ENDS_IN_PERCENT = lazy(r"(?i)(?:\b(?:persen|prosen|percent)|%)\s*$")


def _second_quantity(name: str) -> int | None:
    """Where the second of two quantities side by side in one name starts (``Jumlah A …
    Jumlah B …``), or ``None``."""
    found = list(_SECOND_QUANTITY.finditer(name))
    if len(found) != 1 or not _FIRST_QUANTITY.match(name):
        return None
    cut = found[0].start()
    if len(name[:cut].split()) < 2 or len(name[cut:].split()) < 2:  # "Jumlah Total anggaran"
        return None
    if _ENDS_IN_PERCENT.search(name[:cut]):  # "… persenJumlah A": a scale's word, no quantity
        return None
    return cut


_PER = lazy(r"(?i)[ \t]+per[ \t]+")


def _per_alike(name: str) -> tuple[int, int] | None:
    """``luas RTH publik per luas wilayah kota`` (× 100%): one ``per`` between two quantities
    opened by the same word (a measure of a part, then of the whole): where the first ends
    and the second starts, or ``None``."""
    found = list(_PER.finditer(name))
    if len(found) != 1:
        return None
    before, after = name[: found[0].start()].split(), name[found[0].end() :].split()
    if len(before) < 2 or len(after) < 2 or before[0].lower() != after[0].lower():
        return None
    return found[0].start(), found[0].end()


def _read_two_quantities(node: ast.Expr) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``Jumlah Pemilih … Hak SuaraJumlah Daftar Pemilih Tetap × 100%``: a scale needs a
    ratio and its one name holds two quantities, the second opened by a counting word in
    capitals (the line break between them lost): the first over the second, a guess."""
    if not (
        isinstance(node, ast.Binary)
        and node.op is ast.Op.MUL
        and isinstance(node.left, ast.Variable)
        and isinstance(node.right, (ast.Percent, ast.Number))
    ):
        return node, ()
    var = node.left
    cut = _second_quantity(var.name)
    gap = (cut, cut) if cut is not None else _per_alike(var.name)
    if gap is None:
        return node, ()
    left, right = var.name[: gap[0]].strip(), var.name[gap[1] :].strip()
    start = var.span[0]
    ratio = ast.Binary(
        ast.Op.DIV,
        ast.Variable(left, (start, start + gap[0])),
        ast.Variable(right, (start + gap[1], var.span[1])),
        var.span,
    )
    reason = N_("a scale needs a ratio and the name holds two quantities: the bar was lost")
    guess = Reading(var.span, f"{left} / {right}", var.name, reason)
    return ast.Binary(ast.Op.MUL, ratio, node.right, node.span), (guess,)


def read_evidence(node: ast.Expr, text: str = "") -> tuple[ast.Expr, tuple[Reading, ...]]:
    """The readings the formula itself gives evidence for: a hyphen that subtracts a
    variable of the formula, the brackets a growth lost, two quantities in one name that
    a scale needs as a ratio (each a guess, recorded)."""
    node, in_order = in_order_said(node, text) if text and not lettered(text) else (node, ())
    node, means = mean_named(node, text) if text else (node, ())
    if "ata-rata" in text or "erata" in text or "ATA-RATA" in text:  # "Rata-rata A dan B"
        node, listed = mean_of_named(node, text)
        node, named = averages_named(node, text)  # "A x rata-rata rating program x B": a name
        node, rows = means_over_rows(node, text)  # "Rata-rata A seluruh program": the mean
        means += listed + named + rows
    powered = "pangkat" in text or "kuadrat" in text or "²" in text or "³" in text
    node, squares = squares_said(node) if powered else (node, ())
    if "Σ" in text or "∑" in text:  # "(∑ nᵢ × kᵢ) / t": the index reaches over the product
        node, summed = indexed_products(node)
        squares += summed
    node, words = worded(node, text)  # "A dibagi B dikurangi C", "A (…) / WASH per B"
    node, shares = shares_of_it(node) if "nya" in text else (node, ())  # "A + sepertiganya"
    node, alone = fraction_alone(node, text)  # "maksimum pidana … ditambah 1/3 (satu per tiga)"
    shares += alone
    again_said = "dari" in text or "tersebut" in text  # "… 4 (empat) kali jumlah pajak tersebut"
    node, again = named_again(node) if again_said else (node, ())  # "… 25% dari besarnya A"
    shares += again
    node, hyphens = _read_hyphens(node)
    node, growth = lost_brackets(node)
    if "selisih" in text:  # "… kemudian selisihnya dibagi dengan jumlah penduduk tahun …"
        node, restated = restated_base(node)
        growth += restated
    if isinstance(node, ast.Binary) and node.op is ast.Op.ADD:
        node, mean = read_count_mean(node)  # "A + B + C / 3": (A + B + C) / 3
        growth += mean
    node, quantities = _read_two_quantities(node)
    node, commas = lost_commas(node)
    compared: tuple[Reading, ...] = ()
    if "≥" in text or "≤" in text or ">" in text or "<" in text or "＞" in text:
        node, compared = threshold_between(node)  # "… − Belanja Wajib ≥ 2,5 Angsuran …"
    said = in_order + means + squares + words + shares
    return node, said + hyphens + growth + quantities + commas + compared
