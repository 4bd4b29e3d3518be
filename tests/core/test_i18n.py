"""Every word the exports write has a French and a Spanish translation; none slips by."""

from __future__ import annotations

import datetime as dt
import json
import re
import string
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from riskmap import storage
from riskmap.edits import EntityType, Remove, SetFields, set_score
from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.export.svg import export_svg
from riskmap.export.xlsx import export_xlsx
from riskmap.i18n import LANGUAGES, Translator
from riskmap.library import builtin_library
from riskmap.localize import builtin_profile_texts, localized_profile
from riskmap.model import (
    Assessment,
    Control,
    Measure,
    Participant,
    Process,
    Project,
    Risk,
    Stage,
    Vote,
)
from riskmap.resources import examples_dir, resource
from riskmap.rounds import close_round
from riskmap.scales import BUILTIN_KEYS, Band, builtin_profile
from riskmap.testing import generate
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    IMPACT_DIMENSION_LABELS,
    KEY_FACTOR_LABELS,
    MEASURE_STATUS_LABELS,
    MEASURE_TYPE_LABELS,
    SCORE_KIND_LABELS,
    CorruptionType,
    Effectiveness,
    EnablingFactor,
    ImpactDimension,
    KeyFactor,
    MeasureStatus,
    MeasureType,
    ScoreKind,
)
from tests.core.conftest import small_project
from tests.core.test_pdf import needs_poppler

TODAY = dt.date(2026, 11, 23)
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]
VOCABULARY = [
    SCORE_KIND_LABELS, CORRUPTION_TYPE_LABELS, ENABLING_FACTOR_LABELS, IMPACT_DIMENSION_LABELS,
    EFFECTIVENESS_LABELS, MEASURE_TYPE_LABELS, MEASURE_STATUS_LABELS, KEY_FACTOR_LABELS,
]
ARUSHA = {
    "fr": ["Leadership et engagement", "Cadre réglementaire", "Transparence",
           "Automatisation", "Réforme et modernisation", "Audit et enquêtes",
           "Code de conduite", "Gestion des ressources humaines",
           "Moral et culture organisationnelle", "Relations avec le secteur privé"],
    "es": ["Liderazgo y compromiso", "Marco normativo", "Transparencia", "Automatización",
           "Reforma y modernización", "Auditoría e investigación", "Código de conducta",
           "Gestión de recursos humanos", "Moral y cultura organizacional",
           "Relación con el sector privado"],
}


def catalog(lang: str) -> dict[str, str]:
    data: dict[str, str] = json.loads(resource("i18n", f"{lang}.json").read_text("utf-8"))
    return data


def seaport() -> Project:
    return storage.load(examples_dir() / "seaport-import.riskmap")


def complete_project(profile_key: str = "wco-5x5") -> Project:
    """A project using every pick-list value, every status, every key factor, votes,
    unscored and unplaced risks, an empty process and two rounds that differ."""
    project = small_project()
    project.profile = builtin_profile(profile_key)
    n_lik, n_imp = project.profile.size
    stage = project.processes[0].stages[1]
    people = [Participant(code=f"P{n}", name=f"Person {n}") for n in (1, 2, 3)]
    project.metadata.participants = people
    project.metadata.sources = "Interviews"
    project.metadata.start_date, project.metadata.end_date = dt.date(2026, 5, 4), TODAY
    project.processes.append(Process(code="P-02", name="Empty process"))
    project.processes.append(Process(code="P-03", name="Export", stages=[
        Stage(code="S-10", name="Export declaration")]))
    for number, kind in enumerate(CorruptionType, start=10):
        project.risks.append(Risk(
            code=f"R-{number:03d}", stage_id=stage.id, statement=f"Statement {number}",
            corruption_type=kind, enabling_factors=list(EnablingFactor),
            impact_dimensions=list(ImpactDimension), consequences="Loss",
            controls=[Control(description=f"Control {e.value}", effectiveness=e)
                      for e in Effectiveness],
            inherent=Assessment(likelihood=n_lik, impact=n_imp),
            residual=Assessment(likelihood=1 + number % n_lik, impact=1 + number % n_imp),
            votes=[Vote(participant_id=p.id, likelihood=1 + i, impact=1 + i)
                   for i, p in enumerate(people)],
            last_reviewed=dt.date(2026, 6, 1), owner="Head of office", evidence="Audit"))
    project.risks.append(Risk(code="R-099", statement="Not placed anywhere yet"))
    risk_ids = [r.id for r in project.risks]
    for number, (status, factor) in enumerate(zip(list(MeasureStatus) * 2, KeyFactor,
                                                  strict=False), start=10):
        project.measures.append(Measure(
            code=f"M-{number:03d}", title=f"Measure {number}", risk_ids=risk_ids[:3],
            key_factors=[factor], type=list(MeasureType)[number % 3], status=status,
            start=dt.date(2026, 1, 5), deadline=dt.date(2026, 2, 1), progress=50,
            supporting_unit="IT", indicator="Share", baseline="0", target="100"))
    project.measures.append(Measure(code="M-099", title="Not tagged"))
    project.touch()
    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    set_score(project, project.risks[0].id, ScoreKind.RESIDUAL, 1, 1).apply(project)
    set_score(project, project.risks[1].id, ScoreKind.RESIDUAL, n_lik, n_imp).apply(project)
    Remove(risk_ids=[project.risks[2].id]).apply(project)
    SetFields(EntityType.MEASURE, project.measures[0].id,
              {"status": "done", "progress": 100}).apply(project)
    project.risks.append(Risk(code="R-100", stage_id=stage.id, statement="New risk",
                              residual=Assessment(likelihood=2, impact=2)))
    project.touch()
    return project


