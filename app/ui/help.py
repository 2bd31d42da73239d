"""Help for the user: the first-run welcome, About, the user guide, and the settings dialog.

Nothing here reaches the network: the guide is read from docs/ next to the application, the data
folder is opened in the system's file manager, and the versions are read from the running program.
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QProcess, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QTextOption, QTextTable
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths
from app.domain.languages import typeset
from app.domain.questionnaire import LANGUAGES, Questionnaire
from app.services.settings import (
    MAX_INSTITUTION,
    MAX_NAME,
    Settings,
    load_settings,
    login_name,
    save_settings,
)

from .fit import available, fit_to_screen, scrolling
from .i18n import NAMES, apply_language, apply_text_scale, current_language, ltr, nobreak

GUIDELINES = "CRC/C/156"
FONT_LICENCE = "resources/fonts/LICENSE-DejaVu.txt"


def open_folder(path: Path) -> bool:
    """Show `path` in the system's file manager (created first if it does not exist yet)."""
    paths.ensure(path)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def restart_app() -> bool:
    """Start a new copy of the application, then quit this one (answers are already saved)."""
    if getattr(sys, "frozen", False):  # a bundled executable starts itself
        program, args = sys.executable, []
    else:
        program, args = sys.executable, ["-m", "app"]
    started, _pid = QProcess.startDetached(program, args, str(paths.install_root()))
    if started:
        QApplication.quit()
    return bool(started)


def treaty_title() -> str:
    """The treaty's full official title in the interface language (UN official texts; the same words as
    questionnaires/glossary.yaml, opsc-title), for the places that name it in full."""
    return QCoreApplication.translate(
        "Treaty", "Optional Protocol to the Convention on the Rights of the Child on the sale of children, "
                  "child prostitution and child pornography")


def _language_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for lang in LANGUAGES:
        combo.addItem(NAMES[lang], lang)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _path_field(path: Path) -> QLineEdit:
    """A path the user can select and copy; paths read left to right even in Arabic."""
    field = QLineEdit(str(path))
    field.setReadOnly(True)
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    field.setCursorPosition(0)
    field.setMinimumWidth(320)
    return field


