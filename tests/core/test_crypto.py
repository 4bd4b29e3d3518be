"""Encrypted projects: open only with the right password; any tampering is refused."""

from __future__ import annotations

import base64
import json
import unicodedata

import pytest

from riskmap import crypto, storage
from riskmap.errors import FileError, NewerFormatError, PasswordError, RiskmapError
from tests.core.conftest import small_project

PASSWORD = "Douane-Port-Est 2025 éà"


@pytest.fixture(scope="module")
def sealed() -> bytes:
    """One encrypted small project, shared: each encryption costs a key derivation."""
    return crypto.encrypt_document(storage.dumps(small_project()).encode(), PASSWORD)


def write(tmp_path, data: bytes):
    path = tmp_path / "secret.riskmap"
    path.write_bytes(data)
    return path


def test_saved_with_a_password_the_project_opens_only_with_it(tmp_path):
    project = small_project()
    path = tmp_path / "mission.riskmap"
    storage.save(project, path, password=PASSWORD)
    data = path.read_bytes()
    assert b"friendly examiner" not in data and b"R-001" not in data
    assert storage.is_encrypted(path)
    assert storage.load(path, password=PASSWORD).model_dump() == project.model_dump()
    with pytest.raises(PasswordError, match="encrypted; a password is needed") as info:
        storage.load(path)
    assert str(path) in str(info.value)


def test_the_envelope_is_readable_json_naming_its_algorithms(sealed):
    document = json.loads(sealed)
    assert document["format"] == "riskmap-encrypted"
    assert document["format_version"] == 1
    assert document["kdf"]["name"] == "scrypt" and document["cipher"]["name"] == "AES-256-GCM"
    assert len(base64.b64decode(document["kdf"]["salt"])) == 16


def test_a_plain_project_is_not_encrypted_and_opens_even_with_a_password(tmp_path):
    path = tmp_path / "plain.riskmap"
    storage.save(small_project(), path)
    assert not storage.is_encrypted(path)
    assert not storage.is_encrypted(tmp_path / "missing.riskmap")
    assert storage.load(path, password="unused").risks[0].code == "R-001"


def test_wrong_password_gives_one_clear_line(tmp_path, sealed):
    path = write(tmp_path, sealed)
    with pytest.raises(PasswordError) as info:
        storage.load(path, password=PASSWORD + "x")
    assert str(info.value) == f"{path}: wrong password, or the file was altered"


def test_password_is_compared_after_unicode_normalisation(tmp_path, sealed):
    # The same accented password typed on macOS (decomposed) and Windows (composed).
    path = write(tmp_path, sealed)
    decomposed = unicodedata.normalize("NFD", PASSWORD)
    assert decomposed != PASSWORD
    assert storage.load(path, password=decomposed).risks[0].code == "R-001"


def _tamper(sealed: bytes, change) -> bytes:
    document = json.loads(sealed)
    change(document)
    return json.dumps(document, indent=2).encode()


def _flip_b64(value: str, at: int = 5) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[at] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


TAMPERING = {
    "ciphertext": lambda d: d.update(ciphertext=_flip_b64(d["ciphertext"], 40)),
    "authentication tag": lambda d: d.update(ciphertext=_flip_b64(d["ciphertext"], -1)),
    "salt": lambda d: d["kdf"].update(salt=_flip_b64(d["kdf"]["salt"])),
    "nonce": lambda d: d["cipher"].update(nonce=_flip_b64(d["cipher"]["nonce"])),
    "cost lowered": lambda d: d["kdf"].update(n=2**14),
    "extra header field": lambda d: d["cipher"].update(tag_length=16),
}


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_tampering_with_any_part_is_detected(tmp_path, sealed, case):
    path = write(tmp_path, _tamper(sealed, TAMPERING[case]))
    with pytest.raises(PasswordError, match="wrong password, or the file was altered"):
        storage.load(path, password=PASSWORD)


