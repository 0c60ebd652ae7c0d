"""Text flattened from a PDF, its table columns interleaved: rebuilding the indicator rows.

A PDF-to-text converter writes a table row by row, but each *line* holds the fragments of
several cells that share a baseline, and a blank line separates the text boxes. The rows are
rebuilt from these traces, and every rebuilt row is marked for review:

* the table starts after a header line naming SASARAN and INDIKATOR (``NO SASARAN KINERJA
  UTAMA INDIKATOR KINERJA UTAMA``, continued by ``PENJELASAN/ FORMULASI`` …) and ends at the
  next heading or ``Jabatan :`` line;
* the data-source cell is one cell merged over the whole table (a comma list such as ``DPA,
  Renstra, IKU, Perjanjian Kinerja …``): its fragments are taken out and it is given to
  every row;
* a row starts at its number (``1.``, ``2.`` … in sequence, also in mid-line); a row without
  a number (its sasaran merged with the row above) starts at a line indented by two spaces,
  after a line holding only spaces, or at a line that holds an indicator and a formula when
  the current row already has its formula; two spaces after the number mean an empty sasaran;
* in a text box, the first line holds the first line of one or more cells (cut where a
  formula word such as *Jumlah*, *Realisasi*, *Prosentase* opens the formula, where a phrase
  comes back, or at a gap of two spaces); the box's other lines continue its last cell; the
  next box starts the next cell.

The words are data (``[flattened]`` in ``ikicalc/data/import.toml``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ikicalc.importers.header import data_table
from ikicalc.importers.metadata import jabatan_of
from ikicalc.importers.tables import Item, TableRow, TextLine, collapse
from ikicalc.patterns import lazy

__all__ = ["rebuild_flattened"]

HEADER = ("SASARAN", "INDIKATOR", "PENJELASAN/ FORMULASI PERHITUNGAN", "SUMBER DATA")
_COLUMNS = 3  # sasaran, indikator, formula; the data source is the table's merged cell


def _words(name: str) -> frozenset[str]:
    words = data_table("flattened")[name]
    assert isinstance(words, list)  # noqa: S101 - shape of our own data file
    return frozenset(str(w) for w in words)


_FORMULA_START = _words("formula_start")
_OPEN = _words("open_words")
_HEADER_LINE = lazy(r"\bINDIKATOR\b.*|\bSASARAN\b.*")
_MARKER = lazy(r"(?:^|(?<=\s))(\d{1,3})\.(\s+)(?=\S)")
_LIST_HEAD = lazy(
    r"\b([A-Z][\w/]*,\s*(?:[A-Z][\w/]*(?: [A-Z][\w/]*)?,\s*)+"
    r"(?:[A-Z][\w/]*(?: [\w/]+)?)?)\s*$"
)
_LIST_MORE = lazy(r"^\s*((?:[A-Z][\w/]*(?: [A-Z][\w/]*)?,\s*)+(?:[A-Z][\w/]*,?)?)")
_LIST_LAST = lazy(r"^\s*([A-Z][\w/]*(?: [A-Z][\w/]*)?,?)(?=\s{2,}|\s+\d{1,3}\.\s|\s*$)")


def _is_header(text: str) -> bool:
    upper = text.strip()
    return "INDIKATOR" in upper and ("SASARAN" in upper or "KINERJA UTAMA" in upper)


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


@dataclass
class _Line:
    text: str
    number: int
    box: int  # text-box index: a blank line starts a new box
    after_spaces: bool = False  # a line holding only spaces came before


@dataclass
class _Row:
    line: int
    numbered: bool
    skip_sasaran: bool
    lines: list[_Line] = field(default_factory=list)


def _take_source(lines: list[_Line]) -> str | None:
    """Find the table's merged data-source cell, take its fragments out of the lines."""
    for index, line in enumerate(lines):
        head = _LIST_HEAD.search(line.text)
        if head is None:
            continue
        parts = [head.group(1).strip()]
        line.text = line.text[: head.start()].rstrip()
        for follow in lines[index + 1 :]:
            if follow.box != line.box:
                break
            more = _LIST_MORE.match(follow.text)
            if more is None and parts[-1].endswith(","):
                more = _LIST_LAST.match(follow.text)
            if more is None:
                more = _LIST_LAST.match(follow.text) if len(follow.text.split()) <= 2 else None
            if more is None:
                break
            parts.append(more.group(1).strip())
            rest = follow.text[more.end() :]
            follow.text = ("  " + rest.lstrip()) if rest.startswith("  ") else rest.strip()
            if rest.strip():
                break
        _join_box_after(lines, line.box)
        return collapse(" ".join(parts)).rstrip(",")
    return None


