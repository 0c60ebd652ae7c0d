"""Hypothesis strategies shared by the property tests: formulas, names, numbers, fragments."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from ikicalc.lang import ast
from ikicalc.lang.barless import two_quantities
from ikicalc.lang.formula import Formula

# Words as the documents write them (no operator words, no lone 'x').
WORDS = [
    "Jumlah",
    "PNS",
    "yang",
    "hadir",
    "pegawai",
    "surat",
    "GU/TU",
    "e-KTP",
    "RT/RW",
    "laporan",
    "tepat",
    "waktu",
    "hari",
    "kerja",
    "efektif",
    "Kecamatan",
    "Xenon",
    "dokumen",
    "sekurang-kurangnya",
    "kelurahan",
    "SKPD",
    "telepon/ internet",
    "Usulan",
    "Disetujui",
    "air,",
    "listrik",
]
names = st.builds(
    lambda first, rest: " ".join([first, *rest]).rstrip(","),
    st.sampled_from([w for w in WORDS if w[0].isalpha() and not w.endswith(",")]),
    st.lists(st.sampled_from([*WORDS, "75", "12"]), max_size=4),
).filter(
    lambda name: name.lower() not in {"jumlah", "jenis", "total", "volume", "banyaknya"}
    # 'Jumlah PNS Jumlah PNS' written plain is how a document writes a fraction whose bar was
    # lost (a guess, W110); the printer protects such a name (test_roundtrip)
    and not two_quantities(name)
)
decimals = st.decimals(
    min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False
)

leaves = st.one_of(
    st.builds(ast.Number, decimals),
    st.builds(ast.Percent, decimals),
    st.builds(ast.Variable, names),
    st.builds(ast.Sigma, st.builds(ast.Variable, names)),
)
list_names = names.filter(lambda name: "," not in name)
"""Names that can be items of ``rata-rata (A, B, C)`` (a list separates them by commas)."""


def _not_a_sum(expr: ast.Expr) -> bool:
    # 'rata-rata (A + B)' is refused as ambiguous, and 'rata-rata (A / B, C)' (an operation
    # on a name with commas) as a list of expressions: the grammar never builds those trees
    if isinstance(expr, ast.Binary) and expr.op in (ast.Op.ADD, ast.Op.SUB):
        return False
    return not any(
        isinstance(sub, ast.Binary)
        and any(
            isinstance(side, ast.Variable) and "," in side.name for side in (sub.left, sub.right)
        )
        for sub in ast.walk(expr)
    )


def folds(inner: st.SearchStrategy[ast.Expr]) -> st.SearchStrategy[ast.Expr]:
    """``Σ (…)``, ``rata-rata …`` over the rows, and ``rata-rata (A, B, …)`` (issue 14)."""
    return st.one_of(
        st.builds(lambda e: ast.Aggregate(ast.Fold.SUM, e), inner),
        st.builds(lambda e: ast.Aggregate(ast.Fold.MEAN, e), inner.filter(_not_a_sum)),
        st.builds(
            lambda items: ast.Mean(tuple(items)),
            st.lists(st.builds(ast.Variable, list_names), min_size=2, max_size=4),
        ),
    )


expressions = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(ast.Negate, inner),
        st.builds(ast.Binary, st.sampled_from(list(ast.Op)), inner, inner),
        folds(inner),
    ),
    max_leaves=12,
)
formulas = st.builds(
    Formula,
    expressions,
    label=st.none() | names,
    items=st.lists(names, max_size=3).map(tuple),
)


def reference(node: ast.Expr, data: dict[str, Fraction]) -> Fraction:
    """Independent evaluation with fractions.Fraction, for comparison."""
    if isinstance(node, ast.Number):
        return Fraction(node.value)
    if isinstance(node, ast.Percent):
        return Fraction(node.value) / 100
    if isinstance(node, ast.Variable):
        return data[node.name]
    if isinstance(node, ast.Sigma):
        return data[node.variable.name]
    if isinstance(node, ast.Negate):
        return -reference(node.operand, data)
    if isinstance(node, ast.Aggregate):  # one value per name: one row
        return reference(node.operand, data)
    if isinstance(node, ast.Mean):
        return sum((reference(item, data) for item in node.items), Fraction(0)) / len(node.items)
    left, right = reference(node.left, data), reference(node.right, data)
    return {
        ast.Op.ADD: lambda: left + right,
        ast.Op.SUB: lambda: left - right,
        ast.Op.MUL: lambda: left * right,
        ast.Op.DIV: lambda: left / right,
    }[node.op]()


def variable_names(expr: ast.Expr) -> set[str]:
    """The names of the variables of ``expr`` (also those under Σ)."""
    return {node.name for node in ast.walk(expr) if isinstance(node, ast.Variable)}


# Pieces of the notations the formula, scale and target grammars read, for text that is
# close enough to the languages to get past the first character.
FRAGMENTS = [
    "\\frac{",
    "}{",
    "}",
    "{",
    "\\text{",
    "\\times",
    "\\cdot",
    "\\div",
    "\\sum",
    "Σ (",
    "rata-rata ",
    "rata-rata (",
    "nilai rata-rata dari ",
    "rerata ",
    "\\operatorname{rata-rata}",
    ", ",
    "\\%",
    "\\ ",
    "\\left(",
    "\\right)",
    "\\sqrt{",
    "$",
    "Σ",
    "∑",
    "×",
    "÷",
    "−",
    "–",
    "≤",
    "≥",
    "<",
    ">",
    "%",
    "100%",
    "100 %",
    " persen",
    " x ",
    " X ",
    "*",
    " / ",
    "/",
    " - ",
    "-",
    " + ",
    "(",
    ")",
    "[",
    "]",
    "<u>",
    "</u>",
    "<p>",
    " berbanding ",
    " dibagi dengan ",
    "Jumlah ",
    "PNS",
    " yang hadir",
    " yg ",
    "Jenis",
    "Tingkat ",
    " = ",
    ": ",
    "1. ",
    "2. ",
    "- ",
    "• ",
    "0",
    "7",
    "0,5",
    "81,35",
    "1.250,5",
    "1.000.000",
    "_____",
    "…",
    ";",
    ",",
    "&",
    "GU/TU",
    "e-KTP",
    " s.d. ",
    " ke atas",
    " ke bawah",
    "di atas ",
    "kurang dari ",
    "minimal ",
    "Sangat Baik",
    "Baik",
    "(A)",
    "Rp ",
    " ribu",
    " miliar",
    " dari ",
    " jenis",
    " bulan",
    " (dua puluh sembilan)",
    "Target ",
    "\n",
    "\t",
    "\x00",
    "\ufeff",
    "\u00a0",
    "\ud800",
]
fragment_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)
"""Text built from pieces of the notations."""

any_texts = st.text(alphabet=st.characters(exclude_categories=()), max_size=200)
"""Any text: every code point, control characters and lone surrogates included."""

texts = st.one_of(any_texts, fragment_texts, st.lists(fragment_texts | any_texts).map("".join))
"""Any text, or text made of pieces of the notations, or a mix of both."""
