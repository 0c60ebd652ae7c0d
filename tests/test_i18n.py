"""Issue 17 item 3: messages in Indonesian and English from one catalogue.

The catalogue (``ikicalc/locale/id/LC_MESSAGES/ikicalc.po``) must hold an Indonesian
translation of every message of the source, with the same placeholders, and its compiled
``.mo`` must be the one the ``.po`` compiles to. The command line speaks Indonesian unless
told otherwise; the Python API English unless told otherwise.
"""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.i18n import get_language, language, ngettext, set_language, word_position

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import messages  # noqa: E402 - tools/messages.py: the messages of the source
import msgfmt  # noqa: E402 - tools/msgfmt.py: the .po → .mo compiler

PO = ROOT / "ikicalc" / "locale" / "id" / "LC_MESSAGES" / "ikicalc.po"
MO = PO.with_suffix(".mo")
EXAMPLES = ROOT / "examples"
BAGOR = EXAMPLES / "kecamatan-bagor-2019.yaml"
BAGOR_DATA = EXAMPLES / "data" / "bagor-2019-realisasi.csv"


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_the_committed_mo_is_the_po_compiled() -> None:
    assert MO.read_bytes() == msgfmt.mo_bytes(msgfmt.read_po(PO)), (
        "run: python tools/msgfmt.py"
    )


def test_every_message_of_the_source_has_an_indonesian_translation() -> None:
    source = messages.source_messages()
    assert len(source) > 100  # the walk finds the messages (not an empty pass)
    catalogue = {(e.msgid, e.plural): e for e in msgfmt.read_po(PO) if e.msgid}
    missing, empty, changed = [], [], []
    for key, message in source.items():
        entry = catalogue.get(key)
        if entry is None:
            missing.append(message.msgid)
            continue
        translated = entry.strings.get(0, "")
        if not translated.strip():
            empty.append(message.msgid)
        elif _fields(translated) != _fields(message.msgid):
            changed.append((message.msgid, translated))
    assert missing == [], "not in the catalogue (run python tools/messages.py)"
    assert empty == [], "no Indonesian translation"
    assert changed == [], "placeholders differ"
    stale = set(catalogue) - set(source)
    assert stale == set(), "in the catalogue but no longer in the source"


def test_a_message_that_is_not_a_literal_is_refused_by_the_walk(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "data" / "lint.toml").write_text("", "utf-8")
    (package / "bad.py").write_text('name = "x"\n_(f"no value for {name}")\n', "utf-8")
    with pytest.raises(messages.NotALiteralError, match=r"bad\.py:2"):
        messages.source_messages(package)


def test_the_python_api_speaks_english_unless_asked() -> None:
    assert get_language() == "en"
    with pytest.raises(ikicalc.EvaluationError) as english:
        ikicalc.parse("A / B x 100%").evaluate({"A": 1})
    assert "no value given for 'B'" in str(english.value)
    with language("id"):
        with pytest.raises(ikicalc.EvaluationError) as indonesian:
            ikicalc.parse("A / B x 100%").evaluate({"A": 1})
        with pytest.raises(ikicalc.FormulaSyntaxError) as syntax:
            ikicalc.parse("Jumlah PNS hadir / x 100%")
    assert get_language() == "en"
    assert "tidak ada nilai untuk 'B'" in str(indonesian.value)
    # the caret excerpt stays, the place is said in Indonesian
    assert str(syntax.value).startswith("baris 1, kolom 20: 'x' tidak didahului operand")
    assert str(syntax.value).endswith("^")
    # a message is built when raised: switching language later does not change it
    assert "no value given" in str(english.value)


def test_set_language_is_public_and_checked() -> None:
    token = ikicalc.set_language("id_ID")
    try:
        assert ikicalc.get_language() == "id"
        with pytest.raises(ikicalc.EvaluationError, match="pembagian dengan nol"):
            ikicalc.parse("A / B").evaluate({"A": 1, "B": 0})
    finally:
        token.var.reset(token)
    with pytest.raises(ikicalc.IkiError, match="unknown language 'fr'"):
        set_language("fr")
    with pytest.raises(TypeError, match="not None"):
        set_language(None)  # type: ignore[arg-type]
    assert get_language() == "en"


def test_plural_forms() -> None:
    assert ngettext("{count} indicator", "{count} indicators", 1).format(count=1) == "1 indicator"
    assert ngettext("{count} indicator", "{count} indicators", 2).format(count=2) == "2 indicators"
    with language("id"):
        for n in (1, 2):
            text = ngettext("{count} indicator", "{count} indicators", n).format(count=n)
            assert text == f"{n} indikator"


def test_word_position() -> None:
    text = "Jumlah PNS  hadir / x 100%"
    assert word_position(text, 0) == 1
    assert word_position(text, 3) == 1
    assert word_position(text, 6) == 2  # the blank before a word counts as that word
    assert word_position(text, text.index("x")) == 5
    assert word_position(text, len(text)) is None


