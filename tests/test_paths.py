"""Where the data lives: the environment variable, the portable marker beside the program, or the
platform's user-data folder."""

from __future__ import annotations

import pytest

from app import paths


@pytest.fixture
def program(tmp_path, monkeypatch):
    folder = tmp_path / "usb-stick" / "opsc-assess"
    folder.mkdir(parents=True)
    monkeypatch.setattr(paths, "program_dir", lambda: folder)
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    return folder


def test_the_portable_marker_puts_the_data_beside_the_program(program):
    (program / "portable.txt").write_text("", encoding="utf-8")
    assert paths.data_home() == program / "OPSC-Assess-data"
    assert paths.database_path().parent == program / "OPSC-Assess-data"
    assert paths.logs_dir().is_relative_to(program) and paths.backups_dir().is_relative_to(program)


def test_without_the_marker_the_platform_folder_is_used(program):
    assert not paths.data_home().is_relative_to(program)


def test_the_environment_variable_wins_over_the_marker(program, tmp_path, monkeypatch):
    (program / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "elsewhere"))
    assert paths.data_home() == tmp_path / "elsewhere"


def test_a_folder_named_like_the_marker_is_not_a_marker(program):
    (program / "portable.txt").mkdir()
    assert paths.portable_home() is None
