"""Evaluation of a document × data: one plan per indicator, decided once, and the engines
that execute it (the exact report and the Polars frame)."""

DEFAULT_SCALE = "capaian-iki-2021"
"""The scale that classifies capaian when an indicator names none: the kategori capaian IKI
of PermenPAN-RB 8/2021, the most recent regulation that categorises a capaian percentage
(``skp-2013`` stays available by name). Here, light, so the command line can show it
without importing the engines."""
