"""User profile library (save, load, list) and the preview of a profile switch."""

from __future__ import annotations

import json

import pytest

from riskmap import storage
from riskmap.edits import change_profile
from riskmap.errors import FileError, NewerFormatError
from riskmap.profiles import (
    load_profile,
    profile_path,
    remap_preview,
    save_profile,
    unique_key,
    user_profiles,
)
from riskmap.scales import Band, ScoreMethod, builtin_profile
from riskmap.vocabulary import ScoreKind


def test_a_saved_profile_loads_back_identical(tmp_path):
    profile = builtin_profile("eu-fraud-4x4").model_copy(
        update={"key": "our-4x4", "name": "Our 4 x 4 (Togo)"})
    path = tmp_path / "our.json"
    save_profile(profile, path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "riskmap-profile"
    assert load_profile(path) == profile


def test_a_lookup_profile_round_trips(tmp_path):
    profile = builtin_profile("compact-3x3").model_copy(update={
        "key": "lookup", "method": ScoreMethod.LOOKUP,
        "lookup": [[1, 2, 4], [2, 4, 6], [4, 6, 9]]})
    save_profile(profile, tmp_path / "l.json")
    loaded = load_profile(tmp_path / "l.json")
    assert loaded.score(3, 2) == 6


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"format": "riskmap", "format_version": 1}', "riskmap project"),
    ('{"format": "something-else"}', "not a scale profile"),
    ('{"format": "riskmap-profile", "format_version": 99}', "newer riskmap"),
    ('{"format": "riskmap-profile", "key": "x", "name": "x"}', "Field required"),
    ('{"format_version": ' + "9" * 5000 + "}", r"not a scale profile \(a number is far too long"),
])
def test_bad_profile_files_are_refused_with_the_file_named(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FileError, match=message) as info:
        load_profile(path)
    assert "bad.json" in str(info.value)


def test_a_newer_profile_says_so(tmp_path):
    path = tmp_path / "new.json"
    path.write_text('{"format": "riskmap-profile", "format_version": 7}', encoding="utf-8")
    with pytest.raises(NewerFormatError):
        load_profile(path)


def test_inconsistent_thresholds_name_the_place(tmp_path):
    document = builtin_profile().model_dump(mode="json")
    document["likelihood"] = document["likelihood"][:2]  # fewer than 3 levels
    path = tmp_path / "short.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FileError) as info:
        load_profile(path)
    assert info.value.where == "likelihood"


def test_user_library_lists_good_files_by_name_and_reports_bad_ones(tmp_path):
    assert user_profiles(tmp_path / "missing") == []
    for key, name in (("zeta", "Zeta scale"), ("alpha", "Alpha scale")):
        profile = builtin_profile().model_copy(update={"key": key, "name": name})
        save_profile(profile, profile_path(tmp_path, profile))
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    problems: list[FileError] = []
    found = user_profiles(tmp_path, problems)
    assert [p.name for p in found] == ["Alpha scale", "Zeta scale"]
    assert [p.path.name for p in problems] == ["broken.json"]


def test_unique_keys_avoid_builtin_and_taken_keys():
    assert unique_key("WCO 5x5", []) == "wco-5x5-2"
    assert unique_key("Our scale!", ["our-scale"]) == "our-scale-2"
    assert unique_key("  ", []) == "profile"


def test_preview_lists_what_moves_and_matches_the_switch(project):
    target = builtin_profile("compact-3x3")
    moves = remap_preview(project, target)
    r1 = next(m for m in moves if m.code == "R-001" and m.kind is ScoreKind.RESIDUAL)
    assert (r1.before.likelihood, r1.before.impact, r1.before.band.name) == (3, 4, "High")
    assert (r1.after.likelihood, r1.after.impact) == (2, 3)
    # The preview says exactly where the switch puts every score.
    change_profile(project, target).apply(project)
    for move in moves:
        risk = next(r for r in project.risks if r.code == move.code)
        level = risk.assessment(move.kind)
        assert (level.likelihood, level.impact) == (move.after.likelihood, move.after.impact)


def test_preview_skips_unscored_and_is_empty_for_the_same_profile(project):
    assert remap_preview(project, builtin_profile()) == []
    moves = remap_preview(project, builtin_profile("compact-3x3"))
    assert "R-004" not in {m.code for m in moves}  # never scored


def test_recoloured_bands_are_not_moves_but_new_thresholds_are(project):
    profile = builtin_profile()
    recoloured = profile.model_copy(update={"bands": [
        b.model_copy(update={"colour": "#000000"}) for b in profile.bands]})
    assert remap_preview(project, recoloured) == []
    stricter = profile.model_copy(update={"bands": [
        Band(name="Low", min_score=0, colour="#00AA00"),
        Band(name="Critical", min_score=10, colour="#AA0000")]})
    moved = remap_preview(project, stricter)
    changed = {(m.code, m.kind): m for m in moved if m.band_changed}
    assert changed["R-001", ScoreKind.RESIDUAL].after.band.name == "Critical"  # 12 was High
    assert ("R-002", ScoreKind.RESIDUAL) not in changed  # 20: Critical either way


def test_profile_file_is_not_a_project(tmp_path, project):
    path = tmp_path / "p.riskmap"
    storage.save(project, path)
    with pytest.raises(FileError, match="riskmap project"):
        load_profile(path)
