"""Variant benchmark of the sentences around a formula's operands (issue 14, causes 1 and 8;
session 19).

    python benchmarks/variants_asides.py [--half work|fresh|all] [--show-failures] [--family F]

Three ways a sentence wraps its operands, each generated from the grammatical CLASS it belongs
to (not from the words of the cells that showed it):

* list markers and references: every enumerator Indonesian documents open an item with
  (``a)``, ``b.``, ``1)``, ``(1)``, ``(i)``, ``ii.``, ``-``, ``•`` …), every noun that cites an
  item (``butir``, ``huruf``, ``angka``, ``ayat``, ``nomor``, ``poin``, ``pasal``) with an
  enumerator closed alone inside a name, a reference in brackets kept in its name (``(lihat
  hal. 46)``), and the formula restated in symbols in brackets after the sentence says it
  (``(yaitu IA = 50/N)``: Kepka BAPETEN 4/1999);
* a clause after the last operand: the subordinating conjunctions of Indonesian grammar (time,
  condition, supposition, purpose, concession, comparison, cause, result, manner), after a
  comma or not (only those that never open a phrase inside a name go without one), and ``dan
  <noun> lainnya`` (PP 7/2000, PP 32/1957, UU 18/2001 …);
* the nouns of an operation (difference, sum, product, quotient, ratio, mean, proportion,
  percentage) by every way Indonesian joins their two operands (``antara A dan B``, ``antara A
  dengan B``, ``A dengan B``, ``A dan B``, ``dari A dan B``, ``A terhadap B``), after a copula
  or a verb of deriving or not.

Operands are names of quantities from the labels of the development cells (in lower case as
sentences write them). Every pool item and every template falls into a half by its text, salt ``asides19``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
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

SALT = "asides19"
PER_TEMPLATE = 10
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|serta|dengan|dari|antara|terhadap|oleh|dikali\w*|dibagi|ditambah"
    r"|dikurangi|kali|per|rata|sebesar|setelah|sesudah|sama|adalah|merupakan|yang|yg|untuk"
    r"|jumlah\s*$|total\s*$|di\w+kan|di\w+i|me\w+|selisih|rasio|perbandingan|proporsi"
    r"|persentase|hasil|lainnya|sesuai|jika|bila|apabila)\b|\d"
)


@cache
def names() -> list[str]:
    """Names of quantities from the labels of the development cells, in lower case (no
    abbreviation, no digit, no operator word, no word this benchmark joins with)."""
    return lower_case_names(5, _NOT_IN_NAME)


# --- (a) list markers and references ------------------------------------------------------
# every enumerator that opens a list's item (letters, numbers, roman numerals; closed by a
# bracket, bracketed, with a period; and the bullets)
MARKERS = [
    "a)", "b)", "c)", "d)", "a.", "b.", "c.", "1)", "2)", "3)", "1.", "2.", "3.", "(1)", "(2)",
    "(3)", "(a)", "(b)", "(c)", "(i)", "(ii)", "(iii)", "i.", "ii.", "iii.", "iv.", "i)", "ii)",
    "-", "•", "–", "▪", "●", "A.", "B.",
]  # fmt: skip
# every noun that cites an item or a part of a regulation, with an enumerator closed alone
CITED = [
    "butir a)", "butir b)", "butir 2)", "huruf a)", "huruf c)", "angka 1)", "angka 3)", "poin b)",
    "poin 4)", "nomor 2)", "butir i)", "huruf ii)", "ayat 2)", "sub butir c)", "angka 5)",
    "butir d)",
]  # fmt: skip
# the clause that cites it, after the operand's name
CITING = [
    "yang diuraikan dalam", "sebagaimana dimaksud dalam", "sebagaimana disebut pada",
    "yang dihitung menurut", "yang ditetapkan dalam", "seperti tercantum pada",
]  # fmt: skip
# references in brackets after a name: part of the name as the document writes it
REFERENCES = [
    "(lihat hal. 46)", "(lihat Tabel 3)", "(lihat Lampiran II)", "(vide Pasal 12)",
    "(lihat halaman 7)", "(lihat Bab IV)", "(bandingkan Pasal 4)", "(lihat Gambar 2)",
]  # fmt: skip
# the words that say the same again (appositive and explanatory conjunctions)
RESTATING = ["yaitu", "yakni", "atau", "dengan kata lain", "artinya", "ialah", "alias"]
SYMBOLS = ["IA", "NK", "TR", "Q", "FK", "RS", "HP", "IK", "P"]
# whom or what a sentence of a regulation's list is for, closed by a comma
PURPOSES = [
    "Untuk tangki", "Untuk bungkusan yang tidak dikemas", "Bagi kendaraan umum",
    "Untuk wajib pajak badan", "Bagi peserta yang terdaftar", "Untuk zat radioaktif bentuk khusus",
    "Untuk kegiatan di luar kawasan", "Bagi usaha mikro dan kecil",
]  # fmt: skip
OPERATIONS = [("dikalikan dengan", "*"), ("dibagi dengan", "/"), ("ditambah dengan", "+"),
              ("dikurangi dengan", "-"), ("harus dikalikan dengan", "*"), ("dibagi", "/")]  # fmt: skip
VERBS = [("membagi", "dengan", "/"), ("mengalikan", "dengan", "*"), ("menjumlahkan", "dengan", "+"),
         ("mengurangkan", "dengan", "-")]  # fmt: skip
LEADS = [
    "dihitung dengan cara", "diperoleh dengan jalan", "harus diperoleh dengan jalan",
    "ditentukan dengan cara", "didapat dengan",
]


class Draw(NamedDraw):
    salt = SALT
    pool = names


Template = Callable[[Draw], Made]


def _restated(d: Draw) -> str:
    symbol, one, two = d.sample(SYMBOLS, 3)
    sign = d.pick(["/", "x", "+"])
    return f"({d.pick(RESTATING)} {symbol} = {one} {sign} {two})"


def _listed(shape: str) -> Template:
    """``shape`` over a marker ``{m}``, a purpose ``{U}``, a cited item ``{c}``, its clause
    ``{C}``, a reference ``{r}``, a restatement ``{R}``, two names and an operation."""

    def make(d: Draw) -> Made:
        a, b = d.names(2)
        word, sign = d.pick(OPERATIONS)
        verb, joiner, verb_sign = d.pick(VERBS)
        cited = f"{d.pick(CITING)} {d.pick(CITED)}"
        reference = d.pick(REFERENCES)
        text = shape.format(
            m=d.pick(MARKERS), U=d.pick(PURPOSES), c=cited, r=reference, R=_restated(d), a=a,
            b=b, op=word, v=verb, j=joiner, L=d.pick(LEADS),
        )  # fmt: skip
        first = f"{a} {cited}" if "{a} {c}" in shape else a
        second = f"{b} {cited}" if "{b} {c}" in shape else f"{b} {reference}" if "{b} {r}" in shape else b
        structure = f"v1 {verb_sign if '{v}' in shape else sign} v2"
        return text, [first, second], structure

    return make


def _markers() -> Iterator[tuple[str, Template]]:
    yield "marker", _listed("{m} {a} {op} {b}.")
    yield "marker purpose", _listed("{m} {U}, {a} {op} {b}.")
    yield "marker cited", _listed("{m} {a} {c} {op} {b}.")
    yield "cited first", _listed("{a} {c} {op} {b}.")
    yield "cited second", _listed("{a} {op} {b} {c}.")
    yield "purpose cited", _listed("{U}, {a} {c} {op} {b}.")
    yield "reference", _listed("{a} {op} {b} {r}.")
    yield "marker reference", _listed("{m} {a} {c} {op} {b} {r}.")
    yield "restated verb", _listed("{m} Nilai itu {L} {v} {a} {j} {b} {R}.")
    yield "restated", _listed("{a} {op} {b} {R}.")
    yield "restated cited", _listed("Nilai itu {L} {v} {a} {j} {b} {c} {R}.")
    yield "restated line", _listed("{m} Nilai itu {L} {v} {a}\n{j} {b} {R}.")


# --- (b) a clause after the last operand --------------------------------------------------
# the subordinating conjunctions of Indonesian grammar by class, and the clause openers of a
# stipulation or a source; after a comma every one closes the formula
AFTER_COMMA = [
    # time
    "sejak", "ketika", "sewaktu", "tatkala", "selama", "sebelum", "setelah", "sesudah", "hingga",
    "sampai",
    # condition, supposition
    "jika", "apabila", "bila", "kalau", "asalkan", "manakala", "seandainya", "sekiranya",
    # purpose, concession
    "agar", "supaya", "meskipun", "walaupun", "biarpun", "kendatipun", "sekalipun",
    # comparison, cause, result
    "sebagaimana", "seolah-olah", "karena", "sebab", "sehingga", "maka",
    # contrast, stipulation, source
    "sedangkan", "padahal", "kecuali", "dengan ketentuan", "dengan syarat", "berdasarkan",
    "menurut", "sesuai dengan", "yang kemudian", "dan selanjutnya",
]  # fmt: skip
# those that never open a phrase inside a name: they close it with no comma
WITHOUT_COMMA = [
    "sedangkan", "sehingga", "agar", "supaya", "apabila", "jika", "meskipun", "walaupun",
    "dengan ketentuan", "dengan syarat", "dengan pembulatan", "kecuali apabila", "padahal",
    "sesuai dengan ketentuan",
]  # fmt: skip
# what such a clause says (a subject and its predicate, or a stipulation's object)
CLAUSE_BODIES = [
    "hasilnya dibulatkan ke atas", "nilainya tidak melebihi batas tertinggi",
    "kewajiban tersebut telah dipenuhi", "ditetapkan oleh Menteri", "hasil perhitungan digenapkan",
    "paling sedikit Rp500.000,00 (lima ratus ribu rupiah)", "data tahun berjalan belum tersedia",
    "peraturan perundang-undangan yang berlaku", "ke bilangan bulat terdekat",
    "sisanya disetorkan ke kas daerah", "dilaporkan setiap triwulan",
    "pembayaran dilakukan sekaligus",
]  # fmt: skip
# "dan <noun> lainnya": other things besides the last operand, not computed
OTHERS = [
    "hak lainnya", "tunjangan lainnya", "biaya lainnya", "penerimaan lainnya",
    "kewajiban lainnya", "fasilitas lainnya", "penghasilan lain-lain", "hak-hak lainnya",
]  # fmt: skip
SUBJECTS = [
    "pengusaha wajib membayar pesangon sebesar", "kepada pegawai diberikan uang duka sebesar",
    "besarnya kompensasi ditetapkan sebesar", "denda dikenakan sebesar",
    "tunjangan yang diterima sebesar",
]  # fmt: skip
COUNTS = [("2 (dua) kali", "2"), ("3 (tiga) kali", "3"), ("6 (enam) kali", "6"), ("dua kali", "2")]


def _clause(shape: str) -> Template:
    """``shape`` over two names, an operation, a clause after a comma ``{K}`` or without one
    ``{k}``, other things ``{o}``, a subject ``{S}`` and a count ``{n}``."""

    def make(d: Draw) -> Made:
        a, b = d.names(2)
        word, sign = d.pick(OPERATIONS)
        count, number = d.pick(COUNTS)
        if "{o}" in shape:  # other things after a product or a ratio (after a sum: one more term)
            word, sign = d.pick([o for o in OPERATIONS if o[1] in "*/"])
        text = shape.format(
            a=a, b=b, op=word, K=f", {d.pick(AFTER_COMMA)} {d.pick(CLAUSE_BODIES)}",
            k=f" {d.pick(WITHOUT_COMMA)} {d.pick(CLAUSE_BODIES)}", o=d.pick(OTHERS),
            S=d.pick(SUBJECTS), n=count,
        )  # fmt: skip
        if "{n}" in shape:
            return text, [a], f"{number} * v1"
        return text, [a, b], f"v1 {sign} v2"

    return make


def _clauses() -> Iterator[tuple[str, Template]]:
    yield "comma clause", _clause("{a} {op} {b}{K}.")
    yield "clause", _clause("{a} {op} {b}{k}.")
    yield "others", _clause("{a} {op} {b} dan {o}.")
    yield "others clause", _clause("{a} {op} {b} dan {o}{k}.")
    yield "others comma clause", _clause("{a} {op} {b} dan {o}{K}.")
    yield "count others", _clause("{S} {n} {a} dan {o}.")
    yield "count others clause", _clause("{S} {n} {a} dan {o}{k}.")
    yield "count clause", _clause("{S} {n} {a}{K}.")
    yield "count bare clause", _clause("{S} {n} {a}{k}.")
    yield "serta others", _clause("{a} {op} {b} serta {o}{K}.")


# --- (c) the nouns of an operation and how their operands are joined ----------------------
# noun → (structure, the joins it takes: "antara A dan B" …)
JOINS_ALL = ["antara {a} dan {b}", "antara {a} dengan {b}", "{a} dengan {b}", "{a} dan {b}",
             "dari {a} dan {b}"]  # fmt: skip
NOUNS: list[tuple[str, str, list[str]]] = [
    ("selisih", "v1 - v2", [*JOINS_ALL, "{a} terhadap {b}"]),
    ("perbedaan", "v1 - v2", JOINS_ALL[:4]),
    ("penjumlahan", "v1 + v2", JOINS_ALL),
    ("hasil penjumlahan", "v1 + v2", JOINS_ALL),
    ("perkalian", "v1 * v2", JOINS_ALL),
    ("hasil kali", "v1 * v2", JOINS_ALL),
    ("hasil perkalian", "v1 * v2", JOINS_ALL),
    ("pembagian", "v1 / v2", ["{a} dengan {b}", "antara {a} dengan {b}", "{a} oleh {b}"]),
    ("hasil bagi", "v1 / v2", ["{a} dengan {b}", "antara {a} dengan {b}", "{a} terhadap {b}"]),
    ("hasil pembagian", "v1 / v2", ["{a} dengan {b}", "antara {a} dengan {b}"]),
    ("perbandingan", "v1 / v2", [*JOINS_ALL[:3], "{a} terhadap {b}"]),
    ("rasio", "v1 / v2", [*JOINS_ALL[:3], "{a} terhadap {b}"]),
    ("nisbah", "v1 / v2", ["antara {a} dengan {b}", "{a} terhadap {b}"]),
    ("proporsi", "v1 / v2", ["{a} terhadap {b}"]),
    ("rata-rata", "(v1 + v2) / 2", ["{a} dan {b}", "dari {a} dan {b}", "antara {a} dan {b}"]),
    ("nilai rata-rata", "(v1 + v2) / 2", ["{a} dan {b}", "dari {a} dan {b}"]),
    ("rerata", "(v1 + v2) / 2", ["{a} dan {b}", "dari {a} dan {b}"]),
]
# what stands before the noun: nothing, a copula, a verb of deriving, a title and a copula
OPENERS = [
    "", "merupakan ", "adalah ", "dihitung dari ", "diperoleh dari ", "Nilai ini merupakan ",
    "Indikator ini dihitung dari ", "Capaian dihitung berdasarkan ", "Angka ini adalah ",
    "dihitung dengan menghitung ", "yaitu ",
]  # fmt: skip


def _operation(with_tail: bool) -> Template:
    def make(d: Draw) -> Made:
        a, b = d.names(2)
        noun, structure, joins = d.pick(NOUNS)
        opener = d.pick(OPENERS)
        said = f"{noun} {d.pick(joins).format(a=a, b=b)}"
        if not opener:
            said = said[0].upper() + said[1:]
        tail = f", {d.pick(AFTER_COMMA)} {d.pick(CLAUSE_BODIES)}" if with_tail else ""
        return f"{opener}{said}{tail}.", [a, b], structure

    return make


def _operations() -> Iterator[tuple[str, Template]]:
    for number in range(6):
        yield f"noun joined {number}", _operation(with_tail=False)
    for number in range(4):
        yield f"noun joined then clause {number}", _operation(with_tail=True)


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "markers and references (1, 8)": _markers,
    "clause after the operands (8)": _clauses,
    "operation nouns (1, 7)": _operations,
}


BENCHMARK = TemplateBenchmark("asides", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
