"""Scoring ikicalc on the public-cells corpus: does it *read right* what a careful reader reads?

The corpus (``tests/data/public-cells.jsonl``, dev, and ``public-cells-holdout.jsonl``, set
aside) holds real formula cells from public Indonesian government documents, each labelled
by hand (``tests/data/public-cells.md`` documents the schema and the rules). A formula cell is
*read right* when

1. ``ikicalc.parse`` reads it, and
2. the variables ikicalc reads are the labelled ones, as a multiset of keys
   (:func:`ikicalc.names.name_key`: case, spacing and the abbreviations of ``names.toml``
   aside; an alias in brackets such as ``(DTKB)`` or ``(A)`` is not part of the key), and
3. on :data:`TRIALS` random positive rational inputs, ``Formula.evaluate(...).exact`` equals
   the labelled structure's value.

The labelled structure (``v1 / v2 * 100``, ``sum(v1) / v2``, ``mean(v1)``) is read by a small
evaluator over the tree of :func:`ast.parse` that allows numbers, the names ``v1`` … ``vn``,
``+ - * /``, unary minus and the calls ``sum(…)`` and ``mean(…)`` of a variable or an
expression (``sum(v1 / v2)``: evaluated row by row, then added); nothing is executed. A
variable used under ``sum``/``mean`` is bound to a sequence of :data:`SEQUENCE_LENGTH` values,
the others to one value.

This module is used by ``benchmarks/score_public.py`` and ``tests/test_public_cells.py``.
"""

from __future__ import annotations

import ast
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import ikicalc
from ikicalc.errors import IkiError
from ikicalc.names import name_key

DATA = Path(__file__).resolve().parent / "data"
DEV_PATH = DATA / "public-cells.jsonl"
HOLDOUT_PATH = DATA / "public-cells-holdout.jsonl"
"""The set-aside third: never read while improving the grammar (see public-cells.md)."""

KINDS = ("formula", "scale", "target", "prose", "defective")
CAUSES = {
    1: "operator words",
    2: "numbers in names",
    3: "dots",
    4: "stacked fractions",
    5: "multipliers",
    6: "legends and symbols",
    7: "more arithmetic",
    8: "prose around",
    9: "slash",
    10: "Indonesian numbers",
}
FIELDS = (
    "id",
    "doc_id",
    "doc_kind",
    "province",
    "source",
    "title",
    "indicator",
    "text",
    "kind",
    "variables",
    "structure",
    "percent",
    "causes",
    "note",
)
TRIALS = 5
SEQUENCE_LENGTH = 3
SPLIT_SALT = "ikicalc-public-cells-v1"

_VARIABLE = re.compile(r"v([1-9][0-9]*)\Z")
_ALIAS = re.compile(r"\(\s*[A-Z][A-Z0-9]*\s*\)")
"""An alias in brackets after a name: ``(DTKB)``, ``(A)``, ``(SKM)``; not ``(t-1)``."""


def split_of(doc_id: str) -> str:
    """``"holdout"`` or ``"dev"``: the document's side, fixed by a salted hash of its id.

    Whole documents go to one side (about a third of them to the holdout), so that no
    document's wording is seen on both sides.
    """
    digest = hashlib.sha256(f"{SPLIT_SALT}:{doc_id}".encode()).digest()
    return "holdout" if digest[0] % 3 == 0 else "dev"


def load_cells(path: Path) -> list[dict[str, Any]]:
    """The cells of one corpus file, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


VARIANTS_UP_TO_BATCH = 17
"""The last batch whose development cells the variant benchmarks take their cells and names
from: a fixed set, so a new batch (read cold as it comes) changes no variant's draw, rate or
floor. Raise it with the floors, on purpose, never by adding cells."""


def pool_half(text: str, salt: str) -> int:
    """0 or 1: the half of a variant benchmark's pool ``text`` falls in, by a hash salted with
    the benchmark's name. One half is worked on; the other, never looked at while the reader
    changes, gives the benchmark's honest figure."""
    return hashlib.sha256(f"{salt}:{text}".encode()).digest()[0] % 2


HALVES = ("work", "fresh")
"""The two halves of a variant benchmark's pool, in the order :func:`pool_half` numbers them."""


