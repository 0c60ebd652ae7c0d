"""Regular expressions compiled on first use, not when their module is imported, and from the
code an earlier process compiled them to.

The reader's modules hold about 130 module-level expressions (cues of the layout, legends,
prose, stacking), some of several thousand characters, and Python compiles each in every
process. A formula uses a few dozen of them: ``A / B x 100%`` uses 26. :func:`lazy` defers
the compilation to the first use, which keeps ``ikicalc eval`` about 20 ms quicker to
start (issue 18; ``benchmarks/bench_startup.py``).

The object :func:`lazy` returns answers every method and attribute of
:class:`re.Pattern` (``match``, ``search``, ``finditer``, ``sub``, ``pattern`` …) by
compiling once and passing the call on. It is not an instance of :class:`re.Pattern`:
give ``re.sub`` and friends its methods (``PATTERN.sub(…)``), not the object.

Compiling an expression is mostly Python: :mod:`re` parses the text and writes the code of
its matching engine in Python, then hands the code to the engine. :func:`compiled` (used by
:func:`lazy` and by the grammars' lexer, :mod:`ikicalc.lang.lexer`) keeps that code in the
user's cache folder (:func:`ikicalc.lang.grammars.cache_dir`), in one file per Python
version and engine version, and a later process hands the stored code straight to the
engine: the same pattern object (:class:`re.Pattern` compares the code), without the work.
The file is written when a process that compiled something new ends; a damaged or foreign
file, or an entry the engine refuses, is compiled afresh.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's matching engine (no typing stubs)
import atexit
import os
import re
import struct
import sys
import tempfile
from array import array
from collections.abc import Iterator
from typing import Any, cast

__all__ = ["compiled", "lazy"]

_MAX_ENTRIES = 4000
"""The most expressions the store keeps (ikicalc compiles a few hundred)."""

_Entry = tuple[int, bytes, int, tuple[str | None, ...]]
"""What :mod:`re` hands the engine besides the text: the final flags, the code
(``array('I')`` bytes), the number of groups less one and the group names by number."""

_USABLE = array("I").itemsize == _sre.CODESIZE == 4
_UNCACHED_FLAGS = int(re.DEBUG) | 1  # and the deprecated TEMPLATE (1): compiled by re
_MAGIC = f"ikicalc-re 1 {sys.hexversion} {_sre.MAGIC}\n".encode()
_RECORD = struct.Struct("<6I")  # text bytes, flags asked, final flags, groups, code, names


class _Store:
    """The expressions' code read from the cache file, and what this process added."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], _Entry] | None = None
        self.added: dict[tuple[str, int], _Entry] = {}


_STORE = _Store()


def _path() -> Any:
    from ikicalc.lang.grammars import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    tag = sys.implementation.cache_tag or "python"
    return folder / f"re-{tag}-{_sre.MAGIC}.bin"


def _encode(entries: dict[tuple[str, int], _Entry]) -> bytes:
    """The store's file: a header naming the Python and engine versions, then one record per
    expression (numbers, the text in UTF-8, the code, the group names; no code of Python's)."""
    parts = [_MAGIC]
    for (pattern, asked), (flags, code, groups, indexgroup) in entries.items():
        text = pattern.encode("utf-8", "surrogatepass")
        names = "\0".join(name or "" for name in indexgroup).encode("utf-8", "surrogatepass")
        parts.append(_RECORD.pack(len(text), asked, flags, groups, len(code), len(names)))
        parts += [text, code, names]
    return b"".join(parts)


def _decode(data: bytes) -> dict[tuple[str, int], _Entry]:
    """The entries of a store file; ``ValueError`` (or ``struct.error``) when it is not one
    of this Python's."""
    if not data.startswith(_MAGIC):
        raise ValueError
    entries: dict[tuple[str, int], _Entry] = {}
    at = len(_MAGIC)
    while at < len(data):
        size, asked, flags, groups, code_size, names_size = _RECORD.unpack_from(data, at)
        at += _RECORD.size
        pattern = data[at : at + size].decode("utf-8", "surrogatepass")
        at += size
        code = data[at : at + code_size]
        at += code_size
        names = data[at : at + names_size].decode("utf-8", "surrogatepass").split("\0")
        at += names_size
        if len(code) != code_size or code_size % 4 or len(names) != groups + 1:
            raise ValueError
        entries[(pattern, asked)] = (flags, code, groups, tuple(n or None for n in names))
    return entries


def _read(path: Any) -> dict[tuple[str, int], _Entry]:
    """The entries of the cache file; none when it is absent, damaged or of another Python."""
    try:
        return _decode(path.read_bytes())
    except (OSError, ValueError, struct.error):
        return {}


def _entries() -> dict[tuple[str, int], _Entry]:
    if _STORE.entries is None:
        path = _path()
        _STORE.entries = {} if path is None else _read(path)
    return _STORE.entries


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, indexgroup = entry
    groupindex = {name: number for number, name in enumerate(indexgroup) if name is not None}
    result: re.Pattern[str] = _sre.compile(
        pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup
    )
    return result


