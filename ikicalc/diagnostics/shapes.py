"""Lint rules that follow the SHAPE of a doubtful reading, whatever the words of the cell
(``W121``, ``W122``, ``W123``, and the frame of a sentence inside a name for ``W115``).

A reader that guessed wrong leaves marks a correct reading never has, and the marks are those
of the language, not of some cells: a quantity's name is a noun phrase, so it never opens with
a preposition, a conjunction or a conjunction of the sentence (``untuk …``, ``Bila …``,
``berdasarkan …``) and never ends with one (``… yang``, ``… apabila``); it holds no operator
word (``… setelah dikurangi …``) and no amount said as one (``… sebesar Rp30.000.000,00``,
``… 2,5 (dua koma lima) kali …``); and it holds no frame of a sentence (a verb of computing
before its object, ``… ditentukan dengan cara …``, a copula, ``AKB adalah …``, a comma before a
clause of the sentence, ``…, maka …``). And the reading of a cell that writes the scale
``× 100`` holds a 100 (``W123``): where it does not, a part of the formula was lost with it.

The word classes are data: the function words of ``suspicious.toml`` [uncovered], the
conjunctions of names.toml [prose.clauses], the operator words of names.toml [grammar], the
verbs of computing of names.toml [prose.frame]; ``suspicious.toml`` [shape] adds the few
words those lists lack. Each rule costs a few string tests per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ikicalc.diagnostics.diagnostic import Diagnostic
from ikicalc.diagnostics.registry import Context, rule
from ikicalc.diagnostics.suspicious_words import distinct, either, shortened, words
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.names import names_data
from ikicalc.patterns import lazy

__all__ = [
    "bounds_of_name",
    "lost_scale",
    "operation_in_name",
    "sentence_frame",
]


def _clauses() -> dict[str, list[str]]:
    clauses: dict[str, list[str]] = names_data()["prose"]["clauses"]
    return clauses


@cache
def _opening() -> re.Pattern[str]:
    """What a quantity's name never opens with: a function word (not ``yang``, which opens the
    second of two quantities a ratio's ``dengan`` joins: "… dengan yang memberikan suara"), a
    conjunction of a condition, of a purpose or between sentences (names.toml
    [prose.clauses]), or one of [shape] openings (``berdasarkan``, ``sedangkan``, ``contoh``)."""
    clauses = _clauses()
    relative = set(words()["shape"]["relative"])
    found = [
        *(word for word in words()["uncovered"]["function_words"] if word not in relative),
        *clauses["sentence_conditions"],
        *clauses["purpose"],
        *clauses["sentence_conjunctions"],
        *words()["shape"]["openings"],
        *words()["shape"]["subordinators"],
    ]
    return re.compile(rf"{either(found)}(?![^\W_]|-)", re.IGNORECASE)


@cache
def _closing() -> re.Pattern[str]:
    """What a quantity's name never ends with: a function word, a conjunction of a condition,
    a modal of [shape] (not ``wajib``: "Belanja Wajib"), a copula, or one of [shape]
    closings."""
    found = [
        *words()["uncovered"]["function_words"],
        *_clauses()["sentence_conditions"],
        *words()["shape"]["modals"],
        *words()["shape"]["copulas"],
        *words()["shape"]["closings"],
    ]
    return re.compile(rf"(?<![^\W_])(?<!-){either(found)}$", re.IGNORECASE)


@cache
def _source() -> re.Pattern[str]:
    """A clause that names the source of the data ([shape] source_clauses): ``…, berdasarkan
    hasil Survei …``, ``… yang bersumber dari data Susenas``."""
    return re.compile(either(words()["shape"]["source_clauses"]), re.IGNORECASE)


@cache
def _subordinate() -> re.Pattern[str]:
    """A subordinate clause with its own subject inside a name ([shape] clause_conjunctions,
    then a word that is no verb): ``… Penjualan Air sehingga data …``, ``…, apabila data …``."""
    clauses = _clauses()
    shape = words()["shape"]
    verb = rf"(?<![^\W_])(?:{clauses['passive']}|{clauses['active']})(?![^\W_])"
    predicate = rf"(?<![^\W_])(?:{clauses['passive']}|{clauses['active']}|"
    predicate += rf"{'|'.join(shape['predicate_words'])})(?![^\W_])"
    qualifying = either(shape["qualifying_conjunctions"])
    clause = r"(?:(?!\b(?:dan|atau|serta)\b)[^,;()])*?(?<!\byang )(?<!\byg )"
    return re.compile(
        rf"(?<=\S)[ \t\n]*,?[ \t\n]+{either(shape['clause_conjunctions'])}"
        rf"[ \t\n]+(?!{verb})(?=[^\W\d_])"
        rf"|(?<=\S),[ \t\n]*{qualifying}(?![^\W_])"
        rf"|(?<=\S)[ \t\n]+{qualifying}[ \t\n]+(?!{predicate})(?=[^\W\d_]){clause}{predicate}",
        re.IGNORECASE,
    )


@cache
def _conjunction() -> re.Pattern[str]:
    """Any conjunction :func:`_subordinate` looks for, as a word: its cheap guard."""
    shape = words()["shape"]
    found = [*shape["clause_conjunctions"], *shape["qualifying_conjunctions"]]
    return re.compile(rf"(?<![^\W_]){either(found)}(?![^\W_])", re.IGNORECASE)


# an amount of time just before a conjunction of time: the window the quantity is counted in
_WINDOW_BEFORE = lazy(
    r"(?i)\d+[ \t]*(?:jam|hari|menit|minggu|bulan|tahun)(?:[ \t]+pertama)?[ \t]*\s?$"
)
_SINCE = lazy(r"(?i)(?:setelah|sesudah|sebelum|sejak|semenjak)(?![^\W_])")


def _window_since(name: str, clause: re.Match[str]) -> bool:
    """Whether ``clause`` (a conjunction of time and its clause) follows an amount of time:
    the window the quantity is counted in, from an event the clause names (``dalam 24 jam
    pertama setelah pasien dinyatakan rawat``), not a sentence run on."""
    since = _SINCE.match(clause.group(0).strip(" ,\t\n")) is not None
    return since and _WINDOW_BEFORE.search(name, 0, clause.start() + 1) is not None


@rule("W121")
def bounds_of_name(ctx: Context) -> Iterator[Diagnostic]:
    """A name that opens or ends with a word no quantity's name opens or ends with: where
    the name starts or stops in the sentence was guessed."""
    if ctx.facts is None:
        return
    for variable in distinct(ctx.facts.names):
        bound = _guessed_bound(ctx.text, variable.name, variable.span[0])
        if bound is not None:
            message, word, first = bound
            yield ctx.diagnostic("W121", message, _word_span(ctx.text, variable.span, word, first))


def _guessed_bound(text: str, written: str, start: int) -> tuple[str, str, bool] | None:
    """Why :func:`bounds_of_name` thinks a name's start or stop was guessed: the message, the
    word to point at and whether it is the word's first place in the name (else its last)."""
    name = " ".join(written.split())
    opening = _opening().match(name)
    if opening is not None and not _at_line_start(text, start):
        word = opening.group(0)
        message = _(
            "the name '{name}' opens with '{word}', a word no quantity's name opens "
            "with: the words of the sentence before the quantity seem read into it; "
            "check where the name starts, or write the formula with its operators"
        ).format(name=shortened(name), word=word)
        return message, word, True
    source = _source().search(name)
    if source is not None and source.start() > 0:
        clause = source.group(0).lstrip(", ")
        message = _(
            "the name '{name}' holds '{clause}', a clause that says where the data come "
            "from, not words of the quantity: the name runs into the sentence after it; "
            "check where the name stops"
        ).format(name=shortened(name), clause=clause)
        return message, clause, True
    cue = " " in name and _conjunction().search(name) is not None
    subordinate = _subordinate().search(name) if cue else None
    if subordinate is not None and _window_since(name, subordinate):
        subordinate = None  # "… dalam 24 jam pertama setelah pasien dinyatakan rawat"
    if subordinate is not None:
        conjunction = subordinate.group(0).strip(" ,\t\n").split()[0]
        message = _(
            "the name '{name}' holds '{conjunction} …', a clause of the sentence with "
            "its own subject, not words of the quantity: the name runs into the "
            "sentence after it; check where the name stops"
        ).format(name=shortened(name), conjunction=conjunction)
        return message, conjunction, True
    closing = _closing().search(name.rstrip(".,;:) "))
    if closing is not None and closing.start() > 0:
        word = closing.group(0)
        message = _(
            "the name '{name}' ends with '{word}', a word no quantity's name ends "
            "with: the name seems cut in the middle of a sentence, or runs into the "
            "words after it; check where the name stops"
        ).format(name=shortened(name), word=word)
        return message, word, False
    return None


