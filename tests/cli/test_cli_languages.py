"""Every command of the command line speaks the interface language (issue 14, outside tester: import-answers'
problems and its summary, and share's line, stayed in English under --lang fr / --lang ar).

Each command's usual success and failure is run (in this process, for speed) with --lang fr and --lang ar;
what it prints (stdout and stderr, JSON aside) must hold no English sentence: none of the English texts of
app/services/messages.py that the language words differently, and none of the English words a line written
by hand in English would carry. Left in English on purpose: --help, the usage line's option names, the
questionnaire checker's problems (validate, for the questionnaire's authors: file, line, key), the notes of a
version mapping (written in English by the content authors), the coverage table (docs/content-coverage.md)
and self-test (an installation check that exercises the three languages itself)."""

from __future__ import annotations

import re
import string
import sys

import pytest
from openpyxl import load_workbook

from app import cli
from app.services import messages
from tests.conftest import SHIPPED

ENGLISH_WORDS = re.compile(
    r"\b(the|was|were|has|have|is|are|not|and|of|from|into|with|answer|answers|assessment|changed|unchanged|"
    r"nothing|error|scored|provisional|overall|contributor|received|dispute|decided|protected|passphrase|"
    r"written|refused|problem|problems|usage|coverage|conservative|agreement|unanimous|conflict|single|none|"
    r"planned|done|already|current|created|upgraded|needs|give|choose|either|both|neither|exists|does|"
    r"document|line|file|applies|use|unknown|already|adopted|added|damaged)\b", re.IGNORECASE)


def english_fragments(lang: str) -> list[str]:
    """The pieces of every message's English text (between its placeholders) that `lang` does not share."""
    out = []
    for key in messages._MESSAGES:
        en, other = messages._MESSAGES[key][0], messages._MESSAGES[key][messages.LANGS.index(lang)]
        for literal, *_ in string.Formatter().parse(en):
            piece = literal.strip(" :;,.()'\n\t-")
            if len(piece) >= 12 and " " in piece and piece not in other:
                out.append(piece)
    return out


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("OPSC_ASSESS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OPSC_ASSESS_DATABASE_URL", raising=False)
    monkeypatch.delenv("OPSC_PASSPHRASE", raising=False)
    monkeypatch.delenv("OPSC_USER", raising=False)
    return tmp_path