def _compile_fresh(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """``re.compile`` as :mod:`re` does it (``re._compiler.compile``), keeping the code."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in parsed.state.groupdict.items():
        indexgroup[number] = name
    entry: _Entry = (
        flags | parsed.state.flags,
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        tuple(indexgroup),
    )
    return _from_entry(pattern, entry), entry


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``: from the code stored by an earlier process when the
    cache has it, else compiled and its code stored when this process ends (a long expression
    ignoring case searching through its twin, :func:`_folded`)."""
    return _folded(_stored(pattern, int(flags)))


def _stored(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` by way of the store (see :func:`compiled`)."""
    if not _USABLE or not isinstance(pattern, str) or flags & _UNCACHED_FLAGS:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _entries().get(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except Exception:  # noqa: S110 - an entry the engine refuses: compiled afresh below
            pass
    result, entry = _compile_fresh(pattern, flags)
    if not _STORE.added:
        atexit.register(_save)
    _STORE.added[key] = entry
    return result


def _save() -> None:
    """Add this process's new expressions to the cache file (atomically; another process's
    additions written meanwhile are kept). A folder that refuses it is no error."""
    path = _path()
    if path is None or not _STORE.added:
        return
    merged = {**_read(path), **_STORE.added}
    if len(merged) > _MAX_ENTRIES:
        merged = dict(_STORE.added)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".re-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(_encode(merged))
        os.replace(temporary, path)
    except OSError:
        return
    _STORE.added.clear()


# Ignoring case, Python's engine compares each letter through its lower case, several times
# slower than comparing it as it is; a long expression ignoring case (the cues of the layout:
# hundreds of words) looks through ASCII text sooner as its twin minding case over the text in
# lower case, then takes each match again from the text where it starts: the same match, for
# on ASCII text ignoring case is comparing in lower case (tests/test_patterns_folded.py).
_FOLD_FROM = 100  # characters of an expression: shorter ones gain less than lower() costs
_ESCAPE = re.compile(r"(\\.|\(\?P[<=>])")  # "\\W", "(?P<name>": as written
_CODED = re.compile(r"\\[xuUN0-9]|\(\?[aiLmsux-]+[:)]")  # a letter by its code, a flag inline
# letters beyond ASCII that, ignoring case, match ASCII ones (the Kelvin sign, long s, dotless
# i, dotted I): an expression naming one is left as it is
_FOLDED_AWAY = re.compile("[\u212a\u017f\u0131\u0130]")
_CAPITALS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _folded(result: re.Pattern[str]) -> re.Pattern[str]:
    """``result``, or its :class:`_Folded` self where that is sooner (see above)."""
    source = result.pattern
    if not result.flags & re.IGNORECASE or not isinstance(source, str) or len(source) < _FOLD_FROM:
        return result
    if source.startswith("(?i)"):
        source = source[4:]
    if _CODED.search(source) or _FOLDED_AWAY.search(source):
        return result
    parts = _ESCAPE.split(source)  # the escapes at odd places: "\\W" is not "\\w"
    lower = "".join(p if odd % 2 else p.translate(_CAPITALS) for odd, p in enumerate(parts))
    try:
        twin = _stored(lower, result.flags & ~re.IGNORECASE)
    except re.error:  # a group's name that only case told apart: as it is
        return result
    return cast("re.Pattern[str]", _Folded(result, twin))


class _Folded:
    """A long expression ignoring case that searches ASCII text through its twin minding
    case (see :func:`_folded`); every other method and attribute is the expression's."""

    def __init__(self, pattern: re.Pattern[str], twin: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._twin = twin

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        self.__dict__[name] = found
        return found

    def __repr__(self) -> str:
        return repr(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, _Folded) else other)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        if not string.isascii():
            return self._pattern.search(string, pos, endpos)
        found = self._twin.search(string.lower(), pos, endpos)
        if found is None:
            return None
        again = self._pattern.match(string, found.start(), endpos)
        if again is None or again.end() != found.end():  # never (see above): the long way
            return self._pattern.search(string, pos, endpos)
        return again

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer` (the matches are found at once)."""
        if not string.isascii():
            return self._pattern.finditer(string, pos, endpos)
        matches = []
        for found in self._twin.finditer(string.lower(), pos, endpos):
            again = self._pattern.match(string, found.start(), endpos)
            if again is None or again.span() != found.span() or found.start() == found.end():
                return self._pattern.finditer(string, pos, endpos)  # an empty match: as re does
            matches.append(again)
        return iter(matches)


class _LazyPattern:
    """A :class:`re.Pattern` compiled on first attribute access.

    An attribute asked once (``search``, ``match`` …: the compiled pattern's bound method) is
    kept in the object's own dictionary, so that later uses find it there directly, as fast
    as on the pattern itself, instead of passing through :meth:`__getattr__` each time (the
    reader asks a few dozen of them per formula)."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        done = self._compiled
        if done is None:
            done = self._compiled = compiled(self._source, self._flags)
        found = getattr(done, name)
        self.__dict__[name] = found
        return found

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the expression is first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
