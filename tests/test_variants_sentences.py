"""The sentence-form variant benchmark (``benchmarks/variants_sentences.py``) holds its floor:
the quantities of real development cells written in the sentence forms offices use for a
ratio (60.3 % read right by the reader before the session-8 rules, 100 % after)."""

from __future__ import annotations

from benchmarks.variants_sentences import pairs, score


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
