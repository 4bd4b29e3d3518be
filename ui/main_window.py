"""The main window: actions, menus, toolbar, process tabs or welcome page, docks, status."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
)

from ui.startup import loading_modules

with loading_modules():  # the window's modules, some 250 of them: see ui.startup
    from riskmap import __version__, storage
    from riskmap.vocabulary import ScoreKind
    from ui.accessibility import WindowAccess
    from ui.actions import ActionId, ActionRegistry, icon
    from ui.docks import COMPACT_WIDTH, arrange_for_size, hide_stale_tab_bars, install_docks
    from ui.document import Document
    from ui.files import FileManager
    from ui.language import current_language
    from ui.map.tabs import ProcessTabs
    from ui.map_commands import MapCommands
    from ui.menus import build_menus, build_toolbar
    from ui.palette import StagePalette
    from ui.preferences import read_preferences
    from ui.presentation import Presentation
    from ui.problems import ProblemsView
    from ui.project_commands import ProjectCommands
    from ui.recovery import Recovery
    from ui.start import ask_template, offer_recovery
    from ui.status import StatusBar
    from ui.undo_texts import undo_text_tr
    from ui.welcome import WelcomePage
    from ui.workshop_menu import install_workshop_menu

A = ActionId
SCORE_ACTIONS = {A.SCORE_INHERENT: ScoreKind.INHERENT, A.SCORE_RESIDUAL: ScoreKind.RESIDUAL,
                 A.SCORE_TARGET: ScoreKind.TARGET}
# Commands that need an open project.
PROJECT_ACTIONS = [A.SAVE, A.SAVE_AS, A.CLOSE, A.CUT, A.COPY, A.PASTE, A.DELETE, A.SELECT_ALL,
                   A.RENAME, A.FIND, A.ZOOM_IN, A.ZOOM_OUT, A.ZOOM_FIT, A.ZOOM_ACTUAL,
                   A.ADD_STAGE, A.CONNECT, A.AUTO_LAYOUT, A.NEW_PROCESS, A.RENAME_PROCESS,
                   A.DELETE_PROCESS, A.CONNECT_TO, *SCORE_ACTIONS, A.SCALE_PROFILE,
                   A.PARTICIPANTS, A.GROUP_SCORING, A.SUGGESTIONS, A.CLOSE_ROUND, A.ROUNDS]


class MainWindow(QMainWindow):
    """One window, one document. File handling lives in FileManager, map commands in
    MapCommands, docks in ui.docks: this class only wires them together."""

    # The registry, by the name views look it up with (it hides QWidget.actions()).
    actions: ActionRegistry  # type: ignore[assignment]

    def __init__(self, settings: QSettings | None = None, recovery_folder: Path | None = None,
                 autosave_ms: int | None = None, document: Document | None = None) -> None:
        """`document`: an open project another window hands over (ui.language_switch)."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(icon("riskmap"))
        self.setAcceptDrops(True)
        self.settings = settings or QSettings()
        self.autosave_ms = autosave_ms
        self.document = document or Document()
        self.document.setParent(self)
        self.actions = ActionRegistry(self)
        self.files = FileManager(self, self.document, self.settings)
        preferences = read_preferences(self.settings)
        self.recovery = Recovery(self.document, recovery_folder,
                                 autosave_ms or preferences.autosave_ms, parent=self)

        self.welcome = WelcomePage()
        self.tabs = ProcessTabs(self.document)
        self.stack = QStackedWidget()
        # In a scroll area, the welcome page never makes the window larger than the screen.
        self.welcome_area = QScrollArea()
        self.welcome_area.setWidget(self.welcome)
        self.welcome_area.setWidgetResizable(True)
        self.welcome_area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(self.welcome_area)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.docks = install_docks(self, self.document)
        self.find_box = QLineEdit()
        self.map_commands = MapCommands(self, self.actions, self.document, self.tabs)
        self.menus = build_menus(self, self.actions, self.docks, self.files.recent_files,
                                 self.files.open_path, self.files.clear_recent)
        self.toolbar = build_toolbar(self, self.actions, self.find_box)
        self.workshop = install_workshop_menu(self, self.document)
        self.project_commands = ProjectCommands(self, self.actions, self.files, self.recovery)
        self.status = StatusBar(self.document, self.tabs, self)
        self.setStatusBar(self.status)
        self.presentation = Presentation(self, self.docks, self.toolbar, self.tabs,
                                         self.actions[A.FULL_SCREEN])
        self.access = WindowAccess(self, self.actions, self.settings, self.tabs, self.docks)

        self._panels: QByteArray | None = None  # the panels' layout while the welcome page shows
        self._connect()
        self._restore_layout()
        self._on_closed()
        if document is not None:
            self.files.is_open = True
            self.files.opened.emit()

    # --- wiring ----------------------------------------------------------------------------
    def _connect(self) -> None:
        act, files, doc = self.actions, self.files, self.document
        act[A.NEW].triggered.connect(lambda: files.new_project())
        act[A.NEW_FROM_TEMPLATE].triggered.connect(self.new_from_template)
        act[A.OPEN].triggered.connect(files.open_dialog)
        act[A.SAVE].triggered.connect(files.save)
        act[A.SAVE_AS].triggered.connect(files.save_as)
        act[A.CLOSE].triggered.connect(files.close_project)
        act[A.QUIT].triggered.connect(self.close)
        act[A.ABOUT].triggered.connect(self.about)
        act[A.FIND].triggered.connect(self._focus_find)
        act[A.UNDO].triggered.connect(doc.undo_stack.undo)
        act[A.REDO].triggered.connect(doc.undo_stack.redo)
        doc.undo_stack.canUndoChanged.connect(act[A.UNDO].setEnabled)
        doc.undo_stack.canRedoChanged.connect(act[A.REDO].setEnabled)
        doc.undo_stack.undoTextChanged.connect(self._show_undo_text)
        doc.undo_stack.redoTextChanged.connect(self._show_redo_text)
        self._show_undo_text(doc.undo_stack.undoText())
        self._show_redo_text(doc.undo_stack.redoText())
        for action_id, kind in SCORE_ACTIONS.items():
            act[action_id].triggered.connect(lambda _c=False, k=kind: doc.set_score_kind(k))
        doc.score_kind_changed.connect(self._show_score_kind)
        self._show_score_kind(doc.score_kind)
        doc.modified_changed.connect(self.setWindowModified)
        doc.path_changed.connect(self._update_title)
        doc.changed.connect(self._update_title)
        files.opened.connect(self._on_opened)
        files.closed.connect(self._on_closed)
        files.recent_changed.connect(lambda: self.welcome.set_recent(files.recent_files()))
        self.welcome.new_requested.connect(act[A.NEW].trigger)
        self.welcome.template_requested.connect(self.new_from_template)
        self.welcome.open_requested.connect(files.open_dialog)
        self.welcome.open_path.connect(files.open_path)
        self.find_box.textEdited.connect(self._find)
        self.find_box.returnPressed.connect(lambda: self._find(self.find_box.text()))
        for dock in self.docks.values():
            widget = dock.widget()
            if isinstance(widget, ProblemsView):
                widget.activated_entity.connect(self.show_entity)
                widget.problems_model.problems_changed.connect(self.tabs.set_problems)
                self.tabs.set_problems(widget.problems_model.problems)
            elif isinstance(widget, StagePalette):
                widget.add_requested.connect(self._add_from_library)

    def _show_undo_text(self, text: str) -> None:
        shown = undo_text_tr(text)
        self._set_undo_action(A.UNDO, self.tr("&Undo {edit}").format(edit=shown),
                              self.tr("&Undo"), self.tr("Undo {edit}").format(edit=shown),
                              self.tr("Nothing to undo"), bool(text))

    def _show_redo_text(self, text: str) -> None:
        shown = undo_text_tr(text)
        self._set_undo_action(A.REDO, self.tr("&Redo {edit}").format(edit=shown),
                              self.tr("&Redo"), self.tr("Redo {edit}").format(edit=shown),
                              self.tr("Nothing to redo"), bool(text))

    def _set_undo_action(self, action_id: ActionId, text: str, bare: str, tip: str,
                         nothing: str, possible: bool) -> None:
        action = self.actions[action_id]
        action.setText(text if possible else bare)
        action.setToolTip(tip if possible else nothing)
        action.setEnabled(possible and self.files.is_open)

    def _show_score_kind(self, kind: ScoreKind) -> None:
        for action_id, action_kind in SCORE_ACTIONS.items():
            self.actions[action_id].setChecked(action_kind is kind)

    def _update_title(self, *_args: object) -> None:
        if not self.files.is_open:
            self.setWindowTitle("riskmap[*]")  # the placeholder is always there
            return
        path = self.document.path
        where = path.name if path else self.tr("not saved yet")
        self.setWindowTitle(f"{self.document.title}[*] — {where} — riskmap")

    def _on_opened(self) -> None:
        if self._panels is not None:  # the panels come back as they were
            self.restoreState(self._panels)
            self._panels = None
            QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))
        self.stack.setCurrentWidget(self.tabs)
        self._set_project_actions(True)
        self._update_title()
        self.setWindowModified(self.document.is_modified)
        view = self.tabs.current_view()
        if view is not None:
            view.setFocus()

    def _on_closed(self) -> None:
        if self._panels is None:  # no project, nothing for the panels to show
            self._panels = self.saveState()
            for dock in self.docks.values():
                dock.hide()
        self.welcome.set_recent(self.files.recent_files())
        self.stack.setCurrentWidget(self.welcome_area)
        self._set_project_actions(False)
        self._update_title()
        self.setWindowModified(False)

    def _set_project_actions(self, enabled: bool) -> None:
        for action_id in PROJECT_ACTIONS:
            self.actions[action_id].setEnabled(enabled)
        self.find_box.setEnabled(enabled)
        stack = self.document.undo_stack
        self.actions[A.UNDO].setEnabled(enabled and stack.canUndo())
        self.actions[A.REDO].setEnabled(enabled and stack.canRedo())

    # --- commands --------------------------------------------------------------------------------
    def new_from_template(self) -> bool:
        from riskmap.library import project_from_template, template_keys

        keys = template_keys()
        key = keys[0] if len(keys) == 1 else ask_template(self, keys)
        return key is not None and self.files.new_project(
            project_from_template(key, current_language()))

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _find(self, text: str) -> None:
        view = self.tabs.current_view()
        if view is not None:
            found = view.find_stages(text)
            if text.strip():
                self.status.showMessage(self.tr("%n stage(s) match “{text}”", "", len(found))
                                        .format(text=text.strip()), 3000)

    def _add_from_library(self, template: dict[str, object]) -> None:
        view = self.tabs.current_view()
        if view is not None:
            view.add_stage(template)

    def show_entity(self, entity_id: uuid.UUID) -> None:
        """Show and select a stage, flow or risk on its process map."""
        index = self.document.project.index
        process = index.process_of.get(entity_id) or index.processes.get(entity_id)
        if process is None and entity_id in index.risks:
            process = index.process_of_risk(index.risks[entity_id])
        if process is None:
            return
        view = self.tabs.show_process(process.id)
        self.document.select([entity_id])
        item = None if view is None else view.map_scene.stage_items.get(entity_id)
        if view is not None and item is not None:
            view.centerOn(item)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About riskmap"),
                          f"<b>riskmap {__version__}</b><p>"
                          + self.tr("Corruption risk mapping for Customs administrations, "
                                    "following the WCO method and the Revised Arusha "
                                    "Declaration.") + "</p>")

    # --- start, drops and close ---------------------------------------------------------------
    def start(self, path: Path | None = None) -> None:
        """Open `path`; else offer crash recovery; else the last file; else welcome."""
        if path is not None:
            self.files.open_path(path)
            return
        if offer_recovery(self, self.recovery.folder, self.files):
            return
        last = self.files.last_file()
        if last is not None and last.is_file():
            self.files.open_path(last)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith(storage.SUFFIX) for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()
                 if u.toLocalFile().endswith(storage.SUFFIX)]
        if paths:
            event.acceptProposedAction()
            self.files.open_path(paths[0])

    def _restore_layout(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the minimum size of the panels as they are now, tabbed
        geometry = self.settings.value("window/geometry")
        self.first_start = not isinstance(geometry, QByteArray)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:  # most of the screen; a laptop screen is used whole (see ui.app.main)
            screen = QGuiApplication.primaryScreen()
            area = screen.availableGeometry().size() if screen else QSize(1366, 768)
            small = area.width() < COMPACT_WIDTH
            self.resize(area if small else area * 0.9)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:  # first start: fit the panels to the window
            arrange_for_size(self, self.docks, self.width(), self.height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: hide_stale_tab_bars(self))  # once laid out

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.actions[A.FULL_SCREEN].isChecked():
            self.actions[A.FULL_SCREEN].setChecked(False)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.panels_state())
        self.recovery.stop()
        event.accept()

    def panels_state(self) -> QByteArray:
        """The layout of the docks as the user arranged them (kept while no project shows)."""
        return self._panels or self.saveState()

    def set_panels_state(self, state: QByteArray) -> None:
        """Arrange the docks as `state` says (now, or when a project next shows)."""
        if self.files.is_open:
            self.restoreState(state)
        else:
            self._panels = state

    def switch_language(self, lang: str) -> MainWindow:
        """Speak `lang` from now on: see ui.language_switch."""
        from ui.language_switch import switch_language

        return switch_language(self, lang)
