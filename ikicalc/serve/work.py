"""The computations behind each endpoint, run in a worker process (see :mod:`.pool`).

Each job takes plain data (str, numbers, lists, dicts, bytes) and returns plain data, so
nothing but those crosses the process boundary. Formula text is only ever given to
ikicalc's own readers; it is never executed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

from ikicalc.diagnostics.api import lint
from ikicalc.errors import IkiError, line_and_column
from ikicalc.evaluation.exact import DEFAULT_SCALE
from ikicalc.given import read_given
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from ikicalc.lang.parser import parse
from ikicalc.numbers import DEFAULT_PLACES, round_half_up
from ikicalc.rules.capaian import capaian
from ikicalc.rules.scales import Scale, kategori_scale
from ikicalc.serve.scores import SCORES

__all__ = ["JOBS", "run_job"]

Json = dict[str, Any]


def _rounded(value: Fraction) -> str:
    return str(round_half_up(value, DEFAULT_PLACES))


def _node(expr: ast.Expr) -> Json:
    start, end = expr.span
    node: Json = {"start": start, "end": end}
    if isinstance(expr, ast.Number | ast.Percent):
        node |= {"type": type(expr).__name__.lower(), "value": str(expr.value)}
    elif isinstance(expr, ast.Variable):
        node |= {"type": "variable", "name": expr.name}
    elif isinstance(expr, ast.Sigma):
        node |= {"type": "sigma", "name": expr.variable.name, "operand": _node(expr.variable)}
    elif isinstance(expr, ast.Negate):
        node |= {"type": "negate", "op": "-", "operand": _node(expr.operand)}
    elif isinstance(expr, ast.Aggregate):
        node |= {"type": "aggregate", "op": expr.fold.value, "operand": _node(expr.operand)}
    elif isinstance(expr, ast.Mean):
        node |= {"type": "mean", "op": "rata-rata", "items": [_node(i) for i in expr.items]}
    else:
        node |= {
            "type": "binary",
            "op": expr.op.symbol,
            "left": _node(expr.left),
            "right": _node(expr.right),
        }
    return node


def _spans(formula: Formula) -> list[Json]:
    summed = {id(node) for node in ast.split_sums(formula.expr)[0]}  # Σ, Σ (…), rata-rata
    spans = [
        {"name": node.name, "start": node.span[0], "end": node.span[1], "sigma": id(node) in summed}
        for node in ast.walk(formula.expr)
        if isinstance(node, ast.Variable)
    ]
    return sorted(spans, key=lambda span: span["start"])


def parse_job(formula: str) -> Json:
    """``POST /api/parse``: variables, canonical text, LaTeX, spans and the tree."""
    parsed = parse(formula)
    return {
        "variables": list(parsed.variables),
        "text": str(parsed),
        "latex": parsed.to_latex(),
        "label": parsed.label,
        "items": list(parsed.items),
        "spans": _spans(parsed),
        "ast": _node(parsed.expr),
    }


def explain_job(formula: str) -> Json:
    """``POST /api/explain``: the reading plus the simplest form."""
    reading = parse_job(formula)
    try:
        simplified = parse(formula).simplify()
    except IkiError as error:
        failed = {"simplified": None, "simplified_latex": None, "simplify_error": str(error)}
        return reading | failed
    return reading | {
        "simplified": str(simplified),
        "simplified_latex": simplified.to_latex(),
        "simplify_error": None,
    }


def _scale(text: str) -> Scale:
    return kategori_scale(text)


def evaluate_job(
    formula: str,
    data: Mapping[str, object],
    units: Mapping[str, str] | None = None,
    target: object = None,
    polarity: str = "positif",
    kategori: str | None = None,
) -> Json:
    """``POST /api/evaluate``: the exact value; with a target also capaian and kategori."""
    parsed = parse(formula)
    given = read_given(data)
    values = given.values
    result = parsed.evaluate(values, units=units) if units else parsed.evaluate(values)
    answer: Json = {
        "value": str(result.value),
        "exact": str(result.exact),
        "unit": result.unit,
        "formula": str(parsed),
        "variables": list(parsed.variables),
        "capaian": None,
        "capaian_exact": None,
        "kategori": None,
        "warnings": list(given.warnings("data")),
    }
    if target is not None:
        achieved = capaian(result.exact, target, polarity, exact=True)
        answer["capaian"] = _rounded(achieved)
        answer["capaian_exact"] = str(achieved)
        answer["kategori"] = _scale(kategori or DEFAULT_SCALE).classify(achieved).label
    elif kategori:
        answer["kategori"] = _scale(kategori).classify(result.exact).label
    return answer


def lint_job(text: str) -> Json:
    """``POST /api/lint``: every finding, with its position."""
    found = []
    for diagnostic in lint(text):
        start, end = diagnostic.span
        line, column = line_and_column(text, start)
        found.append(
            {
                "code": diagnostic.code,
                "severity": diagnostic.severity,
                "message": diagnostic.message,
                "start": start,
                "end": end,
                "line": line,
                "column": column,
                "suggestion": diagnostic.suggestion,
            }
        )
    return {"diagnostics": found}


def solve_job(
    formula: str, variable: str, equals: object, given: Mapping[str, object]
) -> Json:
    """``POST /api/solve``: the value a variable needs to reach a target."""
    read = read_given(given)
    value = parse(formula).solve(variable, equals, read.values)
    return {"value": _rounded(value), "exact": str(value), "warnings": list(read.warnings("given"))}


def capaian_job(realisasi: object, target: object, polarity: str = "positif") -> Json:
    """``POST /api/capaian``: capaian in percent of a target or a range."""
    read = read_given({"realisasi": realisasi, "target": target})
    found, goal = read.values["realisasi"], read.values["target"]
    value = capaian(found, tuple(goal) if isinstance(goal, list) else goal, polarity, exact=True)
    warnings = list(read.warnings("request"))
    return {"capaian": _rounded(value), "exact": str(value), "warnings": warnings}


def kategori_job(value: object, scale: str = DEFAULT_SCALE) -> Json:
    """``POST /api/kategori``: the category of a value on a named or written scale."""
    table = _scale(scale)
    category = table.classify(value)
    return {
        "label": category.label,
        "grade": category.grade,
        "range": category.interval.text,
        "scale": table.name,
    }


def score_job(name: str, request: Json) -> Json:
    """``POST /api/score/{name}``: one of the official scoring functions."""
    rule = SCORES[name]
    return rule.compute(rule.request.model_validate(request))


def scales_job() -> Json:
    """``GET /api/scales``: the names of the built-in and registered scales."""
    from ikicalc.rules.scales import scale_names

    return {"scales": list(scale_names())}


def report_job(**kwargs: Any) -> Json:
    """``POST /api/report``: see :func:`ikicalc.serve.uploads.build`."""
    from ikicalc.serve.uploads import build

    return build(**kwargs)


JOBS: Mapping[str, Callable[..., Json]] = {
    "parse": parse_job,
    "explain": explain_job,
    "evaluate": evaluate_job,
    "lint": lint_job,
    "solve": solve_job,
    "capaian": capaian_job,
    "kategori": kategori_job,
    "score": score_job,
    "scales": scales_job,
    "report": report_job,
}


def run_job(name: str, kwargs: Mapping[str, Any]) -> Json:
    """Run job ``name``; an unknown name is a programming error (KeyError)."""
    return JOBS[name](**kwargs)
