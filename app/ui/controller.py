"""The interface's single door to the services.

Views never open a session or compute a score: they call this controller, which calls the one
write path (app.services.workspace.Workspace) and emits `changed` with what changed, so every
view can refresh itself. Storage failures (full disk, damaged file) are emitted as `failed` with
a message in the interface language; nothing the user typed is dropped by the controller.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.answers import Answer
from app.domain.crosswalk import Crosswalk, crosswalk
from app.domain.questionnaire import Questionnaire
from app.domain.report import ActionItem, AssessmentInfo
from app.domain.scoring import ScoreResult
from app.services.changes import Change, ChangeKind
from app.services.errors import StorageError
from app.services.listing import AssessmentSummary
from app.services.workspace import ServiceError, StoredAnswer, Workspace

if TYPE_CHECKING:
    from app.domain.workshop import WorkshopAnnex
    from app.services.audit import HistoryRow
    from app.services.backups import BackupInfo
    from app.services.compare_files import FileAssessment
    from app.services.comparison import Comparison
    from app.services.exchange import Checked, Received, Refusal, Shared
    from app.services.imports import ImportPlan
    from app.services.sharing_notes import BeforeSharing
    from app.services.versions import UpgradeReport, VersionStatus
    from app.services.workshop import QuestionWorkshop, WorkshopOverview


class Controller(QObject):
    changed = Signal(object)  # Change
    opened = Signal(int)  # assessment id; -1 when closed
    failed = Signal(str)  # a message for the user, already translated

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = workspace
        self.current: int | None = None
        self._score_cache: tuple[int, ScoreResult] | None = None
        self.last_error: Exception | None = None  # why the last write failed (EditConflict: someone else's edit)
        self._workshop: tuple[int, WorkshopOverview] | None = None  # until the next change
        self._compare_files: dict[int, FileAssessment] = {}  # exchange files read for a comparison (keys < 0)

    @property
    def questionnaire(self) -> Questionnaire:
        return self.ws.questionnaire

    @property
    def author(self) -> str:
        """The name the user gave (else who changes are recorded as): the default author of a shared file."""
        return self.ws.author

    def record_as(self, name: str) -> None:
        """Record the changes made from now on under this name (on a file; a server keeps its login)."""
        self.ws.record_as(name)

    @property
    def location(self) -> str:
        """The database in use: a file path, or a server address without its password."""
        return self.ws.location

    @property
    def file(self) -> Path | None:
        """The SQLite file in use; None on a server."""
        return self.ws.file

    def questionnaire_changed(self, assessment_id: int) -> bool:
        return self.ws.questionnaire_changed(assessment_id)

    @property
    def read_only(self) -> StorageError | None:
        """Why the open file cannot be written (read-only disk, no permission, full disk), or None."""
        return self.ws.read_only

    def close_database(self) -> None:
        self.ws.close()

    # ---- reading -------------------------------------------------------------------------------
    def assessments(self) -> list[AssessmentSummary]:
        return self.ws.list_assessments()

    def info(self, assessment_id: int, lang: str = "en") -> AssessmentInfo:
        return self.ws.info(assessment_id, lang)

    def answers(self) -> dict[str, Answer]:
        return self.ws.answers(self.current) if self.current is not None else {}

    def answer(self, question_id: str) -> Answer | None:
        return self.answers().get(question_id)

    def stored_answer(self, question_id: str) -> StoredAnswer | None:
        """The answer with its row version (to save it back safely) and who changed it last."""
        return self.ws.stored_answer(self.current, question_id) if self.current is not None else None

    @property
    def on_server(self) -> bool:
        return self.ws.on_server

    def score(self) -> ScoreResult | None:
        """The scores of the open assessment (cached until the next change)."""
        if self.current is None:
            return None
        if self._score_cache is None or self._score_cache[0] != self.current:
            self._score_cache = (self.current, self.ws.score(self.current))
        return self._score_cache[1]

    def crosswalk(self, framework: str) -> Crosswalk | None:
        """The open assessment's scores grouped by MNR capability or ICMEC criterion (same score, same
        weights as the sections)."""
        result = self.score()
        if result is None:
            return None
        return crosswalk(self.questionnaire, result, self.answers(), framework)

    def actions(self) -> list[ActionItem]:
        return self.ws.actions(self.current) if self.current is not None else []

    def weight_overrides(self) -> dict[str, float]:
        return self.ws.weight_overrides(self.current) if self.current is not None else {}

    def weight_reasons(self) -> dict[str, str]:
        """The reason written for each weight override of the open assessment."""
        return self.ws.weight_reasons(self.current) if self.current is not None else {}

    def history(self, question_id: str) -> list[HistoryRow]:
        """The audit trail of one question's answer, weight and actions, newest first."""
        from app.services.audit import history

        return history(self.ws, self.current, question_id) if self.current is not None else []

    def assessment_history(self, assessment_id: int) -> list[HistoryRow]:
        """The audit trail of an assessment's details and weight overrides, newest first."""
        from app.services.audit import assessment_history

        return assessment_history(self.ws, assessment_id)

    # ---- opening -------------------------------------------------------------------------------
    def open(self, assessment_id: int) -> None:
        scores = self.ws.opening(assessment_id)[2]  # raises ServiceError if it does not exist
        self.current = assessment_id
        self._score_cache = (assessment_id, scores)
        self._workshop = None
        self.opened.emit(assessment_id)

    def close_assessment(self) -> None:
        self.current = None
        self._score_cache = None
        self.opened.emit(-1)

    # ---- writing: every method returns the Change, or None after emitting `failed` -------------
    def _do(self, fn: Any, *args: Any, **kwargs: Any) -> Change | None:
        self.last_error = None
        try:
            change: Change = fn(*args, **kwargs)
        except StorageError as e:
            self.last_error = e
            self.failed.emit(storage_message(e))
            return None
        except (ServiceError, ValueError) as e:
            self.last_error = e
            self.failed.emit(service_message(e))
            return None
        self._score_cache = None
        if change.kind is not ChangeKind.ANSWER:  # one answer typed: who agrees with whom has not changed
            self._workshop = None
        self.changed.emit(change)
        return change

    def create(self, **values: Any) -> int | None:
        change = self._do(self.ws.new_assessment, **values)
        return change.assessment_id if change is not None else None

    def update_assessment(self, assessment_id: int, expected_version: int | None = None,
                          **values: Any) -> Change | None:
        """With `expected_version` (AssessmentInfo.version as shown), details someone else saved meanwhile
        are not overwritten: None, and last_error is the EditConflict."""
        return self._do(self.ws.update_assessment, assessment_id, expected_version, **values)

    def delete(self, assessment_id: int) -> Change | None:
        change = self._do(self.ws.delete_assessment, assessment_id)
        if change and self.current == assessment_id:
            self.close_assessment()
        return change

    def set_answer(self, question_id: str, expected_version: int | None = None, **values: Any) -> Change | None:
        """Save fields of one answer. With `expected_version` (the version shown), AnswerConflict is raised
        when someone else saved it in the meantime: the caller shows both versions and lets the user choose."""
        assert self.current is not None
        return self._do(self.ws.set_answer, self.current, question_id, expected_version, **values)

    def set_weight(self, question_id: str, weight: float | None, reason: str = "") -> Change | None:
        assert self.current is not None
        return self._do(self.ws.set_weight, self.current, question_id, weight, reason)

    def add_action(self, question_id: str, **values: Any) -> Change | None:
        assert self.current is not None
        return self._do(self.ws.add_action, self.current, question_id, **values)

    def update_action(self, action_id: int, expected_version: int | None = None, **values: Any) -> Change | None:
        return self._do(self.ws.update_action, action_id, expected_version, **values)

    def delete_action(self, action_id: int, expected_version: int | None = None) -> Change | None:
        return self._do(self.ws.delete_action, action_id, expected_version)

    # ---- follow-up reviews and comparisons ------------------------------------------------------
    def follow_up_title(self, assessment_id: int) -> str:
        """The title a follow-up of `assessment_id` gets unless the user types another."""
        from app.services.messages import message

        from .i18n import current_language

        return message("follow_up_title", current_language(), title=self.ws.info(assessment_id).title)

    def start_follow_up(self, assessment_id: int, title: str | None = None,
                        assessment_date: date | None = None) -> int | None:
        """Start a follow-up review of `assessment_id`; its id, or None after emitting `failed`."""
        from app.services.followup import follow_up

        from .i18n import current_language

        started: list[int] = []

        def run() -> Change:
            r = follow_up(self.ws, assessment_id, title, current_language(), assessment_date)
            started.append(r.assessment_id)
            return r.change

        return started[0] if self._do(run) is not None and started else None

    def carried_over(self) -> list[str]:
        """The open assessment's answers still carried over — to confirm, in questionnaire order."""
        from app.services.followup import carried_over

        return carried_over(self.ws, self.current) if self.current is not None else []

    def confirm_answer(self, question_id: str, expected_version: int | None = None) -> Change | None:
        from app.services.followup import confirm_answer

        assert self.current is not None
        return self._do(confirm_answer, self.ws, self.current, question_id, expected_version)

    def confirm_all(self) -> Change | None:
        from app.services.followup import confirm_all

        assert self.current is not None
        return self._do(confirm_all, self.ws, self.current)

    def baseline_of(self, assessment_id: int) -> int | None:
        return self.ws.info(assessment_id).baseline_id

    def follow_ups_of(self, assessment_id: int) -> list[int]:
        """The follow-up reviews started from `assessment_id`, oldest first."""
        from app.services.followup import follow_ups_of

        return follow_ups_of(self.ws, assessment_id)

    def compare(self, ids: list[int]) -> Comparison:
        """The comparison of `ids` (the first the reference; a negative id is an exchange file read with
        `read_compare_file`); ServiceError when it cannot be made."""
        if any(i < 0 for i in ids):
            from app.services.compare_files import compare_sources

            from .i18n import current_language

            return compare_sources(self.ws, self._sources(ids), lang=current_language())
        from app.services.comparison import compare

        return compare(self.ws, ids)

    def export_comparison(self, ids: list[int], fmt: str, lang: str, out: Path) -> Path:
        if any(i < 0 for i in ids):
            from app.services import compare_files

            return compare_files.export(self.ws, self._sources(ids), fmt, lang, out)
        from app.services.exports import export_comparison

        return export_comparison(self.ws, ids, fmt, lang, out)

    def read_compare_file(self, path: Path, passphrase: str | None = None) -> FileAssessment:
        """Read an exchange file for a comparison, storing nothing; its key (negative) then stands for it in
        `compare` and `export_comparison`. Raises ExchangeRefused when the file cannot be used."""
        from app.services.compare_files import read_file

        from .i18n import current_language

        key = -(len(self._compare_files) + 1)
        f = read_file(self.ws, path, key, path.name, current_language(), passphrase)
        self._compare_files[key] = f
        return f

    def _sources(self, ids: list[int]) -> list[int | FileAssessment]:
        return [self._compare_files[i] if i < 0 else i for i in ids]

    @staticmethod
    def can_export_comparison() -> bool:
        """True: the comparison reports (Excel and PDF) are part of the services."""
        return True

    # ---- questionnaire versions ----------------------------------------------------------------
    def version_status(self, assessment_id: int) -> VersionStatus:
        from app.services.versions import status

        return status(self.ws, assessment_id)

    def acknowledge_wording(self, assessment_id: int) -> bool:
        """Only the wording changed since the answers were given: record it, so the notice goes."""
        from app.services.versions import acknowledge_wording

        try:
            change = acknowledge_wording(self.ws, assessment_id)
        except StorageError as e:
            self.failed.emit(storage_message(e))
            return False
        if change is not None:
            self.changed.emit(change)
        return change is not None

    def upgrade(self, assessment_id: int, dry_run: bool = False) -> UpgradeReport | None:
        """Carry the assessment over to the questionnaire in use; None after emitting `failed`."""
        from app.services.versions import upgrade

        try:
            report = upgrade(self.ws, assessment_id, dry_run=dry_run)
        except StorageError as e:
            self.failed.emit(storage_message(e))
            return None
        except (ServiceError, ValueError) as e:
            self.failed.emit(service_message(e))
            return None
        if report.change is not None:
            self._score_cache = None
            self.changed.emit(report.change)
        return report

    # ---- files: import, export, switching the database file -----------------------------------
    def read_import(self, path: Path) -> ImportPlan:
        """Check an answers file for the open assessment; raises ImportRefused listing every problem."""
        from app.services.imports import read_import

        assert self.current is not None
        return read_import(self.ws, self.current, path)

    def apply_import(self, plan: ImportPlan) -> Change | None:
        from app.services.imports import apply_import

        return self._do(apply_import, self.ws, plan)

    def export_report(self, fmt: str, lang: str, out: Path, summary: bool = False, audit: bool = False,
                      workshop: bool = False) -> Path:
        """Write the open assessment's report (with the audit trail and workshop annexes if asked); raises on
        failure (the
        caller says why)."""
        from app.services.exports import export_report

        assert self.current is not None
        return export_report(self.ws, self.current, fmt, lang, out, summary=summary, audit=audit,
                             workshop=workshop)

    def export_template(self, lang: str, out: Path) -> Path:
        from app.services.exports import export_template

        assert self.current is not None
        return export_template(self.ws, self.current, lang, out)

    def backups(self) -> list[BackupInfo]:
        from app.services.backups import list_backups

        return list_backups(self.ws)

    def restore_backup(self, backup: Path) -> bool:
        """Put a backup's content back (the current file is backed up first); False after emitting `failed`."""
        from app.services.backups import restore_backup

        try:
            workspace = restore_backup(self.ws, backup)
        except StorageError as e:
            self.failed.emit(storage_message(e))
            return False
        except ServiceError as e:
            self.failed.emit(str(e))
            return False
        self.switch_workspace(workspace)
        return True

    def switch_workspace(self, workspace: Workspace) -> None:
        """Use another database file: the open assessment is closed, the old file released."""
        old = self.ws
        self.close_assessment()
        self.ws = workspace
        if old is not workspace:
            old.close()
        self.changed.emit(workspace.opened())

    # ---- workshops: exchange files and contributions (issue 11) ---------------------------------
    @property
    def can_write(self) -> bool:
        return self.ws.read_only is None

    def workshop_overview(self) -> WorkshopOverview | None:
        """The agreement of every question of the open assessment (a WorkshopOverview), kept until the next
        change; None when no assessment is open."""
        from app.services import workshop

        if self.current is None:
            return None
        if self._workshop is None or self._workshop[0] != self.current:
            self._workshop = (self.current, workshop.overview(self.ws, self.current))
        overview: WorkshopOverview = self._workshop[1]
        return overview

    def has_contributions(self) -> bool:
        o = self.workshop_overview()
        return o is not None and bool(o.contributors)

    def question_workshop(self, question_id: str, history: bool = False) -> QuestionWorkshop:
        """One question's contributions side by side with the consensus."""
        from app.services import workshop

        overview = self.workshop_overview()
        assert overview is not None
        return workshop.question(self.ws, overview, question_id, history)

    def workshop_annex(self) -> WorkshopAnnex | None:
        from app.services import workshop

        return workshop.annex(self.ws, self.current) if self.current is not None else None

    def unanimous_to_adopt(self) -> int:
        """Questions all contributors agree on that have no facilitator's answer now."""
        o = self.workshop_overview()
        if o is None:
            return 0
        answered = {qid for qid, a in self.answers().items() if a.value is not None}
        return sum(1 for qid, a in o.agreements.items() if a == "unanimous" and qid not in answered)

    def adopt(self, question_id: str, by: str, note: str) -> Change | None:
        """Take one contributor's answer into the consensus, with the note on the decision."""
        from app.services import contributions

        assert self.current is not None
        return self._do(contributions.adopt, self.ws, self.current, question_id, from_author=by, note=note)

    def adopt_unanimous(self) -> int | None:
        """Adopt every unanimous answer of the questions without a consensus; how many, or None on failure."""
        from app.services import workshop

        assert self.current is not None
        try:
            n, change = workshop.adopt_unanimous(self.ws, self.current)
        except StorageError as e:
            self.failed.emit(storage_message(e))
            return None
        except (ServiceError, ValueError) as e:
            self.failed.emit(service_message(e))
            return None
        self._score_cache = self._workshop = None
        self.changed.emit(change)
        return n

    def not_adopted(self) -> dict[str, int]:
        """What adopting every unanimous answer leaves alone, by why (see workshop.not_adopted)."""
        from app.services import workshop

        assert self.current is not None
        try:
            return workshop.not_adopted(self.ws, self.current)
        except StorageError as e:
            self.failed.emit(storage_message(e))
        except ServiceError as e:
            self.failed.emit(service_message(e))
        return {}

    def share(self, assessment_id: int, out: Path, by: str, sections: list[str] | None, passphrase: str | None,
              institution: str = "") -> Shared:
        """Write an exchange file (`sections` None: the whole assessment); raises on failure (the caller says
        why). The passphrase is not kept."""
        from app.services.exchange import share

        from .i18n import current_language

        return share(self.ws, assessment_id, out, by=by, sections=sections if sections is not None else [],
                     passphrase=passphrase, institution=institution, lang=current_language())

    def answered_outside(self, assessment_id: int, sections: tuple[str, ...]) -> tuple[str, ...]:
        """Questions answered outside `sections`: a file limited to them does not carry these."""
        from app.services.exchange import answered_outside

        return answered_outside(self.ws, assessment_id, sections)

    def before_sharing(self, assessment_id: int, sections: list[str] | None) -> BeforeSharing:
        """What the sender should know before sharing (`sections` None: the whole assessment): a group's copy
        with none of its own answers in them, a hand-out that was protected."""
        from app.services.sharing_notes import before_sharing

        return before_sharing(self.ws, assessment_id, sections if sections is not None else [])

    def handed_sections(self, assessment_id: int) -> tuple[str, ...]:
        """The sections this laptop was handed out for an assessment (empty: all, or created here)."""
        from app.services.exchange import handed_sections

        return handed_sections(self.ws, assessment_id)

    def receive(self, path: Path, by: str | None = None, passphrase: str | None = None,
                institution: str = "") -> Received:
        """Receive an exchange file or a filled answer template; raises ExchangeRefused (nothing changed)."""
        from app.services import workshop

        received, change = workshop.receive(self.ws, path, by=by, passphrase=passphrase, institution=institution)
        self._score_cache = self._workshop = None
        self.changed.emit(change)
        return received

    def check_file(self, path: Path, by: str | None = None, passphrase: str | None = None,
                   institution: str = "") -> Checked:
        """Read and check a file to receive, writing nothing; raises its refusal."""
        from app.services.exchange import check_file

        return check_file(self.ws, path, by, passphrase, institution=institution)

    def store_files(self, files: list[Checked]) -> list[Received | Refusal]:
        """Receive checked files together (one backup), each on its own: per file what it became or why it
        was refused. A storage failure (a full disk) receives none of them: raised."""
        from app.services import workshop

        got, changes = workshop.store(self.ws, files)
        self._score_cache = self._workshop = None
        for change in changes:
            self.changed.emit(change)
        return got

