"""View > Audit Trail: who changed what and when, filtered as typed, exported to CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskmap.audit import export_audit_csv
from riskmap.errors import RiskmapError
from riskmap.model import AuditEntry
from ui.colours import MUTED_TEXT
from ui.dialogs.password import ERROR_STYLE
from ui.document import Document
from ui.language import error_text
from ui.models.rows import RowsModel

FIELDS = ("when", "who", "entity", "field", "old", "new")


class AuditLogModel(RowsModel[AuditEntry]):
    """The project's audit log, newest first; the entry under Qt.UserRole."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__((self.tr("When"), self.tr("Who"), self.tr("Entity"), self.tr("Field"),
                          self.tr("Old value"), self.tr("New value")), parent)
        self.document = document
        document.saved.connect(self.refresh)
        document.reset.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        self.beginResetModel()
        self.endResetModel()

    def items(self) -> list[AuditEntry]:
        return self.document.project.audit_log

    def item_at(self, row: int) -> AuditEntry:
        log = self.items()
        return log[len(log) - 1 - row]

    def cell(self, entry: AuditEntry, column: int, role: int) -> object:
        name = FIELDS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if name == "when":
                return entry.when.astimezone().strftime("%Y-%m-%d %H:%M")
            return str(getattr(entry, name))
        return None


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AuditTrailDialog", "Export the audit trail"),
        suggested, QCoreApplication.translate("AuditTrailDialog", "CSV files (*.csv)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


class AuditTrailDialog(QDialog):
    """A read-only table of the audit log with a filter box and "Export CSV…"."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_trail_dialog")
        self.setWindowTitle(self.tr("Audit Trail"))
        self.document = document
        self.model = AuditLogModel(document, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("audit_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, code, field or value…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 120, 90, 150, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(len(FIELDS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.empty = QLabel(self.tr("No changes recorded yet. Each save adds what changed "
                                    "since the last one, with your name (Edit > "
                                    "Preferences)."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("export_csv")
        self.export_button.setToolTip(self.tr("The whole audit trail as a CSV file, for a "
                                              "spreadsheet"))
        self.export_button.clicked.connect(self.export_csv)
        self.status = QLabel(self)  # the outcome of the last export
        self.status.setObjectName("audit_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.resize(980, 560)
        self.model.modelReset.connect(self._show_count)
        self._show_count()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n change(s)", "", total))
        else:
            self.count.setText(self.tr("%1 of %2 changes").replace("%1", f"{shown:,}")
                               .replace("%2", f"{total:,}"))
        self.empty.setVisible(total == 0)
        self.export_button.setEnabled(total > 0)

    def visible_entries(self) -> list[AuditEntry]:
        """The entries the table shows, top to bottom."""
        role = Qt.ItemDataRole.UserRole
        return [self.proxy.index(row, 0).data(role) for row in range(self.proxy.rowCount())]

    def export_csv(self) -> bool:
        stem = self.document.path.stem if self.document.path else "project"
        folder = self.document.path.parent if self.document.path else Path.home()
        path = ask_csv_path(self, str(folder / f"{stem}-audit-trail.csv"))
        if path is None:
            return False
        try:
            export_audit_csv(self.document.project, path)
        except (RiskmapError, OSError) as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Not exported: {error}").format(error=error_text(exc)))
            return False
        self.status.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.status.setText(self.tr("Exported to {path}").format(path=path))
        return True
