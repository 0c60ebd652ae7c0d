"""Definition files: models, safe YAML loading with line numbers, schema, what each cell holds."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from ikicalc.documents import (
    CellKind,
    Document,
    DocumentError,
    Indicator,
    Jabatan,
    classify_document,
    document_schema,
    load_document,
    loads_document,
)
from ikicalc.errors import IkiError
from ikicalc.lang.formula import Formula
from ikicalc.rules.scales import Scale
from ikicalc.rules.target import Target

HEAD = """\
unit: Kecamatan Contoh
tahun: 2017
sumber: contoh.txt
jabatan:
  - nama: Sekretaris Kecamatan
    indikator:
"""


def doc_text(indicator: str, head: str = HEAD) -> str:
    return head + textwrap.indent(textwrap.dedent(indicator), "      ")


def problems(text: str, filename: str = "x.yaml") -> list[str]:
    with pytest.raises(DocumentError) as info:
        loads_document(text, filename)
    assert str(info.value) == "\n".join(info.value.problems)
    return list(info.value.problems)


VALID = doc_text(
    r"""
    - id: 004-001
      sasaran: Disiplin Aparatur
      indikator: Persentase Tingkat Kehadiran PNS
      formula: '$\frac{\sum \text{Pegawai}}{\sum \text{hari kerja efektif}} \times 100\%$'
      satuan: '%'
      target: 95.5
      polaritas: positif
      konstanta:
        hari kerja efektif: 240
      kategori: sangat-baik-baik-cukup
      bobot: 0.25
      sumber_data: Subag Umum
      catatan: hari kerja dalam 1 tahun 240 hari kerja efektif
    - id: 004-002
      indikator: Jumlah pelanggaran disiplin
      formula: Jumlah pelanggaran disiplin
      polaritas: negatif
      target: [0, 2]
    - id: 002-050
      indikator: Surat/naskah dinas selama 1 tahun
      formula: null
      target: 500 surat
      dipisah_dari_sel: true
    """
)


def test_valid_document_reads_every_field_exactly() -> None:
    doc = loads_document(VALID)
    assert (doc.unit, doc.tahun, doc.sumber, doc.jenis) == (
        "Kecamatan Contoh",
        2017,
        "contoh.txt",
        "IKI",
    )
    first, second, third = doc.jabatan[0].indikator
    assert first.formula == (
        r"$\frac{\sum \text{Pegawai}}{\sum \text{hari kerja efektif}} \times 100\%$"
    )
    assert first.target == Decimal("95.5")
    assert isinstance(first.target, Decimal)
    assert first.bobot == Decimal("0.25")
    assert first.konstanta == {"hari kerja efektif": Decimal(240)}
    assert (first.satuan, first.kategori) == ("%", "sangat-baik-baik-cukup")
    assert second.polaritas == "negatif"
    assert second.target == (Decimal(0), Decimal(2))
    assert third.formula is None
    assert third.target == "500 surat"
    assert third.dipisah_dari_sel is True


def test_defaults() -> None:
    doc = loads_document(doc_text("- {id: a, indikator: A, formula: ''}"))
    ind = doc.jabatan[0].indikator[0]
    assert ind.polaritas == "positif"
    assert ind.konstanta == {}
    assert (ind.target, ind.satuan, ind.kategori, ind.bobot, ind.catatan) == (None,) * 5
    assert ind.formula == ""
    assert doc.jenis == "IKI"
    assert doc.jabatan[0].penanggung_jawab is None


def test_target_text_that_looks_like_a_number_stays_text() -> None:
    doc = loads_document(doc_text("- {id: a, indikator: A, formula: null, target: '81,35'}"))
    assert doc.jabatan[0].indikator[0].target == "81,35"


def test_konstanta_and_bobot_accept_indonesian_number_text() -> None:
    doc = loads_document(
        doc_text("- {id: a, indikator: A, formula: x, bobot: '0,5', konstanta: {k: '1.250,5'}}")
    )
    ind = doc.jabatan[0].indikator[0]
    assert ind.bobot == Decimal("0.5")
    assert ind.konstanta == {"k": Decimal("1250.5")}


def test_wrong_literal_names_file_line_and_field() -> None:
    text = doc_text(
        """
        - id: a
          indikator: A
          formula: x
          polaritas: naik
        """
    )
    assert problems(text, "examples/x.yaml") == [
        "examples/x.yaml:11: jabatan[0].indikator[0].polaritas: "
        "expected 'positif' or 'negatif', got 'naik'"
    ]


def test_typo_in_a_key_is_an_error_on_the_key_line() -> None:
    text = doc_text(
        """
        - id: a
          indikator: A
          formula: x
          satuen: '%'
        """
    )
    assert problems(text) == [
        "x.yaml:11: jabatan[0].indikator[0].satuen: unknown field (check the spelling)"
    ]


def test_all_problems_are_listed_in_line_order() -> None:
    text = doc_text(
        """
        - id: a
          formula: x
          target: [1, 2, 3]
        - id: b
          indikator: B
          formula: x
          bobot: banyak
        """,
        head=HEAD.replace("tahun: 2017", "tahun: '2017'"),
    )
    assert problems(text) == [
        "x.yaml:2: tahun: expected a whole number without quotes, such as 2024, got '2017'",
        "x.yaml:8: jabatan[0].indikator[0].indikator: required field is missing",
        "x.yaml:10: jabatan[0].indikator[0].target: a target range is [low, high], got 3 values",
        "x.yaml:14: jabatan[0].indikator[1].bobot: "
        "expected a number such as 240 or 81,35, got 'banyak'",
    ]


def test_target_range_must_be_ordered_and_target_not_a_bool() -> None:
    assert problems(doc_text("- {id: a, indikator: A, formula: x, target: [100, 80]}")) == [
        "x.yaml:7: jabatan[0].indikator[0].target: a target range is [low, high], but 100 > 80"
    ]
    assert problems(doc_text("- {id: a, indikator: A, formula: x, target: yes}")) == [
        "x.yaml:7: jabatan[0].indikator[0].target: "
        "expected a number, a [low, high] range or the target text, got True"
    ]


def test_duplicate_indicator_id_points_at_the_second_one() -> None:
    text = doc_text(
        """
        - {id: a, indikator: A, formula: x}
        - {id: a, indikator: B, formula: y}
        """
    )
    assert problems(text) == [
        "x.yaml:9: jabatan[0].indikator[1].id: "
        "duplicate indicator id 'a', first used at jabatan[0].indikator[0]"
    ]


def test_duplicate_yaml_key_is_an_error_not_a_silent_overwrite() -> None:
    text = doc_text(
        """
        - id: a
          indikator: A
          formula: x
          formula: y
        """
    )
    assert problems(text) == [
        "x.yaml:11: jabatan[0].indikator[0].formula: duplicate key 'formula' (first on line 10)"
    ]


def test_latex_in_double_quotes_is_caught() -> None:
    corrupted = problems(doc_text(r'- {id: a, indikator: A, formula: "$\frac{a}{b}$"}'))
    assert len(corrupted) == 1
    assert corrupted[0].startswith(
        "x.yaml:7: jabatan[0].indikator[0].formula: contains the control character U+000C;"
    )
    assert "use single quotes or a block scalar" in corrupted[0]
    bad_escape = problems(doc_text(r'- {id: a, indikator: A, formula: "100\%"}'))
    assert bad_escape[0].startswith("x.yaml:7: YAML syntax: an unknown escape character after a backslash")
    assert "single quotes" in bad_escape[0]


def test_block_scalar_keeps_backslashes_verbatim() -> None:
    text = doc_text(
        r"""
        - id: a
          indikator: A
          formula: |-
            $\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$
        """
    )
    ind = loads_document(text).jabatan[0].indikator[0]
    assert ind.formula == r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("bobot: .nan", "x.yaml:7: '.nan' is not a finite number"),
        ("bobot: -.inf", "x.yaml:7: '-.inf' is not a finite number"),
        ("bobot: 1:30.5", "x.yaml:7: '1:30.5': sexagesimal numbers are not supported"),
        (
            "bobot: !!python/object/apply:os.system ['true']",
            "x.yaml:7: unsupported tag tag:yaml.org,2002:python/object/apply:os.system",
        ),
        ("bobot: !mine 1", "x.yaml:7: unsupported tag !mine"),
    ],
)
def test_unsafe_or_inexact_yaml_is_refused(snippet: str, expected: str) -> None:
    assert problems(doc_text(f"- {{id: a, indikator: A, formula: x, {snippet}}}")) == [expected]


def test_aliases_work_but_recursion_does_not() -> None:
    text = doc_text(
        """
        - {id: a, indikator: A, formula: x, sumber_data: &sd Subag Umum}
        - {id: b, indikator: B, formula: y, sumber_data: *sd}
        """
    )
    doc = loads_document(text)
    assert [i.sumber_data for i in doc.jabatan[0].indikator] == ["Subag Umum"] * 2
    assert problems("a: &x [*x]") == ["x.yaml:1: recursive alias"]


def test_yaml_syntax_error_names_the_line() -> None:
    found = problems("unit: X\njabatan: [\n  - nama: a\n")
    assert len(found) == 1
    assert found[0].startswith("x.yaml:3: YAML syntax:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "x.yaml:1: the file is empty"),
        ("# only a comment\n", "x.yaml:1: the file is empty"),
        ("- a\n- b\n", "x.yaml:1: a definition file is a mapping (unit:, jabatan: ...)"),
    ],
)
def test_not_a_document(text: str, expected: str) -> None:
    assert problems(text) == [expected]


def test_missing_required_top_level_fields_point_at_the_document() -> None:
    assert problems("unit: X\n") == [
        "x.yaml:1: tahun: required field is missing",
        "x.yaml:1: jabatan: required field is missing",
    ]


def test_load_document_reads_a_file_with_bom_and_names_it(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_document(path).unit == "Kecamatan Contoh"
    path.write_text(VALID.replace("tahun: 2017", "tahun: 1700"), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert str(info.value) == (f"{path}:2: tahun: expected a number of at least 1900, got 1700")
    assert info.value.line == 2


def test_missing_or_binary_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "nope.yaml")
    (tmp_path / "bin.yaml").write_bytes(b"unit: \xff\n")
    with pytest.raises(DocumentError, match=r"not UTF-8 text \(byte 6\)"):
        load_document(tmp_path / "bin.yaml")


def test_document_error_is_an_iki_error() -> None:
    assert issubclass(DocumentError, IkiError)


def test_models_are_frozen_and_forbid_extra_fields() -> None:
    ind = Indicator(id="a", indikator="A", formula="x")
    with pytest.raises(ValidationError):
        ind.formula = "y"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Indicator(id="a", indikator="A", formula="x", polarity="negatif")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="floats are not exact"):
        Indicator(id="a", indikator="A", formula="x", bobot=0.1)  # type: ignore[arg-type]


def test_python_construction_and_lookup() -> None:
    doc = Document(
        unit="Kecamatan Contoh",
        tahun=None,
        jabatan=[
            Jabatan(nama="Camat", indikator=[Indicator(id="a", indikator="A", formula="x")]),
            Jabatan(nama="Sekcam", indikator=[Indicator(id="b", indikator="B", formula=None)]),
        ],
    )
    assert [(j.nama, i.id) for j, i in doc.iter_indicators()] == [("Camat", "a"), ("Sekcam", "b")]
    assert doc.indicator("b").indikator == "B"
    with pytest.raises(DocumentError, match="no indicator with id 'c'"):
        doc.indicator("c")
    with pytest.raises(ValidationError, match="duplicate indicator id 'a'"):
        Document(
            unit="X",
            tahun=None,
            jabatan=[
                Jabatan(
                    nama="Camat",
                    indikator=[
                        Indicator(id="a", indikator="A", formula="x"),
                        Indicator(id="a", indikator="B", formula="y"),
                    ],
                )
            ],
        )


def test_schema_describes_the_format_for_editors() -> None:
    schema = document_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["required"]) == {"unit", "tahun", "jabatan"}
    indicator = schema["$defs"]["Indicator"]
    assert indicator["additionalProperties"] is False
    assert indicator["properties"]["polaritas"]["enum"] == ["positif", "negatif"]
    assert set(indicator["required"]) == {"id", "indikator", "formula"}
    assert {"konstanta", "kategori", "bobot", "satuan", "target"} <= set(indicator["properties"])


def test_every_cell_is_read_and_kept() -> None:
    doc = loads_document(
        doc_text(
            """
            - {id: a, indikator: A, formula: ''}
            - {id: b, indikator: B, formula: 'x 100%'}
            - {id: c, indikator: C, formula: null, target: 500 surat}
            - {id: d, indikator: D, formula: 'Jumlah PNS yang hadir / Jumlah PNS x 100%'}
            - {id: e, indikator: E, formula: 'Membandingkan undangan dan peserta yang hadir'}
            - {id: f, indikator: F, formula: '25,00 – 43,75 Tidak Baik 43,76 – 100,00 Baik'}
            """
        )
    )
    reports = classify_document(doc)
    assert [(r.indicator_id, r.text, r.classification.kind) for r in reports] == [
        ("a", "", CellKind.EMPTY),
        ("b", "x 100%", CellKind.UNKNOWN),
        ("c", None, CellKind.TARGET),
        ("d", "Jumlah PNS yang hadir / Jumlah PNS x 100%", CellKind.FORMULA),
        ("e", "Membandingkan undangan dan peserta yang hadir", CellKind.PROSE),
        ("f", "25,00 – 43,75 Tidak Baik 43,76 – 100,00 Baik", CellKind.SCALE),
    ]
    assert reports[0].classification.diagnostic == "the formula cell is empty"
    assert "no operand" in (reports[1].classification.diagnostic or "")
    target = reports[2].classification.value
    assert isinstance(target, Target)
    assert (target.value, target.unit) == (500, "surat")
    formula = reports[3].classification.value
    assert isinstance(formula, Formula)
    assert formula.variables == ("Jumlah PNS yang hadir", "Jumlah PNS")
    scale = reports[5].classification.value
    assert isinstance(scale, Scale)
    assert scale.classify("50").label == "Baik"


def test_alias_bomb_is_stopped() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 8):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    found = problems("\n".join(lines) + "\n")
    assert len(found) == 1
    assert found[0].endswith("the file is too large (alias bomb?)")


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    found = problems("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert found == ["x.yaml: YAML nested too deeply"]
