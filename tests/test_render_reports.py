"""The signed report, checked as a person would: rendered to pages, counted, read back (issue 17).

The XLSX goes through LibreOffice (``soffice --headless --convert-to pdf``, Indonesian
locale, as an office PC prints it), the PDF is ours; both are turned to PNG (``pdftoppm``)
and read back word by word with their positions (``pdftotext -bbox``). The tools are
required: without them these tests fail (CI installs them, see ``.ci/run``).

Set ``IKICALC_RENDER_DIR`` to keep the PNGs (the README's pictures come from one run).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

import ikicalc
from ikicalc.realisasi import read_realisasi
from ikicalc.report import build_report
from ikicalc.writers import report_bytes
from ikicalc.writers.content import ReportContent, report_content

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = {
    "bagor": (
        ROOT / "examples" / "kecamatan-bagor-2019.yaml",
        ROOT / "examples" / "data" / "bagor-2019-realisasi.csv",
    ),
    "bululawang": (
        ROOT / "examples" / "kecamatan-bululawang-2017.yaml",
        ROOT / "examples" / "data" / "bululawang-2017-kehadiran.xlsx",
    ),
}
TOOLS = ("soffice", "pdftoppm", "pdftotext", "pdfinfo")


def _tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(
            f"missing {', '.join(missing)}: install LibreOffice Calc and poppler-utils "
            "(apt-get install libreoffice-calc-nogui poppler-utils; .ci/run does)"
        )


@dataclass(frozen=True)
class Word:
    page: int
    top: float
    bottom: float
    text: str


@dataclass(frozen=True)
class Rendered:
    pdf: Path
    pages: int
    words: tuple[Word, ...]
    content: ReportContent


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        _tools()
    assert path is not None
    return path


def _run(*command: str, cwd: Path) -> None:
    subprocess.run([_tool(command[0]), *command[1:]], cwd=cwd, check=True,
                   capture_output=True, timeout=240)


def _words(pdf: Path) -> tuple[Word, ...]:
    out = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True, capture_output=True,
        timeout=60,
    ).stdout
    tree = ET.fromstring(out)  # noqa: S314 - pdftotext's output for our own file
    words = []
    for number, page in enumerate(tree.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            words.append(
                Word(number, float(word.get("yMin", 0)), float(word.get("yMax", 0)),
                     word.text or "")
            )
    return tuple(words)


def _render(name: str, kind: str, folder: Path) -> Rendered:
    definition, data = EXAMPLES[name]
    source = str(data.relative_to(ROOT))
    written = folder / f"{name}.{kind}"
    with ikicalc.i18n.language("id"):  # as ikicalc report writes it for the office
        document = ikicalc.load_document(definition)
        report = build_report(document, read_realisasi(data))
        written.write_bytes(report_bytes(report, kind, source, document=document))
    pdf = written
    if kind == "xlsx":
        profile = (folder / "lo-profile").as_uri()
        env = {**os.environ, "LC_ALL": "id_ID.UTF-8", "LANG": "id_ID.UTF-8"}
        subprocess.run(
            [_tool("soffice"), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
             "pdf", "--outdir", str(folder / "lo"), str(written)],
            check=True, capture_output=True, timeout=240, env=env,
        )
        pdf = folder / "lo" / f"{name}.pdf"
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]
    _run("pdftoppm", "-png", "-r", "60", str(pdf), f"{name}-{kind}", cwd=folder)
    keep = os.environ.get("IKICALC_RENDER_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for png in folder.glob(f"{name}-{kind}-*.png"):
            shutil.copy(png, Path(keep) / png.name)
    with ikicalc.i18n.language("id"):
        content = report_content(report, document, source=source)
    return Rendered(pdf, pages, _words(pdf), content)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Rendered]:
    _tools()
    folder = tmp_path_factory.mktemp("render")
    return {
        (name, kind): _render(name, kind, folder)
        for name in EXAMPLES
        for kind in ("xlsx", "pdf")
    }


CASES = [(name, kind) for name in EXAMPLES for kind in ("xlsx", "pdf")]


def _characters(text: str) -> Counter[str]:
    # the PDF font draws Σ as ∑; LibreOffice draws the text as written
    return Counter(ch for ch in text.replace("Σ", "∑") if not ch.isspace())


def _row_texts(content: ReportContent) -> list[tuple[str, str]]:
    """(kode, every text of the row joined) for each table row, in order."""
    rows = []
    for section in content.sections:
        for row in section.rows:
            texts = [v for k, v in row.items() if isinstance(v, str) and k != "no"]
            rows.append((str(row["id"]), " ".join(texts)))
    return rows


def _anchors(rendered: Rendered) -> list[Word]:
    """Where each table row starts: its kode, found in table order."""
    found, start = [], 0
    words = rendered.words
    for kode, _ in _row_texts(rendered.content):
        index = next(i for i in range(start, len(words)) if words[i].text == kode)
        found.append(words[index])
        start = index + 1
    return found


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_every_row_is_whole_within_its_row(
    rendered: dict[tuple[str, str], Rendered], name: str, kind: str
) -> None:
    """No text is cut: each row's characters are all drawn between its top and the next
    row's top (a clipped cell draws its overflow below, over the next row)."""
    result = rendered[(name, kind)]
    anchors = _anchors(result)
    for index, ((kode, text), anchor) in enumerate(zip(_row_texts(result.content), anchors,
                                                        strict=True)):
        following = anchors[index + 1] if index + 1 < len(anchors) else None
        end = following.top if following and following.page == anchor.page else 10_000.0
        band = [
            w for w in result.words
            if w.page == anchor.page and anchor.top - 3 <= w.top < end - 1
            and w.text != "Halaman"
        ]
        missing = _characters(text) - _characters(" ".join(w.text for w in band))
        assert not missing, f"{name}.{kind} row {kode}: not drawn in its row: {missing}"


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_the_header_row_is_on_every_page_of_the_table(
    rendered: dict[tuple[str, str], Rendered], name: str, kind: str
) -> None:
    result = rendered[(name, kind)]
    pages = {anchor.page for anchor in _anchors(result)}
    for page in pages:
        first = min(a.top for a in _anchors(result) if a.page == page)
        header = [w for w in result.words if w.page == page and w.text == "Formulasi"]
        assert header, f"{name}.{kind}: page {page} has rows but no header row"
        assert header[0].top < first


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_bagor_25_rows_fit_on_three_landscape_pages(
    rendered: dict[tuple[str, str], Rendered], kind: str
) -> None:
    result = rendered[("bagor", kind)]
    assert len(_anchors(result)) == 25
    assert _anchors(result)[-1].page <= 3
    assert result.pages <= 4  # the summary, the chart and the signature block at most one more
    info = subprocess.run([_tool("pdfinfo"), str(result.pdf)], check=True, capture_output=True,
                          text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())  # type: ignore[union-attr]
    assert width > height  # landscape
    assert round(width) == 842  # A4
    assert round(height) == 595


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_title_summary_and_signature_are_printed(
    rendered: dict[tuple[str, str], Rendered], name: str, kind: str
) -> None:
    result = rendered[(name, kind)]
    drawn = _characters(" ".join(w.text for w in result.words))
    content = result.content
    texts = [*content.title, *(v for _, v in content.meta), *content.signature.lines(),
             "RINGKASAN CAPAIAN PER JABATAN", *(line.jabatan for line in content.summary)]
    for text in texts:
        assert not _characters(text) - drawn, f"{name}.{kind}: {text!r} is not printed"
    words = {w.text for w in result.words}
    assert "NIP." in words
    assert any(w.startswith("Halaman") for w in words)
    if content.chart:
        assert "GRAFIK" in words
    assert "\\frac" not in " ".join(w.text for w in result.words)  # formulas as text
