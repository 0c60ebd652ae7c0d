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
    cache has it, else compiled and its code stored when this process ends."""
    flags = int(flags)
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
