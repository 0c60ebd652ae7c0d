"""Hostile files for the red-team campaign: XLSX, DOCX and Parquet bytes built by hand.

Office files are written as raw zip archives (not through openpyxl or python-docx), so they
can lie: a ``<dimension>`` claiming the whole sheet, a zip member whose directory entry
understates what it inflates to, a shared string referenced by every cell, an XML entity
that doubles ten times over (billion laughs), an external entity (XXE), NUL and control
characters that XML forbids. Each generator takes a seeded ``random.Random`` and returns
``(kind, bytes)``; the kinds are counted by the campaign.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from functools import cache
from xml.sax.saxutils import escape

__all__ = [
    "CELL_PIECES",
    "docx_bytes",
    "parquet_bytes",
    "xlsx_data_bytes",
    "xlsx_document_bytes",
]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE = "application/vnd.openxmlformats-officedocument"

CELL_PIECES = [
    "38", "+38", "-1", "0", "1.250,5", "81,35", "１２３", "٣٨", "\u202e38", "38\u200b",
    "\ufeff40", "\x00", "\x01", "\x1b[31m", "\x7f", "\ud800", "=1+1", " =1+1", "\u00a0=1+1",
    "[/x]", "1e999999", "9" * 40, "NaN", "Inf", "", " ", "Jumlah PNS", "&amp;", "<b>",
    "\u2028", "\r\n", "\t", "\ufffe", "\U0001f600", "x" * 1000,
]

BOMB_ROWS = 3_000_000
"""Rows of the largest zip bombs (the CI run makes them smaller, to be quick)."""

_BAD_XML_CHARS = ("\x00", "\x01", "\x1b", "\x7f", "\ud800", "\ufffe")


HEAVY_SHARE = 0.15
"""Share of the files that are large (a bomb read to its limit, a huge paragraph): each
costs seconds, the others milliseconds."""


def _pick(rng: random.Random, light: list[str], heavy: list[str]) -> str:
    return rng.choice(heavy if rng.random() < HEAVY_SHARE else light)


def _xml_text(text: str, raw: bool) -> str:
    """``text`` escaped for XML; with ``raw``, characters XML forbids are kept (hostile)."""
    if raw:
        return escape(text)
    for bad in _BAD_XML_CHARS:
        text = text.replace(bad, "")
    return escape(text)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


def _zip(members: dict[str, bytes | str], level: int = 6) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, body in members.items():
            archive.writestr(name, _encode(body) if isinstance(body, str) else body)
    return out.getvalue()


def _workbook_parts(sheet: str, shared: str | None, prolog: str = "") -> dict[str, bytes | str]:
    overrides = (
        f'<Override PartName="/xl/workbook.xml" '
        f'ContentType="{_OFFICE}.spreadsheetml.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" '
        f'ContentType="{_OFFICE}.spreadsheetml.worksheet+xml"/>'
    )
    rels = (
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    )
    parts: dict[str, bytes | str] = {}
    if shared is not None:
        overrides += (
            f'<Override PartName="/xl/sharedStrings.xml" '
            f'ContentType="{_OFFICE}.spreadsheetml.sharedStrings+xml"/>'
        )
        rels += f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        parts["xl/sharedStrings.xml"] = shared
    parts.update({
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0"?>{prolog}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}">{rels}</Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
    })
    return parts


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, value: str, raw: bool) -> str:
    if value and value.lstrip("-").isdigit() and len(value) < 16 and value.isascii():
        return f'<c r="{ref}"><v>{value}</v></c>'
    text = _xml_text(value, raw)
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _sheet(rows: list[list[str]], raw: bool, dimension: str | None = None,
           prolog: str = "") -> str:
    body = "".join(
        f'<row r="{r}">' + "".join(
            _cell(f"{_column(c)}{r}", value, raw) for c, value in enumerate(cells)
        ) + "</row>"
        for r, cells in enumerate(rows, 1)
    )
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{_MAIN}">{dim}'
            f"<sheetData>{body}</sheetData></worksheet>")


def _laughs(depth: int = 12) -> tuple[str, str]:
    """A DOCTYPE whose last entity expands to 10**depth characters, and that entity."""
    lines = ['<!ENTITY l0 "lol">']
    lines += [f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, depth)]
    return f"<!DOCTYPE x [{''.join(lines)}]>", f"&l{depth - 1};"


_XXE = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


@cache
def _bomb_sheet(rows: int, with_refs: bool) -> bytes:
    """A sheet of ``rows`` identical rows, deflated once (the campaign reuses it)."""
    head = _encode(f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>')
    row = b"<row><c><v>1</v></c><c><v>2</v></c></row>"
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member,
    ):
        member.write(head)
        member.write(b'<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c>'
                     b'<c r="B1" t="inlineStr"><is><t>B</t></is></c></row>')
        chunk = 10_000
        for start in range(2, rows + 2, chunk):
            if with_refs:
                member.write(b"".join(
                    b'<row r="%d"><c r="A%d"><v>1</v></c><c r="B%d"><v>2</v></c></row>'
                    % (n, n, n) for n in range(start, min(start + chunk, rows + 2))
                ))
            else:
                member.write(row * min(chunk, rows + 2 - start))
        member.write(b"</sheetData></worksheet>")
    return out.getvalue()


def _with_member(bomb: bytes, parts: dict[str, bytes | str]) -> bytes:
    """The zip ``bomb`` (one deflated member) plus the other ``parts``."""
    out = io.BytesIO(bomb)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, _encode(body) if isinstance(body, str) else body)
    return out.getvalue()


def _lying_size(rows: int) -> bytes:
    """A workbook whose sheet's directory entry claims 100 bytes for ``rows`` rows."""
    body = _encode(f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>') + (
        b"<row><c><v>1</v></c></row>" * rows) + b"</sheetData></worksheet>"
    parts = _workbook_parts("", None)
    parts["xl/worksheets/sheet1.xml"] = body
    archive = bytearray(_zip({"xl/worksheets/sheet1.xml": body, **{
        name: part for name, part in parts.items() if name != "xl/worksheets/sheet1.xml"}}))
    archive[22:26] = (100).to_bytes(4, "little")  # the local header of the first member
    central = archive.find(b"PK\x01\x02")
    archive[central + 24: central + 28] = (100).to_bytes(4, "little")
    return bytes(archive)


