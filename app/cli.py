"""The command line: python -m app <command>. Bad input gives one line and exit 1 or 2, never a traceback.

Exit codes: 0 success, 1 the input was refused (invalid file, unknown id...), 2 usage error,
3 an unexpected error (a bug: its traceback is written to the log in the data folder), 4 `verify` found
that an audit trail and the stored data do not match (docs/audit.md).

What a command prints - results, refusals, problems, prompts, usage errors - is in the interface language
(--lang, else the one remembered in the settings; JSON keys and answer codes excepted). Left in English: --help,
the problem lines of validate/freeze-version (for the questionnaire's authors: file, line, key), the notes of a
version mapping printed by upgrade (written in English), the coverage table (docs/content-coverage.md) and
self-test (an installation check); tests/cli/test_cli_languages.py runs every command in French and Arabic.

Changes made from the command line are recorded in the audit trail with the means "cli" (an import:
"import"; an upgrade: "upgrade"). Who made them (the audit trail's "who", `changed_by`, and the default
author of `share`): the OPSC_USER environment variable when set, else the name given in the window (first
run or Settings), else the computer's login name; on a PostgreSQL server, always the server login.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from app import __version__, paths
from app.domain.languages import LANGUAGES


class Refused(Exception):
    """Input refused: printed as one line in the interface language, exit code 1. `key` names the message
    (app/services/messages.py), `values` fill it."""

    def __init__(self, key: str, **values: object):
        from app.services.messages import message

        super().__init__(message(key, "en", **values))
        self.key, self.values = key, values

    def text(self, lang: str) -> str:
        from app.services.messages import message

        return message(self.key, lang, **self.values)


class _Parser(argparse.ArgumentParser):
    """argparse, its usage errors (exit 2) said in the interface language: the usage line stays as it is
    (it is the syntax), the sentence after it is translated."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, _usage_error(self.prog, message) + "\n")

    def format_usage(self) -> str:
        from app.services.messages import message

        usage = super().format_usage()
        return message("cli_usage_prefix", _early_lang()) + usage.removeprefix("usage: ")


def _usage_error(prog: str, text: str) -> str:
    import re

    from app.services.messages import message

    lang = _early_lang()
    if lang == "en":  # argparse's own words, as before
        return f"{prog}: error: {text}"
    patterns = (
        (r"the following arguments are required: (.+)", "cli_usage_required", ("names",)),
        (r"argument (\S+): invalid choice: '?(.*?)'? \(choose from (.+)\)", "cli_usage_choice",
         ("name", "value", "choices")),
        (r"argument (\S+): invalid int value: '(.*)'", "cli_usage_int", ("name", "value")),
        (r"unrecognized arguments: (.+)", "cli_usage_unknown", ("names",)),
        (r"argument (\S+): expected one argument", "cli_usage_one_value", ("name",)),
    )
    said = None
    for pattern, key, names in patterns:
        m = re.fullmatch(pattern, text)
        if m:
            said = message(key, lang, **dict(zip(names, m.groups(), strict=True)))
            break
    if said is None:
        said = message("cli_usage_other", lang, detail=text)
    return message("cli_usage_see_help", lang, prog=prog, text=said)