def halves(salt: str) -> Callable[[str], str]:
    """The function that says ``"work"`` or ``"fresh"`` for a pool item or a template of the
    benchmark salted ``salt`` (:func:`pool_half`)."""

    def half_of(text: str) -> str:
        return HALVES[pool_half(text, salt)]

    return half_of


@dataclass
class HalfDraw:
    """A template benchmark's draw from its pools, kept to one half (``"all"``: both): a
    subclass names the benchmark's ``salt`` (:func:`halves`) and adds what it draws besides."""

    rng: random.Random
    half: str
    salt: ClassVar[str] = ""

    def keep(self, items: list[Any]) -> list[Any]:
        """The items of a pool in this draw's half (every item for ``"all"``)."""
        half_of = halves(self.salt)
        return [i for i in items if self.half == "all" or half_of(str(i)) == self.half]

    def pick(self, items: list[Any]) -> Any:
        return self.rng.choice(self.keep(items) or items)

    def sample(self, items: list[Any], count: int) -> list[Any]:
        chosen = self.keep(items)
        return self.rng.sample(chosen if len(chosen) >= count else items, count)


_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z ]{8,70}[a-z]")


def label_names(
    most_words: int, not_in_name: re.Pattern[str], opening_not: tuple[str, ...] = ()
) -> list[str]:
    """Names of quantities from the labels of the development cells (:func:`variant_cells`):
    words only, two to ``most_words`` of them, capitalised, with nothing ``not_in_name``
    finds (an operator word) and not opening with a word of ``opening_not``: the pool a
    template benchmark draws its operands from."""
    found: set[str] = set()
    for cell in variant_cells():
        for name in cell.get("variables") or []:
            if (
                _PLAIN_NAME.fullmatch(name)
                and 2 <= len(name.split()) <= most_words
                and not not_in_name.search(name)
                and name[0].isupper()
                and not name.lower().startswith(opening_not)
            ):
                found.add(name)
    return sorted(found)


def variant_cells() -> list[dict[str, Any]]:
    """The development cells of batches up to :data:`VARIANTS_UP_TO_BATCH`, in file order: what
    every variant benchmark (``benchmarks/variants_*.py``) draws from."""
    return [c for c in load_cells(DEV_PATH) if int(c.get("batch", 2)) <= VARIANTS_UP_TO_BATCH]


_INNER_BRACKET_SPACE = re.compile(r"(?<=\()\s+|\s+(?=\))")
_SLASH_SPACE = re.compile(r"\s*/\s*")
"""The spacing around a slash between a name's words: ``desa / kelurahan`` as a label copies
a page's line (``Jumlah desa /`` over ``kelurahan UCI``) and ``desa/ kelurahan`` as a reader
can write it (a spaced slash is the grammar's division) are one name."""
_WRAP_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s+(?=[^\W\d_])")
"""A word a line wrap broke with a hyphen (``seha- rusnya``): labels copy it as the page
shows it, a reader joins it (``seharusnya``); it is one word either way."""


def variable_key(name: str) -> str:
    """The key a labelled or a parsed variable name is compared by.

    Spacing aside means also the spacing just inside brackets: ``( K1 )`` and ``(K1)`` are
    the same name as written, and the spacing of a line wrap's hyphen: ``seha- rusnya`` and
    ``seharusnya`` are the same word, and the spacing around a slash (``desa / kelurahan``,
    ``desa/ kelurahan``); and the font of a letter: a mathematical italic
    ``𝐿𝑢𝑎𝑠 𝐶`` (a Word equation's text) is ``Luas C`` (NFKC), as a blind relabelling of
    development cells found labellers copy either.
    """
    unwrapped = _WRAP_HYPHEN.sub("", unicodedata.normalize("NFKC", name))
    spaced = _INNER_BRACKET_SPACE.sub("", _ALIAS.sub(" ", unwrapped))
    return name_key(_SLASH_SPACE.sub("/", spaced))


# --- the labelled structure ------------------------------------------------------------


class StructureError(ValueError):
    """A labelled structure that is not of the allowed form."""


_OPERATORS = (ast.Add, ast.Sub, ast.Mult, ast.Div)


