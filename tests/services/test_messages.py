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
    words = [lit for _, lit in ((0, lit.strip(" :;,.()\u00a0")) for t in texts
                               for lit, *_ in string.Formatter().parse(t)) if lit]
    assert len(set(texts)) == 3 or not words, f"{key} is not translated"  # placeholders only: nothing to say


def test_shown_escapes_control_and_bidi_characters_and_cuts_long_values():
    assert messages.shown("a\x00b\x1b[0m\u202e") == "a\\x00b\\x1b[0m\\u202e"
    assert messages.shown("x" * 100, limit=10) == "x" * 10 + "…"
    assert messages.shown("حماية") == "حماية"


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 محرف"), (1, "محرف واحد"), (2, "محرفين"), (3, "3 محارف"), (5, "5 محارف"), (10, "10 محارف"),
    (11, "11 محرفاً"), (99, "99 محرفاً"), (100, "100 محرف"), (102, "102 محرف"), (103, "103 محارف"),
    (111, "111 محرفاً"), (200, "200 محرف")])
def test_arabic_counts_take_the_form_their_number_asks_for(n, expected):
    """Arabic counted nouns: 1 and 2 without the figure, 3-10 plural, 11-99 singular accusative, hundreds
    genitive singular ("5 محرفاً" and "1 قيداً" were written for every number before)."""
    assert messages.counted(n, "char", "ar") == expected


def test_counts_in_english_and_french_agree_with_their_number():
    assert [messages.counted(n, "entry", "en") for n in (0, 1, 2)] == ["0 entries", "1 entry", "2 entries"]
    assert [messages.counted(n, "entry", "fr") for n in (0, 1, 2)] == ["0 entrée", "1 entrée", "2 entrées"]
    assert [messages.counted(n, "entry", "ar") for n in (1, 2, 5, 12)] == ["قيد واحد", "قيدان", "5 قيود", "12 قيداً"]


def test_messages_count_their_nouns():
    assert messages.message("audit_ok", "ar", id=3, n=1) == "التقييم 3: قيد واحد، السلسلة سليمة، والحالة مطابقة"
    assert messages.message("audit_ok", "en", id=3, n=1).startswith("assessment 3: 1 entry, chain intact")
    assert messages.message("audit_failed", "ar", id=3, n=2, count=1).startswith("التقييم 3: قيدان، مشكلة واحدة:")
    short = messages.message("exchange_passphrase_short", "ar", n=5, min=10)
    assert short.startswith("تتألف عبارة المرور من 5 محارف؛ ولحماية ملف يلزم 10 محارف")
    assert messages.message("exchange_passphrase_short", "en", n=1, min=10).startswith("the passphrase has 1 "
                                                                                       "character;")
    assert messages.message("name_too_long_group", "ar", n=201, limit=200) == (
        "يتألف اسم المجموعة من 201 محرف؛ والحد الأقصى 200")
    # a count of thousands keeps its grouping
    assert messages.message("audit_ok", "fr", id=1, n=messages.Count(12000)).startswith(
        "évaluation 1\u00a0: 12\u202f000 entrées")


def test_workshop_and_comparison_lines_count_in_arabic():
    assert messages.message("cli_no_verdict_confirm", "ar", n=2) == "مؤقّت، لا حكم بعد: إجابتان ما زالتا بانتظار التأكيد"
    assert messages.message("cli_no_verdict_confirm", "ar", n=4).endswith("4 إجابات ما زالت بانتظار التأكيد")
    assert messages.message("cli_no_verdict_confirm", "en", n=1) == "provisional, no verdict yet: 1 answer still to confirm"
    assert "ملفاً" not in messages.message("receive_some_refused", "ar", n=1, total=2)
