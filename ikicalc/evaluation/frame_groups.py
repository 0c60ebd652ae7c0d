"""The ``Σ`` groups of :func:`ikicalc.evaluate_frame` put back on the rows they are summed from,
by looking each row's group up, not by a join that copies every column of every row.

Once the group totals are known (a small frame, one row per group), each row's group is found
from its key (the ``by`` column cast to an ``Enum`` of the groups' keys: its position among
them) and each group column is gathered from the totals at that position. The input columns
pass through untouched, which a join would gather row by row: at 3 million rows the join cost
more than everything the indicators compute. A key of several columns, or of a type whose text
is not its identity (a float: ``-0.0`` and ``0.0``), is joined as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from ikicalc.backends.polars import column

__all__ = ["with_groups"]


def _text_key(dtype: pl.DataType) -> bool:
    """Whether a key of this type is identified by its text (text, categories, integers)."""
    return isinstance(dtype, pl.String | pl.Categorical | pl.Enum) or dtype.is_integer()


_INDEX = "__ikicalc_group"
"""The column holding each row's group (its position in the totals), while they are gathered."""


def with_groups(
    rows: pl.LazyFrame, groups: pl.DataFrame, by: Sequence[str], names: Sequence[str]
) -> pl.LazyFrame | None:
    """``rows`` with the columns ``names`` of their group in ``groups`` (whose ``by`` columns
    are its keys, one row per group) added, as a left join of ``rows`` with ``groups`` on
    ``by`` (a null key is a group of its own) would add them; ``None`` when the key cannot
    be looked up so (see the module)."""
    if not by:
        if groups.height != 1:
            return None
        schema = groups.schema
        return rows.with_columns(
            pl.lit(groups.get_column(name)[0], dtype=schema[name]).alias(name) for name in names
        )
    key_type = rows.collect_schema().get(by[0])
    if len(by) != 1 or key_type is None or not _text_key(key_type):
        return None
    (key,) = by
    keys = groups.get_column(key)
    known, unkeyed = groups.filter(keys.is_not_null()), groups.filter(keys.is_null())
    ordered = pl.concat([known, unkeyed]) if unkeyed.height else known
    categories = known.get_column(key).cast(pl.String)
    rows_key = column(key)
    text = rows_key if isinstance(key_type, pl.String) else rows_key.cast(pl.String)
    index = text.cast(pl.Enum(categories), strict=False).to_physical().cast(pl.UInt32)
    if unkeyed.height:
        index = (
            pl.when(rows_key.is_null())
            .then(pl.lit(known.height, dtype=pl.UInt32))
            .otherwise(index)
        )
    position = pl.col(_INDEX)
    gathered = [pl.lit(ordered.get_column(name)).gather(position).alias(name) for name in names]
    return rows.with_columns(index.alias(_INDEX)).with_columns(gathered).drop(_INDEX)
