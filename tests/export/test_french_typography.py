"""French typography in every output: a no-break space (narrow before ; ! ?) before : ; ? ! » and after «,
so that a "?" or a ":" never starts a line; in the window (.ts), the report labels, the workbook and the PDF."""

from __future__ import annotations

import dataclasses
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

from openpyxl import load_workbook

from app.domain.languages import french_spacing, typeset
from app.export.strings import keys as label_keys
from app.export.strings import label
from app.export.xlsx import write_xlsx
from app.services import messages
from app.services.messages import keys as message_keys
from tests.factories import sample_report

TS = Path(__file__).resolve().parents[2] / "translations" / "app_fr.ts"
# an ordinary (breaking) space before a sign that must stay on the line of the word before it, or after «
BREAKABLE = re.compile(r"[ \t\n]([:;?!»])|«[ \t\n]")


def test_the_helper_puts_the_right_spaces() -> None:
    assert french_spacing("Pourquoi ? Voici : « oui » ; non !") == \
        "Pourquoi\u202f? Voici\u00a0: «\u00a0oui\u00a0»\u202f; non\u202f!"
    assert french_spacing("10:30 http://x?y=1") == "10:30 http://x?y=1"  # nothing without a space
    assert typeset("Why ?", "en") == "Why ?" and typeset("Pourquoi ?", "fr") == "Pourquoi\u202f?"


def test_no_french_window_string_breaks_before_a_sign() -> None:
    bad = []
    root = ET.parse(TS).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if BREAKABLE.search(text):
            bad.append(f"{message.findtext('source')!r} -> {text!r}")
    assert len(list(root.iter("message"))) > 300
    assert not bad, "French translations with an ordinary space before : ; ? ! » or after «:\n" + "\n".join(bad)


def test_no_french_report_label_or_message_breaks_before_a_sign() -> None:
    texts = {key: label(key, "fr") for key in label_keys()}
    for key in message_keys():
        names = [n for _, n, _, _ in string.Formatter().parse(messages._MESSAGES[key][1]) if n]
        texts[f"message {key}"] = messages.message(key, "fr", **dict.fromkeys(names, "x"))
    bad = [f"{key}: {text!r}" for key, text in texts.items() if BREAKABLE.search(text)]
    assert sum(":" in t or "?" in t for t in texts.values()) > 10, "the walk found almost no punctuation"
    assert not bad, "\n".join(bad)


def test_the_french_workbook_keeps_signs_with_their_word(tmp_path: Path) -> None:
    base = sample_report("fr")
    answers = dict(base.answers)
    answers["III.A-02"] = dataclasses.replace(answers["III.A-02"], comment="Loi votée ? Oui : « en 2024 » !")
    path = write_xlsx(dataclasses.replace(base, answers=answers), tmp_path / "r.xlsx")
    cells = [c.value for ws in load_workbook(path) for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and not c.value.startswith("=")]
    assert any("Loi votée\u202f? Oui\u00a0: «\u00a0en 2024\u00a0»\u202f!" in v for v in cells)
    bad = [v for v in cells if BREAKABLE.search(v)]
    assert not bad, bad[:10]
