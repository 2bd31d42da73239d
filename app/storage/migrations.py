"""Schema versions. Each step is frozen SQL: never edit a step that has shipped, add a new one.

The schema version is SQLite's `user_version`; the file is marked as ours by `application_id`.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x4F505343  # "OPSC"

# Version 1: the first schema (assessments and answers).
_V1 = """
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

# Version 2: confidence per answer, confidentiality marking, weight overrides, action plan.
_V2 = """
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

STEPS: dict[int, str] = {1: _V1, 2: _V2}
CURRENT_VERSION = max(STEPS)


def user_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: sqlite3.Connection, target: int = CURRENT_VERSION) -> list[int]:
    """Bring the database up to `target`, one step per transaction; return the steps applied."""
    applied = []
    for version in range(user_version(con) + 1, target + 1):
        script = STEPS[version]
        con.execute("BEGIN IMMEDIATE")
        try:
            for stmt in (s.strip() for s in script.split(";")):
                if stmt:
                    con.execute(stmt)
            con.execute(f"PRAGMA user_version = {version}")
            if version == 1:
                con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
