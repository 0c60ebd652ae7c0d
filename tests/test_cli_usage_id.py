"""Issue 17 items 3 and 6: Click's own usage errors (an unknown option or command, a missing
argument or option, an invalid value, extra arguments) come out in the language of the command
line, Indonesian by default and English with ``--bahasa en`` or ``IKICALC_LANG=en``, with the
usage line and the ``--help`` hint; an unknown ``--bahasa`` is refused in both languages, also
when help is asked."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from ikicalc.cli import COMMAND_MODULES, app
from ikicalc.cli.help_text import REASONS, USAGE_ERRORS, said
from ikicalc.i18n import language

runner = CliRunner()

ENGLISH_WORDS = (
    "Usage:",
    "Error:",
    "Try '",
    "No such",
    "Missing",
    "Invalid value",
    "Got unexpected",
    "requires",
    "does not take",
    "Possible options",
    "Did you mean",
    "is not one of",
    "[OPTIONS]",
    "COMMAND [ARGS]",
    "should be a valid",
)
"""Click's and pydantic's English words: none may reach an Indonesian reader."""


@pytest.fixture
def indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKICALC_LANG", raising=False)  # the command line's default


def _error(args: list[str]) -> tuple[int, list[str]]:
    done = runner.invoke(app, args)
    return done.exit_code, done.stderr.splitlines()


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bogus"], "Galat: Tidak ada opsi --bogus"),
        (
            ["eval", "--documen", "x"],
            "Galat: Tidak ada opsi --documen (opsi yang mungkin: --document)",
        ),
        (["evl"], "Galat: Tidak ada perintah 'evl'. Maksud Anda 'eval'?"),
        (["zzz"], "Galat: Tidak ada perintah 'zzz'."),
        (["check"], "Galat: Argumen 'files' belum diberikan."),
        (["solve", "A / B"], "Galat: Opsi '--for' wajib diberikan."),
        (["template", "x.yaml"], "Galat: Opsi '--output' / '-o' wajib diberikan."),
        (
            ["check", "-f", "xml", "x.yaml"],
            "Galat: Nilai tidak sah untuk '--format' / '-f': 'xml' bukan salah satu dari "
            "'text', 'json'.",
        ),
        (
            ["serve", "--workers", "banyak"],
            "Galat: Nilai tidak sah untuk '--workers': seharusnya bilangan bulat, teks ini "
            "tidak dapat dibaca sebagai bilangan bulat",
        ),
        (
            ["serve", "--time-limit", "lama"],
            "Galat: Nilai tidak sah untuk '--time-limit': seharusnya angka, teks ini tidak "
            "dapat dibaca sebagai angka",
        ),
        (["eval", "a", "b", "c"], "Galat: Ada argumen lebih yang tidak diharapkan (b c)"),
        (["--bahasa"], "Galat: Opsi '--bahasa' memerlukan sebuah nilai."),
        (["scales", "--json=1"], "Galat: Opsi '--json' tidak menerima nilai."),
        (["--bahasa", "id"], "Galat: Perintah belum diberikan."),
    ],
)
def test_click_usage_errors_speak_indonesian(args: list[str], message: str) -> None:
    code, lines = _error(args)
    assert code == 2
    assert lines[-1] == message
    shown = "\n".join(lines)
    assert not [word for word in ENGLISH_WORDS if word in shown], shown


@pytest.mark.usefixtures("indonesian")
def test_the_usage_line_and_the_help_hint_speak_indonesian() -> None:
    code, lines = _error(["eval", "--bogus"])
    assert code == 2
    assert lines[0].startswith("Pemakaian: ")
    assert lines[0].endswith(" eval [OPSI] [formula]")
    assert lines[1].startswith("Coba '")
    assert lines[1].endswith(" eval --help' untuk bantuan.")
    assert lines[2] == ""
    code, lines = _error(["--bogus"])
    assert lines[0].endswith(" [OPSI] PERINTAH [ARGUMEN]...")


@pytest.mark.parametrize("how", ["option", "environment"])
def test_click_usage_errors_stay_english_when_english_is_asked(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IKICALC_LANG", raising=False)
    prefix = ["--bahasa", "en"] if how == "option" else []
    if how == "environment":
        monkeypatch.setenv("IKICALC_LANG", "en")
    code, lines = _error([*prefix, "check", "-f", "xml", "x.yaml"])
    assert code == 2
    assert lines[0].startswith("Usage: ")
    assert lines[0].endswith(" check [OPTIONS] {files}...")
    assert lines[1].endswith(" check --help' for help.")
    assert lines[-1] == (
        "Error: Invalid value for '--format' / '-f': Value error, 'xml' is not one of "
        "'text', 'json'."
    )
    code, lines = _error([*prefix, "evl"])
    assert lines[-1] == "Error: No such command 'evl'. Did you mean 'eval'?"


@pytest.mark.usefixtures("indonesian")
def test_indonesian_help_says_the_usage_placeholders_in_indonesian() -> None:
    done = runner.invoke(app, ["--help"])
    assert done.exit_code == 0
    assert done.stdout.splitlines()[0].endswith(" [OPSI] PERINTAH [ARGUMEN]...")
    english = runner.invoke(app, ["--bahasa", "en", "--help"])
    assert english.stdout.splitlines()[0].endswith(" [OPTIONS] COMMAND [ARGS]...")


BOTH_LANGUAGES = [
    "galat: bahasa 'xx' tidak dikenal (--bahasa, IKICALC_LANG): pakai id (bahasa Indonesia) "
    "atau en",
    "error: unknown language 'xx' (--bahasa, IKICALC_LANG): use id (Indonesian) or en",
]


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize(
    "args",
    [
        ["--bahasa", "xx", "--help"],
        ["--bahasa=xx", "check", "--help"],
        ["--bahasa", "xx", "check", "x.yaml"],
    ],
)
def test_an_unknown_language_is_refused_in_both_languages(args: list[str]) -> None:
    done = runner.invoke(app, args)
    assert done.exit_code == 2
    assert done.stdout == ""  # no help, in no language
    assert done.stderr.splitlines() == BOTH_LANGUAGES


def test_an_unknown_language_from_the_environment_with_help(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IKICALC_LANG", "xx")
    done = runner.invoke(app, ["--help"])
    assert done.exit_code == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == BOTH_LANGUAGES


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize("command", sorted(COMMAND_MODULES))
def test_every_command_wrong_and_its_help_speak_indonesian(command: str) -> None:
    code, lines = _error([command, "--zzz"])
    assert code == 2
    assert lines[-1] == "Galat: Tidak ada opsi --zzz"
    shown = "\n".join(lines)
    assert not [word for word in ENGLISH_WORDS if word in shown], shown
    done = runner.invoke(app, [command, "--help"], terminal_width=80)
    assert done.exit_code == 0
    assert not [word for word in ENGLISH_WORDS if word in done.stdout], done.stdout
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    assert not ENGLISH_KINDS.search(done.stdout), done.stdout


ENGLISH_KINDS = re.compile(r"<(path|str|int|float|list\[\w+\])>")
"""The kinds of value Typer names after an option (``--data <path>``), in English."""


@pytest.mark.usefixtures("indonesian")
def test_the_kind_of_value_an_option_takes_is_said_in_the_language_asked() -> None:
    indonesian = runner.invoke(app, ["serve", "--help"], terminal_width=80).stdout
    assert "--port <bilangan>" in indonesian
    assert "--time-limit <desimal>" in indonesian
    assert "--cors-origin <daftar[teks]>" in indonesian
    report = runner.invoke(app, ["report", "--help"], terminal_width=80).stdout
    assert "--data <berkas>" in report
    assert "-f, --format <table|json|csv|xlsx|pdf>" in report  # the values stay as typed
    english = runner.invoke(app, ["--bahasa", "en", "serve", "--help"]).stdout
    assert "--port <int>" in english
    assert "--cors-origin <list[str]>" in english


def test_every_usage_template_reads_back_its_own_english() -> None:
    # each template, formatted in English, is recognised as itself (not as a shorter one)
    for template in USAGE_ERRORS:
        fields = {name: f"<{name}>" for name in ("name", "options", "suggestions", "count")}
        fields |= {"arguments": "a b", "reason": "r"}
        english = template.format(**fields)
        with language("id"):
            assert said(english) != english, template
        with language("en"):
            assert said(english) == english
    with language("id"):
        for reason in REASONS:
            english = reason.format(value="'v'", choices="'a', 'b'", kind="integer")
            assert said(f"Invalid value for '--x': {english}").startswith(
                "Nilai tidak sah untuk '--x': "
            )
            assert english not in said(f"Invalid value for '--x': {english}")


def test_an_unknown_message_is_shown_as_it_is() -> None:
    with language("id"):
        assert said("Something Click says one day.") == "Something Click says one day."


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize(
    ("args", "in_indonesian", "in_english"),
    [
        (
            ["solve", "A / B x 100%", "--for", "C", "--equals", "50", "--set", "B=4"],
            "galat: 'C' bukan variabel rumus ini (variabelnya: 'A', 'B')",
            "error: 'C' is not a variable of this formula (its variables: 'A', 'B')",
        ),
        (
            ["solve", "A / B x 100%", "--for", "A", "--equals", "50"],
            "galat: mencari nilai 'A' memerlukan nilai 'B'",
            "error: solving for 'A' needs the value of 'B'",
        ),
        (
            ["solve", "A x A", "--for", "A", "--equals", "4"],
            "galat: lebih dari satu nilai 'A' membuat rumus ini sama dengan 4: -2 dan 2; "
            "tidak ada satu jawaban",
            "error: more than one value of 'A' makes this formula equal 4: -2 and 2; "
            "there is no one answer",
        ),
        (
            ["solve", "A / B x 100%", "--for", "A", "--equals", "50", "--set", "B=0"],
            "galat: tidak ada nilai 'A' yang membuat rumus ini sama dengan 50%: dengan nilai "
            "yang diberikan, salah satu penyebutnya 0",
            "error: no value of 'A' makes this formula equal 50%: with the values given, a "
            "denominator is 0",
        ),
    ],
)
def test_solve_refuses_in_the_language_asked(
    args: list[str], in_indonesian: str, in_english: str
) -> None:
    done = runner.invoke(app, args)
    assert done.exit_code != 0
    assert done.stderr.splitlines()[0] == in_indonesian
    done = runner.invoke(app, ["--bahasa", "en", *args])
    assert done.stderr.splitlines()[0] == in_english


@pytest.mark.usefixtures("indonesian")
def test_the_placeholders_of_a_refusal_are_indonesian_words() -> None:
    done = runner.invoke(app, ["eval"])
    assert done.exit_code == 2
    assert done.stderr == "galat: berikan RUMUS, atau --document BERKAS --indicator ID\n"
