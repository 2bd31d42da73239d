"""The questionnaires the app knows: the shipped one, loaded once, with its problems if it has any."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app import paths
from app.definitions import Problem, check_questionnaire
from app.domain.questionnaire import Questionnaire


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
    q, problems = check_questionnaire(path)
    return Loaded(path, q, tuple(problems))


def default() -> Loaded:
    return load(None)
