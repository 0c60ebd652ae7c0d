"""Formula language benchmark over the seed corpus.

Prints, per corpus formula that parses: the median cold parse time (cache cleared), the
median cached parse time, the median evaluate time per call, and simpleeval's parse+eval
of the equivalent Python expression, measured in the same run.

    python benchmarks/bench_formula.py [--repeat N] [--chains 100 250 500 1000] [--stages]
    python benchmarks/bench_formula.py --public --chains   # the public development cells

then, per chain length n, the µs per term of a flat sum of n names in every back end.
``--stages`` also prints where a cold parse spends its time: the layout of the cell alone
(:func:`ikicalc.lang.layout.lay_out`), the grammar alone on the laid-out text (Lark, the
lexer and the builder), and the rest (the readings after the grammar), medians over the
same cells.

Goals (issue 2): cold parse <= 150 µs median, cached parse <= 2 µs, evaluate <= 5 µs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import statistics
import sys
import time
from collections.abc import Callable
from fractions import Fraction
from functools import partial
from pathlib import Path

import simpleeval

import ikicalc
from ikicalc.lang import ast
from ikicalc.lang.parser import parse
from ikicalc.names import name_key

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [
    ROOT.parent / "shared" / "corpus" / "seed-indicators.jsonl",
    ROOT / "tests" / "data" / "seed-indicators.jsonl",
]


def corpus_formulas() -> list[str]:
    path = next(p for p in CORPUS if p.is_file())
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [row["formula"] for row in rows if row["formula"]]


def public_formulas() -> list[str]:
    """The formula cells of the public development corpus (never the set-aside file)."""
    path = ROOT / "tests" / "data" / "public-cells.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [row["text"] for row in rows if row["kind"] == "formula"]


def python_expression(node: ast.Expr, names: dict[str, str]) -> str:
    """The same formula as a Python expression over identifiers v0, v1 … (for simpleeval)."""
    if isinstance(node, ast.Number):
        return str(node.value)
    if isinstance(node, ast.Percent):
        return f"({node.value} / 100)"
    if isinstance(node, ast.Variable):
        key = name_key(node.name)  # one variable however its case is written
        return names.setdefault(key, f"v{len(names)}")
    if isinstance(node, ast.Sigma):
        return python_expression(node.variable, names)
    if isinstance(node, ast.Aggregate):  # one value per name: one row
        return python_expression(node.operand, names)
    if isinstance(node, ast.Mean):
        items = " + ".join(python_expression(item, names) for item in node.items)
        return f"(({items}) / {len(node.items)})"
    if isinstance(node, ast.Negate):
        return f"(-{python_expression(node.operand, names)})"
    symbol = {"×": "*"}.get(node.op.symbol, node.op.symbol)
    return (
        f"({python_expression(node.left, names)} {symbol} {python_expression(node.right, names)})"
    )


def per_call_ns(function: Callable[[], object], calls: int) -> float:
    start = time.perf_counter_ns()
    for _ in range(calls):
        function()
    return (time.perf_counter_ns() - start) / calls


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--repeat", type=int, default=200, help="calls per timing (default 200)")
    options.add_argument(
        "--chains",
        type=int,
        nargs="*",
        default=[100, 250, 500, 1000],
        help="lengths of the flat sums timed per back end (default 100 250 500 1000; none: skip)",
    )
    options.add_argument(
        "--stages", action="store_true", help="also time the layout and the grammar alone"
    )
    options.add_argument(
        "--public",
        action="store_true",
        help="time the public development cells (sentences, stacks) instead of the seed corpus",
    )
    args = options.parse_args()
    texts = public_formulas() if args.public else corpus_formulas()
    parse("warm up the grammar")  # building the LALR tables is paid once, not per formula

    cold: list[float] = []
    readable: list[str] = []
    for text in texts:
        samples = []
        for _ in range(5):
            parse.cache_clear()
            start = time.perf_counter_ns()
            with contextlib.suppress(ikicalc.FormulaSyntaxError):
                parse(text)
            samples.append(time.perf_counter_ns() - start)
        cold.append(min(samples))
        try:
            parse(text)
            readable.append(text)
        except ikicalc.FormulaSyntaxError:
            pass

    cached = []  # each text read once first: the cold loop above cleared the cache after it
    for text in readable:
        parse(text)
        cached.append(per_call_ns(lambda t=text: parse(t), args.repeat * 10))

    evaluate: list[float] = []
    simple: list[float] = []
    for text in readable:
        formula = parse(text)
        data = {name: 7 + index for index, name in enumerate(formula.variables)}
        evaluate.append(per_call_ns(lambda f=formula, d=data: f.evaluate(d), args.repeat))
        names: dict[str, str] = {}
        expression = python_expression(formula.expr, names)
        values = {names[name_key(name)]: data[name] for name in formula.variables}
        simple.append(
            per_call_ns(
                lambda e=expression, v=values: simpleeval.simple_eval(e, names=v), args.repeat
            )
        )
        # sanity: the two agree on the value
        exact = formula.evaluate(data).exact
        reference = Fraction(simpleeval.simple_eval(expression, names=values)).limit_denominator(
            10**6
        )
        scale = 100 if ikicalc.backends.exact.is_percent(formula.expr) else 1
        assert abs(float(exact) - float(reference) * scale) <= 1e-6 * max(1.0, abs(float(exact))), (
            text
        )

    us = 1000.0
    print(
        f"{'public development' if args.public else 'seed'} corpus: {len(texts)} formula cells, {len(readable)} parse, python {sys.version.split()[0]}"
    )
    print(f"cold parse      median {statistics.median(cold) / us:8.2f} µs   (goal <= 150)")
    print(f"cached parse    median {statistics.median(cached) / us:8.2f} µs   (goal <= 2)")
    print(f"evaluate        median {statistics.median(evaluate) / us:8.2f} µs   (goal <= 5)")
    print(
        f"simpleeval parse+eval of the same expression: median {statistics.median(simple) / us:8.2f} µs"
    )
    print(
        f"ikicalc cold parse + evaluate: median {statistics.median([c + e for c, e in zip(cold, evaluate, strict=False)]) / us:8.2f} µs"
    )
    if args.stages:
        stages(texts, statistics.median(cold) / us)
    if args.chains:
        chain_growth(args.chains)
    return 0


def _best_ns(function: Callable[[], object], runs: int = 5) -> float:
    """The best of ``runs`` timings of one call of ``function``, in ns."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        with contextlib.suppress(ikicalc.FormulaSyntaxError):
            function()
        samples.append(time.perf_counter_ns() - start)
    return float(min(samples))


