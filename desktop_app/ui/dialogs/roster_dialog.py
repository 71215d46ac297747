"""Import a class list (CSV): what the file must look like (with a template to save), the
consent box before anything is checked, every refused row in a table, "Check again" after
fixing the file, then import all rows or none (``attendance.roster.import_roster``)."""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance.roster import (
    consent_hint,
    lookalike_hint,
    weak_hint,
)
from desktop_app.fileio import atomic_write
from desktop_app.i18n import QT_TRANSLATE_NOOP, formats, translate
from desktop_app.ui import ops
from desktop_app.ui.common import documents_folder, file_name_problem, number_text, operator_name

log = logging.getLogger(__name__)

TEMPLATE = (
    "name,external_id,group,photo\n"
    "Ana Lima,S001,7B,photos/ana.jpg\n"
    "Ben Ode,S002,7B,photos/ben.jpg\n"
)
FORMAT_HTML = QT_TRANSLATE_NOOP(
    "RosterDialog",
    "A CSV file with a header line and one row per person. Columns: <code>name</code> "
    "(required), <code>external_id</code> (a pupil or staff number), <code>group</code> "
    "(class or team) and <code>photo</code> (the photo's file name, relative to the CSV "
    "file), in English or in the app's other languages. A column the app does not read is "
    'named when the file is checked. Commas, semicolons or tabs; save as "CSV UTF-8" in '
    "Excel.",
)
# The core's refusals name CLI options; the dialog names its own buttons instead.
_GUI_WORDS = [
    (r"\s*\(?(?:confirm it for everyone listed )?with --consent\)?", " (tick the consent box)"),
    (
        r"import with --allow-lookalike if they are different people",
        'if they are different people, press "Accept" below',
    ),
    (
        r"import with --allow-weak to enroll it as a weak sample",
        '"Accept" below enrolls it as a weak sample',
    ),
    (r"\s*\(--allow-[a-z]+\)", ""),
    # the look-alike pairs are listed in their own table; no distances or ids in the text
    (r" at distance \d+(?:\.\d+)?", ""),
    (r", id \d+\)", ")"),
]


def _template(text: str, field: str) -> str:
    """A regular expression for ``text`` (a translation) with its ``{field}`` as any number."""
    return re.escape(text).replace(re.escape("{" + field + "}"), r"(?:\d+(?:\.\d+)?|None)")


def gui_reason(text: str) -> str:
    """A refusal in the dialog's words (no command-line options), in any language: the core
    puts its command-line advice in as separate translated pieces, swapped here for the
    dialog's own (translated) words."""
    swaps = [
        (f"({consent_hint()})", "(" + translate("RosterDialog", "tick the consent box") + ")"),
        (
            lookalike_hint(),
            translate("RosterDialog", 'if they are different people, press "Accept" below'),
        ),
        (weak_hint(), translate("RosterDialog", '"Accept" below enrolls it as a weak sample')),
    ]
    for old, new in swaps:
        text = text.replace(old, new)
    # the look-alike pairs are listed in their own table; no distances or ids in the text
    distance = translate("Roster", " at distance {distance}")
    text = re.sub(_template(distance, "distance"), "", text)
    enrolled = translate("Roster", " (already enrolled, id {id})")
    plain = translate("RosterDialog", " (already enrolled)")
    text = re.sub(_template(enrolled, "id"), lambda _m: plain, text)
    for pattern, repl in _GUI_WORDS:  # English texts from elsewhere (import-time errors)
        text = re.sub(pattern, repl, text)
    return text


def looks_like(pair: Any) -> str:
    """The other side of a look-alike pair: "line 5: Ana Lyma" or "Ana Lyma (already
    enrolled)" (no distances, no ids)."""
    if pair.line_b is not None:
        return translate("RosterDialog", "line {line}: {name}").format(
            line=formats().digits(pair.line_b), name=pair.name_b
        )
    return translate("RosterDialog", "{name} (already enrolled)").format(
        name=pair.name_b or translate("EnrollDialog", "someone")
    )


def line_table(last_column: str) -> QTableWidget:
    """A read-only table of file rows: Line, Name and ``last_column`` (which takes the rest
    of the width and wraps)."""
    table = QTableWidget(0, 3)
    table.setHorizontalHeaderLabels(
        [translate("RosterDialog", "Line"), translate("Form", "Name"), last_column]
    )
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(1, 180)
    return table


class RosterDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: Any = None
        self.flags = {"allow_lookalike": False, "allow_weak": False}
        self.setWindowTitle(translate("RosterDialog", "Import a class list"))
        self.resize(760, 520)
        self.setSizeGripEnabled(True)
        intro = QLabel(translate("RosterDialog", FORMAT_HTML))
        intro.setWordWrap(True)
        self.template_button = QPushButton(translate("RosterDialog", "Save a template CSV..."))
        self.template_button.clicked.connect(lambda: self.save_template())
        self.file_label = QLabel(translate("RosterDialog", "No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(translate("RosterDialog", "Choose file..."))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.template_button)
        self.consent = QCheckBox(
            translate(
                "RosterDialog",
                "Everyone on this list agreed to have their face stored for attendance",
            )
        )
        self.consent.setVisible(bool(ctx.settings.privacy.require_consent))
        self.consent.toggled.connect(lambda _on: self._update_buttons())
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.table = line_table(translate("RosterDialog", "Problem"))
        # every look-alike pair of the file in its own table (line, name, whom they look like)
        self.pairs_label = QLabel()
        self.pairs_table = line_table(translate("RosterDialog", "Looks like"))
        self.pairs_table.setObjectName("lookalikePairs")
        self.pairs_box = QWidget()
        pairs_layout = QVBoxLayout(self.pairs_box)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.addWidget(self.pairs_label)
        pairs_layout.addWidget(self.pairs_table, 1)
        self.pairs_box.setVisible(False)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.setChildrenCollapsible(False)
        tables.addWidget(self.table)
        tables.addWidget(self.pairs_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(
            translate("RosterDialog", "Check the file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.clicked.connect(self.check)
        self.accept_button = self.buttons.addButton(
            translate("RosterDialog", "Accept"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_button.clicked.connect(self.accept_flagged)
        self.import_button = self.buttons.addButton(
            translate("RosterDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.consent)
        layout.addWidget(self.headline)
        layout.addWidget(tables, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.set_file(Path(path))
        self._update_buttons()

    # ---- the file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("RosterDialog", "Class list"),
            "",
            translate("RosterDialog", "CSV files (*.csv *.txt)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path, self.report = path, None
        self.flags = {"allow_lookalike": False, "allow_weak": False}
        self.file_label.setText(str(path))
        self.headline.setText("")
        self.table.setRowCount(0)
        self._update_buttons()

    def save_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("RosterDialog", "Save a template"),
                str(documents_folder() / "class-list.csv"),
                translate("RosterDialog", "CSV files (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        problem = file_name_problem(path)
        if problem:
            self.headline.setText(problem)
            return None
        try:
            atomic_write(path, "\ufeff" + TEMPLATE)  # BOM: Excel reads it as UTF-8
        except OSError as exc:  # Windows: the old template still open in Excel
            log.warning("cannot save the class-list template %s: %s", path, exc)
            self.headline.setText(
                translate(
                    "RosterDialog",
                    "The template could not be saved as {file}: the file is open in another "
                    "program (Excel?) or the folder is read-only. Close it there, or choose "
                    "another name.",
                ).format(file=path)
            )
            return None
        self.headline.setText(
            translate(
                "RosterDialog", "Template saved as {file}. Fill it in, then choose it above."
            ).format(file=path)
        )
        return path

    # ---- check and import ------------------------------------------------------------------
    def check(self) -> None:
        """Read the file again and check every row (nothing is imported)."""
        if self.path is None:
            return
        path, run = self.path, self._roster_call(dry_run=True)
        self.report = None  # until the new verdict arrives
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        ops.run_op(
            run,
            success=self.show_report,
            failure=self._failed,
            parent=self,
            progress=translate("RosterDialog", "Checking {file}...").format(file=path.name),
            title=translate("RosterDialog", "Import a class list"),
        )

    def _roster_call(self, *, dry_run: bool) -> Any:
        """The core call for a background op: check (``dry_run``) or import the file, with
        the look-alikes and small photos the operator accepted. Consent is the box's."""
        ctx, path, flags, actor = self.ctx, self.path, dict(self.flags), operator_name()
        assert path is not None, "the buttons that check or import need a file"

        def run() -> Any:
            from desktop_app.attendance.roster import import_roster

            return import_roster(
                ctx,
                path,
                dry_run=dry_run,
                consent=True,
                actor=actor,
                allow_lookalike=flags["allow_lookalike"],
                allow_weak=flags["allow_weak"],
            )

        return run

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        self.headline.setText(
            translate("RosterDialog", "<b>The file cannot be read</b>: {problem}").format(
                problem=ops.error_text(exc)
            )
        )
        self.table.setRowCount(0)
        self._update_buttons()

    def show_report(self, report: Any) -> None:
        self.report = report
        refused = list(report.refused)
        n = len(report.rows)
        if refused:
            head = translate(
                "RosterDialog",
                "<b>{refused} of {rows} rows are refused</b>: nothing is imported until every "
                "row is right. Fix the file, save it, then <b>Check again</b>.",
            ).format(refused=number_text(len(refused)), rows=number_text(n))
        elif n == 1:
            head = translate("RosterDialog", "<b>The 1 row can be imported.</b>")
        else:
            head = translate("RosterDialog", "<b>All {rows} rows can be imported.</b>").format(
                rows=number_text(n)
            )
        accept_text, notes = acceptable(report, self.flags)
        if report.ignored_columns:  # before the import, never found out afterwards
            notes.insert(0, html.escape(report.column_note(), quote=False))
        if notes:
            head += "<br>" + "<br>".join(notes)
        self.headline.setText(head)
        shown = refused + [r for r in report.rows if r.warnings and r.status != "refused"]
        self.table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            problem = gui_reason(r.reason) if r.status == "refused" else "; ".join(r.warnings)
            no_name = translate("RosterDialog", "(no name)")
            for j, value in enumerate((formats().digits(r.line), r.name or no_name, problem)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self.show_pairs(list(getattr(report, "pairs", []) or []))
        self.accept_button.setText(accept_text or translate("RosterDialog", "Accept"))
        self.accept_button.setVisible(bool(accept_text))
        self._update_buttons()

    def show_pairs(self, pairs: list[Any]) -> None:
        """The look-alike pairs, one a row: the same person twice, or two who look alike."""
        self.pairs_box.setVisible(bool(pairs))
        self.pairs_label.setText(
            translate(
                "RosterDialog",
                "<b>Look-alike pairs ({count})</b>: the same person twice, or different people "
                "who look alike",
            ).format(count=number_text(len(pairs)))
        )
        self.pairs_table.setRowCount(len(pairs))
        for i, pair in enumerate(pairs):
            no_name = translate("RosterDialog", "(no name)")
            row = (formats().digits(pair.line_a), pair.name_a or no_name, looks_like(pair))
            for j, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.pairs_table.setItem(i, j, item)

    def accept_flagged(self) -> None:
        """Accept the look-alike pairs and small photos the check listed, and check again."""
        if self.report is None:
            return
        self.flags["allow_lookalike"] = self.flags["allow_lookalike"] or bool(self.report.pairs)
        self.flags["allow_weak"] = self.flags["allow_weak"] or weak_rows(self.report) > 0
        self.check()

    def _update_buttons(self) -> None:
        has_file = self.path is not None
        self.check_button.setEnabled(has_file)
        self.check_button.setText(
            translate("RosterDialog", "Check again")
            if self.report is not None
            else translate("RosterDialog", "Check the file")
        )
        if self.report is None:
            self.accept_button.setVisible(False)
        needs_consent = self.consent.isVisible() and not self.consent.isChecked()
        ok = self.report is not None and self.report.ok
        self.import_button.setEnabled(ok and not needs_consent)
        if not has_file:
            why = translate("RosterDialog", "Choose the CSV file first.")
        elif self.report is None:
            why = translate("RosterDialog", "Check the file first.")
        elif not ok:
            why = translate("RosterDialog", "Some rows are refused: fix them and check again.")
        elif needs_consent:
            why = translate("RosterDialog", "Tick the consent box first.")
        else:
            why = translate("RosterDialog", "Import every row")
        self.import_button.setToolTip(why)

    def run_import(self) -> None:
        if self.path is None or not self.import_button.isEnabled():
            return
        path, run = self.path, self._roster_call(dry_run=False)

        def done(report: Any) -> None:
            self.imported = report
            self.accept()

        ops.run_op(
            run,
            success=done,
            failure=self._failed,
            parent=self,
            progress=translate("RosterDialog", "Importing {file}...").format(file=path.name),
            changes="people",
            title=translate("RosterDialog", "Import a class list"),
        )


def weak_rows(report: Any) -> int:
    """Rows refused only because a small (upscaled) photo failed the blur check."""
    hint = weak_hint()
    return sum(1 for r in report.rows if r.status == "refused" and hint in r.reason)


def acceptable(report: Any, flags: dict[str, bool]) -> tuple[str, list[str]]:
    """(the button that accepts look-alikes / small photos, or "", lines for the message)."""
    notes: list[str] = []
    pairs = len(getattr(report, "pairs", []) or [])
    if pairs:
        if flags.get("allow_lookalike"):
            notes.append(
                translate(
                    "RosterDialog",
                    "{count} look-alike pair(s) accepted: each is remembered, the decision "
                    "between them is stricter and a kiosk asks them for their ID number.",
                ).format(count=number_text(pairs))
            )
        else:
            notes.append(
                translate(
                    "RosterDialog",
                    "{count} look-alike pair(s) found (listed below): the same person twice, "
                    "or different people who look alike.",
                ).format(count=number_text(pairs))
            )
    weak = weak_rows(report)
    if weak and not flags.get("allow_weak"):
        notes.append(
            translate(
                "RosterDialog",
                "{count} photo(s) are small or upscaled and too blurred: they can be enrolled "
                "as weak samples, and those people are asked for camera samples later.",
            ).format(count=number_text(weak))
        )
    return accept_text(
        0 if flags.get("allow_lookalike") else pairs, weak if not flags.get("allow_weak") else 0
    ), notes


def accept_text(pairs: int, weak: int) -> str:
    """The Accept button for ``pairs`` look-alike pairs and ``weak`` small photos ("" for
    none): one whole sentence per case, so each language words it its own way."""
    if pairs and weak:
        return translate(
            "RosterDialog", "Accept {pairs} look-alike pair(s) and {photos} small photo(s)"
        ).format(pairs=number_text(pairs), photos=number_text(weak))
    if pairs:
        if pairs == 1:
            return translate("RosterDialog", "Accept 1 look-alike pair")
        return translate("RosterDialog", "Accept {count} look-alike pairs").format(
            count=number_text(pairs)
        )
    if weak:
        if weak == 1:
            return translate("RosterDialog", "Accept 1 small photo")
        return translate("RosterDialog", "Accept {count} small photos").format(
            count=number_text(weak)
        )
    return ""
