"""The editable body of a scale profile: name, both axes, score method and bands."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from riskmap.scales import ScaleProfile, ScoreMethod
from ui.language import shown_profile, stored_profile
from ui.widgets.levels_editor import LevelsEditor
from ui.widgets.scoring_editor import ScoringEditor


class ProfileForm(QTabWidget):
    """Tabs General / Likelihood / Impact / Score and bands over one working profile."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = ""
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("When to use this profile, and where its "
                                                    "levels come from"))
        self.description.setMaximumHeight(150)
        self.key_label = QLabel()
        self.key_label.setStyleSheet("color: #5F6B7A;")
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Key"), self.key_label)
        form.addRow(self.tr("Description"), self.description)
        hint = QLabel(self.tr("Levels, descriptors, score method and bands are on the next "
                              "tabs; the preview follows every change."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5F6B7A;")
        form.addRow(hint)
        self.likelihood = LevelsEditor(self.tr("Likelihood"))
        self.impact = LevelsEditor(self.tr("Impact"))
        self.scoring = ScoringEditor()
        self.addTab(general, self.tr("General"))
        self.addTab(self.likelihood, self.tr("Likelihood"))
        self.addTab(self.impact, self.tr("Impact"))
        self.addTab(self.scoring, self.tr("Score and bands"))
        self._loading = False
        self._original: ScaleProfile | None = None
        self.name.textEdited.connect(lambda _text: self._emit())
        self.description.textChanged.connect(self._emit)
        self.likelihood.edited.connect(self._on_size)
        self.impact.edited.connect(self._on_size)
        self.scoring.edited.connect(self._emit)

    def set_profile(self, profile: ScaleProfile) -> None:
        """Show a profile (a built-in one's own words in the interface language)."""
        self._loading = True
        self._original = profile
        self.key = profile.key
        self.key_label.setText(profile.key)
        profile = shown_profile(profile)
        self.name.setText(profile.name)
        self.description.setPlainText(profile.description)
        self.likelihood.set_levels(profile.likelihood)
        self.impact.set_levels(profile.impact)
        self.scoring.set_scoring(profile.method, profile.lookup, profile.bands, profile.size)
        self._loading = False

    def set_key(self, key: str) -> None:
        self.key = key
        self.key_label.setText(key)

    def set_read_only(self, read_only: bool) -> None:
        self.name.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        self.likelihood.set_read_only(read_only)
        self.impact.set_read_only(read_only)
        self.scoring.set_read_only(read_only)

    def profile(self) -> ScaleProfile:
        """The profile as edited; ValueError explains what is wrong with it."""
        try:
            likelihood, impact = self.likelihood.levels(), self.impact.levels()
            method = self.scoring.method_value()
            edited = ScaleProfile(
                key=self.key, name=self.name.text().strip() or self.tr("Unnamed profile"),
                description=self.description.toPlainText().strip(),
                likelihood=likelihood, impact=impact, method=method,
                lookup=self.scoring.lookup_values() if method is ScoreMethod.LOOKUP else None,
                bands=self.scoring.band_values(),
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            raise ValueError(str(first["msg"]).removeprefix("Value error, ")) from None
        # Words left as shown stay the built-in English ones (shown translated anywhere);
        # a copy (a new key) keeps what it shows: it is the user's own profile now.
        original = self._original
        if original is None or edited.key != original.key:
            return edited
        return stored_profile(edited, original)

    def _on_size(self) -> None:
        self.scoring.set_size((self.likelihood.count.value(), self.impact.count.value()))
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit()
