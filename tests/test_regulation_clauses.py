"""Regulations read from scans and sentences that go on after their formula (session 25)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "canonical", "verb"),
    [
        # UU 21/1997 (BPHTB) as a scan reads it: the m of the head verb read as r and n
        (
            "(2) Besarnya pajak yang terutang dihitung dengan cara rnengalikan tarif pajak "
            "dengan Nilai Perolehan Objek Pajak Kena Pajak.",
            "tarif pajak × Nilai Perolehan Objek Pajak Kena Pajak",
            "mengalikan",
        ),
        (
            "Besarnya iuran dihitung dengan cara rnembagi jumlah biaya dengan jumlah peserta.",
            "jumlah biaya / jumlah peserta",
            "membagi",
        ),
    ],
)
def test_a_head_verb_a_scan_misread(text: str, canonical: str, verb: str) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert verb in [guess.chosen for guess in formula.guesses]
    assert "W110" in [d.code for d in ikicalc.lint(text)]


def test_a_clause_whose_subject_points_back_in_two_words() -> None:
    # PP 20/1990: "setelah satuan volumenya disesuaikan" says when, not what is multiplied
    text = (
        "Nilai beban pencemaran tersebut dihitung dengan perkalian antara kadar dan volume atau "
        "debit aliran setelah satuan volumenya disesuaikan."
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("kadar", "volume atau debit aliran")
    assert formula.evaluate({"kadar": 3, "volume atau debit aliran": 7}).exact == 21


@pytest.mark.parametrize(
    ("text", "names"),
    [  # no clause after the conjunction (no "-nya", no verb): a name's words
        ("Laba setelah pajak dibagi modal sendiri x 100%", ("Laba setelah pajak", "modal sendiri")),
        (
            "laba sebelum pajak penghasilan badan dibagi total aset",
            ("laba sebelum pajak penghasilan badan", "total aset"),
        ),
    ],
)
def test_the_same_conjunctions_inside_a_name_stay(text: str, names: tuple[str, ...]) -> None:
    assert ikicalc.parse(text).variables == names


@pytest.mark.parametrize(
    ("text", "variable", "value"),
    [
        # PP 80/2010: PPh 21 of an official without NPWP, 20% higher than with one
        (
            "(1) Dalam hal Pejabat Negara tidak memiliki Nomor Pokok Wajib Pajak, atas penghasilan "
            "tetap dikenai tarif Pajak Penghasilan Pasal 21 lebih tinggi sebesar 20% (dua puluh "
            "persen) daripada tarif yang diterapkan terhadap Pejabat Negara yang memiliki Nomor "
            "Pokok Wajib Pajak.",
            "tarif yang diterapkan terhadap Pejabat Negara yang memiliki Nomor Pokok Wajib Pajak",
            Fraction(6),  # 5 raised by 20%
        ),
        (
            "Tarif bagi Wajib Pajak yang tidak memiliki NPWP lebih tinggi 100% daripada tarif "
            "sebagaimana dimaksud pada ayat (1).",
            "tarif sebagaimana dimaksud pada ayat (1)",
            Fraction(10),
        ),
        # lower by a rate: 90% of it, never 10% (the share a bare "10% dari" would give)
        ("Harga sewa lebih rendah 10% dari harga pasar", "harga pasar", Fraction(9, 2)),
    ],
)
def test_an_amount_higher_or_lower_by_a_rate_than_another(
    text: str, variable: str, value: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (variable,)
    assert formula.evaluate({variable: 5}).exact == value
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah desa yang lebih besar 10% dari rata-rata / jumlah desa x 100%",  # a name's words
        "Jumlah desa lebih besar 10% dari rata-rata / jumlah desa x 100%",
    ],
)
def test_a_comparison_inside_a_name_stays(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables[0].endswith("lebih besar 10% dari rata-rata")


@pytest.mark.parametrize("colon", [" :", ":"])
@pytest.mark.parametrize("mark", ["a. ", "1. ", "b) ", "- "])
def test_a_colon_over_a_lettered_item_announces_it(colon: str, mark: str) -> None:
    """PP 35/2002 (Dana Reboisasi): '… dihitung dengan cara :' ends its line, the way is
    item a. under it. A colon between spaces before a word divides (``A : B``); over a list's
    item it announces the item. Session 25's code divided the preamble by the item."""
    text = (
        f"(1) Dana Reboisasi yang harus dibayar Wajib Bayar dihitung dengan cara{colon}\n"
        f"{mark}Mengalikan volume kayu yang akan ditebang dengan tarif Dana Reboisasi."
    )
    formula = ikicalc.parse(text)
    assert str(formula) == "volume kayu yang akan ditebang × tarif Dana Reboisasi"


