"""Load a questionnaire folder into the domain model, reporting every problem with file, line and key.

A questionnaire is a folder holding `questionnaire.yaml` (metadata, chapters, the order of the
sections), one file per section in `sections/<ID>.yaml`, and optionally a tags file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.domain.questionnaire import (
    LANGUAGES,
    STRENGTH_WEIGHTS,
    Chapter,
    Question,
    Questionnaire,
    Section,
    Tag,
    Text,
)

from . import safe_yaml
from .duplicates import Item, dangling_references, find_duplicates
from .schema import Localized, QuestionDef, QuestionnaireDef, SectionDef, TagsDef

FIRST_PARAGRAPH, LAST_PARAGRAPH = 11, 113
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    key: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        kind = "warning" if self.warning else "error"
        key = f" [{self.key}]" if self.key else ""
        return f"{where}:{key} {kind}: {self.message}"


class QuestionnaireError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# ---- YAML with line numbers -------------------------------------------------------------------


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~30x faster


class _Doc:
    """A parsed YAML file. The line of each key path is worked out only when a problem is reported."""

    def __init__(self, path: Path, display: str, raw: str, data: Any):
        self.path = path
        self.display = display
        self.raw = raw
        self.data = data
        self._lines: dict[tuple[Any, ...], int] | None = None

    @property
    def lines(self) -> dict[tuple[Any, ...], int]:
        if self._lines is None:
            self._lines = {}
            node = yaml.compose(self.raw, Loader=_Loader)
            if node is not None:
                self._index(node, ())
        return self._lines

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        lines = self.lines
        loc = tuple(loc)
        while loc:
            if loc in lines:
                return lines[loc]
            loc = loc[:-1]
        return lines.get((), 1)

    def _index(self, node: yaml.Node, loc: tuple[Any, ...]) -> None:
        assert self._lines is not None
        self._lines[loc] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                self._index(v, loc + (k.value,))
                self._lines[loc + (k.value,)] = k.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                self._index(v, loc + (i,))


def _read_yaml(path: Path, root: Path, problems: list[Problem]) -> _Doc | None:
    display = str(path.relative_to(root.parent)) if path.is_relative_to(root.parent) else str(path)
    try:
        size = path.stat().st_size
        if size > safe_yaml.MAX_BYTES:
            problems.append(Problem(display, None, "", f"the file is {size / 2**20:.1f} MB; a questionnaire file "
                                                       f"may be at most {safe_yaml.MAX_BYTES / 2**20:.1f} MB"))
            return None
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(display, None, "", "file not found"))
        return None
    except UnicodeDecodeError as e:
        problems.append(Problem(display, None, "", f"not UTF-8 text ({e.reason}); save the file as UTF-8"))
        return None
    except OSError as e:
        problems.append(Problem(display, None, "", f"the file cannot be read ({e.strerror or type(e).__name__})"))
        return None
    try:
        data = safe_yaml.load(raw)
    except safe_yaml.YamlRefused as e:
        problems.append(Problem(display, e.line, "", e.message))
        return None
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else None
        problems.append(Problem(display, line, "", f"YAML syntax: {e.problem}"))
        return None
    except yaml.YAMLError as e:
        problems.append(Problem(display, None, "", f"YAML syntax: {str(e)[:200]}"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(display, 1, "", "the file is empty or is not a mapping of keys to values"))
        return None
    return _Doc(path, display, raw, data)


def _key(loc: tuple[Any, ...], data: Any) -> str:
    """A readable key path: questions[3](III.A-04).paragraphs[0]."""
    out = ""
    cur = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            if isinstance(cur, list) and part < len(cur):
                cur = cur[part]
                if isinstance(cur, dict) and "id" in cur:
                    out += f"({cur['id']})"
            else:
                cur = None
        else:
            out += ("." if out else "") + str(part)
            cur = cur.get(part) if isinstance(cur, dict) else None
    return out


def _validate(model: type[M], doc: _Doc, problems: list[Problem]) -> M | None:
    try:
        return model.model_validate(doc.data)
    except ValidationError as e:
        for err in e.errors():
            loc = tuple(err["loc"])
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = f"unknown key '{loc[-1]}' (a typo?)"
            elif err["type"] == "missing":
                msg = f"the key '{loc[-1]}' is missing"
            elif err["type"] == "enum":
                msg = f"{msg}, not '{err.get('input')}'"
            problems.append(Problem(doc.display, doc.line_of(loc), _key(loc, doc.data), msg))
        return None


# ---- Loading --------------------------------------------------------------------------------------


def _text(d: Any) -> Text:
    return Text(d.as_dict())


def _missing_translations(doc: _Doc, data: Any, loc: tuple[Any, ...], problems: list[Problem]) -> None:
    """Warn for every localized text whose French or Arabic is empty."""
    if isinstance(data, dict):
        if "en" in data and all(isinstance(v, str) for v in data.values()):
            for lang in LANGUAGES:
                if not str(data.get(lang, "")).strip():
                    problems.append(
                        Problem(doc.display, doc.line_of(loc), _key(loc, doc.data), f"no '{lang}' text", warning=True)
                    )
            return
        for k, v in data.items():
            _missing_translations(doc, v, loc + (k,), problems)
    elif isinstance(data, list):
        for i, v in enumerate(data):
            _missing_translations(doc, v, loc + (i,), problems)


def _content_hash(parts: list[Any]) -> str:
    canon = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canon.encode("utf-8")).hexdigest()


def check_questionnaire(
    path: str | Path, only_sections: list[str] | None = None
) -> tuple[Questionnaire | None, list[Problem]]:
    """Load and validate; return the questionnaire (None on any error) and every problem found.

    `only_sections` loads those section files instead of the list in questionnaire.yaml (for
    checking work in progress).
    """
    root = Path(path)
    if root.is_file():
        root = root.parent
    problems: list[Problem] = []
    meta_doc = _read_yaml(root / "questionnaire.yaml", root, problems)
    if meta_doc is None:
        return None, problems
    meta = _validate(QuestionnaireDef, meta_doc, problems)
    if meta is None:
        return None, problems
    _missing_translations(meta_doc, meta_doc.data, (), problems)
    chapter_ids = [c.id for c in meta.chapters]

    tags: list[Tag] = []
    tag_ids: set[str] = set()
    tags_read = False  # a tags file refused is told once; its tags are then not checked one by one
    hashed: list[Any] = [meta_doc.data]
    if meta.tags_file:
        tdoc = _read_yaml(root / meta.tags_file, root, problems)
        tdef = _validate(TagsDef, tdoc, problems) if tdoc else None
        tags_read = bool(tdoc and tdef)
        if tdoc and tdef:
            hashed.append(tdoc.data)
            _missing_translations(tdoc, tdoc.data, (), problems)
            for i, t in enumerate(tdef.tags):
                if t.id in tag_ids:
                    problems.append(Problem(tdoc.display, tdoc.line_of(("tags", i, "id")), f"tags[{i}]", f"tag id '{t.id}' is used twice"))
                tag_ids.add(t.id)
                note = (_text(t.coverage_note) if isinstance(t.coverage_note, Localized)
                        else Text({"en": t.coverage_note.strip()} if t.coverage_note.strip() else {}))
                tags.append(Tag(t.id, t.framework, _text(t.name), note.get("en").strip(), note))

    sections: list[Section] = []
    seen_q: dict[str, str] = {}
    loaded: list[tuple[SectionDef, _Doc]] = []  # for the checks across sections
    for n, sid in enumerate(only_sections or meta.sections):
        sdoc = _read_yaml(root / "sections" / f"{sid}.yaml", root, problems)
        if sdoc is None:
            problems[-1] = Problem(problems[-1].file, meta_doc.line_of(("sections", n)), f"sections[{n}]",
                                   problems[-1].message + f" (section '{sid}' is listed in questionnaire.yaml)") \
                if problems[-1].message == "file not found" else problems[-1]
            continue
        sdef = _validate(SectionDef, sdoc, problems)
        if sdef is None:
            continue
        hashed.append(sdoc.data)
        _missing_translations(sdoc, sdoc.data, (), problems)
        err = _section_problems(sdef, sdoc, sid, chapter_ids, tag_ids if tags_read else None, seen_q)
        problems += err
        loaded.append((sdef, sdoc))
        questions = tuple(
            Question(
                id=q.id, section_id=sdef.id, paragraphs=tuple(q.paragraphs), opsc_articles=tuple(q.opsc_articles),
                strength=q.strength, weight=q.weight, text=_text(q.text), guidance=_text(q.guidance),
                asks_for_law=q.asks_for_law, tags=tuple(q.tags),
            )
            for q in sdef.questions
        )
        sections.append(Section(sdef.id, sdef.chapter, (sdef.paragraphs[0], sdef.paragraphs[1]),
                                _text(sdef.title), _text(sdef.intro), questions,
                                tuple(sdef.context_paragraphs)))
    if not any(not p.warning for p in problems):
        problems += _duplicate_problems(loaded)
    if any(not p.warning for p in problems):
        return None, problems
    q = Questionnaire(
        id=meta.id, version=meta.version, content_hash=_content_hash(hashed), title=_text(meta.title),
        chapters=tuple(Chapter(c.id, _text(c.title)) for c in meta.chapters if any(s.chapter == c.id for s in sections)),
        sections=tuple(sections), tags=tuple(tags),
    )
    if only_sections:
        return q, problems
    from .versions import load_history  # the earlier versions, checked against this one

    snapshots, mappings, history_problems = load_history(root, q)
    problems += history_problems
    if any(not p.warning for p in history_problems):
        return None, problems
    return dataclasses.replace(q, snapshots=snapshots, mappings=mappings), problems


def _section_problems(sdef: SectionDef, doc: _Doc, sid: str, chapters: list[str], tag_ids: set[str] | None,
                      seen_q: dict[str, str]) -> list[Problem]:
    out: list[Problem] = []

    def add(loc: tuple[Any, ...], msg: str) -> None:
        out.append(Problem(doc.display, doc.line_of(loc), _key(loc, doc.data), msg))

    if sdef.id != sid:
        add(("id",), f"the section id '{sdef.id}' does not match its file name '{sid}.yaml'")
    if sdef.chapter not in chapters:
        add(("chapter",), f"chapter '{sdef.chapter}' is not one of the chapters in questionnaire.yaml")
    lo, hi = sdef.paragraphs
    for j, p in enumerate(sdef.context_paragraphs):
        if not lo <= p <= hi:
            add(("context_paragraphs", j), f"context paragraph {p} is outside the section's range {lo}-{hi}")
    if not (FIRST_PARAGRAPH <= lo <= hi <= LAST_PARAGRAPH):
        add(("paragraphs",), f"the paragraph range {lo}-{hi} must lie within {FIRST_PARAGRAPH}-{LAST_PARAGRAPH}")
    for i, q in enumerate(sdef.questions):
        if q.id in seen_q:
            add(("questions", i, "id"), f"question id '{q.id}' is already used in section {seen_q[q.id]}")
        seen_q[q.id] = sid
        for j, p in enumerate(q.paragraphs):
            if not FIRST_PARAGRAPH <= p <= LAST_PARAGRAPH:
                add(("questions", i, "paragraphs", j), f"paragraph {p} is outside {FIRST_PARAGRAPH}-{LAST_PARAGRAPH}")
        if not lo <= q.paragraphs[0] <= hi:
            add(("questions", i, "paragraphs", 0),
                f"the first paragraph ({q.paragraphs[0]}) must lie in the section's own range {lo}-{hi}")
        rule = STRENGTH_WEIGHTS[q.strength]
        if abs(q.weight - rule) > 1e-9:
            add(("questions", i, "weight"), f"weight {q.weight} does not follow the rule for '{q.strength}' ({rule})")
        if tag_ids is not None:
            for j, t in enumerate(q.tags):
                if t not in tag_ids:
                    add(("questions", i, "tags", j), f"unknown tag '{t}'")
    return out


# ---- One obligation, one question -----------------------------------------------------------------


def _duplicate_problems(loaded: list[tuple[SectionDef, _Doc]]) -> list[Problem]:
    """An obligation is scored once (docs/methodology.md; app/definitions/duplicates.py): the same measure
    key twice, two questions asking nearly the same thing, a distinct_from naming no question, and a
    question id quoted in a text that names no question."""
    where: dict[str, tuple[_Doc, int]] = {}
    items: list[Item] = []
    intros: list[tuple[str, str, str]] = []
    for sdef, doc in loaded:
        for i, q in enumerate(sdef.questions):
            where.setdefault(q.id, (doc, i))
            items.append(Item(q.id, q.text.en, q.measure, frozenset(q.distinct_from), _texts_of(q)))
        intros += [(sdef.id, f"intro.{lang}", text) for lang, text in sdef.intro.as_dict().items()]
    section_ids = [sdef.id for sdef, _ in loaded]
    out: list[Problem] = []
    for f in find_duplicates(items, section_ids):
        doc, i = where[f.question]
        loc: tuple[Any, ...] = ("questions", i, *f.key.split("."))
        out.append(Problem(doc.display, doc.line_of(loc), _key(loc, doc.data), f.message))
    docs = {sdef.id: doc for sdef, doc in loaded}
    for f in dangling_references(intros, {x.id for x in items}, section_ids):
        loc = tuple(f.key.split("."))
        doc = docs[f.question]
        out.append(Problem(doc.display, doc.line_of(loc), _key(loc, doc.data), f.message))
    return out


def _texts_of(q: QuestionDef) -> tuple[tuple[str, str], ...]:
    return tuple((f"{field}.{lang}", text) for field in ("text", "guidance")
                 for lang, text in getattr(q, field).as_dict().items())


def load_questionnaire(path: str | Path) -> Questionnaire:
    q, problems = check_questionnaire(path)
    if q is None:
        raise QuestionnaireError([p for p in problems if not p.warning])
    return q
