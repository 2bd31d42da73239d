from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app.export import atomic
from app.export.atomic import ExportError, write_atomically
from app.export.xlsx import write_xlsx
from tests.factories import sample_report


def _write(text: str):
    return lambda tmp: Path(tmp).write_text(text, encoding="utf-8")


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    write_atomically(target, _write("one"))
    write_atomically(target, _write("two"))
    assert target.read_text(encoding="utf-8") == "two"
    assert _leftovers(tmp_path, {"report.txt", "opsc-home"}) == []


def test_failure_mid_write_keeps_the_previous_report_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"previous report")

    def broken_save(self, filename):  # writes half a file (or half a buffer), then the disk "fails"
        if hasattr(filename, "write"):
            filename.write(b"PK\x03\x04 half")
        else:
            Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken_save)
    with pytest.raises(ExportError) as err:
        write_xlsx(sample_report("en"), target)
    assert "report.xlsx" in str(err.value)
    assert target.read_bytes() == b"previous report"
    assert _leftovers(tmp_path, {"report.xlsx", "opsc-home"}) == []


def test_a_bug_in_the_writer_is_not_hidden_but_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"

    def buggy(tmp: Path) -> None:
        tmp.write_bytes(b"%PDF half")
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        write_atomically(target, buggy)
    assert not target.exists()
    assert _leftovers(tmp_path, {"opsc-home"}) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        write_atomically(tmp_path / "nope" / "r.pdf", _write("x"), "fr")
    assert "n’existe pas" in str(err.value)
    assert err.value.key == "err_no_folder"


def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError) as err:
            write_atomically(folder / "r.xlsx", _write("x"), "en")
        assert err.value.key == "err_folder_readonly"
        assert "cannot be written to" in str(err.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_read_only_target_file(tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(ExportError) as err:
        write_atomically(target, _write("new"), "ar")
    assert "للقراءة فقط" in str(err.value)
    assert target.read_text(encoding="utf-8") == "old"


def test_target_open_in_another_program(tmp_path: Path, monkeypatch) -> None:
    """On Windows, a file open in Excel makes os.replace fail with PermissionError."""
    target = tmp_path / "r.xlsx"
    target.write_text("old", encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportError) as err:
        write_atomically(target, _write("new"), "en")
    assert str(err.value) == ("The file r.xlsx is open in another program or read-only; close it or choose "
                              "another name.")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path, {"r.xlsx", "opsc-home"}) == []


def test_disk_full(tmp_path: Path) -> None:
    def full(tmp: Path) -> None:
        raise OSError(28, os.strerror(28))

    with pytest.raises(ExportError) as err:
        write_atomically(tmp_path / "r.pdf", full, "en")
    assert err.value.key == "err_disk_full"


def test_report_keeps_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "r.txt"
    write_atomically(target, _write("x"))
    assert target.stat().st_mode & 0o044 == 0o044  # readable by others, unlike a bare mkstemp file


def test_a_name_too_long_is_said_in_the_users_language(tmp_path: Path) -> None:
    """ENAMETOOLONG gave the system's English 'File name too long: …' in French and Arabic (minor 3)."""
    for lang, words in (("en", "too long"), ("fr", "trop long"), ("ar", "أطول")):
        with pytest.raises(ExportError) as err:
            write_atomically(tmp_path / ("r" * 300) / "report.pdf", _write("x"), lang)
        assert err.value.key == "err_name_too_long" and words in str(err.value)
        with pytest.raises(ExportError) as err:
            write_atomically(tmp_path / (("r" * 300) + ".pdf"), _write("x"), lang)
        assert err.value.key == "err_name_too_long"


def test_a_folder_named_like_the_report_is_said_to_be_a_folder(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").mkdir()
    with pytest.raises(ExportError) as err:
        write_atomically(tmp_path / "x.pdf", _write("x"), "fr")
    assert err.value.key == "err_is_folder" and "est un dossier" in str(err.value)


def test_an_arabic_message_keeps_the_path_left_to_right(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        write_atomically(tmp_path / "nope" / "r.pdf", _write("x"), "ar")
    assert f"\u2066{tmp_path / 'nope'}\u2069" in str(err.value)  # isolated: its leading / shows first


def test_temporary_files_left_by_a_killed_export_are_removed_next_time(tmp_path: Path) -> None:
    """kill -9 during an export left .~report.<random>.pdf beside the report forever (minor 7): the next
    export to that folder removes ours (exact pattern, from before this run, untouched since), nothing else."""
    old = time.time() - 3600
    stale = tmp_path / ".~report.k3j_x9a2.pdf"
    others = [tmp_path / ".~report.short.pdf", tmp_path / "notes.k3j_x9a2.pdf", tmp_path / ".~report.k3j_x9a2.txt"]
    for p in (stale, *others):
        p.write_bytes(b"half")
        os.utime(p, (old, old))
    fresh = tmp_path / ".~other.abcdefgh.xlsx"  # another instance writing right now
    fresh.write_bytes(b"being written")
    write_atomically(tmp_path / "report.pdf", _write("x"))
    assert not stale.exists()
    assert all(p.exists() for p in others) and fresh.exists()
