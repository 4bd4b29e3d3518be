"""User library: a project's risks and measures become entries that later projects get
as suggestions; shared files merge in."""

from __future__ import annotations

import pytest

from riskmap.library import builtin_library, load_library, suggest_measures, suggest_risks
from riskmap.model import Measure, Risk
from riskmap.user_library import (
    EntryError,
    add_measure_entry,
    add_risk_entry,
    merge_shared,
    read_user_library,
)
from riskmap.vocabulary import CorruptionType, EnablingFactor, KeyFactor, MeasureType


@pytest.fixture
def valuation(project):
    stage = project.all_stages()[1]
    stage.library_key = "valuation"
    risk = Risk(code="R-050", stage_id=stage.id, statement="Officer accepts a forged invoice "
                "from a broker he knows", corruption_type=CorruptionType.COLLUSION,
                enabling_factors=[EnablingFactor.DISCRETION])
    project.risks.append(risk)
    project.touch()
    return stage, risk


def test_a_risk_added_to_the_user_library_is_suggested_later(tmp_path, project, valuation):
    stage, risk = valuation
    path = tmp_path / "library.json"
    key = add_risk_entry(path, project, risk)
    library = load_library(path)
    assert library.risk(key).statement.en == risk.statement
    # The built-in risks of the stage are all still there.
    builtin = builtin_library().stage("valuation")
    assert len(library.stage("valuation").risks) == len(builtin.risks) + 1
    project.risks.remove(risk)
    project.touch()
    offered = [s.statement for s in suggest_risks(library, stage, project)]
    assert risk.statement in offered


def test_adding_twice_keeps_both_with_distinct_keys(tmp_path, project, valuation):
    _stage, risk = valuation
    path = tmp_path / "library.json"
    first = add_risk_entry(path, project, risk)
    second = add_risk_entry(path, project, risk)
    assert first != second
    assert len(read_user_library(path).stages) == 1


def test_a_risk_needs_a_type_and_a_library_stage(tmp_path, project, valuation):
    _stage, risk = valuation
    risk.corruption_type = None
    with pytest.raises(EntryError, match="corruption type"):
        add_risk_entry(tmp_path / "l.json", project, risk)
    plain = project.risks[1]  # its stage (S-03) has no library key
    plain.corruption_type = CorruptionType.BRIBERY
    with pytest.raises(EntryError, match="no library stage"):
        add_risk_entry(tmp_path / "l.json", project, plain)


def test_a_measure_added_is_suggested_for_its_risk_kind(tmp_path, project, valuation):
    _stage, risk = valuation
    path = tmp_path / "library.json"
    measure = Measure(code="M-010", title="Second signature on invoices above 10,000 USD",
                      key_factors=[KeyFactor.AUDIT], type=MeasureType.PREVENTIVE,
                      indicator="Share of invoices countersigned")
    key = add_measure_entry(path, measure)
    library = load_library(path)
    assert library.measure(key).indicator.en == "Share of invoices countersigned"
    with pytest.raises(EntryError, match="key factor"):
        add_measure_entry(path, Measure(code="M-011", title="Untagged"))
    assert suggest_measures(library, risk, project)  # the library still answers


def test_a_shared_file_merges_into_the_users_library(tmp_path, project, valuation):
    _stage, risk = valuation
    mine, theirs = tmp_path / "mine.json", tmp_path / "theirs.json"
    add_measure_entry(mine, Measure(code="M-1", title="Rotation of valuers every year",
                                    key_factors=[KeyFactor.HUMAN_RESOURCES],
                                    type=MeasureType.PREVENTIVE))
    add_risk_entry(theirs, project, risk)
    merged = merge_shared(mine, theirs)
    assert merged.stages and merged.measures
    assert len(read_user_library(mine).measures) == 1
