"""``Rata-rata Indeks Kesehatan dan Indeks Pendidikan``: the mean of named quantities said
in words.

The grammar reads ``rata-rata`` before a name as the mean over the data rows of that name
(``rata-rata deviasi RPD Satker``), and a cell that opens with ``Rata-rata`` as one name (the
indicator's own: ``Rata-rata Lama Sekolah``). Composite indices of RPJMD and IKU manuals say
their formula as the mean of components they name, each with a capital, joined by ``dan``
(and commas before): ``Rata-rata Nilai SAKIP dan Nilai Reformasi Birokrasi``, ``rata-rata
dari Indeks Kesehatan, Indeks Pendidikan dan Indeks Daya Beli``. When the whole formula is
so written and every item is a name of two words or more opening with a capital (an
abbreviation counts), or every item repeats the head noun of the first (``rata-rata nilai
IKM dan nilai SAKIP``, ``rata-rata dari indeks kesehatan, indeks pendidikan dan indeks daya
beli``: the coordination of whole noun phrases), the formula is the mean of the listed values
(``Mean``): a guess, recorded. A name in lower case after ``dan`` (``rata-rata lama sekolah
dan pelatihan``)
goes on the name before it, and a single word (``… SD dan SMP``) is a level, not a quantity.
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.i18n import N_
from ikicalc.lang import ast
from ikicalc.lang.formula import Reading
from ikicalc.lang.periods import opens_with_period
from ikicalc.lang.restated import components_said
from ikicalc.patterns import compiled, lazy

__all__ = [
    "REASON",
    "averages_named",
    "mean_of_named",
    "means_over_rows",
    "names_a_list",
    "reads_over_rows",
]

REASON = N_(
    "'rata-rata' before quantities named with a capital and joined by 'dan' is the mean of "
    "those quantities, not the mean over the data rows of one name"
)

@cache
def _head() -> re.Pattern[str]:
    """``rata-rata``, ``dari`` or not, and how many quantities it averages, said before they
    are named (``rata-rata dari dua komponen yaitu A dan B``, :func:`.restated.components_said`)."""
    return compiled(
        r"(?i)(?:rata-rata|rerata|nilai[ \t]+rata-rata)(?:[ \t\n]+dari)?"
        r"(?:[ \t\n]+" + components_said() + r")?[ \t\n]+"
    )
# a named quantity: two words or more, the first opening with a capital
_ITEM = lazy(r"[A-Z][^\W_]*(?:[-/][^\W_]+)*(?:[ \t\n]+[^\W_][^\s,]*)+")
_JOIN = lazy(r"[ \t\n]*,[ \t\n]*(?:dan[ \t\n]+)?|[ \t\n]+dan[ \t\n]+")


def _items(name: str, start: int) -> list[ast.Expr] | None:
    """The listed quantities of ``name`` (which opens at offset ``start``), or ``None``."""
    if " dan " not in name and "\ndan " not in name:
        return None
    return _capitalised(name, start) or _parallel(name, start) or _symbols(name, start)


_SYMBOL = lazy(r"[A-Z][A-Za-z0-9]{0,5}")


def _symbols(name: str, start: int) -> list[ast.Expr] | None:
    """``X1, X2 dan X3``, ``IKA, IKU, dan IKL``: symbols, each numbered or three or more (two
    words alone, ``SD dan SMP``, are levels)."""
    items: list[ast.Expr] = []
    at = 0
    for join in [*_JOIN.finditer(name), None]:
        end = join.start() if join else len(name)
        if not _SYMBOL.fullmatch(name, at, end):
            return None
        items.append(ast.Variable(name[at:end], (start + at, start + end)))
        at = join.end() if join else end
    numbered = all(any(c.isdigit() for c in v.name) for v in items if isinstance(v, ast.Variable))
    return items if len(items) >= 3 or (len(items) == 2 and numbered) else None


def _parallel(name: str, start: int) -> list[ast.Expr] | None:
    """``nilai IKM dan nilai SAKIP``, ``indeks kesehatan, indeks pendidikan dan indeks daya
    beli``: items that repeat the head noun of the first, each of two words or more."""
    head = re.match(r"[^\W\d_]+", name)
    if head is None:
        return None
    word = re.escape(head.group(0))
    join = r"(?:[ \t\n]*,[ \t\n]*(?:dan[ \t\n]+)?|[ \t\n]+dan[ \t\n]+)"
    joins = list(re.finditer(rf"(?i){join}(?={word}[ \t\n])", name))
    if not joins:
        return None
    items: list[ast.Expr] = []
    at = 0
    for end, after in [*((j.start(), j.end()) for j in joins), (len(name), len(name))]:
        piece = name[at:end]
        if len(piece.split()) < 2 or re.search(r"[,;]", piece):
            return None
        items.append(ast.Variable(" ".join(piece.split()), (start + at, start + end)))
        at = after
    return items


def _capitalised(name: str, start: int) -> list[ast.Expr] | None:
    """Items that each open with a capital (see the module)."""
    items: list[ast.Expr] = []
    at = 0
    while True:
        found = _ITEM.match(name, at)
        if found is None:
            return None
        # the item ends where a join opens before another capital
        joins = _JOIN.finditer(name, found.start())
        join = next((j for j in joins if name[j.end() : j.end() + 1].isupper()), None)
        end = join.start() if join else len(name)
        piece = name[found.start() : end]
        if not _ITEM.fullmatch(piece):
            return None
        items.append(ast.Variable(" ".join(piece.split()), (start + found.start(), start + end)))
        if join is None:
            break
        at = join.end()
    return items if len(items) >= 2 else None


def names_a_list(name: str) -> bool:
    """Whether a name would read back as the mean of a list (``Rata-rata A dan B``, or ``A
    dan B`` after ``rata-rata``): the canonical text keeps such a name in ``\\text{…}``."""
    if " dan " not in name:
        return False
    head = _head().match(name)
    return _items(name[head.end() :] if head else name, 0) is not None


def mean_of_named(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``node`` (the whole formula) read as the mean of the quantities it names (see the
    module), with the guess; else ``node`` as it was."""
    if isinstance(node, ast.Aggregate) and node.fold is ast.Fold.MEAN:
        operand = node.operand
        if not isinstance(operand, ast.Variable) or text.startswith("\\", operand.span[0]):
            return node, ()  # "rata-rata \\text{A dan B}": a name as written
        head = text[node.span[0] : operand.span[0]]
        if _head().fullmatch(head + " ") is None and _head().fullmatch(head) is None:
            return node, ()
        items = _items(operand.name, operand.span[0])
        written = f"{' '.join(head.split())} {operand.name}"
    elif isinstance(node, ast.Variable):
        head_found = _head().match(node.name)
        if head_found is None or text.startswith("\\", node.span[0]):
            return node, ()
        rest = node.name[head_found.end() :]
        items = _items(rest, node.span[0] + head_found.end())
        written = node.name
    else:
        return node, ()
    if items is None:
        return node, ()
    mean = ast.Mean(tuple(items), node.span)
    chosen = "rata-rata (" + ", ".join(v.name for v in items if isinstance(v, ast.Variable)) + ")"
    return mean, (Reading(node.span, chosen, written, REASON),)



