"""libyaml's fast composer gives PyYAML's node tree, or leaves the text to PyYAML (issue 18)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from ikicalc.documents.yaml_compose import GIVE_UP, MAX_FAST_DEPTH, compose_fast

ROOT = Path(__file__).resolve().parent.parent
DEFINITION_FILES = sorted(
    p
    for pattern in ("*.yaml", "*.yml")
    for p in ROOT.glob(f"**/{pattern}")
    if ".git" not in p.parts
)

Shape = object


def _shape(node: yaml.Node | None, seen: dict[int, int] | None = None) -> Shape:
    """Everything a node tree says: kinds, tags, values, styles, lines and columns, and
    which nodes are one (aliases)."""
    if node is None:
        return None
    seen = {} if seen is None else seen
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    head = (type(node).__name__, node.tag, marks)
    if isinstance(node, yaml.ScalarNode):
        return (*head, node.value, node.style)
    if isinstance(node, yaml.SequenceNode):
        return (*head, node.flow_style, [_shape(child, seen) for child in node.value])
    assert isinstance(node, yaml.MappingNode)
    pairs = [(_shape(key, seen), _shape(value, seen)) for key, value in node.value]
    return (*head, node.flow_style, pairs)


def _agrees(text: str) -> bool:
    """The fast path gave up, or gave what PyYAML's pure-Python loader gives."""
    fast = compose_fast(text)
    if fast is GIVE_UP:
        return True
    pure = yaml.compose(text, Loader=yaml.SafeLoader)  # raises where PyYAML refuses the text
    assert fast is None or isinstance(fast, yaml.Node)
    return _shape(pure) == _shape(fast)


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_every_definition_file_of_the_repository_is_composed_fast_and_alike() -> None:
    assert DEFINITION_FILES
    for path in DEFINITION_FILES:
        text = path.read_text(encoding="utf-8-sig")
        fast = compose_fast(text)
        if path.parent.name == "examples":
            assert fast is not GIVE_UP, path
        assert _agrees(text), path


HOSTILE = [
    "a: b\tc\n",  # a tab in a plain value: PyYAML refuses it, libyaml does not
    "a: b\ufeffc\n",  # a byte order mark inside the text
    "a: [1, 2]",  # no final line break
    "a:\n- 1\n- 2\nb:\n  - 3\n",  # dashes under the key, and indented
    "a: !!seq\n- 1\nb: &x\n- 2\nc: *x\n",  # properties before a sequence under its key
    "- ! \n",  # the non-specific tag
    "a: &x 1\nb: &x 2\n",  # a duplicate anchor
    "a: *nowhere\n",  # an undefined alias
    "a: &x [*x]\n",  # a recursive alias
    "a: 1\n---\nb: 2\n",  # two documents
    "",
    "\n",
    "---\n",
    "# only a comment\n",
    "a: 1\na: 2\n",  # duplicate keys are the builder's business, the nodes are alike
    "? [a, b]\n: c\n",
    "a: |\n  x\n  y\nb: >-\n  z\n",
    "a: 'it''s'\nb: \"\\u00e9\\x41\"\nc: 0o17\nd: 1_000\ne: 1:30\nf: .inf\ng: ~\n",
    "%YAML 1.1\n---\na: 1\n",
    "%YAML 2.0\n---\na: 1\n",
    "a: \x00\n",
    "a: \x85b\u2028c\n",
    "a: \r\nb: c\r\n",
    "é: 中文 – Rp 1.000,00\n",
]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_texts_agree_or_go_to_pyyaml(text: str) -> None:
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        assert compose_fast(text) is GIVE_UP  # PyYAML's message is the one reported
        return
    assert _agrees(text)


def test_deep_nesting_is_left_to_pyyaml_quickly() -> None:
    # libyaml's own composer is recursive C code: this text crashes yaml.CSafeLoader
    deep = "[" * 100_000 + "]" * 100_000 + "\n"
    assert compose_fast(deep) is GIVE_UP
    shallow = "[" * MAX_FAST_DEPTH + "]" * MAX_FAST_DEPTH + "\n"
    assert compose_fast(shallow) is not GIVE_UP
    assert _agrees(shallow)
    assert compose_fast("[" * (MAX_FAST_DEPTH + 1) + "]" * (MAX_FAST_DEPTH + 1) + "\n") is GIVE_UP


PIECES = [
    ":",
    "-",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&a ",
    "*a",
    "!!str ",
    "!x ",
    "! ",
    "\t",
    '"',
    "'",
    "|",
    ">",
    "#",
    "? ",
    "---\n",
    "...\n",
    "\ufeff",
    "\u2028",
    "\x85",
    "\r",
    "\n",
    "  ",
    "\\",
    "<<: *a\n",
    "ÿ",
    "\x1b",
    "\U0001f600",
    "0x1F",
    "1e5",
    ".inf",
    "~",
    "yes",
    "@",
    "%",
]


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_mutated_definition_files_agree_or_go_to_pyyaml() -> None:
    rng = random.Random(18)  # noqa: S311 - reproducible mutations, not secrets
    texts = [
        p.read_text(encoding="utf-8-sig") for p in DEFINITION_FILES if p.parent.name == "examples"
    ]
    fast_and_alike = 0
    for _ in range(200):
        text = rng.choice(texts)
        if rng.random() < 0.5:
            start = rng.randrange(len(text))
            text = text[start : start + rng.randrange(1, 600)]
        for _ in range(rng.randrange(1, 4)):
            at = rng.randrange(len(text) + 1)
            if rng.random() < 0.6:
                text = text[:at] + rng.choice(PIECES) + text[at:]
            else:
                text = text[:at] + text[at + rng.randrange(1, 20) :]
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            assert compose_fast(text) is GIVE_UP, repr(text)
            continue
        assert _agrees(text), repr(text)
        fast_and_alike += compose_fast(text) is not GIVE_UP
    assert fast_and_alike > 10  # the comparison is not empty
