"""Compiled back ends over the formula AST for data at scale: Polars and SQL (sqlglot)."""
