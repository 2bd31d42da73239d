"""A follow-up received before its baseline (issue 17, ministry reader): two data folders, real processes.

The follow-up's file names its baseline by global id (manifest `baseline_uid`). Received first, the follow-up
stayed unlinked for good: the baseline arriving later was a separate assessment, the comparison of the two
read 'mixed' with no action-plan progress. Now the link is made when the baseline comes in."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import create_engine, text

from app.services.workspace import Workspace
from app.storage import Repository, open_database
from app.storage.migrations import head_version, upgrade
from tests.cli.helpers import cli
from tests.cli.test_cli_follow_up import _csv


def _listed(home):
    return {a["id"]: a for a in json.loads(cli("list", "--json", env_home=home).stdout)}


def test_a_follow_up_received_before_its_baseline_is_linked_when_the_baseline_comes(tmp_path):
    a, b = tmp_path / "ministry", tmp_path / "partner"
    assert cli("new", "--title", "Maroc 2024", "--country", "MA", "--date", "2024-03-01", env_home=a).returncode == 0
    csv, first = _csv(tmp_path)
    assert cli("import-answers", "1", str(csv), env_home=a).returncode == 0
    from app.definitions import load_questionnaire
    from tests.conftest import SHIPPED

    ws = Workspace(open_database(a / "assessments.sqlite"), load_questionnaire(SHIPPED))
    ws.add_action(1, first, description="Décret d’application", deadline=date(2025, 1, 1))
    ws.close()
    r = cli("follow-up", "1", "--title", "Maroc 2026", "--date", "2026-03-01", env_home=a)
    assert (r.returncode, r.stdout.strip()) == (0, "2"), r.stderr
    for aid, name in (("1", "base.opsc"), ("2", "follow.opsc")):
        assert cli("share", aid, "--out", str(tmp_path / name), env_home=a).returncode == 0

    # the partner receives the follow-up first, then its baseline
    assert cli("receive", str(tmp_path / "follow.opsc"), env_home=b).returncode == 0
    assert _listed(b)[1]["baseline"] is None  # nothing to link to yet
    r = cli("receive", str(tmp_path / "base.opsc"), env_home=b)
    assert r.returncode == 0, r.stderr
    listed = _listed(b)
    assert listed[2]["title"] == "Maroc 2024" and listed[1]["baseline"] == 2
    assert listed[1]["carried_over"] == 2  # still to confirm, as it was sent

    out = json.loads(cli("compare", "2", "1", "--json", env_home=b).stdout)
    assert out["reading"] == "over_time"  # was 'mixed': two unrelated assessments
    book = tmp_path / "c.xlsx"
    assert cli("compare", "2", "1", "--format", "xlsx", "--lang", "en", "--out", str(book), env_home=b).returncode == 0
    from openpyxl import load_workbook

    progress = load_workbook(book)["Action plan progress"]
    cells = " ".join(str(c.value) for row in progress.iter_rows() for c in row if c.value)
    assert "Décret d’application" in cells

    # shared on again from the partner, the follow-up still names its baseline
    assert cli("share", "1", "--out", str(tmp_path / "again.opsc"), env_home=b).returncode == 0
    c = tmp_path / "third"
    assert cli("receive", str(tmp_path / "again.opsc"), env_home=c).returncode == 0
    assert cli("receive", str(tmp_path / "base.opsc"), env_home=c).returncode == 0
    assert _listed(c)[1]["baseline"] == 2


def test_a_baseline_of_another_country_is_not_linked(tmp_path):
    """The link needs the same country (a follow-up reviews the same country), as when the baseline is held."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli("new", "--title", "Maroc 2024", "--country", "MA", env_home=a).returncode == 0
    assert cli("follow-up", "1", "--title", "Maroc 2026", env_home=a).returncode == 0
    assert cli("share", "2", "--out", str(tmp_path / "f.opsc"), env_home=a).returncode == 0
    db = open_database(a / "assessments.sqlite")
    with db.session() as s:  # the baseline's file, but made to say another country
        s.execute(text("UPDATE assessments SET country_code = 'TN' WHERE id = 1"))
    db.close()
    assert cli("share", "1", "--out", str(tmp_path / "b.opsc"), env_home=a).returncode == 0
    assert cli("receive", str(tmp_path / "f.opsc"), env_home=b).returncode == 0
    assert cli("receive", str(tmp_path / "b.opsc"), env_home=b).returncode == 0
    assert _listed(b)[1]["baseline"] is None


def test_schema_17_keeps_every_assessment_and_links_later(database):
    """Both engines: a schema 16 database gains `baseline_uid` ('' for what it holds), nothing lost."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=16)
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at, uid) VALUES ('Kenya 2024', 'KE', 'q', '1', "
                         "'h', '2024-01-01 00:00:00', '2024-01-01 00:00:00', :u)"), {"u": str(uuid.uuid4())})
    engine.dispose()
    db = open_database(database)
    try:
        assert head_version() >= 17
        record = Repository(db).assessment(1)
        assert (record.title, record.baseline_uid, record.baseline_id) == ("Kenya 2024", "", None)
    finally:
        db.close()