def parse_structure(structure: str) -> ast.Expression:
    """The structure's tree, checked: only the allowed nodes (see the module docstring)."""
    try:
        tree = ast.parse(structure, mode="eval")
    except SyntaxError as error:
        raise StructureError(f"{structure!r}: {error.msg}") from None
    _check(tree.body, structure)
    return tree


def _check(node: ast.AST, structure: str, inside: bool = False) -> None:
    if isinstance(node, ast.BinOp) and isinstance(node.op, _OPERATORS):
        _check(node.left, structure, inside)
        _check(node.right, structure, inside)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        _check(node.operand, structure, inside)
    elif (isinstance(node, ast.Constant) and type(node.value) in (int, float)) or (
        isinstance(node, ast.Name) and _VARIABLE.match(node.id)
    ):
        pass
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("sum", "mean")
        and len(node.args) == 1
        and not node.keywords
        and not inside
    ):
        _check(node.args[0], structure, inside=True)
    else:
        raise StructureError(f"{structure!r}: {ast.dump(node)} is not allowed")


def structure_variables(tree: ast.Expression) -> tuple[set[int], set[int]]:
    """The variable numbers a structure uses, and those it uses under ``sum``/``mean``."""
    used: set[int] = set()
    aggregated: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and (match := _VARIABLE.match(node.id)):
            used.add(int(match.group(1)))
        if isinstance(node, ast.Call):
            aggregated |= {
                int(inner.id[1:])
                for inner in ast.walk(node.args[0])
                if isinstance(inner, ast.Name) and _VARIABLE.match(inner.id)
            }
    return used, aggregated


def evaluate_structure(
    tree: ast.Expression, values: Mapping[int, Fraction | list[Fraction]]
) -> Fraction:
    """The structure's exact value with ``values[k]`` bound to ``vk``."""
    return _value(tree.body, values)


def _value(node: ast.AST, values: Mapping[int, Fraction | list[Fraction]]) -> Fraction:
    if isinstance(node, ast.BinOp):
        left, right = _value(node.left, values), _value(node.right, values)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left / right
    if isinstance(node, ast.UnaryOp):
        operand = _value(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.Constant):
        return Fraction(str(node.value))
    if isinstance(node, ast.Name):
        value = values[int(node.id[1:])]
        if isinstance(value, list):
            raise StructureError(f"v{node.id[1:]} is a sequence used outside sum/mean")
        return value
    assert isinstance(node, ast.Call)
    assert isinstance(node.func, ast.Name)
    argument = node.args[0]
    inner = {
        int(name.id[1:])
        for name in ast.walk(argument)
        if isinstance(name, ast.Name) and _VARIABLE.match(name.id)
    }
    lengths = {len(v) for k, v in values.items() if k in inner and isinstance(v, list)}
    if len(lengths) > 1:
        raise StructureError("the sequences under one sum/mean differ in length")
    rows = lengths.pop() if lengths else 1
    items = [
        _value(
            argument,
            {k: v[i] if k in inner and isinstance(v, list) else v for k, v in values.items()},
        )
        for i in range(rows)
    ]
    total = sum(items, Fraction(0))
    return total if node.func.id == "sum" else total / len(items)


# --- schema ------------------------------------------------------------------------------


