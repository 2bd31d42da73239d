"""The shipped questionnaire: complete, consistent, in three languages, covering CRC/C/156 ¶11–113."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from app.definitions import check_questionnaire
from app.domain.questionnaire import LANGUAGES, STRENGTH_WEIGHTS
from app.services.coverage import uncovered
from tests.conftest import SHIPPED

SECTIONS = ["III", "III.A", "III.B", "III.C", "III.D", "III.E", "III.F", "III.G", "IV.A", "IV.B", "IV.C", "V", "VI",
            "VII", "VIII.A", "VIII.B", "VIII.C", "IX", "X"]
IDS_LOCK = Path(__file__).with_name("question_ids.lock")


@pytest.fixture(scope="module")
def loaded():
    q, problems = check_questionnaire(SHIPPED)
    return q, problems


def test_shipped_questionnaire_has_no_errors_and_no_warnings(loaded):
    q, problems = loaded
    assert q is not None, "\n".join(map(str, problems))
    assert [str(p) for p in problems] == []


def test_all_nineteen_sections_in_the_order_of_the_guidelines(loaded):
    q, _ = loaded
    assert [s.id for s in q.sections] == SECTIONS
    assert all(s.questions for s in q.sections)
    assert 130 <= len(q.questions()) <= 280


def test_ids_follow_the_pattern_and_no_published_id_disappears(loaded):
    q, _ = loaded
    ids = [x.id for x in q.questions()]
    assert len(ids) == len(set(ids))
    for s in q.sections:
        for x in s.questions:
            assert re.fullmatch(re.escape(s.id) + r"-\d\d", x.id), x.id
    locked = IDS_LOCK.read_text(encoding="utf-8").split()
    missing = sorted(set(locked) - set(ids))
    assert not missing, f"question ids removed or renamed (answers are stored against them): {missing}"
    assert not sorted(set(ids) - set(locked)), "new question ids: add them to tests/definitions/question_ids.lock"


def test_paragraphs_lie_in_range_and_the_first_in_its_own_section(loaded):
    q, _ = loaded
    for s in q.sections:
        lo, hi = s.paragraph_range
        for x in s.questions:
            assert all(11 <= p <= 113 for p in x.paragraphs), x.id
            assert lo <= x.paragraphs[0] <= hi, x.id


def test_every_text_exists_in_all_three_languages(loaded):
    q, _ = loaded
    for s in q.sections:
        for lang in LANGUAGES:
            assert s.title.has(lang) and s.intro.has(lang), (s.id, lang)
            for x in s.questions:
                assert x.text.has(lang) and x.guidance.has(lang), (x.id, lang)
    for t in q.tags:
        assert all(t.name.has(lang) for lang in LANGUAGES), t.id


def test_arabic_texts_are_arabic_and_french_texts_are_not_english(loaded):
    q, _ = loaded
    arabic = re.compile(r"[\u0600-\u06FF]")
    for x in q.questions():
        ar = x.text.get("ar")
        assert len(arabic.findall(ar)) > len(ar) / 3, x.id
        assert x.text.get("fr") != x.text.get("en"), x.id


def test_weights_follow_the_documented_rule(loaded):
    q, _ = loaded
    for x in q.questions():
        assert x.weight == STRENGTH_WEIGHTS[x.strength], x.id
    doc = (SHIPPED.parent.parent / "docs" / "methodology.md").read_text(encoding="utf-8")
    for strength, w in STRENGTH_WEIGHTS.items():
        assert re.search(rf"\*{strength.value}\*.*\| {w:g} \|", doc), strength


def test_every_paragraph_asking_something_of_states_is_cited(loaded):
    q, _ = loaded
    assert uncovered(q) == []


def test_questions_that_ask_for_a_law_are_marked(loaded):
    q, _ = loaded
    laws = [x for x in q.questions() if x.asks_for_law]
    assert len(laws) >= 40
    assert all(x.asks_for_law for x in q.section("V").questions if x.paragraphs[0] in (47, 56, 65))


def test_committed_coverage_table_is_up_to_date(loaded):
    from app.services.coverage import coverage_markdown

    q, _ = loaded
    committed = (SHIPPED.parent.parent / "docs" / "content-coverage.md").read_text(encoding="utf-8")
    assert committed == coverage_markdown(q), "run: python -m app coverage"


# An obligation is scored once (docs/methodology.md). The obligations that the Guidelines restate in
# several paragraphs, the one question that scores each (its `measure`), a pattern that finds the
# obligation in the English text of a question, and the other questions that mention it while asking
# something else, with the reason. A new question that restates one of these obligations fails here.
SCORED_ONCE: dict[str, tuple[str, str, dict[str, str]]] = {
    "offences-in-criminal-law": ("V-01", r"\bsubstantive criminal law|\bexplicitly cover every act", {}),
    "attempt": ("V-07", r"\battempt", {
        "VI-13": "the liability of legal persons for every form of involvement (¶79)",
        "VII-14": "extradition for attempt, complicity and participation (¶89)",
    }),
    "complicity-and-participation": ("V-08", r"\bcomplicit|\baccomplice|\bparticipat\w* in (?:any|each|the) (?:of the )?offen", {
        "VI-13": "the liability of legal persons for every form of involvement (¶79)",
        "VII-14": "extradition for attempt, complicity and participation (¶89)",
    }),
    "liability-of-legal-persons": ("VI-13", r"\blegal persons?\b|\bcorporate liab", {}),
    "confiscation-of-instrumentalities": ("VI-01", r"\bconfiscat|\bseiz|\bforfeit", {
        "VI-02": "proceeds, a separate limb of article 7 (a)",
        "VI-04": "executing requests from other States (art. 7 (b))",
        "VI-05": "electronic means, which ¶75 singles out",
        "IX-15": "paying victims from forfeited property (¶106)",
    }),
    "territorial-jurisdiction": ("VII-01", r"\bjurisdiction", {
        "VII-04": "nationality or residence of the offender (art. 4 (2) (a))",
        "VII-05": "nationality of the victim (art. 4 (2) (b))",
        "VII-06": "residence of the victim (¶83)",
        "VII-08": "nationals who are not extradited (art. 4 (3))",
        "VII-09": "universal jurisdiction (¶87)",
        "VII-10": "offences committed through ICT across borders (¶87)",
        "VII-12": "the place of the offence for extradition purposes (art. 5 (4))",
    }),
    "extradition-without-treaty": ("VII-11", r"\bextradit", {
        "VII-08": "jurisdiction over nationals who are not extradited (art. 4 (3))",
        "VII-12": "the place of the offence for extradition purposes (art. 5 (4))",
        "VII-13": "the duty to prosecute when a national is not extradited (art. 5 (5))",
        "VII-14": "extradition for attempt, complicity and participation (¶89)",
        "X-01": "mutual legal assistance, which also serves extradition proceedings (art. 6 (1))",
    }),
    # Restated in sections III and IV (content review, sections III to IV.C).
    "ict-training-of-justice-professionals": (
        "IV.C-06", r"\btrain\w*\b.*\b(?:online|ICT|digital evidence)\b|\b(?:online|ICT|digital evidence)\b.*\btrain", {
            "IV.C-07": "online tools for identifying and rescuing victims (¶39, second limb)",
            "VII-02": "undercover operations by trained officers (¶81)",
        }),
    "online-dimension-of-public-education": (
        "IV.C-05", r"\b(?:campaign|public education|awareness)\w*\b.*\b(?:online|ICT|internet)\b"
                   r"|\b(?:online|ICT)\b.*\b(?:campaign|public education|awareness)", {}),
    # Restated in sections VIII and IX (content review, sections V to X).
    "removal-of-abuse-material": (
        "IV.C-13", r"\b(?:remov|block|take ?down)\w*\b.*\b(?:abuse material|content|material)\b", {
            "IV.C-14": "blocking access to addresses hosted abroad, the second measure of ¶41 (¶103 restates both)",
            "VI-14": "the legal responsibility of ICT companies (¶79)",
        }),
    "child-sensitive-training-of-justice-professionals": (
        "III.G-08", r"\btrain\w*\b.*\b(?:judges|prosecutors|police|lawyers)\b"
                    r"|\b(?:judges|prosecutors|police officers|lawyers)\b.*\btrain", {
            "IV.C-06": "training on ICT-facilitated offences and digital evidence (¶39, ¶30 (c))",
        }),
    "possession-for-sexual-exploitation": ("V-57", r"\bpossess", {
        "V-42": "mere possession, which ¶65 only strongly recommends",
        "V-43": "exceptions to the prohibition of possession (¶65)",
    }),
    "economic-support-to-vulnerable-families": (
        "IV.A-11", r"\bsocial protection|\bfinancial support|\bincome-generat|\beconomic (?:help|support)", {}),
}


def test_obligations_restated_in_several_paragraphs_are_scored_once(loaded):
    q, _ = loaded
    measures = {}
    for f in sorted((SHIPPED / "sections").glob("*.yaml")):
        for x in yaml.safe_load(f.read_text(encoding="utf-8"))["questions"]:
            if x.get("measure"):
                measures[x["measure"]] = x["id"]
    problems = []
    for measure, (scorer, pattern, others) in SCORED_ONCE.items():
        if measures.get(measure) != scorer:
            problems.append(f"{measure}: expected to be scored by {scorer}, found {measures.get(measure)}")
        for x in q.questions():
            if x.id != scorer and x.id not in others and re.search(pattern, x.text.get("en"), re.IGNORECASE):
                problems.append(f"{x.id} asks about '{measure}', which {scorer} scores: fold it into {scorer}, "
                                "or add it to SCORED_ONCE with the reason it asks something else")
    assert not problems, "\n".join(problems)


def test_the_scored_once_check_can_fail(loaded):
    q, _ = loaded
    _, pattern, others = SCORED_ONCE["attempt"]
    restated = "Does the law punish an attempt to commit each offence?"
    assert re.search(pattern, restated, re.IGNORECASE) and "III.A-01" not in others
    _, pattern, _ = SCORED_ONCE["complicity-and-participation"]
    assert re.search(pattern, "Is complicity in each offence punishable?", re.IGNORECASE)
    assert not re.search(pattern, "Is child participation in proceedings supported?", re.IGNORECASE)


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_QUESTION_ID = re.compile(r"(?<![A-Za-z0-9_.])[IVX]+(?:\.[A-Z])?-\d{2}")


def citations(text: str) -> tuple[set[str], set[str]]:
    """The question ids and the other numbers (paragraphs, articles, years, resolutions) of a text."""
    text = text.translate(_ARABIC_DIGITS)
    ids = set(_QUESTION_ID.findall(text))
    return ids, set(re.findall(r"\d+", _QUESTION_ID.sub("", text)))


def test_translations_keep_every_citation_of_the_english(loaded):
    """A translation may add a number ("à 18 ans") but must not drop a paragraph, article, year or
    resolution number the English cites, nor point to other questions than the English does."""
    q, _ = loaded
    problems = []
    for s in q.sections:
        texts = [("intro", s.intro)] + [(f"{x.id} {f}", getattr(x, f)) for x in s.questions for f in ("text", "guidance")]
        for where, t in texts:
            en_ids, en_nums = citations(t.get("en"))
            for lang in ("fr", "ar"):
                ids, nums = citations(t.get(lang))
                if ids != en_ids or en_nums - nums:
                    problems.append(f"{s.id} {where} [{lang}]: question ids {sorted(ids ^ en_ids)}, "
                                    f"numbers missing {sorted(en_nums - nums)}")
    assert not problems, "\n".join(problems)


def test_the_citation_check_can_fail():
    assert citations("(¶65; art. 3 (1) (c)); see V-42 and ETS No. 141")[1] >= {"65", "3", "1", "141"}
    assert citations("الفقرة ٦٥؛ انظر السؤالين V-05 وV-06")[0] == {"V-05", "V-06"}
    assert citations("par. 64")[1] != citations("¶65")[1]


# The criteria for effective legislation of the REPERES report (seed 003), after the ICMEC review, and the
# questions that must map to each (the ones whose content is that criterion, not merely near it).
ICMEC_CRITERIA = {
    "icmec.specific-law": {"V-39"}, "icmec.definition": {"V-31"}, "icmec.computer-facilitated": {"V-34"},
    "icmec.possession": {"V-42"}, "icmec.isp-reporting": {"IV.C-15"}, "icmec.access": {"V-38"},
    "icmec.grooming": {"V-05"}, "icmec.sexting": {"V-48"}, "icmec.pointing": {"V-45"},
    "icmec.no-child-criminalisation": {"III.A-14", "V-47"}, "icmec.limitation": {"VIII.B-02"},
    "icmec.data-retention": {"X-03"}, "icmec.investigative-tools": {"VII-02", "IX-09"},
    "icmec.websites": {"IV.C-13", "VI-14"}, "icmec.dual-criminality": {"VII-07"},
    "icmec.international-cooperation": {"X-01", "X-08"},
}


def test_every_icmec_criterion_and_mnr_capability_is_listed_and_mapped(loaded):
    q, _ = loaded
    mnr = [t.id for t in q.tags if t.framework == "mnr"]
    assert mnr == [f"mnr-{n:02d}" for n in range(1, 22)]
    icmec = {t.id: t for t in q.tags if t.framework == "icmec"}
    assert set(icmec) == set(ICMEC_CRITERIA)
    tagged: dict[str, set[str]] = {}
    for x in q.questions():
        for t in x.tags:
            tagged.setdefault(t, set()).add(x.id)
    for tag, must in ICMEC_CRITERIA.items():
        assert must <= tagged.get(tag, set()), tag
    assert all(tagged.get(t) for t in mnr)
    # possession for the purpose of exploitation (the Protocol's floor) is not ICMEC's mere possession
    assert "V-57" not in tagged["icmec.possession"]
    # where the Guidelines say little about a criterion, a reviewer's note says so (docs/content-coverage.md)
    for thin in ("icmec.access", "icmec.pointing", "icmec.isp-reporting", "icmec.data-retention",
                 "icmec.sexting", "icmec.investigative-tools"):
        assert "CRC/C/156" in icmec[thin].coverage_note or "Guidelines" in icmec[thin].coverage_note \
            or "only" in icmec[thin].coverage_note.lower(), thin
    byid = {t.id: t for t in q.tags}
    for thin in ("mnr-06", "mnr-17"):
        assert byid[thin].coverage_note, thin
    # ¶76 (VI-07) covers preservation and disclosure at home: the note no longer says the opposite
    assert "at home" not in icmec["icmec.data-retention"].coverage_note.split("¶76")[0]
    assert "VI-07" in icmec["icmec.data-retention"].coverage_note


# The treaty-law review of the tags (against CRC/C/156 and the REPERES report): a tag is kept only where
# the question's content is that capability or criterion.
NOT_TAGGED = {
    "V-53": "mnr-06", "X-09": "mnr-17", "III.C-03": "mnr-17", "IX-09": "mnr-18", "VI-08": "mnr-07",
    "V-49": "icmec.sexting", "IX-13": "icmec.no-child-criminalisation", "VI-05": "icmec.computer-facilitated",
    "IV.B-04": "mnr-01",
}
TAGGED = {
    "V-53": {"mnr-03", "icmec.no-child-criminalisation"}, "IX-09": {"mnr-04"},
    "VI-07": {"icmec.data-retention"}, "V-40": {"icmec.pointing"}, "VI-14": {"mnr-17", "mnr-03"},
    "IV.C-13": {"mnr-12"}, "V-01": {"icmec.specific-law"}, "V-57": {"icmec.specific-law"},
    "V-54": {"icmec.definition"}, "IV.B-07": {"icmec.international-cooperation"},
    "IV.C-06": {"icmec.investigative-tools"},
    **{qid: {"mnr-03"} for qid in ("III.A-14", "III.A-15", "VI-15", "VI-16", "VI-17", "VII-02", "X-03", "X-09",
                                    "VI-04", "VI-05", "VI-06", "IX-13", "IX-15", "VIII.C-08")},
}


def test_the_reviewed_tags_hold(loaded):
    q, _ = loaded
    tags = {x.id: set(x.tags) for x in q.questions()}
    assert not {qid: t for qid, t in NOT_TAGGED.items() if t in tags[qid]}
    assert not {qid: want - tags[qid] for qid, want in TAGGED.items() if want - tags[qid]}
    # MNR 3 (legislation) only on questions that ask for a law
    law = {x.id for x in q.questions() if x.asks_for_law}
    assert {qid for qid, want in TAGGED.items() if "mnr-03" in want} <= law
    mnr17 = next(t for t in q.tags if t.id == "mnr-17")
    assert "legal protection" in mnr17.name.get("en") and "الصناعة" in mnr17.name.get("ar")
