"""The controller passes on the services' change notices; it never makes one up."""

from __future__ import annotations

from pathlib import Path

from app.services.changes import ChangeKind
from tests.ui.helpers import add_assessment, make_controller, make_workspace


def test_the_controller_emits_what_the_services_returned(qtbot, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    seen = []
    controller.changed.connect(seen.append)
    aid = add_assessment(controller)
    controller.open(aid)
    controller.set_answer("III.A-01", value="fully")
    csv = tmp_path / "in.csv"
    csv.write_text("question_id,answer,na_reason,comment\nV-01,not,,\nV-02,largely,,\n", encoding="utf-8")
    controller.apply_import(controller.read_import(csv))
    other = make_workspace(tmp_path / "b.sqlite")
    controller.switch_workspace(other)
    assert [c.kind for c in seen] == [ChangeKind.ASSESSMENT_CREATED, ChangeKind.ANSWER,
                                      ChangeKind.ANSWERS_IMPORTED, ChangeKind.DATABASE_OPENED]
    assert seen[0].assessment_id == aid and {c.by for c in seen} == {other.user}
    assert seen[2].question_ids == ("V-01", "V-02")
    assert controller.location == str(tmp_path / "b.sqlite") and controller.file == tmp_path / "b.sqlite"
    controller.close_database()
