"""The desktop app as a user meets it: start-up, opening the national map, one edit seen in
every view, scrolling the register, zooming the map, and everyday workshop gestures."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontDatabase, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QTableView,
    QWidget,
)

from riskmap import storage
from riskmap.edits import set_score
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH, positions
from riskmap.model import Project, Risk
from riskmap.resources import resource
from riskmap.testing import generate
from riskmap.vocabulary import ScoreKind
from tests.bench.conftest import Figure, record, timed
from ui.document import Document
from ui.main_window import MainWindow
from ui.map.view import ProcessMapView
from ui.models.register import COLUMN, COLUMNS
from ui.problems import ProblemsModel
from ui.views import RiskViews

SCRIPT = Path(__file__).with_name("startup_window.py")
TARGET_EDIT = {"workshop": 0.05, "national": 0.1}
INTERACTION = 0.05  # every workshop gesture: the window is busy less than this
Area = Qt.DockWidgetArea


@pytest.fixture(scope="module", autouse=True)
def _app(qapp):
    """The application as ui.app sets it up: Fusion style, the shipped fonts; settings of
    its own."""
    QStandardPaths.setTestModeEnabled(True)
    qapp.setStyle("Fusion")
    for font in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    yield


# --- helpers ---------------------------------------------------------------------------------
def settle(*widgets: QWidget, timeout: float = 10.0) -> None:
    """Handle every posted event (paints included); then, for each widget given, wait for
    its deferred refreshes (its pending single-shot timers) and handle their events too:
    what the user waits for before those widgets show the result."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.processEvents()
    timers = [t for w in widgets for t in w.findChildren(QTimer)
              if t.isSingleShot() and t.interval() <= 1000]  # not the autosave
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        waits = [t.remainingTime() for t in timers if t.isActive()]
        if not waits:
            break
        loop = QEventLoop()
        QTimer.singleShot(max(max(waits), 0) + 1, loop.quit)
        loop.exec()
        app.processEvents()


def open_window(tmp_path: Path, path: Path, size: tuple[int, int] = (1600, 1000)) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_folder=tmp_path / "recovery")
    window.resize(*size)
    window.show()
    window.start(path)
    settle(window)
    return window