def _hostile_rows(rng: random.Random, header: list[str], count: int) -> list[list[str]]:
    return [header] + [
        [rng.choice(CELL_PIECES) + (rng.choice(CELL_PIECES) if rng.random() < 0.3 else "")
         for _ in header]
        for _ in range(count)
    ]


def xlsx_data_bytes(rng: random.Random, header: list[str]) -> tuple[str, bytes]:
    """A realisasi workbook with columns ``header``: hostile cells, or a hostile package."""
    kind = _pick(rng, ["cells", "cells-raw", "dimension-lie", "bomb-bytes", "bomb-lying-size",
                       "laughs", "xxe", "not-zip", "truncated", "no-sheet", "deep-xml"],
                 ["bomb-rows", "shared-string-bomb", "sparse-far-column", "gap-rows"])
    raw = kind == "cells-raw"
    if kind in ("cells", "cells-raw"):
        rows = _hostile_rows(rng, header, rng.randint(0, 8))
        return kind, _zip(_workbook_parts(_sheet(rows, raw), None))
    if kind == "dimension-lie":
        rows = _hostile_rows(rng, header, 2)
        return kind, _zip(_workbook_parts(_sheet(rows, False, "A1:XFD1048576"), None))
    if kind == "bomb-bytes":  # inflates past the unpacked-bytes budget
        return kind, _with_member(_bomb_sheet(BOMB_ROWS * 7 // 3, False),
                                  _workbook_parts("", None))
    if kind == "bomb-rows":  # within the byte budget, millions of rows
        return kind, _with_member(_bomb_sheet(BOMB_ROWS, rng.random() < 0.5),
                                  _workbook_parts("", None))
    if kind == "bomb-lying-size":
        return kind, _lying_size(300_000)
    if kind == "shared-string-bomb":
        # under 1 MB the part is not judged by its compression ratio
        big = rng.choice(["x" * 900_000, "=1+1" + "\u202e" * 300_000, "9" * 5_000_000])
        shared = (f'<?xml version="1.0"?><sst xmlns="{_MAIN}" count="1" uniqueCount="1">'
                  f"<si><t>{big}</t></si></sst>")
        everywhere = rng.random() < 0.3  # else only in the first (identifying) column
        cells = "".join(
            f'<row r="{r}">' + "".join(
                f'<c r="{_column(c)}{r}" t="s"><v>0</v></c>' if everywhere or c == 0
                else f'<c r="{_column(c)}{r}"><v>{38 + c}</v></c>'
                for c in range(len(header) or 1)) + "</row>"
            for r in range(2, 20_002)
        )
        head = "".join(f'<c r="{_column(c)}1" t="inlineStr"><is><t>{escape(h)}</t></is></c>'
                       for c, h in enumerate(header))
        sheet = (f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'
                 f'<row r="1">{head}</row>{cells}</sheetData></worksheet>')
        return kind, _zip(_workbook_parts(sheet, shared))
    if kind in ("laughs", "xxe"):
        prolog, ref = _laughs() if kind == "laughs" else (_XXE, "&e;")
        where = rng.choice(["sheet", "shared", "workbook"])
        if where == "shared":
            shared = (f'<?xml version="1.0"?>{prolog}<sst xmlns="{_MAIN}"><si><t>{ref}</t></si>'
                      "</sst>")
            sheet = (f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData><row r="1">'
                     '<c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
            return kind, _zip(_workbook_parts(sheet, shared))
        if where == "workbook":
            rows = _hostile_rows(rng, header, 1)
            return kind, _zip(_workbook_parts(_sheet(rows, False), None, prolog))
        sheet = (f'<?xml version="1.0"?>{prolog}<worksheet xmlns="{_MAIN}"><sheetData>'
                 f'<row r="1"><c r="A1" t="inlineStr"><is><t>{ref}</t></is></c></row>'
                 "</sheetData></worksheet>")
        return kind, _zip(_workbook_parts(sheet, None))
    if kind == "sparse-far-column":
        cells = "".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 3000))
        sheet = (f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>{cells}'
                 "</sheetData></worksheet>")
        return kind, _zip(_workbook_parts(sheet, None))
    if kind == "gap-rows":
        sheet = (f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'
                 '<row r="1"><c r="A1"><v>1</v></c></row>'
                 '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>')
        return kind, _zip(_workbook_parts(sheet, None))
    if kind == "not-zip":
        return kind, rng.choice([b"", b"PK\x03\x04", bytes(rng.randrange(256) for _ in range(200)),
                                 b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500])
    if kind == "truncated":
        whole = _zip(_workbook_parts(_sheet(_hostile_rows(rng, header, 3), False), None))
        return kind, whole[: rng.randint(1, len(whole) - 1)]
    if kind == "no-sheet":
        parts = _workbook_parts("", None)
        del parts["xl/worksheets/sheet1.xml"]
        return kind, _zip(parts)
    depth = rng.choice([1_000, 100_000])
    sheet = (f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData><row r="1">'
             f'<c r="A1" t="inlineStr"><is><t>{"<x>" * depth}</t></is></c></row>'
             "</sheetData></worksheet>")
    return "deep-xml", _zip(_workbook_parts(sheet, None))


