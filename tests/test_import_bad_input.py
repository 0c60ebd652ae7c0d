"""Bad documents: each an IkiError naming the file and what was expected, never a traceback."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from import_fixtures import build_docx, build_xlsx

from ikicalc import IkiError
from ikicalc.importers import DocumentImportError, import_file, limits


def test_scanned_pdf_says_ocr_is_not_supported(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)  # an image-like page: no text at all
    page.save()
    with pytest.raises(IkiError, match=r"scan\.pdf: .*no text layer.*OCR is not supported"):
        import_file(path)


def test_password_protected_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    page = canvas.Canvas(str(path), encrypt=StandardEncryption("rahasia", canPrint=0))
    page.drawString(100, 700, "INDIKATOR KINERJA")
    page.save()
    with pytest.raises(IkiError, match=r"locked\.pdf: .*password"):
        import_file(path)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".xlsx"])
def test_corrupt_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"rusak{suffix}"
    path.write_bytes(b"this is not a document \x00\x01\x02" * 20)
    with pytest.raises(IkiError, match=rf"rusak\{suffix}: .*(corrupt|not an?)"):
        import_file(path)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_encrypted_office_file(tmp_path: Path, suffix: str) -> None:
    # Office encrypts a protected document into an OLE compound file, not a zip archive
    path = tmp_path / f"locked{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(IkiError, match=rf"locked\{suffix}: .*password-protected"):
        import_file(path)


def test_zip_bomb_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * 5_000_000)
    with pytest.raises(IkiError, match=r"bom\.xlsx: .*zip bomb"):
        import_file(path)


def test_uncompressed_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build_xlsx(tmp_path / "iki.xlsx")
    monkeypatch.setattr("ikicalc.importers.archive.MAX_XLSX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(IkiError, match=r"iki\.xlsx: unpacks to [\d,]+ bytes; refused"):
        import_file(path)


def test_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build_docx(tmp_path / "iki.docx")
    monkeypatch.setattr("ikicalc.importers.limits.MAX_ROWS", 5)
    with pytest.raises(IkiError, match=r"iki\.docx: more than 5 table rows"):
        import_file(path)


def test_limits_are_named_constants() -> None:
    assert limits.MAX_PAGES >= 200
    assert limits.MAX_ROWS >= 5_000
    assert limits.MAX_XLSX_UNCOMPRESSED_BYTES < 2**30


def test_no_indicator_table(tmp_path: Path) -> None:
    path = tmp_path / "surat.txt"
    path.write_text("Surat edaran\n\nTidak ada tabel di sini.\n", encoding="utf-8")
    with pytest.raises(DocumentImportError, match=r"surat\.txt: no indicator table found"):
        import_file(path)


def test_table_without_formula_column(tmp_path: Path) -> None:
    path = tmp_path / "iki.md"
    path.write_text(
        "Jabatan : Camat\n\n| SASARAN | INDIKATOR KINERJA | SUMBER DATA |\n|---|---|---|\n"
        "| Sasaran | Indikator | Data |\n",
        encoding="utf-8",
    )
    with pytest.raises(DocumentImportError, match=r"iki\.md: .*has no formula column"):
        import_file(path)


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "iki.odt"
    path.write_bytes(b"x")
    with pytest.raises(DocumentImportError, match=r"iki\.odt: cannot import a \.odt file"):
        import_file(path)


def test_missing_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build_docx(tmp_path / "iki.docx")
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(IkiError, match=r"pip install 'ikicalc\[documents\]'"):
        import_file(path)


def test_unplaced_rows_are_listed_and_strict_fails(tmp_path: Path) -> None:
    path = tmp_path / "iki.txt"
    path.write_text(
        "Jabatan : Camat\n"
        "catatan\tlepas\n"  # a tab row above any header: not in an indicator table
        "SASARAN\tINDIKATOR\tFORMULA\tSUMBER DATA\n"
        "S\tI\tA / B x 100%\tD\n"
        "a\tb\tc\td\te\tf\n",  # more cells than the header has columns
        encoding="utf-8",
    )
    result = import_file(path)
    assert len(result.document.jabatan[0].indikator) == 1
    reasons = [u.reason for u in result.unplaced]
    assert reasons == ["not under an indicator-table header", "6 cells under a header of 4 columns"]
    assert "line 2" in str(result.unplaced[0])
    assert "2 table rows could not be placed" in result.summary()
    with pytest.raises(DocumentImportError, match=r"2 table rows could not be placed \(--strict\)"):
        import_file(path, strict=True)
