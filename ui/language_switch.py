"""Switch the interface language without losing work: a new main window is built in the new
language around the same Document (project, file, password, undo history, selection,
unsaved changes) and takes the old window's place, which goes without a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.actions import ActionId
from ui.language import current_language, install_language

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The windows made here: Python owns a window without a parent, so something must hold it.
WINDOWS: list[MainWindow] = []


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    """The window that now shows the project in `lang` (`window` itself when it already
    speaks it). `window` is hidden at once and deleted when control returns to the event
    loop; its place, size and panels carry over."""
    from ui.main_window import MainWindow

    if lang == current_language():
        return window
    if window.actions[ActionId.FULL_SCREEN].isChecked():
        window.actions[ActionId.FULL_SCREEN].setChecked(False)
    geometry, panels = window.saveGeometry(), window.panels_state()
    maximized = window.isMaximized()
    process_id = window.tabs.current_process_id()
    document = window.document if window.files.is_open else None
    if document is not None:
        document.disconnect_views()  # the old views go with their window
    install_language(lang)
    new = MainWindow(window.settings, window.recovery.folder, window.autosave_ms, document)
    new.restoreGeometry(geometry)
    new.set_panels_state(panels)
    if document is not None:
        if process_id is not None:
            new.tabs.show_process(process_id)
        document.selection_changed.emit(document.selection)
    new.showMaximized() if maximized else new.show()
    # Unsaved work has a recovery file again at once: written (a moment's wait for an
    # encrypted project) before the old window's goes.
    new.recovery.autosave()
    new.recovery.wait()
    window.hide()
    window.recovery.stop()
    window.deleteLater()
    if window in WINDOWS:
        WINDOWS.remove(window)
    WINDOWS.append(new)
    return new