_TABLE_HEADER = ["No", "Indikator Kinerja", "Formulasi Perhitungan", "Target", "Satuan"]


def _document_rows(rng: random.Random, formula: Callable[[], str]) -> list[list[str]]:
    rows = [_TABLE_HEADER]
    for number in range(1, rng.randint(1, 6)):
        rows.append([str(number), rng.choice(CELL_PIECES) + " Kinerja", formula(),
                     rng.choice(CELL_PIECES), rng.choice(["%", "Orang", "", "\x1b"])])
    return rows


def xlsx_document_bytes(rng: random.Random, formula: Callable[[], str]) -> tuple[str, bytes]:
    """An IKI workbook (an indicator table) for the importers, or a hostile package."""
    if rng.random() < 0.5:
        rows = _document_rows(rng, formula)
        kind = rng.choice(["table", "table-raw", "table-dimension-lie"])
        dimension = "A1:XFD1048576" if kind == "table-dimension-lie" else None
        return kind, _zip(_workbook_parts(_sheet(rows, kind == "table-raw", dimension), None))
    return xlsx_data_bytes(rng, _TABLE_HEADER)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str, prolog: str = "") -> bytes:
    return _zip({
        "[Content_Types].xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_OFFICE}.'
            'wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
        ),
    })


def _paragraph(text: str, raw: bool = False) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{_xml_text(text, raw)}</w:t></w:r></w:p>'


def _table(rows: list[list[str]], raw: bool = False, span: int = 1) -> str:
    grid = "".join("<w:gridCol/>" for _ in range(max((len(r) for r in rows), default=1)))
    span_xml = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return "<w:tbl><w:tblGrid>" + grid + "</w:tblGrid>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{span_xml}{_paragraph(cell, raw)}</w:tc>" for cell in row)
        + "</w:tr>"
        for row in rows
    ) + "</w:tbl>"