def test_a_colon_between_names_still_divides() -> None:
    assert str(ikicalc.parse("Jumlah A : Jumlah B x 100%")) == "Jumlah A / Jumlah B × 100%"
    assert str(ikicalc.parse("Jumlah A :\nJumlah B")) == "Jumlah A / Jumlah B"


@pytest.mark.parametrize(
    "text",
    [
        "Penghasilan terdiri atas:\na. gaji pokok;\nb. tunjangan keluarga; dan\nc. tunjangan pangan.",
        "(1) Tunjangan Hari Raya sebagaimana dimaksud dalam Pasal 2 ayat (1) terdiri atas:\n"
        "a. gaji pokok;\nb. tunjangan keluarga; dan\nc. tunjangan pangan.",
        "Penghasilan meliputi: 1. gaji pokok; 2. tunjangan keluarga; serta 3. tunjangan pangan",
    ],
)
def test_the_parts_of_an_amount_listed_are_its_sum(text: str) -> None:
    """A regulation lists an amount's parts after 'terdiri atas:' or 'meliputi:', the last
    but one ending with '; dan' (all of them apply: Lampiran II UU 12/2011, No. 88): their
    sum, a guess lint names. Session 25's code refused the cell (the ':')."""
    formula = ikicalc.parse(text)
    assert formula.variables == ("gaji pokok", "tunjangan keluarga", "tunjangan pangan")
    assert formula.evaluate({v: 2 for v in formula.variables}).exact == 6
    assert [d.code for d in ikicalc.lint(text)] == ["W110"]


@pytest.mark.parametrize(
    "text",
    [
        # '; atau': one of the items applies
        "Sanksi terdiri atas:\na. teguran lisan;\nb. teguran tertulis; atau\nc. pemberhentian.",
        # the formula comes first; the list says what it counts, a sentence follows
        "Ketepatan waktu dihitung dengan membagi jumlah dokumen yang ditetapkan tepat waktu "
        "dengan jumlah dokumen yang wajib disusun dikali 100%. Dokumen dimaksud meliputi:\n"
        "1. RKPD;\n2. KUA-PPAS; dan\n3. Renja Perangkat Daerah.\nTepat waktu berarti sesuai "
        "jadwal.",
    ],
)
def test_a_list_that_is_no_amounts_parts_is_not_summed(text: str) -> None:
    try:
        formula = ikicalc.parse(text)
    except ikicalc.FormulaSyntaxError:
        return
    assert "RKPD" not in formula.variables
    assert not any(name.startswith("teguran") for name in formula.variables)


@pytest.mark.parametrize(
    "said", ["lima puluh prosen", "lima puluh procent", "lima untuk perseratus", "limapuluh persen"]
)
def test_a_rate_said_again_in_old_spellings(said: str) -> None:
    """PP 50/1971: '… berjumlah 50% (lima untuk perseratus) dari pada jumlah laba bersih
    perusahaan'. Old regulations say a percent 'prosen', 'procent', 'untuk perseratus'; the
    bracket says the rate again. Session 25's code read '50% × lima untuk perseratus × …', a
    silent wrong value, and refused 'prosen'."""
    text = f"pembayaran berjumlah 50% ({said}) dari pada jumlah laba bersih perusahaan"
    formula = ikicalc.parse(text)
    assert formula.variables == ("jumlah laba bersih perusahaan",)
    assert formula.evaluate({"jumlah laba bersih perusahaan": 10}).exact == 5


def test_multiples_listed_are_a_sum() -> None:
    """UU 13/2003 (Ketenagakerjaan) gives severance as multiples listed: '… sebesar 2 (dua)
    kali A, 1 (satu) kali B, dan C': every part is given, each number opens an amount.
    Session 25's code read 2 × 'A, 1 kali B, dan C' (W129)."""
    text = "pekerja berhak atas uang sebesar 2 (dua) kali uang pesangon, 1 (satu) kali uang "
    text += "penghargaan masa kerja, dan uang penggantian hak."
    formula = ikicalc.parse(text)
    names = ("uang pesangon", "uang penghargaan masa kerja", "uang penggantian hak")
    assert formula.variables == names
    assert formula.evaluate(dict(zip(names, (10, 100, 1000), strict=True))).exact == 1120


