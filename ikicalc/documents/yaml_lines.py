"""Safe YAML with the line of every value and key, and limits on its size."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import yaml

from ikicalc import limits
from ikicalc.documents.yaml_compose import GIVE_UP, compose_fast
from ikicalc.errors import DocumentError
from ikicalc.i18n import N_, _, translate
from ikicalc.numbers import MAX_DIGITS

Loc = tuple[str | int, ...]

_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class LoadedYaml:
    """Python data built from YAML, with the 1-based line of every value and mapping key."""

    data: object
    value_lines: Mapping[Loc, int]
    key_lines: Mapping[Loc, int]

    def line_of(self, loc: Loc, *, key: bool = False) -> int:
        """Return the line of ``loc``, or of its deepest known ancestor."""
        lines = self.key_lines if key and loc in self.key_lines else self.value_lines
        probe = tuple(loc)
        while probe and probe not in lines:
            probe = probe[:-1]
        return lines.get(probe, self.value_lines.get((), 1))


class _YamlError(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(message)


class _Builder:
    """Turns a composed YAML node tree into plain Python data, remembering positions."""

    def __init__(self) -> None:
        self.value_lines: dict[Loc, int] = {}
        self.key_lines: dict[Loc, int] = {}
        self._constructor = yaml.constructor.SafeConstructor()
        self._active: set[int] = set()

    def build(self, node: yaml.Node, loc: Loc) -> object:
        self.value_lines.setdefault(loc, node.start_mark.line + 1)
        if id(node) in self._active:
            raise _YamlError(node.start_mark.line + 1, _("recursive alias"))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                if node.tag != "tag:yaml.org,2002:seq":
                    raise _YamlError(node.start_mark.line + 1, _unsupported(node.tag))
                return [self.build(child, (*loc, i)) for i, child in enumerate(node.value)]
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, loc)
            raise _YamlError(node.start_mark.line + 1, _("unsupported YAML node"))
        finally:
            self._active.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[object, object]:
        if node.tag != "tag:yaml.org,2002:map":
            raise _YamlError(node.start_mark.line + 1, _unsupported(node.tag))
        result: dict[object, object] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _YamlError(
                    key_node.start_mark.line + 1, _("merge keys (<<) are not supported")
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise _YamlError(key_node.start_mark.line + 1, _("a key must be a plain value"))
            key = self._scalar(key_node)
            if not isinstance(key, str | int):
                key = str(key)
            if key in result:
                raise _YamlError(
                    key_node.start_mark.line + 1,
                    f"{dotted((*loc, key))}: "
                    + _("duplicate key {key} (first on line {line})").format(
                        key=repr(key), line=self.key_lines[(*loc, key)]
                    ),
                )
            self.key_lines[(*loc, key)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: yaml.ScalarNode) -> object:
        line = node.start_mark.line + 1
        if len(node.value) > limits.YAML_MAX_SCALAR_CHARS:
            raise _YamlError(
                line,
                _("a value of {count} characters, more than {limit} ({hint})").format(
                    count=f"{len(node.value):,}",
                    limit=f"{limits.YAML_MAX_SCALAR_CHARS:,}",
                    hint=_raise_hint("YAML_MAX_SCALAR_CHARS"),
                ),
            )
        if node.tag == _FLOAT_TAG:
            return _yaml_decimal(node.value, line)
        if node.tag == _INT_TAG:
            return _yaml_int(node.value, line)
        if node.tag not in _SCALAR_TAGS:
            raise _YamlError(line, _unsupported(node.tag))
        return self._constructor.construct_object(node, deep=True)


def _yaml_int(text: str, line: int) -> int | str:
    """A YAML integer, read in linear time and within :data:`MAX_DIGITS` digits. YAML 1.1's
    base-60 integers (``1:30``) are text, as in YAML 1.2 (PyYAML reads them in quadratic
    time)."""
    raw = text.replace("_", "")
    if ":" in raw:
        return text
    digits = sum(ch.isdigit() or ch in "abcdefABCDEF" for ch in raw)
    if digits > MAX_DIGITS:
        raise _YamlError(line, _too_many_digits(text))
    sign = -1 if raw.startswith("-") else 1
    body = raw.lstrip("+-")
    try:
        if body.startswith(("0x", "0X")):
            return sign * int(body[2:], 16)
        if body.startswith(("0o", "0O")):
            return sign * int(body[2:], 8)
        if body.startswith(("0b", "0B")):
            return sign * int(body[2:], 2)
        if len(body) > 1 and body.startswith("0"):
            return sign * int(body, 8)  # YAML 1.1 octal, as PyYAML reads it
        return sign * int(body)
    except ValueError:
        raise _YamlError(line, _("{text} is not a number").format(text=_short(text))) from None


def _unsupported(tag: str | None) -> str:
    return _("unsupported tag {tag}").format(tag=tag)


def _too_many_digits(text: str) -> str:
    return _("{text}: a number has at most {digits} digits (MAX_DIGITS)").format(
        text=_short(text), digits=MAX_DIGITS
    )


# PyYAML's most frequent problems, in ikicalc's words (the others stay as PyYAML says them)
_YAML_PROBLEMS: dict[str, str] = {
    "invalid YAML": N_("invalid YAML"),
    "mapping values are not allowed here": N_(
        "a ':' where no 'name: value' can start (a value holding ': ' needs quotes)"
    ),
    "could not find expected ':'": N_("a line without 'name: value' (missing ':'?)"),
    "found character '\\t' that cannot start any token": N_(
        "a tab character: indent with spaces"
    ),
    "found undefined alias": N_("an alias (*name) with no anchor (&name) before it"),
    "found unexpected end of stream": N_("the file ends inside a quoted value (missing quote?)"),
    "found unknown escape character": N_("an unknown escape character after a backslash"),
    "expected <block end>, but found '<block mapping start>'": N_(
        "the indentation does not match the lines above"
    ),
    "expected <block end>, but found '-'": N_(
        "a list item ('- ') where the indentation does not allow one"
    ),
    "expected <block end>, but found '<scalar>'": N_(
        "a value where the indentation does not allow one"
    ),
    "found duplicate anchor; first occurrence": N_("an anchor (&name) defined twice"),
}


def _yaml_problem(problem: str) -> str:
    for english, message in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            rest = problem[len(english) :].strip(" ;")
            return translate(message) + (f" ({rest})" if rest else "")
    return problem


def _short(text: str) -> str:
    return repr(text) if len(text) <= 40 else repr(text[:37]) + "…"


def _yaml_decimal(text: str, line: int) -> Decimal:
    raw = text.replace("_", "")
    if ":" in raw:
        raise _YamlError(
            line, _("{text}: sexagesimal numbers are not supported").format(text=_short(text))
        )
    if sum(ch.isdigit() for ch in raw) > MAX_DIGITS:
        raise _YamlError(line, _too_many_digits(text))
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise _YamlError(line, _("{text} is not a finite number").format(text=_short(text)))
    if value and not -MAX_DIGITS <= value.adjusted() < MAX_DIGITS:
        raise _YamlError(
            line,
            _(
                "{text} is too large or too small: a number must be 0 or lie between "
                "1e-{digits} and 1e{digits} in size"
            ).format(text=_short(text), digits=MAX_DIGITS),
        )
    return value


def _expanded_size(node: yaml.Node, memo: dict[int, int], active: set[int]) -> int:
    """Number of nodes once every alias is expanded, computed without expanding them."""
    known = memo.get(id(node))
    if known is not None:
        return known
    if id(node) in active:
        raise _YamlError(node.start_mark.line + 1, _("recursive alias"))
    size = 1
    if isinstance(node, yaml.SequenceNode | yaml.MappingNode):
        active.add(id(node))
        children = (
            node.value
            if isinstance(node, yaml.SequenceNode)
            else [part for pair in node.value for part in pair]
        )
        for child in children:
            size += _expanded_size(child, memo, active)
            if size > limits.YAML_MAX_NODES:
                raise _YamlError(
                    node.start_mark.line + 1,
                    _(
                        "more than {limit} values once its aliases are expanded ({hint}): "
                        "the file is too large (alias bomb?)"
                    ).format(
                        limit=f"{limits.YAML_MAX_NODES:,}", hint=_raise_hint("YAML_MAX_NODES")
                    ),
                )
        active.discard(id(node))
    memo[id(node)] = size
    return size


def _raise_hint(name: str) -> str:
    return _(
        "the limit ikicalc.limits.{name}; a larger file needs ikicalc.limits.{name} raised"
    ).format(name=name)


def check_yaml_size(size: int, filename: str) -> None:
    """Refuse YAML of ``size`` bytes over :data:`ikicalc.limits.YAML_MAX_BYTES`."""
    if size > limits.YAML_MAX_BYTES:
        raise DocumentError(
            [
                f"{filename}: "
                + _("{size} bytes of YAML, more than {limit} ({hint})").format(
                    size=f"{size:,}",
                    limit=f"{limits.YAML_MAX_BYTES:,}",
                    hint=_raise_hint("YAML_MAX_BYTES"),
                )
            ]
        )


def dotted(loc: Loc) -> str:
    """A location as a field path: ``jabatan[2].indikator[0].polaritas``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(document)"


