"""The risk views of the main window as docks (inspector, register, action plan, heat map,
dashboard), wired to each other and to the window's export and copy-image actions. The
exports and the risk editor are imported when first used."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from riskmap.vocabulary import SCORE_KIND_LABELS
from ui.actions import ActionId, ActionRegistry
from ui.document import Document
from ui.heatmap_panel import HeatmapPanel
from ui.images import copy_image, copy_scene_image
from ui.language import domain_tr, impact_label, likelihood_label
from ui.on_screen import catch_up_when_shown
from ui.panels.dashboard import DashboardPanel
from ui.panels.inspector import InspectorPanel
from ui.plan_view import PlanView
from ui.register_view import RegisterView

if TYPE_CHECKING:
    from ui.exporting import Exporter

Area = Qt.DockWidgetArea
MakeDock = Callable[[QMainWindow, str, str, QWidget, Area], QDockWidget]
# Each export action and the name of its ui.dialogs.export_dialog.ExportFormat.
EXPORT_ACTIONS = {ActionId.EXPORT_XLSX: "XLSX", ActionId.EXPORT_PDF: "PDF",
                  ActionId.EXPORT_SVG: "SVG"}


class RiskViews(QObject):
    """The views of one window, and the connections between them (a child of the window:
    find it with window.findChild(RiskViews))."""

    def __init__(self, window: QMainWindow, document: Document) -> None:
        super().__init__(window)
        self.setObjectName("risk_views")
        self.window = window
        self.document = document
        self.register = RegisterView(document)
        self.inspector = InspectorPanel(document, model=self.register.model)
        self.plan = PlanView(document)
        self.heatmap = HeatmapPanel(document)
        self.dashboard = DashboardPanel(document)
        self._exporter: Exporter | None = None
        self.docks: dict[str, QDockWidget] = {}
        self.heatmap.heatmap.cell_clicked.connect(self._filter_register)
        self.heatmap.heatmap.risk_activated.connect(self.open_risk)

    def install(self, make_dock: MakeDock) -> dict[str, QDockWidget]:
        window = self.window
        self.docks = {
            "inspector": make_dock(window, "inspector", self.tr("Inspector"), self.inspector,
                                   Area.RightDockWidgetArea),
            "register": make_dock(window, "register", self.tr("Risk register"), self.register,
                                  Area.BottomDockWidgetArea),
            "plan": make_dock(window, "plan", self.tr("Action plan"), self.plan,
                              Area.BottomDockWidgetArea),
            "heatmap": make_dock(window, "heatmap", self.tr("Heat map"), self.heatmap,
                                 Area.RightDockWidgetArea),
            "dashboard": make_dock(window, "dashboard", self.tr("Dashboard"), self.dashboard,
                                   Area.BottomDockWidgetArea),
        }
        # Beside the map, as the projector shows them; the inspector comes first.
        window.tabifyDockWidget(self.docks["inspector"], self.docks["heatmap"])
        self.docks["inspector"].raise_()
        window.resizeDocks([self.docks["inspector"]], [380], Qt.Orientation.Horizontal)
        # Behind another dock's tab they follow no edit: they catch up when their tab shows.
        catch_up_when_shown(self.docks["heatmap"], self.heatmap.catch_up)
        catch_up_when_shown(self.docks["dashboard"], self.dashboard.catch_up)
        self._connect_actions()
        return self.docks

    # --- between views -------------------------------------------------------------------
    def _filter_register(self, likelihood: int, impact: int,
                         risk_ids: list[uuid.UUID] | None) -> None:
        """A heat-map cell shows its risks in the register (a second click shows all)."""
        if risk_ids is None:
            self.register.proxy.update_filter(risk_ids=None, risk_ids_label="")
            return
        profile = self.document.project.profile
        label = (f"{domain_tr(SCORE_KIND_LABELS[self.document.score_kind])}: "
                 f"{likelihood_label(profile, likelihood)} × {impact_label(profile, impact)}")
        self.register.filter_by_risks(risk_ids, label)
        if "register" in self.docks:
            self.docks["register"].show()
            self.docks["register"].raise_()

    def open_risk(self, risk_id: uuid.UUID) -> None:
        from ui.dialogs.risk_editor import edit_risk

        edit_risk(self.document, risk_id, self.window)

    @property
    def exporter(self) -> Exporter:
        """The window's export commands, made on first use."""
        if self._exporter is None:
            from ui.exporting import Exporter

            self._exporter = Exporter(self.window, self.document)
        return self._exporter

    def export(self, name: str) -> bool:
        """File > Export in the format named (see EXPORT_ACTIONS)."""
        from ui.dialogs.export_dialog import ExportFormat

        return self.exporter.export(ExportFormat[name])

    # --- window actions ------------------------------------------------------------------
    def _connect_actions(self) -> None:
        """Serve the window's export and copy-image actions (a main window's registry)."""
        registry = getattr(self.window, "actions", None)
        if not isinstance(registry, ActionRegistry):
            return
        for action_id, name in EXPORT_ACTIONS.items():
            registry[action_id].triggered.connect(lambda _c=False, n=name: self.export(n))
        registry[ActionId.COPY_HEATMAP_IMAGE].triggered.connect(self.copy_heatmap)
        registry[ActionId.COPY_MAP_IMAGE].triggered.connect(self.copy_map)
        files = getattr(self.window, "files", None)
        if files is None:
            return
        for action_id in (*EXPORT_ACTIONS, ActionId.COPY_HEATMAP_IMAGE, ActionId.COPY_MAP_IMAGE):
            action = registry[action_id]
            action.setEnabled(bool(files.is_open))
            files.opened.connect(lambda a=action: a.setEnabled(True))
            files.closed.connect(lambda a=action: a.setEnabled(False))

    def copy_heatmap(self) -> None:
        copy_image(self.heatmap.heatmap)
        self._tell(self.tr("Heat map copied as an image"))

    def copy_map(self) -> bool:
        """Copy the whole current process map (not only what is in view) as an image."""
        tabs = getattr(self.window, "tabs", None)
        view = tabs.current_view() if tabs is not None else None
        if view is None:
            return False
        copy_scene_image(view.map_scene, view.content_rect())
        self._tell(self.tr("Process map copied as an image"))
        return True

    def _tell(self, message: str) -> None:
        bar = self.window.statusBar()
        if bar is not None:
            bar.showMessage(message, 3000)


def install_risk_docks(window: QMainWindow, document: Document,
                       make_dock: MakeDock) -> dict[str, QDockWidget]:
    """Create the risk views' docks; the views stay reachable as `window.risk_views`."""
    views = RiskViews(window, document)
    setattr(window, "risk_views", views)  # noqa: B010 (an attribute the window lacks)
    return views.install(make_dock)
