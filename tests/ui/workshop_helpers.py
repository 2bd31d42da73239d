"""A small workshop on real SQLite files: a facilitator shares an assessment, two groups receive it on
their own "laptops" (separate database files), answer, and send their files back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.answers import AnswerValue, Confidence
from app.services import exchange
from app.services.workspace import Workspace
from app.ui.controller import Controller
from tests.ui.helpers import make_controller, make_workspace

PASSPHRASE = "blue heron 42"


@dataclass
class Workshop:
    controller: Controller  # the facilitator's
    assessment_id: int
    files: list[Path]  # the groups' files: Justice (plain), Police (protected by PASSPHRASE)
    folder: Path


def group_file(handout: Path, folder: Path, name: str, by: str, answers: dict[str, tuple[AnswerValue, str]],
               passphrase: str | None = None, institution: str = "", out: str | None = None) -> Path:
    """A group's laptop: receive the handed-out file, answer, share back (to `out`.opsc, else `name`.opsc).
    A laptop already used (its database in `folder`) answers its copy again: a newer file from that laptop."""
    db = folder / f"{name}.sqlite"
    again = db.exists()
    ws: Workspace = make_workspace(db)
    try:
        if again:
            aid = ws.repo.assessment_id_by_uid(exchange.read_exchange(ws, handout).uid)
            assert aid is not None
        else:
            aid = exchange.receive(ws, handout).assessment_id
        for qid, (value, comment) in answers.items():
            ws.set_answer(aid, qid, None, value=value, comment=comment, confidence=Confidence.DOCUMENTED)
        return exchange.share(ws, aid, folder / f"{out or name}.opsc", by=by, passphrase=passphrase,
                              institution=institution).path
    finally:
        ws.close()


def make_workshop(folder: Path) -> Workshop:
    folder.mkdir(parents=True, exist_ok=True)
    c = make_controller(folder / "facilitator.sqlite")
    aid = c.create(title="National review 2026", country_code="MA", assessment_date=date(2026, 11, 23),
                   organisation="Ministry of Justice")
    assert aid is not None
    c.open(aid)
    c.set_answer("V-01", value=AnswerValue.FULLY, comment="Facilitator's own")  # a consensus held before
    handout = c.share(aid, folder / "handout.opsc", "Facilitator", None, None).path
    justice = group_file(handout, folder, "justice", "Group Justice", {
        "III.A-01": (AnswerValue.FULLY, "Penal code, art. 12"), "III.A-02": (AnswerValue.LARGELY, "Mostly"),
        "III.B-01": (AnswerValue.NOT, "No database"), "V-01": (AnswerValue.NOT, "")},
        institution="Ministry of Justice")
    police = group_file(handout, folder, "police", "Group Police", {
        "III.A-01": (AnswerValue.FULLY, "Applied daily"), "III.A-02": (AnswerValue.NOT, "Never enforced"),
        "V-01": (AnswerValue.NOT, "")}, passphrase=PASSPHRASE, institution="National Police")
    return Workshop(c, aid, [justice, police], folder)
