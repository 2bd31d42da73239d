"""The questionnaires the app knows: the shipped one, loaded once, with its problems if it has any.

Validating the questionnaire files (YAML + pydantic) costs about half a second at every start, so a
questionnaire that loaded without any problem is kept in the data folder (`cache/`), keyed by the
SHA-256 of the name and bytes of every file in its folder: any edit, added or removed file means a
fresh validation. The cache is a pickle that this app wrote in the user's own data folder; anything
unreadable, stale or of another version is ignored and rewritten. Problems are never cached: a
folder with errors or warnings is validated at every start, so the report is always current.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__, paths
from app.domain.questionnaire import Questionnaire

from . import catalog_index

if TYPE_CHECKING:
    from app.definitions import Problem

CACHE_FORMAT = 2  # 2: questionnaires carry their earlier versions' snapshots and mappings


@dataclass(frozen=True)
class Loaded:
    path: Path
    questionnaire: Questionnaire | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.warning)


@cache
def load(path: Path | None = None) -> Loaded:
    path = path or paths.default_questionnaire_dir()
    key = folder_digest(path)
    cached = read_cache(path, key)
    if cached is not None:
        _index(path, cached)
        return Loaded(path, cached, ())
    from app.definitions import check_questionnaire  # YAML and pydantic: only when the cache cannot serve

    q, problems = check_questionnaire(path)
    if q is not None and not problems:
        write_cache(path, key, q)
        _index(path, q)
    return Loaded(path, q, tuple(problems))


def _index(path: Path, questionnaire: Questionnaire) -> None:
    """Keep the start's index (catalog_index) in step with a questionnaire that loaded without problems."""
    ids = [q.id for q in questionnaire.questions()]
    if catalog_index.question_ids(path) != ids:
        catalog_index.write_index(path, ids)


def default() -> Loaded:
    return load(None)


# ---- the cache ----------------------------------------------------------------------------------
def folder_digest(folder: Path) -> str | None:
    """SHA-256 over the relative name and the bytes of every file under `folder`; None if unreadable."""
    root = folder.parent if folder.is_file() else folder
    h = hashlib.sha256()
    try:
        for f in sorted(p for p in root.rglob("*") if p.is_file()):
            data = f.read_bytes()
            h.update(f.relative_to(root).as_posix().encode("utf-8") + b"\0")
            h.update(len(data).to_bytes(8, "little") + data)
    except OSError:
        return None
    return h.hexdigest()


def cache_file(folder: Path) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return paths.data_home() / "cache" / f"questionnaire-{name}.pickle"


def _stamp(key: str) -> dict[str, Any]:
    return {"format": CACHE_FORMAT, "app": __version__, "key": key}


def read_cache(folder: Path, key: str | None) -> Questionnaire | None:
    """The questionnaire saved for exactly these files, or None (missing, stale, damaged...)."""
    if key is None:
        return None
    try:
        with cache_file(folder).open("rb") as f:
            stored = pickle.load(f)
    except Exception:  # missing, truncated, written by another version: validate the files instead
        logging.getLogger(__name__).info("questionnaire cache not used", exc_info=True)
        return None
    if not isinstance(stored, dict) or stored.get("stamp") != _stamp(key):
        return None
    q = stored.get("questionnaire")
    return q if isinstance(q, Questionnaire) else None


def write_cache(folder: Path, key: str | None, questionnaire: Questionnaire) -> None:
    """Best effort: a data folder that cannot be written only means validating again next time."""
    if key is None:
        return
    target = cache_file(folder)
    with contextlib.suppress(OSError, pickle.PicklingError):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".questionnaire-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump({"stamp": _stamp(key), "questionnaire": questionnaire}, f,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
