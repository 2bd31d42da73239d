"""Schema 5: the report details (validation, institutions consulted, process, key findings, limitations).
A file of schema 3 with data (through 4) comes through with nothing lost and its assessments as drafts."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine

from app.services.workspace import ServiceError, Workspace
from app.storage import open_database
from app.storage.migrations import upgrade
from app.storage.models import AnswerRow, AssessmentRow
from tests.factories import make_questionnaire
from tests.storage.released_schemas import make_released_file
from tests.storage.test_db import insert_kenya


def schema_3_file(path) -> None:
    make_released_file(path, 2)
    insert_kenya(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as con:
        upgrade(con, str(path), target=3)
    engine.dispose()
    con3 = sqlite3.connect(path)
    assert con3.execute("PRAGMA user_version").fetchone()[0] == 3
    con3.close()


def test_a_schema_3_file_gains_the_report_details_with_nothing_lost(tmp_path) -> None:
    path = tmp_path / "v3.sqlite"
    schema_3_file(path)
    db = open_database(path, backups=tmp_path / "backups")
    with db.session() as s:
        row = s.get(AssessmentRow, 1)
        assert row is not None and row.title == "Kenya 2024"
        assert (row.validation_status, row.validated_by, row.validated_on) == ("draft", "", None)
        assert (row.institutions, row.process, row.executive_summary, row.limitations) == ("", "", "", "")
        assert s.query(AnswerRow).one().comment == "Sexual Offences Act 2006, s. 13"
    db.close()
    assert list((tmp_path / "backups").glob("v3-v3-*.sqlite"))


def test_the_report_details_are_saved_and_read_back(tmp_path) -> None:
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    aid = ws.create_assessment("Revue", "CI")
    assert ws.info(aid).validation_status == "draft"
    ws.update_assessment(aid, validation_status="validated", validated_by="A. Koné, directeur",
                         validated_on=date(2026, 12, 1), institutions="Ministère de la Justice\nUNICEF",
                         process="Deux ateliers", executive_summary="Constat 1.\n\nConstat 2.",
                         limitations="Pas de données de police")
    ws.close()
    again = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    info = again.info(aid)
    assert (info.validation_status, info.validated_by, info.validated_on) == (
        "validated", "A. Koné, directeur", date(2026, 12, 1))
    assert info.institutions == "Ministère de la Justice\nUNICEF" and info.limitations == "Pas de données de police"
    assert info.executive_summary == "Constat 1.\n\nConstat 2." and info.process == "Deux ateliers"
    with pytest.raises(ServiceError, match="validation status"):
        again.update_assessment(aid, validation_status="approved")
    again.close()
