"""Issue 17 item 3: the messages of each area really come out in Indonesian (and stay English
for the Python API): definition-file errors, data readers, units, scales, targets, lint, the
command help and the service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.documents import loads_document
from ikicalc.i18n import language

runner = CliRunner()

BROKEN = """\
unit: ''
tahun: '2024'
jenis: IKX
warna: merah
jabatan:
  - nama: Camat
    indikator:
      - id: '001'
        formula: A / B x 100%
        target: [1, 2, 3]
        bobot: banyak
        dipisah_dari_sel: mungkin
"""


def test_check_of_a_broken_definition_file_speaks_indonesian(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("IKICALC_LANG", raising=False)
    path = tmp_path / "iki.yaml"
    path.write_text(BROKEN, "utf-8")
    done = runner.invoke(app, ["check", str(path)])
    assert done.exit_code != 0
    lines = done.stderr.splitlines()
    assert lines[:8] == [
        f"galat: {path}:1: unit: tidak boleh kosong",
        f"{path}:2: tahun: seharusnya bilangan bulat tanpa tanda kutip, seperti 2024, "
        "tertulis '2024'",
        f"{path}:3: jenis: seharusnya 'IKI' atau 'IKU', tertulis 'IKX'",
        f"{path}:4: warna: isian tidak dikenal (periksa ejaannya)",
        f"{path}:8: jabatan[0].indikator[0].indikator: isian wajib tidak ada",
        f"{path}:10: jabatan[0].indikator[0].target: rentang target ditulis [bawah, atas], "
        "tetapi berisi 3 nilai",
        f"{path}:11: jabatan[0].indikator[0].bobot: seharusnya angka seperti 240 atau 81,35, "
        "tertulis 'banyak'",
        f"{path}:12: jabatan[0].indikator[0].dipisah_dari_sel: seharusnya true atau false, "
        "tertulis 'mungkin'",
    ]
    english = runner.invoke(app, ["--bahasa", "en", "check", str(path)])
    assert f"{path}:4: warna: unknown field (check the spelling)" in english.stderr
    assert f"{path}:1: unit: must not be empty" in english.stderr


@pytest.mark.parametrize(
    ("text", "indonesian", "english"),
    [
        (
            "unit: A\n\tjabatan: []\n",
            ":2: sintaks YAML: karakter tab: buat indentasi dengan spasi",
            ":2: YAML syntax: a tab character: indent with spaces",
        ),
        (
            "unit: A\nunit: B\n",
            ":2: unit: kunci 'unit' ganda (pertama di baris 1)",
            ":2: unit: duplicate key 'unit' (first on line 1)",
        ),
        ("", ":1: berkas kosong", ":1: the file is empty"),
        ("- a\n", ":1: berkas definisi berupa pemetaan", ":1: a definition file is a mapping"),
        (
            "unit: 1:30:00.5\n",
            ":1: '1:30:00.5': angka seksagesimal tidak didukung",
            ":1: '1:30:00.5': sexagesimal numbers are not supported",
        ),
    ],
)
def test_yaml_errors_in_both_languages(text: str, indonesian: str, english: str) -> None:
    with language("id"), pytest.raises(ikicalc.DocumentError) as in_id:
        loads_document(text, "x.yaml")
    with pytest.raises(ikicalc.DocumentError) as in_en:
        loads_document(text, "x.yaml")
    assert "x.yaml" + indonesian in str(in_id.value)
    assert "x.yaml" + english in str(in_en.value)


def _said_in_indonesian(cases: list[tuple[Callable[[], object], str]]) -> None:
    """Each call raises an error that says ``indonesian`` inside ``language("id")``, and
    another text (English) outside it."""
    for call, indonesian in cases:
        with language("id"), pytest.raises(ikicalc.IkiError) as in_id:
            call()
        with pytest.raises(ikicalc.IkiError) as in_en:
            call()
        assert indonesian in str(in_id.value)
        assert str(in_en.value) != str(in_id.value)  # English outside the block


def _data_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_data_unit_and_scale_errors_in_indonesian(tmp_path: Path) -> None:
    from ikicalc.backends.satuan import read_satuan
    from ikicalc.rules.units import convert

    bad_json = _data_file(tmp_path, "data.json", '[{"a": 1}, 2]')
    wide = _data_file(tmp_path, "data.csv", "indikator,variabel,nilai\n001,A,1,9\n")
    ods = _data_file(tmp_path, "data.ods", "")
    cases = [
        (lambda: ikicalc.read_realisasi(bad_json), "rekaman 2: setiap rekaman harus berupa"),
        (lambda: ikicalc.read_realisasi(wide), "baris ini memuat lebih banyak sel"),
        (lambda: ikicalc.evaluate_frame("A / B", ods), "jenis berkas '.ods'"),
        (lambda: read_satuan("orang/hari/bulan"), "satuan 'orang/hari/bulan' tidak dapat"),
        (lambda: read_satuan("orangg"), "satuan 'orangg' tidak dikenal"),
        (lambda: convert(1, "orang", "hari"), "orang tidak dapat dinyatakan sebagai hari"),
        (lambda: ikicalc.Scale.parse(""), "skala kosong; tulis rentang"),
        (lambda: ikicalc.Scale.parse("0 - 60 Kurang\n50 - 100 Baik"), "tumpang tindih"),
        (lambda: ikicalc.Scale.parse("91 -"), "di sini seharusnya angka"),
        (lambda: ikicalc.scale("skm-2017").classify(101), "di luar skala 'skm-2017'"),
        (lambda: ikicalc.scale("tidak-ada"), "tidak ada skala bernama 'tidak-ada'"),
    ]
    _said_in_indonesian(cases)


def test_lint_reasons_and_evidence_in_indonesian() -> None:
    cases = [
        ("Membandingkan realisasi dan target", "W106", "sel ini menguraikan perhitungan"),
        ("Persentase kehadiran pegawai", "W106", "menyebut persentase tetapi tidak menyatakan"),
        ("A / B x 1.250", "W114", "titik sebelum tiga angka memisahkan ribuan"),
        ("Realisasi PAD/Target PAD x 100%", "W110", "kedua bagiannya berupa kata"),
        ("Jumlah Waktu yang dibutuhkan Jumlah pengaduan", "W110", "pecahan yang garisnya hilang"),
    ]
    for text, code, indonesian in cases:
        with language("id"):
            found = [d.message for d in ikicalc.lint(text) if d.code == code]
        english = [d.message for d in ikicalc.lint(text) if d.code == code]
        assert any(indonesian in message for message in found), found
        assert english
        assert english != found


def test_evidence_with_a_field_is_translated_where_shown() -> None:
    """A parsed formula is cached whatever the language: its evidence stays an English
    message id and is translated, fields and all, when lint shows it."""
    from ikicalc.i18n import translate_formatted
    from ikicalc.lang.reading import COUNTING_WORD_FOLLOWS

    english = COUNTING_WORD_FOLLOWS.format(word="Jumlah")
    assert translate_formatted(english, (COUNTING_WORD_FOLLOWS,)) == english
    with language("id"):
        assert translate_formatted(english, (COUNTING_WORD_FOLLOWS,)) == (
            "kata hitungan ('Jumlah') menyusul garis miring"
        )
        assert translate_formatted("not a message") == "not a message"


def test_help_follows_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKICALC_LANG", raising=False)
    main = runner.invoke(app, ["--help"])
    assert main.exit_code == 0
    assert "Membaca, memeriksa dan menghitung rumus dokumen IKI/IKU." in main.stdout
    assert "Memeriksa berkas definisi" in main.stdout  # the list of commands
    assert "Tampilkan pesan ini lalu keluar." in main.stdout
    report = runner.invoke(app, ["report", "--help"])
    assert "Menghitung realisasi, capaian dan kategori" in report.stdout
    assert "Data realisasi: CSV, XLSX, JSON atau YAML" in report.stdout
    # Click's headings and Typer's extras too
    assert report.stdout.startswith("Pemakaian: ")
    assert "\nArgumen:\n" in report.stdout
    assert "\nOpsi:\n" in report.stdout
    assert "[wajib]" in report.stdout
    assert "variabel lingkungan: IKICALC_LANG" in main.stdout
    assert "\nPerintah:\n" in main.stdout
    english = runner.invoke(app, ["--bahasa", "en", "report", "--help"])
    assert "Compute realisasi, capaian and kategori" in english.stdout
    assert "Realisasi data: CSV, XLSX, JSON or YAML" in english.stdout
    assert english.stdout.startswith("Usage: ")
    assert "\nOptions:\n" in english.stdout
    assert "[required]" in english.stdout
    assert runner.invoke(app, ["--bahasa=en", "--help"]).stdout.count("Read, check") == 1
    monkeypatch.setenv("IKICALC_LANG", "en")
    assert "Read, check and evaluate" in runner.invoke(app, ["--help"]).stdout
    assert "Membaca, memeriksa" in runner.invoke(app, ["--bahasa", "id", "--help"]).stdout
    assert ikicalc.get_language() == "en"  # the help's language does not leak


def test_every_command_and_option_has_an_indonesian_help(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The walk of tools/messages.py finds every help text Typer shows: after translation
    under Indonesian, none is left as it was."""
    import typer.main

    from ikicalc.cli.help_text import translate_help

    group = typer.main.get_command(app)
    with language("id"):
        translate_help(group, None)
    untranslated = []
    for name, command in [("ikicalc", group), *group.commands.items()]:  # type: ignore[attr-defined]
        english = typer.main.get_command(app)
        original = english if name == "ikicalc" else english.commands[name]  # type: ignore[attr-defined]
        if command.help == original.help:
            untranslated.append(name)
        for param, before in zip(command.params, original.params, strict=True):
            if getattr(param, "help", None) and param.help == before.help:
                untranslated.append(f"{name} {param.name}")
    assert untranslated == []


