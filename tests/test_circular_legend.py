"""A legend whose definition holds the cell itself: the reader asks once, never forever.

Found by the variant benchmark (a generated cell of the ``(ALIAS) … ALIAS/ALIAS`` family):
deciding whether a legend's definition is one name parsed that definition, whose own legend
asked the same question again, until Python's recursion limit.
"""

from __future__ import annotations

import pytest

import ikicalc
import ikicalc.lang.parser as parse_module
from ikicalc.errors import IkiError

CIRCULAR = (
    "Ibu hamil dengan risiko kurang energi kronis (KEK) yang ditandai dengan ukuran Lingkar "
    "Lengan Atas (LiLA) kurang dari 23,5 cm (IHDR) jumlah ibu hamil yang ada (JIHA) IHDR/JIHA"
)


@pytest.mark.parametrize(
    "text",
    [
        CIRCULAR,
        CIRCULAR.replace("IHDR", "PKT").replace("JIHA", "JPT"),
        "Jumlah desa yang dibina (JDB) jumlah desa yang ada (JDA) JDB/JDA (JDB) JDB",
    ],
)
def test_a_circular_legend_is_read_or_refused_never_a_recursion_error(text: str) -> None:
    try:
        formula = ikicalc.parse(text)
    except IkiError:
        return  # refused with a message: fine
    assert formula.variables
    assert ikicalc.parse(str(formula)) == formula


def test_the_reading_does_not_depend_on_what_was_read_before() -> None:
    first = ikicalc.parse(CIRCULAR)
    parse_module.parse.cache_clear()
    inner = CIRCULAR[: CIRCULAR.index(" IHDR/JIHA")]
    ikicalc.parse(inner)
    assert ikicalc.parse(CIRCULAR) == first