def _join_box_after(lines: list[_Line], box: int) -> None:
    """A row that starts at the end of the data-source box goes on in the next box: the
    two boxes are one for that row (the converter broke the box at the merged cell)."""
    last = max((line for line in lines if line.box == box), key=lambda line: line.number)
    if not last.text.strip():
        return
    for line in lines:
        if line.box == box + 1:
            line.box = box


def _split_rows(lines: list[_Line]) -> list[_Row]:
    rows: list[_Row] = []
    expected = 1
    for line in lines:
        text = line.text
        cuts: list[tuple[int, int, bool]] = []  # (start of text, end of marker, two spaces)
        for mark in _MARKER.finditer(text):
            if int(mark.group(1)) == expected:
                cuts.append((mark.start(), mark.end(), len(mark.group(2)) >= 2))
                expected += 1
        if not cuts:
            starts_row = bool(rows) and (
                text.startswith("  ")
                or (line.after_spaces and _has_formula(rows[-1]))
                or (_has_formula(rows[-1]) and _cut_formula(text) is not None)
            )
            if starts_row:
                rows.append(_Row(line.number, numbered=False, skip_sasaran=True))
            if rows and text.strip():
                rows[-1].lines.append(_Line(text.strip(), line.number, line.box))
            continue
        before = text[: cuts[0][0]].strip()
        if before and rows:
            rows[-1].lines.append(_Line(before, line.number, line.box))
        for (_, end, spaced), following in itertools.zip_longest(cuts, cuts[1:]):
            stop = following[0] if following else len(text)
            rows.append(_Row(line.number, numbered=True, skip_sasaran=spaced))
            piece = text[end:stop].strip()
            if piece:
                rows[-1].lines.append(_Line(piece, line.number, line.box))
    return rows


def _has_formula(row: _Row) -> bool:
    return len(_cells(row)[2]) > 0


def _title(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _opens_formula(words: list[str], index: int) -> bool:
    """A formula opens at ``words[index]``: a formula word in sentence case (``Realisasi
    penyusunan …``, ``Jumlah SPJ``), not inside a Title Case name (``Realisasi Anggaran``)."""
    word = words[index]
    if word.lower() not in _FORMULA_START or not word[:1].isupper():
        return False
    return index + 1 == len(words) or not _title(words[index + 1])


def _cut_formula(text: str) -> int | None:
    """Index of the word where a formula opens mid-line (not at the line's start)."""
    words = text.split()
    for index in range(1, len(words)):
        if _opens_formula(words, index):
            return index
    return None


def _segment(text: str, parts: int, first_column: int, *, exact: bool = False) -> list[list[str]]:
    """Cut one line into at most (``exact``: exactly) ``parts`` cells, the first in column
    ``first_column``."""
    words = text.split()
    gaps = {
        i
        for i, m in enumerate(re.finditer(r"\S+", text))
        if i and text[m.start() - 2 : m.start()] == "  "
    }
    best: tuple[float, list[list[str]]] = (float("-inf"), [words])
    positions = [i for i in range(1, len(words)) if words[i][:1].isupper() or words[i][:1] == "("]
    for count in range(parts - 1 if exact else 0, parts):
        for cut in itertools.combinations(positions, count):
            bounds = [0, *cut, len(words)]
            pieces = [words[a:b] for a, b in itertools.pairwise(bounds)]
            score = _score(pieces, first_column) + 2 * len(gaps & set(cut))
            if score > best[0]:
                best = (score, pieces)
    return best[1]


def _case_turns(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3 and w.lower() not in _OPEN]
    return any(a[:1].islower() and _title(b) for a, b in itertools.pairwise(content))


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if len(w) > 3 and w.lower() not in _OPEN]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _sentence_case(words: list[str]) -> bool:
    following = [w for w in words[1:] if w.lower() not in _OPEN]
    return words[0][:1].isupper() and bool(following) and following[0][:1].islower()


def _score(pieces: list[list[str]], first_column: int) -> float:
    """How well a cut of one line into cells fits what cells look like (higher is better)."""
    score = 0.0
    for offset, piece in enumerate(pieces):
        column = first_column + offset
        lowered = [w.lower() for w in piece]
        if offset < len(pieces) - 1 and _case_turns(piece):
            score -= 1  # a sentence that turns to Title Case mid-cell: a cut belongs there
        formula = column == _COLUMNS - 1 and _opens_formula(piece, 0)
        if formula:
            score += 3  # the formula cell opens with a formula word
        if column == 0 and len(pieces) > 1 and len(piece) == 1:
            score -= 1  # a sasaran is a phrase, not one word
        if offset == 0:
            continue
        previous = [w.lower() for w in pieces[offset - 1]]
        score -= 0.5 + (0.5 if len(piece) == 1 else 0)
        if column != _COLUMNS - 1 and _opens_formula(piece, 0):
            score += 1.5  # a formula word opens a cell, even when it is not the formula
        if previous[-1] in _OPEN or (previous[-1].startswith("(") and ")" not in previous[-1]):
            score -= 3  # a cell does not end on 'dan', 'yang' … or inside brackets
        score += _echo(previous, lowered)
        if column == 1 and _title_case(pieces[offset - 1]) and _sentence_case(piece):
            score += 1  # a Title Case sasaran, then an indicator in sentence case
        if formula:
            score += 2 * len(set(previous) & set(lowered)) / len(previous)
    return score


