"""Cells read as a formula that a careful reader would not sign as one: what lint says of them.

The reader reads a computation said in words (``perbandingan antara A dengan B``) because
formula cells say them so. The same words in a sentence that *defines* an indicator
(``Rasio elektrifikasi didefinisikan sebagai perbandingan antara A dengan B.``, ``Cakupan …
adalah persentase dari perbandingan A terhadap B.``) name the quantities of a ratio and write
no arithmetic: the reading stands, but lint says it is prose (``W106``). So does a name that
holds a copula (``penimbang yang sama yaitu 1``: a sentence read as a quantity). Lint also
says where a reading put together what is not one quantity (``W108``): a name that starts
again with its own first words (``Jumlah zakat tahun sekarang jumlah zakat tahun``), letters
and numbers of an equation whose operators were lost (``k G 1 Pi (Qi Qi 1 ) i 1``), the
bullets of a list read as minus signs; and a formula that names no quantity at all (``0``,
``3,75``: ``E002``). Nothing here runs while parsing: lint asks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ikicalc.lang import ast
from ikicalc.lang.operator_words import said
from ikicalc.lang.said_joins import REFERENCES
from ikicalc.names import counting_spellings, name_key
from ikicalc.patterns import lazy

__all__ = [
    "bullets_subtracted",
    "copula_name",
    "defined_in_words",
    "instruction",
    "letters_only",
    "listed",
    "restarted",
    "scale_name",
]

# "<term> adalah / merupakan / didefinisikan sebagai / dihitung dengan … perbandingan …"
_DEFINES = lazy(
    r"(?i)(?:^|[.;][ \t\n]+)[ \t\n]*[^\W\d_][^=:;/÷×*+.]*?\b(?P<copula>adalah|merupakan|ialah"
    r"|didefinisikan[ \t\n]+sebagai|dihitung[ \t\n]+(?:dengan|sebagai)|diukur[ \t\n]+dengan)"
    r"[ \t\n]+"
    r"(?:[^\W\d_]+[ \t\n]+){0,3}?(?P<word>perbandingan|penbandingan|membandingkan|rasio"
    r"|persentase)\b"
)
# arithmetic written or said: a sign, a number, an operator word
_ARITHMETIC = lazy(  # the operator words: lang/operator_words.py
    r"[/÷×*+=]|\d|\s[-−–]\s|(?i:\b(?:" + said(plain=True) + r"|bagi|kali)\b)"
)
# a slash between two words (``dihuni/dipakai``, ``belum/tidak``)
_SLASHED = lazy(r"[^\W\d_]+/[^\W\d_]+")


def defined_in_words(text: str, names: Iterable[str] = ()) -> tuple[str, str] | None:
    """``(copula, word)`` when ``text`` is a sentence that defines a term and names a ratio
    in words (``… didefinisikan sebagai perbandingan antara A dengan B.``) with no arithmetic
    written or said anywhere; ``None`` otherwise. A slash between two words that the reading
    kept inside one of its ``names`` (``kamar yang dihuni/dipakai tamu``) is an alternation,
    as a definition writes it, not a division."""
    found = _DEFINES.search(text)
    if found is None:
        return None
    kept = [" ".join(name.split()) for name in names]
    rest = _SLASHED.sub(
        lambda m: m.group() if not any(m.group() in name for name in kept) else " ", text
    )
    if _ARITHMETIC.search(rest):
        return None
    return " ".join(found.group("copula").split()), found.group("word")


# "(Hitung jumlah butir temuan …)": the cell tells the reader what to count
_INSTRUCTION = lazy(r"(?i)^[ \t\n(\[]*(?P<verb>hitung(?:lah)?)\b")


def instruction(text: str) -> str | None:
    """The verb when the cell opens with an instruction to the reader (``Hitung …``), not a
    quantity or a computation; ``None`` otherwise."""
    found = _INSTRUCTION.match(text)
    return found.group("verb") if found else None


# not ", yaitu …" after a quantity's name: an apposition that lists what it covers
_COPULA = lazy(
    r"(?i)(?<!\byang )(?<!\byg )\b(?:adalah|merupakan|ialah|(?<!, )(?:yaitu|yakni)|sehingga"
    r"|berarti)\b|,\s*maka\b"  # "Apabila …, maka A": a condition's sentence, not a quantity
)


def scale_name(expr: ast.Expr) -> str | None:
    """The one name a cell was read as when it holds three percentages or more with words
    between them (``… 4 Lebih dari 100% Sangat baik 3 75% sampai 100% Baik …``): a scale
    of categories or a table, not a quantity; ``None`` otherwise."""
    if isinstance(expr, ast.Variable) and expr.name.count("%") >= 3:
        return expr.name
    return None


def copula_name(expr: ast.Expr) -> str | None:
    """The first name of a computed formula that holds a copula (``penimbang yang sama
    yaitu 1``): a sentence was read as a quantity. ``None`` when there is none or the
    formula is one name (the cell classification speaks of that)."""
    if isinstance(expr, ast.Variable):
        return None
    for node in ast.walk(expr):
        if isinstance(node, ast.Variable) and _COPULA.search(node.name):
            return node.name
    return None


def restarted(name: str) -> tuple[str, str] | None:
    """``Jumlah zakat tahun sekarang jumlah zakat tahun``: a name that starts again with its
    own first two words (case aside) holds two quantities side by side; the two pieces, or
    ``None``."""
    words = name.split()
    if len(words) < 4:
        return None
    # "Jumlah zakat …" again (two words after a counting word), or three words again
    size = 2 if name_key(words[0]) in counting_spellings() else 3
    head = r"(?<!\S)" + r"\s+".join(re.escape(w) for w in words[:size]) + r"(?!\S)"
    again = re.compile(head, re.IGNORECASE).search(name, len(words[0]) + 1)
    if again is None or name.count("(", 0, again.start()) > name.count(")", 0, again.start()):
        return None  # "… (sisa tahun lalu dan perkara yang masuk)": inside brackets
    return name[: again.start()].rstrip(), name[again.start() :]


def letters_only(name: str) -> bool:
    """``k G 1 Pi (Qi Qi 1 ) i 1``: five tokens or more, most of them one or two characters
    (letters, indices, digits): the symbols of an equation whose operators the export
    lost, not the words of a name. Two words of three letters or more make it a name with a
    symbol or a sign in it (``n gizi kurang < -2 SD``, SPM Ketahanan Pangan Kulon Progo
    2011)."""
    tokens = name.replace("(", " ").replace(")", " ").split()
    if sum(len(t) >= 3 and t.isalpha() for t in tokens) >= 2:
        return False
    return len(tokens) >= 5 and 5 * sum(len(t) <= 2 for t in tokens) >= 3 * len(tokens)


_BULLET_LINE = lazy(r"[ \t]*[-•–][ \t]+\S")


def bullets_subtracted(text: str, expr: ast.Expr) -> bool:
    """``- IDM Indeks Desa Membangun`` / ``- IS Indeks Sosial`` / …: every line of the cell
    opens with the same bullet, the first included, and the reading subtracts: the bullets
    of a list were read as minus signs."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(_BULLET_LINE.match(line) for line in lines):
        return False
    if len({line.strip()[0] for line in lines}) != 1:
        return False
    return any(isinstance(n, ast.Binary) and n.op is ast.Op.SUB for n in ast.walk(expr))


_ITEM_SEPARATOR = lazy(r"[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+")


def listed(name: str) -> int:
    """``… dari Indeks Ketahanan Sosial, Indeks Ketahanan Ekonomi dan Indeks Ketahanan
    Ekologi Desa``: how many items of a list one name holds, each opened by the same word in
    capitals (three or more, else 0)."""
    if "," not in name:
        return 0
    pieces = _ITEM_SEPARATOR.split(name)
    heads = Counter(p.split()[0] for p in pieces[1:] if p.split() and p[:1].isupper())
    if not heads:
        return 0
    head, count = heads.most_common(1)[0]
    if head.lower() in REFERENCES:
        return 0  # "… dalam Pasal 21, Pasal 22, Pasal 23, dan Pasal 24": it cites
    count += any(w == head for w in pieces[0].split()[1:])  # the first item, after words
    return count if count >= 3 and len(head) > 2 else 0
