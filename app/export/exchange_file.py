"""The exchange file (.opsc): one assessment that travels on a USB stick or by e-mail.

A plain file is a zip archive (stdlib zipfile) of two JSON documents:
  manifest.json    format name and version, app version, questionnaire id/version/fingerprints,
                   assessment uid, written by/at, the sections it holds (null: all)
  assessment.json  details, answers, action plan, weight overrides with their reasons

A protected file is that whole zip encrypted (docs/file-formats.md, "Exchange files"):
  b"OPSC-ENC" | header length (2 bytes, big endian) | header JSON | salt (16) | nonce (12) | ciphertext+tag
The header (format version, cipher, scrypt parameters, a key check) is the only clear text; everything
before the ciphertext is authenticated as associated data, so a flipped byte anywhere is detected.

This module only turns dicts into bytes and back, refusing with ExchangeFileError (a message key of
app/services/messages.py and its values) anything that is not a sound exchange file of a known version.
Reading is bounded: file size, zip members, expanded size, compression ratio and JSON depth.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import struct
import zipfile
import zlib
from typing import Any

FORMAT = "opsc-exchange"
FORMAT_VERSION = 2  # 2: the hand-out marks (manifest `original`, answers' `handed_out`); 1 is still read
SUFFIX = ".opsc"
MAGIC = b"OPSC-ENC"
MAX_FILE_BYTES = 20 * 1024 * 1024  # the file as it travels
MAX_MEMBER_BYTES = 40 * 1024 * 1024  # one JSON document once expanded
MAX_RATIO = 200  # expanded / compressed: a higher ratio is a zip bomb (JSON of answers compresses ~5-20x)
MAX_HEADER = 4096
# The shortest passphrase accepted to protect a file (docs/file-formats.md): scrypt makes each guess cost
# ~0.1 s and 32 MB, but a 2-character passphrase is still found in minutes. 8 characters (a short sentence
# is better) puts a guess-every-combination attack out of reach of a laptop. Reading is not limited:
# files protected earlier with a shorter one still open.
MIN_PASSPHRASE = 8
MEMBERS = ("manifest.json", "assessment.json")
SALT_BYTES, NONCE_BYTES, KEY_BYTES, CHECK_BYTES = 16, 12, 32, 16
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~32 MB and ~0.1 s on an old laptop; raised by later versions
_N_RANGE = (2**14, 2**20)


class ExchangeFileError(ValueError):
    """The file is refused; `key` names the message (app/services/messages.py), `values` fill it."""

    def __init__(self, key: str, **values: object):
        self.key, self.values = key, values
        super().__init__(f"{key}: {values}" if values else key)


class PassphraseNeeded(ExchangeFileError):
    def __init__(self) -> None:
        super().__init__("exchange_passphrase_needed")


# ---- the seal: a whole-file digest of a plain exchange file (docs/file-formats.md) ------------------

SEAL = b"OPSC-SHA256:"  # the zip comment: this, then the SHA-256 (hex) of the file with an empty comment
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22


def _seal(plain: bytes) -> bytes:
    """The zip with its comment set to the seal: the digest of every byte before it (the comment empty)."""
    assert plain[-_EOCD_SIZE:-_EOCD_SIZE + 4] == _EOCD and plain[-2:] == b"\0\0"
    comment = SEAL + hashlib.sha256(plain).hexdigest().encode("ascii")
    return plain[:-2] + struct.pack("<H", len(comment)) + comment


def _check_seal(data: bytes) -> bool:
    """True when the file carries a seal that matches (False: an older file, written without one). A seal
    that does not match, or an end record that disagrees with where the file ends, is a damaged file."""
    end = data.rfind(_EOCD, max(0, len(data) - _EOCD_SIZE - 65_535 - 1))
    if end < 0 or end + _EOCD_SIZE > len(data):
        raise ExchangeFileError("exchange_damaged")
    (declared,) = struct.unpack("<H", data[end + 20:end + 22])
    comment = data[end + _EOCD_SIZE:]
    if declared != len(comment):  # bytes after the end record, or a comment length changed
        raise ExchangeFileError("exchange_damaged")
    if not comment:
        return False
    digest = comment[len(SEAL):]
    if not comment.startswith(SEAL) or len(digest) != 64:
        raise ExchangeFileError("exchange_damaged")
    unsealed = data[:end + 20] + b"\0\0"
    if not hmac.compare_digest(hashlib.sha256(unsealed).hexdigest().encode("ascii"), digest):
        raise ExchangeFileError("exchange_damaged")
    return True


def _check_headers(z: zipfile.ZipFile, data: bytes) -> None:
    """For a file without a seal (written before it): each member's local header says what the central
    directory says (name, flags, method, time, CRC, sizes, version needed), members follow each other with
    no gap, and the central directory starts where the last member ends. A byte changed in a header is
    refused as damaged even when the content's CRC still holds."""
    infos = sorted(z.infolist(), key=lambda i: i.header_offset)
    at = 0
    for info in infos:
        if info.header_offset != at or at + 30 > len(data):
            raise ExchangeFileError("exchange_damaged")
        (sig, version, flags, method, mtime, mdate, crc, csize, usize, nlen, elen) = struct.unpack(
            "<4sHHHHHIIIHH", data[at:at + 30])
        name = data[at + 30:at + 30 + nlen]
        d = info.date_time
        packed = ((d[0] - 1980) << 9 | d[1] << 5 | d[2], d[3] << 11 | d[4] << 5 | d[5] // 2)
        described = (sig, version, flags, method, (mdate, mtime), name)
        if described != (b"PK\x03\x04", info.extract_version, info.flag_bits, info.compress_type, packed,
                         info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")):
            raise ExchangeFileError("exchange_damaged")
        if not flags & 0x08 and (crc, csize, usize) != (info.CRC, info.compress_size, info.file_size):
            raise ExchangeFileError("exchange_damaged")
        at += 30 + nlen + elen + info.compress_size
        if flags & 0x08:  # a data descriptor after the content (never written by us), with or without its signature
            at += 16 if data[at:at + 4] == b"PK\x07\x08" else 12
    end = data.rfind(_EOCD)
    disk, cd_disk, here, total, size, start = struct.unpack("<HHHHII", data[end + 4:end + 20])
    if (disk, cd_disk, here, total, size, start) != (0, 0, len(infos), len(infos), end - at, at):
        raise ExchangeFileError("exchange_damaged")


# ---- writing -------------------------------------------------------------------------------------

def _json(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def pack(manifest: dict[str, Any], assessment: dict[str, Any]) -> bytes:
    """The plain exchange file: a zip of the manifest (first) and the assessment, sealed (its comment holds
    the SHA-256 of the whole file: docs/file-formats.md)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", _json({**manifest, "format": FORMAT, "format_version": FORMAT_VERSION}))
        z.writestr("assessment.json", _json(assessment))
    return _seal(buf.getvalue())


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    out = Scrypt(salt=salt, length=KEY_BYTES + CHECK_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return out[:KEY_BYTES], out[KEY_BYTES:]


def protect(plain: bytes, passphrase: str) -> bytes:
    """Encrypt a whole plain exchange file with AES-256-GCM under a key derived from the passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase.strip():  # empty or only spaces: protects nothing
        raise ExchangeFileError("exchange_passphrase_empty")
    if len(passphrase) < MIN_PASSPHRASE:
        raise ExchangeFileError("exchange_passphrase_short", n=len(passphrase), min=MIN_PASSPHRASE)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = _json({"format": FORMAT, "format_version": FORMAT_VERSION, "cipher": "AES-256-GCM",
                    "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
                    "key_check": base64.b64encode(check).decode("ascii")})
    clear = MAGIC + struct.pack(">H", len(header)) + header + salt + nonce
    return clear + AESGCM(key).encrypt(nonce, plain, clear)


# ---- reading -------------------------------------------------------------------------------------

def is_protected(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _header(data: bytes) -> tuple[dict[str, Any], int]:
    """The clear header of a protected file and where the salt starts."""
    if len(data) < len(MAGIC) + 2:
        raise ExchangeFileError("exchange_damaged")
    (size,) = struct.unpack(">H", data[len(MAGIC):len(MAGIC) + 2])
    start = len(MAGIC) + 2
    if size > MAX_HEADER or len(data) < start + size + SALT_BYTES + NONCE_BYTES + 16:
        raise ExchangeFileError("exchange_damaged")
    try:
        header = json.loads(data[start:start + size].decode("utf-8"))
    except (ValueError, RecursionError):
        raise ExchangeFileError("exchange_damaged") from None
    if not isinstance(header, dict):
        raise ExchangeFileError("exchange_damaged")
    _check_version(header)
    return header, start + size


def _kdf_params(header: dict[str, Any]) -> tuple[int, int, int, bytes]:
    kdf = header.get("kdf")
    try:
        assert header.get("cipher") == "AES-256-GCM" and isinstance(kdf, dict) and kdf.get("name") == "scrypt"
        n, r, p = (kdf[k] for k in ("n", "r", "p"))
        assert all(type(x) is int for x in (n, r, p))
        assert _N_RANGE[0] <= n <= _N_RANGE[1] and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4
        check = base64.b64decode(header["key_check"], validate=True)
        assert len(check) == CHECK_BYTES
    except (AssertionError, KeyError, TypeError, ValueError):  # parameters we would not use: tampered
        raise ExchangeFileError("exchange_damaged") from None
    return n, r, p, check


def unprotect(data: bytes, passphrase: str | None) -> bytes:
    """The plain exchange file inside a protected one. Refuses a newer format (before asking for the
    passphrase), a wrong passphrase, and any change to any byte of the file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, at = _header(data)
    n, r, p, check = _kdf_params(header)
    if passphrase is None:
        raise PassphraseNeeded()
    salt, nonce = data[at:at + SALT_BYTES], data[at + SALT_BYTES:at + SALT_BYTES + NONCE_BYTES]
    body = at + SALT_BYTES + NONCE_BYTES
    key, mine = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(mine, check):
        raise ExchangeFileError("exchange_wrong_passphrase")
    try:
        return AESGCM(key).decrypt(nonce, data[body:], data[:body])
    except InvalidTag:
        raise ExchangeFileError("exchange_damaged") from None


def _check_version(doc: dict[str, Any]) -> None:
    if doc.get("format") != FORMAT:
        raise ExchangeFileError("exchange_not_ours")
    version = doc.get("format_version")
    if type(version) is not int or version < 1:
        raise ExchangeFileError("exchange_damaged")
    if version > FORMAT_VERSION:
        raise ExchangeFileError("exchange_newer_format", version=version, supported=FORMAT_VERSION)


def _member(z: zipfile.ZipFile, name: str) -> Any:
    info = z.getinfo(name)
    if info.file_size > MAX_MEMBER_BYTES:
        raise ExchangeFileError("exchange_too_big_inside", name=name, limit=MAX_MEMBER_BYTES // 2**20)
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ExchangeFileError("exchange_bomb", name=name)
    with z.open(info) as f:
        raw = f.read(MAX_MEMBER_BYTES + 1)  # the header's sizes may lie: never read more than the limit
    if len(raw) > MAX_MEMBER_BYTES:
        raise ExchangeFileError("exchange_too_big_inside", name=name, limit=MAX_MEMBER_BYTES // 2**20)
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise ExchangeFileError("exchange_bad_json", name=name) from None
    if not isinstance(doc, dict):
        raise ExchangeFileError("exchange_bad_json", name=name)
    return doc


def unpack(data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, assessment) of a plain exchange file; the manifest's format version is checked first."""
    if not data.startswith(b"PK"):  # one of ours whose first bytes changed is damaged, anything else not ours
        raise ExchangeFileError("exchange_damaged" if SEAL in data[-80:] else "exchange_not_ours")
    sealed = _check_seal(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if not sealed:  # written before the seal: at least the headers must agree
                _check_headers(z, data)
            names = z.namelist()
            if len(names) > 16 or any(n not in MEMBERS for n in names) or len(set(names)) != len(names):
                odd = next((n for n in names if n not in MEMBERS), names[0] if names else "")
                raise ExchangeFileError("exchange_odd_member", name=odd[:80])
            if any(i.flag_bits & 0x1 for i in z.infolist()):  # zip encryption (ZipCrypto): never ours
                raise ExchangeFileError("exchange_not_ours")
            if "manifest.json" not in names:
                raise ExchangeFileError("exchange_not_ours")
            manifest = _member(z, "manifest.json")
            _check_version(manifest)
            if "assessment.json" not in names:
                raise ExchangeFileError("exchange_damaged")
            return manifest, _member(z, "assessment.json")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, zlib.error, OSError,
            RuntimeError):  # RuntimeError: zipfile's "password required", should a flag be hidden
        raise ExchangeFileError("exchange_damaged") from None


def read(data: bytes, passphrase: str | None) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """(manifest, assessment, was it protected) of an exchange file's bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeFileError("exchange_too_big", size=f"{len(data) / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20)
    if is_protected(data):
        return (*unpack(unprotect(data, passphrase)), True)
    return (*unpack(data), False)
