"""A French or Spanish facilitator hands over a workbook and report wholly in their language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from riskmap import storage
from riskmap.cli import main as cli_main
from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.export.svg import export_svg
from riskmap.export.xlsx import export_xlsx
from riskmap.importers import read_workbook_changes
from riskmap.model import Participant, Project
from riskmap.palettes import COLOURBLIND, palette_colours
from riskmap.resources import examples_dir
from riskmap.scales import Band
from tests.core.test_pdf import needs_poppler, text_of

TODAY = dt.date(2026, 11, 23)
SEAPORT = examples_dir() / "seaport-import.riskmap"


def seaport() -> Project:
    return storage.load(SEAPORT)


# What a reader of each language must find, and the English it replaces.
WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "sheets": ["Synthèse", "Matrice des risques", "Registre des risques", "Plan d'action",
                   "Étapes"],
        "register": ["ID", "Processus", "Étape", "Énoncé du risque", "Type de corruption",
                     "Niveau résiduel", "Facteurs clés"],
        "plan": ["Mesure", "Facteur(s) clé(s)", "Échéance", "Statut", "Avancement %"],
        "bands": {"Faible", "Moyen", "Élevé", "Critique"},
        "statuses": {"Réalisée", "En cours", "En retard", "Prévue"},
        "factors": ["4. Automatisation", "6. Audit et enquêtes", "8. Gestion des ressources "
                    "humaines"],
        "levels": ["5  Quasi certain", "1  Rare"],
        "date": "23/11/2026",
        "report": ["Cartographie des risques de corruption", "Synthèse", "Registre des risques",
                   "Plan d'action par facteur clé", "Annexe méthodologique",
                   "Matrices des risques", "Risque résiduel", "Cartes des processus",
                   "Leadership et engagement", "Relations avec le secteur privé", "Critique",
                   "Quasi certain", "OMD par défaut (5 x 5)", "Page 1 sur", "Réalisée",
                   "Avancement"],  # a long header word in a narrow column, whole
    },
    "es": {
        "sheets": ["Resumen", "Mapa de calor", "Registro de riesgos", "Plan de acción",
                   "Etapas"],
        "register": ["ID", "Proceso", "Etapa", "Descripción del riesgo", "Tipo de corrupción",
                     "Nivel residual", "Factores clave"],
        "plan": ["Medida", "Factor(es) clave", "Plazo", "Estado", "Avance %"],
        "bands": {"Bajo", "Medio", "Alto", "Crítico"},
        "statuses": {"Realizada", "En curso", "Retrasada", "Prevista"},
        "factors": ["4. Automatización", "6. Auditoría e investigación",
                    "8. Gestión de recursos humanos"],
        "levels": ["5  Casi seguro", "1  Raro"],
        "date": "23/11/2026",
        "report": ["Mapa de riesgos de corrupción", "Resumen ejecutivo", "Registro de riesgos",
                   "Plan de acción por factor clave", "Anexo metodológico", "Mapas de calor",
                   "Riesgo residual", "Mapas de procesos", "Liderazgo y compromiso",
                   "Relación con el sector privado", "Crítico", "Casi seguro",
                   "OMA por defecto (5 x 5)", "Página 1 de", "Realizada"],
    },
}
ENGLISH = ["Risk register", "Action plan by key factor", "Critical", "In progress",
           "Almost certain", "Leadership and Commitment", "Executive summary", "Page 1 of"]


def workbook(project: Project, tmp_path: Path, **options: Any) -> openpyxl.Workbook:
    path = tmp_path / "book.xlsx"
    export_xlsx(project, path, ExportOptions(today=TODAY, **options))
    return openpyxl.load_workbook(path)


def column(ws: Any, header: str) -> list[Any]:
    headers = [c.value for c in ws[1]]
    return [row[headers.index(header)].value for row in ws.iter_rows(min_row=2)]


def svg_fill(colour: str) -> str:
    """A colour as reportlab writes it in SVG: "fill: rgb(100%,94%,63%)"."""
    parts = (int(int(colour[i:i + 2], 16) * 100 / 255) for i in (1, 3, 5))
    return "fill: rgb({}%,{}%,{}%)".format(*parts)


def texts(ws: Any) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_seaport_workbook_speaks_the_language(tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    project = seaport()
    book = workbook(project, tmp_path, lang=lang)
    assert book.sheetnames == words["sheets"]
    summary, heat, register, plan, _ = book.worksheets
    assert [h for h in words["register"] if h not in [c.value for c in register[1]]] == []
    assert [h for h in words["plan"] if h not in [c.value for c in plan[1]]] == []
    residual_header = words["register"][5]
    assert set(column(register, residual_header)) - {None} == words["bands"]
    status_header, deadline_header = words["plan"][3], words["plan"][2]
    assert words["statuses"] <= set(column(plan, status_header))
    factors = "\n".join(column(plan, words["plan"][1]))
    assert all(f in factors for f in words["factors"])
    # User text is never translated.
    statements = column(register, words["register"][3])
    assert project.risks[0].statement in statements
    # Dates: real dates, shown day first.
    deadline = plan.cell(row=2, column=[c.value for c in plan[1]].index(deadline_header) + 1)
    assert isinstance(deadline.value, dt.datetime)
    assert deadline.number_format == "dd/mm/yyyy"
    assert words["date"] in texts(summary)
    # Heat map: level labels, and the band named in every cell so it reads without colour.
    heat_texts = texts(heat)
    assert all(level in heat_texts for level in words["levels"])
    cells = [c for row in heat.iter_rows(min_row=4, max_row=8, min_col=3, max_col=7)
             for c in row]
    assert len(cells) == 25
    assert all(str(c.value).split("\n")[0] in words["bands"] for c in cells)
    english = [w for w in ENGLISH if any(w in t for ws in book.worksheets for t in texts(ws))]
    assert english == []
    # Translated headers are longer than English ones: no word is cut across two lines.
    for ws in (register, plan, book.worksheets[4]):
        for cell in ws[1]:
            longest = max(len(word) for word in str(cell.value).split())
            assert ws.column_dimensions[cell.column_letter].width >= 0.9 * longest, cell.value


@needs_poppler
@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_seaport_report_speaks_the_language(tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    project = seaport()
    path = tmp_path / "report.pdf"
    export_pdf(project, path, ExportOptions(lang=lang, today=TODAY))
    text = text_of(path)
    assert [w for w in words["report"] if w not in text] == []
    assert [w for w in ENGLISH if w in text] == []
    assert project.risks[0].statement in text  # user text as written
    assert words["date"] in text and "2026-11-23" not in text
    deadline = project.measures[2].deadline
    assert deadline is not None and deadline.strftime("%d/%m/%Y") in text


@needs_poppler
@pytest.mark.parametrize(("first", "second", "heading"), [
    ("en", "fr", "Risk register / Registre des risques"),
    ("fr", "es", "Registre des risques / Registro de riesgos"),
    ("es", "en", "Plan de acción por factor clave / Action plan by key factor"),
])
def test_bilingual_report_heads_sections_in_both_languages(
        tmp_path: Path, project: Project, first: str, second: str, heading: str) -> None:
    path = tmp_path / "report.pdf"
    export_pdf(project, path, ExportOptions(lang=first, second_lang=second, today=TODAY))
    text = text_of(path)
    assert heading in text
    assert "Page 1 " in text or "Página 1 " in text


@needs_poppler
def test_french_and_spanish_user_text_prints_every_character(
        tmp_path: Path, project: Project) -> None:
    french = "« Contrôle a posteriori » : l’œuvre du déclarant, ça où Noël — 12 000 €"
    spanish = "¿Quién autorizó el levante? ¡Año fiscal! Ñandú, pingüino, acción"
    project.metadata.title = french
    project.risks[0].statement = french
    project.measures[0].title = spanish
    project.metadata.participants.append(Participant(code="P01", name="José Muñoz Çelik"))
    for lang in ("fr", "es"):
        path = tmp_path / f"{lang}.pdf"
        export_pdf(project, path, ExportOptions(lang=lang, today=TODAY))
        text = text_of(path)
        assert french in text and spanish in text and "José Muñoz Çelik" in text


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_status_edited_in_a_translated_workbook_comes_back(tmp_path: Path, lang: str) -> None:
    project = seaport()
    path = tmp_path / "book.xlsx"
    export_xlsx(project, path, ExportOptions(lang=lang, today=TODAY))
    book = openpyxl.load_workbook(path)
    plan = book.worksheets[3]
    headers = [c.value for c in plan[1]]
    row = next(r for r in plan.iter_rows(min_row=2) if r[0].value == "M-002")
    done = "Réalisée" if lang == "fr" else "Realizada"
    row[headers.index(WORDS[lang]["plan"][3])].value = done
    row[headers.index(WORDS[lang]["plan"][4])].value = 100
    book.save(path)
    report = read_workbook_changes(path, project)
    assert sorted(str(c) for c in report.changes) == [
        "M-002 progress: 60 -> 100", "M-002 status: in_progress -> done"]
    assert report.problems == []


def test_user_words_in_a_profile_stay_as_written(tmp_path: Path, project: Project) -> None:
    """A band the user named "High" is their word, not riskmap's: it is not translated."""
    project.profile = project.profile.model_copy(update={"key": "our-own", "bands": [
        Band(name="Low", min_score=1, colour="#DDDDDD"),
        Band(name="High", min_score=10, colour="#444444")]})
    book = workbook(project, tmp_path, lang="fr")
    bands = set(column(book["Registre des risques"], "Niveau résiduel")) - {None}
    assert bands == {"Low", "High"}


