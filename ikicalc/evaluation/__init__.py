"""Evaluation of a document × data: one plan per indicator, decided once, and the engines
that execute it (the exact report and the Polars frame)."""