def call(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["app", *argv])
    try:
        code = cli.run(list(argv))
    except SystemExit as e:  # argparse's usage errors
        code = int(e.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def the_runs(tmp, lang):
    """(argv, expected exit code) for each command: its usual success and its usual failure."""
    csv_ok, csv_bad = tmp / "ok.csv", tmp / "bad.csv"
    csv_ok.write_text("question_id,answer,na_reason,comment\nIII.A-10,largely,,Code pénal\nV-01,not,,\n",
                      encoding="utf-8")
    csv_bad.write_text("question_id,answer,na_reason,comment\nIII.A-10,beaucoup,,\nZZ-99,fully,,\n", encoding="utf-8")
    short = tmp / "short.txt"
    short.write_text("ab\n", encoding="utf-8")
    g = ["--lang", lang]
    return [
        ([*g, "upgrade-database"], 0),
        ([*g, "new", "--title", "Revue nationale", "--country", "MA", "--date", "2026-01-15"], 0),
        ([*g, "new", "--title", "Revue", "--country", "ZZ"], 1),
        ([*g, "new", "--title", "Revue", "--country", "MA", "--date", "hier"], 1),
        ([*g, "import-answers", "1", str(csv_ok)], 0),
        ([*g, "import-answers", "1", str(csv_bad)], 1),
        ([*g, "import-answers", "1", str(tmp / "nowhere.csv")], 1),
        ([*g, "list"], 0),
        ([*g, "score", "1"], 0),
        ([*g, "score", "1", "--by", "mnr"], 0),
        ([*g, "score", "99"], 1),
        ([*g, "score", "abc"], 2),
        ([*g, "template", "1", "--out", str(tmp / "modele.xlsx"), "--lang", lang], 0),
        ([*g, "template", "99", "--out", str(tmp / "x.xlsx")], 1),
        ([*g, "export", "1", "--format", "pdf", "--lang", lang, "--out", str(tmp / "r.pdf"), "--summary"], 0),
        ([*g, "export", "1", "--format", "xlsx", "--lang", lang, "--out", str(tmp / "r.xlsx"), "--summary"], 1),
        ([*g, "follow-up", "1", "--date", "2026-06-01"], 0),
        ([*g, "follow-up", "1", "--date", "2020-01-01"], 1),
        ([*g, "compare", "1", "2"], 0),
        ([*g, "compare", "1", "2", "--out", str(tmp / "c.pdf")], 1),
        ([*g, "compare", "1", str(tmp / "absent.opsc")], 1),
        ([*g, "upgrade", "1", "--dry-run"], 1),
        ([*g, "verify", "1"], 0),
        ([*g, "verify", "99"], 4),
        ([*g, "share", "1", "--out", str(tmp / "envoi.opsc"), "--by", "Animatrice"], 0),
        ([*g, "share", "1", "--out", str(tmp / "p.opsc"), "--passphrase-file", str(short)], 1),
        ([*g, "share", "1", "--out", str(tmp / "p.opsc"), "--protect"], 1),
        ([*g, "share", "1"], 2),
        ([*g, "receive", str(tmp / "groupe.xlsx"), "--by", "Groupe Nord"], 0),
        ([*g, "receive", str(tmp / "envoi.opsc")], 1),
        ([*g, "contributions", "1"], 0),
        ([*g, "contributions", "99"], 1),
        ([*g, "adopt", "1", "--unanimous"], 0),
        ([*g, "adopt", "1", "--question", "V-01", "--from", "Groupe Nord"], 0),
        ([*g, "adopt", "1"], 1),
        ([*g, "adopt", "1", "--question", "V-01"], 1),
        ([*g, "validate", str(SHIPPED)], 0),
        ([*g, "validate", str(tmp / "no-such-folder")], 1),
        ([*g, "freeze-version", str(SHIPPED), "--out", str(tmp / "frozen.yaml")], 0),
        ([*g, "freeze-version", str(tmp / "no-such-folder")], 1),
        ([*g, "coverage", "--out", str(tmp / "coverage.md")], 0),
    ]


def group_template(tmp, lang):
    """The template the group filled: V-01 answered 'fully' (the facilitator said 'not')."""
    wb = load_workbook(tmp / "modele.xlsx")
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, header.index("question_id") + 1).value == "V-01":
            sheet.cell(row, header.index("answer") + 1).value = "fully"
    wb.save(tmp / "groupe.xlsx")


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_command_speaks_the_interface_language(home, monkeypatch, capsys, lang):
    fragments = english_fragments(lang)
    seen: list[str] = []
    for argv, expected in the_runs(home, lang):
        if argv[2] == "receive" and argv[3].endswith(".xlsx"):
            group_template(home, lang)
        code, out, err = call(monkeypatch, capsys, *argv)
        assert code == expected, (argv, out, err)
        assert "Traceback" not in err
        if argv[2] == "coverage":
            out = ""  # the coverage table is the English content document (docs/content-coverage.md)
        if argv[2] in ("validate", "freeze-version"):  # the questionnaire checker's problems: for its authors
            out, err = ("\n".join(line for line in x.splitlines() if not re.match(r"\S+\.yaml(:\d+)?: ", line))
                        for x in (out, err))
        text = "\n".join([out, err])
        seen.append(text)
        for line in text.splitlines():
            # paths, options, the answer codes (fully|largely|...: what the file must hold) and [usage]
            shown = re.sub(r"(/|[A-Za-z]:\\\\)\S+|--[a-z-]+|\{[^}]*\}|\[[^\]]*\]|\w+(\|\w+)+", " ", line)
            words = ENGLISH_WORDS.findall(shown)
            assert not words, f"English in {argv[2]} ({lang}): {line!r} ({words})"
            found = [f for f in fragments if f in line]
            assert not found, f"English message in {argv[2]} ({lang}): {line!r} ({found})"
    everything = "\n".join(seen)
    said = {"fr": ["modifiée", "sans objet à justifier", "plan d’action", "évaluation 1",
                   "au moins 8 caractères", "contribution de Groupe Nord", "utilisation\u00a0:"],
            "ar": ["إجابات تغيّرت", "غير منطبق دون سبب", "التقييم 1", "8 محارف على الأقل", "مساهمة من Groupe Nord",
                   "الاستخدام:"]}[lang]
    for text in said:
        assert text in everything, text


