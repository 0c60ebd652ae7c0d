"""The ways documents write a legend or prose around a formula: the forms the variant
benchmark (``benchmarks/variants_legends.py``) makes from a labelled formula.

A :class:`Base` is a labelled formula (variables, structure as over ``v1, v2 …``);
:func:`legend_variants` writes it in symbol form with a legend (introducers, legend lines,
legends on one line or before the formula, aliases, symbol spellings, forms seen in public
documents), :func:`prose_variants` with prose around it (preambles, targets, footnotes,
closing sentences, numbers in words), :func:`real_variants` a real cell as written and with
its line breaks lost. Each yields ``(kind, text)``.
"""

from __future__ import annotations

import ast as pyast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Base:
    """A labelled formula a variation is made from."""

    id: str
    variables: tuple[str, ...]
    structure: str
    percent: bool
    text: str | None = None  # the real cell, when the base is one


# --- rendering a structure ---------------------------------------------------------------

_SCALE = re.compile(r"\s*\*\s*(100|1000|10000|100000)\s*$")


def plain_structure(structure: str) -> bool:
    """Only ``+ - * /``, numbers and names: a structure that renders as a cell."""
    return "sum(" not in structure and "mean(" not in structure


def render(
    base: Base,
    names: tuple[str, ...],
    *,
    times: str = " x ",
    over: str = "/",
    scale: str = "x 100%",
) -> str:
    """The base's structure as a document writes it, with ``names`` for v1, v2 …"""
    structure = base.structure
    tail = ""
    found = _SCALE.search(structure)
    if found:
        structure = structure[: found.start()]
        number = found.group(1)
        if number == "100" and base.percent:
            tail = " " + scale
        else:
            tail = f" x {int(number):,}".replace(",", ".")
    tree = pyast.parse(structure, mode="eval").body
    return _render(tree, names, times, over, 0) + tail


_PRECEDENCE = {pyast.Add: 1, pyast.Sub: 1, pyast.Mult: 2, pyast.Div: 2}


def _render(node: pyast.AST, names: tuple[str, ...], times: str, over: str, outer: int) -> str:
    if isinstance(node, pyast.Name):
        return names[int(node.id[1:]) - 1]
    if isinstance(node, pyast.Constant):
        text = str(node.value)
        return text.replace(".", ",") if isinstance(node.value, float) else text
    if isinstance(node, pyast.UnaryOp):
        return "-" + _render(node.operand, names, times, over, 3)
    assert isinstance(node, pyast.BinOp)
    level = _PRECEDENCE[type(node.op)]
    sign = {pyast.Add: " + ", pyast.Sub: " - ", pyast.Mult: times, pyast.Div: over}[type(node.op)]
    right_level = level + 1 if isinstance(node.op, pyast.Sub | pyast.Div) else level
    text = (
        _render(node.left, names, times, over, level)
        + sign
        + _render(node.right, names, times, over, right_level)
    )
    return f"({text})" if level < outer else text


# --- symbols -------------------------------------------------------------------------------

_SMALL = {"yang", "yg", "dan", "di", "dari", "pada", "dalam", "untuk", "ke", "oleh", "atau"}


