"""Back up and restore for an operator without a terminal (``security.backup`` does the work).

``BackupDialog``: where to save (a dated default name), the passphrase twice (the CLI's rule),
the backup on a background op with progress, then where it went and what it holds.
``RestoreDialog``: the file and its passphrase; the whole archive is opened and checked on a
background op and what it holds (and what is here now) is shown before anything changes; the
"Replace" button hands the checked archive to the window, which stops everything, restores
(the core copies the current data into ``backups/`` first) and re-opens on the restored data.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import DataInUse
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.storage import in_use
from desktop_app.ui import ops
from desktop_app.ui.common import (
    datetime_text,
    documents_folder,
    file_name_problem,
    local,
    local_today,
    number_text,
)

log = logging.getLogger(__name__)

SUFFIX = ".fab"  # the file ending the docs and the CLI examples use


def _t(text: str) -> str:
    return translate("BackupDialog", text)


# The protection settings a restore lists (security.backup.SECURITY_SETTINGS), in words.
SETTING_WORDS = {
    "privacy.require_consent": QT_TRANSLATE_NOOP("BackupDialog", "Consent needed to enroll"),
    "privacy.encrypt_at_rest": QT_TRANSLATE_NOOP("BackupDialog", "Face data encrypted on disk"),
    "privacy.retention_templates_days": QT_TRANSLATE_NOOP(
        "BackupDialog", "Days face data is kept after a person leaves"
    ),
    "privacy.retention_events_months": QT_TRANSLATE_NOOP(
        "BackupDialog", "Months attendance records are kept"
    ),
    "privacy.admin_unlock_minutes": QT_TRANSLATE_NOOP(
        "BackupDialog", "Minutes the admin PIN stays unlocked"
    ),
    "privacy.backup_copies_keep": QT_TRANSLATE_NOOP(
        "BackupDialog", "Database copies kept in backups/"
    ),
    "privacy.backup_copies_days": QT_TRANSLATE_NOOP("BackupDialog", "Days those copies are kept"),
    "kiosk.liveness": QT_TRANSLATE_NOOP("BackupDialog", "Kiosk liveness check"),
    "kiosk.second_factor": QT_TRANSLATE_NOOP("BackupDialog", "Kiosk second check"),
    "recognition.threshold": QT_TRANSLATE_NOOP("BackupDialog", "Match threshold"),
    "recognition.margin": QT_TRANSLATE_NOOP("BackupDialog", "Match margin"),
    "recognition.target_false_match_rate": QT_TRANSLATE_NOOP("BackupDialog", "Strictness"),
    "recognition.embedder": QT_TRANSLATE_NOOP("BackupDialog", "Face model"),
    "recognition.detector": QT_TRANSLATE_NOOP("BackupDialog", "Face detector"),
}
VALUE_WORDS = {
    "True": QT_TRANSLATE_NOOP("BackupDialog", "on"),
    "False": QT_TRANSLATE_NOOP("BackupDialog", "off"),
    "None": QT_TRANSLATE_NOOP("BackupDialog", "the default"),
}

ZERO_IS_OFF = {"privacy.backup_copies_days"}  # 0 there means "no limit": said as "off"


def setting_change_text(change: str) -> str:
    """The core's "privacy.require_consent: True -> False" in words: "Consent needed to
    enroll: on → off" (an unknown setting stays as the core wrote it)."""
    key, _, values = change.partition(": ")
    old, arrow, new = values.partition(" -> ")
    if key not in SETTING_WORDS or not arrow:
        return change

    def value(v: str) -> str:
        if v == "0" and key in ZERO_IS_OFF:
            v = "False"
        return _t(VALUE_WORDS[v]) if v in VALUE_WORDS else v.strip("'")

    return translate("BackupDialog", "{setting}: {old} → {new}").format(
        setting=_t(SETTING_WORDS[key]), old=value(old), new=value(new)
    )


