"""Moved to :mod:`ikicalc.evaluation.exact`; this path stays for one release."""

from __future__ import annotations

from ikicalc.evaluation.exact import DEFAULT_SCALE, Report, ReportRow, build_report

__all__ = ["DEFAULT_SCALE", "Report", "ReportRow", "build_report"]
