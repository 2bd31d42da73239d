"""The SQL the released versions of the app wrote (schema versions 1 and 2, before Alembic), frozen,
so that tests can make files exactly as those versions did and check that they still open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = 0x4F505343

V1 = """
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    title VARCHAR NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    assessment_date DATE,
    organisation VARCHAR NOT NULL DEFAULT '',
    assessors VARCHAR NOT NULL DEFAULT '',
    questionnaire_id VARCHAR NOT NULL,
    questionnaire_version VARCHAR NOT NULL,
    questionnaire_hash VARCHAR NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    question_id VARCHAR NOT NULL,
    value VARCHAR,
    na_reason TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    legal_provision TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    updated_at DATETIME NOT NULL,
    UNIQUE (assessment_id, question_id)
);
"""

V2 = """
ALTER TABLE answers ADD COLUMN confidence VARCHAR;
ALTER TABLE assessments ADD COLUMN confidentiality VARCHAR NOT NULL DEFAULT '';
CREATE TABLE weight_overrides (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    question_id VARCHAR NOT NULL,
    weight FLOAT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, question_id)
);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    question_id VARCHAR NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lead VARCHAR NOT NULL DEFAULT '',
    partners VARCHAR NOT NULL DEFAULT '',
    deadline DATE,
    budget FLOAT,
    currency VARCHAR NOT NULL DEFAULT '',
    priority VARCHAR NOT NULL DEFAULT 'medium',
    status VARCHAR NOT NULL DEFAULT 'planned',
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE INDEX ix_actions_assessment ON actions(assessment_id);
"""

STEPS = {1: V1, 2: V2}


def make_released_file(path: Path, version: int) -> None:
    """A file as the released app of that schema version wrote it (WAL, user_version, application_id)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    for v in range(1, version + 1):
        con.execute("BEGIN IMMEDIATE")
        for stmt in (s.strip() for s in STEPS[v].split(";")):
            if stmt:
                con.execute(stmt)
        con.execute(f"PRAGMA user_version = {v}")
        if v == 1:
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("COMMIT")
    con.close()