def _early_lang() -> str:
    """The interface language before the arguments are parsed: a --lang given, else the settings'."""
    argv = sys.argv[1:]
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a[7:] in LANGUAGES:
            return a[7:]
        if not a.startswith("-"):
            break  # the command: a --lang after it is the report's language
    return _lang(argparse.Namespace(lang=None))


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m app",
        description="OPSC self-assessment against the CRC Guidelines (CRC/C/156). "
                    "Without a command, the application window opens.",
    )
    p.add_argument("--version", action="version", version=f"opsc-assess {__version__}")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="interface language: without a command, the window opens in it and remembers it in its "
                        "Settings; with a command, for that command only, not remembered (default: the language of "
                        "the window's Settings, else English), and the language of a report the command writes "
                        "when not given its own --lang")
    sub = p.add_subparsers(dest="command", metavar="command", parser_class=_Parser)

    v = sub.add_parser("validate", help="check a questionnaire folder; print every error with file, line and key")
    v.add_argument("path", type=Path)
    fz = sub.add_parser("freeze-version", help="write versions/<version>.yaml: the frozen meaning of a questionnaire "
                                               "folder's current version (do it when releasing a version)")
    fz.add_argument("path", type=Path)
    fz.add_argument("--out", type=Path, default=None, help="where to write it (default: <path>/versions/)")
    up = sub.add_parser("upgrade", help="carry an assessment over to the questionnaire version the app uses; "
                                        "prints what was kept, flagged to review, removed and added")
    up.add_argument("id", type=int)
    up.add_argument("--dry-run", action="store_true", help="only print what would happen")
    ls = sub.add_parser("list", help="list the assessments (a follow-up names its baseline and counts the answers "
                                     "carried over, still to confirm)")
    ls.add_argument("--json", action="store_true", help="as JSON")
    n = sub.add_parser("new", help="create an assessment; prints its id")
    n.add_argument("--title", required=True)
    n.add_argument("--country", required=True, help="ISO 3166 code, e.g. MA, KE, CI")
    n.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the assessment's date")
    n.add_argument("--organisation", default="")
    n.add_argument("--assessors", default="")
    e = sub.add_parser("export", help="write an Excel or PDF report")
    e.add_argument("id", type=int)
    e.add_argument("--format", choices=("xlsx", "pdf"), required=True)
    e.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default=None,
                   help="report language (default: the interface language, --lang before the command)")
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--summary", action="store_true",
                   help="PDF only: the summary, results and action plan, without the question-by-question part")
    e.add_argument("--audit", action="store_true",
                   help="add the audit trail: every change (when, who, what, from, to, by which means) and whether "
                        "it verifies (docs/audit.md)")
    e.add_argument("--workshop", action="store_true",
                   help="add the workshop annex: contributors and their institutions, agreement by section and "
                        "the questions still in dispute")
    s = sub.add_parser("score", help="print the scores of an assessment")
    s.add_argument("id", type=int)
    s.add_argument("--json", action="store_true", help="as JSON")
    s.add_argument("--by", choices=("mnr", "icmec"), default=None,
                   help="group by WePROTECT Model National Response capability (mnr) or ICMEC / REPERES legislative "
                        "criterion (icmec: five from the ICMEC Global Review of model legislation, eleven from "
                        "the REPERES report's criteria for efficient legislation) instead of by section; a question "
                        "tagged with several counts in each")
    fu = sub.add_parser("follow-up", help="start a follow-up review of an assessment (same country, its answers "
                                          "carried over to confirm, its action plan with each status); "
                                          "prints the new assessment's id")
    fu.add_argument("id", type=int)
    fu.add_argument("--title", default=None, help="default: the baseline's title, then '— follow-up' in the "
                                                   "interface language (--lang)")
    fu.add_argument("--lang", dest="title_lang", choices=LANGUAGES, default=None,
                    help="language of the default title (default: the interface language)")
    fu.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                    help="the follow-up's assessment date (default: today; not before the baseline's date)")
    cm = sub.add_parser("compare", help="compare two or more assessments side by side (the first is the reference "
                                        "of every change, except that a baseline always comes before its "
                                        "follow-up); --json, or a report with --format and --out")
    cm.add_argument("ids", nargs="+", metavar="ID|FILE",
                    help="an assessment's id, or a received exchange file (.opsc) read without storing it")
    cm.add_argument("--json", action="store_true", help="print the comparison as JSON")
    cm.add_argument("--format", choices=("xlsx", "pdf"), default=None, help="write a comparison report")
    cm.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default=None,
                    help="report language (default: the interface language, --lang before the command)")
    cm.add_argument("--out", type=Path, default=None, help="where to write the report")
    cm.add_argument("--passphrase-file", type=Path, default=None,
                    help="the passphrase of protected exchange files (else OPSC_PASSPHRASE, else asked)")
    i = sub.add_parser("import-answers", help="import answers from a CSV file or an answer template (.xlsx)")
    i.add_argument("id", type=int)
    i.add_argument("file", type=Path)
    t = sub.add_parser("template", help="write an Excel answer template for offline answering")
    t.add_argument("id", type=int)
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default=None,
                   help="the template's language (default: the interface language, --lang before the command)")
    c = sub.add_parser("coverage", help="paragraph coverage of the questionnaire; writes docs/content-coverage.md")
    c.add_argument("--out", type=Path, default=None, help="where to write the Markdown table")
    vf = sub.add_parser("verify", help="check the audit trail of an assessment (all of them without an id): its "
                                       "hash chain, and that the stored answers, actions, weights and details are "
                                       "what it says; exit 4 naming what does not match")
    vf.add_argument("id", type=int, nargs="?", default=None)
    vf.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default=None,
                    help="language of the messages (default: the interface's)")
    sh = sub.add_parser("share", help="write an assessment to an exchange file (.opsc) for another laptop")
    sh.add_argument("id", type=int)
    sh.add_argument("--out", type=Path, required=True)
    sh.add_argument("--by", default=None, help="who writes the file (default: OPSC_USER, else the name given in "
                                               "the settings, else the login name)")
    sh.add_argument("--institution", default=None, help="the writer's institution, shown to the facilitator "
                                                        "(default: the one given in the settings)")
    sh.add_argument("--sections", default=None, help="only these sections or chapters, e.g. III.A,V (default: "
                                                     "the sections this laptop was handed out, else all)")
    sh.add_argument("--all-sections", action="store_true",
                    help="every section, even when this laptop was handed out only some")
    sh.add_argument("--passphrase-file", type=Path, default=None,
                    help="protect the file with the passphrase in this file (or set OPSC_PASSPHRASE)")
    sh.add_argument("--protect", action="store_true", help="protect the file with a passphrase typed at the prompt")
    rc = sub.add_parser("receive", help="receive exchange files (.opsc) or group answer templates (.xlsx); prints, "
                                        "per file, the assessment id and whether it was added or became a contribution")
    rc.add_argument("files", type=Path, nargs="+")
    rc.add_argument("--by", default=None,
                    help="the name of the group that filled an answer template (.xlsx; required for one, one "
                         "template per --by); exchange files (.opsc) carry their author's name and --by does "
                         "not change it (it is refused with only .opsc files)")
    rc.add_argument("--into", type=int, default=None, help="answer templates: the assessment they contribute to")
    rc.add_argument("--institution", default="", help="answer templates: the group's institution (shown in the "
                                                      "workshop annex)")
    rc.add_argument("--passphrase-file", type=Path, default=None,
                    help="the passphrase of protected files (or OPSC_PASSPHRASE, or typed when asked)")
    co = sub.add_parser("contributions", help="the contributions to an assessment and where contributors agree")
    co.add_argument("id", type=int)
    co.add_argument("--json", action="store_true", help="as JSON")
    ad = sub.add_parser("adopt", help="adopt contributors' answers into the assessment (the consensus)")
    ad.add_argument("id", type=int)
    ad.add_argument("--unanimous", action="store_true",
                    help="every unanimous answer for questions with no answer yet; prints how many")
    ad.add_argument("--question", default=None, help="decide one question ...")
    ad.add_argument("--from", dest="from_author", default=None, help="... with this contributor's answer")
    ad.add_argument("--note", default="", help="... and this note on the decision (required for a conflict)")
    ad.add_argument("--json", action="store_true",
                    help="--unanimous: print, as JSON, the questions adopted and those left alone by reason")
    sub.add_parser("upgrade-database", help="create or upgrade the schema of the database in use (on a server: "
                                            "run it as the schema owner, see docs/server.md)")
    sub.add_parser("gui", help="open the application window (the default)")
    st = sub.add_parser("self-test", help="check this installation: open the window, create an assessment, import "
                                          "answers, write PDF and Excel reports in the three languages (in a "
                                          "temporary data folder; set QT_QPA_PLATFORM=offscreen to run it unseen)")
    st.add_argument("--keep", type=Path, default=None, help="use this folder for the data and keep it")
    return p