def close_window(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    settle()


def risk_views(window: MainWindow) -> RiskViews:
    views = window.findChild(RiskViews)
    assert views is not None
    return views


def show_every_view(window: MainWindow) -> None:
    """Map, register, dashboard, heat map and inspector all on screen at once (no tabs)."""
    docks = window.docks
    for key in ("library", "plan", "problems"):
        docks[key].hide()
    window.addDockWidget(Area.BottomDockWidgetArea, docks["register"])
    window.splitDockWidget(docks["register"], docks["dashboard"], Qt.Orientation.Horizontal)
    window.addDockWidget(Area.RightDockWidgetArea, docks["inspector"])
    window.splitDockWidget(docks["inspector"], docks["heatmap"], Qt.Orientation.Vertical)
    for key in ("register", "dashboard", "inspector", "heatmap"):
        docks[key].show()
    window.resizeDocks([docks["register"]], [330], Qt.Orientation.Vertical)
    settle()
    for key in ("register", "dashboard", "inspector", "heatmap"):
        assert docks[key].widget().isVisible(), key


def current_map(window: MainWindow) -> ProcessMapView:
    view = window.tabs.current_view()
    assert view is not None
    return view


def per_step(steps: Iterator[Callable[[], None]]) -> float:
    """Median seconds of one step."""
    times = []
    for step in steps:
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.fixture(scope="module")
def files(projects, tmp_path_factory) -> dict[str, Path]:
    """The bench projects, and a workshop-size map of one 50-stage process."""
    folder = tmp_path_factory.mktemp("ui")
    result = {size: path for size, (_, path) in projects.items()}
    fifty = generate(stages=50, risks=150, measures=60, seed=1)
    assert len(fifty.processes) == 1
    result["fifty"] = folder / "fifty.riskmap"
    storage.save(fifty, result["fifty"])
    return result


# --- start-up and opening --------------------------------------------------------------------
def _started(args: list[str]) -> float:
    """Seconds from launching a fresh interpreter to its window being usable."""
    start = time.time()
    out = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, f"{args[0]} exited with {out.returncode}: {out.stderr[-2000:]}"
    return float(out.stdout.split()[-1]) - start


def test_start_up(files, tmp_path):
    app_args = ["app", str(files["workshop"]), str(tmp_path / "s.ini"), str(tmp_path / "rec")]
    floors, apps = [], []
    for _ in range(5):  # interleaved, so that a busy moment hits both alike
        floors.append(_started(["floor"]))
        apps.append(_started(app_args))
    seconds, floor = statistics.median(apps), statistics.median(floors)
    fig = record(Figure("app start-up, workshop file open", "workshop", seconds,
                        "empty QMainWindow", floor, 1.5 * floor, note="fresh interpreters"))
    if not fig.met:
        # Known miss (README, Benchmarks): pydantic and the window's own modules cost more
        # than half the empty window's time again; the table shows the figures.
        pytest.xfail(f"start-up {fig.ratio:.1f}x the empty window; target 1.5x")


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_open_project(files, tmp_path, size):
    path = files[size]
    rounds = 3 if size == "workshop" else 1
    times = []
    for number in range(rounds):
        settings = QSettings(str(tmp_path / f"{number}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, recovery_folder=tmp_path / "recovery")
        window.resize(1600, 1000)
        window.show()
        settle()
        start = time.perf_counter()
        window.files.open_path(path)
        settle(window)
        window.repaint()
        times.append(time.perf_counter() - start)
        assert risk_views(window).register.model.rowCount() > 0
        close_window(window)
    floor = timed(lambda: storage.load(path), rounds=rounds)
    record(Figure("open a project until the window is usable", size, statistics.median(times),
                  "storage.load", floor, note="no target; DESIGN: usable at national size"
                  if size == "national" else ""))


# --- one edit, every view ---------------------------------------------------------------------
def _visible_risk(window: MainWindow) -> Risk:
    """A risk on a stage of the process shown on the map."""
    process_id = window.tabs.current_process_id()
    assert process_id is not None
    return _risk_of(window.document.project, process_id)


def _risk_of(project: Project, process_id: uuid.UUID) -> Risk:
    """The first risk of a process's stages (a stage, not a flow: the map colours it)."""
    return next(risk for stage in project.process(process_id).stages
                for risk in project.index.risks_on(stage.id))


def _shown(window: MainWindow, risk: Risk) -> dict[str, object]:
    """What each view shows of one risk's residual score and its consequences."""
    views = risk_views(window)
    model = views.register.model
    row = model.row_of(risk.id)
    assert row is not None
    item = current_map(window).map_scene.stage_items[risk.stage_id]  # type: ignore[index]
    grid = views.heatmap.heatmap.grid
    return {
        "register": model.data(model.index(row, COLUMN["residual"])),
        "map": item.badge,
        "heatmap": next((key for key, cell in grid.cells.items() if risk.id in cell.risk_ids),
                        None),
        "dashboard": [(name, values) for name, _, values in views.dashboard.bands.rows],
    }


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_edit_seen_in_every_view(files, tmp_path, size):
    window = open_window(tmp_path, files[size])
    show_every_view(window)
    document = window.document
    risk = _visible_risk(window)
    document.select([risk.stage_id])  # the inspector lists the risk too
    settle(window)
    before = _shown(window, risk)
    scores = [(5, 5), (1, 1)]

    views = risk_views(window)
    showing = (current_map(window), views.register, views.heatmap, views.dashboard,
               views.inspector)

    def edit(n: int) -> None:
        document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, *scores[n % 2]))
        settle(*showing)

    edit(0)
    after = _shown(window, risk)
    assert all(after[key] != before[key] for key in before), (before, after)
    seconds = per_step(lambda n=n: edit(n) for n in range(1, 12))
    # The problems list needs no second look after a score edit; after an edit of the
    # structure (a stage, a flow) it checks the whole project again, 150 ms later.
    problems = window.findChild(ProblemsModel)
    assert problems is not None
    edit(0)
    assert not any(t.isActive() for t in problems.findChildren(QTimer))
    recheck = timed(problems.refresh)
    close_window(window)

    bare = Document(generate(seed=1, **_counts(size)))
    target = _visible_bare(bare.project)
    floor = per_step(lambda n=n: bare.apply(set_score(bare.project, target.id,
                                                        ScoreKind.RESIDUAL, *scores[n % 2]))
                     for n in range(11))
    bare.deleteLater()
    fig = record(Figure("edit a score, seen in every view", size, seconds,
                        "Document.apply, no views", floor, TARGET_EDIT[size]))
    record(Figure("problems re-check after a structural edit", size, recheck,
                  target=INTERACTION if size == "workshop" else None,
                  note="150 ms after; none after a score or text edit"))
    assert fig.met


def _counts(size: str) -> dict[str, int]:
    from tests.bench.conftest import SIZES

    return SIZES[size]


def _visible_bare(project: Project) -> Risk:
    return _risk_of(project, project.processes[0].id)


# --- scrolling and zooming ----------------------------------------------------------------------
class PlainModel(QAbstractTableModel):
    """The floor of scrolling: same rows and columns, a short constant text a cell."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "R-00001 text" if role == Qt.ItemDataRole.DisplayRole else None


def _scroll_pages(table: QTableView) -> float:
    bar = table.verticalScrollBar()
    step = max(bar.pageStep(), 1)

    def page(value: int) -> Callable[[], None]:
        def go() -> None:
            bar.setValue(value)
            table.viewport().repaint()
        return go

    seconds = per_step(page(v) for v in range(0, bar.maximum() + step, step))
    bar.setValue(0)
    return seconds


def test_scroll_the_register(files, tmp_path):
    window = open_window(tmp_path, files["national"])
    table = risk_views(window).register.table
    window.docks["register"].raise_()
    window.resizeDocks([window.docks["register"]], [400], Qt.Orientation.Vertical)
    settle()
    assert table.isVisible() and table.model().rowCount() == 10_000
    rows_per_page = table.verticalScrollBar().pageStep()
    seconds = _scroll_pages(table)

    plain = QTableView()
    plain.setModel(PlainModel(10_000))
    for number in range(len(COLUMNS)):
        plain.setColumnHidden(number, table.isColumnHidden(number))
        plain.setColumnWidth(number, table.columnWidth(number))
    plain.verticalHeader().hide()
    plain.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    plain.resize(table.size())
    plain.show()
    settle()
    floor = _scroll_pages(plain)
    plain.deleteLater()
    close_window(window)
    fig = record(Figure("scroll the register, a page", "national", seconds,
                        "plain table model", floor, INTERACTION,
                        note=f"{rows_per_page} rows a page, 10,000 rows"))
    assert fig.met


def _zoom_steps(view: QGraphicsView, zoom_in: Callable[[], None],
                zoom_out: Callable[[], None]) -> float:
    def step(action: Callable[[], None]) -> Callable[[], None]:
        def go() -> None:
            action()
            view.viewport().repaint()
        return go

    steps = [step(zoom_in)] * 6 + [step(zoom_out)] * 12 + [step(zoom_in)] * 6
    return per_step(iter(steps))


def _plain_map(project: Project) -> QGraphicsView:
    """The floor of zooming: a rectangle and a line of text for each stage."""
    scene = QGraphicsScene()
    scene.setParent(QApplication.instance())  # kept alive while the view shows it
    process = project.processes[0]
    placed = positions(process)
    for stage in process.stages:
        box = QGraphicsRectItem(0, 0, STAGE_WIDTH, STAGE_HEIGHT)
        box.setPos(placed[stage.id].x, placed[stage.id].y)
        scene.addItem(box)
        QGraphicsSimpleTextItem(f"{stage.code} {stage.name}", box)
    view = QGraphicsView(scene)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
    view.setRenderHints(QPainter.RenderHint.Antialiasing  # as the map view
                        | QPainter.RenderHint.TextAntialiasing)
    return view


def test_zoom_the_map(files, tmp_path):
    window = open_window(tmp_path, files["fifty"])
    view = current_map(window)
    assert len(view.map_scene.stage_items) == 50
    seconds = _zoom_steps(view, view.zoom_in, view.zoom_out)

    plain = _plain_map(window.document.project)
    plain.resize(view.size())
    plain.show()
    settle()
    plain.fitInView(plain.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    floor = _zoom_steps(plain, lambda: plain.scale(1.2, 1.2), lambda: plain.scale(1 / 1.2,
                                                                               1 / 1.2))
    plain.scene().setParent(plain)  # goes with the view
    plain.deleteLater()
    close_window(window)
    fig = record(Figure("zoom the map (50 stages), a step", "workshop", seconds,
                        "plain boxes and text", floor, INTERACTION))
    assert fig.met


# --- everyday gestures ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def windows(files, tmp_path_factory) -> Iterator[dict[str, MainWindow]]:
    """One window a size, opened when first asked for."""
    opened: dict[str, MainWindow] = {}

    class Windows(dict):
        def __missing__(self, size: str) -> MainWindow:
            opened[size] = open_window(tmp_path_factory.mktemp(size), files[size])
            return opened[size]

    yield Windows()
    for window in opened.values():
        close_window(window)


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_select_a_stage(windows, size):
    window = windows[size]
    stages = window.document.project.processes[0].stages
    inspector = risk_views(window).inspector

    def select(n: int) -> None:
        window.document.select([stages[n % len(stages)].id])
        settle(window)

    seconds = per_step(lambda n=n: select(n) for n in range(12))
    assert inspector.holder_id == stages[11].id
    fig = record(Figure("select a stage (inspector fills)", size, seconds,
                        target=INTERACTION if size == "workshop" else None))
    assert fig.met


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_filter_the_register(windows, size):
    window = windows[size]
    register = risk_views(window).register
    window.docks["register"].raise_()
    settle()
    search = register.filters.search
    typing = register.filters.findChild(QTimer)
    pause = typing.interval() if typing is not None else 0
    if typing is not None:
        typing.setInterval(0)  # the pause after typing is by design; measure the rest
    words = ["bribe", "", "supervisor", "", "R-01", ""]

    def type_(n: int) -> None:
        search.setText(words[n % len(words)])
        settle(register)  # the filter applied, the table painted

    seconds = per_step(lambda n=n: type_(n) for n in range(12))
    if typing is not None:
        typing.setInterval(pause)
    assert register.proxy.rowCount() == register.model.rowCount()
    fig = record(Figure("filter the register by text", size, seconds,
                        target=INTERACTION if size == "workshop" else None,
                        note=f"after the {pause} ms typing pause"))
    assert fig.met


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_switch_score_kind(files, tmp_path, size):
    window = open_window(tmp_path, files[size])
    show_every_view(window)
    kinds = [ScoreKind.INHERENT, ScoreKind.TARGET, ScoreKind.RESIDUAL]

    def switch(n: int) -> None:
        window.document.set_score_kind(kinds[n % 3])
        settle(window)

    seconds = per_step(lambda n=n: switch(n) for n in range(9))
    close_window(window)
    fig = record(Figure("switch inherent / residual / target", size, seconds,
                        target=INTERACTION if size == "workshop" else None))
    assert fig.met
