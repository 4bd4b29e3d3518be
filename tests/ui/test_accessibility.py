"""Accessibility of the window: names for screen readers, Tab in reading order, and text
that reads at WCAG AA contrast on every colour the app paints it on.

Band colours against the exports' ink are covered by tests/core/test_contrast.py; here,
the colours only the app uses: its inks on the bands (both palettes), badges and code
chips laid over them, the selection, the palette of the style, and stylesheet colours."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QStyleFactory,
    QToolButton,
    QWidget,
)

from riskmap import palettes
from riskmap.export.colours import contrast
from riskmap.scales import BUILTIN_KEYS, builtin_profile
from tests.core.conftest import small_project
from tests.ui.window_helpers import current_view, make_window, no_dialogs  # noqa: F401
from ui import colours
from ui.dialogs.risk_editor import RiskEditor
from ui.map import style
from ui.menus import _TOOLBAR_STYLE

pytestmark = pytest.mark.usefixtures("no_dialogs")
ROOT = Path(__file__).resolve().parents[2]
AA_TEXT = 4.5  # WCAG 2 AA, normal text
AA_GRAPHICS = 3.0  # WCAG 2.1, outlines and other non-text marks


# --- names for screen readers -------------------------------------------------------------
def _name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else the label of its form
    row, else what Qt derives (a button's text)."""
    if widget.accessibleName():
        return widget.accessibleName()
    form = widget.parentWidget().layout() if widget.parentWidget() else None
    if isinstance(form, QFormLayout) and form.labelForField(widget) is not None:
        return form.labelForField(widget).text()  # a buddy label: read with the field
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def test_the_main_interactive_widgets_have_names(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    views = window.risk_views
    view = current_view(window)
    assert _name(view) == "Process map: Sea import"
    assert _name(views.heatmap.heatmap) == "Heat map"
    named = {
        "register": views.register.table, "register search": views.register.filters.search,
        "plan": views.plan.table, "plan search": views.plan.search,
        "new measure": views.plan.capture, "problems": window.docks["problems"].widget(),
        "find": window.find_box, "new risk": views.inspector.capture,
        "inspector risks": views.inspector.table,
        "library": window.docks["library"].widget().list,
        "library filter": window.docks["library"].widget().filter,
    }
    filters = views.register.filters
    named |= {f"filter {c.name}": c for c in (filters.process, filters.stage, filters.band,
                                               filters.type, filters.owner, filters.key_factor)}
    form = views.inspector.form
    named |= {"name": form.name, "description": form.description, "actors": form.actors,
              "office": form.office}
    missing = [key for key, widget in named.items() if not _name(widget).strip()]
    assert not missing
    # Toolbar buttons that show only an icon are named after their command.
    for button in window.toolbar.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not action.isSeparator():
            assert _name(button) == action.text().replace("&", "").rstrip("…"), action


def test_the_map_and_heat_map_describe_where_the_keyboard_is(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # S-02, one risk, High
    assert view.accessibleDescription() == "S-02 Declaration: 1 ▲ High; 1 flows in, 1 out"
    window.docks["heatmap"].raise_()
    heatmap = window.risk_views.heatmap.heatmap
    heatmap.setFocus()
    qtbot.waitUntil(heatmap.hasFocus)
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)  # from the top-left cell, one down
    heatmap.repaint()
    assert heatmap.focus_cell == (4, 1)
    assert heatmap.accessibleDescription().startswith("Likelihood Likely, impact ")
    assert "Low" in heatmap.accessibleDescription()
    for _ in range(4):
        qtbot.keyClick(heatmap, Qt.Key.Key_Right)  # to (4, 5): R-002, Critical
    qtbot.keyClick(heatmap, Qt.Key.Key_Return)  # the cell's risks in the register
    heatmap.repaint()
    assert "Critical" in heatmap.accessibleDescription()
    assert "R-002" in heatmap.accessibleDescription()
    assert window.risk_views.register.proxy.rowCount() == 1


# --- Tab in reading order ---------------------------------------------------------------------
def _tab_through(qtbot, start: QWidget, count: int) -> list[QWidget]:
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_goes_down_the_inspector_as_it_reads(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # a stage in the inspector
    inspector = window.risk_views.inspector
    form = inspector.form
    expected = [form.name, form.description, form.actors, form.office,
                *form.flags.boxes.values(), inspector.capture, inspector.table,
                inspector.describe_button, inspector.open_button, inspector.remove_button]
    assert _tab_through(qtbot, form.name, len(expected) - 1) == expected


def test_tab_goes_through_the_risk_editor_in_the_order_it_reads(qtbot, document):
    editor = RiskEditor(document, document.project.risks[0])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    page = editor.tabs.widget(0)
    boxes = list(page.findChildren(QCheckBox))
    enabling = [b for b in boxes if editor.enabling.isAncestorOf(b)]
    dimensions = [b for b in boxes if editor.dimensions.isAncestorOf(b)]
    expected = [editor.statement, editor.holder, editor.tabs.tabBar(),
                editor.corruption_type, editor.actors, *enabling, editor.consequences,
                *dimensions]
    seen = _tab_through(qtbot, editor.statement, len(expected) + 1)
    assert seen[:len(expected)] == expected
    # Then the dialog's buttons (OK first), never a frame or a scroll area.
    assert all(isinstance(w, (QWidget,)) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
               for w in seen)
    assert seen[len(expected)].text().replace("&", "") in ("OK", "Cancel")
    editor.close()


# --- contrast ---------------------------------------------------------------------------------
def _over(top: QColor, below: QColor) -> str:
    """The colour a translucent `top` shows over an opaque `below`."""
    a = top.alphaF()
    mixed = [round(t * a + b * (1 - a)) for t, b in zip(
        (top.red(), top.green(), top.blue()), (below.red(), below.green(), below.blue()),
        strict=True)]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def _every_band() -> list[tuple[str, str, int]]:
    """(profile, palette, band number) of each band of each built-in profile."""
    return [(key, name, number) for key in BUILTIN_KEYS for name in palettes.PALETTES
            for number in range(len(builtin_profile(key).bands))]


@pytest.fixture
def _palette_restored():
    yield
    colours.band_palette().set_name(palettes.DEFAULT)


@pytest.mark.usefixtures("_palette_restored")
@pytest.mark.parametrize(("key", "palette", "number"), _every_band())
def test_every_text_the_app_writes_on_a_band_reads_at_4_5_to_1(qapp, key, palette, number):
    profile = builtin_profile(key)
    colours.band_palette().set_name(palette)
    band = colours.band_colour(profile.bands[number], profile)
    fill = band.name()
    ink = style.text_colour(band)  # map stages, flow markers, heat-map cells, register
    assert ink == colours.text_on(band) == colours.band_text_colour(profile.bands[number],
                                                                    profile)
    assert contrast(fill, ink.name()) >= AA_TEXT
    # The count and band badge of a stage: a translucent pill over the fill.
    light = ink != style.TEXT_LIGHT
    pill = QColor(255, 255, 255, 150) if light else QColor(0, 0, 0, 60)
    assert contrast(_over(pill, band), ink.name()) >= AA_TEXT
    # A risk code chip on a heat-map cell: near-white with dark text.
    assert contrast(_over(QColor(255, 255, 255, 235), band), "#111111") >= AA_TEXT
    # A top risk on the dashboard: a pale tint of its band under the list's text.
    tint = colours.band_tint(profile.bands[number], profile).name()
    assert contrast(tint, qapp.palette().text().color().name()) >= AA_TEXT


@pytest.mark.parametrize("fill", [style.NEUTRAL_FILL, colours.UNSCORED, style.BACKGROUND,
                                  style.FLOW_LABEL_BG])
def test_text_on_the_greys_of_the_map_reads(fill):
    assert contrast(fill.name(), style.text_colour(fill).name()) >= AA_TEXT
    assert contrast(fill.name(), style.TEXT_DARK.name()) >= AA_TEXT


@pytest.mark.parametrize("paper", ["#FFFFFF", style.BACKGROUND.name(), "#F4F6F9"])
def test_muted_text_reads_on_the_pages_it_is_written_on(paper):
    assert contrast(paper, colours.MUTED_TEXT.name()) >= AA_TEXT


def test_selection_and_focus_marks_stand_out_from_the_map():
    for mark in (style.SELECTION, style.FOCUS_RING, style.CONNECT_LINE):
        assert contrast(mark.name(), style.BACKGROUND.name()) >= AA_GRAPHICS


def test_the_style_palette_reads_everywhere():
    palette = colours.readable_palette(QStyleFactory.create("Fusion").standardPalette())
    Role = QPalette.ColorRole
    pairs = [(Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
             (Role.WindowText, Role.Window), (Role.ButtonText, Role.Button),
             (Role.HighlightedText, Role.Highlight), (Role.PlaceholderText, Role.Base),
             (Role.ToolTipText, Role.ToolTipBase), (Role.BrightText, Role.Highlight)]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for ink, paper in pairs[:-1]:
            value = contrast(palette.color(group, ink).name(), palette.color(group, paper).name())
            assert value >= AA_TEXT, (group, ink, paper, round(value, 2))
    assert contrast(colours.MUTED_TEXT.name(), palette.color(Role.Window).name()) >= AA_TEXT
    for ink, paper in ((colours.OVERDUE_TEXT, colours.OVERDUE_BACKGROUND),
                       (colours.OVERDUE_TEXT, QColor("#FFFFFF"))):
        assert contrast(ink.name(), paper.name()) >= AA_TEXT


def _style_rules() -> list[tuple[str, str]]:
    """(where, rule) of each stylesheet rule written in the app's sources."""
    rules = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            elif isinstance(node, ast.JoinedStr):  # only what is fixed in an f-string
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            else:
                continue
            for rule in re.split(r"}", text):
                rules.append((f"{path.relative_to(ROOT)}:{node.lineno}", rule))
    return rules


_COLOUR = r"(#[0-9A-Fa-f]{6}|white|black)"


def _hex(value: str) -> str:
    return {"white": "#FFFFFF", "black": "#000000"}.get(value.lower(), value)


def test_stylesheet_text_on_its_background_reads():
    """Every rule that sets both a background and a text colour (disabled states aside:
    WCAG exempts inactive controls)."""
    checked, poor = 0, []
    for where, rule in [*_style_rules(), ("ui/menus.py", _TOOLBAR_STYLE)]:
        for part in rule.split("}"):
            background = re.search(r"background(?:-color)?:\s*" + _COLOUR, part)
            ink = re.search(r"(?<![-\w])color:\s*" + _COLOUR, part)
            if not background or not ink or ":disabled" in part:
                continue
            checked += 1
            value = contrast(_hex(background.group(1)), _hex(ink.group(1)))
            if value < AA_TEXT:
                poor.append(f"{where}: {ink.group(1)} on {background.group(1)} {value:.2f}")
    assert checked >= 5
    assert not poor, "\n".join(poor)


def test_inputs_write_dark_on_white_in_the_map_editor(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.editor
    assert isinstance(editor, QLineEdit)
    assert "background: white; color: #17202B" in editor.styleSheet()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