def _echo(previous: list[str], piece: list[str]) -> float:
    """A cell that restates its neighbour (lower-case words): the indicator named again."""
    if piece == previous:
        return 3
    same = 0
    for a, b in zip(previous, piece, strict=False):
        if a != b:
            break
        same += 1
    if same >= 2 or (same == 1 and len(previous) == 1):
        return 2
    if len(piece) >= 2 and previous[-len(piece) :] == piece:
        return 2
    if len(previous) >= 3 and piece[:2] == previous[-2:]:
        return 1.5
    return 0


def _cells(row: _Row) -> list[list[str]]:
    """Sasaran, indikator and formula text of a row, from its lines (see module docstring)."""
    cells: list[list[str]] = [[], [], []]
    column = 1 if row.skip_sasaran else 0
    started = -1
    box = None
    for line in row.lines:
        words = line.text.split()
        if not words:
            continue
        opens_cells = 0 <= started < _COLUMNS - 1 and (
            _cut_formula(line.text) is not None or _opens_formula(words, 0)
        )
        continues = words[0][:1].islower() or words[0].startswith("(") or len(words) == 1
        if line.box != box and continues and started >= 0:
            box = line.box
            _extend(cells[started], words)
        elif line.box != box or opens_cells:
            box = line.box
            first = column if started < 0 else min(started + 1, _COLUMNS - 1)
            if started == _COLUMNS - 1:
                _extend(cells[started], words)
                continue
            pieces = _segment(line.text, _COLUMNS - first, first)
            for offset, piece in enumerate(pieces):
                cells[first + offset].extend(piece)
            started = first + len(pieces) - 1
        else:
            _extend(cells[max(started, column)], words)
    if not cells[1] and not cells[2] and len(row.lines) == 1:
        # one line and no cue where the cells part: cut it into all three, for review
        forced = _segment(row.lines[0].text, _COLUMNS - column, column, exact=True)
        if len(forced) == _COLUMNS - column:
            cells = [[]] * column + forced
    return cells


def _extend(cell: list[str], words: list[str]) -> None:
    """Add a continuation line's words; a word broken at a hyphen (``perundang-``) joins."""
    if cell and words and len(cell[-1]) > 2 and cell[-1].endswith("-") and cell[-1][-2].isalpha():
        cell[-1] += words[0]
        words = words[1:]
    cell.extend(words)


def _region(lines: list[tuple[int, str]]) -> tuple[list[TableRow], str | None]:
    boxed: list[_Line] = []
    box = 0
    spaces = False
    for number, text in lines:
        if not text.strip():
            box += 1
            spaces = spaces or bool(text)
            continue
        boxed.append(_Line(text.rstrip(), number, box, spaces))
        spaces = False
    source = _take_source(boxed)
    rows = []
    for row in _split_rows(boxed):
        sasaran, indikator, formula = (" ".join(c) for c in _cells(row))
        cells = (sasaran, indikator, formula, source or "")
        rows.append(TableRow(cells, row.line, reconstructed=True))
    return rows, source


def rebuild_flattened(items: list[Item]) -> list[Item] | None:
    """Rows rebuilt from flattened text, or ``None`` when the text has no indicator header."""
    lines = [(item.line, item.text) for item in items if isinstance(item, TextLine)]
    if not any(_is_header(text) for _, text in lines):
        return None
    out: list[Item] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        if not _is_header(text):
            out.append(TextLine(text, number))
            index += 1
            continue
        out.append(TableRow(HEADER, number, reconstructed=True))
        index += 1
        while (
            index < len(lines)
            and (not lines[index][1].strip() or _is_heading(lines[index][1]))
            and not _MARKER.match(lines[index][1].strip())
        ):
            if "INDIKATOR KINERJA" in lines[index][1]:
                break
            index += 1
        region: list[tuple[int, str]] = []
        while index < len(lines):
            number, text = lines[index]
            if jabatan_of(text) or (_is_heading(text) and "INDIKATOR" in text):
                break
            region.append((number, text))
            index += 1
        rows, _ = _region(region)
        out.extend(rows)
    return out
