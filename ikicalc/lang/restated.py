"""What a cell says twice, and a qualifier after the whole formula: set aside.

Indonesian writing restates a figure in brackets (``dikalikan seratus persen (100%)``,
``dikali seribu (1.000)``: the words, then the digits; the other order, ``100 (seratus)
persen``, is :func:`ikicalc.lang.prose.furniture`'s), and a quantity's qualifier that the
sentence already said in an explanation (``… membagi jumlah angkatan kerja yaitu penduduk
usia 15 tahun ke atas … dengan total penduduk usia kerja (15 tahun ke atas), kemudian …``,
BPS Bandung Barat). A bracket of an age or a period after the scale that ends the formula
(``… dikali 100% (0-59 bulan)``) qualifies the whole, not a quantity. Read once, each is set
aside: the figure in words stays (the layout writes it in digits), the bracket is blanked.

Each function works on the cell's characters in place and keeps the text's length (see
:mod:`ikicalc.lang.layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ikicalc.lang.layout_cues import blank, operator
from ikicalc.names import names_data
from ikicalc.patterns import compiled, lazy

__all__ = ["restated"]


@cache
def _figure_said() -> re.Pattern[str]:
    words = [str(w) for w in names_data()["layout"]["number_words"]]
    said = "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in words), key=len)[::-1])
    return compiled(
        r"(?i)\b(?:" + said + r")(?:[ \t]+persen)?[ \t]*(?P<bracket>\([ \t]*\d[\d.,]*[ \t]*"
        r"(?:%|persen)?[ \t]*\))"
    )


# a qualifier in brackets: an age, a range, a period ("(15 tahun ke atas)", "(0-59 bulan)")
_QUALIFIER = (
    r"\([ \t]*(?P<inside>\d[\d.,]*(?:[ \t]*[-–][ \t]*\d[\d.,]*)?[ \t]+[^()\n]{2,40}?)[ \t]*\)"
)
# after the scale that ends the formula: "… dikali 100% (0-59 bulan)."
_AFTER_SCALE = lazy(r"(?i)(?:%|\bpersen)[ \t]*(?P<bracket>" + _QUALIFIER + r")[ \t]*\.?[ \t]*$")
# at the end of an operand, before what goes on with the formula
_BEFORE_NEXT = lazy(
    r"(?i)(?<=[^\W\d_])[ \t]*(?P<bracket>" + _QUALIFIER + r")(?=[ \t]*,?[ \t]*(?:kemudian|lalu"
    r"|selanjutnya|dan|di[ \t]*kali|kali|dibagi|[×*xX/÷])\b|[ \t]*,?[ \t]*[×*/÷])"
)


# an explanation of a term inside the sentence: "jumlah angkatan kerja yaitu penduduk usia …"
_EXPLAINED = lazy(r"(?i)\b(?:yaitu|yakni|ialah|adalah)\b")


def restated(chars: list[str]) -> None:
    """Set aside what the cell says twice and a qualifier after the whole formula (see the
    module)."""
    text = "".join(chars)
    if "(" not in text:
        return
    if re.search(r"(?i)se(?:ratus|ribu|puluh)|juta", text):
        for found in _figure_said().finditer(text):  # "dikali seratus persen (100%)"
            if operator().search(text, 0, found.start()):
                blank(chars, *found.span("bracket"))
    ends = _AFTER_SCALE.search(text)
    if ends and operator().search(text, 0, ends.start()):  # "… x 100% (0-59 bulan)"
        blank(chars, *ends.span("bracket"))
    for found in _BEFORE_NEXT.finditer(text):  # "(15 tahun ke atas), kemudian …"
        inside = " ".join(found.group("inside").split()).lower()
        explained = _EXPLAINED.search(text, 0, found.start())
        earlier = (
            " ".join(text[explained.end() : found.start()].split()).lower() if explained else ""
        )
        if inside in earlier:  # said in the explanation before: the bracket restates it
            blank(chars, *found.span("bracket"))
