"""A plain (unprotected) exchange file with one byte changed anywhere - content, a member's local header, the
central directory, the end record - is refused as damaged (issue 14, outside adversary: a flipped byte in a
zip header was read because the content's CRC still held). Files written by this version carry a whole-file
SHA-256 in the zip comment (the seal); files written before it are checked for headers that agree."""

from __future__ import annotations

import struct
import zipfile

import pytest

from app.export import exchange_file as xf
from app.services import exchange as ex
from tests.services.test_exchange import _rewrite, facilitator_assessment, workshop  # noqa: F401 (fixture)


@pytest.fixture
def plain(workshop, tmp_path):  # noqa: F811
    fac = workshop("f")
    aid = facilitator_assessment(fac)
    return ex.share(fac, aid, tmp_path / "plain.opsc", by="Facilitatrice").path


def refused(data: bytes) -> str:
    with pytest.raises(xf.ExchangeFileError) as e:
        xf.read(data, None)
    return e.value.key


def test_a_file_carries_its_seal_and_reads_back(plain):
    data = plain.read_bytes()
    assert zipfile.ZipFile(plain).comment.startswith(xf.SEAL)  # any zip tool still opens it
    manifest, assessment, protected = xf.read(data, None)
    assert manifest["written_by"] == "Facilitatrice" and not protected and assessment["answers"]


def test_every_single_byte_changed_is_refused_as_damaged(plain):
    data = plain.read_bytes()
    keys = {}
    for at in range(len(data)):
        for flip in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[at] ^= flip
            keys.setdefault(refused(bytes(damaged)), []).append(at)
    assert set(keys) == {"exchange_damaged"}, {k: v[:5] for k, v in keys.items()}


def test_truncated_or_extended_sealed_files_are_refused(plain):
    data = plain.read_bytes()
    for cut in (1, 10, 76, 78, len(data) // 2):
        assert refused(data[:-cut]) in ("exchange_damaged", "exchange_not_ours")
    assert refused(data + b"\0") == "exchange_damaged"
    assert refused(data[:-76]) == "exchange_damaged"  # the seal cut off, its length left in the end record


def test_a_damaged_file_is_received_as_nothing(workshop, plain):  # noqa: F811
    data = bytearray(plain.read_bytes())
    data[14] ^= 0x01  # the first member's CRC in its local header: the content itself is intact
    plain.write_bytes(bytes(data))
    other = workshop("o")
    with pytest.raises(ex.ExchangeRefused) as e:
        ex.receive(other, plain)
    assert e.value.key == "exchange_damaged"
    assert "endommagé" in e.value.lines("fr")[0] and other.list_assessments() == []


def _fields(data: bytes) -> dict[str, int]:
    """Where each header field of an unsealed file starts: the first member's local header, its central
    directory entry, the end record."""
    cd = struct.unpack("<I", data[-6:-2])[0]
    return {"local version": 4, "local flags": 6, "local method": 8, "local time": 10, "local date": 12,
            "local crc": 14, "local compressed size": 18, "local size": 22, "local name length": 26,
            "local extra length": 28, "local name": 31,
            "central version needed": cd + 6, "central flags": cd + 8, "central method": cd + 10,
            "central time": cd + 12, "central date": cd + 14, "central crc": cd + 16,
            "central compressed size": cd + 20, "central size": cd + 24, "central name": cd + 47,
            "central offset": cd + 42, "end record offset": len(data) - 6, "end record count": len(data) - 12}


@pytest.mark.parametrize("field", list(_fields(b"\0" * 64 + struct.pack("<I", 0) + b"\0\0")))
def test_a_file_written_before_the_seal_is_refused_when_a_header_field_changed(plain, field):
    _rewrite(plain)  # as an earlier version wrote it: no comment, so no seal
    data = plain.read_bytes()
    assert zipfile.ZipFile(plain).comment == b""
    assert xf.read(data, None)[0]["written_by"] == "Facilitatrice"  # still read
    at = _fields(data)[field]
    damaged = bytearray(data)
    damaged[at] ^= 0x02
    assert refused(bytes(damaged)) in ("exchange_damaged", "exchange_odd_member"), field