def docx_bytes(rng: random.Random, formula: Callable[[], str]) -> tuple[str, bytes]:
    """A Word document with an indicator table, or a hostile one."""
    kind = _pick(rng, ["table", "table-raw", "laughs", "xxe", "grid-span", "not-zip",
                       "truncated"],
                 ["nested-tables", "huge-paragraph", "huge-cell", "wide-table", "many-rows"])
    rows = _document_rows(rng, formula)
    if kind in ("table", "table-raw"):
        return kind, _docx(_paragraph(rng.choice(CELL_PIECES)) + _table(rows, kind == "table-raw"))
    if kind == "nested-tables":
        depth = rng.choice([10, 200, 3000])
        inner = _table(rows)
        for _ in range(depth):
            inner = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
        return kind, _docx(inner)
    if kind == "huge-paragraph":
        return kind, _docx(_paragraph(rng.choice(["x", "=1+1 ", "\u202e", "Σ "]) * 3_000_000)
                           + _table(rows))
    if kind == "huge-cell":
        rows[-1][2] = "A / B × 100% " * 200_000
        return kind, _docx(_table(rows))
    if kind in ("laughs", "xxe"):
        prolog, ref = _laughs() if kind == "laughs" else (_XXE, "&e;")
        body = f'<w:p><w:r><w:t>{ref}</w:t></w:r></w:p>' + _table(rows)
        return kind, _docx(body, prolog)
    if kind == "wide-table":
        return kind, _docx(_table([row + ["x"] * 5_000 for row in rows]))
    if kind == "grid-span":
        return kind, _docx(_table(rows, span=rng.choice([2, 1000, 2_000_000_000])))
    if kind == "many-rows":
        return kind, _docx(_table(rows + [["1", "x", "A / B", "1", "%"]] * 120_000))
    if kind == "not-zip":
        return kind, rng.choice([b"", b"PK\x05\x06" + b"\x00" * 18, b"<w:document/>"])
    whole = _docx(_table(rows))
    return kind, whole[: rng.randint(1, len(whole) - 1)]


def parquet_bytes(rng: random.Random, header: list[str]) -> tuple[str, bytes]:
    """A realisasi Parquet file with columns ``header``: odd types, huge strings, nulls."""
    import datetime as dt
    from decimal import Decimal

    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    kind = _pick(rng, ["text-cells", "odd-types", "nulls", "wrong-types", "duplicate-columns",
                       "no-columns", "no-rows", "truncated", "not-parquet"],
                 ["huge-string", "many-columns"])
    rows = rng.randint(0, 5)
    names = header or ["A"]
    columns: list[pa.Array] = []
    if kind == "text-cells":
        columns = [pa.array([rng.choice(CELL_PIECES).replace("\ud800", "?") for _ in range(rows)])
                   for _ in names]
    elif kind == "odd-types":
        makers: list[Callable[[], pa.Array]] = [
            lambda: pa.array([[1, 2]] * rows),
            lambda: pa.array([{"a": 1}] * rows),
            lambda: pa.array([b"\x00\xff"] * rows, pa.binary()),
            lambda: pa.array([dt.date(2024, 1, 1)] * rows),
            lambda: pa.array([dt.timedelta(days=1)] * rows),
            lambda: pa.array([Decimal("1" + "0" * 37)] * rows, pa.decimal128(38, 0)),
            lambda: pa.array([2**64 - 1] * rows, pa.uint64()),
            lambda: pa.array([float("nan"), float("inf"), -0.0, 1e308, 5e-324][:rows]
                             + [0.0] * max(0, rows - 5)),
            lambda: pa.array(["a"] * rows).dictionary_encode(),
            lambda: pa.nulls(rows),
            lambda: pa.array([True] * rows),
            lambda: pa.array([dt.datetime(1, 1, 1)] * rows, pa.timestamp("ns")),
            lambda: pa.array([1e300] * rows, pa.float64()),
        ]
        for _ in names:
            try:
                columns.append(rng.choice(makers)())
            except (pa.ArrowException, OverflowError, ValueError):
                columns.append(pa.nulls(rows))
    elif kind == "huge-string":
        columns = [pa.array([rng.choice(["9", "x", "=", "\u202e"]) * 5_000_000] * max(rows, 1))
                   for _ in names]
    elif kind == "nulls":
        columns = [pa.array([None] * rows, pa.int64()) for _ in names]
    elif kind == "wrong-types":
        columns = [pa.array([rng.choice(["1,5", "dua", "+38", "", "38"]) for _ in range(rows)])
                   for _ in names]
    elif kind == "duplicate-columns":
        names = names + names[:1]
        columns = [pa.array([1] * rows) for _ in names]
    elif kind == "no-columns":
        names, columns = [], []
    elif kind == "no-rows":
        columns = [pa.array([], pa.int64()) for _ in names]
    elif kind == "many-columns":
        names = names + [f"c{i}" for i in range(rng.choice([1_000, 20_000]))]
        columns = [pa.array([1] * rows) for _ in names]
    if kind == "not-parquet":
        return kind, rng.choice([b"", b"PAR1", b"PAR1" + b"\x00" * 50 + b"PAR1", b"a,b\n1,2\n"])
    try:
        table = pa.Table.from_arrays(columns, names=names)
    except (pa.ArrowException, ValueError):
        table = pa.table({name: pa.array([1] * rows) for name in names})
    out = io.BytesIO()
    pq.write_table(table, out)
    data = out.getvalue()
    if kind == "truncated":
        return kind, data[: rng.randint(1, len(data) - 1)]
    return kind, data