def schema_problems(cell: Mapping[str, Any]) -> list[str]:
    """What is wrong with one cell's fields and label (empty when it is well formed)."""
    where = cell.get("id", "?")
    problems: list[str] = []
    if tuple(cell) not in (FIELDS, (*FIELDS, "batch")):
        problems.append(f"{where}: fields {list(cell)} are not {list(FIELDS)} (+ optional batch)")
        return problems
    if "batch" in cell and (type(cell["batch"]) is not int or cell["batch"] < 3):
        problems.append(f"{where}: batch must be a whole number >= 3 (no batch: batches 1-2)")
    if not isinstance(cell["text"], str) or not cell["text"].strip():
        problems.append(f"{where}: empty text")
    if cell["kind"] not in KINDS:
        problems.append(f"{where}: kind {cell['kind']!r} is not one of {KINDS}")
    if not str(cell["source"]).startswith("http"):
        problems.append(f"{where}: source is not an address")
    if not cell["id"].startswith(cell["doc_id"] + "#"):
        problems.append(f"{where}: id does not start with its doc_id")
    causes = cell["causes"]
    if (
        not isinstance(causes, list)
        or any(c not in CAUSES for c in causes)
        or causes != sorted(set(causes))
    ):
        problems.append(f"{where}: causes {causes!r} must be sorted distinct numbers 1-10")
    if not isinstance(cell["percent"], bool):
        problems.append(f"{where}: percent must be true or false")
    variables = cell["variables"]
    if cell["kind"] != "formula":
        if variables or cell["structure"] is not None or cell["percent"]:
            problems.append(
                f"{where}: a {cell['kind']} cell has no variables, structure or percent"
            )
        return problems
    if not variables or not all(isinstance(v, str) and v.strip() == v and v for v in variables):
        problems.append(f"{where}: a formula needs its variables, each a trimmed name")
        return problems
    keys = [variable_key(v) for v in variables]
    if len(set(keys)) != len(keys):
        problems.append(f"{where}: two variables have the same key")
    try:
        tree = parse_structure(cell["structure"])
    except (StructureError, TypeError) as error:
        problems.append(f"{where}: {error}")
        return problems
    used, aggregated = structure_variables(tree)
    if used != set(range(1, len(variables) + 1)):
        problems.append(f"{where}: structure uses {sorted(used)}, not v1..v{len(variables)}")
    if _first_appearance(tree) != sorted(used):
        problems.append(f"{where}: structure does not name v1, v2 … in order of first appearance")
    plain = _plain_uses(tree)
    if aggregated & plain:
        problems.append(f"{where}: a variable is used both under sum/mean and alone")
    if cell["percent"] and "100" not in cell["structure"]:
        problems.append(f"{where}: percent is true but the structure has no 100")
    return problems


def _first_appearance(tree: ast.Expression) -> list[int]:
    order: list[int] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Name) and (match := _VARIABLE.match(node.id)):
            number = int(match.group(1))
            if number not in order:
                order.append(number)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree.body)
    return order


def _plain_uses(tree: ast.Expression) -> set[int]:
    inside = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for inner in ast.walk(node.args[0])
    }
    return {
        int(node.id[1:])
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and _VARIABLE.match(node.id) and id(node) not in inside
    }


# --- reading a cell ----------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """How ikicalc read one formula cell."""

    cell: Mapping[str, Any]
    outcome: str
    """``"right"``, ``"parse-failure"``, ``"wrong-variables"`` or ``"wrong-value"``."""
    variables: tuple[str, ...] = ()
    detail: str = ""

    @property
    def right(self) -> bool:
        """Whether the cell was read right."""
        return self.outcome == "right"


def read_cell(
    cell: Mapping[str, Any], parse: Callable[[str], ikicalc.Formula] = ikicalc.parse
) -> Reading:
    """Parse one formula cell with ikicalc (or with ``parse``, another reader of a cell's
    text) and compare with its label."""
    try:
        formula = parse(cell["text"])
    except IkiError as error:
        return Reading(cell, "parse-failure", detail=str(error).splitlines()[0])
    except Exception as error:  # a crash is a failure to read, reported as such
        return Reading(cell, "parse-failure", detail=f"crash: {type(error).__name__}: {error}")
    parsed = tuple(formula.variables)
    expected = [variable_key(v) for v in cell["variables"]]
    if Counter(variable_key(v) for v in parsed) != Counter(expected):
        return Reading(cell, "wrong-variables", parsed)
    tree = parse_structure(cell["structure"])
    _, aggregated = structure_variables(tree)
    index = {key: number for number, key in enumerate(expected, start=1)}
    rng = random.Random(cell["id"])  # noqa: S311 - reproducible test inputs, not secrets
    for _ in range(TRIALS):
        values = _draw(rng, len(expected), aggregated)
        try:
            want = evaluate_structure(tree, values)
        except ZeroDivisionError:
            continue
        data = {name: _as_data(values[index[variable_key(name)]]) for name in parsed}
        try:
            got = formula.evaluate(data).exact
        except IkiError as error:
            return Reading(cell, "wrong-value", parsed, f"evaluate: {str(error).splitlines()[0]}")
        except Exception as error:
            return Reading(
                cell, "wrong-value", parsed, f"evaluate crashed: {type(error).__name__}: {error}"
            )
        if got != want:
            shown = {
                f"v{k}": str(v) if not isinstance(v, list) else [str(x) for x in v]
                for k, v in values.items()
            }
            return Reading(cell, "wrong-value", parsed, f"{shown}: ikicalc {got}, label {want}")
    return Reading(cell, "right", parsed)