def _export_everything(project: Project, folder: Path, **options: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    opts = ExportOptions(today=TODAY, **options)
    export_xlsx(project, folder / "book.xlsx", opts)
    export_pdf(project, folder / "report.pdf", opts)
    export_svg(project, folder / "svg", opts)


def _projects() -> Iterator[tuple[str, Project, dict[str, Any]]]:
    yield "empty", Project(), {}
    port = seaport()
    rounds = (port.rounds[0].name, port.rounds[-1].name)
    yield "seaport", port, {"compare": rounds}
    yield "seaport-redacted", port, {"redact": True, "compare": (rounds[0], "Current")}
    for key in BUILTIN_KEYS:
        yield key, complete_project(key), {"compare": ("May 2026", "Current")}
    yield "long", generate(stages=45, risks=60, measures=20, processes=1, seed=3), {}


@pytest.fixture(scope="module")
def exported_words(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every English text the exports hand to the translator, across projects and options."""
    seen: set[str] = set()
    original: Callable[..., str] = Translator.__call__

    def record(self: Translator, text: str, **values: object) -> str:
        seen.add(text)
        return original(self, text, **values)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Translator, "__call__", record)
        for name, project, options in _projects():
            _export_everything(project, tmp_path_factory.mktemp(name), **options)
    return {text for text in seen if text.strip()}


def required_words(exported: set[str]) -> set[str]:
    words = set(exported) | set(builtin_profile_texts())
    for labels in VOCABULARY:
        words |= set(labels.values())
    return words


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_word_the_exports_write_has_a_translation(exported_words: set[str],
                                                        lang: str) -> None:
    assert len(exported_words) > 150  # the recorder saw the exports at work
    missing = sorted(required_words(exported_words) - set(catalog(lang)))
    assert not missing, f"missing from resources/i18n/{lang}.json:\n" + "\n".join(
        json.dumps(text, ensure_ascii=False) for text in missing)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_translations_keep_placeholders_and_are_never_empty(lang: str) -> None:
    words = catalog(lang)
    wrong = [key for key, value in words.items()
             if not value.strip() or _fields(key) != _fields(value)]
    assert not wrong, f"{lang}.json: placeholders differ or empty: {wrong}"
    assert list(words) == sorted(words), f"{lang}.json: keep the keys sorted"


def test_key_factors_carry_the_official_names_in_each_language() -> None:
    library = builtin_library()
    for lang, names in ARUSHA.items():
        tr = Translator(lang)
        assert [tr(KEY_FACTOR_LABELS[f]) for f in KeyFactor] == names
        # The library suggests measures under the same names as the exports print.
        assert list(library.key_factor_names(lang).values()) == names


def test_builtin_profile_words_are_translated_and_user_words_kept() -> None:
    profile = builtin_profile("wco-5x5")
    profile.likelihood[0].label = "Once in ten years"  # the user's own words
    profile.bands[0] = Band(name="Acceptable", min_score=1, colour="#FFFFFF")
    french = localized_profile(profile, Translator("fr"))
    assert french.name == "OMD par défaut (5 x 5)"
    assert [lv.label for lv in french.likelihood] == [
        "Once in ten years", "Peu probable", "Possible", "Probable", "Quasi certain"]
    assert french.likelihood[0].descriptor.startswith("Ne pourrait se produire")
    assert [b.name for b in french.bands] == ["Acceptable", "Moyen", "Élevé", "Critique"]
    assert profile.bands[1].name == "Medium"  # the project's own profile is unchanged
    spanish = localized_profile(builtin_profile("eu-fraud-4x4"), Translator("es"))
    assert [b.name for b in spanish.bands] == ["Tolerable", "Significativo", "Crítico"]
    own = builtin_profile("compact-3x3").model_copy(update={"key": "my-3x3"})
    assert localized_profile(own, Translator("fr")) == own


# -- nothing English slips past the translator ------------------------------------------

OPEN, CLOSE = "\u27e6", "\u27e7"


def _user_words(project: Project) -> set[str]:
    words: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.update(re.findall(r"[^\W\d_]+", value))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(project.model_dump(mode="json"))
    return words


def _stray_words(text: str, allowed: set[str]) -> set[str]:
    """Words outside every translated run that are not the project's own words."""
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    outside, count = inner.subn(" ", text)
    while count:  # a translated word inside a translated sentence
        outside, count = inner.subn(" ", outside)
    return {w for w in re.findall(r"[^\W\d_]{2,}", outside) if w not in allowed}


def test_no_english_word_reaches_an_export_without_the_translator(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every translated text is wrapped in brackets: what is left outside them must be
    the user's own text, numbers and codes."""
    original: Callable[..., str] = Translator.__call__
    monkeypatch.setattr(Translator, "__call__", lambda self, text, **values: (
        OPEN + original(self, text, **values) + CLOSE))
    project = complete_project()
    allowed = _user_words(project) | {w for text in builtin_profile_texts()
                                      for w in re.findall(r"[^\W\d_]+", text)}
    allowed.add("riskmap")  # the program's name
    _export_everything(project, tmp_path, compare=("May 2026", "Current"))
    book = openpyxl.load_workbook(tmp_path / "book.xlsx")
    stray: dict[str, set[str]] = {}
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and not isinstance(cell.value, (int, float,
                                                                          dt.date)):
                    found = _stray_words(str(cell.value), allowed)
                    if found:
                        stray.setdefault(f"xlsx {ws.title}!{cell.coordinate}", set()).update(
                            found)
    for svg in sorted((tmp_path / "svg").iterdir()):
        texts = re.findall(r"<text[^>]*>(.*?)</text>", svg.read_text("utf-8"), re.DOTALL)
        found = _stray_words(" ".join(texts), allowed)
        if found:
            stray[f"svg {svg.name}"] = found
    assert not stray, stray


@needs_poppler
def test_no_english_word_reaches_the_report_without_the_translator(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original: Callable[..., str] = Translator.__call__
    monkeypatch.setattr(Translator, "__call__", lambda self, text, **values: (
        OPEN + original(self, text, **values) + CLOSE))
    project = complete_project()
    allowed = _user_words(project) | {w for text in builtin_profile_texts()
                                      for w in re.findall(r"[^\W\d_]+", text)}
    allowed.add("riskmap")
    path = tmp_path / "report.pdf"
    export_pdf(project, path, ExportOptions(today=TODAY, compare=("May 2026", "Current")))
    # Raw order: the lines of one paragraph or table cell come one after the other.
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    assert not _stray_words(text, allowed)


@pytest.mark.parametrize(("lang", "date", "number", "decimal"), [
    ("en", "2026-11-23", "12,500", "3.5"),
    ("fr", "23/11/2026", "12\u202f500", "3,5"),
    ("es", "23/11/2026", "12\u202f500", "3,5"),
])
def test_dates_and_numbers_as_each_language_writes_them(
        lang: str, date: str, number: str, decimal: str) -> None:
    tr = Translator(lang)
    assert tr.date(TODAY) == date and tr.date(None) == ""
    assert tr.number(12500) == number
    assert tr.number(3.5, 1) == decimal
