"""``/api/report`` inside the worker (ikicalc.serve.uploads.build), run in this process: the
document importer is used when ``ikicalc.import_document`` exists, and every uploaded byte
lives in a temporary folder that is gone when the report is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from serve_helpers import BAGOR, BAGOR_DATA

import ikicalc
from ikicalc.documents import Document
from ikicalc.serve.problems import ServeError
from ikicalc.serve.uploads import build, document_suffixes, shown_name


def test_yaml_only_without_an_importer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ikicalc, "import_document", None, raising=False)
    assert document_suffixes() == (".yaml", ".yml")
    with pytest.raises(ServeError) as caught:
        build(document=b"x", document_name="iki.docx", data=BAGOR_DATA.read_bytes(),
              data_name="data.csv")
    assert caught.value.problem["code"] == "unsupported_file"
    assert caught.value.problem["status"] == 400


def test_an_imported_document_is_read_from_the_temporary_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[Path, bytes]] = []

    def import_document(path: Path) -> Document:
        seen.append((path, path.read_bytes()))
        return ikicalc.load_document(BAGOR)

    monkeypatch.setattr(ikicalc, "import_document", import_document, raising=False)
    assert ".docx" in document_suffixes()
    answer = build(document=b"PK fake docx", document_name="../../IKI Bagor.docx",
                   data=BAGOR_DATA.read_bytes(), data_name="bagor.csv")
    assert answer["json"]["counts"]["rows"] == 25
    [(path, content)] = seen
    assert path.name == "document.docx"
    assert path.parent.name.startswith("ikicalc-serve-")
    assert content == b"PK fake docx"
    assert not path.parent.exists()  # removed with everything in it


def test_errors_name_the_upload_not_the_temporary_path() -> None:
    with pytest.raises(ServeError) as caught:
        build(document=BAGOR.read_bytes(), document_name="iki.yaml",
              data=b"\xff\xfe not text", data_name="realisasi.csv")
    message = caught.value.problem["message"]
    assert message.startswith("realisasi.csv")
    assert "ikicalc-serve-" not in message


@pytest.mark.parametrize(("given", "shown"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\kasubag\\laporan.csv", "laporan.csv"),
    ("a\x00b\nc.csv", "abc.csv"),
    ("", "data.csv"),
    (None, "data.csv"),
])
def test_shown_names_keep_only_the_base_name(given: str | None, shown: str) -> None:
    assert shown_name(given, "data.csv") == shown