def read_only_message(e: StorageError) -> str:
    """The banner shown while a file that cannot be written is open."""
    from PySide6.QtCore import QCoreApplication

    lead = QCoreApplication.translate("Storage", "This file is open read-only: you can read and export the "
                                                 "assessments, but changes are not saved.")
    if e.kind == "disk_full":
        return lead + " " + QCoreApplication.translate(
            "Storage", "The disk holding {path} is full. Free some space, then open the file again.").format(path=e.path)
    return lead + " " + storage_message(e)


def service_message(e: Exception) -> str:
    """A refusal of the services in the interface language (the services keep each message in en/fr/ar)."""
    from .i18n import current_language

    return e.text(current_language()) if isinstance(e, ServiceError) else str(e)


def storage_message(e: StorageError) -> str:
    """The storage failure in the interface language."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "disk_full": QCoreApplication.translate("Storage", "The disk is full: the last change could not be saved. Free some space; "
                                                   "what you typed stays on screen and is saved again once there is room."),
        "corrupt": QCoreApplication.translate("Storage", "The file {path} is damaged and cannot be opened. It has not been changed. "
                                                 "Open a backup from the backups folder, or start a new file."),
        "newer": QCoreApplication.translate("Storage", "The file {path} was written by a newer version of this app. It has not been "
                                               "changed. Update the app to open it, or open another file."),
        "connection": QCoreApplication.translate("Storage", "The server {path} could not be reached or refused the "
                                                    "connection: {detail}. Check the address and the network."),
        "address": QCoreApplication.translate("Storage", "The server address {path} cannot be used as written: "
                                                 "{detail}. Nothing was tried; correct the address."),
        "password": QCoreApplication.translate("Storage", "The server {path} did not accept the user name and "
                                                  "password. Check them and try again."),
        "older_server": QCoreApplication.translate("Storage", "The database {path} has an older schema, and your "
                                                      "account may not upgrade it. Ask the server's administrator to "
                                                      "upgrade it (see docs/server.md)."),
        "permission": QCoreApplication.translate("Storage", "The server {path} refused the change: your account is "
                                                    "not allowed to make it. Ask the server's administrator."),
        "stale": QCoreApplication.translate("Storage", "Someone else changed this record on {path} since it was "
                                               "loaded; your change was not saved. Reopen it to see theirs, "
                                               "then make your change again."),
        "foreign": QCoreApplication.translate("Storage", "The file {path} is not an OPSC assessment file. It has not been changed. "
                                                 "Choose another file, or start a new one."),
        "read_only_medium": QCoreApplication.translate(
            "Storage", "The disk or USB stick holding {path} is read-only (write-protected): the assessments can be "
                       "read and exported, but changes cannot be saved. Remove the write protection, or copy the "
                       "file to a writable disk and open it from there."),
        "no_permission": QCoreApplication.translate(
            "Storage", "You do not have permission to change {path} or its folder: the assessments can be read and "
                       "exported, but changes cannot be saved. Ask for write access, or copy the file to a folder "
                       "of your own and open it from there."),
        "no_read_permission": QCoreApplication.translate(
            "Storage", "You do not have permission to read {path}. It has not been changed. Ask for access to it, "
                       "or open another file."),
        "locked": QCoreApplication.translate(
            "Storage", "The file {path} is being used by another program (or another copy of this app) and stayed "
                       "locked. Nothing was lost: close the other program and try again."),
        "io": QCoreApplication.translate(
            "Storage", "The disk holding {path} could not be read or written: it may have been removed or be "
                       "failing. This does not mean the file is damaged. Check that the disk or USB stick is "
                       "connected and try again; if it keeps happening, copy the file to another disk."),
        "older_read_only": QCoreApplication.translate(
            "Storage", "The file {path} was made by an older version of this app and must be upgraded before it can "
                       "be opened, which means writing to it, but this disk or folder cannot be written (read-only, "
                       "or no permission). It has not been changed. Copy the file to a folder you can write to (for "
                       "example your Documents folder) and open the copy."),
        "missing_folder": QCoreApplication.translate(
            "Storage", "The folder of {path} does not exist (a disk or USB stick that is not connected?). Connect "
                       "it, or open another file."),
    }
    fallback = QCoreApplication.translate("Storage", "The file {path} could not be used: {detail}")
    return texts.get(e.kind, fallback).format(
        path=e.path, detail=e.detail)
