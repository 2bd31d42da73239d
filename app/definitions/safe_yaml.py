"""Reading a YAML file we did not write, in bounded time and memory.

PyYAML's safe loader still accepts three things a hostile or broken file can use against us:
aliases (`&a` / `*a`, "billion laughs": a few lines that expand to gigabytes once walked), deep
nesting (libyaml's composer recurses in C and crashes the process with SIGSEGV at ~100,000 levels;
the Python constructor raises a bare RecursionError at ~1,000) and duplicate keys (the last one
silently wins: a second `weight:` would change a score without anyone noticing). The questionnaire
files need none of them, so they are refused, with the line, before anything is built: the event
stream is read first (libyaml's parser does not recurse), then the document is constructed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~30x faster

MAX_BYTES = 4 * 2**20  # one questionnaire file; the largest shipped one is ~150 KB
MAX_DEPTH = 32  # nested mappings and lists; the files need 6
MAX_EVENTS = 2_000_000  # YAML events (scalars, starts and ends) in one file


class YamlRefused(ValueError):
    def __init__(self, line: int | None, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


@dataclass
class _Level:
    mapping: bool
    keys: dict[str, int] = field(default_factory=dict)
    at_key: bool = True  # in a mapping: the next node is a key


def _check_events(raw: str) -> None:
    stack: list[_Level] = []
    for count, event in enumerate(yaml.parse(raw, Loader=_Loader), start=1):
        line = event.start_mark.line + 1 if event.start_mark else None
        if count > MAX_EVENTS:
            raise YamlRefused(line, f"the file has more than {MAX_EVENTS} values; it cannot be a questionnaire")
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlRefused(line, "anchors and aliases (&name, *name) are not allowed in questionnaire files; "
                                    "write the value out in full")
        if isinstance(event, yaml.NodeEvent):
            _node(stack, event, line)
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append(_Level(isinstance(event, yaml.MappingStartEvent)))
            if len(stack) > MAX_DEPTH:
                raise YamlRefused(line, f"values are nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()


def _node(stack: list[_Level], event: yaml.NodeEvent, line: int | None) -> None:
    """Count one node in its parent mapping: every other node there is a key, checked for repeats."""
    if not stack or not stack[-1].mapping:
        return
    level = stack[-1]
    if level.at_key:
        if not isinstance(event, yaml.ScalarEvent):
            raise YamlRefused(line, "a key must be plain text, not a list or a mapping")
        key = str(event.value)
        if key in level.keys:
            raise YamlRefused(line, f"the key '{key[:60]}' appears twice in the same mapping (first on line "
                                    f"{level.keys[key]}); the second would silently replace the first")
        level.keys[key] = line or 0
    level.at_key = not level.at_key


def load(raw: str) -> Any:
    """The document in `raw`; YamlRefused (with a line) for anything unsafe, yaml.YAMLError for bad syntax."""
    if len(raw) > MAX_BYTES:
        raise YamlRefused(None, f"the file is {len(raw) // 1024} KB; a questionnaire file may be at most "
                                f"{MAX_BYTES // 2**20} MB")
    _check_events(raw)
    try:
        return yaml.load(raw, Loader=_Loader)  # noqa: S506 - a safe loader, on a checked document
    except ValueError as e:  # e.g. an integer of 5,000 digits (Python refuses to convert it)
        raise YamlRefused(None, f"a value cannot be read ({str(e)[:80]})") from None
