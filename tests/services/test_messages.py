"""Every import message exists in the three languages with the same placeholders."""

from __future__ import annotations

import string

import pytest

from app.services import messages


@pytest.mark.parametrize("key", messages.keys())
def test_three_languages_with_the_same_placeholders(key):
    texts = messages._MESSAGES[key]
    fields = [sorted(f for _, f, _, _ in string.Formatter().parse(t) if f) for t in texts]
    assert fields[0] == fields[1] == fields[2], key
    assert len(set(texts)) == 3, f"{key} is not translated"


def test_shown_escapes_control_and_bidi_characters_and_cuts_long_values():
    assert messages.shown("a\x00b\x1b[0m\u202e") == "a\\x00b\\x1b[0m\\u202e"
    assert messages.shown("x" * 100, limit=10) == "x" * 10 + "…"
    assert messages.shown("حماية") == "حماية"
