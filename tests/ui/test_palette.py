"""View > Colours: the colour-blind-safe palette and band patterns, live in every view and
remembered; text on each band in the colour that reads best."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from riskmap import palettes
from riskmap.export.colours import text_colour
from tests.core.conftest import small_project
from tests.ui.window_helpers import current_view, make_window, no_dialogs  # noqa: F401
from ui.actions import ActionId
from ui.colours import band_colour, band_palette, band_text_colour
from ui.models.register import COLUMN

pytestmark = pytest.mark.usefixtures("no_dialogs")
A = ActionId


@pytest.fixture(autouse=True)
def _standard_colours_after():
    yield
    band_palette().set_name(palettes.DEFAULT)
    band_palette().set_patterns(False)


def _critical_views(window):
    """What shows R-002 (residual 4 x 5, Critical, on S-03) in each view."""
    view = current_view(window)
    stage = next(i for i in view.map_scene.stage_items.values() if i.code == "S-03")
    model = window.risk_views.register.model
    row = next(r for r in range(model.rowCount()) if model.risk_at(r).code == "R-002")
    cell = model.index(row, COLUMN["residual"])
    return stage, model, cell


def _heat_pixel(window, likelihood: int, impact: int) -> QColor:
    """The colour of a heat-map cell near its bottom-left corner (clear of its text)."""
    heatmap = window.risk_views.heatmap.heatmap
    rect = heatmap.cell_rect(likelihood, impact)
    image = heatmap.grab().toImage()
    return QColor(image.pixel(QPoint(int(rect.left()) + 6, int(rect.bottom()) - 6)))


def test_colour_blind_palette_applies_live_to_every_view_and_is_remembered(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    window.docks["heatmap"].raise_()
    profile = window.document.project.profile
    critical, low = profile.bands[-1], profile.bands[0]
    stage, model, cell = _critical_views(window)
    assert window.actions[A.PALETTE_STANDARD].isChecked()
    assert stage.fill.name().upper() == critical.colour.upper()
    assert _heat_pixel(window, 4, 5).name().upper() == critical.colour.upper()

    window.actions[A.PALETTE_COLOURBLIND].trigger()
    ramp = palettes.palette_colours(len(profile.bands), palettes.COLOURBLIND)
    assert ramp is not None
    assert window.actions[A.PALETTE_COLOURBLIND].isChecked()
    assert not window.actions[A.PALETTE_STANDARD].isChecked()
    # Map, heat map, register, dashboard and the heat map's legend, without a reload.
    assert stage.fill.name().upper() == ramp[-1]
    assert _heat_pixel(window, 4, 5).name().upper() == ramp[-1]
    assert _heat_pixel(window, 1, 1).name().upper() == ramp[0]
    background = model.data(cell, Qt.ItemDataRole.BackgroundRole)
    assert background.name().upper() == ramp[-1]
    # Text on the band in black or white, whichever reads better (as in the exports).
    ink = model.data(cell, Qt.ItemDataRole.ForegroundRole)
    assert ink.name().upper() == text_colour(ramp[-1]).upper()
    dashboard = window.risk_views.dashboard
    window.docks["dashboard"].raise_()
    qtbot.waitUntil(lambda: {n: c.name().upper() for n, c, _ in dashboard.bands.rows}
                    .get(critical.name) == ramp[-1])
    legend = window.risk_views.heatmap.legend
    chips = [legend.itemAt(i).widget() for i in range(legend.count())]
    assert [c.fill.name().upper() for c in chips] == ramp
    assert chips[0].text.startswith(low.name)  # the band's name, not only its colour

    # Remembered: the next window starts in the colour-blind palette.
    window.settings.sync()
    band_palette().set_name(palettes.DEFAULT)
    again = make_window(qtbot, tmp_path, small_project())
    assert again.actions[A.PALETTE_COLOURBLIND].isChecked()
    assert band_palette().name == palettes.COLOURBLIND

    window.actions[A.PALETTE_STANDARD].trigger()
    assert stage.fill.name().upper() == critical.colour.upper()
    assert window.settings.value("view/band_palette") == palettes.DEFAULT


def test_colours_menu_offers_both_palettes_and_the_patterns(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    colours = window.menus["Colours"]
    assert [a.objectName() for a in colours.actions() if not a.isSeparator()] == [
        A.PALETTE_STANDARD.value, A.PALETTE_COLOURBLIND.value, A.BAND_PATTERNS.value]
    assert colours.menuAction() in window.menus["View"].actions()


def test_patterns_hatch_the_higher_bands_and_leave_the_lowest_plain(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    window.docks["heatmap"].raise_()
    heatmap = window.risk_views.heatmap.heatmap

    def colours_in(likelihood: int, impact: int) -> int:
        rect = heatmap.cell_rect(likelihood, impact).adjusted(8, 8, -8, -8).toRect()
        image = heatmap.grab().toImage().copy(rect)
        # The empty lower half of the cell: fill (and hatching), no text.
        return len({image.pixel(x, y) for x in range(image.width())
                    for y in range(image.height() // 2, image.height())})

    view = current_view(window)

    def stage_colours(code: str) -> int:
        stage = next(i for i in view.map_scene.stage_items.values() if i.code == code)
        box = view.mapFromScene(stage.scene_box()).boundingRect()
        # The right half of the box, under the code line: no text there.
        corner = box.adjusted(box.width() // 2, box.height() // 4, -6, -box.height() // 3)
        image = view.viewport().grab().toImage().copy(corner)
        return len({image.pixel(x, y) for x in range(image.width())
                    for y in range(image.height())})

    plain = {cell: colours_in(*cell) for cell in ((1, 1), (5, 5))}
    plain_stage = stage_colours("S-03")
    window.actions[A.BAND_PATTERNS].trigger()
    assert window.settings.value("view/band_patterns") in (True, "true")
    assert colours_in(1, 1) == plain[(1, 1)]  # the lowest band stays plain
    assert colours_in(5, 5) > plain[(5, 5)] + 1  # the highest is hatched
    assert stage_colours("S-03") > plain_stage + 1  # and so is a Critical stage
    window.actions[A.BAND_PATTERNS].trigger()
    assert colours_in(5, 5) == plain[(5, 5)]
    assert stage_colours("S-03") == plain_stage


def test_band_colours_follow_the_palette_for_any_profile(document):
    profile = document.project.profile
    for name in palettes.PALETTES:
        band_palette().set_name(name)
        expected = palettes.palette_colours(len(profile.bands), name) or [
            b.colour for b in profile.bands]
        for band, colour in zip(profile.bands, expected, strict=True):
            assert band_colour(band, profile).name().upper() == colour.upper()
            ink = band_text_colour(band, profile).name().upper()
            assert ink == text_colour(colour)  # the exports' ink
    # Without its profile, a band keeps its own colour (a profile being edited).
    assert band_colour(profile.bands[0]).name().upper() == profile.bands[0].colour.upper()
