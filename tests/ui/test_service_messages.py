"""Refusals raised below the interface reach the user in the interface language (issue 12, point 6);
the command line and the log keep the English."""

from __future__ import annotations

import pytest

from app.services.messages import LANGS, keys, message
from app.services.workspace import ServiceError, Workspace
from app.storage import open_database
from app.ui import i18n
from app.ui.controller import Controller
from tests.factories import make_questionnaire


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "the title is empty: give the assessment a title"),
    ("fr", "le titre est vide : donnez un titre à l’évaluation"),
    ("ar", "العنوان فارغ: أعطِ التقييم عنواناً"),
])
def test_a_refused_title_is_said_in_the_interface_language(qapp, tmp_path, lang, expected):
    i18n.apply_language(qapp, lang)
    try:
        c = Controller(Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire()))
        said: list[str] = []
        c.failed.connect(said.append)
        assert c.create(title="  ", country_code="MA") is None
        assert said == [expected.replace(" :", "\u00a0:") if lang == "fr" else expected]
        aid = c.create(title="Revue", country_code="MA")
        c.open(aid)
        said.clear()
        assert c.set_weight("III.A-01", -1.0) is None
        assert said and ("supérieur à zéro" if lang == "fr" else "أكبر من صفر" if lang == "ar" else "greater than zero") \
            in said[0]
        c.ws.close()
    finally:
        i18n.apply_language(qapp, "en")


def test_the_command_line_keeps_english_and_every_message_has_three_languages(tmp_path):
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    with pytest.raises(ServiceError) as e:
        ws.info(42)
    assert str(e.value) == "there is no assessment 42; 'list' shows the ones there are"
    assert e.value.text("fr").startswith("il n’existe pas d’évaluation 42")
    ws.close()
    for key in keys():
        texts = [message(key, lang, **_dummy(key)) for lang in LANGS]
        assert all(t.strip() for t in texts) and len(set(texts)) > 1, key


def _dummy(key: str) -> dict[str, object]:
    import re

    from app.services.messages import _MESSAGES

    return {name: "x" for name in re.findall(r"{(\w+)", _MESSAGES[key][0])}


def test_file_system_failures_are_described_in_the_users_language():
    from app.services.errors import describe

    e = PermissionError(13, "Permission denied", "/media/usb/rapport.pdf")
    assert describe(e) == "permission denied: /media/usb/rapport.pdf; choose a folder you can write to"
    assert describe(e, "fr").startswith("accès refusé\u00a0: /media/usb/rapport.pdf")  # French spacing
    assert describe(FileNotFoundError(2, "No such file", "x.csv"), "ar") == "الملف غير موجود: x.csv"
    assert describe(ServiceError("empty_title"), "fr").startswith("le titre est vide")
