"""What the start needs to know about the shipped questionnaire before loading it: the ids of its
questions (the list shows each assessment's progress over them), and that it loaded without any
problem.

Kept beside the questionnaire cache (see catalog.py) as a small JSON file, keyed by the name, size
and modification time of every file in the questionnaire's folder: a look costs a few stat() calls
and no hashing, unpickling or validating. It is written only for a questionnaire that loaded without
problems, and only says what the list shows first: the full questionnaire is loaded right after
(catalog.load, keyed by content) and the list is refreshed from it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from app import __version__, paths

INDEX_FORMAT = 2


def index_file(folder: Path) -> Path:
    return paths.data_home() / "cache" / f"questionnaire-{_name(folder)}.json"


def _name(folder: Path) -> str:
    """A short stable name for the folder (its path, hashed without hashlib's OpenSSL: zlib's CRC)."""
    import zlib

    raw = str(folder.resolve()).encode("utf-8")
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"


def files_stamp(folder: Path) -> list[list[Any]] | None:
    """[relative name, size, mtime_ns] of every file under the folder, sorted; None if unreadable."""
    root = folder.parent if folder.is_file() else folder
    out: list[list[Any]] = []
    try:
        for dirpath, dirnames, filenames in os.walk(root, onerror=_raise):
            dirnames.sort()
            for name in filenames:
                st = os.stat(os.path.join(dirpath, name))
                rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                out.append([rel, st.st_size, st.st_mtime_ns])
    except OSError:
        return None
    return sorted(out)


def _raise(e: OSError) -> None:
    raise e


def question_ids(folder: Path) -> list[str] | None:
    """The ids of the questions of the questionnaire in `folder`, in order, when it is known to load
    without problems from exactly these files; None otherwise (then load it in full)."""
    try:
        stored = json.loads(index_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("format") != INDEX_FORMAT or stored.get("app") != __version__:
        return None
    ids = stored.get("questions")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None
    return ids if stored.get("files") == files_stamp(folder) else None


def write_index(folder: Path, questions: list[str]) -> None:
    """Best effort, like the questionnaire cache: a data folder that cannot be written costs speed only."""
    files = files_stamp(folder)
    if files is None:
        return
    target = index_file(folder)
    data = json.dumps({"format": INDEX_FORMAT, "app": __version__, "questions": questions, "files": files})
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".questionnaire-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