def acronym(name: str) -> str:
    """``Jumlah Keluarga Sehat`` → ``JKS``: the initials of a name's words."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _SMALL]
    return "".join(w[0].upper() for w in words[:4]) or "Q"


def _mixed(acronyms: list[str]) -> tuple[str, ...]:
    """Symbols as a capital and lower-case letters (``Jsk``, ``Bj``), each its own."""
    mixed: list[str] = []
    for symbol in acronyms:
        spelled = symbol[:1] + symbol[1:3].lower() if len(symbol) > 1 else symbol + "t"
        while spelled in mixed:
            spelled = spelled[:1] + chr(ord(spelled[1]) + 1) + spelled[2:]
        mixed.append(spelled)
    return tuple(mixed)


def symbol_sets(base: Base) -> dict[str, tuple[str, ...]]:
    """The ways documents spell the symbols of ``base``'s variables."""
    count = len(base.variables)
    letters = tuple("ABCDEFGH"[:count])
    acronyms: list[str] = []
    for name in base.variables:
        symbol = acronym(name)
        while symbol in acronyms:
            symbol += "X" if not symbol.endswith("X") else "2"
        acronyms.append(symbol)
    return {
        "letters": letters,
        "X1": tuple(f"X{i}" for i in range(1, count + 1)),
        "acronym": tuple(acronyms),
        "P_i": tuple(f"P_{i}" for i in range(1, count + 1)),
        "x1": tuple(f"x{i}" for i in range(1, count + 1)),
        "lower": tuple(s.lower() for s in letters),
        # a capital and lower-case letters (Kepmen: "Pdt = Ko x St", Perbup TPP: "Bj", "NT")
        "mixed": _mixed(acronyms),
    }


INTRODUCERS = {
    "Keterangan:": "Keterangan:",
    "Ket.": "Ket.",
    "Dimana:": "Dimana:",
    "di mana": "di mana",
    "dengan:": "dengan:",
    "dengan ketentuan": "dengan ketentuan:",
    "yang mana": "yang mana",
    "Catatan:": "Catatan:",
    "none": "",
}

LINES: dict[str, Callable[[int, str, str], str]] = {
    "A = …": lambda i, s, n: f"{s} = {n}",
    "A : …": lambda i, s, n: f"{s} : {n}",
    "A: …": lambda i, s, n: f"{s}: {n}",
    "A adalah …": lambda i, s, n: f"{s} adalah {n}",
    "- A = …": lambda i, s, n: f"- {s} = {n}",
    "• A = …": lambda i, s, n: f"• {s} = {n}",
    "a. A = …": lambda i, s, n: f"{'abcdefgh'[i]}. {s} = {n}",
    "1) A = …": lambda i, s, n: f"{i + 1}) {s} = {n}",
    "A = …;": lambda i, s, n: f"{s} = {n};",
    "A = …,": lambda i, s, n: f"{s} = {n},",
    "A = ….": lambda i, s, n: f"{s} = {n}.",
    "(A) = …": lambda i, s, n: f"({s}) = {n}",
    "$A$ = …": lambda i, s, n: f"${s}$ = {n}",
    "A – …": lambda i, s, n: f"{s} – {n}",
    "A<tab>… (table cells)": lambda i, s, n: f"{s}\t{n}",
    "• A … (no '=')": lambda i, s, n: f"• {s} {n}",  # Permendesa IDM: a bullet, no sign
    # said in other words, numbered with words (session 10: legends never seen)
    "A merupakan …": lambda i, s, n: f"{s} merupakan {n}",
    "A yaitu …": lambda i, s, n: f"{s} yaitu {n}",
    "A ialah …": lambda i, s, n: f"{s} ialah {n}",
    "1. A adalah …": lambda i, s, n: f"{i + 1}. {s} adalah {n}",
    "A = …. Note.": lambda i, s, n: f"{s} = {n}. Data dari laporan unit kerja.",
}

# mathematical italic as equation editors export it ("𝑃𝐷𝑅𝐵"; italic h is Planck's ℎ)
_ITALIC = {
    **{chr(ord("A") + k): chr(0x1D434 + k) for k in range(26)},
    **{chr(ord("a") + k): chr(0x1D44E + k) for k in range(26)},
    "h": "\u210e",
}


def _italic(symbol: str) -> str:
    return "".join(_ITALIC.get(char, char) for char in symbol)


def _subscript_digits(symbol: str) -> str:
    return symbol.translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _legend_lines(symbols: tuple[str, ...], names: tuple[str, ...], line: str) -> list[str]:
    make = LINES[line]
    return [make(i, s, n) for i, (s, n) in enumerate(zip(symbols, names, strict=True))]


def _in_formula(symbol: str) -> str:
    return symbol.upper() if symbol.islower() and len(symbol) == 1 else symbol


