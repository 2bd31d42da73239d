"""The window's receive summary says what the command line says about names (issue 11, outside facilitator
minor 1): a contribution whose name another participant already used from another computer (two laptops with
one login: both kept) is warned about, and one that replaces a contribution sent under another name says
whose it replaces; in English, French and Arabic, on real widgets and real SQLite files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.answers import AnswerValue
from app.services import exchange
from app.ui import exchange_dialogs
from tests.ui.helpers import make_controller, make_workspace, set_language
from tests.ui.workshop_helpers import group_file

SHOTS = Path("/tmp/h11m-shots")


@pytest.fixture(autouse=True)
def english():
    yield
    set_language("en")


def two_laptops_one_login(folder: Path):
    """The facilitator hands out section V to laptop 1 and III.A to laptop 2; both log in as root."""
    folder.mkdir(parents=True, exist_ok=True)
    c = make_controller(folder / "facilitator.sqlite")
    aid = c.create(title="National review 2026", country_code="MA", assessment_date=date(2026, 11, 23))
    assert aid is not None
    h1 = c.share(aid, folder / "h1.opsc", "Facilitator", ["V"], None).path
    h2 = c.share(aid, folder / "h2.opsc", "Facilitator", ["III.A"], None).path
    g1 = group_file(h1, folder, "g1", "root", {"V-01": (AnswerValue.NOT, "")})
    g2 = group_file(h2, folder, "g2", "root", {"III.A-01": (AnswerValue.FULLY, "")})
    ws = make_workspace(folder / "g2.sqlite")  # group 2 shares again, under its own name, from its hand-out
    try:
        again = exchange.share(ws, 1, folder / "g2-again.opsc", by="Groupe 2").path
    finally:
        ws.close()
    return c, [g1, g2], again


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_summary_warns_of_a_shared_name_and_says_whose_contribution_it_replaces(qtbot, tmp_path, lang):
    c, files, again = two_laptops_one_login(tmp_path / "shop")
    try:
        set_language(lang)
        summary = exchange_dialogs.receive_files(None, c, files)  # type: ignore[arg-type]
        assert summary is not None
        qtbot.addWidget(summary)
        assert [o.kind for o in summary.outcomes] == ["contribution", "contribution"]
        assert [o.name_shared for o in summary.outcomes] == [False, True]
        first, second = summary.table.item(0, 1).text(), summary.table.item(1, 1).text()
        warning = {"en": "another participant already sent answers under the name root from another computer",
                   "fr": "un autre participant a déjà envoyé des réponses sous le nom root depuis un autre "
                         "ordinateur",
                   "ar": "سبق أن أرسل مشارك آخر إجابات باسم root من حاسوب آخر"}[lang]
        assert warning in second and warning not in first, second
        assert "root (2)" in second and "root (2)" not in first  # each shown under its own name
        assert "--by" not in second  # the window has no --by: the advice is the window's
        if lang == "fr":
            assert "\u00a0: " not in second.replace("\u00a0:", "") and " ;" not in second
        summary.resize(1024, 600)
        summary.show()
        qtbot.waitExposed(summary)
        SHOTS.mkdir(exist_ok=True)
        summary.grab().save(str(SHOTS / f"receive-shared-{lang}.png"))
        summary.close()

        summary = exchange_dialogs.receive_files(None, c, [again])  # type: ignore[arg-type]
        assert summary is not None
        qtbot.addWidget(summary)
        text = summary.table.item(0, 1).text()
        assert summary.outcomes[0].replaced_name == "root (2)"  # exactly which root: laptop 2's
        replaced = {"en": "(replaces the one from root (2), sent from the same computer; kept in the history)",
                    "fr": "(remplace celle de root (2), envoyée depuis le même ordinateur\u00a0; gardée dans "
                          "l’historique)",
                    "ar": "(تحلّ محلّ مساهمة root (2) المرسلة من الحاسوب نفسه؛ وتبقى في السجل)"}[lang]
        assert replaced in text, text
        summary.resize(1024, 600)
        summary.show()
        summary.grab().save(str(SHOTS / f"receive-replaced-{lang}.png"))
        summary.close()
    finally:
        c.close_database()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_summary_warns_when_a_newer_file_lacks_the_earlier_ones_answers(qtbot, tmp_path, lang):
    """A file claiming laptop 1's copy id (a hostile or mixed-up file) without laptop 1's answers replaces it:
    the summary says which answers are missing, that the earlier one stays in the history, in amber, and never
    'both are kept' beside 'replaces'."""
    from datetime import UTC, datetime, timedelta

    from app.export import exchange_file as xf

    folder = tmp_path / "shop"
    folder.mkdir()
    c = make_controller(folder / "facilitator.sqlite")
    try:
        aid = c.create(title="National review 2026", country_code="MA", assessment_date=date(2026, 11, 23))
        assert aid is not None
        h = c.share(aid, folder / "h.opsc", "Facilitator", None, None).path
        g1 = group_file(h, folder, "g1", "root", {"V-01": (AnswerValue.NOT, ""), "V-02": (AnswerValue.FULLY, "")})
        g2 = group_file(h, folder, "g2", "root", {"III.A-01": (AnswerValue.FULLY, "")})
        m, doc, _ = xf.read(g2.read_bytes(), None)
        m["sender"] = xf.read(g1.read_bytes(), None)[0]["sender"]
        m["written_at"] = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
        g2.write_bytes(xf.pack(m, doc))
        set_language(lang)
        exchange_dialogs.receive_files(None, c, [g1]).close()  # type: ignore[arg-type, union-attr]
        summary = exchange_dialogs.receive_files(None, c, [g2])  # type: ignore[arg-type]
        assert summary is not None
        qtbot.addWidget(summary)
        o = summary.outcomes[0]
        assert o.replaced and o.warned
        text = summary.table.item(0, 1).text()
        missing = {"en": "the earlier one answered 2 questions this file does not (V-01, V-02)",
                   "fr": "la précédente répondait à 2\u00a0questions que ce fichier ne contient pas (V-01, V-02)",
                   "ar": "كانت المساهمة السابقة تجيب عن سؤالين لا يتضمّنها هذا الملف (V-01, V-02)"}[lang]
        assert missing.replace("\u00a0", " ") in text.replace("\u00a0", " "), text
        assert summary.table.item(0, 1).foreground().color().name() == "#8a4b00"
        both = {"en": "both are kept", "fr": "les deux sont gardées", "ar": "احتُفظ بالاثنتين"}[lang]
        assert both not in text
        summary.resize(1024, 600)
        summary.show()
        SHOTS.mkdir(exist_ok=True)
        summary.grab().save(str(SHOTS / f"receive-dropped-{lang}.png"))
        summary.close()
    finally:
        c.close_database()


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_file_replacing_its_own_while_another_root_stays_never_says_both_kept(qtbot, tmp_path, lang):
    """Two laptops share as root; laptop 2 sends a newer file. Its line says it replaces its earlier one and
    that the other root stays beside it — never 'both are kept' beside 'replaces' (outside facilitator)."""
    folder = tmp_path / "shop"
    folder.mkdir()
    c = make_controller(folder / "facilitator.sqlite")
    try:
        aid = c.create(title="National review 2026", country_code="MA", assessment_date=date(2026, 11, 23))
        assert aid is not None
        h = c.share(aid, folder / "h.opsc", "Facilitator", None, None).path
        g1 = group_file(h, folder, "g1", "root", {"V-01": (AnswerValue.NOT, "")})
        g2 = group_file(h, folder, "g2", "root", {"V-01": (AnswerValue.FULLY, "")})
        set_language(lang)
        exchange_dialogs.receive_files(None, c, [g1, g2]).close()  # type: ignore[arg-type, union-attr]
        again = group_file(h, folder, "g2", "root", {"V-01": (AnswerValue.LARGELY, "")}, out="g2-again")
        summary = exchange_dialogs.receive_files(None, c, [again])  # type: ignore[arg-type]
        assert summary is not None
        qtbot.addWidget(summary)
        o = summary.outcomes[0]
        assert o.replaced and o.name_shared and not o.warned
        text = summary.table.item(0, 1).text()
        replaces = {"en": "(replaces their earlier one, kept in the history)",
                    "fr": "remplace", "ar": "تحلّ محل مساهمته السابقة"}[lang]
        beside = {"en": "another computer's contribution under the name root stays beside it",
                  "fr": "la contribution d’un autre ordinateur sous le nom root reste à côté",
                  "ar": "تبقى مساهمة حاسوب آخر باسم root إلى جانبها"}[lang]
        both = {"en": "both are kept", "fr": "les deux sont gardées", "ar": "احتُفظ بالاثنتين"}[lang]
        assert replaces in text and beside in text and both not in text, text
        summary.close()
    finally:
        c.close_database()


def test_older_files_replacing_one_of_the_same_name_get_the_windows_hint(qtbot, tmp_path):
    """Files of a version that wrote no sender id, from two root laptops: the second replaces the first (they
    cannot be told apart); the summary says so in amber with what to do, without --by (the window has none)."""
    from app.export import exchange_file as xf

    folder = tmp_path / "shop"
    folder.mkdir()
    c = make_controller(folder / "facilitator.sqlite")
    try:
        aid = c.create(title="National review 2026", country_code="MA", assessment_date=date(2026, 11, 23))
        assert aid is not None
        h = c.share(aid, folder / "h.opsc", "Facilitator", None, None).path
        files = [group_file(h, folder, n, "root", {"V-01": (v, "")}) for n, v in (("g1", AnswerValue.NOT),
                                                                                    ("g2", AnswerValue.FULLY))]
        for f in files:
            m, doc, _ = xf.read(f.read_bytes(), None)
            for key in ("sender", "sender_database", "default_name"):
                m.pop(key, None)
            f.write_bytes(xf.pack(m, doc))
        summary = exchange_dialogs.receive_files(None, c, files)  # type: ignore[arg-type]
        assert summary is not None
        qtbot.addWidget(summary)
        second = summary.table.item(1, 1).text()
        assert summary.outcomes[1].replaced and summary.outcomes[1].warned
        assert "same name, files from an older version" in second and "--by" not in second, second
        assert summary.table.item(1, 1).foreground().color().name() == "#8a4b00"
        summary.close()
    finally:
        c.close_database()