def test_import_ikicalc_reads_no_catalogue() -> None:
    code = (
        "import sys, ikicalc\n"
        "ikicalc.parse('A / B x 100%').evaluate({'A': 1, 'B': 2})\n"
        "print('gettext' in sys.modules)\n"
        "ikicalc.set_language('id')\n"
        "print(ikicalc.parse('A / B x 100%').evaluate({'A': 1, 'B': 2}))\n"
        "print('gettext' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split("\n")[0] == "False"  # English never loads the catalogue
    assert done.stdout.split("\n")[2] == "False"  # nor does a message-free Indonesian run


runner = CliRunner()


def _without_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKICALC_LANG", raising=False)


def test_the_command_line_speaks_indonesian_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_language(monkeypatch)
    done = runner.invoke(app, ["report", str(BAGOR), "--data", str(BAGOR_DATA)])
    assert done.exit_code == 0, done.output
    assert "25 indikator, 41 baris data → 25 baris laporan: 17 dihitung, 8 tidak dihitung" in (
        done.stderr
    )
    # Keterangan of a report says the place in words, never "line 1, column 1"
    assert "tidak dihitung: 'x' tidak didahului operand" in done.stdout
    assert "(pada kata ke-1 rumus)" in done.stdout
    assert "baris 1, kolom" not in done.stdout
    assert "line 1" not in done.stdout
    assert "W102: rasio tampak terbalik" in done.stdout
    assert get_language() == "en"  # the command's language does not leak into the caller


def test_bahasa_option_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_language(monkeypatch)
    args = ["eval", "Jumlah PNS hadir / x 100%"]
    indonesian = runner.invoke(app, args)
    english = runner.invoke(app, ["--bahasa", "en", *args])
    monkeypatch.setenv("IKICALC_LANG", "en")
    from_env = runner.invoke(app, args)
    overridden = runner.invoke(app, ["--bahasa", "id", *args])
    assert indonesian.exit_code == english.exit_code == 2
    assert indonesian.stderr.startswith("galat: baris 1, kolom 20: 'x' tidak didahului operand")
    assert "\n  Jumlah PNS hadir / x 100%\n" in indonesian.stderr  # the caret excerpt stays
    assert english.stderr.startswith("error: line 1, column 20: 'x' has no operand before it")
    assert from_env.stderr == english.stderr
    assert overridden.stderr == indonesian.stderr
    refused = runner.invoke(app, ["--bahasa", "jawa", *args])
    assert refused.exit_code == 2
    assert "unknown language 'jawa'" in refused.stderr


def test_summaries_in_singular_and_plural(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    document = tmp_path / "satu.yaml"
    document.write_text(
        "unit: Kecamatan Contoh\ntahun: 2024\njenis: IKI\njabatan:\n  - nama: Camat\n"
        "    indikator:\n      - id: '001'\n        indikator: Kehadiran\n"
        "        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%\n        target: 95\n",
        "utf-8",
    )
    data = tmp_path / "data.csv"
    data.write_text("indikator,variabel,nilai\n001,Jumlah PNS yang hadir,38\n001,Jumlah PNS,40\n")
    args = ["report", str(document), "--data", str(data)]
    english = runner.invoke(app, ["--bahasa", "en", *args])
    assert "1 indicator, 2 data rows → 1 report row: 1 computed, 0 not computed" in (
        english.stderr
    )
    indonesian = runner.invoke(app, ["--bahasa", "id", *args])
    assert "1 indikator, 2 baris data → 1 baris laporan: 1 dihitung, 0 tidak dihitung" in (
        indonesian.stderr
    )
    checked = runner.invoke(app, ["--bahasa", "en", "check", str(document)])
    assert checked.stderr.strip() == "no problems in 1 file"
    checked = runner.invoke(app, ["--bahasa", "en", "check", str(BAGOR), str(document)])
    assert checked.stderr.strip() == "16 problems (8 errors) in 2 files"
    checked = runner.invoke(app, ["--bahasa", "id", "check", str(BAGOR), str(document)])
    assert checked.stderr.strip() == "16 masalah (8 galat) di 2 berkas"


def test_bad_data_cells_in_indonesian(tmp_path: Path) -> None:
    data = tmp_path / "data.csv"
    data.write_text(
        "\ufeffindikator;variabel;nilai\n003-004;Jumlah PNS yang hadir;dua\n003-004;Jumlah PNS;21\n",
        "utf-8",
    )
    done = runner.invoke(app, ["--bahasa", "id", "report", str(BAGOR), "--data", str(data)])
    assert done.exit_code == 0, done.output
    assert "peringatan: 1 sel tanpa angka yang dapat dipakai:" in done.stderr
    assert f"{data}:2: kolom 'nilai': 'dua' bukan angka" in done.stderr


def test_no_function_that_translates_binds_the_name_underscore() -> None:
    """``_`` is the translation function: a function that also binds ``_`` (``for _ in``,
    ``a, _ = …``) would make every ``_()`` in it an UnboundLocalError."""
    import ast

    clashes = []
    for path in sorted((ROOT / "ikicalc").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            calls = any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_"
                for n in ast.walk(function)
            )
            binds = [
                n.lineno
                for n in ast.walk(function)
                if isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
            ]
            if calls and binds:
                clashes.append(f"{path.relative_to(ROOT)}:{binds[0]} {function.name}")
    assert clashes == []