def legend_variants(base: Base) -> Iterator[tuple[str, str]]:
    """(kind, text) of the symbol form of ``base`` with a legend, as documents write it."""
    sets = symbol_sets(base)
    names = base.variables
    letters = sets["letters"]
    formula = render(base, letters)
    # introducers, each on its own line over `A = …` lines
    for key, header in INTRODUCERS.items():
        lines = [formula, *([header] if header else []), *_legend_lines(letters, names, "A = …")]
        yield f"intro {key}", "\n".join(lines)
        if header:
            yield (
                f"intro {key} (same line)",
                "\n".join([f"{formula} {header}", *_legend_lines(letters, names, "A = …")]),
            )
    # line styles under "Keterangan:"
    for line in LINES:
        yield (
            f"line {line}",
            "\n".join([formula, "Keterangan:", *_legend_lines(letters, names, line)]),
        )
    # symbol spellings
    for key, symbols in sets.items():
        shown = tuple(_in_formula(s) for s in symbols) if key == "lower" else symbols
        text = render(base, shown)
        yield (
            f"symbols {key}",
            "\n".join([text, "Dimana:", *_legend_lines(symbols, names, "A = …")]),
        )
    latex = render(base, sets["acronym"], times=r" \times ", scale=r"\times 100\%")
    yield (
        "symbols LaTeX $…$",
        "\n".join(
            [
                f"${latex}$",
                "Keterangan:",
                *[f"${s}$ = {n}" for s, n in zip(sets["acronym"], names, strict=True)],
            ]
        ),
    )
    # symbols as equation editors and web pages write them (session 10)
    italic = tuple(_italic(a) for a in sets["acronym"])
    yield (
        "symbols math italic",
        "\n".join([render(base, italic), "dimana:", *_legend_lines(italic, names, "A = …")]),
    )
    pieces = tuple(f"$P_{{{i}}}$" for i in range(1, len(names) + 1))
    yield (
        "symbols $P_{i}$ pieces",
        "\n".join(
            [
                render(base, pieces, over=" / "),
                "Keterangan:",
                *_legend_lines(pieces, names, "A adalah …"),
            ]
        ),
    )
    digits = tuple(_subscript_digits(f"X{i}") for i in range(1, len(names) + 1))
    yield (
        "symbols X₁",
        "\n".join([render(base, digits), "dengan:", *_legend_lines(digits, names, "A = …")]),
    )
    # all on one line
    items = _legend_lines(letters, names, "A = …")
    for word in ("merupakan", "yaitu", "ialah"):
        worded = [f"{s} {word} {n}" for s, n in zip(letters, names, strict=True)]
        yield (
            f"one line {word} … dan",
            f"{formula} dimana "
            + ", ".join(worded[:-1])
            + (f" dan {worded[-1]}" if len(worded) > 1 else worded[-1]),
        )
    numbered = [f"{i + 1}. {item}" for i, item in enumerate(items)]
    yield "one line numbered", f"{formula} Keterangan: " + " ".join(numbered)
    yield (
        "one line sentences",
        f"{formula} dimana "
        + " ".join(f"{item}." for item in items)
        + " Data bersumber dari laporan unit kerja.",
    )
    yield "one line ;", f"{formula} Keterangan: " + "; ".join(items)
    yield (
        "one line ,",
        f"{formula}, dimana "
        + ", ".join(items[:-1])
        + (f" dan {items[-1]}" if len(items) > 1 else items[-1]),
    )
    said = [f"{s} adalah {n}" for s, n in zip(letters, names, strict=True)]
    yield (
        "one line adalah … dan",
        f"{formula}, dimana "
        + ", ".join(said[:-1])
        + (f" dan {said[-1]}" if len(said) > 1 else said[-1]),
    )
    yield "one line dengan", f"{formula} dengan " + "; ".join(items) + "."
    # legend before the formula
    yield "before: maka", "; ".join(items) + f"; maka {formula}"
    yield "before: lines", "\n".join([*items, f"Rumus: {formula}"])
    # forms seen in public documents (batch-3 dev cells, web pages): "dimana," with a comma
    # (PP 55/2005), the label itself defined in the legend, definitions said with "adalah"
    # and closed by ";" under letters (Permen ESDM 19/2010), a definition that goes on over
    # the next line, a label before the formula
    yield "seen: dimana,", f"{formula} dimana, " + " ".join(items)
    label = acronym("Indeks " + " ".join(names))[:3] + "K"
    yield (
        "seen: label in legend",
        f"{label} = {formula} dimana: {label} = Indeks kinerja; " + ("; ".join(items)),
    )
    # the label's own entry first, with no introducer (Kepmen Pertanian: "Pdt = Ko x St" /
    # "Pdt = Produksi …" / "Ko = …")
    yield (
        "seen: label's entry first",
        "\n".join([f"{label} = {formula}", f"{label} = Indeks kinerja", *items]),
    )
    yield (
        "seen: a. A adalah …;",
        "\n".join(
            [
                formula,
                "dimana:",
                *[
                    f"{'abcdefgh'[i]}. {s} adalah {n};"
                    for i, (s, n) in enumerate(zip(letters, names, strict=True))
                ],
            ]
        ),
    )
    broken = [
        f"{s} = "
        + (" ".join(n.split()[:2]) + "\n" + " ".join(n.split()[2:]) if len(n.split()) > 3 else n)
        for s, n in zip(letters, names, strict=True)
    ]
    yield "seen: definition over two lines", "\n".join([formula, "Keterangan:", *broken])

    # a legend in brackets after the formula; a legend as a table's two columns (pdftotext)
    yield "seen: legend in brackets", f"{formula} (" + ", ".join(items) + ")"
    columns = [f"{s}{' ' * 6}{n}" for s, n in zip(letters, names, strict=True)]
    yield "seen: legend in columns, gap", "\n".join([formula, "Keterangan:", *columns])
    # free notes after the last entry (Renstra DKP Jabar): a new sentence whose subject names
    # again a noun of the entry, or a paragraph of its own; and the opposite, an entry whose
    # next line opens with a capital after a word that waits for more ("yang" / "Memiliki")
    nouns = [w for w in names[-1].split()[1:] if w.isalpha() and len(w) > 3 and w.islower()]
    if nouns:
        subject = f"{nouns[0].capitalize()} (diambil secara acak) berasal dari hasil uji"
        yield (
            "seen: note after legend, subject again",
            "\n".join([formula, "Keterangan :", *items, subject, "yang dilakukan ke pasar"]),
        )
    paragraph = ["Data dikumpulkan setiap triwulan dari laporan", "unit kerja di lingkungan dinas"]
    yield (
        "seen: note paragraph after legend",
        "\n".join([formula, "Keterangan :", *items, *paragraph]),
    )
    waiting = [
        f"{s} = " + re.sub(r"(?<= yang) (\w)", lambda m: "\n" + m.group(1).upper(), n, count=1)
        for s, n in zip(letters, names, strict=True)
    ]
    if any(" yang " in n for n in names):
        yield (
            "seen: entry goes on after 'yang', capitalised",
            "\n".join([formula, "Ket:", *waiting]),
        )
    terms = tuple(f"Nilai {a}" for a in sets["acronym"])  # "Toll Fee", "Margin SPBG" (ESDM)
    yield (
        "seen: terms in words, a. … adalah …;",
        "\n".join(
            [
                render(base, terms),
                "dimana:",
                *[
                    f"{'abcdefgh'[i]}. {t} adalah {n};"
                    for i, (t, n) in enumerate(zip(terms, names, strict=True))
                ],
            ]
        ),
    )
    yield (
        "seen: label = formula",
        "\n".join([f"Persentase capaian kinerja = {formula}", "Keterangan:", *items]),
    )
    # aliases in brackets after the names used later
    acronyms = sets["acronym"]
    alias_lines = [f"{n} ({s})" for s, n in zip(acronyms, names, strict=True)]
    yield "alias lines", "\n".join([*alias_lines, render(base, acronyms)])
    yield "alias one line", " ".join(alias_lines) + " " + render(base, acronyms)


