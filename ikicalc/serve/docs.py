"""``GET /docs``: the OpenAPI documentation as one HTML page, rendered on the server.

Generated from the application's OpenAPI schema (itself generated from the pydantic models
of :mod:`.models`), with no script and nothing loaded from elsewhere, so it works offline.
The machine-readable schema is at ``/openapi.json``.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

__all__ = ["docs_page"]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1d2733;line-height:1.45}
h2{border-top:1px solid #d0d7de;padding-top:1rem;font-size:1.15rem}
code,pre{font-family:ui-monospace,monospace;font-size:.88rem}
pre{background:#f4f6f8;padding:.6rem;overflow-x:auto;border-radius:4px}
.method{display:inline-block;min-width:3.5rem;font-weight:bold;color:#fff;background:#1f6feb;
padding:0 .4rem;border-radius:3px;text-align:center}.get{background:#2da44e}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;
vertical-align:top;text-align:left}
"""


def _ref(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _type(schema: dict[str, Any]) -> str:
    name = _ref(schema)
    if name:
        return f'<a href="#model-{escape(name)}">{escape(name)}</a>'
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(_type(s) for s in schema[key])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list[{_type(schema.get('items', {}))}]"
    if kind == "object" and "additionalProperties" in schema:
        extra = schema["additionalProperties"]
        return f"dict[str, {_type(extra if isinstance(extra, dict) else {})}]"
    if "enum" in schema:
        return " | ".join(escape(json.dumps(v)) for v in schema["enum"])
    return escape(str(kind))


def _model(name: str, schema: dict[str, Any]) -> str:
    rows = []
    required = set(schema.get("required", ()))
    for field, spec in schema.get("properties", {}).items():
        rows.append(
            f"<tr><td><code>{escape(field)}</code>{' *' if field in required else ''}</td>"
            f"<td>{_type(spec)}</td><td>{_text(spec.get('description', ''))}</td></tr>"
        )
    table = (
        "<table><tr><th>field</th><th>type</th><th>meaning</th></tr>" + "".join(rows) + "</table>"
        if rows
        else ""
    )
    return (
        f'<h3 id="model-{escape(name)}">{escape(name)}</h3>'
        f"<p>{_text(schema.get('description', ''))}</p>{table}"
    )


def _text(description: str) -> str:
    """Escaped text, with ``code`` shown as code."""
    return re.sub(r"``(.+?)``", r"<code>\1</code>", escape(description))


def _body(operation: dict[str, Any], schemas: dict[str, Any]) -> str:
    content = operation.get("requestBody", {}).get("content", {})
    parts = []
    for media, spec in content.items():
        schema = spec.get("schema", {})
        name = _ref(schema)
        shown = _type(schema) if name else _model("", schema).split("</p>", 1)[-1]
        parts.append(f"<p>Body (<code>{escape(media)}</code>): {shown}</p>")
        for example in schemas.get(name or "", {}).get("examples", []):
            text = json.dumps(example, ensure_ascii=False)
            parts.append(f"<p>Example:</p><pre>{escape(text)}</pre>")
    return "".join(parts)


def _responses(operation: dict[str, Any]) -> str:
    items = []
    for status, spec in operation.get("responses", {}).items():
        schema = spec.get("content", {}).get("application/json", {}).get("schema", {})
        shown = _type(schema) if schema else ", ".join(spec.get("content", {})) or ""
        description = escape(spec.get("description", ""))
        items.append(f"<li><b>{escape(status)}</b> {description} {shown}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def docs_page(openapi: dict[str, Any]) -> str:
    """The documentation page for an OpenAPI schema."""
    info = openapi.get("info", {})
    schemas = openapi.get("components", {}).get("schemas", {})
    sections = []
    for path, methods in openapi.get("paths", {}).items():
        for method, operation in methods.items():
            summary = operation.get("summary", "")
            description = operation.get("description", "")
            sections.append(
                f'<h2><span class="method {escape(method)}">{escape(method.upper())}</span> '
                f"<code>{escape(path)}</code> {escape(summary)}</h2>"
                f"<p>{_text(description)}</p>{_body(operation, schemas)}{_responses(operation)}"
            )
    models = [
        _model(name, schema)
        for name, schema in sorted(openapi.get("components", {}).get("schemas", {}).items())
    ]
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(info.get('title', 'API'))} API</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(info.get('title', ''))} {escape(info.get('version', ''))} HTTP API</h1>"
        f"<p>{escape(info.get('summary', ''))}</p><p>{escape(info.get('description', ''))}</p>"
        '<p>Schema: <a href="/openapi.json">/openapi.json</a> · '
        '<a href="/">halaman kalkulator</a></p>'
        + "".join(sections)
        + "<h2>Models</h2>"
        + "".join(models)
        + "</body></html>"
    )
