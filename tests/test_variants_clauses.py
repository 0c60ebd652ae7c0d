"""Where a quantity's name starts and ends in a regulation's sentence
(``benchmarks/variants_clauses.py``): sentences composed from pools of subjects, references,
predicates, quantity names, operator phrases and tails, split into a work half and a fresh half
by a hash of each phrase. Floor: the work half (42.2 % read right before session 13's rules,
98.8 % after; the fresh half, never looked at while the rules were written, 56.8 → 79.2 %).
And the families the rules read, each written once with names of its own."""

from __future__ import annotations

import pytest

import ikicalc
from benchmarks.variants_clauses import BODIES, NAMES, PREDICATES, TAILS, half_of, pools, rate


def test_the_pools_split_in_two_halves() -> None:
    for items in (NAMES, TAILS, [predicate for predicate, _ in PREDICATES]):
        assert {half_of(item) for item in items} == {"work", "fresh"}
    work, fresh = pools("work"), pools("fresh")
    assert not set(work.names) & set(fresh.names)
    assert not set(work.predicates) & set(fresh.predicates)
    assert {kind for _, kind in work.predicates} == {kind for _, kind in fresh.predicates}
    assert {kind for _, _, kind in BODIES} == {"infix", "cara", "share"}


def test_sentences_of_the_work_half_are_read_right() -> None:
    right, total = rate("work")
    assert total == 600
    assert right / total >= 0.97


@pytest.mark.parametrize(
    ("text", "variables", "canonical"),
    [
        # a clause of the sentence after its last quantity: after a comma
        (
            "Besaran tunjangan jabatan adalah gaji pokok dikalikan indeks kelas jabatan, yang "
            "ditetapkan dengan Keputusan Bupati.",
            ("gaji pokok", "indeks kelas jabatan"),
            "gaji pokok × indeks kelas jabatan",
        ),
        (
            "Nilai sewa dihitung atas dasar luas lahan dikalikan tarif sewa, dibulatkan ke atas.",
            ("luas lahan", "tarif sewa"),
            "luas lahan × tarif sewa",
        ),
        # … and with no comma: a conjunction before a verb or "dengan"
        (
            "Besarnya honorarium adalah jumlah jam mengajar dikalikan tarif per jam dan dengan "
            "semangat efisiensi.",
            ("jumlah jam mengajar", "tarif per jam"),
            "jumlah jam mengajar × tarif per jam",
        ),
        (
            "Besarnya denda adalah jumlah hari terlambat dikalikan nilai kontrak serta "
            "memperhatikan asas kepatutan.",
            ("jumlah hari terlambat", "nilai kontrak"),
            "jumlah hari terlambat × nilai kontrak",
        ),
        # … but the verbs of a relative clause are the name's
        (
            "Jumlah aduan yang diterima dan ditindaklanjuti dibagi jumlah aduan yang diterima "
            "dan dicatat",
            (
                "Jumlah aduan yang diterima dan ditindaklanjuti",
                "jumlah aduan yang diterima dan dicatat",
            ),
            None,
        ),
        # a limit before an amount: the words before it are the sentence's subject
        (
            "(2a) Besaran tunjangan ditetapkan paling rendah 3 (tiga) kali gaji pokok.",
            ("gaji pokok",),
            "3 × gaji pokok",
        ),
        (
            "Honorarium Sekretaris setinggi-tingginya 1,5 (satu koma\nlima) kali gaji pokok.",
            ("gaji pokok",),
            "1,5 × gaji pokok",
        ),
        (
            "Biaya pegawai paling tinggi 40 % (empat puluh per seratus) dari total biaya tahun "
            "yang lalu dan dengan semangat efisiensi.",
            ("total biaya tahun yang lalu",),
            None,
        ),
        # a reference after a name is the name's, its bracket the paragraph cited (no value)
        (
            "Besaran pajak adalah nilai jual ditambah nilai perolehan sebagaimana dimaksud "
            "pada ayat (4)",
            ("nilai jual", "nilai perolehan sebagaimana dimaksud pada ayat (4)"),
            None,
        ),
        # a sentence that gives an amount before its computation restates amounts after it
        (
            "Nilai buku aset pada tanggal pelaporan adalah sebesar Rp45.000.000,00 yaitu nilai "
            "perolehan dikurangi dengan akumulasi penyusutan sebesar Rp15.000.000,00.",
            ("nilai perolehan", "akumulasi penyusutan"),
            "nilai perolehan - akumulasi penyusutan",
        ),
        # … where an amount after a name elsewhere is its value
        (
            "Nilai jual objek pajak dikurangi dengan Nilai Jual Tidak Kena Pajak sebesar "
            "Rp10.000.000,00 (sepuluh juta rupiah).",
            ("Nilai jual objek pajak",),
            None,
        ),
        # a share of what follows, its "dari" on the next line
        (
            "(3) Setiap anggota Dewan Pengawas menerima uang\njasa paling banyak 35 % (tiga "
            "puluh lima per seratus)\ndari gaji Direksi.",
            ("gaji Direksi",),
            None,
        ),
        # "untuk setiap" before whom the amount is for (no unit): the amount of one
        (
            "Besaran tunjangan anak yaitu 2% (dua persen) dari gaji pokok untuk setiap anak.",
            ("gaji pokok",),
            None,
        ),
        # "setelah dikurangi" in a sentence that states its formula: a subtraction, what
        # remains of the operand before it
        (
            "Besaran pajak adalah nilai jual setelah dikurangi nilai jual tidak kena pajak.",
            ("nilai jual", "nilai jual tidak kena pajak"),
            "nilai jual - nilai jual tidak kena pajak",
        ),
        # … with no room after the last name for the bracket: read after the grammar
        (
            "Besaran pajak adalah tarif pajak dikalikan nilai jual setelah dikurangi nilai "
            "jual tidak kena pajak",
            ("tarif pajak", "nilai jual", "nilai jual tidak kena pajak"),
            "tarif pajak × (nilai jual - nilai jual tidak kena pajak)",
        ),
        (
            "Besaran denda ditetapkan paling rendah 15 % (lima belas persen) dari pajak "
            "terutang dikurangi terlebih dahulu dengan pajak yang telah dibayar",
            ("pajak terutang", "pajak yang telah dibayar"),
            "15% × (pajak terutang - pajak yang telah dibayar)",
        ),
        (
            "Besaran pajak adalah tarif pajak dikalikan dengan nilai jual setelah dikurangi "
            "dengan nilai jual tidak kena pajak.",
            ("tarif pajak", "nilai jual", "nilai jual tidak kena pajak"),
            "tarif pajak × (nilai jual - nilai jual tidak kena pajak)",
        ),
    ],
)
def test_the_families(text: str, variables: tuple[str, ...], canonical: str | None) -> None:
    formula = ikicalc.parse(text)
    assert tuple(formula.variables) == variables
    if canonical is not None:
        assert str(formula) == canonical


def test_a_name_after_deducting_in_a_formula_of_signs_stays_one() -> None:
    formula = ikicalc.parse("0,25 % x keuntungan bersih setelah dikurangi pajak")
    assert tuple(formula.variables) == ("keuntungan bersih setelah dikurangi pajak",)
