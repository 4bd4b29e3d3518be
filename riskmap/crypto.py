"""Password encryption of project files: AES-256-GCM, key from scrypt, JSON envelope.
The cryptography package is imported when a file is first encrypted or decrypted: opening
a plain project does not load it."""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

from riskmap.errors import FileError, NewerFormatError, PasswordError, RiskmapError

ENCRYPTED_FORMAT = "riskmap-encrypted"
ENCRYPTED_VERSION = 1
CIPHER = "AES-256-GCM"
KDF = "scrypt"

# scrypt cost: about 0.2 s and 64 MiB on a 2024 laptop, per save and per open.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
# What a file may ask of the key derivation: enough for stronger future defaults, too
# little for a hostile file to exhaust memory or time (128 MiB, a few seconds at most).
MAX_SCRYPT_MEMORY = 128 * 1024 * 1024
MAX_SCRYPT_P = 4

WRONG_PASSWORD = "wrong password, or the file was altered"


def encrypt_document(plaintext: bytes, password: str) -> bytes:
    """The encrypted envelope of `plaintext` (a UTF-8 JSON file, one final newline)."""
    if not password:
        raise RiskmapError("the password is empty; choose a password to encrypt the project")
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    kdf = {"name": KDF, "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    cipher = {"name": CIPHER, "nonce": _b64(nonce)}
    header = {"format": ENCRYPTED_FORMAT, "format_version": ENCRYPTED_VERSION,
              "kdf": kdf, "cipher": cipher}
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = AESGCM(key).encrypt(nonce, plaintext, _associated_data(header))
    document = {**header, "ciphertext": _b64(sealed)}
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def decrypt_document(data: bytes, password: str, source: Path | str = "<data>") -> bytes:
    """The plaintext inside an envelope; PasswordError if the password or the file is wrong."""
    header, salt, nonce, sealed = _parse(data, source)
    kdf = header["kdf"]
    key = _derive(password, salt, kdf["n"], kdf["r"], kdf["p"])
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, sealed, _associated_data(header))
    except InvalidTag:
        raise PasswordError(source, WRONG_PASSWORD) from None


def is_envelope(data: bytes) -> bool:
    """Whether bytes look like an encrypted project (judged by the start of the file)."""
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b'"format": "' + ENCRYPTED_FORMAT.encode() + b'"' in head


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _associated_data(header: dict[str, Any]) -> bytes:
    # Every header field is authenticated: changing the salt, the cost or the nonce fails.
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _parse(data: bytes, source: Path | str) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """Header, salt, nonce and ciphertext of an envelope, every field checked."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # bad UTF-8 or JSON, or a 5,000-digit number
        raise FileError(source, "damaged encrypted project (not valid JSON)") from None
    if not isinstance(document, dict) or document.get("format") != ENCRYPTED_FORMAT:
        raise FileError(source, "not an encrypted riskmap project")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileError(source, "damaged encrypted project (invalid format_version "
                        "{version!r})", version=str(version)[:20])
    if version > ENCRYPTED_VERSION:
        raise NewerFormatError(source, "encrypted by a newer riskmap (encryption format "
                               "version {version}); please update riskmap to open it",
                               version=version)
    kdf, cipher = document.get("kdf"), document.get("cipher")
    if not isinstance(kdf, dict) or kdf.get("name") != KDF:
        raise FileError(source, "damaged encrypted project (unknown key derivation; "
                        "expected scrypt)")
    if not isinstance(cipher, dict) or cipher.get("name") != CIPHER:
        raise FileError(source, "damaged encrypted project (unknown cipher; expected "
                        "{cipher})", cipher=CIPHER)
    _check_cost(kdf, source)
    salt = _decode(kdf.get("salt"), "salt", source)
    nonce = _decode(cipher.get("nonce"), "nonce", source)
    sealed = _decode(document.get("ciphertext"), "ciphertext", source)
    if len(salt) < 8 or len(nonce) != NONCE_BYTES or len(sealed) < 16:
        raise FileError(source, "damaged encrypted project (salt, nonce or ciphertext too "
                        "short)")
    header = {"format": ENCRYPTED_FORMAT, "format_version": version, "kdf": kdf,
              "cipher": cipher}
    return header, salt, nonce, sealed


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_cost(kdf: dict[str, Any], source: Path | str) -> None:
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (_is_int(n) and _is_int(r) and _is_int(p)):
        raise FileError(source, "damaged encrypted project (scrypt n, r and p must be numbers)")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    sane = (n >= 2 and n & (n - 1) == 0 and 1 <= r <= 64 and 1 <= p <= MAX_SCRYPT_P
            and 128 * n * r <= MAX_SCRYPT_MEMORY)
    if not sane:
        raise FileError(source, "refused: the file asks for scrypt parameters beyond what "
                        "riskmap allows (n={n}, r={r}, p={p})",
                        n=str(n)[:20], r=str(r)[:20], p=str(p)[:20])


def _decode(value: object, field: str, source: Path | str) -> bytes:
    # The field's name ("salt", "nonce", "ciphertext") is the envelope's own word.
    if not isinstance(value, str):
        raise FileError(source, "damaged encrypted project (no {field})", field=field)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise FileError(source, "damaged encrypted project ({field} is not base64)",
                        field=field) from None