def test_the_service_answers_in_the_language_asked() -> None:
    from fastapi.testclient import TestClient

    from ikicalc.serve import ServeSettings, create_app
    from ikicalc.serve.app import asked_language

    assert asked_language(None, None) == "en"
    assert asked_language(None, "id-ID,id;q=0.9,en;q=0.8") == "id"
    assert asked_language(None, "en-US,en;q=0.9,id;q=0.8") == "en"
    assert asked_language(None, "fr, id;q=0.5") == "id"
    assert asked_language(None, "id;q=0, en;q=0.1") == "en"
    assert asked_language("id", "en") == "id"
    broken = {"formula": "Jumlah PNS hadir / x 100%"}
    with TestClient(create_app(ServeSettings(workers=1))) as client:
        default = client.post("/api/parse", json=broken).json()["error"]
        header = client.post(
            "/api/parse", json=broken, headers={"Accept-Language": "id-ID,id;q=0.9"}
        ).json()["error"]
        query = client.post("/api/parse?bahasa=id", json=broken).json()["error"]
        schema = client.post("/api/parse?bahasa=id", json={"rumus": "A"}).json()["error"]
        missing = client.get("/static/tidak-ada.js?bahasa=id").json()["error"]
        page = client.get("/").text
        script = client.get("/static/app.js").text
    assert default["message"].startswith("'x' has no operand before it")
    assert header["message"].startswith("'x' tidak didahului operand")
    assert query == header
    assert header["excerpt"] == default["excerpt"]  # the caret excerpt stays
    assert schema["message"].startswith("permintaan tidak sesuai dengan skema (lihat /docs)")
    assert "formula: isian wajib tidak ada" in schema["message"]
    assert missing["message"] == "tidak ada berkas statis 'tidak-ada.js'"
    assert '<html lang="id">' in page
    assert '"Accept-Language": BAHASA' in script  # the page asks for Indonesian