def stages(texts: list[str], cold_us: float) -> None:
    """Medians of the layout alone and of the grammar alone over ``texts`` (see module)."""
    from ikicalc.lang.builder import GUESSES, STYLE
    from ikicalc.lang.lark_errors import parse_text
    from ikicalc.lang.layout import lay_out
    from ikicalc.lang.messages import syntax_error
    from ikicalc.lang.parser import _parser
    from ikicalc.numbers import number_style

    def grammar(laid: str) -> object:
        style, guesses = STYLE.set(number_style(laid)), GUESSES.set([])
        try:
            return parse_text(_parser(), laid, syntax_error, ikicalc.FormulaSyntaxError, "f")
        finally:
            STYLE.reset(style)
            GUESSES.reset(guesses)

    layout = [_best_ns(partial(lay_out, text)) for text in texts]
    laid = [lay_out(text).text for text in texts]
    lark = [_best_ns(partial(grammar, text)) for text in laid]
    us = 1000.0
    first, second = statistics.median(layout) / us, statistics.median(lark) / us
    print(f"  layout alone  median {first:8.2f} µs")
    print(f"  grammar alone median {second:8.2f} µs   (number style, Lark, lexer, builder)")
    print(f"  the rest      about  {cold_us - first - second:8.2f} µs   (readings after it)")


def _per_term(function: Callable[[], object], terms: int, runs: int = 3) -> float:
    """The best of ``runs`` timings of ``function``, in µs per term."""
    best = min(per_call_ns(function, 1) for _ in range(runs))
    return best / 1000.0 / terms


def chain_growth(sizes: list[int]) -> None:
    """µs per term of a flat sum of ``n`` names in every back end, for each ``n``: linear
    growth shows as a flat line (issue 14, item 7)."""
    import duckdb
    import polars as pl

    from ikicalc.backends.measured import evaluate_with_units
    from ikicalc.backends.polars import to_polars
    from ikicalc.backends.sql import to_sql

    columns = ("parse", "exact", "units", "print", "latex", "sympy", "polars", "sql+duckdb")
    print("\nchain growth: a flat sum of n names, µs per term (best of 3)")
    print(f"{'n':>6} " + " ".join(f"{c:>10}" for c in columns))
    duck = duckdb.connect()
    for size in sizes:
        names = [f"A{i}" for i in range(1, size + 1)]
        text = " + ".join(names)
        data = {name: 1 for name in names}
        units = {name: "orang" for name in names}
        frame = pl.DataFrame({name: [1] for name in names})
        duck.register("t", frame.to_arrow())

        def cold(text: str = text) -> object:
            parse.cache_clear()
            return parse(text)

        formula = parse(text)
        timings = [
            _per_term(cold, size),
            _per_term(lambda f=formula, d=data: f.evaluate(d), size),
            _per_term(lambda f=formula, d=data, u=units: evaluate_with_units(f, d, u), size),
            # a new Formula each time: its first str() writes the text and reads it back
            _per_term(lambda f=formula: str(dataclasses.replace(f)), size),
            _per_term(lambda f=formula: f.to_latex(), size),
            _per_term(lambda f=formula: f.to_sympy(), size),
            _per_term(lambda f=formula, t=frame: t.select(to_polars(f)), size),
            _per_term(
                lambda f=formula: duck.execute(f"SELECT {to_sql(f)} FROM t").fetchall(),  # noqa: S608
                size,
            ),
        ]
        print(f"{size:>6} " + " ".join(f"{t:>10.2f}" for t in timings))


if __name__ == "__main__":
    raise SystemExit(main())
