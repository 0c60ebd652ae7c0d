"""A legend whose entries are the formula's own lines written again over their definitions
(issue 14, cause 6; ``ikicalc/lang/term_lines.py``): batch 15's Dishub Jawa Timur IKU
(github.com/edoaurahman/webdishubjatim, public/template/assets/ekstra/IKU_2014-2019.pdf), and
the same layout with other names, plain or in mathematical italic, with ``:`` or without."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse

# jatim-dishub-iku-2014-2019-github#03
DISHUB_03 = (
    "Σ penguji tersedia\n𝑓(𝑥) = 𝑥 100%\nΣ 𝑝𝑒𝑛𝑔𝑢𝑗𝑖 𝑦𝑎𝑛𝑔 𝑑𝑖𝑏𝑢𝑡𝑢ℎ𝑘𝑎𝑛\nDengan :\nf(x) : Persentase "
    "pemenuhan SDM Penguji Kendaraan Bermotor\ndibandingkan kebutuhan.\nΣ penguji tersedia\n"
    "Jumlah seluruh penguji yang ada pada tahun evaluasi (pembantu\npenguji, penguji pemula, "
    "penguji tingkat satu, penguji tingkat\ndua, penguji tingkat tiga, penguji tingkat empat, "
    "penguji tingkat\nlima, Master)\nΣ 𝑝𝑒𝑛𝑔𝑢𝑗𝑖 𝑦𝑎𝑛𝑔 𝑑𝑖𝑏𝑢𝑡𝑢ℎ𝑘𝑎𝑛\nJumlah penguji yang "
    "dibutuhkan selama tahun renstra"
)
# jatim-dishub-iku-2014-2019-github#08
DISHUB_08 = (
    "waktu tempuh rill AKDP\n𝑓(𝑥) = 𝑥 100%\nwaktu tempuh sesuai KPS\nwaktu tempuh rill AKDP\n"
    "waktu tempuh rata – rata angkutan umum antar kota dalam provinsi\npada kondisi rill\n"
    "waktu tempuh sesuai KPS\nwaktu tempuh angkutan umum antar kota dalam provinsi yang\n"
    "ditetapkan pada Kartu Pengawasan untuk kendali pelayanan angkutan"
)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            DISHUB_03,
            (
                "Jumlah seluruh penguji yang ada pada tahun evaluasi (pembantu penguji, penguji "
                "pemula, penguji tingkat satu, penguji tingkat dua, penguji tingkat tiga, "
                "penguji tingkat empat, penguji tingkat lima, Master)",
                "Jumlah penguji yang dibutuhkan selama tahun renstra",
            ),
        ),
        (
            DISHUB_08,
            (
                "waktu tempuh rata – rata angkutan umum antar kota dalam provinsi pada kondisi "
                "rill",
                "waktu tempuh angkutan umum antar kota dalam provinsi yang ditetapkan pada "
                "Kartu Pengawasan untuk kendali pelayanan angkutan",
            ),
        ),
        (  # the same layout, other names, entries with ':'
            "jumlah desa mandiri\nCapaian = x 100%\njumlah desa\nDengan :\njumlah desa mandiri :"
            "\nJumlah desa yang berstatus mandiri\npada akhir tahun\njumlah desa :\nJumlah "
            "seluruh desa di kabupaten",
            ("Jumlah desa yang berstatus mandiri pada akhir tahun", "Jumlah seluruh desa di kabupaten"),
        ),
        (  # written in italic in the formula, plain in the legend
            "𝑅𝑒𝑎𝑙𝑖𝑠𝑎𝑠𝑖 𝑃𝐴𝐷\n𝑓(𝑥) = 𝑥 100%\n𝑇𝑎𝑟𝑔𝑒𝑡 𝑃𝐴𝐷\nRealisasi PAD\nPendapatan asli daerah "
            "yang diterima\nTarget PAD\nPendapatan asli daerah yang ditargetkan",
            ("Pendapatan asli daerah yang diterima", "Pendapatan asli daerah yang ditargetkan"),
        ),
    ],
)
def test_entries_that_repeat_the_formula_lines(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert str(formula).endswith("× 100%")
    assert parse(str(formula)) == formula


def test_a_definition_that_computes_leaves_the_formula_names() -> None:
    # the entry's definition is no name ("… dikurangi …"): the formula's own name stays
    text = (
        "Realisasi PAD\nf(x) = x 100%\nTarget PAD\nRealisasi PAD\nrealisasi dikurangi koreksi"
        "\nTarget PAD\nPendapatan asli daerah yang ditargetkan"
    )
    assert parse(text).variables[0] == "Realisasi PAD"
