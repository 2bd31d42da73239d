"""The words for the one progress rule and for provisional scores, shared by every view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.domain.progress import Progress

from . import i18n

if TYPE_CHECKING:  # the list shows progress without loading the scoring module
    from app.domain.scoring import Tally


def progress_line(p: Progress) -> str:
    """"Answered 40 of 250" (answered on the scale, out of applicable questions), and in a follow-up review
    "· 120 carried over, to confirm" (they count apart: not answered until confirmed)."""
    line = QCoreApplication.translate("Progress", "Answered {answered} of {applicable}").format(
        answered=i18n.fmt_number(p.answered), applicable=i18n.fmt_number(p.applicable))
    if p.carried_over:
        line += " · " + QCoreApplication.translate("Progress", "{n} carried over, to confirm").format(
            n=i18n.fmt_number(p.carried_over))
    return line


def progress_details(p: Progress) -> str:
    """Every count of the progress rule, one per line (tooltips, accessible descriptions)."""
    lines = [progress_line(p),
             QCoreApplication.translate("Progress", "Unanswered: {n}").format(n=i18n.fmt_number(p.unanswered)),
             QCoreApplication.translate("Progress", "Don't know: {n}").format(n=i18n.fmt_number(p.dont_know)),
             QCoreApplication.translate("Progress", "Not applicable, with a reason: {n}").format(n=i18n.fmt_number(p.na)),
             QCoreApplication.translate("Progress", "Not applicable, reason still missing: {n}").format(n=i18n.fmt_number(p.na_pending))]
    if p.carried_over:
        lines.append(QCoreApplication.translate("Progress", "Carried over, to confirm: {n}").format(n=i18n.fmt_number(p.carried_over)))
    if p.to_review:
        lines.append(QCoreApplication.translate("Progress", "To review after a questionnaire update: {n}").format(n=i18n.fmt_number(p.to_review)))
    return "\n".join(lines)


def score_text(t: Tally | None) -> str:
    """A score as it may be quoted: "54 %", or "provisional: 50 %" on thin evidence."""
    if t is None or t.score is None:
        return i18n.fmt_percent(None)
    if t.provisional:
        return QCoreApplication.translate("Progress", "provisional: {score}").format(score=i18n.fmt_percent(t.score))
    return i18n.fmt_percent(t.score)


def band_text(t: Tally | None, lang: str, short: bool = False) -> str:
    """The band, or why there is none."""
    if t is None or t.score is None:
        return ""
    if t.band is None:
        if short:
            return QCoreApplication.translate("Progress", "no band (provisional)")
        return QCoreApplication.translate("Progress", "no band: coverage under two thirds")
    return t.band.label.get(lang)