def test_a_number_that_no_amount_cue_opens_stays_in_its_name() -> None:
    """'… sama dengan perhitungan 2 (dua) kali A, …': no cue of an amount before the number
    ('perhitungan 2' would be a name times A): the list is left as it reads."""
    text = "diberikan uang yang besarnya sama dengan perhitungan 2 (dua) kali A, 1 (satu) kali B, "
    text += "dan C."
    assert "perhitungan 2" not in ikicalc.parse(text).variables


@pytest.mark.parametrize("of", ["dari", "dari pada"])
def test_a_share_written_as_a_fraction_after_words(of: str) -> None:
    """PP 6/1950: 'Tunjangan diberikan selama masa 2/5 dari pada lamanya tahun dinas …': the
    words before the share are no name it ends. Session 25's code read 'Tunjangan diberikan
    selama masa 2' / 5 × …, a silent wrong value."""
    text = f"a. Tunjangan diberikan selama masa 2/5 {of} lamanya tahun dinas dalam ketentaraan."
    formula = ikicalc.parse(text)
    assert formula.variables == ("lamanya tahun dinas dalam ketentaraan",)
    assert formula.evaluate({"lamanya tahun dinas dalam ketentaraan": 10}).exact == 4


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # PP 15/1951: a rounding said after the amount
        (
            "(4) Besarnya tunjangan ialah 40% dari gaji termaksud pasal 5 dan jumlahnya "
            "dibulatkan ke atas menjadi rupiahan bulat.",
            "gaji termaksud pasal 5",
        ),
        # UU 8/2010: the cap of a share, said after its base
        (
            "dikenai sanksi administratif berupa denda sebesar 10% (sepuluh perseratus) dari "
            "seluruh jumlah uang tunai yang dibawa dengan jumlah paling banyak Rp300.000.000,00.",
            "seluruh jumlah uang tunai yang dibawa",
        ),
    ],
)
def test_a_rounding_or_a_cap_after_the_amount_is_no_part_of_its_name(text: str, name: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (name,)


@pytest.mark.parametrize("initials", ["D.P.R", "D.P.R.", "R.I."])
def test_capital_initials_joined_by_periods_are_one_word(initials: str) -> None:
    """PP 1/1970: '… dibagi dengan jumlah anggota D.P.R yang dipilih …': capital initials
    joined by periods are an abbreviation, one word of the name (a lower-case 'os.system'
    is still refused). Session 25's code refused the cell."""
    formula = ikicalc.parse(f"jumlah suara sah / jumlah anggota {initials} yang dipilih")
    assert formula.variables == ("jumlah suara sah", f"jumlah anggota {initials} yang dipilih")
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse("os.system / B")


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        # PP 74/2011 (KUP): the sanction named before its multiple, and the amount named again
        (
            "b. jumlah pajak dalam faktur pajak, dan/atau bukti setoran pajak, ditambah dengan "
            "sanksi administrasi berupa denda sebesar 4 (empat) kali jumlah pajak tersebut.",
            ("jumlah pajak dalam faktur pajak, dan/atau bukti setoran pajak",),
            50,
        ),
        # UU 9/2018 (PNBP): the same with another amount
        (
            "PNBP Terutang ditambah sanksi administratif berupa denda sebesar 2 (dua) kali jumlah "
            "PNBP yang tidak dibayar.",
            ("PNBP Terutang", "jumlah PNBP yang tidak dibayar"),
            30,
        ),
    ],
)
def test_a_sanction_named_before_its_multiple(text: str, names: tuple[str, ...], value: int) -> None:
    """The words that name what is added ('sanksi administrasi berupa denda') before its
    multiple ('sebesar 4 (empat) kali …') are set aside as those before a rate are; 'jumlah
    pajak tersebut' names the first amount again. Session 25's code read (A + 'sanksi … sebesar
    4') × B."""
    formula = ikicalc.parse(text)
    assert formula.variables == names
    assert formula.evaluate(dict.fromkeys(names, 10)).exact == value


def test_a_list_after_an_operator_word_is_its_operand() -> None:
    """PP 45/2013: '… merupakan jumlah pagu anggaran dikurangi dengan:' / 'a. …;' / 'b. …;
    dan' / 'c. ….': the items, summed, are what is deducted. Session 25's code read the
    first item's mark into a name and lost the rest."""
    text = (
        "(6) Pagu anggaran dalam DIPA merupakan jumlah pagu anggaran dikurangi dengan:\n"
        "a. jumlah dana yang telah direalisasikan;\nb. jumlah dana yang telah diperjanjikan; dan\n"
        "c. uang persediaan yang belum dipertanggungjawabkan."
    )
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 4
    assert formula.evaluate(dict(zip(formula.variables, (100, 10, 20, 30), strict=True))).exact == 40