def run(argv: list[str]) -> int:
    if not argv:  # the common case, double-clicked: straight to the window, no parser to build
        from app.ui.application import run_gui

        return int(run_gui())
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse printed usage or --help/--version
        return int(e.code or 0)
    if args.command in (None, "gui"):
        from app.ui.application import run_gui

        return int(run_gui(lang=args.lang))
    from app import applog

    log = applog.setup()
    try:
        return int(COMMANDS[args.command](args) or 0)
    except Refused as e:
        print(_error(args, e.text(_lang(args))), file=sys.stderr)
        return 1
    except Exception as e:  # the one place a failure becomes a message, not a traceback; bugs are logged
        from app.services.errors import EXPECTED, describe
        from app.services.messages import FileRefused

        lang = _lang(args)
        if isinstance(e, FileRefused):  # a refused exchange file: its reason, in the interface language
            print(_error(args, ' '.join(e.lines(lang))), file=sys.stderr)
            return 1
        if isinstance(e, EXPECTED):
            from app.services.messages import message

            # the window keeps what was typed on screen; a command has nothing on screen to keep
            said = message("cli_disk_full", lang, path=getattr(e, "path", "")) \
                if getattr(e, "kind", None) == "disk_full" else describe(e, lang)
            print(_error(args, said), file=sys.stderr)
            return 1
        logging.getLogger("app.cli").critical("unexpected error in '%s'", args.command, exc_info=e)
        from app.services.messages import message

        what = f"{type(e).__name__}: {describe(e)}"
        said = message("cli_unexpected_logged", lang, what=what, log=log) if log else \
            message("cli_unexpected", lang, what=what)
        print(_error(args, said), file=sys.stderr)
        return 3


def _error(args: argparse.Namespace, text: str) -> str:
    """One error line, its "error:" prefix in the interface language too."""
    from app.services.messages import message

    return message("cli_error", _lang(args), text=text)


def _say(args: argparse.Namespace, key: str, **values: object) -> str:
    """A line of the command's output in the interface language (app/services/messages.py)."""
    from app.services.messages import message

    return message(key, _lang(args), **values)


def _lang(args: argparse.Namespace) -> str:
    """The interface language: --lang, else the one remembered in the settings."""
    if getattr(args, "lang", None):
        return str(args.lang)
    try:
        from app.services.settings import load_settings

        return load_settings().language
    except (OSError, ValueError):
        return "en"


def _workspace() -> Any:
    """The database in use: OPSC_ASSESS_DATABASE_URL (a server) if set, else the file in the data folder.

    A server that wants a password the URL does not carry gets it typed at a terminal (never echoed,
    never stored); without a terminal, libpq's PGPASSWORD or ~/.pgpass are the ways to give it.
    """
    from app.domain.audit import Means
    from app.services.errors import PasswordRequiredError
    from app.services.exchange import check_name
    from app.services.messages import message
    from app.services.settings import ENV_USER
    from app.services.workspace import Workspace

    check_name(os.environ.get(ENV_USER, ""), "user")  # the audit's 'who': refused, not stored raw
    url = paths.database_url()
    try:
        ws = Workspace.open(url)
    except PasswordRequiredError:
        if url is None or not sys.stdin.isatty():
            raise
        import getpass

        lang = _lang(argparse.Namespace(lang=None)) if len(sys.argv) < 2 else _early_lang()
        user = _user_of(url) or message("cli_the_database_user", lang)
        ws = Workspace.open(url, password=getpass.getpass(message("cli_prompt_password", lang, user=user)))
    ws.means = Means.CLI
    return ws


def _user_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return rest.split("@", 1)[0].split(":", 1)[0] if "@" in rest else ""


def cmd_upgrade_database(args: argparse.Namespace) -> int:
    ws = _workspace()
    before = ws.migrated_from
    key = {None: "cli_schema_current", 0: "cli_schema_created"}.get(before, "cli_schema_upgraded")
    print(_say(args, key, location=ws.location, version=ws.schema_version, old=before))
    ws.close()
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from app.definitions import check_questionnaire

    if not args.path.exists():
        raise Refused("cli_path_missing", path=args.path)
    q, problems = check_questionnaire(args.path)
    for p in problems:  # for the questionnaire's authors: file, line, key and what is wrong, in English
        print(p)
    if q is None:
        print(_say(args, "cli_validate_errors", n=len([p for p in problems if not p.warning])), file=sys.stderr)
        return 1
    print(_say(args, "cli_validate_ok", id=q.id, version=q.version, sections=len(q.sections),
               questions=len(q.questions()), hash=q.content_hash))
    return 0


