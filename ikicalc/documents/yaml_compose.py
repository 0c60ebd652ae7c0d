"""The node tree of a YAML text from libyaml's events: PyYAML's safe composer, ten times faster.

PyYAML's pure-Python reader, scanner and parser take 14 ms for the 10 kB Bagor document, a
tenth of ``ikicalc check``'s start-up; libyaml's C parser reads it in under a millisecond.
Its own composer (``yaml.CSafeLoader``) is recursive C code, which a file nested 100 000 deep
crashes; so here libyaml gives only the events (start of a mapping, a scalar, an alias …,
each with its marks) and :func:`compose_fast` builds the nodes from them as PyYAML's
composer does, with PyYAML's resolver for the tags of plain values.

The fast path gives the same nodes (tags, values, styles, lines and columns) or nothing: it
gives up (returns :data:`GIVE_UP`) at any error, nesting deeper than :data:`MAX_FAST_DEPTH`,
more than one document, path resolvers, or without libyaml; :func:`ikicalc.documents.
yaml_lines.compose` then reads the text with the pure-Python loader as before, so every
message, limit and odd case stays PyYAML's. ``tests/test_yaml_compose.py`` compares both on
every definition file of the repository and on hostile texts.
"""

from __future__ import annotations

from typing import Any, Final

import yaml

__all__ = ["GIVE_UP", "MAX_FAST_DEPTH", "compose_fast"]

GIVE_UP: Final = object()
"""Returned when the fast path leaves the text to PyYAML's pure-Python loader."""

MAX_FAST_DEPTH = 64
"""Deepest nesting the fast path composes; deeper texts go to the pure-Python loader (whose
recursion limit decides, as before)."""

_RESOLVER: Any = yaml.resolver.Resolver()
_PLAIN = frozenset("\t\ufeff")


def _style(style: str | None) -> str | None:
    return style or None  # libyaml says '' for a plain scalar, PyYAML None


def compose_fast(text: str) -> yaml.Node | object | None:
    """The node tree of the single document of ``text`` (``None`` for an empty stream), or
    :data:`GIVE_UP`."""
    if not getattr(yaml, "__with_libyaml__", False) or _RESOLVER.yaml_path_resolvers:
        return GIVE_UP
    if not text.endswith("\n") or not _PLAIN.isdisjoint(text):
        # where libyaml and PyYAML disagree: a tab in a plain value (PyYAML refuses it), a
        # byte order mark inside the text (columns), the end of the last collection of a
        # text with no final line break
        return GIVE_UP
    try:
        return _compose(yaml.parse(text, Loader=yaml.CSafeLoader), text)
    except Exception:  # any problem: PyYAML's loader reads the text and reports it
        return GIVE_UP


class _GiveUpError(Exception):
    pass


def _compose(events: Any, text: str) -> yaml.Node | object | None:
    try:
        if not isinstance(next(events), yaml.StreamStartEvent):
            return GIVE_UP
        event = next(events)
        if isinstance(event, yaml.StreamEndEvent):
            return None
        if not isinstance(event, yaml.DocumentStartEvent):
            return GIVE_UP
        root = _document(events, text)
        if root is None or not isinstance(next(events), yaml.StreamEndEvent):
            return GIVE_UP  # unfinished, or a second document: PyYAML says which
        return root
    finally:
        events.close()


def _document(events: Any, text: str) -> yaml.Node | None:
    """The root node of a document whose start event was read, up to its end event."""
    anchors: dict[str, yaml.Node] = {}
    # the open collections, innermost last, each with a mapping key waiting for its value
    stack: list[tuple[yaml.CollectionNode, list[yaml.Node]]] = []
    root: yaml.Node | None = None
    for event in events:
        if isinstance(event, yaml.DocumentEndEvent):
            return root if not stack else None
        if isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            closed, pending = stack.pop()
            if pending:
                return None
            closed.end_mark = event.end_mark
            continue
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                return None
            node = anchors[event.anchor]
        elif isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):
            if event.anchor is not None and event.anchor in anchors:
                return None  # PyYAML refuses a duplicate anchor
            node = _node(event, text)
            if event.anchor is not None:
                anchors[event.anchor] = node
        else:
            return None
        if stack:
            parent, pending = stack[-1]
            if isinstance(parent, yaml.SequenceNode):
                parent.value.append(node)
            elif pending:
                parent.value.append((pending.pop(), node))
            else:
                pending.append(node)
        elif root is None:
            root = node
        else:
            return None
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_FAST_DEPTH:
                return None
            assert isinstance(node, yaml.CollectionNode)  # noqa: S101 - made from the event
            stack.append((node, []))
    return None


def _node(event: Any, text: str) -> yaml.Node:
    tag = event.tag
    if tag == "!":
        raise _GiveUpError  # the non-specific tag: PyYAML resolves it otherwise
    if isinstance(event, yaml.ScalarEvent):
        if tag is None or tag == "!":
            tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        start: Any = event.start_mark  # libyaml's marks: line, column and index as PyYAML's
        end: Any = event.end_mark
        return yaml.ScalarNode(tag, event.value, start, end, style=_style(event.style))
    kind: type[yaml.CollectionNode]
    kind = yaml.SequenceNode if isinstance(event, yaml.SequenceStartEvent) else yaml.MappingNode
    if tag is None:
        tag = _RESOLVER.resolve(kind, None, event.implicit)
    flow_style = event.flow_style
    after = event.end_mark.index
    if kind is yaml.SequenceNode and flow_style is False and after and text[after - 1] == "-":
        flow_style = None  # a sequence with its dashes under its key: PyYAML says None
    first: Any = event.start_mark
    return kind(tag, [], first, None, flow_style=flow_style)