def database_server(settings: Any) -> str | None:
    """The database server this computer keeps its data on (password hidden); None for the
    built-in SQLite file, the only database Back up and Restore replace."""
    from desktop_app.security.backup import BackupUnsupported
    from desktop_app.security.backup.create import require_sqlite
    from desktop_app.storage.db import describe

    try:
        require_sqlite(settings, "backup")
    except BackupUnsupported:
        return describe(settings.resolved_database_url)
    return None


def file_filter() -> str:
    return translate("BackupDialog", "Face Attendance backups (*.fab);;All files (*)")


def default_backup_path(
    folder: Path | None = None, today: dt.date | None = None, *, what: str = "backup"
) -> Path:
    """``face-attendance-backup-2026-12-06.fab`` (``what="key"``: ``-key-``) in the Documents
    folder (the home folder when there is none); ``-2``, ``-3`` ... when that name is taken
    (never overwritten)."""
    if folder is None:
        folder = documents_folder()
    stem = f"face-attendance-{what}-{(today or local_today()).isoformat()}"
    path, n = folder / f"{stem}{SUFFIX}", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{SUFFIX}", n + 1
    return path


def path_text(path: Path | str) -> str:
    """A file path isolated left-to-right (LRI ... PDI): in Arabic text the leading "/" would
    otherwise jump to the end ("tmp/usb/backup.fab/")."""
    return f"\u2066{path}\u2069"


def made_when(created_at: str) -> str:
    """The archive's UTC time stamp as a local date and time."""
    try:
        when = dt.datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return datetime_text(local(when))


def people_text(counts: dict[str, int]) -> str:
    """Every person the data holds, and how many of them are active (the status bar's
    "People: N") when some are deactivated: "5 (3 active)". Older archives: the total."""
    people = counts.get("people", 0)
    active = counts.get("people_active", people)
    if active == people:
        return number_text(people)
    return translate("BackupDialog", "{people} ({active} active)").format(
        people=number_text(people), active=number_text(active)
    )


def holds_text(counts: dict[str, int]) -> str:
    """ "People: 2 · Sessions: 1 · Attendance records: 3" (no plural forms to get wrong)."""
    return translate(
        "BackupDialog", "People: {people} · Sessions: {sessions} · Attendance records: {events}"
    ).format(
        people=people_text(counts),
        sessions=number_text(counts.get("sessions", 0)),
        events=number_text(counts.get("events", 0)),
    )


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def _file_row(edit: QLineEdit, choose: Callable[[], None]) -> tuple[QHBoxLayout, QPushButton]:
    button = QPushButton(translate("BackupDialog", "Choose..."))
    button.setAutoDefault(False)  # Enter in the passphrase field must not open a file chooser
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row, button


def show_problem(label: QLabel, headline: str, exc: BaseException) -> None:
    """A red headline and the core's explanation in the dialog itself (it stays open: the
    operator fixes the file, folder or passphrase and tries again); logged as well."""
    text = ops.error_text(exc)
    label.setText(
        f'<span style="color:#c62828"><b>{html.escape(headline)}</b></span><br>' + html.escape(text)
    )
    label.setVisible(True)
    log.warning("%s %s", headline, text)


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