def test_rules_and_import_errors_in_indonesian(tmp_path: Path) -> None:
    from ikicalc.rules.terbilang import words_to_number

    scanned = _data_file(tmp_path, "iki.odt", "")
    cases = [
        (lambda: words_to_number("dua koma"), "'koma' tidak diikuti angka dalam 'dua koma'"),
        (lambda: ikicalc.import_document(scanned), "berkas .odt tidak dapat diimpor"),
        (lambda: ikicalc.import_document(tmp_path / "x.docx"), "berkas tidak ada"),
    ]
    _said_in_indonesian(cases)


def test_formula_and_evaluation_errors_in_indonesian() -> None:
    cases = [
        (lambda: ikicalc.parse("rata-rata (A / B, C / D)"), "untuk rata-rata beberapa ekspresi"),
        (lambda: ikicalc.parse("rata-rata (A)").evaluate({"A": []}), "tidak mempunyai baris"),
        (lambda: ikicalc.parse("A + B").evaluate([1, 2]), "datanya berupa list"),
    ]
    _said_in_indonesian(cases)


def test_frame_reasons_in_indonesian() -> None:
    """``evaluate_frame`` (``report --stream``) builds its reasons as Polars expressions,
    the per-group ones pieced together in the order the translation puts the fields."""
    import polars as pl

    frame = pl.DataFrame({"A": [1.0, None], "B": [2.0, 0.0]})
    with language("id"):
        rows = ikicalc.evaluate_frame("A / B", frame).collect()["error"].to_list()
        sums = ikicalc.evaluate_frame("Σ A / Σ B", frame).collect()["error"].to_list()
    english = ikicalc.evaluate_frame("Σ A / Σ B", frame).collect()["error"].to_list()
    assert rows == [None, "tidak ada nilai untuk 'A': selnya kosong"]
    assert sums[0].startswith("Σ A: 1 dari 2 baris tidak berisi angka (pertama: baris 2)")
    assert english[0].startswith("Σ A: 1 of 2 rows have no number (first: row 2)")