def _draw(
    rng: random.Random, count: int, aggregated: set[int]
) -> dict[int, Fraction | list[Fraction]]:
    def one() -> Fraction:
        return Fraction(rng.randint(1, 997), rng.randint(1, 13))

    return {
        k: [one() for _ in range(SEQUENCE_LENGTH)] if k in aggregated else one()
        for k in range(1, count + 1)
    }


def _as_data(value: Fraction | list[Fraction]) -> Fraction | list[Fraction]:
    return list(value) if isinstance(value, list) else value


# --- the score ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """The readings of a corpus file and the rates that summarise them."""

    readings: tuple[Reading, ...]
    cells: tuple[Mapping[str, Any], ...]

    @property
    def rate(self) -> float:
        """Share of formula cells read right (0 when there are none)."""
        return _rate(self.readings)

    def by(self, key: str) -> dict[str, list[Reading]]:
        """Readings grouped by a cell field (``doc_kind``) or, for ``causes``, by cause."""
        groups: dict[str, list[Reading]] = {}
        for reading in self.readings:
            if key == "causes":
                labels = [f"{c} {CAUSES[c]}" for c in reading.cell["causes"]] or ["(none)"]
            else:
                labels = [str(reading.cell[key])]
            for label in labels:
                groups.setdefault(label, []).append(reading)
        return dict(sorted(groups.items(), key=lambda item: _cause_order(item[0])))


def _cause_order(label: str) -> tuple[int, str]:
    head = label.split(" ", 1)[0]
    return (int(head), label) if head.isdigit() else (99, label)


def _rate(readings: Sequence[Reading]) -> float:
    return sum(r.right for r in readings) / len(readings) if readings else 0.0


def score(cells: Iterable[Mapping[str, Any]]) -> Score:
    """Read every formula cell of ``cells``."""
    cells = tuple(cells)
    readings = tuple(read_cell(cell) for cell in cells if cell["kind"] == "formula")
    return Score(readings, cells)


def accepted(cell: Mapping[str, Any]) -> bool:
    """Whether ikicalc parses a (non-formula) cell as a formula at all."""
    try:
        ikicalc.parse(str(cell["text"]))
    except IkiError:
        return False
    return True


def silently_accepted(cell: Mapping[str, Any]) -> bool:
    """Whether a non-formula cell parses with no ``lint`` finding at all (no ``W106`` prose,
    no ``W110`` guess, no error): taken for a formula without a word, the false accept that
    matters."""
    return accepted(cell) and not ikicalc.lint(str(cell["text"]))


def silently_wrong(readings: Iterable[Reading]) -> tuple[list[Reading], int]:
    """The formula readings that are wrong (other variables, another value) with no ``lint``
    finding at all, and how many are wrong: a number with no word that it is a guess, the
    harm a user sees (``benchmarks/silent_wrong.py`` measures it on every pool)."""
    wrong = [r for r in readings if r.outcome in ("wrong-variables", "wrong-value")]
    return [r for r in wrong if not ikicalc.lint(str(r.cell["text"]))], len(wrong)


Variation = TypeVar("Variation")


@dataclass
class Tally(Generic[Variation]):
    """The variations of one kind read right, of all, and the failures (variation, reading)."""

    right: int = 0
    total: int = 0
    failures: list[tuple[Variation, Reading]] = field(default_factory=list)


def tally_readings(
    variations: Iterable[tuple[str, Variation, Mapping[str, Any]]],
    parse: Callable[[str], ikicalc.Formula] = ikicalc.parse,
) -> dict[str, Tally[Variation]]:
    """Read each ``(kind, variation, cell)`` (with ``parse``, see :func:`read_cell`) and tally
    the readings by kind, in the order the kinds first come (the variant benchmarks' score)."""
    result: dict[str, Tally[Variation]] = {}
    for kind, variation, cell in variations:
        reading = read_cell(cell, parse)
        counted = result.setdefault(kind, Tally())
        counted.total += 1
        if reading.right:
            counted.right += 1
        else:
            counted.failures.append((variation, reading))
    return result