@lru_cache(maxsize=2)
def compose(text: str) -> yaml.Node | None:
    """The node tree of ``text`` read by the safe loader, kept for the last two texts:
    ``ikicalc check`` reads a file's values and then its cells' positions from one reading.
    libyaml's parser builds it (:mod:`ikicalc.documents.yaml_compose`); a text it leaves,
    errors included, is read by PyYAML's pure-Python loader (14 ms for a 10 kB file), whose
    messages are the ones reported. Callers only read the nodes."""
    node = compose_fast(text)
    if node is GIVE_UP:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    assert node is None or isinstance(node, yaml.Node)  # noqa: S101 - compose_fast's result
    return node


def load_yaml_with_lines(text: str, filename: str = "<string>") -> LoadedYaml:
    """Read YAML safely (no Python tags) into plain data, keeping the line of every value.

    Floats become :class:`~decimal.Decimal` (exact); ``.inf``/``.nan``, unknown tags, merge
    keys, recursive aliases and duplicate keys are errors, and so are a text over
    :data:`ikicalc.limits.YAML_MAX_BYTES`, more than :data:`ikicalc.limits.YAML_MAX_NODES`
    values (aliases expanded) and a value over :data:`ikicalc.limits.YAML_MAX_SCALAR_CHARS`
    characters. Raises :class:`DocumentError`.
    """
    if len(text) > limits.YAML_MAX_BYTES // 4:
        check_yaml_size(len(text.encode("utf-8", errors="surrogatepass")), filename)
    try:
        node = compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = _yaml_problem(exc.problem or exc.context or "invalid YAML")
        if "escape" in (exc.problem or ""):
            problem += " " + _(
                "(LaTeX backslashes inside double quotes are read as escapes: use single "
                "quotes or a block scalar)"
            )
        syntax = _("YAML syntax: {problem}").format(problem=problem)
        raise DocumentError([f"{filename}:{line}: {syntax}"], line=line) from None
    except yaml.YAMLError as exc:
        syntax = _("YAML syntax: {problem}").format(problem=exc)
        raise DocumentError([f"{filename}: {syntax}"]) from None
    except RecursionError:
        raise DocumentError([f"{filename}: " + _("YAML nested too deeply")]) from None
    if node is None:
        raise DocumentError([f"{filename}:1: " + _("the file is empty")], line=1)
    builder = _Builder()
    try:
        _expanded_size(node, {}, set())
        data = builder.build(node, ())
    except _YamlError as exc:
        raise DocumentError([f"{filename}:{exc.line}: {exc.message}"], line=exc.line) from None
    except RecursionError:
        raise DocumentError([f"{filename}: " + _("YAML nested too deeply")]) from None
    return LoadedYaml(data, builder.value_lines, builder.key_lines)
