"""Moved to ikicalc.backends.symbolic; this path stays for one release."""

from ikicalc.backends.symbolic import (
    MAX_POWER,
    SympyForm,
    TooComplexError,
    constant_value,
    from_sympy,
    is_constant,
    simplify,
    solve,
    sympy_form,
    to_sympy,
)

__all__ = [
    "MAX_POWER",
    "SympyForm",
    "TooComplexError",
    "constant_value",
    "from_sympy",
    "is_constant",
    "simplify",
    "solve",
    "sympy_form",
    "to_sympy",
]
