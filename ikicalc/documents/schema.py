"""The JSON schema of a definition file, for editors."""

from __future__ import annotations

from typing import Any

from ikicalc.documents.model import Document


def document_schema() -> dict[str, Any]:
    """Return the JSON Schema of a definition file (for editors and other tools)."""
    schema = Document.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ikicalc IKI/IKU definition file"
    return schema