def test_colourblind_palette_colours_every_export(tmp_path: Path, project: Project) -> None:
    low, medium, high, critical = palette_colours(4, COLOURBLIND) or []
    book = workbook(project, tmp_path, palette="colourblind")
    register = book["Risk register"]
    band_col = [c.value for c in register[1]].index("Residual band") + 1
    fills = {register.cell(row=r, column=band_col).value:
             register.cell(row=r, column=band_col).fill.fgColor.rgb[-6:]
             for r in range(2, register.max_row + 1)
             if register.cell(row=r, column=band_col).value}
    assert fills == {"Critical": critical[1:], "High": high[1:], "Low": low[1:]}
    svgs = export_svg(project, tmp_path / "svg", ExportOptions(palette="colourblind"))
    heat = next(p for p in svgs if p.name == "heatmap-residual.svg").read_text("utf-8")
    assert all(svg_fill(c) in heat for c in (low, medium, high, critical))
    assert svg_fill("#C62828") not in heat  # the default red is gone


def test_cli_exports_in_french_with_the_colourblind_palette(tmp_path: Path) -> None:
    out = tmp_path / "carte.xlsx"
    assert cli_main(["export", str(SEAPORT), "--xlsx", str(out), "--lang", "fr",
                     "--palette", "colourblind"]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[2] == "Registre des risques"
    top = palette_colours(4, COLOURBLIND)
    assert top is not None
    register = book.worksheets[2]
    fills = {c.fill.fgColor.rgb[-6:] for row in register.iter_rows(min_row=2) for c in row
             if c.fill.fill_type == "solid"}
    assert top[-1][1:] in fills


def test_maps_and_heat_maps_name_the_band_in_every_coloured_shape(
        tmp_path: Path) -> None:
    """Read in grey, a coloured shape still says which band it is in."""
    project = seaport()
    svgs = export_svg(project, tmp_path, ExportOptions(lang="fr"))
    bands = ["Faible", "Moyen", "Élevé", "Critique"]
    heat = next(p for p in svgs if p.name == "heatmap-residual.svg").read_text("utf-8")
    names = re.findall(r"<text[^>]*>([^<]*)</text>", heat)
    assert sum(names.count(b) for b in bands) >= 25  # one in each cell, and the legend
    process = next(p for p in svgs if p.name.endswith("process-map.svg")).read_text("utf-8")
    stages = process.count('class="stage"')
    labelled = len(re.findall(r">(?:Faible|Moyen|Élevé|Critique) · \d+<", process))
    scored = sum(1 for s in project.all_stages()
                 if any(r.residual.is_scored for r in project.index.risks_on(s.id)))
    assert stages == len(project.all_stages()) and labelled >= scored
