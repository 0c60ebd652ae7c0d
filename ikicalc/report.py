"""The achievement report (kept importable here): see :mod:`ikicalc.evaluation.exact`."""

from __future__ import annotations

from ikicalc.evaluation.exact import DEFAULT_SCALE, Report, ReportRow, build_report

__all__ = ["DEFAULT_SCALE", "Report", "ReportRow", "build_report"]
