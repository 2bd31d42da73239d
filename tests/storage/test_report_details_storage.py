"""Schema 5: the report details (validation, institutions consulted, process, key findings, limitations).
A file of schema 3 with data (through 4) comes through with nothing lost and its assessments as drafts."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import StatementError

from app.domain.report import AssessmentInfo, ValidationStatus
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
    assert info.validation_status is ValidationStatus.VALIDATED  # typed like the other enum columns
    with pytest.raises(ServiceError, match="not a report status") as e:
        again.update_assessment(aid, validation_status="approved")
    assert "n’est pas un statut de rapport" in e.value.text("fr") and "حالةً للتقرير" in e.value.text("ar")
    assert again.info(aid).validation_status is ValidationStatus.VALIDATED
    again.close()


def test_the_default_status_is_defined_once(tmp_path) -> None:
    """The model's default (Python and database) and the report data's both come from ValidationStatus.DRAFT;
    a row written by plain SQL (as a migration or another client would) reads back as that member."""
    from app.storage.models import DEFAULT_VALIDATION

    assert DEFAULT_VALIDATION is ValidationStatus.DRAFT
    column = AssessmentRow.__table__.c.validation_status
    assert column.default.arg is DEFAULT_VALIDATION and column.server_default.arg == DEFAULT_VALIDATION.value
    assert AssessmentInfo(1, "t", "KE", "Kenya", None).validation_status is DEFAULT_VALIDATION
    path = tmp_path / "a.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                "questionnaire_hash, created_at, updated_at) VALUES ('t', 'KE', 'q', '1', 'h', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    con.commit()
    con.close()
    db = open_database(path)
    with db.session() as s:
        row = s.get(AssessmentRow, 1)
        assert row is not None and row.validation_status is ValidationStatus.DRAFT
    with pytest.raises(StatementError, match="'approved' is not a valid ValidationStatus"), db.session() as s:
        row = s.get(AssessmentRow, 1)
        assert row is not None
        row.validation_status = "approved"  # type: ignore[assignment]  # refused before it reaches the file
    with db.session() as s:
        assert s.scalar(text("SELECT validation_status FROM assessments")) == "draft"
    db.close()