_NAMED = N_(
    "'rata-rata' over one name that multiplies or divides another named quantity is that "
    "quantity's own name, not the mean over the data rows"
)
_ROWS = lazy(r"(?i)\b(?:setiap|tiap|masing-masing|per)\b")  # a word that names the rows
_AVERAGE_WORD = lazy(r"(?i)rata-rata|rata2|rerata")


def _named_average(node: ast.Expr, other: ast.Expr, text: str) -> ast.Expr:
    """``node`` as a name of its own (``rata-rata rating program``) when it is the mean over
    the rows of one name and ``other``, beside it in a product or a division, names a
    quantity; else ``node``."""
    if not (
        isinstance(node, ast.Aggregate)
        and node.fold is ast.Fold.MEAN
        and isinstance(node.operand, ast.Variable)
        and len(node.operand.name.split()) > 1  # words, not a symbol ("A × rata-rata B")
        and not _ROWS.search(node.operand.name)  # "rata-rata nilai setiap unsur": rows
        and any(isinstance(v, ast.Variable) and " " in v.name for v in ast.walk(other))
    ):
        return node
    written = " ".join(text[node.span[0] : node.operand.span[1]].split())
    if not _AVERAGE_WORD.match(written) or re.search(r"[(),\\]", written):
        return node
    if opens_with_period(written):
        return node  # "rerata per tahun A / rerata per tahun B": the years are the rows
    if text[: node.span[0]].rstrip().endswith(("(", "[")):
        return node  # "(rata-rata deviasi)": brackets make it an operation of its own
    return ast.Variable(written, (node.span[0], node.operand.span[1]))