def cmd_freeze_version(args: argparse.Namespace) -> int:
    from app.definitions import check_questionnaire
    from app.definitions.versions import snapshot_yaml

    if not args.path.exists():
        raise Refused("cli_path_missing", path=args.path)
    q, problems = check_questionnaire(args.path)
    if q is None:
        for p in problems:
            print(p, file=sys.stderr)
        raise Refused("cli_freeze_errors", path=args.path)
    out = args.out or Path(args.path) / "versions" / f"{q.version}.yaml"
    if out.exists() and out.read_text(encoding="utf-8") != snapshot_yaml(q):
        raise Refused("cli_freeze_differs", path=out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(snapshot_yaml(q), encoding="utf-8")
    print(out)
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from app.services.versions import upgrade

    r = upgrade(_workspace(), args.id, dry_run=args.dry_run)
    print(_say(args, "cli_upgrade_head_dry" if args.dry_run else "cli_upgrade_head", id=args.id,
               old=r.from_version, new=r.to_version))
    colon = " : " if _lang(args) == "fr" else ": "

    def line(key: str, ids: list[str]) -> None:
        print(f"{_say(args, key)} ({len(ids)}){colon}{', '.join(ids) if ids else '-'}")

    line("cli_upgrade_kept_dry" if args.dry_run else "cli_upgrade_kept", r.kept)
    line("cli_upgrade_renamed", [f"{old} -> {new}" for new, old in r.renamed.items()])
    line("cli_upgrade_to_review", r.to_review)
    line("cli_upgrade_unanswered", r.unanswered_changes)
    line("cli_upgrade_removed", r.removed)
    line("cli_upgrade_removed_answered", r.removed_answers)
    line("cli_upgrade_added", r.added)
    for qid in [*r.to_review, *r.removed]:
        if r.notes.get(qid):  # the version mapping's note: written in English by the content authors
            print(f"  {qid}: {r.notes[qid]}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    ws = _workspace()
    listed = ws.list_assessments()
    if args.json:
        print(json.dumps([{
            "id": a.id, "title": a.title, "country": a.country_code,
            "date": a.assessment_date.isoformat() if a.assessment_date else None,
            "answered": a.progress.answered, "applicable": a.progress.applicable, "dont_know": a.progress.dont_know,
            "na_pending": a.progress.na_pending, "to_review": a.progress.to_review,
            "carried_over": a.carried_over, "baseline": a.baseline_id,
        } for a in listed], ensure_ascii=False, indent=2))
        return 0
    print(_say(args, "cli_list_header"))
    for a in listed:
        d = a.assessment_date.isoformat() if a.assessment_date else "-"
        p = a.progress
        base = str(a.baseline_id) if a.baseline_id is not None else "-"
        print(f"{a.id}\t{a.country_code}\t{d}\t{p.answered}/{p.applicable}\t{p.dont_know}\t{p.na_pending}\t"
              f"{p.to_review}\t{p.carried_over}\t{base}\t{a.title}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from app.services.followup import parse_date

    when = parse_date(args.date) if args.date is not None else None  # a bad date: one line, user's language
    ws = _workspace()
    aid = ws.create_assessment(args.title, args.country, when, args.organisation, args.assessors)
    print(aid)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.exports import export_report

    if args.summary and args.format != "pdf":
        raise Refused("cli_summary_pdf_only")
    lang = args.report_lang or _lang(args)  # `--lang fr export --workshop ...` writes a French report
    out = export_report(_workspace(), args.id, args.format, lang, args.out, summary=args.summary,
                        audit=args.audit, workshop=args.workshop)
    print(out)
    return 0


def _tally_json(t: Any) -> dict[str, Any]:
    p = t.progress
    return {
        "coverage": t.coverage, "provisional": t.provisional, "band": t.band.id if t.band else None,
        "score": t.score, "conservative": t.conservative,
        "answered": p.answered, "applicable": p.applicable, "total": p.total, "dont_know": p.dont_know,
        "na": p.na, "na_pending": p.na_pending, "unanswered": p.unanswered, "carried_over": p.carried_over,
        "to_review": p.to_review,
    }


def cmd_score(args: argparse.Namespace) -> int:
    ws = _workspace()
    if args.by:
        return _score_by(ws, args)
    r = ws.score(args.id)
    if args.json:
        out: dict[str, Any] = {"overall": _tally_json(r.overall),
                               "sections": {k: _tally_json(v) for k, v in r.sections.items()},
                               "chapters": {k: _tally_json(v) for k, v in r.chapters.items()}}
        if r.questionnaire_overall is not None:
            out["overall_with_questionnaire_weights"] = _tally_json(r.questionnaire_overall)
        print(json.dumps(out, indent=2))
        return 0

    lang = _lang(args)

    def pct(x: float | None) -> str:
        return _say(args, "cli_not_scored") if x is None else f"{x:5.1f}%"

    head = _say(args, "cli_score_columns").split("\t")
    print(f"{head[0]:8} {head[1]:>9} {head[2]:>9} {head[3]:>22} {head[4]:>13} {head[5]:>12}")
    for sid, t in [*r.sections.items(), (_say(args, "cli_overall"), r.overall)]:
        cov = "-" if t.coverage is None else f"{t.coverage:.0%}"
        shown = _say(args, "cli_not_scored_yet") if t.score is None else (  # questions map here, none answered
            _say(args, "cli_provisional", score=pct(t.score)) if t.provisional else pct(t.score))
        band = t.band.label.get(lang) if t.band else "-"
        print(f"{sid:8} {cov:>9} {t.answered:>4}/{t.applicable:<4} {shown:>22} {pct(t.conservative):>13} {band:>12}")
    return 0


def _score_by(ws: Any, args: argparse.Namespace) -> int:
    """score --by mnr|icmec: the score --json shape with the groups of the framework in place of sections."""
    from app.services.crosswalk import assessment_crosswalk

    cw = assessment_crosswalk(ws, args.id, args.by)
    overall = ws.score(args.id).overall
    if args.json:
        groups: dict[str, Any] = {}
        for g in cw.groups:
            groups[g.tag.id] = {
                "name": g.tag.name.get("en"), **_tally_json(g.tally), "questions": list(g.question_ids),
                "gaps": [{"question": x.question_id, "section": x.section_id, "answer": x.value.value,
                          "weight": x.weight, "gap": x.gap, "weight_x_gap": x.priority_score} for x in g.gaps],
            }
            if not g.mapped:
                groups[g.tag.id]["note"] = "no question maps here"
        print(json.dumps({"by": cw.framework, "overall": _tally_json(overall), "groups": groups,
                          "untagged": list(cw.untagged)}, indent=2))
        return 0

    def pct(x: float | None) -> str:
        return _say(args, "cli_not_scored") if x is None else f"{x:5.1f}%"

    head = _say(args, "cli_score_by_columns").split("\t")
    print(f"{head[0]:28} {head[1]:>9} {head[2]:>9} {head[3]:>22} {head[4]:>13}  {head[5]}")
    for g in cw.groups:
        t = g.tally
        if not g.mapped:
            print(f"{g.tag.id:28} {0:>9}  {_say(args, 'cli_no_question_maps')}")
            continue
        cov = "-" if t.coverage is None else f"{t.coverage:.0%}"
        shown = _say(args, "cli_not_scored_yet") if t.score is None else (  # questions map here, none answered
            _say(args, "cli_provisional", score=pct(t.score)) if t.provisional else pct(t.score))
        gaps = ", ".join(x.question_id for x in g.gaps[:3]) or "-"
        print(f"{g.tag.id:28} {t.total:>9} {cov:>9} {shown:>22} {pct(t.conservative):>13}  {gaps}")
    print(_say(args, "cli_untagged", n=len(cw.untagged), framework=cw.framework))
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    from app.services.followup import parse_date, start_follow_up

    when = parse_date(args.date) if args.date is not None else None  # checked before the database opens
    print(start_follow_up(_workspace(), args.id, args.title, args.title_lang or _lang(args), when))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from app.services.comparison import compare

    if args.format is not None and args.out is None:
        raise Refused("cli_format_needs_out")
    if args.out is not None and args.format is None:
        raise Refused("cli_out_needs_format")
    if args.format is not None and args.json:
        raise Refused("cli_json_or_format")
    args.report_lang = args.report_lang or _lang(args)  # `--lang fr compare ...` writes a French report
    ws = _workspace()
    sources = _compare_sources(ws, args)
    if any(not isinstance(x, int) for x in sources):  # exchange files: read, compared, never stored
        from app.services import compare_files

        labels = {x.key: x.label for x in sources if not isinstance(x, int)}
        if args.format is not None:
            print(compare_files.export(ws, sources, args.format, args.report_lang, args.out))
            return 0
        c = compare_files.compare_sources(ws, sources, lang=args.report_lang)
        if args.json:
            print(json.dumps(compare_files.relabel(c.as_json(), labels), indent=2, ensure_ascii=False))
            return 0
        _print_comparison(args, c, labels)
        return 0
    ids = [x for x in sources if isinstance(x, int)]
    if args.format is not None:
        from app.services.exports import export_comparison

        print(export_comparison(ws, ids, args.format, args.report_lang, args.out))
        return 0
    c = compare(ws, ids)
    if args.json:
        print(json.dumps(c.as_json(), indent=2, ensure_ascii=False))
        return 0
    _print_comparison(args, c)
    return 0


def _compare_sources(ws: Any, args: argparse.Namespace) -> list[Any]:
    """Each ID|FILE of compare: an id, or an exchange file read and checked (asking for the passphrase of a
    protected one as receive does); a missing file or a bad argument is refused in one line."""
    from app.services.compare_files import read_file
    from app.services.exchange import is_protected

    files = [Path(x) for x in args.ids if not x.strip().isdigit()]
    for f in files:
        if not f.is_file():
            raise Refused("cli_not_a_source", arg=f)
    passphrase = _passphrase(args) if files else None
    protected = sum(1 for f in files if is_protected(f))
    if passphrase is None and protected:
        passphrase = _ask(_say(args, "cli_prompt_passphrase_files", n=protected))
    out: list[Any] = []
    for x in args.ids:
        if x.strip().isdigit():
            out.append(int(x))
        else:
            out.append(read_file(ws, Path(x), -(len([y for y in out if not isinstance(y, int)]) + 1), x,
                                 args.report_lang, passphrase))
    return out


def _print_comparison(args: argparse.Namespace, c: Any, labels: dict[int, str] | None = None) -> None:
    def pct(x: float | None) -> str:
        return "-" if x is None else f"{x:.1f}"

    def cov(x: float | None) -> str:
        return "-" if x is None else f"{x:.0%}"

    ids = c.ids
    names = {i: (labels or {}).get(i) or f"#{i}" for i in ids}  # an exchange file by its name
    section, score_cov, change, mark = _say(args, "cli_compare_columns").split("\t")
    print(f"{section:8} " + "  ".join(f"{names[i] + ' ' + score_cov:>16}" for i in ids) + f"  {change:>8}  {mark}")
    for key, line in [*c.sections.items(), (_say(args, "cli_overall"), c.overall)]:
        cells = "  ".join(f"{pct(line.figures[i].score):>8}/{cov(line.figures[i].coverage):>7}" for i in ids)
        print(f"{key:8} {cells}  {pct(line.change.score):>8}  {_mark(args, line.change)}")
    if c.shared_only:
        print(_say(args, "cli_compare_shared", n=len(c.changed), shared=len(c.shared_questions),
                   left=len(c.left_out)))
    else:
        print(_say(args, "cli_compare_changed", n=len(c.changed)))
    if c.actions is not None:
        counts = c.actions.counts()
        print(_say(args, "cli_compare_actions",
                   counts=", ".join(_say(args, f"cli_action_{k.value}", n=v) for k, v in counts.items())))


def _mark(args: argparse.Namespace, move: Any) -> str:
    """A line's change as the reports say it: over time, on thin evidence (answers still to confirm,
    coverage under two thirds), "provisional, no verdict yet" and why, never improved/regressed/unchanged;
    across countries the neutral mark, said to be provisional."""
    if not move.provisional:
        return _say(args, "cli_mark_" + move.mark.value)
    from app.domain.comparison import PROGRESS_MARKS

    if move.mark in PROGRESS_MARKS:
        if move.to_confirm:
            return _say(args, "cli_no_verdict_confirm", n=move.to_confirm)
        return _say(args, "cli_no_verdict_coverage")
    mark = _say(args, "cli_mark_" + move.mark.value)
    if move.to_confirm:
        return _say(args, "cli_provisional_mark_confirm", mark=mark, n=move.to_confirm)
    return _say(args, "cli_provisional_mark_coverage", mark=mark)


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.imports import ImportRefused, apply_import, read_import

    ws = _workspace()
    try:
        plan = read_import(ws, args.id, args.file)
    except ImportRefused as e:
        for line in e.lines(_lang(args)):
            print(line, file=sys.stderr)
        raise Refused("cli_import_refused", file=args.file.name, n=e.total) from None
    apply_import(ws, plan)
    print(_say(args, "cli_import_done", changed=plan.changed, unchanged=plan.unchanged, file=args.file.name,
               id=args.id))
    # a follow-up's answers carried over stay to confirm when the file gives the same answer again (a CSV of
    # the earlier answers read back "0 changed, 150 unchanged", as if nothing were left to do)
    pending = sum(1 for a in ws.answers(args.id).values() if a.carried_over)
    if pending:
        print(_say(args, "cli_import_still_to_confirm", n=pending))
    return 0


TRAIL_MISMATCH = 4


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services.audit import verdict_lines, verify, verify_all
    from app.services.settings import load_settings

    lang = args.report_lang or args.lang or load_settings().language  # `--lang fr verify` answers in French
    ws = _workspace()
    try:
        verdicts = [verify(ws, args.id)] if args.id is not None else verify_all(ws)
    finally:
        ws.close()
    for v in verdicts:
        print("\n".join(verdict_lines(v, lang)), file=sys.stdout if v.ok else sys.stderr)
    return 0 if all(v.ok for v in verdicts) else TRAIL_MISMATCH


def cmd_template(args: argparse.Namespace) -> int:
    from app.services.exports import export_template

    print(export_template(_workspace(), args.id, args.report_lang or _lang(args), args.out))
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from app.ui.selftest import run_self_test

    return run_self_test(args.keep)


def cmd_coverage(args: argparse.Namespace) -> int:
    from app.services.catalog import default
    from app.services.coverage import coverage_markdown

    loaded = default()
    if loaded.questionnaire is None:
        raise Refused("cli_questionnaire_errors")
    text = coverage_markdown(loaded.questionnaire)
    out = args.out or paths.docs_dir() / "content-coverage.md"
    out.write_text(text, encoding="utf-8")
    print(text)
    print(_say(args, "cli_written_to", path=out), file=sys.stderr)
    return 0


def _passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or OPSC_PASSPHRASE (never from the command line itself)."""
    import os

    from app.services.workspace import ServiceError

    if args.passphrase_file is not None:
        name = str(args.passphrase_file)
        try:
            text: str = args.passphrase_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ServiceError("passphrase_file_missing", name=name) from None
        except (OSError, UnicodeDecodeError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else type(e).__name__
            raise ServiceError("passphrase_file_unreadable", name=name, reason=reason) from None
        text = text.rstrip("\r\n")
        if not text.strip():  # empty, or only spaces: no protection at all
            raise ServiceError("passphrase_file_blank", name=name)
        return text
    return os.environ.get("OPSC_PASSPHRASE") or None


def _ask(prompt: str) -> str | None:
    import getpass

    return getpass.getpass(prompt) if sys.stdin.isatty() else None


def _institution(given: str | None) -> str:
    """--institution, else the institution given in the settings."""
    if given is not None:
        return given
    from app.services.settings import load_settings

    return load_settings().institution


def cmd_share(args: argparse.Namespace) -> int:
    from app.services.exchange import share
    from app.services.sharing_notes import before_sharing

    passphrase = _passphrase(args)
    if passphrase is None and args.protect:
        passphrase = _ask(_say(args, "cli_prompt_passphrase"))
        if passphrase is None:
            raise Refused("cli_protect_needs_terminal")
        if _ask(_say(args, "cli_prompt_passphrase_again")) != passphrase:
            raise Refused("cli_passphrases_differ")
    if args.all_sections and args.sections:
        raise Refused("cli_sections_or_all")
    sections = [s for s in args.sections.split(",") if s.strip()] if args.sections else None
    ws = _workspace()
    chosen = [] if args.all_sections else sections
    r = share(ws, args.id, args.out, by=args.by, sections=chosen, passphrase=passphrase,
              institution=_institution(args.institution), lang=_lang(args))
    notes = before_sharing(ws, args.id, chosen)  # warnings on stderr: the file is written all the same
    if notes.handout_protected and not r.protected:
        print(_say(args, "share_warn_unprotected"), file=sys.stderr)
    if notes.nothing_of_its_own:
        print(_say(args, "share_warn_nothing_own"), file=sys.stderr)
    which = ",".join(r.sections) or _say(args, "cli_all_sections")
    if r.as_handed_out:  # said, so a group knows what it sends and how to send more
        which = _say(args, "share_handed_sections", sections=which)
    print(_say(args, "cli_shared_protected" if r.protected else "cli_shared", path=r.path, id=args.id,
               uid=r.assessment_uid, n=r.answers, sections=which))
    if r.left_out:  # answered outside the hand-out (a template offers every question): not silently dropped
        ids = ", ".join(r.left_out[:5]) + (" …" if len(r.left_out) > 5 else "")
        print(_say(args, "share_left_out", n=len(r.left_out), ids=ids))
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    """Each file stands on its own: a refused file is named with its reason and leaves nothing of itself,
    the others are received (docs/file-formats.md); exit 1 when any was refused."""
    from app.services.exchange import (
        ExchangeFile,
        ExchangeRefused,
        check_file,
        check_name,
        is_protected,
        store,
    )
    from app.services.messages import message, shown
    from app.services.sharing_notes import remember_protected
    from app.services.workspace import ServiceError

    ws = _workspace()
    passphrase = _passphrase(args)
    protected = sum(1 for f in args.files if f.suffix.lower() == ".opsc" and is_protected(f))
    if passphrase is None and protected:
        passphrase = _ask(_say(args, "cli_prompt_passphrase_files", n=protected))
    templates = sum(1 for f in args.files if f.suffix.lower() in (".xlsx", ".xlsm"))
    if args.by and templates > 1:
        raise ServiceError("receive_by_one_template", n=templates)
    if args.institution and not templates:  # as --by: an exchange file carries its own
        raise ServiceError("receive_institution_templates_only")
    if args.by is not None:  # typed by hand: the rule exchange files get (nothing stored when refused)
        check_name(args.by, "group")
    check_name(args.institution, "institution")
    checked: list[Any] = []
    for f in args.files:  # every file checked before any is received
        try:
            checked.append(check_file(ws, f, by=args.by, passphrase=passphrase, into=args.into,
                                      institution=args.institution))
        except (ExchangeRefused, ServiceError) as e:
            checked.append(e)
    files = [c for c in checked if isinstance(c, ExchangeFile)]
    if args.by and not templates and files and all(c.by.strip() for c in files):
        # an exchange file carries its author: --by would put one name on every file (docs/file-formats.md)
        raise ServiceError("receive_by_templates_only", authors=", ".join(dict.fromkeys(c.by for c in files)))
    ready = [c for c in checked if not isinstance(c, ExchangeRefused | ServiceError)]
    got = store(ws, ready, args.by)
    remember_protected(ws, ready, got)  # a protected hand-out: sharing back without a passphrase is warned
    stored = iter(got)
    lang = _lang(args)
    refused = 0
    for f, c in zip(args.files, checked, strict=True):
        r = c if isinstance(c, ExchangeRefused | ServiceError) else next(stored)
        if isinstance(r, ExchangeRefused | ServiceError):
            refused += 1
            prefix = f.name + ": "
            lines = r.lines(lang) if isinstance(r, ExchangeRefused) else [r.text(lang)]
            why = " ".join(line.removeprefix(prefix) for line in lines)
            print(message("receive_refused", lang, file=f.name, why=why), file=sys.stderr)
        else:
            by = shown(r.by, 200)  # a name from a file: never its raw control characters
            named = shown(r.shown_as or r.by, 200)  # "root (2)": another sender's contribution is named root too
            how = message(f"receive_{r.outcome}", lang, by=named)  # added, contribution, replaced
            if r.replaced_name and r.replaced_name != named:  # the same laptop re-sending under another name
                how = message("receive_replaced_other", lang, by=named, was=shown(r.replaced_name, 200))
            if r.other_title:  # the same id under another title: said, so a mix-up is seen
                how += f" ({message('exchange_other_title', lang, theirs=shown(r.other_title[0]), ours=shown(r.other_title[1]))})"
            sep = {"fr": "\u00a0; ", "ar": "؛ "}.get(lang, "; ")
            if r.name_shared:  # two laptops with one login: kept apart by their hand-outs, said ("both kept"
                # only when nothing was replaced: a line never says both)
                how += sep + message("receive_name_shared_beside" if r.replaced else "receive_name_shared", lang,
                                     by=by)
            if r.legacy_replaced:  # older files name no computer: two root laptops cannot be told apart
                how += sep + message("receive_legacy_replaced", lang)
            if r.dropped:  # a "newer" file without the earlier one's answers: another group claiming its id?
                ids = ", ".join(r.dropped[:10]) + (", …" if len(r.dropped) > 10 else "")
                how += sep + message("receive_dropped", lang, n=len(r.dropped), ids=ids)
            if r.empty:  # e.g. the hand-out or a blank template sent back unchanged: received, said plainly
                how += sep + message("receive_no_own_answers", lang)
            if r.unmarked:  # marks the hand-out recorded here contradicts (docs/file-formats.md)
                how += sep + message("receive_marks_changed", lang, n=r.unmarked)
            if r.claimed:
                how += sep + message("receive_marks_claimed", lang, n=r.claimed)
            print(message("receive_line", lang, file=f.name, id=r.assessment_id, how=how))
    if refused and len(args.files) > 1:  # "the others were received" only when there were others
        key = "receive_all_refused" if refused == len(args.files) else "receive_some_refused"
        print(message(key, lang, n=refused, total=len(args.files)), file=sys.stderr)
    return 1 if refused else 0


def cmd_contributions(args: argparse.Namespace) -> int:
    from app.domain.times import local_text
    from app.services.contributions import view
    from app.services.messages import message, shown

    v = view(_workspace(), args.id)
    if args.json:
        print(json.dumps(v.to_json(), indent=2, ensure_ascii=False))
        return 0
    print(_say(args, "cli_contributors_header"))
    for c in v.contributors:  # stored names printed with their control characters escaped; times on this clock
        print(f"{shown(c.by, 200)}\t{shown(c.institution, 500) or '-'}\t{local_text(c.received)}\t{c.answers}\t"
              f"{','.join(c.sections)}")
    print(_say(args, "cli_agreement_header"))
    for sid, s in v.sections.items():
        rate = "-" if s.agreement_rate is None else f"{s.agreement_rate:.0%}"
        print(f"{sid}\t{s.unanimous}\t{s.conflict}\t{s.single}\t{s.none}\t{rate}")
    disputed, decided = v.disputed(), v.decided()
    print(_say(args, "cli_in_dispute", n=len(disputed), ids=", ".join(disputed) or "-"))
    print(_say(args, "cli_decided", n=len(decided), ids=", ".join(decided) or "-"))
    lang = _lang(args)
    for qid in disputed:
        for r in v.questions[qid].reopened:
            print(f"{qid}: {message('reopened_' + r.why.value, lang, by=shown(r.by, 200))}")
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    from app.domain.answers import ANSWER_LABELS
    from app.services.contributions import adopt, adopted_unanimous, not_adopted, replaced_by_adopting
    from app.services.messages import counted, message

    if args.unanimous == (args.question is not None):
        raise Refused("cli_adopt_usage")
    ws = _workspace()
    if args.unanimous:
        held = not_adopted(ws, args.id)  # before adopting: what it leaves alone, and why
        ids = adopted_unanimous(ws, args.id)
        lang = _lang(args)
        if args.json:  # for scripts: the questions adopted, and those left alone by reason
            print(json.dumps({"adopted": ids, "not_adopted": {why.value: qids for why, qids in held.items()}},
                             indent=2, ensure_ascii=False))
            return 0
        print(counted(len(ids), "answer_adopted", lang))  # the first line: how many, said in words
        if ids:
            print(", ".join(ids))
        for why, qids in held.items():  # never a bare "0": one line per reason, with its count
            listed = ", ".join(qids[:10]) + (", …" if len(qids) > 10 else "")
            print(message("adopt_not_adopted", lang, n=len(qids), why=message(f"adopt_held_{why.value}", lang),
                          ids=listed))
        if not ids and not held:
            print(message("adopt_no_contributions", lang))
        return 0
    if not args.from_author:
        raise Refused("cli_adopt_needs_from")
    was = replaced_by_adopting(ws, args.id, args.question, args.from_author)  # before: the consensus it overrides
    adopt(ws, args.id, args.question, from_author=args.from_author, note=args.note)
    print(_say(args, "cli_adopted", qid=args.question, by=args.from_author))
    if was is not None:  # never silently: the facilitator's own differing answer is said, and where it stays
        print(_say(args, "cli_adopted_replaced", qid=args.question,
                   was=ANSWER_LABELS[was][_lang(args)]))
    return 0


COMMANDS = {
    "validate": cmd_validate, "freeze-version": cmd_freeze_version, "upgrade": cmd_upgrade, "list": cmd_list, "new": cmd_new, "export": cmd_export, "score": cmd_score,
    "import-answers": cmd_import, "template": cmd_template, "coverage": cmd_coverage,
    "upgrade-database": cmd_upgrade_database, "self-test": cmd_self_test, "follow-up": cmd_follow_up,
    "compare": cmd_compare, "verify": cmd_verify, "share": cmd_share, "receive": cmd_receive,
    "contributions": cmd_contributions, "adopt": cmd_adopt,
}