def separate(text: str) -> str:
    """``text`` with its line breaks lost, as HTML extraction loses them."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


PREAMBLES = {
    "cara pengukuran … yaitu": "Cara pengukuran kinerjanya yaitu {f}",
    "dihitung dengan rumus": "Indikator ini dihitung dengan rumus {f}",
    "diperoleh dengan cara": "Nilai indikator diperoleh dengan cara {f}",
    "Rumus:": "Rumus: {f}",
    "rumus sebagai berikut:": "Indikator dihitung dengan rumus sebagai berikut:\n{f}",
    "definition sentence.": (
        "Indikator ini menggambarkan kinerja pelayanan kepada masyarakat.\nRumus: {f}"
    ),
    "Formulasi perhitungan:": "Formulasi perhitungan: {f}",
}
AFTER = {
    "= 100": "{f} = 100",
    "= 100%": "{f} = 100%",
    "sama dengan seratus": "{f} sama dengan seratus",
    "Target: 80%": "{f}\nTarget: 80%",
    "; target 80%": "{f}; target 80%",
    "footnote *": "{f}*",
    "footnote ***": "{f} ***",
    "footnote ¹": "{f}¹",
    "footnote line *)": "{f}\n*) data tahun berjalan",
    "Data bersumber dari …": "{f}.\nData bersumber dari laporan tahunan dinas.",
    "Satuan: persen": "{f}\nSatuan: persen",
    "(Sumber: …)": "{f} (Sumber: Laporan Dinas)",
    "final period": "{f}.",
}


def prose_variants(base: Base) -> Iterator[tuple[str, str]]:
    """(kind, text) of the named form of ``base`` with prose around it."""
    names = base.variables
    formula = render(base, names, over=" / ")
    for key, template in PREAMBLES.items():
        yield f"preamble {key}", template.format(f=formula)
    for key, template in AFTER.items():
        yield f"after {key}", template.format(f=formula)
    if base.percent and _SCALE.search(base.structure):
        yield (
            "words: dikalikan seratus persen",
            render(base, names, over=" dibagi ", scale="dikalikan seratus persen"),
        )
        yield "words: dikali 100 persen", render(base, names, over=" / ", scale="dikali 100 persen")
    if len(names) == 2 and base.structure.replace(" ", "") in {"v1/v2*100", "v1/v2"}:
        scale = " dikali 100%" if "100" in base.structure else ""
        yield (
            "merupakan perbandingan antara … dengan …",
            (f"Indikator ini merupakan perbandingan antara {names[0]} dengan {names[1]}{scale}"),
        )
    if len(names) == 2 and base.structure.replace(" ", "") == "v1/v2*100":
        said = f"{names[0]} dibagi {names[1]}"
        yield (
            "seen: sentence. (formula).",
            f"Persentase capaian kinerja layanan. ({said}, dikali 100%).",
        )
        yield (
            "seen: dan dinyatakan dalam persen",
            (
                f"Diperoleh dengan cara membagi {names[0]} dengan {names[1]} dan dinyatakan dalam "
                "satuan persen (%)."
            ),
        )
        yield (
            "seen: footnote mark + Keterangan *)",
            (f"{names[0]}* / {names[1]} x 100%\nKeterangan:\n*) data tahun berjalan"),
        )
    marked = render(base, tuple(f"{n}*" for n in names), over=" / ")
    yield "footnote marks on names", marked + "\n*) sesuai data dinas"


def real_variants(base: Base) -> Iterator[tuple[str, str]]:
    """The real cell as written, and with its line breaks lost."""
    assert base.text is not None
    yield "real as written", base.text
    if "\n" in base.text:
        yield "real joined", separate(base.text)
