"""The stage / risk / measure library: content, suggestions, user libraries, templates."""

from __future__ import annotations

import json
from typing import Any

import pytest

from riskmap.checks import check_project
from riskmap.codes import MEASURE_CODE, RISK_CODE, STAGE_CODE, next_code
from riskmap.errors import FileError
from riskmap.library import (
    Library,
    blank_project,
    load_library,
    measure_from_suggestion,
    project_from_template,
    read_library_file,
    risk_from_suggestion,
    save_user_library,
    suggest_measures,
    suggest_risks,
    template_keys,
)
from riskmap.model import Measure, Project, Risk, Stage, StageFlags
from riskmap.resources import resource
from riskmap.vocabulary import CorruptionType, EnablingFactor, KeyFactor

# DOMAIN.md, "The 10 key factors of the Revised Arusha Declaration (exact names)".
ARUSHA = [
    "Leadership and Commitment", "Regulatory Framework", "Transparency", "Automation",
    "Reform and Modernization", "Audit and Investigation", "Code of Conduct",
    "Human Resource Management", "Morale and Organizational Culture",
    "Relationship with the Private Sector",
]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def _texts(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every {"en": ...} object in a JSON tree, with where it is."""
    found = []
    if isinstance(node, dict):
        if "en" in node:
            found.append((path, node))
        for key, value in node.items():
            found += _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _texts(value, f"{path}[{i}]")
    return found


# Content -----------------------------------------------------------------------------------


def test_the_21_stages_of_the_method_in_three_languages(library):
    assert [s.number for s in library.stages] == list(range(1, 22))
    for stage in library.stages:
        assert all(stage.name.text(lang) for lang in ("en", "fr", "es"))
        assert 3 <= len(stage.risks) <= 6, stage.key
        assert stage.actors.en and len(stage.actors.fr) == len(stage.actors.es) == len(
            stage.actors.en)
    assert library.stage("channel-allocation").name.fr == (
        "Analyse de risque et orientation en circuit")
    assert library.stage("duty-payment").name.es == "Liquidación y pago de derechos e impuestos"


def test_every_text_of_the_shipped_library_is_in_english_french_and_spanish():
    files = sorted(resource("library").glob("*.json"))
    assert len(files) >= 3
    count = 0
    for path in files:
        for where, text in _texts(json.loads(path.read_text(encoding="utf-8"))):
            count += 1
            assert set(text) == {"en", "fr", "es"}, f"{path.name}{where}"
            assert all(text[lang] for lang in text), f"{path.name}{where} has an empty text"
    assert count > 250


def test_measures_are_consistent_and_cover_every_key_factor(library):
    assert library.reference_problems() == []
    assert len(library.measures) >= 40
    suggested = {key for _, risk in library.all_risks() for key in risk.measures}
    assert suggested == {m.key for m in library.measures}  # no measure is unreachable
    used = {factor for m in library.measures for factor in m.key_factors}
    assert used == set(KeyFactor)
    assert all(m.indicator is not None for m in library.measures)


def test_key_factor_names_are_exactly_those_of_the_arusha_declaration(library):
    assert list(library.key_factor_names("en").values()) == ARUSHA
    assert library.key_factor_names("fr")[KeyFactor.PRIVATE_SECTOR] == (
        "Relations avec le secteur privé")
    assert library.key_factor_names("es")[KeyFactor.HUMAN_RESOURCES] == (
        "Gestión de recursos humanos")


def test_library_covers_every_corruption_type_and_enabling_factor(library):
    risks = [risk for _, risk in library.all_risks()]
    assert {r.corruption_type for r in risks} == set(CorruptionType)
    assert {f for r in risks for f in r.enabling_factors} == set(EnablingFactor)


def test_typical_risks_of_the_method_are_in_the_library(library):
    statements = " ".join(r.statement.en.lower() for _, r in library.all_risks())
    for words in ("speed money", "manifest lines", "tariff code", "under-invoiced",
                  "certificate of origin", "overrides the selectivity channel", "tips off",
                  "friendly", "release order before payment", "fake or duplicate receipts",
                  "discharges a transit declaration", "diversion", "never exported",
                  "negotiates the audit findings", "seized goods", "sells lucrative postings",
                  "system privileges"):
        assert words in statements, words


# Suggestions -------------------------------------------------------------------------------


def _project_with(stage: Stage) -> Project:
    project = blank_project()
    project.processes[0].stages.append(stage)
    project.touch()
    return project


def test_channel_allocation_stage_is_offered_the_manual_override_risk(library):
    project = project_from_template("sea-import")
    stage = next(s for s in project.all_stages() if s.library_key == "channel-allocation")
    suggestions = suggest_risks(library, stage, project)
    own = [s for s in suggestions if s.from_stage]
    assert suggestions[: len(own)] == own  # the stage's own risks come first
    assert any("manually overrides the selectivity channel" in s.statement for s in own)
    french = suggest_risks(library, stage, project, "fr")
    assert any("modifie manuellement le circuit" in s.statement for s in french)


def test_stage_without_library_key_is_matched_by_its_cash_handling_flag(library):
    stage = Stage(code="S-01", name="Cash desk at the border post",
                  flags=StageFlags(cash_handling=True))
    suggestions = suggest_risks(library, stage, _project_with(stage))
    assert suggestions
    assert all(EnablingFactor.CASH_HANDLING in s.enabling_factors for s in suggestions)
    assert any("fake or duplicate receipts" in s.statement for s in suggestions)
    bare = Stage(code="S-02", name="Unflagged stage")
    assert suggest_risks(library, bare, _project_with(bare)) == []


def test_flag_matches_rank_stages_sharing_more_flags_first(library):
    stage = Stage(code="S-01", name="Counter", flags=StageFlags(cash_handling=True,
                                                                face_to_face=True))
    suggestions = suggest_risks(library, stage, _project_with(stage))
    shared = [len(s.matched_factors) for s in suggestions]
    assert shared == sorted(shared, reverse=True)
    assert shared[0] == 2


def test_risks_already_recorded_on_the_stage_are_not_suggested_again(library):
    project = project_from_template("sea-import")
    stage = next(s for s in project.all_stages() if s.library_key == "channel-allocation")
    first = suggest_risks(library, stage, project, "fr")[0]
    project.risks.append(risk_from_suggestion(first, stage, "R-001"))
    project.touch()
    again = suggest_risks(library, stage, project, "en")  # recognised across languages
    assert first.key not in {s.key for s in again}
    assert len(again) == len(suggest_risks(library, stage, project_from_template("sea-import"))) - 1


def test_risk_from_suggestion_fills_the_register_fields(library):
    project = project_from_template("sea-import")
    stage = project.all_stages()[0]
    suggestion = suggest_risks(library, stage, project, "es")[0]
    risk = risk_from_suggestion(suggestion, stage, "R-007")
    assert (risk.code, risk.stage_id, risk.flow_id) == ("R-007", stage.id, None)
    assert risk.statement == suggestion.statement
    assert risk.corruption_type is suggestion.corruption_type
    assert risk.enabling_factors and risk.impact_dimensions
    flow = project.processes[0].flows[0]
    on_flow = risk_from_suggestion(suggestion, flow, "R-008")
    assert (on_flow.stage_id, on_flow.flow_id) == (None, flow.id)


def test_measures_for_a_library_risk_come_first_tagged_to_key_factors(library):
    project = project_from_template("sea-import")
    stage = next(s for s in project.all_stages() if s.library_key == "channel-allocation")
    override = library.risk("channel-manual-override")
    risk = Risk(code="R-001", stage_id=stage.id, statement=override.statement.fr)
    project.risks.append(risk)
    suggestions = suggest_measures(library, risk, project)
    assert [s.key for s in suggestions[: len(override.measures)]] == list(override.measures)
    assert all(s.from_risk for s in suggestions[: len(override.measures)])
    trail = suggestions[0]
    assert trail.key_factors == (KeyFactor.AUTOMATION, KeyFactor.AUDIT)
    assert trail.key_factor_names == ("Automation", "Audit and Investigation")
    assert trail.indicator


def test_measures_already_linked_are_not_suggested_and_existing_ones_are_reused(library):
    project = project_from_template("sea-import")
    stage = project.all_stages()[3]
    risk = Risk(code="R-001", stage_id=stage.id,
                statement=library.risk("channel-manual-override").statement.en)
    first, second = suggest_measures(library, risk, project, "fr")[:2]
    project.risks.append(risk)
    project.measures.append(measure_from_suggestion(first, "M-001", [risk.id]))
    unlinked = Measure(code="M-002", title=library.measure(second.key).title.en)
    project.measures.append(unlinked)
    again = suggest_measures(library, risk, project)
    assert first.key not in {s.key for s in again}
    reused = next(s for s in again if s.key == second.key)
    assert reused.existing_measure_id == unlinked.id


def test_a_new_risk_gets_measures_by_corruption_type_and_enabling_factors(library):
    stage = Stage(code="S-01", name="Weighbridge")
    project = _project_with(stage)
    risk = Risk(code="R-001", stage_id=stage.id, statement="Weighbridge operator alters weights",
                corruption_type=CorruptionType.INTERNAL_FRAUD,
                enabling_factors=[EnablingFactor.MANUAL_STEP])
    suggestions = suggest_measures(library, risk, project, limit=5)
    assert len(suggestions) == 5
    assert not any(s.from_risk for s in suggestions)
    assert "system-audit-trail" in {s.key for s in suggestions}
    plain = Risk(code="R-002", stage_id=stage.id, statement="Something else")
    assert suggest_measures(library, plain, project) == []


def test_measure_from_suggestion_fills_the_action_plan_fields(library):
    stage = Stage(code="S-01", name="Cash desk", flags=StageFlags(cash_handling=True))
    project = _project_with(stage)
    risk = risk_from_suggestion(suggest_risks(library, stage, project)[0], stage, "R-001")
    suggestion = suggest_measures(library, risk, project, "fr")[0]
    measure = measure_from_suggestion(suggestion, "M-001", [risk.id])
    assert measure.risk_ids == [risk.id]
    assert measure.key_factors and measure.type is not None
    assert measure.title == suggestion.title and measure.indicator == suggestion.indicator


# User libraries ----------------------------------------------------------------------------


def _user_file(tmp_path, body: dict[str, Any]):
    path = tmp_path / "my-library.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_user_library_adds_entries_and_overrides_built_in_ones(tmp_path, library):
    path = _user_file(tmp_path, {
        "format": "riskmap-library", "format_version": 1,
        "stages": [{
            "key": "weighbridge", "name": {"en": "Weighbridge", "fr": "Pont-bascule"},
            "flags": {"manual_step": True},
            "risks": [{"key": "weights-altered", "corruption_type": "internal_fraud",
                       "statement": "Operator alters recorded weights",
                       "enabling_factors": ["manual_step"],
                       "measures": ["automate-manual-step", "check-weights"]}],
        }],
        "measures": [
            {"key": "check-weights", "title": "Random re-weighing", "key_factors": [6],
             "type": "detective"},
            {"key": "staff-rotation", "title": "Rotation every two years",
             "key_factors": [8], "type": "preventive"},
        ],
    })
    merged = load_library(path)
    assert len(merged.stages) == 22 and merged.stage("weighbridge").name.text("fr") == (
        "Pont-bascule")
    assert merged.stage("weighbridge").name.text("es") == "Weighbridge"  # falls back
    assert merged.measure("staff-rotation").title.en == "Rotation every two years"
    assert len(merged.measures) == len(library.measures) + 1
    assert load_library().measure("staff-rotation").title.en != "Rotation every two years"
    stage = Stage(code="S-01", name="Weighbridge", library_key="weighbridge")
    suggestions = suggest_risks(merged, stage, _project_with(stage))
    assert suggestions[0].key == "weights-altered"


def test_saved_user_library_reads_back_and_can_be_shared(tmp_path, library):
    own = Library(stages=(library.stage("valuation"),), measures=(library.measure("e-payment"),))
    path = tmp_path / "shared.json"
    save_user_library(own, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "riskmap-library"
    assert "Valeur en douane" in path.read_text(encoding="utf-8")  # UTF-8, not escaped
    assert read_library_file(path) == own
    assert load_library(path).stage("valuation") == library.stage("valuation")


def test_template_in_user_library_keeps_its_from_and_to(tmp_path):
    user = Library.model_validate({"templates": [{
        "key": "air-cargo", "name": "Air cargo import",
        "stages": ["arrival-manifest", "declaration-lodging", "release-exit"],
        "flows": [{"from": "arrival-manifest", "to": "declaration-lodging"},
                  {"from": "declaration-lodging", "to": "release-exit"}],
    }]})
    path = tmp_path / "air.json"
    save_user_library(user, path)
    assert '"from": "arrival-manifest"' in path.read_text(encoding="utf-8")
    merged = load_library(path)
    assert template_keys(merged)[-1] == "air-cargo"
    project = project_from_template("air-cargo", library=merged)
    assert project.all_stages()[0].name == "Arrival, manifest and temporary storage"
    assert check_project(project) == []


@pytest.mark.parametrize(("content", "message"), [
    ("{ not json", "invalid JSON"),
    ("[1, 2]", "not a library file"),
    ('{"format": "riskmap", "format_version": 3}', "riskmap project, not a library file"),
    ('{"format_version": 9, "stages": []}', "newer riskmap"),
    ('{"stages": [{"key": "x", "name": "X", "risks": [{"key": "r", "statement": "s", '
     '"corruption_type": "theft"}]}]}', "stages[0].risks[0].corruption_type"),
    ('{"measures": [{"key": "m", "title": "T", "key_factors": [11], "type": "preventive"}]}',
     "measures[0].key_factors[0]"),
    ('{"stages": [{"key": "x", "name": "X", "risks": [{"key": "r", "statement": "s", '
     '"corruption_type": "bribery", "measures": ["no-such-measure"]}]}]}', "no-such-measure"),
    ('{"stages": [{"key": "x", "name": "X"}, {"key": "x", "name": "Y"}]}', "appears twice"),
    ('{"templates": [{"key": "t", "name": "T", "stages": ["valuation"], '
     '"flows": [{"from": "valuation", "to": "moon"}]}]}', "moon"),
    ('{"templates": [{"key": "t", "name": "T", "stages": ["moon-landing"]}]}', "moon-landing"),
    ("", "empty"),
    ('{"stages": ' + "9" * 5000 + "}", "not a library file (a number is far too long)"),
])
def test_broken_user_library_gives_one_clear_file_error(tmp_path, content, message):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FileError) as caught:
        load_library(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_missing_user_library_gives_file_error(tmp_path):
    with pytest.raises(FileError, match="no such file"):
        load_library(tmp_path / "absent.json")


# Templates and new projects ----------------------------------------------------------------


@pytest.mark.parametrize("key", ["sea-import", "export", "land-transit"])
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_template_gives_a_valid_project(key, lang):
    assert key in template_keys()
    project = project_from_template(key, lang)
    assert check_project(project) == []
    (process,) = project.processes
    stages = process.stages
    assert [s.code for s in stages] == [f"S-{n:02d}" for n in range(1, len(stages) + 1)]
    assert all(s.library_key and s.actors and s.description for s in stages)
    assert all(s.position is None for s in stages)
    targets = {f.target for f in process.flows}
    sources = {f.source for f in process.flows}
    assert len([s for s in stages if s.id not in targets]) == 1  # one entry stage
    assert all(s.id in targets | sources for s in stages)  # nothing left unconnected


def test_sea_import_branches_into_three_channels_meeting_at_release():
    project = project_from_template("sea-import")
    process = project.processes[0]
    by_key = {s.library_key: s for s in process.stages}
    channel, release = by_key["channel-allocation"], by_key["release-exit"]
    out = [f for f in process.flows if f.source == channel.id]
    assert sorted(f.label for f in out) == ["green channel", "red channel", "yellow channel"]
    assert channel.flags.discretion and channel.flags.monopoly
    successors: dict[Any, list[Any]] = {}
    for flow in process.flows:
        successors.setdefault(flow.source, []).append(flow.target)
    for flow in out:  # every channel reaches release
        seen, todo = set(), [flow.target]
        while todo:
            node = todo.pop()
            seen.add(node)
            todo += [n for n in successors.get(node, []) if n not in seen]
        assert release.id in seen, flow.label
    names = [s.name for s in process.stages]
    assert "Documentary check (yellow channel)" in names
    assert "Documentary check (red channel)" in names


def test_templates_speak_the_language_asked_for():
    french = project_from_template("sea-import", "fr").processes[0]
    assert {f.label for f in french.flows} >= {"circuit vert", "circuit jaune", "circuit rouge"}
    assert french.name == "Dédouanement à l'importation (port maritime)"
    spanish = project_from_template("sea-import", "es").processes[0]
    assert {f.label for f in spanish.flows} >= {"canal verde", "canal amarillo", "canal rojo"}
    transit = project_from_template("land-transit", "es").processes[0]
    assert sum(s.library_key == "transit" for s in transit.stages) == 2


def test_unknown_template_names_the_known_ones():
    with pytest.raises(KeyError, match="sea-import"):
        project_from_template("moon")


def test_blank_project_has_one_empty_main_process():
    project = blank_project("Mission to Port-Louis", profile_key="compact-3x3")
    assert project.metadata.title == "Mission to Port-Louis"
    assert project.profile.key == "compact-3x3"
    (process,) = project.processes
    assert (process.code, process.name, process.stages) == ("P-01", "Main process", [])
    assert blank_project(lang="es").processes[0].name == "Proceso principal"
    assert check_project(project) == []


# Codes -------------------------------------------------------------------------------------


def test_next_code_follows_the_highest_code_in_use():
    assert next_code([], *RISK_CODE) == "R-001"
    assert next_code(["R-001", "R-002"], "R-", 3) == "R-003"
    assert next_code(["R-001", "R-007", "R-003"], "R-", 3) == "R-008"  # gaps not refilled
    assert next_code(["S-99"], *STAGE_CODE) == "S-100"  # grows past the width
    assert next_code(["M-009", "R-050", "M-abc", "M-12a", " M-010 "], *MEASURE_CODE) == "M-011"
    assert next_code(["r-004"], "R-", 3) == "R-005"  # a hand-typed lower-case code counts
    assert next_code(["F-01"], "F-", 2) == "F-02"
    assert next_code(["P-01"], "P-", 2) == "P-02"
