"""Edit how a profile scores: product, sum or a lookup table, and the bands with colours."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskmap.scales import Band, ScoreMethod
from ui.colours import text_on

MAX_BANDS = 8
MAX_SCORE = 999


class ColourButton(QPushButton):
    """Shows a colour by its name on the colour itself; a click opens the colour picker."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.clicked.connect(self._pick)
        self._show()

    def set_colour(self, colour: str) -> None:
        self.colour = colour.upper()
        self._show()
        self.colour_changed.emit(self.colour)

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Band colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def _show(self) -> None:
        fg = text_on(QColor(self.colour)).name()
        self.setText(self.colour.upper())
        self.setStyleSheet(f"background: {self.colour}; color: {fg}; border: 1px solid #9AA4B2;"
                           "border-radius: 3px; padding: 3px 8px;")


class ScoringEditor(QWidget):
    """Method, lookup grid (for "lookup" only) and bands; `edited` on every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = QComboBox(self)
        self.method.setObjectName("score_method")
        for method, text in ((ScoreMethod.PRODUCT, self.tr("Likelihood × impact")),
                             (ScoreMethod.SUM, self.tr("Likelihood + impact")),
                             (ScoreMethod.LOOKUP, self.tr("Lookup table (cell by cell)"))):
            self.method.addItem(text, method.value)
        self.lookup = QTableWidget(self)
        self.lookup.setObjectName("lookup_table")
        self.lookup.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lookup.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lookup_box = QGroupBox(self.tr("Score of each cell (likelihood rows, impact "
                                            "columns)"), self)
        QVBoxLayout(self.lookup_box).addWidget(self.lookup)
        self.bands = QTableWidget(0, 3, self)
        self.bands.setObjectName("bands_table")
        self.bands.setHorizontalHeaderLabels(
            [self.tr("Band"), self.tr("From score"), self.tr("Colour")])
        self.bands.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bands.verticalHeader().hide()
        self.add_band = QPushButton(self.tr("Add band"), self)
        self.remove_band = QPushButton(self.tr("Remove band"), self)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(self.add_band)
        band_buttons.addWidget(self.remove_band)
        band_buttons.addStretch(1)
        bands_box = QGroupBox(self.tr("Bands (lowest first)"), self)
        bands_layout = QVBoxLayout(bands_box)
        bands_layout.addWidget(self.bands)
        bands_layout.addLayout(band_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Score"), self.method)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lookup_box, 1)
        layout.addWidget(bands_box, 1)
        self._size = (0, 0)
        self._method = ScoreMethod.PRODUCT
        self._loading = False
        self.method.currentIndexChanged.connect(self._on_method)
        self.lookup.itemChanged.connect(lambda _item: self._emit())
        self.add_band.clicked.connect(self._add_band)
        self.remove_band.clicked.connect(self._remove_band)

    # --- loading and reading ----------------------------------------------------------
    def set_scoring(self, method: ScoreMethod, lookup: list[list[int]] | None,
                    bands: list[Band], size: tuple[int, int]) -> None:
        self._loading = True
        self.method.setCurrentIndex(self.method.findData(method.value))
        self._method = method
        self._fill_lookup(size, lookup)
        self.bands.setRowCount(0)
        for band in bands:
            self._append_band(band.name, band.min_score, band.colour)
        self.lookup_box.setVisible(method is ScoreMethod.LOOKUP)
        self._loading = False

    def set_size(self, size: tuple[int, int]) -> None:
        """The number of likelihood and impact levels changed: resize the lookup grid."""
        if size != self._size:
            self._loading = True
            self._fill_lookup(size, self.lookup_values())
            self._loading = False

    def method_value(self) -> ScoreMethod:
        return ScoreMethod(self.method.currentData())

    def lookup_values(self) -> list[list[int]]:
        """lookup[l-1][i-1]; row 0 of the grid is the highest likelihood."""
        n_l, n_i = self._size
        values = []
        for lik in range(1, n_l + 1):
            row = []
            for imp in range(1, n_i + 1):
                item = self.lookup.item(n_l - lik, imp - 1)
                text = item.text().strip() if item is not None else ""
                row.append(int(text) if text.isdigit() else lik * imp)
            values.append(row)
        return values

    def band_values(self) -> list[Band]:
        """The bands as typed; the model checks thresholds and colours."""
        result = []
        for row in range(self.bands.rowCount()):
            name = self.bands.cellWidget(row, 0)
            start = self.bands.cellWidget(row, 1)
            colour = self.bands.cellWidget(row, 2)
            assert isinstance(name, QLineEdit) and isinstance(start, QSpinBox)
            assert isinstance(colour, ColourButton)
            result.append(Band(
                name=name.text().strip() or self.tr("Band %d") % (row + 1),
                min_score=start.value(), colour=colour.colour))
        return result

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.method, self.lookup, self.bands, self.add_band, self.remove_band):
            widget.setEnabled(not read_only)

    # --- internals ----------------------------------------------------------------------
    def _fill_lookup(self, size: tuple[int, int], values: list[list[int]] | None) -> None:
        n_l, n_i = size
        self._size = size
        self.lookup.blockSignals(True)
        self.lookup.setRowCount(n_l)
        self.lookup.setColumnCount(n_i)
        self.lookup.setVerticalHeaderLabels([str(lik) for lik in range(n_l, 0, -1)])
        self.lookup.setHorizontalHeaderLabels([str(imp) for imp in range(1, n_i + 1)])
        for lik in range(1, n_l + 1):
            for imp in range(1, n_i + 1):
                known = values is not None and lik <= len(values) and imp <= len(values[lik - 1])
                value = values[lik - 1][imp - 1] if known and values else lik * imp
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.lookup.setItem(n_l - lik, imp - 1, item)
        self.lookup.blockSignals(False)

    def _append_band(self, name: str, start: int, colour: str) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        name_edit = QLineEdit(name)
        name_edit.textEdited.connect(lambda _text: self._emit())
        spin = QSpinBox()
        spin.setRange(0, MAX_SCORE)
        spin.setValue(start)
        spin.valueChanged.connect(lambda _value: self._emit())
        button = ColourButton(colour)
        button.colour_changed.connect(lambda _colour: self._emit())
        self.bands.setCellWidget(row, 0, name_edit)
        self.bands.setCellWidget(row, 1, spin)
        self.bands.setCellWidget(row, 2, button)
        self.bands.setRowHeight(row, 34)
        self.add_band.setEnabled(self.bands.rowCount() < MAX_BANDS)
        self.remove_band.setEnabled(self.bands.rowCount() > 1)

    def _add_band(self) -> None:
        last = self.band_values()[-1] if self.bands.rowCount() else None
        start = (last.min_score + 1) if last else 0
        self._append_band(self.tr("New band"), start, "#7B1FA2")
        self._emit()

    def _remove_band(self) -> None:
        if self.bands.rowCount() > 1:
            row = self.bands.currentRow()
            self.bands.removeRow(row if row >= 0 else self.bands.rowCount() - 1)
            self.add_band.setEnabled(True)
            self.remove_band.setEnabled(self.bands.rowCount() > 1)
            self._emit()

    def _on_method(self, _index: int) -> None:
        method = self.method_value()
        if method is ScoreMethod.LOOKUP and not self._loading:
            # Start the table from the scores the previous method gave.
            n_l, n_i = self._size
            add = self._method is ScoreMethod.SUM
            self._loading = True
            self._fill_lookup(self._size, [[lik + imp if add else lik * imp
                                            for imp in range(1, n_i + 1)]
                                           for lik in range(1, n_l + 1)])
            self._loading = False
        self._method = method
        self.lookup_box.setVisible(method is ScoreMethod.LOOKUP)
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit()
