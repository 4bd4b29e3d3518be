"""Validation messages carry their template and values, so that the window shows them in
French or Spanish from the same catalog as the exports; the English message is unchanged."""

from __future__ import annotations

import ast
import re
import uuid
from pathlib import Path

import pytest

from riskmap import checks, graph
from riskmap.checks import DANGLING_FLOW, DUPLICATE_CODE, OUTSIDE_PROFILE, check_project
from riskmap.i18n import Translator
from riskmap.model import Assessment, Flow, Measure, Stage

PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")


def templates() -> set[str]:
    """Every message template of riskmap.checks and riskmap.graph."""
    found = {*DUPLICATE_CODE.values(), *DANGLING_FLOW.values(), *OUTSIDE_PROFILE.values()}
    for module in (checks, graph):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            if (isinstance(func, ast.Attribute) and func.attr == "of"
                    and getattr(func.value, "id", "") == "Problem"):
                assert isinstance(node, ast.Call)
                found |= {n.value for n in ast.walk(node.args[1])
                          if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return found


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_template_is_translated_with_its_placeholders(lang):
    tr = Translator(lang)
    assert len(templates()) >= 25
    for template in sorted(templates()):
        translated = tr(template)
        assert translated != template, f"{lang}: no translation of {template!r}"
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(template))


def test_problems_keep_their_english_message_and_translate(project):
    process = project.processes[0]
    project.measures.append(Measure(code="M-001", title="Again"))
    project.risks[0].residual = Assessment(likelihood=6, impact=2)
    process.flows.append(Flow(code="F-09", source=process.stages[0].id, target=uuid.uuid4()))
    process.stages.append(Stage(code="S-09", name="Alone"))
    project.touch()
    problems = [*check_project(project), *graph.check_graphs(project)]
    assert {p.code for p in problems} >= {"M-001", "R-001", "F-09", "S-09"}
    for problem in problems:
        assert problem.template and problem.message == problem.template.format(**problem.values)
    french = {p.code: Translator("fr")(p.template, **p.values) for p in problems}
    assert french["M-001"] == ("le code de mesure M-001 est utilisé 2 fois ; "
                               "les codes doivent être uniques")
    assert french["R-001"] == ("la probabilité résiduelle 6 est hors de l'échelle "
                               "'WCO default (5 x 5)' (1 à 5)")
    spanish = Translator("es")(problems[-1].template, **problems[-1].values)
    assert spanish.startswith("la etapa")
