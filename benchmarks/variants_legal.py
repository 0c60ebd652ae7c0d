"""Variant benchmark of where a quantity's name starts and ends in a regulation's sentence
(issue 14, causes 1 and 8; session 18).

    python benchmarks/variants_legal.py [--half work|fresh|all] [--show-failures] [--family F]

Recomposes the shapes of the legal sentences of batch 25 read cold (UU 29/1964 ``(2) Atas
surat-surat obligasi yang telah terundi … dibayarkan harga nominal dikalikan dengan sejumlah
presentase, yang …``; UU 9/1976 ``Pasal 38 Membujuk anak … diancam dengan pidana … ditambah
dengan sepertiganya``; PP 35/1985 ``… memperoleh wakil sejumlah angka bulat setelah A dibagi
dengan B, sedangkan …``; PP 19/1977, PP 12/1981 ``… maka kepada ahli warisnya diberikan
tunjangan kematian sebesar …``; UU 8/2015) with other subjects, other predicates and other
names (drawn from the labels of the development cells, in lower case as regulations write
them):

* the subject (whom or what the sentence is about, a relative clause or a reference after it),
  the predicate (a verb of giving, imposing or obtaining: di- or me(N)-), then the operation;
* the object is the result and a conjunction of time opens the operation (``memperoleh … setelah
  A dibagi dengan B``);
* a condition and ``maka`` before the subject; a clause of the sentence after the last operand.

Every pool item (subjects, predicates, results, clauses) and every template falls into one of
two halves by a hash of its text (``tests.public_scoring.pool_half``, salt ``legal18``): rules
are drawn from the ``work`` half only; the ``fresh`` half is the honest figure (read once
before, once after).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, NamedDraw, command, lower_case_names  # noqa: E402
from tests.public_scoring import TemplateBenchmark, halves  # noqa: E402

SALT = "legal18"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata"
    r"|sebesar|setelah|sesudah|sama|adalah|yang|yg|jumlah\s*$|total\s*$|di\w+kan|di\w+i|me\w+)\b"
    r"|\d"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells, in lower case (no
    abbreviation, no digit, no operator word, no verb)."""
    return lower_case_names(5, _NOT_IN_NAME)


