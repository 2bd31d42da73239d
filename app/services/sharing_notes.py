"""What to tell someone about to share an assessment (issue 11, outside facilitator minors 3 and 4), before
the file is written, so the window can say it in the share dialog and the command line on stderr:

- a group's copy (received from a hand-out) whose file would carry **none of its own answers** (every answer
  as it was handed out, or blank): the facilitator would receive a contribution that brings nothing. The
  facilitator's hand-out itself (the original assessment) legitimately carries no answers: not warned.
- a group's copy whose **hand-out was protected** with a passphrase: what it sends back holds the same
  sensitive answers, so the window proposes protection and the command line warns when it is not protected.

Whether a hand-out was protected is recorded when it adds the assessment here, as a `handouts` row
(schema 13) with the direction "protected" and the hand-out's id beside its "received" row: no schema
change; a hand-out received before this was recorded is taken as not protected (nothing is said).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .exchange import ExchangeFile, Received, _as_handed_out, _sections, handed_sections
from .workspace import ServiceError

if TYPE_CHECKING:
    from .exchange import Checked, Refusal
    from .workspace import Workspace

log = logging.getLogger(__name__)
PROTECTED = "protected"  # the handouts direction that says the hand-out received here was protected


@dataclass(frozen=True)
class BeforeSharing:
    shared_back: bool  # a copy received from a hand-out (a group's laptop), not the original assessment
    own_answers: int  # answers of its own in the sections to send (not as handed out, not carried over)
    handout_protected: bool  # the hand-out that added it here was protected with a passphrase

    @property
    def nothing_of_its_own(self) -> bool:
        """A group sending back none of its own answers (the hand-out itself may carry none: not this)."""
        return self.shared_back and self.own_answers == 0


def remember_protected(ws: Workspace, files: list[Checked], got: list[Received | Refusal]) -> None:
    """After files were stored: record, for each assessment a protected hand-out added here, that it was
    protected (so sharing back proposes protection). `got` answers `files` in order."""
    if ws.read_only is not None:
        return
    for f, r in zip(files, got, strict=False):
        if isinstance(f, ExchangeFile) and f.protected and isinstance(r, Received) and r.outcome == "added":
            ws.repo.add_handout(r.assessment_id, f.manifest.handout or "", PROTECTED, (), {},
                                datetime.now(UTC).replace(tzinfo=None))
            log.info("assessment %s: its hand-out was protected", r.assessment_id)


def before_sharing(ws: Workspace, assessment_id: int, sections: list[str] | tuple[str, ...] | None = None
                   ) -> BeforeSharing:
    """What sharing `assessment_id` with `sections` (as exchange.share takes them: None the sections handed
    out here, an empty list every section) would send that the sender should know. Unknown sections are
    left to share() to refuse (counted as none here)."""
    baseline = ws.repo.handout_baseline(assessment_id)  # None: created here, the original
    protected = bool(ws.repo.handouts(assessment_id, PROTECTED))
    if baseline is None:
        return BeforeSharing(False, 0, protected)
    if sections is None:
        chosen = handed_sections(ws, assessment_id)
    else:
        try:
            chosen = _sections(ws, sections)
        except ServiceError:  # an unknown section: share() refuses it with its message
            chosen = ()
    inside = {q.id for s in ws.questionnaire.sections if not chosen or s.id in chosen for q in s.questions}
    own = sum(1 for qid, st in ws.repo.bundle(assessment_id).answers.items()
              if qid in inside and not st.answer.carried_over
              and (st.answer.value is not None or st.answer.comment or st.answer.legal_provision
                   or st.answer.evidence)
              and not _as_handed_out(st.answer, baseline.get(qid)))
    return BeforeSharing(True, own, protected)
