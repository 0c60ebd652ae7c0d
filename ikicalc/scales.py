"""Moved to :mod:`ikicalc.rules.scales`; this path stays for one release."""

from ikicalc.rules.scales import (
    Category,
    Interval,
    Scale,
    ScaleOverlapError,
    is_scale_name,
    kategori_scale,
    load_scales,
    register_scale,
    scale,
    scale_names,
)

__all__ = [
    "Category",
    "Interval",
    "Scale",
    "ScaleOverlapError",
    "is_scale_name",
    "kategori_scale",
    "load_scales",
    "register_scale",
    "scale",
    "scale_names",
]