def test_english_stays_english(home, monkeypatch, capsys):
    """The default language is still English, word for word as before (scripts and tests read it)."""
    monkeypatch.setenv("LANG", "C")
    assert call(monkeypatch, capsys, "--lang", "en", "new", "--title", "Kenya", "--country", "KE")[0] == 0
    csv_ok = home / "ok.csv"
    csv_ok.write_text("question_id,answer,na_reason,comment\nV-01,not,,\n", encoding="utf-8")
    code, out, _ = call(monkeypatch, capsys, "--lang", "en", "import-answers", "1", str(csv_ok))
    assert (code, out.strip()) == (0, "1 answer changed, 0 unchanged, from ok.csv into assessment 1")
    code, out, _ = call(monkeypatch, capsys, "--lang", "en", "share", "1", "--out", str(home / "s.opsc"), "--by", "F")
    assert code == 0 and out.startswith(f"{home / 's.opsc'}: assessment 1 (") and out.rstrip().endswith(
        "1 answer, sections all")


def test_every_comparison_mark_and_action_state_has_its_words():
    """compare prints them by key: a value added later without its words would fail here, not on a user."""
    from app.domain.comparison import ActionState, Mark

    for value in [*(f"cli_mark_{m.value}" for m in Mark), *(f"cli_action_{s.value}" for s in ActionState)]:
        assert value in messages._MESSAGES, value


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_an_export_that_cannot_be_written_is_refused_in_the_interface_language(home, monkeypatch, capsys, lang):
    """Outside adversary: `--lang fr export 1 --format pdf --out /nonexistent/x.pdf` said "The folder ... does not
    exist" in English, because the sentence followed the report's language (the export's own --lang, English by
    default), not the interface's."""
    assert call(monkeypatch, capsys, "new", "--title", "T", "--country", "SN")[0] == 0
    missing = home / "nowhere" / "x.pdf"
    for argv in (["--lang", lang, "export", "1", "--format", "pdf", "--out", str(missing)],
                 ["--lang", lang, "template", "1", "--out", str(missing.with_suffix(".xlsx"))]):
        code, _, err = call(monkeypatch, capsys, *argv)
        assert code == 1, err
        assert "does not exist" not in err and "choose another folder" not in err, err
        assert ("n’existe pas" if lang == "fr" else "غير موجود") in err, err


def test_a_provisional_score_agrees_with_the_score_in_arabic(home, monkeypatch, capsys):
    """`score` marks a score on thin evidence as provisional; in Arabic the mark qualifies الدرجة (the score,
    feminine), so it is مؤقّتة, as in the reports, not the masculine مؤقت (review of the Arabic wording)."""
    assert call(monkeypatch, capsys, "new", "--title", "Revue", "--country", "MA")[0] == 0
    csv = home / "a.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII.A-10,largely,,\nV-01,not,,\n", encoding="utf-8")
    assert call(monkeypatch, capsys, "import-answers", "1", str(csv))[0] == 0
    code, out, err = call(monkeypatch, capsys, "--lang", "ar", "score", "1")
    assert code == 0, err
    overall = out.splitlines()[-1]  # two answers of the whole questionnaire: the overall score is provisional
    assert "مؤقّتة" in overall, overall
    assert not re.search("مؤقّ?ت(?!ة)", out), out
    code, out, _ = call(monkeypatch, capsys, "--lang", "fr", "score", "1")
    assert code == 0 and "provisoire" in out.splitlines()[-1]