def averages_named(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``indeks penggunaan layar x tarif jasa x rata-rata rating program x …`` (PP 33/2024
    PNBP TVRI): ``rata-rata`` over one name that multiplies or divides another named
    quantity is that quantity's own word (an average the document takes as given, like ``jumlah
    rerata timbulan sampah``), not the mean over the data rows of the name; beside a number
    only (``10 kali rata-rata jumlah penduduk desa``) or alone it stays the mean over the rows.
    A single value gives the same number either way: the names differ, not the value (a
    reading recorded all the same)."""
    if not any(isinstance(n, ast.Aggregate) for n in ast.walk(node)):
        return node, ()
    readings: list[Reading] = []

    def rewrite(part: ast.Expr) -> ast.Expr:
        if not isinstance(part, ast.Binary) or part.op not in (ast.Op.MUL, ast.Op.DIV):
            return part
        left = _named_average(part.left, part.right, text)
        right = _named_average(part.right, part.left, text)
        if left is part.left and right is part.right:
            return part
        for new in (left, right):
            if isinstance(new, ast.Variable) and new not in (part.left, part.right):
                readings.append(Reading(new.span, new.name, f"rata-rata ({new.name})", _NAMED))
        return ast.Binary(part.op, left, right, part.span)

    return ast.transform(node, rewrite), tuple(readings)


_OVER_ROWS = N_(
    "'rata-rata' opens the one quantity of the formula and the quantity says over what rows "
    "it averages ('setiap', 'seluruh', 'per' …): the mean over those rows, not a statistic's name"
)


@cache
def _rows_said() -> re.Pattern[str]:
    """A word that says over what rows a mean averages, after a word of the name: the
    distributive and universal quantifiers of Indonesian (``setiap``, ``tiap``, ``tiap-tiap``,
    ``masing-masing``, ``seluruh``, ``semua``, ``segenap``) and ``per`` (not ``per kapita``,
    the unit of a statistic); not the row entities of ``[prose] mean_over`` (``satker``,
    ``OPD``), which a name also counts (``Rata-rata Jumlah satker yang …``)."""
    quantifiers = r"tiap-tiap|masing-masing|setiap|seluruh|segenap|semua|tiap"
    return compiled(
        r"(?i)[^\W_][ \t\n]+(?:" + quantifiers + r"|per(?![ \t\n]+kapita))(?![^\W_])"
    )


def reads_over_rows(name: str) -> str | None:
    """The quantity averaged when ``name`` opens with the mean's word and says over what rows
    it averages (``Rata-rata A seluruh program`` → ``A seluruh program``), else ``None``: the
    canonical text keeps such a name in ``\\text{…}``."""
    head = _head().match(name)
    if head is None or " dan " in name:
        return None
    rest = name[head.end() :]
    return rest if rest and _rows_said().search(rest) else None


def _multiple_of_mean(node: ast.Expr, var: ast.Variable) -> str | None:
    """``130 kali nilai rata-rata perbedaan air pasang tertinggi dan terendah tahunan`` (PP
    13/2017): a multiple of a mean written in lower case, the number its only other operand, is
    the mean of the rest, as ``10 kali rata-rata jumlah penduduk`` is (the grammar's ``MEAN``)."""
    head = _head().match(var.name) if var.name[:1].islower() else None
    numbers = (ast.Number, ast.Percent)
    beside = (
        isinstance(node, ast.Binary)
        and node.op is ast.Op.MUL
        and var in (node.left, node.right)
        and isinstance(node.right if node.left is var else node.left, numbers)
    )
    return var.name[head.end() :] if head and beside else None


def means_over_rows(node: ast.Expr, text: str) -> tuple[ast.Expr, tuple[Reading, ...]]:
    """``Rata-rata Tingkat Pencapaian AEE seluruh program aktif`` (Kepmendikti 358/2025): a
    name opened by ``Rata-rata`` (any case, ``Nilai rata-rata``, ``Rerata``, ``… dari``) that
    says over what rows it averages, the only quantity of the formula (alone, labelled, scaled
    or beside numbers only), is the mean over those rows of the rest, as ``rata-rata rasio
    capaian setiap indikator`` written in lower case is (a capital opens a statistic's name,
    ``Rata-rata Lama Sekolah``, which says no rows). Beside another named quantity the words
    stay one name (``Rata-rata tingkat maturitas SPIP per subunsur * bobot per subunsur``,
    :func:`averages_named`). A guess, recorded."""
    named = [part for part in ast.walk(node) if not isinstance(part, ast.Number | ast.Percent)]
    variables = [part for part in named if isinstance(part, ast.Variable)]
    if len(variables) != 1 or any(isinstance(p, ast.Aggregate | ast.Mean) for p in named):
        return node, ()
    var = variables[0]
    rest = reads_over_rows(var.name) or _multiple_of_mean(node, var)
    if rest is None or text.startswith("\\", var.span[0]):
        return node, ()
    found = _head().match(text, var.span[0], var.span[1])  # where the rest opens in the cell
    start = found.end() if found else var.span[0]
    mean = ast.Aggregate(ast.Fold.MEAN, ast.Variable(rest, (start, var.span[1])), var.span)
    reading = Reading(var.span, f"rata-rata ({rest})", var.name, _OVER_ROWS)

    def rewrite(part: ast.Expr) -> ast.Expr:
        return mean if part is var else part

    return ast.transform(node, rewrite), (reading,)