class IdentityBox(QGroupBox):
    """Who the user is: their name (recorded with every change they make and written in the files they share;
    empty: the computer's login name) and their institution (the default of the files they share)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = _wrapped()
        self.name = QLineEdit(settings.user_name)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(login_name())
        self.institution = QLineEdit(settings.institution)
        self.institution.setMaxLength(MAX_INSTITUTION)
        self.name_label, self.institution_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.institution_label.setBuddy(self.institution)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.institution_label, self.institution)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who you are"))
        self.intro.setText(self.tr(
            "Your name is recorded with every change you make (the history of each answer) and written in the "
            "files you share. Left empty, the computer's login name is used. On a shared server, your server "
            "login is recorded instead."))
        self.name_label.setText(self.tr("Your &name:"))
        self.institution_label.setText(self.tr("Your &institution:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.institution.setAccessibleName(self.tr("Your institution"))
        self.institution.setPlaceholderText(self.tr("e.g. Ministry of Justice"))

    def store(self, settings: Settings) -> None:
        settings.user_name = " ".join(self.name.text().split())[:MAX_NAME]
        settings.institution = " ".join(self.institution.text().split())[:MAX_INSTITUTION]


class _Retranslating(QDialog):
    """A dialog whose texts are re-set whenever the interface language changes."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FirstRunDialog(_Retranslating):
    """The welcome shown at first start: purpose, where the data lives, privacy, how to begin."""

    language_changed = Signal(str)  # the window behind follows (see application.show_first_run)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = load_settings()
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.language_label = QLabel()
        self.language = _language_combo(current_language())
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.purpose = _wrapped()
        self.data_box = QGroupBox()
        self.data_intro = _wrapped()
        self.folder = _path_field(paths.data_home())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_folder)
        self.privacy = _wrapped()
        self.identity = IdentityBox(self.settings)
        self.start_box = QGroupBox()
        self.steps = _wrapped()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.dont_show = QCheckBox()
        self.dont_show.setChecked(True)
        self.guide_button = QPushButton()
        self.guide_button.clicked.connect(lambda: show_user_guide(self, current_language()))
        # our own button, not the standard Ok: the button box re-labels its standard buttons on every
        # language change, which turned "Start" into "OK"
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.guide_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.accepted.connect(self.accept)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        data = QVBoxLayout(self.data_box)
        data.addWidget(self.data_intro)
        data.addLayout(folder_row)
        data.addWidget(self.privacy)
        QVBoxLayout(self.start_box).addWidget(self.steps)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.purpose)
        inner.addWidget(self.data_box)
        inner.addWidget(self.identity)
        inner.addWidget(self.start_box)
        inner.addStretch(1)
        # the body scrolls on a short screen (1024×600, or 150 % text); the title, the language and the
        # buttons always stay in view
        self.body = scrolling(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.dont_show)
        layout.addWidget(self.buttons)

    def _fit(self) -> None:
        """As wide as reads well (about 80 characters), within the screen; tall enough to show the whole
        body when the screen allows, or else the screen's height with the body scrolling."""
        fm = self.fontMetrics()
        area = available(self)
        width = min(area.width(), max(620, fm.averageCharWidth() * 96))
        self.setMinimumWidth(min(width, max(360, fm.averageCharWidth() * 40)))
        self.setMinimumHeight(0)
        outer, content = self.layout(), self.body.widget()
        assert outer is not None and content is not None
        margins = outer.contentsMargins()
        body = content.layout()
        chrome = outer.totalMinimumSize().height() - self.body.minimumSizeHint().height()

        def height_at(w: int) -> int:
            inner = w - margins.left() - margins.right() - self.body.verticalScrollBar().sizeHint().width()
            return (body.totalHeightForWidth(inner) if body is not None else 0) + chrome + fm.height()

        # on a short screen, wider before scrolling: fewer wrapped lines (up to about 140 characters)
        widest = min(area.width(), fm.averageCharWidth() * 140)
        while height_at(width) + fm.height() * 2 > area.height() and width < widest:
            width = min(widest, width + fm.averageCharWidth() * 8)
        fit_to_screen(self, width, height_at(width))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.title.setText(self.tr("OPSC self-assessment"))
        self.language_label.setText(self.tr("&Language:"))
        self.purpose.setText(self.tr(
            "This tool helps a country review, question by question, how it implements the {treaty} (OPSC), "
            "following the Guidelines of the Committee on the Rights of the Child ({symbol}). It is a "
            "self-assessment: the answers are yours."
        ).format(symbol=nobreak(ltr(GUIDELINES)), treaty=treaty_title()))
        self.data_box.setTitle(self.tr("Your data stays on this computer"))
        self.data_intro.setText(self.tr("Every answer is saved at once in this folder. Back it up like any "
                                        "other important file:"))
        self.open_button.setText(self.tr("&Open folder"))
        self.privacy.setText(self.tr("The tool never uses the network: nothing is sent anywhere, and there "
                                     "is no telemetry."))
        self.identity.retranslate()
        self.start_box.setTitle(self.tr("How to start"))
        self.steps.setText("<ol style='margin-left:0'>" + "".join(f"<li>{s}</li>" for s in (
            self.tr("Create an assessment: country, date and the people taking part."),
            self.tr("Answer section by section. Keys 1 to 6 choose an answer; every answer is saved at once."),
            self.tr("Look at the results: scores by section, gaps, and an action plan."),
            self.tr("Export a report to Excel or PDF, in English, French or Arabic."),
        )) + "</ol>")
        self.dont_show.setText(self.tr("&Don't show this again at start-up"))
        self.guide_button.setText(self.tr("User &guide"))
        self.start_button.setText(self.tr("&Start"))
        if hasattr(self, "body"):
            self._fit()  # another language, other lengths

    def _language_chosen(self) -> None:
        lang = str(self.language.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication) and lang != current_language():
            self.settings.language = lang
            save_settings(self.settings)
            apply_language(app, lang, self.settings.text_scale)  # other windows: LanguageChange event
            self.retranslate()
            self.setLayoutDirection(app.layoutDirection())
            self.language_changed.emit(lang)

    def _open_folder(self) -> None:
        if not open_folder(paths.data_home()):
            QMessageBox.warning(self, self.tr("Open folder"), self.tr(
                "The folder could not be opened. Its path is:\n{path}").format(path=ltr(paths.data_home())))

    def done(self, result: int) -> None:
        self.settings.first_run_done = self.dont_show.isChecked()
        self.identity.store(self.settings)
        save_settings(self.settings)
        super().done(result)

    @staticmethod
    def needed() -> bool:
        """Whether the welcome should be shown at start-up."""
        return not load_settings().first_run_done


class AboutDialog(_Retranslating):
    """What the tool is based on, its licence, and the exact versions (for support requests)."""

    def __init__(self, parent: QWidget | None, questionnaire: Questionnaire | None):
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.basis = _wrapped()
        self.licence = _wrapped()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(7)]
        self.values: list[QLabel | QLineEdit] = [_wrapped(v) for v in self._version_values()]
        self.values.append(_path_field(paths.data_home()))
        for value in self.values:
            value.setProperty("i18n_data", True)  # versions and paths: data, never translated
        self.labels.append(QLabel())
        for label, value in zip(self.labels, self.values, strict=True):
            self.form.addRow(label, value)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.basis, self.licence):
            layout.addWidget(w)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def _version_values(self) -> list[str]:
        q = self.questionnaire
        return [
            __version__, qVersion(), PySide6.__version__, platform.python_version(),
            f"{q.id} {q.version}" if q else "–", q.content_hash.rpartition(":")[2][:12] if q else "–",
            FONT_LICENCE,
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About"))
        self.heading.setText(self.tr("OPSC self-assessment, version {version}").format(version=__version__))
        self.basis.setText(self.tr(
            "Based on the Guidelines {symbol}, adopted by the Committee on the Rights of the Child in 2019 to "
            "guide States in applying the {treaty} (OPSC). The Guidelines "
            "remain the reference; this tool is not a United Nations publication."
        ).format(symbol=ltr(GUIDELINES), treaty=treaty_title()))
        self.licence.setText(self.tr(
            "Free software under the MIT licence. The DejaVu fonts keep their own free licence, "
            "given in the file named below."))
        names = (self.tr("Application:"), self.tr("Qt:"), self.tr("PySide6:"), self.tr("Python:"),
                 self.tr("Questionnaire:"), self.tr("Content hash:"), self.tr("Font licence:"),
                 self.tr("Data folder:"))
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)
        self.copy_button.setText(self.tr("&Copy details"))

    def details(self) -> str:
        """The versions as plain lines, to paste into a support request."""
        lines = [f"{label.text()} {value.text()}" for label, value in zip(self.labels, self.values, strict=True)]
        return "\n".join(lines)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details())


