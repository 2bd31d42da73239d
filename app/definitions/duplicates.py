"""An obligation is scored once (docs/methodology.md): find the questions that would score it twice.

Three checks run over the whole questionnaire, after each section has passed the schema:

- **measure**: a question that scores an obligation the Guidelines restate in several paragraphs
  (attempt, complicity, liability of legal persons, confiscation...) names it with a `measure` key;
  two questions with the same key score the same obligation twice.
- **near-identical wording**: two questions whose English texts share most of their content words
  (Jaccard similarity of the word stems at or above `SIMILAR`) are taken to ask the same thing,
  unless one of them declares the other in `distinct_from` with the reason they differ. This is what
  catches a question copied into a second section with its wording barely changed.
- **references**: a question id quoted in any text (for example "scored in V-07") must exist, so that
  folding a question cannot leave a pointer to nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Two questions whose English texts share this share of their content words ask nearly the same thing.
# Measured on the shipped questionnaire: the real duplicates of 1.0.0 (III.A-02 / V-10, III.A-04 / V-14)
# scored 0.67 to 0.89; the closest distinct pairs (VII-05 / VII-06, V-39 / V-41) carry a distinct_from
# declaration; all other pairs score below 0.6.
SIMILAR = 0.6

_STOP = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "for", "by", "with", "and", "or", "not", "no", "any", "all",
    "each", "every", "is", "are", "be", "been", "being", "it", "its", "this", "that", "these", "those",
    "does", "do", "did", "can", "could", "should", "would", "will", "shall", "may", "must", "has", "have",
    "had", "as", "at", "from", "into", "than", "whether", "such", "other", "their", "his", "her", "them",
    "they", "there", "which", "who", "whom", "what", "when", "where", "how", "only", "also", "so", "if",
    "under", "over", "about", "between", "within", "without", "including", "include", "includes", "state",
    "states", "law", "laws", "legal", "national", "one", "own", "same", "way", "even", "make", "makes",
    "made", "order", "purpose", "purposes", "really", "nor", "but", "was", "were", "might", "whose",
    "optional", "protocol", "offence", "offences", "covered",
])
_WORD = re.compile(r"[a-z]+")
_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A light English stemmer: transferring, transferred, transfers -> transfer; engage, engaging -> engag."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_words(text: str) -> frozenset[str]:
    """The stems of the words that carry meaning: no stop words, nothing shorter than three letters."""
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in _STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two sets of stems (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def text_similarity(a: str, b: str) -> float:
    """Jaccard similarity of the content words of two English texts (0 to 1)."""
    return similarity(content_words(a), content_words(b))


@dataclass(frozen=True)
class Item:
    """What the checks need to know of one question."""

    id: str
    text_en: str
    measure: str | None
    distinct_from: frozenset[str]
    texts: tuple[tuple[str, str], ...]  # (where, text) for every localized text of the question


@dataclass(frozen=True)
class Finding:
    question: str
    key: str  # "measure", "text", "distinct_from" or the text where a reference stands
    message: str


# Not preceded by a Latin letter, digit or dot; an Arabic conjunction may be attached ("وV-06").
_REF = re.compile(r"(?<![A-Za-z0-9_.])([IVX]+(?:\.[A-Z])?)-\d{2}(?!\d)")


def question_refs(text: str, section_ids: set[str]) -> Iterator[str]:
    """Question ids of these sections quoted in a text: `V-07`, `III.A-09`."""
    for m in _REF.finditer(text):
        if m.group(1) in section_ids:
            yield m.group(0)


def similar_pairs(words: dict[str, frozenset[str]], threshold: float = SIMILAR) -> Iterator[tuple[str, str, float]]:
    """Pairs of ids (in the order given) whose word sets have a Jaccard similarity >= threshold.

    Prefix filtering (a standard set-similarity join): with each set's words sorted rarest first, two
    sets that reach the threshold must share a word among the first `len - ceil(threshold * len) + 1`
    of either, so only the pairs sharing such a word are compared.
    """
    order = {qid: n for n, qid in enumerate(words)}
    freq = Counter(w for ws in words.values() for w in ws)
    index: dict[str, list[str]] = {}
    candidates: set[tuple[str, str]] = set()
    for qid, ws in words.items():
        ranked = sorted(ws, key=lambda w: (freq[w], w))
        for w in ranked[: len(ranked) - math.ceil(threshold * len(ranked)) + 1]:
            for other in index.get(w, ()):
                candidates.add((other, qid))
            index.setdefault(w, []).append(qid)
    for a, b in sorted(candidates, key=lambda ab: (order[ab[0]], order[ab[1]])):
        s = similarity(words[a], words[b])
        if s >= threshold:
            yield a, b, s


def find_duplicates(items: list[Item], section_ids: Iterable[str]) -> Iterator[Finding]:
    ids = {x.id for x in items}
    scored_by: dict[str, str] = {}
    for x in items:
        if x.measure is None:
            continue
        if x.measure in scored_by:
            yield Finding(x.id, "measure", f"the measure '{x.measure}' is already scored by {scored_by[x.measure]}: "
                          "an obligation is scored once (docs/methodology.md); fold one question into the other")
        else:
            scored_by[x.measure] = x.id
    for x in items:
        for other in sorted(x.distinct_from):
            if other == x.id or other not in ids:
                yield Finding(x.id, "distinct_from", f"distinct_from names '{other}', which is not another question "
                              "of this questionnaire")
    words = {x.id: content_words(x.text_en) for x in items}
    declared = {x.id: x.distinct_from for x in items}
    for a, b, s in similar_pairs(words):
        if b not in declared[a] and a not in declared[b]:
            yield Finding(b, "text", f"{b} asks nearly the same thing as {a} (similarity {s:.2f}): an obligation "
                          "is scored once (docs/methodology.md). Remove one and point to the other in the guidance, "
                          f"or, if they score different measures, add `distinct_from: {{{a}: <what differs>}}` to {b}")
    yield from dangling_references([(x.id, where, text) for x in items for where, text in x.texts], ids, section_ids)


def dangling_references(texts: Iterable[tuple[str, str, str]], ids: set[str],
                        section_ids: Iterable[str]) -> Iterator[Finding]:
    """Question ids quoted in (owner, where, text) that name no question of the questionnaire."""
    sections = set(section_ids)
    for owner, where, text in texts:
        for ref in question_refs(text, sections):
            if ref not in ids:
                yield Finding(owner, where, f"refers to question {ref}, which does not exist (folded or "
                              "removed?): point to the question that now scores the measure")