def read_right_dev_cells() -> list[dict[str, Any]]:
    """The development formula cells ikicalc reads right: the bases the variant benchmarks
    write again in other ways (of :func:`variant_cells`)."""
    return [c for c in variant_cells() if c["kind"] == "formula" and read_cell(c).right]


def variant_failure_lines(base: str, cell: Mapping[str, Any], reading: Reading) -> Iterator[str]:
    """The lines that show a variant read wrong: its base cell, its text, the names wanted
    and read, and the reader's detail (the variant benchmarks' failures)."""
    yield f"- {base}: {cell['text']!r}"
    yield f"  want {cell['variables']}; got {list(reading.variables)}"
    if reading.detail:
        yield f"  {reading.detail[:160]}"


class Composed(Protocol):
    """A cell a generator composed: its text, the names a reader wants, their structure."""

    @property
    def text(self) -> str: ...
    @property
    def variables(self) -> tuple[str, ...]: ...
    @property
    def structure(self) -> str: ...


def composed_cell(ident: str, variant: Composed) -> dict[str, object]:
    """A composed cell as the scorer reads a labelled one (``ident`` its id)."""
    return {
        "id": ident,
        "text": variant.text,
        "kind": "formula",
        "variables": list(variant.variables),
        "structure": variant.structure,
    }


def composed_failure_lines(variant: Composed, reading: Reading) -> Iterator[str]:
    """The lines that show a composed cell read wrong: its text, the names and structure
    wanted, the names read, and the reader's detail."""
    yield f"- {variant.text!r}"
    yield f"  want {list(variant.variables)} {variant.structure}; got {list(reading.variables)}"
    if reading.detail:
        yield f"  {reading.detail[:160]}"


def print_tallies(
    title: str,
    tallies: Mapping[str, Tally[Variation]],
    failure_lines: Callable[[Variation, Reading], Iterable[str]] | None = None,
) -> None:
    """Print the variations read right, in all and per kind (the variant benchmarks' report);
    with ``failure_lines``, each failure's lines under its kind."""
    right = sum(t.right for t in tallies.values())
    total = sum(t.total for t in tallies.values())
    print(f"{title}: {right} / {total} read right ({100 * right / max(total, 1):.1f} %)")
    width = max((len(kind) for kind in tallies), default=0)
    digits = len(str(max((t.total for t in tallies.values()), default=0)))
    for kind, counted in tallies.items():
        rate = 100 * counted.right / max(counted.total, 1)
        print(f"  {kind:<{width}} {counted.right:>{digits}} / {counted.total:<{digits}} {rate:6.1f} %")
        for variation, reading in counted.failures if failure_lines else ():
            for line in failure_lines(variation, reading):
                print(f"    {line}")


class Parted(Composed, Protocol):
    """A composed cell that names its parts (the frame, the predicate, the layout …)."""

    def part(self, by: str) -> str: ...


P = TypeVar("P", bound=Parted)


