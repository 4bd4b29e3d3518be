"""`riskmap import`: a manager's workbook edits flow back; foreign registers make projects."""

from __future__ import annotations

import shutil

import openpyxl

from riskmap import storage
from tests.e2e.conftest import EXAMPLES


def _status_column(sheet) -> int:
    header = [cell.value for cell in sheet[1]]
    return header.index("Status") + 1


def test_manager_status_edits_update_exactly_those_measures(cli, tmp_path):
    project_path = tmp_path / "seaport.riskmap"
    shutil.copy(EXAMPLES / "seaport-import.riskmap", project_path)
    workbook_path = tmp_path / "seaport.xlsx"
    assert cli("export", project_path, "--xlsx", workbook_path).code == 0

    book = openpyxl.load_workbook(workbook_path)
    plan = book["Action plan"]
    column = _status_column(plan)
    edited = {}
    for row in (2, 5):
        code = plan.cell(row=row, column=1).value
        plan.cell(row=row, column=column).value = "Done"
        edited[code] = "done"
    book.save(workbook_path)
    before = storage.load(project_path)

    dry = cli("import", workbook_path, "-o", project_path, "--dry-run")
    assert dry.code == 0, dry.err
    assert "nothing written" in dry.out
    assert storage.load(project_path).model_dump() == before.model_dump()

    result = cli("import", workbook_path, "-o", project_path)
    assert result.code == 0, result.err
    after = storage.load(project_path)
    for old, new in zip(before.measures, after.measures, strict=True):
        if old.code in edited and old.status != "done":
            assert new.status == "done", old.code
            assert f"{old.code} status" in result.out
        else:
            assert new.status == old.status, old.code
    assert (tmp_path / "seaport.riskmap.bak").exists() or any(
        p.name.startswith("seaport.riskmap") and p.suffix == ".bak" for p in tmp_path.iterdir())


def test_foreign_register_in_french_makes_a_valid_project(cli, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Étape", "Risque", "Probabilité", "Gravité", "Mesure", "Responsable",
                  "Échéance", "Statut"])
    sheet.append(["Contrôle documentaire", "L'agent accepte une facture minorée contre "
                  "paiement", 4, 4, "Contrôle de la valeur par sondage", "Chef du bureau",
                  "2026-12-31", "En cours"])
    sheet.append(["Visite physique", "Visite de complaisance « arrangée »", 3, 5,
                  "Affectation aléatoire des vérificateurs", "Chef de brigade", "", "Prévu"])
    path = tmp_path / "registre.xlsx"
    book.save(path)
    out = tmp_path / "registre.riskmap"
    result = cli("import", path, "-o", out)
    assert result.code == 0, result.err
    assert cli("validate", out).code == 0
    project = storage.load(out)
    assert [s.name for s in project.all_stages()] == ["Contrôle documentaire", "Visite physique"]
    assert len(project.risks) == 2 and len(project.measures) == 2
    again = cli("import", path, "-o", out)
    assert again.code == 2 and "already exists" in again.err


def test_not_a_workbook_gives_one_line(cli, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"not a zip at all")
    result = cli("import", path, "-o", tmp_path / "x.riskmap")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "x.riskmap").exists()