def guide_path(lang: str) -> Path | None:
    """docs/user-guide.<lang>.md, or the English guide when that language is missing."""
    for candidate in (lang, "en"):
        path = paths.docs_dir() / f"user-guide.{candidate}.md"
        if path.is_file():
            return path
    return None


class UserGuideDialog(_Retranslating):
    """The user guide, read from the Markdown file next to the application."""

    def __init__(self, parent: QWidget | None, lang: str):
        super().__init__(parent)
        self.path = guide_path(lang)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        rtl = self.path is not None and self.path.name == "user-guide.ar.md"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = QTextOption(self.browser.document().defaultTextOption())
        option.setTextDirection(direction)
        self.browser.document().setDefaultTextOption(option)
        text = self.path.read_text(encoding="utf-8") if self.path else ""
        if self.path is not None and self.path.name == "user-guide.fr.md":
            text = typeset(text, "fr")  # no "?" or ":" at the start of a line
        if rtl:  # a command is never broken across lines ("python -m" then ".app" on the next, in Arabic); the
            # no-break spaces are copied as ordinary spaces (QTextDocumentFragment.toPlainText)
            text = re.sub(r"`([^`\n]+)`", lambda m: "`" + m.group(1).replace(" ", "\u00a0") + "`", text)
        self.browser.setMarkdown(text)
        if rtl:
            self._align_tables_right()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 640)  # never taller than the screen: Close stays reachable
        self.retranslate()

    def _align_tables_right(self) -> None:
        """Markdown tables start at the left edge; in Arabic they belong on the right."""
        for frame in self.browser.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                fmt = frame.format()
                fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
                frame.setFormat(fmt)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        if self.path is None:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))


def show_user_guide(parent: QWidget | None, lang: str) -> UserGuideDialog:
    """Open the guide in `lang` (English if missing) in a window that stays open beside the work."""
    dialog = UserGuideDialog(parent, lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class SettingsDialog(_Retranslating):
    """Interface language and text size, saved in settings.json in the data folder."""

    def __init__(self, parent: QWidget | None, settings: Settings, live: bool | None = None):
        super().__init__(parent)
        self.settings = settings
        self.live = bool(getattr(parent, "supports_live_language", False)) if live is None else live
        self.language_label = QLabel()
        self.language = _language_combo(settings.language)
        self.language_label.setBuddy(self.language)
        self.scale_label = QLabel()
        self.scale = QSpinBox()
        self.scale.setRange(75, 250)
        self.scale.setSingleStep(5)
        self.scale.setValue(round(settings.text_scale * 100))
        self.scale_label.setBuddy(self.scale)
        self.note = _wrapped()
        self.identity = IdentityBox(settings)
        self.language.currentIndexChanged.connect(self._update_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.scale_label, self.scale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.identity)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.scale_label.setText(self.tr("&Text size:"))
        self.scale.setSuffix("\u202f%" if current_language() == "fr" else "%")
        self.identity.retranslate()
        self._update_note()

    def _update_note(self) -> None:
        if self.chosen_language() == self.settings.language:
            self.note.setText(self.tr("Reports can be exported in any language, whatever the interface "
                                      "language."))
        elif self.live:
            self.note.setText(self.tr("The new language is used as soon as you press OK."))
        else:
            self.note.setText(self.tr("The new language takes effect when the application restarts."))

    def accept(self) -> None:
        lang, previous = self.chosen_language(), self.settings.language
        self.settings.language = lang
        self.settings.text_scale = self.scale.value() / 100.0
        self.identity.store(self.settings)
        save_settings(self.settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self.live:
                apply_language(app, lang, self.settings.text_scale)
            else:
                apply_text_scale(app, self.settings.text_scale)
        super().accept()
        if lang != previous and not self.live and self.offer_restart():
            restart_app()

    def offer_restart(self) -> bool:
        """Ask whether to restart now for the new language; True means yes."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restart"), self.tr(
            "The new language takes effect when the application restarts. Your answers are already "
            "saved. Restart now?"), parent=self.parentWidget())
        now = box.addButton(self.tr("Restart &now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is now
