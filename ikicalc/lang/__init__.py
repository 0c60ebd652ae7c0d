"""The front end: formula text → one immutable tree.

- ``grammar/*.lark``: the grammars (formula, scale, target), LALR with a contextual lexer.
- :mod:`~ikicalc.lang.layout`: a cell's layout (stacked fractions, legends, prose) → one line.
- :mod:`~ikicalc.lang.parser`: ``formula.lark`` → :class:`~ikicalc.lang.ast` nodes.
- :mod:`~ikicalc.lang.ast`: frozen nodes and the one traversal toolkit;
  :mod:`~ikicalc.lang.percents`: the one percent rule; :mod:`~ikicalc.lang.chains`: long
  flat chains built at once.
- :mod:`~ikicalc.lang.reading`: how a cell was read (the guesses made on the way).
- :mod:`~ikicalc.lang.messages`, :mod:`~ikicalc.lang.lark_errors`: syntax errors in plain words.
- :mod:`~ikicalc.lang.printer`: canonical text, the parser's inverse.
- :mod:`~ikicalc.lang.formula`: :class:`Formula`, the tree and thin methods over the back ends.
- :mod:`~ikicalc.lang.cells`: what a document cell holds (formula, scale, target, prose).
"""