class BackupDialog(QDialog):
    """Choose a file and a passphrase (twice), back up, say where and what. With ``server``
    (the data is on a database server, which Back up cannot copy): the face data's
    encryption key only, the one part of the data this computer holds."""

    def __init__(
        self,
        ctx: Any,
        config_file: Path | None,
        parent: QWidget | None = None,
        *,
        server: str | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop_app.security.backup import MIN_PASSPHRASE

        self.ctx = ctx
        self.config_file = config_file
        self.server = server
        self.min_length = MIN_PASSPHRASE
        self.manifest: Any = None  # what was written, after a backup
        self.written: Path | None = None
        self.setWindowTitle(translate("BackupDialog", "Back up"))
        self.setMinimumWidth(620)
        if server is None:
            words = translate(
                "BackupDialog",
                "A backup is one file with everyone enrolled, their face data, all sessions "
                "and attendance records, and the settings. It holds biometric data, so it is "
                "encrypted with a passphrase of at least {count} characters. Write the "
                "passphrase down and keep it apart from the file: without it nobody can open "
                "the backup, not even you.",
            )
        else:
            words = translate(
                "BackupDialog",
                "This computer keeps its data on a database server ({server}): ask whoever "
                "looks after that server to back it up. Here you save what only this computer "
                "has: the encryption key for the face data. Without it the faces on the server "
                "cannot be read after a reinstall. The file is encrypted with a passphrase of "
                "at least {count} characters; keep the passphrase apart from the file.",
            )
        intro = QLabel(words.format(count=MIN_PASSPHRASE, server=server))
        intro.setWordWrap(True)
        self.intro = intro
        what = "backup" if server is None else "key"
        self.path = QLineEdit(str(default_backup_path(what=what)))
        file_row, self.choose_button = _file_row(self.path, self.choose_file)
        self.passphrase = _password_field()
        self.repeat = _password_field()
        self.problem = QLabel()
        self.problem.setObjectName("hint")
        self.problem.setWordWrap(True)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("BackupDialog", "Save as"), file_row)
        form.addRow(translate("BackupDialog", "Passphrase"), self.passphrase)
        form.addRow(translate("BackupDialog", "Repeat the passphrase"), self.repeat)
        form.addRow("", self.problem)
        self.outcome = _message_label()
        self.outcome.setObjectName("backupResult")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.backup_button = self.buttons.addButton(
            translate("BackupDialog", "Back up"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.run_backup)
        self.open_folder_button = self.buttons.addButton(
            translate("BackupDialog", "Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for field in (self.path, self.passphrase, self.repeat):
            field.textChanged.connect(lambda _t: self.check_form())
        self.check_form()
        self.passphrase.setFocus()

    # ---- the form ------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("BackupDialog", "Save the backup as"), self.path.text(), file_filter()
        )
        if name:
            self.path.setText(name if Path(name).suffix else name + SUFFIX)

    def check_form(self) -> bool:
        """The passphrase rule of the CLI (``check_new_passphrase``), said before pressing."""
        first, second = self.passphrase.text(), self.repeat.text()
        problem = ""
        if not self.path.text().strip():
            problem = translate("BackupDialog", "Choose where to save the backup.")
        elif file_name_problem(self.path.text().strip()):
            problem = file_name_problem(self.path.text().strip())
        elif len(first) < self.min_length:
            problem = translate(
                "BackupDialog", "The passphrase needs at least {count} characters."
            ).format(count=self.min_length)
        elif second != first:
            problem = translate("BackupDialog", "The two passphrases are not the same yet.")
        self.problem.setText(problem)
        self.backup_button.setEnabled(not problem)
        return not problem

    # ---- the backup ----------------------------------------------------------------------
    def run_backup(self) -> None:
        if not self.check_form():
            return
        output = Path(self.path.text().strip()).expanduser()
        if output.suffix.lower() != SUFFIX:  # "timetable.ods" must not become a backup
            output = output.with_name(output.name + SUFFIX)
            self.path.setText(str(output))
        if output.exists() or output.is_symlink():
            self.ask_overwrite(output)
            return
        self.write_backup(output)

    def ask_overwrite(self, output: Path) -> None:
        """An existing file is never replaced silently: a backup is replaced only when the
        operator says so (Cancel is the default); anything else is refused."""
        from desktop_app.security.backup import BackupError, read_backup_header

        try:
            if not output.is_file():
                raise BackupError("")
            read_backup_header(output)
        except (BackupError, OSError):
            self.outcome.setText(
                '<span style="color:#c62828"><b>'
                + html.escape(translate("BackupDialog", "The backup was not made."))
                + "</b></span><br>"
                + html.escape(
                    translate(
                        "BackupDialog",
                        "{file} already exists and is not a Face Attendance backup. Choose "
                        "another name; nothing was changed.",
                    ).format(file=path_text(output))
                )
            )
            self.outcome.setVisible(True)
            self.adjustSize()
            return
        made = dt.datetime.fromtimestamp(output.stat().st_mtime, dt.UTC)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("BackupDialog", "Back up"),
            translate(
                "BackupDialog",
                "There is already a backup named {file}, saved {when}. Replace it with a new "
                "backup? The old backup is then lost.",
            ).format(file=path_text(output), when=made_when(made.isoformat())),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        replace = box.addButton(
            translate("BackupDialog", "Replace the old backup"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        replace.setAutoDefault(False)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        replace.clicked.connect(lambda: self.write_backup(output))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.overwrite_box = box
        box.open()

    def write_backup(self, output: Path) -> None:
        settings, passphrase, config = self.ctx.settings, self.passphrase.text(), self.config_file
        key_only, db = self.server is not None, self.ctx.db
        self.backup_button.setEnabled(False)
        self.outcome.setVisible(False)

        def run(progress: Any) -> Any:
            from desktop_app.security.backup import create_backup

            return create_backup(
                settings,
                output,
                passphrase,
                config_file=config,
                progress=progress,
                key_only=key_only,
                db=db if key_only else None,  # the server the app is connected to
            )

        ops.run_op(
            run,
            success=lambda manifest: self.show_result(output, manifest),
            failure=self.show_failure,
            parent=self,
            progress=translate("BackupDialog", "Backing up..."),
            title=translate("BackupDialog", "Back up"),
        )

    def show_result(self, output: Path, manifest: Any) -> None:
        self.manifest, self.written = manifest, output
        if manifest.database is not None:
            contents = translate("BackupDialog", "Contents as of {when}: {what}").format(
                what=holds_text(manifest.database.counts), when=made_when(manifest.created_at)
            )
        else:
            contents = translate(
                "BackupDialog",
                "Contents: the encryption key for the face data, nothing else (the data "
                "stays on the database server).",
            )
        lines = [
            "<b>" + html.escape(translate("BackupDialog", "Backup saved.")) + "</b>",
            html.escape(translate("BackupDialog", "File: {file}").format(file=path_text(output))),
            html.escape(contents),
            html.escape(
                translate(
                    "BackupDialog",
                    "Keep the file somewhere safe (a USB stick, another computer) and the "
                    "passphrase apart from it. To bring it back, use Restore... in the File menu.",
                )
            ),
        ]
        if manifest.key_id and not manifest.has_key:
            lines.append(
                '<span style="color:#c62828">'
                + html.escape(
                    translate(
                        "BackupDialog",
                        "The encryption key of the face data is not on this computer and is "
                        "not in the backup: the faces in it can only be read where that key is.",
                    )
                )
                + "</span>"
            )
        self.outcome.setText("<br>".join(lines))
        self.outcome.setVisible(True)
        self.form.setVisible(False)
        self.intro.setVisible(False)
        self.backup_button.setVisible(False)
        self.open_folder_button.setVisible(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("BackupDialog", "Close")
        )
        self.passphrase.clear()
        self.repeat.clear()
        self.adjustSize()

    def show_failure(self, exc: BaseException) -> None:
        show_problem(self.outcome, translate("BackupDialog", "The backup was not made."), exc)
        self.check_form()
        self.adjustSize()

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))


class RestoreDialog(QDialog):
    """Choose a backup and its passphrase; see what it holds and from when; then replace."""

    def __init__(
        self,
        ctx: Any,
        config_file: Path | None,
        restore: Callable[[Any, Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.config_file = config_file
        self.restore = restore  # (unpacked, plan): the window replaces the data
        self.restore_settings = True  # False: config_file is not this data folder's
        self.unpacked: Any = None  # the checked archive, in a private temp folder
        self.plan: Any = None
        self.plan_notes: list[str] = []  # what the plan says, without who uses the data now
        self.setWindowTitle(translate("BackupDialog", "Restore a backup"))
        self.setMinimumWidth(660)
        intro = QLabel(
            translate(
                "BackupDialog",
                "Restoring replaces everyone enrolled, their face data, all sessions and "
                "attendance records, and the settings on this computer with those in the "
                "backup. Nothing changes until you have seen what the backup holds and "
                'pressed "Replace the current data".',
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("BackupDialog", "A .fab file made by Back up"))
        file_row, self.choose_button = _file_row(self.path, self.choose_file)
        self.passphrase = _password_field()
        self.open_button = QPushButton(translate("BackupDialog", "Open the backup"))
        self.open_button.setDefault(True)  # Enter after the passphrase: open and check
        self.open_button.clicked.connect(self.open_backup)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.open_button)
        form = QFormLayout()
        form.addRow(translate("BackupDialog", "Backup file"), file_row)
        form.addRow(translate("BackupDialog", "Passphrase"), pass_row)
        self.message = _message_label()
        self.message.setObjectName("restoreMessage")
        self.summary = QWidget()
        self.summary.setObjectName("restoreSummary")
        self.summary_head = QLabel()
        self.summary_head.setWordWrap(True)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(24)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self.summary)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(self.summary_head)
        box.addLayout(self.table)
        box.addWidget(self.notes)
        self.summary.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button = self.buttons.addButton(
            translate("BackupDialog", "Replace the current data"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.replace_button.setAutoDefault(False)  # never pressed by Enter
        self.replace_button.clicked.connect(self.replace)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(lambda _t: self.forget())
        self.passphrase.textChanged.connect(lambda _t: self.forget())
        self.finished.connect(lambda _r: self.forget())
        self.forget()

    # ---- the file ------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("BackupDialog", "Choose a backup"),
            self.path.text() or str(documents_folder()),
            file_filter(),
        )
        if name:
            self.path.setText(name)
            self.passphrase.setFocus()

    def forget(self) -> None:
        """Drop a checked archive (the file or the passphrase changed, or the dialog closed):
        its decrypted copy is deleted and Replace waits for the next check."""
        if self.unpacked is not None:
            self.unpacked.cleanup()
        self.unpacked = self.plan = None
        self.summary.setVisible(False)
        self.message.setVisible(False)
        self.replace_button.setEnabled(False)
        self.replace_button.setText(translate("BackupDialog", "Replace the current data"))
        self.open_button.setEnabled(bool(self.path.text().strip() and self.passphrase.text()))

    # ---- open and check ------------------------------------------------------------------
    def open_backup(self) -> None:
        if not (self.path.text().strip() and self.passphrase.text()):
            return
        self.forget()
        path = Path(self.path.text().strip()).expanduser()
        ctx, passphrase, config = self.ctx, self.passphrase.text(), self.config_file
        settings, own = ctx.settings, self.restore_settings
        self.open_button.setEnabled(False)

        def run(progress: Any) -> Any:
            from desktop_app.security.backup import plan_restore, unpack_backup

            unpacked = unpack_backup(path, passphrase, settings.paths.backups)
            try:
                progress(0.6, "")
                plan = plan_restore(settings, unpacked, config_file=config, restore_settings=own)
                pin = admin_pin_change(ctx, unpacked, plan)
            except BaseException:
                unpacked.cleanup()
                raise
            progress(1.0, "")
            return unpacked, plan, pin

        ops.run_op(
            run,
            success=self.show_plan,
            failure=self.show_failure,
            parent=self,
            progress=translate("BackupDialog", "Opening and checking the backup..."),
            title=translate("BackupDialog", "Restore a backup"),
        )

    def show_failure(self, exc: BaseException) -> None:
        from desktop_app.security.backup import (
            BackupError,
            BackupPassphraseError,
            BackupUnsupported,
        )

        server = database_server(self.ctx.settings)
        if server is not None and isinstance(exc, BackupUnsupported):
            exc = BackupError(
                translate(
                    "BackupDialog",
                    "This backup holds a whole database, but this computer keeps its data on "
                    "a database server ({server}): restore that server from its own backup. "
                    "A backup that holds only the encryption key can be restored here.",
                ).format(server=server)
            )
        show_problem(
            self.message, translate("BackupDialog", "This backup cannot be restored."), exc
        )
        self.open_button.setEnabled(True)
        self.adjustSize()
        if isinstance(exc, BackupPassphraseError):
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def show_plan(self, result: tuple[Any, Any, str]) -> None:
        unpacked, plan, pin = result
        if not self.isVisible():  # closed while it was being checked
            unpacked.cleanup()
            return
        self.unpacked, self.plan = unpacked, plan
        m = unpacked.manifest
        self.summary_head.setText(
            "<b>"
            + html.escape(
                translate("BackupDialog", "Backup of {when}, made on {device}").format(
                    when=made_when(m.created_at), device=m.device or "?"
                )
            )
            + "</b> "
            + html.escape(
                translate("BackupDialog", "(Face Attendance {version})").format(
                    version=m.app_version
                )
            )
        )
        self._fill_table(plan)
        notes: list[str] = []
        replace = translate("BackupDialog", "Replace the current data")
        if plan.target is None:  # a key-only archive (face-attendance backup --key-only)
            replace = translate("BackupDialog", "Install the key")
            notes.append(
                "<b>"
                + html.escape(
                    translate(
                        "BackupDialog",
                        "This backup holds only the encryption key for face data, no people "
                        "or records: the data on this computer stays as it is.",
                    )
                )
                + "</b>"
            )
            if plan.install_key is None:
                notes.append(
                    html.escape(
                        translate(
                            "BackupDialog",
                            "This computer already has that key: there is nothing to restore.",
                        )
                    )
                )
        if plan.current is not None and plan.current.unreadable:
            notes.append(
                html.escape(
                    translate(
                        "BackupDialog",
                        "The data on this computer now cannot be read ({why}), so what it "
                        "holds is not shown.",
                    ).format(why=plan.current.unreadable)
                )
            )
        if plan.security_changes:
            notes.append(
                "<b>"
                + html.escape(
                    translate("BackupDialog", "These protection settings change with it:")
                )
                + "</b><br>"
                + "<br>".join(html.escape(setting_change_text(c)) for c in plan.security_changes)
            )
        if plan.settings_skipped:
            notes.append(
                html.escape(
                    translate(
                        "BackupDialog",
                        "The backup's settings are not restored: this window was started with "
                        "--data-dir and without --config, so your settings file belongs to "
                        "another data folder. Only the data (and the encryption key) are.",
                    )
                )
            )
        if plan.install_key is not None:
            notes.append(
                html.escape(
                    translate(
                        "BackupDialog",
                        "The backup's encryption key for face data will be installed on this "
                        "computer.",
                    )
                )
            )
        if pin == "changes":  # the PIN lives in the database: the backup's comes with it
            notes.append(
                html.escape(
                    translate(
                        "BackupDialog",
                        "The admin PIN becomes the one that was set when this backup was "
                        "made: make sure you know it.",
                    )
                )
            )
        elif pin == "none":
            notes.append(
                html.escape(
                    translate(
                        "BackupDialog",
                        "The backup has no admin PIN: afterwards the admin pages are open "
                        "until you set one in Settings.",
                    )
                )
            )
        if plan.target is not None:
            notes.append(
                "<b>"
                + html.escape(
                    translate(
                        "BackupDialog",
                        "The current data is copied to {folder} first, then replaced by the "
                        "backup's.",
                    ).format(folder=path_text(self.ctx.settings.paths.backups))
                )
                + "</b>"
            )
        self.plan_notes = notes
        refused = in_use_refusal(self.ctx)  # said now, not only when Replace is pressed
        if refused is not None:
            notes = [*notes, f'<span style="color:#c62828">{html.escape(str(refused))}</span>']
        self.notes.setText("<br><br>".join(notes))
        self.summary.setVisible(True)
        self.replace_button.setText(replace)
        self.replace_button.setEnabled(plan.target is not None or plan.install_key is not None)
        self.adjustSize()

    def _fill_table(self, plan: Any) -> None:
        while self.table.count():
            item = self.table.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setObjectName("")  # shown_counts reads the new table only
                widget.deleteLater()
        if plan.incoming is None:  # nothing but a key: no counts to compare
            return
        incoming = plan.incoming.counts
        current = plan.current
        headers = [
            "",
            translate("BackupDialog", "In the backup"),
            translate("BackupDialog", "On this computer now"),
        ]
        for col, text in enumerate(headers):
            self.table.addWidget(QLabel(f"<b>{html.escape(text)}</b>"), 0, col)
        rows = [
            ("people", translate("BackupDialog", "People")),
            ("sessions", translate("BackupDialog", "Sessions")),
            ("events", translate("BackupDialog", "Attendance records")),
            ("templates", translate("BackupDialog", "Face templates")),
        ]
        for i, (key, title) in enumerate(rows, start=1):
            if current is None:
                now = "—"
            elif current.unreadable:  # never a number it could not read
                now = translate("BackupDialog", "cannot be read")
            elif key == "people":
                now = people_text(current.counts)
            else:
                now = number_text(current.counts.get(key, 0))
            held = people_text(incoming) if key == "people" else number_text(incoming.get(key, 0))
            for col, text in enumerate((title, held, now)):
                label = QLabel(text)
                label.setObjectName(f"count_{key}_{col}")
                if col:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.table.addWidget(label, i, col)
        self.table.setColumnStretch(3, 1)

    def shown_counts(self) -> dict[str, tuple[str, str]]:
        """What the table shows: key -> (in the backup, now) (tests read it)."""
        out: dict[str, tuple[str, str]] = {}
        for key in ("people", "sessions", "events", "templates"):
            cells = [self.findChild(QLabel, f"count_{key}_{col}") for col in (1, 2)]
            if all(c is not None for c in cells):
                out[key] = (cells[0].text(), cells[1].text())  # type: ignore[union-attr]
        return out

    # ---- replace -------------------------------------------------------------------------
    def replace(self) -> None:
        """Ask once more, saying what is lost (Cancel is the default), then hand over."""
        from desktop_app.ui.admin_gate import ensure_admin

        if self.unpacked is None or self.plan is None or self.refused_in_use():
            return
        # the dialog may have stayed open past the admin unlock: ask again if it has lapsed
        if not ensure_admin(self.ctx, self, translate("MainWindow", "Restoring a backup")):
            return
        self.confirm_box = ask_to_replace(
            self, self.plan, self.ctx.settings.paths.backups, self.hand_over
        )

    def hand_over(self) -> None:
        if self.unpacked is None or self.plan is None or self.refused_in_use():
            return  # a kiosk started while the question was open: said here, dialog stays
        unpacked, plan = self.unpacked, self.plan
        self.unpacked = self.plan = None  # handed over: the window deletes the copy after
        self.accept()
        self.restore(unpacked, plan)

    def refused_in_use(self) -> bool:
        """Another process uses this data (a kiosk, another window, a command): say which,
        in the dialog, and change nothing. This window never counts against itself."""
        refused = in_use_refusal(self.ctx)
        if refused is None:
            return False
        show_problem(self.message, translate("BackupDialog", "The data was not replaced."), refused)
        self.notes.setText("<br><br>".join(self.plan_notes))  # said once, at the top
        self.adjustSize()
        return True


def in_use_refusal(ctx: Any) -> DataInUse | None:
    """Why a restore cannot start now: the other processes using this data folder (the
    kiosk "since 14:02" ...), as the core's restore would refuse; None when there are none."""
    users = in_use.others(ctx.settings.paths.root)
    return DataInUse(in_use.refusal(users)) if users else None


def ask_to_replace(
    parent: QWidget,
    plan: Any,
    folder: Path,
    proceed: Callable[[], None],
    *,
    undo: bool = False,
    cancelled: Callable[[], None] | None = None,
) -> QMessageBox | None:
    """ "Replace <what is here> with <what the backup holds>?", Cancel the default button;
    ``proceed`` runs only on the explicit "Replace" (a key-only plan loses nothing: at once),
    ``cancelled`` otherwise."""
    if plan.target is None or plan.incoming is None:
        proceed()
        return None
    if plan.current is None:
        now = translate("BackupDialog", "no data yet")
    elif plan.current.unreadable:  # "People: 0" would say there is nothing to lose
        now = translate("BackupDialog", "data that cannot be read now ({why})").format(
            why=plan.current.unreadable
        )
    else:
        now = holds_text(plan.current.counts)
    question = (
        translate("BackupDialog", "Put back the data from before the restore?")
        if undo
        else translate("BackupDialog", "Replace the data on this computer with the backup's?")
    )
    template = translate(
        "BackupDialog",
        "{question}\n\nReplaced: {now}\nIn use afterwards: {backup}\n\nEveryone enrolled and "
        "every mark made since then is no longer in use. The current data is copied to "
        "{folder} first.",
    )

    def whole(part: str) -> str:  # counts and the folder are never broken across lines
        return f'<span style="white-space:nowrap">{html.escape(part)}</span>'

    text = (
        html.escape(template)
        .format(
            question=f"<b>{html.escape(question)}</b>",
            now=html.escape(now) if plan.current and plan.current.unreadable else whole(now),
            backup=whole(holds_text(plan.incoming.counts)),
            folder=whole(path_text(folder)),
        )
        .replace("\n", "<br>")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("BackupDialog", "Restore a backup"),
        text,
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    grid = box.layout()
    if isinstance(grid, QGridLayout):  # wide enough for a line of counts (Qt wraps at ~400 px)
        spacer = QSpacerItem(560, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        grid.addItem(spacer, grid.rowCount(), 0, 1, grid.columnCount())
    yes = box.addButton(
        translate("BackupDialog", "Undo the restore")
        if undo
        else translate("BackupDialog", "Replace the current data"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    yes.setObjectName("confirmReplace")
    yes.setAutoDefault(False)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            proceed()
        elif cancelled is not None:
            cancelled()

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def admin_pin_change(ctx: Any, unpacked: Any, plan: Any) -> str:
    """How a restore changes the admin PIN (kept in the database): "" (it stays), "changes"
    (the backup has another one) or "none" (the backup has none; one is set now). When the
    current data cannot be read (``plan.current.unreadable``) this one is not asked for: a
    locked database would hold the dialog for minutes and end in an error about the backup;
    then what the backup's PIN will be is said whatever it is now."""
    from desktop_app.security.pin import PIN_SETTING
    from desktop_app.storage.db import Database
    from desktop_app.storage.repositories import SharedSettings

    if unpacked.database is None:
        return ""
    archived = Database(f"sqlite:///{unpacked.database}")
    try:
        theirs = archived.run(lambda s: SharedSettings(s).get(PIN_SETTING))
    finally:
        archived.dispose()
    if plan.current is not None and plan.current.unreadable:
        return "changes" if theirs else "none"
    ours = ctx.db.run(lambda s: SharedSettings(s).get(PIN_SETTING))
    if theirs == ours:
        return ""
    return "changes" if theirs else "none"
