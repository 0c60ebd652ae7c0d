"""Moved to ikicalc.realisasi.dialect; this path stays for one release."""

from ikicalc.realisasi.dialect import CsvDialect, sniff_csv, sniff_delimiter

__all__ = ["CsvDialect", "sniff_csv", "sniff_delimiter"]
