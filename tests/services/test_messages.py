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


def test_arabic_counts_agree_in_the_remaining_messages():
    """too_many_rows, the text-too-long messages, cli_validate_ok and `more` count with the counted forms (the
    outside facilitator found "5 حرفاً", "19 أقسام" and "مشكلة أخرى" for every number)."""
    m = messages.message
    assert m("too_long", "ar", column="c", n=5, limit=3) == "يتألف c من 5 محارف؛ والحد الأقصى المقبول 3"
    assert "من 12 محرفاً" in m("text_too_long", "ar", n=12, limit=100000)
    assert "أكثر من 100000 محرف" in m("text_too_long", "ar", n=12, limit=100000)
    assert "من محرف واحد" in m("title_too_long", "ar", n=1, limit=1000)
    assert "19 قسماً، 242 سؤالاً" in m("cli_validate_ok", "ar", id="q", version="1", sections=19, questions=242,
                                       hash="h")
    assert "3 أقسام، 5 أسئلة" in m("cli_validate_ok", "ar", id="q", version="1", sections=3, questions=5, hash="h")
    assert m("more", "ar", n=2) == "… ومشكلتان أخريان لم تُعرضا"
    assert m("more", "ar", n=7) == "… و7 مشكلات أخرى لم تُعرض"
    assert m("more", "en", n=1) == "… and 1 more problem not listed"
    assert m("more", "fr", n=3) == "… et 3\u202fautres problèmes non listés" or m("more", "fr", n=3) == (
        "… et 3 autres problèmes non listés")
    assert "(في الاستبيان" not in m("too_many_rows", "ar", limit=5000, n=242)
    assert "5000 سطر" in m("too_many_rows", "ar", limit=5000, n=242)
    assert "(s)" not in "".join(m(k, lang, n=1, total=2, changed=1, unchanged=2, file="f", id=1, path="p", uid="u",
                                  sections="s", framework="f", shared=3, left=1, fields="x")
                                for k in ("receive_some_refused", "cli_import_done", "cli_shared", "cli_untagged",
                                          "cli_compare_changed", "cli_compare_shared", "cli_import_refused", "more",
                                          "unknown_fields", "cli_prompt_passphrase_files")
                                for lang in ("en", "fr"))


def test_the_passphrase_prompt_and_unknown_fields_agree_with_their_number():
    m = messages.message
    assert m("cli_prompt_passphrase_files", "en", n=1) == "Passphrase of the protected file: "
    assert m("cli_prompt_passphrase_files", "fr", n=3).startswith("Phrase secrète des fichiers protégés")
    assert m("cli_prompt_passphrase_files", "ar", n=2) == "عبارة مرور الملفين المحميين: "
    assert m("unknown_fields", "en", n=2, fields="a, b") == "unknown fields: a, b"
    assert m("unknown_fields", "fr", n=1, fields="a").startswith("champ inconnu")