def _at_line_start(text: str, start: int) -> bool:
    """Whether a name starts a line of the cell (then ``W119`` says it)."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return "\n" in text[:start] and not before.strip()


def _word_span(text: str, span: tuple[int, int], word: str, first: bool) -> tuple[int, int]:
    """The span of ``word`` inside ``span`` of ``text`` (its first or last place), or ``span``."""
    start, end = span
    inside = text[start:end].lower()
    at = inside.find(word.lower()) if first else inside.rfind(word.lower())
    if at < 0:
        return span
    return start + at, start + at + len(word)


@cache
def _operator_word() -> re.Pattern[str]:
    """An operator word of names.toml [grammar] (``dikurangi``, ``dibagi dengan``); not one
    before a preposition no operand opens with (``yang dikurangi melalui …``, ``[grammar]
    operator_not_before``), nor a division word that shares out (``dibagi antara …``,
    ``[grammar] divide_not_before``), nor a subtraction word after ``sebelum`` (``… yang harus
    dibayar … sebelum dikurangkan dengan investment tax credit tersebut``, PP 24/1968: the amount
    before the deduction; ``setelah dikurangi dengan`` is an operation the grammar reads)."""
    from ikicalc.lang.operator_words import said, words_pattern
    from ikicalc.names import names_data

    of_name = words_pattern(names_data()["grammar"]["operator_not_before"])
    words = f"{said('/')}|{said('×+-', plain=True)}"
    return re.compile(
        rf"(?<![^\W_])(?<!sebelum\s)(?:{words})(?![^\W_])(?!\s+(?:{of_name})(?![^\W_]))",
        re.IGNORECASE,
    )


@cache
def _amount() -> re.Pattern[str]:
    """An amount said inside a name: a number after a word that gives a value (``sebesar``,
    ``yaitu``, ``sama dengan``), a sum of money (``Rp30.000.000``), or a number said again in
    words before a word that multiplies or takes a share (``2,5 (dua koma lima) kali``,
    ``0,5 (nol koma lima) dari``)."""
    shape = words()["shape"]
    number = r"\d+(?:[.,]\d+)*"
    return re.compile(
        rf"\b{either(shape['amount_words'])}\s+(?:Rp\.?\s*)?{number}"
        rf"|\bRp\.?\s*{number}"
        rf"|{number}\s*(?:%|persen)?\s*\([^()\d]{{3,}}\)\s*{either(shape['amount_after'])}\s",
        re.IGNORECASE,
    )


# a ratio said in words ("perbandingan A dengan B", "rasio A terhadap B"), and the join of its
# second quantity, a counted one, inside a name that is not the ratio's own (Klaten's RSUP
# Soeradji: "Merupakan perbandingan A /Kementerian … / … dengan jumlah seluruh tenaga medis")
_RATIO_CUE = lazy(
    r"(?i)(?<![^\W_])(?:perbandingan|rasio|proporsi|(?:mem(?:per)?)?bandingkan|dibandingkan)"
    r"(?![^\W_])"
)
_RATIO_JOIN = lazy(
    r"(?i)(?<![^\W_])(?P<join>dengan|terhadap)\s+(?P<count>jumlah|jml|total|seluruh|banyaknya)"
    r"(?![^\W_])"
)


@rule("W122")
def operation_in_name(ctx: Context) -> Iterator[Diagnostic]:
    """A name that holds an operator word or an amount: an operation of the cell seems read
    as words of a name."""
    facts = ctx.facts
    if facts is None:
        return
    for variable in distinct(facts.names):
        name = " ".join(variable.name.split())
        if len(name) < 8:
            continue
        operator = _operator_word().search(name)
        if operator is not None and operator.start() > 0 and operator.end() < len(name):
            word = operator.group(0)
            span = _word_span(ctx.text, variable.span, word, first=True)
            if any(g.span[0] <= span[0] < g.span[1] for g in facts.formula.guesses):
                continue  # a W110 note already says the operator word was read into a name
            yield ctx.diagnostic(
                "W122",
                _(
                    "the name '{name}' holds '{word}', an operator word: an operation of the "
                    "cell seems read as words of one name; if '{word}' computes, the name is "
                    "two quantities (write the operator between them)"
                ).format(name=shortened(name), word=word),
                span,
            )
            continue
        joined = _RATIO_JOIN.search(name) if _RATIO_CUE.search(ctx.text) else None
        if joined is not None and joined.start() > 0 and _RATIO_CUE.search(name) is None:
            word = joined.group("join")
            yield ctx.diagnostic(
                "W122",
                _(
                    "the name '{name}' holds '{word} {count}', the join of the ratio the cell "
                    "says ('perbandingan A {word} B'): the ratio's second quantity seems read "
                    "as words of this name; check where the first quantity ends"
                ).format(name=shortened(name), word=word, count=joined.group("count")),
                _word_span(ctx.text, variable.span, word, first=True),
            )
            continue
        amount = _amount().search(name)
        if amount is not None:
            said = amount.group(0).strip()
            yield ctx.diagnostic(
                "W122",
                _(
                    "the name '{name}' holds the amount '{amount}': a number of the formula "
                    "seems read as words of a name, and the value leaves it out; write the "
                    "number as an operand (e.g. 'A × 2,5')"
                ).format(name=shortened(name), amount=said),
                _word_span(ctx.text, variable.span, said, first=True),
            )


@cache
def _frame() -> re.Pattern[str]:
    """The frame of a sentence inside a name (``W115``): a verb of computing (names.toml
    [prose.frame] verbs, not those [shape] lists as qualifying a noun) with its object after
    it and not after ``yang``; such a verb before a link of a method
    (``… yang dihitung atas dasar …``); a copula not after ``yang`` (``AKB adalah …``); a
    comma before a clause of the sentence (``…, maka …``, ``…, akan diperoleh …``)."""
    shape = words()["shape"]
    frame = names_data()["prose"]["frame"]
    qualifying = set(shape["qualifying_verbs"])
    verbs = [verb for verb in frame["verbs"] if verb not in qualifying]
    not_after = "".join(rf"(?<!\b{word} )" for word in shape["relative"])
    return re.compile(
        rf"(?<=\S\s){not_after}\b{either(verbs)}\s+(?=[^\W\d_])"
        rf"|\b{either(verbs)}\s+{either(shape['method_links'])}\b"
        rf"|(?<=\S\s){not_after}\b{either(shape['copulas_of_definition'])}\b"
        rf"|,\s*{either(shape['clause_after_comma'])}\b",
        re.IGNORECASE,
    )


def sentence_frame(name: str) -> str | None:
    """The frame of a sentence that ``name`` holds (``ditentukan``, ``adalah``, ``, maka``),
    or ``None``: for ``W115``."""
    found = _frame().search(name)
    return found.group(0).strip(" ,") if found is not None else None


_SCALE = re.compile(
    r"(?:(?<![^\W\d_])[x×X*∗]|\bkali\b|\bdikali(?:kan)?(?:\s+dengan)?)\s*"
    r"(?:100(?![\d.,]*\d)|seratus\b)(?!\s*(?:ribu|juta|\())\s*(?:%|persen\b|per\s*seratus\b)?",
    re.IGNORECASE,
)
"""A scale to percent written in the cell: ``x 100%``, ``X100``, ``× 100 persen``, ``dikalikan
seratus persen`` (not ``x 100.000``, ``x 100 ribu``)."""

_HUNDRED = 100


@rule("W123")
def lost_scale(ctx: Context) -> Iterator[Diagnostic]:
    """The cell writes a scale ``× 100`` that the reading does not hold: the reading lost a
    part of the formula (the scale, and often a side of the fraction with it)."""
    facts = ctx.facts
    if facts is None or ("100" not in ctx.text and "eratus" not in ctx.text.lower()):
        return
    found = _SCALE.search(ctx.text)
    if found is None:
        return
    if any(
        isinstance(node, ast.Number | ast.Percent) and node.value == _HUNDRED
        for node in facts.nodes
    ):
        return
    yield ctx.diagnostic(
        "W123",
        _(
            "the cell writes '{scale}', yet the reading ({reading}) does not multiply by 100: "
            "a part of the formula (the scale, or a side of the fraction with it) seems lost; "
            "check the reading, or write the formula on one line"
        ).format(scale=" ".join(found.group(0).split()), reading=shortened(str(facts.formula))),
        found.span(),
    )
