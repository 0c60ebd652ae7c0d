"""What a formula may say that IKI formulas refuse on purpose: a root, an absolute value, the
largest or the smallest of several values.

Composite indices are sometimes defined as a geometric mean (``√(IK × IP × ID)``, ``akar
pangkat tiga dari (…)``), a gap as an absolute value (``nilai mutlak (A − B)``), a score as the
best of several (``nilai tertinggi (A, B, C)``). ikicalc computes exactly (fractions): a root
has no exact value, and an absolute value or a maximum is a choice among values, not
arithmetic on them. Read as arithmetic, such a cell would silently give another value (the
product under the root, the difference without its sign), so it is refused with a message
that says what was found, pointing at it, before any other reading sets the words aside
(``akar pangkat tiga dari`` would otherwise pass for words that name what the bracket
computes). The words are classes of how Indonesian says each (a root of any degree, said or
signed; maxima and minima in every form), cued cheaply so the common cell pays nothing.
"""

from __future__ import annotations

from ikicalc.errors import FormulaSyntaxError
from ikicalc.i18n import N_, translate
from ikicalc.lang import guards
from ikicalc.patterns import lazy

__all__ = ["ABSOLUTE", "EXTREME", "ROOT", "refuse_unexact"]

ROOT = N_(
    "roots ('√', 'akar … dari') are not part of IKI formulas: a root has no exact value; "
    "compute the index elsewhere and give its value as data"
)
ABSOLUTE = N_(
    "absolute values ('nilai mutlak') are not part of IKI formulas; write the difference the "
    "way round it is meant (A − B)"
)
EXTREME = N_(
    "the largest or smallest of several values ('nilai tertinggi (A, B)') is not part of IKI "
    "formulas; give the value as data"
)

# a root signed (√, ∛, ∜; LaTeX's \sqrt has the message of every LaTeX command not read) or
# said: 'akar kuadrat', 'akar pangkat tiga/3/n', '(akar dua) dari', 'akar (' … ; not 'akar' as
# a word of a name ('tanaman akar wangi')
_ROOT = lazy(
    r"[√∛∜]|(?i:(?<![^\W_])akar(?:[ \t\n]+(?:kuadrat|pangkat)(?![^\W_])"
    r"|(?:[ \t\n]+(?:dua|tiga|empat|\d{1,2}|n))?(?:[ \t\n]+dari(?![^\W_])|[ \t\n]*[(\[])))"
)
_ABSOLUTE = lazy(r"(?i)(?<![^\W_])(?:nilai|harga)[ \t\n]+(?:mutlak|absolut)(?![^\W_])")
# a maximum or minimum taken of a list in brackets: 'maksimum (A, B)', 'nilai tertinggi dari
# (A; B)'; 'Nilai maksimal (100)' (one value) is a name's
_EXTREME = lazy(
    r"(?i)(?<![^\W_])(?:nilai[ \t]+)?(?:maks(?:imum|imal)?|min(?:imum|imal)?|tertinggi"
    r"|terendah|terbesar|terkecil)[ \t]*(?:(?:dari|antara)[ \t]*)?\((?P<list>[^()]*[,;][^()]*)\)"
)


# the same said opening the formula (the cell, or after its label's '='): 'nilai terendah antara
# A dan B', 'Maksimum dari A atau B'
_EXTREME_SAID = lazy(
    r"(?i)^(?:[^=\n]{1,80}=)?[ \t]*(?P<cue>(?:nilai[ \t]+)?(?:maks(?:imum|imal)?|min(?:imum|imal)?"
    r"|tertinggi|terendah|terbesar|terkecil)[ \t]+(?:dari|antara))[ \t]+\S[^\n]*?[ \t](?:dan|atau)"
    r"[ \t]+\S"
)


def refuse_unexact(text: str, lower: str | None = None) -> None:
    """Raise :class:`FormulaSyntaxError` if ``text`` takes a root, an absolute value or the
    largest or smallest of a list (see the module); return otherwise. ``lower``: the text in
    lower case (:func:`ikicalc.lang.guards.folded`), when the caller has it."""
    lower = guards.folded(text) if lower is None else lower
    if guards.has(text, "√", "∛", "∜") or "akar" in lower:
        found = _ROOT.search(text)
        if found:
            raise FormulaSyntaxError(translate(ROOT), text, found.start(), found.end())
    if guards.has(lower, "mutlak", "absolut"):
        found = _ABSOLUTE.search(text)
        if found:
            raise FormulaSyntaxError(translate(ABSOLUTE), text, found.start(), found.end())
    if guards.has(lower, "mak", "min", "terting", "teren", "terbe", "terke"):
        found = _EXTREME.search(text) if "(" in text else None
        if found:
            end = found.start("list") - 1
            raise FormulaSyntaxError(translate(EXTREME), text, found.start(), end)
        said = _EXTREME_SAID.search(text)
        if said:
            raise FormulaSyntaxError(translate(EXTREME), text, *said.span("cue"))