@dataclass(frozen=True)
class ComposedBenchmark(Generic[P]):
    """The part every benchmark of composed cells shares: its cells tallied by a part, their
    rate, and the command line (``--half work|fresh|both``; the fresh half prints its rate
    only, never its failures: it is the honest figure)."""

    title: str
    """The name in the report and in the cells' ids (``clauses``)."""
    variants: Callable[[str, int, int], Iterable[P]]
    """``variants(half, count, seed)``: the benchmark's own draw of cells."""
    parts: tuple[str, ...]
    """What ``--by`` may group by, as the help lists them."""
    by: str
    """The part grouped by when none is asked for."""
    count: int
    seed: int

    def score(
        self, half: str, by: str | None = None, count: int | None = None, seed: int | None = None
    ) -> dict[str, Tally[P]]:
        """The tally of ``half``'s cells, by ``by`` (a part of the cell)."""
        ident = self.title.replace(" ", "-")
        drawn = self.variants(half, self.count if count is None else count,
                              self.seed if seed is None else seed)  # fmt: skip
        return tally_readings(
            (variant.part(by or self.by), variant, composed_cell(f"{ident}-{half}-{n}", variant))
            for n, variant in enumerate(drawn)
        )

    def rate(self, half: str, count: int | None = None, seed: int | None = None) -> tuple[int, int]:
        """Read right and all of ``half``'s cells."""
        scored = self.score(half, count=count, seed=seed)
        return sum(t.right for t in scored.values()), sum(t.total for t in scored.values())

    def main(self, argv: list[str] | None = None, description: str = "") -> int:
        """The benchmark's command line."""
        import argparse

        parser = argparse.ArgumentParser(description=description)
        parser.add_argument("--half", choices=("work", "fresh", "both"), default="work")
        parser.add_argument("--count", type=int, default=self.count)
        parser.add_argument("--seed", type=int, default=self.seed)
        parser.add_argument("--by", choices=self.parts, default=self.by)
        parser.add_argument("--show-failures", action="store_true")
        args = parser.parse_args(argv)
        for half in ("work", "fresh") if args.half == "both" else (args.half,):
            if half == "fresh":  # the honest figure: its rate only, never its failures
                right, total = self.rate(half, args.count, args.seed)
                share = 100 * right / max(total, 1)
                print(f"{self.title}, fresh half: {right} / {total} read right ({share:.1f} %)")
                continue
            print_tallies(
                f"{self.title}, {half} half",
                self.score(half, args.by, args.count, args.seed),
                composed_failure_lines if args.show_failures else None,
            )
        return 0


TemplateCell = tuple[str, str, dict[str, Any]]
"""``(family, template, cell)``: a cell a family's template made."""


@dataclass(frozen=True)
class TemplateBenchmark:
    """The part every benchmark of families of templates shares: each template of a half
    makes ``per_template`` cells from its own seeded draw, the cells are tallied by family,
    and the command line (``--half work|fresh|all``; failures of the work half only)."""

    title: str
    families: Mapping[str, Callable[[], Iterable[tuple[str, Callable[[Any], Any]]]]]
    """Family name → its templates, ``(label, template)``; a template makes
    ``(text, variables, structure)`` from a draw."""
    draw: Callable[[random.Random, str], Any]
    """The benchmark's draw of names and numbers for a half (``Draw(rng, half)``)."""
    half_of: Callable[[str], str]
    salt: str
    per_template: int
    read: Callable[[Mapping[str, Any]], Reading] = read_cell

    def variants(self, half: str, family: str | None = None) -> Iterator[TemplateCell]:
        """``(family, template, cell)`` for every template of the half."""
        for name, make in self.families.items():
            if family and family not in name:
                continue
            for label, template in make():
                if half != "all" and self.half_of(f"{name}:{label}") != half:
                    continue
                rng = random.Random(f"{self.salt}:{label}")  # noqa: S311 - reproducible cells
                for number in range(self.per_template):
                    text, names, structure = template(self.draw(rng, half))
                    cell = {"id": f"{label}#{number}", "text": text, "variables": names,
                            "structure": structure}  # fmt: skip
                    yield name, label, cell

    def main(self, argv: list[str] | None = None, description: str = "") -> int:
        """The benchmark's command line."""
        import argparse

        parser = argparse.ArgumentParser(description=description)
        parser.add_argument("--half", choices=["work", "fresh", "all"], default="work")
        parser.add_argument("--family", help="only families whose name holds this")
        parser.add_argument("--show-failures", action="store_true", help="list every miss")
        args = parser.parse_args(argv)
        if args.show_failures and args.half != "work":
            parser.error(
                "failures are shown for the work half only (the fresh half is the honest figure)"
            )
        tallies: dict[str, Tally[tuple[str, dict[str, Any]]]] = {}
        for family, label, cell in self.variants(args.half, args.family):
            reading = self.read(cell)
            counted = tallies.setdefault(family, Tally())
            counted.total += 1
            if reading.right:
                counted.right += 1
            else:
                counted.failures.append(((label, cell), reading))

        def lines(variation: tuple[str, dict[str, Any]], reading: Reading) -> Iterator[str]:
            return variant_failure_lines(variation[0], variation[1], reading)

        shown = lines if args.show_failures else None
        print_tallies(f"{self.title} variants, half {args.half}", tallies, shown)
        return 0