# whom or what the sentence is about: a noun phrase, a relative clause or a reference after it
SUBJECTS = [
    "Atas surat-surat berharga yang telah jatuh tempo sebagaimana dimaksud dalam ayat (1)",
    "Kepada ahli waris pejabat yang meninggal dunia dalam menjalankan tugas",
    "Pegawai negeri sipil yang diberhentikan dengan hormat karena mencapai batas usia",
    "Setiap orang yang dengan sengaja melanggar ketentuan sebagaimana dimaksud dalam Pasal 5",
    "Wajib pajak yang terlambat menyampaikan surat pemberitahuan tahunan",
    "Anggota dewan yang berhenti sebelum masa jabatannya berakhir",
    "Badan usaha milik daerah yang tidak memenuhi kewajiban penyetoran",
    "Kepada janda atau duda pensiunan yang sah menurut catatan instansi",
    "Penyelenggara pos yang lalai mengirimkan laporan berkala",
    "Pemegang izin usaha pertambangan yang menghentikan kegiatan operasi produksi",
    "Kepada pemilik tanah yang haknya dicabut untuk kepentingan umum",
    "Koperasi simpan pinjam yang terdaftar pada dinas kabupaten",
    "Pejabat negara yang tidak sampai satu periode akibat ketentuan Pasal 201",
    "Kepada tenaga honorer yang telah bekerja lebih dari lima tahun",
    "Perusahaan angkutan yang kapalnya musnah atau tenggelam",
    "Terhadap barang impor yang tidak dilengkapi dokumen pabean",
]
# the predicate: a verb of giving, paying, imposing (di-), with its "dengan" or not
PASSIVES = [
    "dibayarkan", "diberikan", "dikenakan", "diancam dengan", "dibebankan", "diserahkan",
    "dikenai", "diberi", "dipungut", "ditagihkan", "diganjar dengan", "dihukum dengan",
]
# a predicate of obtaining (me(N)-), its object the result
ACTIVES = ["memperoleh", "menerima", "mendapat", "mendapatkan", "menanggung", "membayar"]
RESULTS = [
    "wakil sejumlah angka bulat", "tambahan kursi sebanyak bilangan bulat",
    "bagian yang besarnya", "tunjangan sejumlah hasil", "kompensasi sebanyak sisa",
    "jatah sejumlah bilangan",
]
# what a passive predicate gives or imposes, its amount said after "sebesar"
AMOUNT_NOUNS = [
    "tunjangan kematian", "uang duka", "kompensasi uang", "pesangon", "denda administratif",
    "imbalan jasa", "ganti rugi", "uang pesangon tambahan",
]
# a condition before "maka", the sentence's
CONDITIONS = [
    "Apabila penerima pensiun meninggal dunia", "Dalam hal pelanggaran dilakukan berulang",
    "Jika kewajiban tidak dipenuhi dalam jangka waktu yang ditentukan",
    "Apabila terjadi pemutusan hubungan kerja oleh pengusaha",
    "Dalam hal perusahaan dinyatakan pailit", "Bilamana izin dicabut sebelum masa berlakunya",
]
# a clause of the sentence after the last operand
CLAUSES = [
    ", yang ditetapkan oleh Menteri Keuangan", ", dengan ketentuan paling banyak Rp 10.000.000,00",
    " sesuai dengan ketentuan peraturan perundang-undangan", ", sedangkan sisanya disetor ke kas negara",
    ", yang kemudian dibulatkan ke atas", " dengan pembulatan ke bawah",
    ", paling lama 30 (tiga puluh) hari", " agar dapat dipertanggungjawabkan",
]
OPENINGS = ["", "(2) ", "(1) ", "(6) ", "Pasal 38 "]
OPERATIONS = [("dikalikan dengan", "*"), ("ditambah dengan", "+"), ("dibagi dengan", "/"),
              ("dikalikan", "*"), ("dikurangi dengan", "-"), ("dibagi", "/")]  # fmt: skip


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _template(shape: str) -> Template:
    """A template: ``shape`` over an opening ``{o}``, a subject ``{S}``, a passive predicate
    ``{P}`` and what it gives ``{N}``, an active one ``{A}`` and its result ``{R}``, a condition ``{C}``, a clause after
    ``{K}``, two names ``{a} {b}`` and an operation ``{op}``; the structure ``v1 op v2``."""

    def make(d: Draw) -> Made:
        a, b = d.names(2)
        word, sign = d.pick(OPERATIONS)
        subject = d.pick(SUBJECTS)
        if "{C}" in shape:  # "…, maka kepada ahli waris …": inside the sentence, lower case
            subject = subject[0].lower() + subject[1:]
        text = shape.format(
            o=d.pick(OPENINGS), S=subject, P=d.pick(PASSIVES), A=d.pick(ACTIVES),
            R=d.pick(RESULTS), N=d.pick(AMOUNT_NOUNS), C=d.pick(CONDITIONS), K=d.pick(CLAUSES), a=a, b=b, op=word,
        )  # fmt: skip
        return text, [a, b], f"v1 {sign} v2"

    return make


def _predicates() -> Iterator[tuple[str, Template]]:
    yield "passive", _template("{o}{S} {P} {a} {op} {b}.")
    yield "passive clause", _template("{o}{S} {P} {a} {op} {b}{K}.")
    yield "condition passive", _template("{o}{C}, maka {S} {P} {a} {op} {b}.")
    yield "passive no mark", _template("{S} {P} {a} {op} {b}{K}.")


def _results() -> Iterator[tuple[str, Template]]:
    yield "active after", _template("{o}{S} {A} {R} setelah {a} {op} {b}.")
    yield "active after clause", _template("{o}{S} {A} {R} setelah {a} {op} {b}{K}.")
    yield "active sesudah", _template("{o}{S} {A} {R} sesudah {a} {op} {b}.")
    yield "passive amount", _template("{o}{S} {P} {N} sebesar {a} {op} {b}{K}.")


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "predicate opens (1, 8)": _predicates,
    "result then operation (1, 8)": _results,
}


BENCHMARK = TemplateBenchmark("legal", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
