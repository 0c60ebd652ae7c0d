"""Moved to ikicalc.documents.check; this path stays for one release."""

from ikicalc.documents.check import Finding, check_file, finding_json

__all__ = ["Finding", "check_file", "finding_json"]