def test_truncated_ciphertext_is_refused(tmp_path, sealed):
    def cut(d):
        d["ciphertext"] = d["ciphertext"][: len(d["ciphertext"]) // 2 // 4 * 4]

    path = write(tmp_path, _tamper(sealed, cut))
    with pytest.raises(PasswordError):
        storage.load(path, password=PASSWORD)


BROKEN = {
    "not json": (lambda s: s[: len(s) // 2], "damaged encrypted project"),
    "no ciphertext": (lambda s: _tamper(s, lambda d: d.pop("ciphertext")), "no ciphertext"),
    "bad base64": (lambda s: _tamper(s, lambda d: d.update(ciphertext="%%%")), "not base64"),
    "other cipher": (lambda s: _tamper(s, lambda d: d["cipher"].update(name="DES")),
                     "unknown cipher"),
    "other kdf": (lambda s: _tamper(s, lambda d: d["kdf"].update(name="md5")),
                  "unknown key derivation"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_envelope_gives_one_clear_line(tmp_path, sealed, case):
    damage, message = BROKEN[case]
    path = write(tmp_path, damage(sealed))
    with pytest.raises(FileError, match=message) as info:
        storage.load(path, password=PASSWORD)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_a_newer_envelope_is_refused_with_its_version(tmp_path, sealed):
    path = write(tmp_path, _tamper(sealed, lambda d: d.update(format_version=2)))
    with pytest.raises(NewerFormatError, match="version 2"):
        storage.load(path, password=PASSWORD)


HOSTILE_KDF = {
    "huge n": {"n": 2**40},
    "1 GiB of memory": {"n": 2**20},
    "n not a power of two": {"n": 65537},
    "huge r": {"r": 10**9},
    "huge p": {"p": 10**6},
    "zero": {"n": 0},
    "negative": {"r": -8},
    "text": {"n": "65536"},
    "boolean": {"p": True},
}


@pytest.mark.parametrize("case", sorted(HOSTILE_KDF))
def test_hostile_key_derivation_costs_are_refused_before_any_work(tmp_path, sealed, case):
    path = write(tmp_path, _tamper(sealed, lambda d: d["kdf"].update(HOSTILE_KDF[case])))
    with pytest.raises(FileError, match="scrypt") as info:
        storage.load(path, password=PASSWORD)
    assert not isinstance(info.value, PasswordError)
    assert "\n" not in str(info.value)


def test_empty_password_is_refused_and_the_file_is_left_alone(tmp_path):
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    before = path.read_bytes()
    with pytest.raises(RiskmapError, match="password is empty"):
        storage.save(small_project(), path, password="")
    assert path.read_bytes() == before


def test_recovery_style_saves_are_each_freshly_salted_and_all_open(tmp_path):
    # Autosave writes the same project again and again: a fresh salt and nonce each time.
    project = small_project()
    recovery = tmp_path / ".mission.riskmap.recovery"
    seen = set()
    for n in range(3):
        project.metadata.title = f"autosave {n}"
        storage.save(project, recovery, password=PASSWORD)
        document = json.loads(recovery.read_bytes())
        seen.add((document["kdf"]["salt"], document["cipher"]["nonce"]))
        assert storage.load(recovery, password=PASSWORD).metadata.title == f"autosave {n}"
    assert len(seen) == 3
    assert [p.name for p in tmp_path.iterdir()] == [recovery.name]


def test_the_backup_of_an_encrypted_project_stays_encrypted(tmp_path):
    path = tmp_path / "mission.riskmap"
    project = small_project()
    storage.save(project, path, password=PASSWORD)
    project.metadata.title = "second version"
    storage.save(project, path, password=PASSWORD, backup=True)
    backup = storage.backup_path(path)
    assert storage.is_encrypted(backup)
    assert storage.load(backup, password=PASSWORD).metadata.title != "second version"
    assert storage.load(path, password=PASSWORD).metadata.title == "second version"


def test_an_absurdly_long_number_in_the_envelope_is_one_clear_line(tmp_path, sealed):
    text = sealed.decode().replace('"format_version": 1', '"format_version": ' + "9" * 5000)
    path = write(tmp_path, text.encode())
    with pytest.raises(FileError, match="damaged encrypted project") as info:
        storage.load(path, password=PASSWORD)
    assert len(str(info.value)) < 300


def test_encrypting_a_project_leaves_no_readable_backup_beside_it(tmp_path):
    path = tmp_path / "mission.riskmap"
    project = small_project()
    storage.save(project, path)
    storage.save(project, path, backup=True)
    assert not storage.is_encrypted(storage.backup_path(path))  # a plain project's backup
    project.metadata.title = "now secret"
    storage.save(project, path, password=PASSWORD, backup=True)
    assert storage.is_encrypted(path)
    assert not storage.backup_path(path).exists()  # the plain previous version is gone
    storage.save(project, path, password=PASSWORD, backup=True)
    assert storage.is_encrypted(storage.backup_path(path))  # from now on, encrypted backups
