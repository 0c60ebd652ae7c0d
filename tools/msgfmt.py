"""Compile ikicalc's gettext catalogues: ``.po`` (the text people edit) to ``.mo`` (what
:mod:`gettext` reads), byte for byte the same every time.

    python tools/msgfmt.py            # every ikicalc/locale/*/LC_MESSAGES/*.po
    python tools/msgfmt.py FILE.po    # one catalogue, written beside it

The subset of the PO format ikicalc's catalogue uses: comments, ``msgid``, ``msgid_plural``,
``msgstr``, ``msgstr[n]``, strings continued on the next lines, C escapes. Fuzzy entries and
entries without a translation are left out of the ``.mo`` (gettext then shows the English).
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "ikicalc" / "locale"


@dataclass
class Entry:
    """One message of a catalogue."""

    msgid: str = ""
    plural: str | None = None
    strings: dict[int, str] = field(default_factory=dict)
    fuzzy: bool = False
    line: int = 0


def _string(text: str, path: Path, number: int) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise SystemExit(f"{path}:{number}: expected a quoted string, got {text!r}")
    value = ast.literal_eval(text)  # a Python string literal of the PO's C escapes
    if not isinstance(value, str):  # pragma: no cover - a quoted literal is a str
        raise SystemExit(f"{path}:{number}: not a string")
    return value


def read_po(path: Path) -> list[Entry]:
    """The entries of a ``.po`` file, the header (``msgid ""``) included."""
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int] | None = None  # which string the continuation lines extend
    fuzzy = False
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            fuzzy = fuzzy or (line.startswith("#,") and "fuzzy" in line)
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if entry is None or target is None:
                raise SystemExit(f"{path}:{number}: a string continues nothing")
            piece = _string(line, path, number)
            kind, index = target
            if kind == "msgid":
                entry.msgid += piece
            elif kind == "plural":
                entry.plural = (entry.plural or "") + piece
            else:
                entry.strings[index] += piece
            continue
        if keyword == "msgid":
            entry = Entry(_string(rest, path, number), fuzzy=fuzzy, line=number)
            entries.append(entry)
            fuzzy = False
            target = ("msgid", 0)
        elif entry is None:
            raise SystemExit(f"{path}:{number}: {keyword} before any msgid")
        elif keyword == "msgid_plural":
            entry.plural = _string(rest, path, number)
            target = ("plural", 0)
        elif keyword == "msgstr":
            entry.strings[0] = _string(rest, path, number)
            target = ("msgstr", 0)
        elif keyword.startswith("msgstr[") and keyword.endswith("]"):
            index = int(keyword[7:-1])
            entry.strings[index] = _string(rest, path, number)
            target = ("msgstr", index)
        else:
            raise SystemExit(f"{path}:{number}: unknown keyword {keyword!r}")
    return entries


def mo_bytes(entries: list[Entry]) -> bytes:
    """The GNU ``.mo`` file of ``entries``: translated, not fuzzy, sorted by message id."""
    pairs: dict[bytes, bytes] = {}
    for entry in entries:
        translated = [entry.strings[i] for i in sorted(entry.strings)]
        if (entry.fuzzy and entry.msgid) or not any(translated):
            continue
        key = entry.msgid if entry.plural is None else f"{entry.msgid}\0{entry.plural}"
        pairs[key.encode("utf-8")] = "\0".join(translated).encode("utf-8")
    keys = sorted(pairs)
    count = len(keys)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    originals, translations, data = [], [], b""
    for key in keys:
        originals.append((len(key), data_at + len(data)))
        data += key + b"\0"
    for key in keys:
        value = pairs[key]
        translations.append((len(value), data_at + len(data)))
        data += value + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, data_at)
    table = b"".join(struct.pack("<2I", *pair) for pair in originals + translations)
    return header + table + data


def compile_po(path: Path) -> Path:
    """Write the ``.mo`` of ``path`` beside it; return its path."""
    target = path.with_suffix(".mo")
    target.write_bytes(mo_bytes(read_po(path)))
    return target


def main(arguments: list[str]) -> int:
    paths = [Path(a) for a in arguments] or sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))
    for path in paths:
        print(compile_po(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
