"""The sentence-form variant benchmark (``benchmarks/variants_sentences.py``) holds its floor:
the quantities of real development cells written in the sentence forms offices use for a
ratio (main before the session-8 rules: 52 % read right, 31 % wrapped over lines; 100 % and
100 % after)."""

from __future__ import annotations

from benchmarks.variants_sentences import pairs, score, wrapped_dev


def test_enough_pairs_of_real_names() -> None:
    assert len(pairs()) >= 30


def test_sentence_forms_are_read_right() -> None:
    scored = score()
    right = sum(t.right for t in scored.values())
    total = sum(t.total for t in scored.values())
    assert total >= 500
    assert right >= 0.97 * total, {f: (t.right, t.total) for f, t in scored.items()}
    for form, tally in scored.items():  # no form left behind
        assert tally.right >= 0.9 * tally.total, (form, tally.failures[:3])


def test_sentence_forms_wrapped_over_lines_are_read_right() -> None:
    # a narrow column or a PDF's text breaks the sentence every 45 characters (before
    # lang/paragraph.py: 66 %)
    scored = score(wrap=True)
    right = sum(t.right for t in scored.values())
    total = sum(t.total for t in scored.values())
    assert right >= 0.97 * total, {f: (t.right, t.total) for f, t in scored.items()}


def test_dev_cells_wrapped_over_lines_are_mostly_read_right() -> None:
    # the one-line dev cells read right, wrapped at 45 characters: 229 of 277 before
    # lang/paragraph.py, 243 after (the rest: stacks and legends flattened onto one line,
    # whose wrapping no export makes)
    right, total, _ = wrapped_dev(45)
    assert total >= 250
    assert right >= 0.86 * total
