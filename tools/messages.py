"""The messages of ikicalc's source, for the catalogue: every literal in ``_()``, ``N_()`` and
``ngettext()`` calls of the package, the summaries of ``ikicalc/data/lint.toml`` (which
:func:`ikicalc.i18n.translate` translates where they are shown), and the help of the command
line (``ikicalc/cli/``: the docstrings of the commands and every ``help=`` literal, cleaned as
Typer cleans them; :mod:`ikicalc.cli.help_text` translates them when help is shown).

    python tools/messages.py          # update ikicalc/locale/id/LC_MESSAGES/ikicalc.po:
                                      # new messages get an empty msgstr, gone ones are dropped
    python tools/messages.py --check  # list the messages without a translation; exit 1 if any

Then ``python tools/msgfmt.py`` compiles the ``.mo``.
"""

from __future__ import annotations

import ast
import inspect
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ikicalc"
PO = PACKAGE / "locale" / "id" / "LC_MESSAGES" / "ikicalc.po"
_SINGLE = {"_", "N_"}
_PLURAL = {"ngettext"}


@dataclass
class Message:
    """One message id of the source: its plural (for ``ngettext``) and where it is used."""

    msgid: str
    plural: str | None = None
    places: list[str] = field(default_factory=list)


class NotALiteralError(Exception):
    """A ``_()`` call whose message is not a string literal (an f-string, a variable)."""


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in _PLURAL | {"N_"}:
        return func.attr
    return None


def _literal(node: ast.expr, where: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise NotALiteralError(f"{where}: the message is not a string literal: {ast.unparse(node)}")


def source_messages(package: Path = PACKAGE) -> dict[tuple[str, str | None], Message]:
    """Every message of the package's source and of ``lint.toml``, by (msgid, plural)."""
    found: dict[tuple[str, str | None], Message] = {}

    def add(msgid: str, plural: str | None, place: str) -> None:
        found.setdefault((msgid, plural), Message(msgid, plural)).places.append(place)

    for path in sorted(package.rglob("*.py")):
        own = path.name == "i18n.py" and path.parent == package  # the functions themselves
        relative = path.relative_to(package.parent).as_posix()
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            where = f"{relative}:{node.lineno}"
            try:
                if name in _SINGLE and node.args:
                    add(_literal(node.args[0], where), None, where)
                elif name in _PLURAL and len(node.args) >= 2:
                    add(_literal(node.args[0], where), _literal(node.args[1], where), where)
            except NotALiteralError:
                if not own:
                    raise
    for path in sorted((package / "cli").glob("*.py")):
        relative = path.relative_to(package.parent).as_posix()
        for msgid, line in help_texts(ast.parse(path.read_text("utf-8"), str(path))):
            add(msgid, None, f"{relative}:{line}")
    lint = tomllib.loads((package / "data" / "lint.toml").read_text("utf-8"))
    for code, entry in lint.items():
        add(entry["summary"], None, f"ikicalc/data/lint.toml:{code}")
    return found


def _is_command(function: ast.FunctionDef) -> bool:
    """Whether ``function`` is registered as a command (``@app.command(…)``) or as the
    application's callback (``@app.callback()``)."""
    for decorator in function.decorator_list:
        call = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(call, ast.Attribute) and call.attr in {"command", "callback"}:
            return True
    return False


def help_texts(tree: ast.Module) -> list[tuple[str, int]]:
    """The help texts of a command-line module, with their lines: the docstring of each
    command without a ``help=``, and every ``help=`` string literal."""
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and _is_command(node):
            explicit = any(
                isinstance(d, ast.Call) and any(k.arg == "help" for k in d.keywords)
                for d in node.decorator_list
            )
            docstring = ast.get_docstring(node, clean=True)
            if docstring and not explicit:
                found.append((docstring, node.lineno))
        elif isinstance(node, ast.Call):
            for keyword in node.keywords:
                value = keyword.value
                if (
                    keyword.arg == "help"
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                    and value.value.strip()
                ):
                    found.append((inspect.cleandoc(value.value), value.lineno))
    return found


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: ikicalc\\n"\n'
    '"Language: id\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=1; plural=0;\\n"\n'
)


def write_po(path: Path = PO) -> list[str]:
    """Rewrite the catalogue with the source's messages, keeping every translation; return
    the message ids that have none."""
    sys.path.insert(0, str(Path(__file__).parent))
    from msgfmt import read_po

    known = {}
    if path.exists():
        known = {(e.msgid, e.plural): e.strings for e in read_po(path) if e.msgid}
    blocks = [HEADER]
    missing = []
    messages = source_messages()
    for key in sorted(messages, key=lambda k: (k[0].casefold(), k[0], k[1] or "")):
        message = messages[key]
        strings = known.get(key, {})
        lines = [f"#: {place}" for place in message.places[:3]]
        lines.append(f"msgid {_quoted(message.msgid)}")
        if message.plural is None:
            lines.append(f"msgstr {_quoted(strings.get(0, ''))}")
        else:
            lines.append(f"msgid_plural {_quoted(message.plural)}")
            lines.append(f"msgstr[0] {_quoted(strings.get(0, ''))}")
        if not strings.get(0):
            missing.append(message.msgid)
        blocks.append("\n".join(lines) + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(blocks), "utf-8")
    return missing


def main(arguments: list[str]) -> int:
    if arguments == ["--check"]:
        sys.path.insert(0, str(Path(__file__).parent))
        from msgfmt import read_po

        known = {(e.msgid, e.plural) for e in read_po(PO) if e.msgid and any(e.strings.values())}
        missing = [m.msgid for k, m in source_messages().items() if k not in known]
        for msgid in missing:
            print(msgid)
        return 1 if missing else 0
    for msgid in write_po():
        print(f"no translation: {msgid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
