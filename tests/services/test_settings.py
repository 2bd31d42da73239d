"""Preferences in settings.json: round trip, damaged files, unknown keys, limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import paths
from app.services.settings import Settings, clamp_text_scale, load_settings, save_settings


def test_round_trip_in_the_data_folder(data_home: Path) -> None:
    s = Settings(language="ar", text_scale=1.5, first_run_done=True, last_database="/x/a.sqlite",
                 window_geometry="AAAA", confidentiality="Internal", report_language="fr")
    save_settings(s)
    assert paths.settings_path() == data_home / "settings.json"
    assert (data_home / "settings.json").is_file()
    assert load_settings() == s


def test_missing_file_gives_defaults(data_home: Path) -> None:
    assert not (data_home / "settings.json").exists()
    assert load_settings() == Settings()


@pytest.mark.parametrize("text", ["{not json", "", "\x00\x01", "[1, 2, 3]", "null", '"en"'])
def test_corrupt_json_gives_defaults(data_home: Path, text: str) -> None:
    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text(text, encoding="utf-8")
    assert load_settings() == Settings()


def test_wrong_types_fall_back_per_field(data_home: Path) -> None:
    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text(json.dumps({
        "language": ["fr"], "text_scale": "huge", "first_run_done": "yes",
        "last_database": 12, "confidentiality": None, "report_language": "de",
    }), encoding="utf-8")
    s = load_settings()
    assert s == Settings()


def test_unknown_keys_are_ignored_and_known_kept(data_home: Path) -> None:
    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text(
        json.dumps({"language": "fr", "theme": "dark", "telemetry": True}), encoding="utf-8")
    s = load_settings()
    assert s.language == "fr"
    assert not hasattr(s, "theme")


def test_unknown_language_becomes_english(data_home: Path) -> None:
    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    assert load_settings().language == "en"


@pytest.mark.parametrize(("stored", "expected"), [
    (0.1, 0.75), (9, 2.5), (1.25, 1.25), (-3, 1.0), ("1.5", 1.5), (float("nan"), 1.0), (None, 1.0),
])
def test_text_scale_is_clamped(data_home: Path, stored: object, expected: float) -> None:
    data_home.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"text_scale": stored}) if stored == stored else '{"text_scale": NaN}'
    (data_home / "settings.json").write_text(payload, encoding="utf-8")
    assert load_settings().text_scale == pytest.approx(expected)
    assert clamp_text_scale(stored) == pytest.approx(expected)


def test_save_leaves_no_temporary_files(data_home: Path) -> None:
    save_settings(Settings(language="fr"))
    save_settings(Settings(language="ar"))
    assert sorted(p.name for p in data_home.iterdir()) == ["settings.json"]
    assert json.loads((data_home / "settings.json").read_text(encoding="utf-8"))["language"] == "ar"


def _stick(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A portable copy of the program in `root` (portable.txt beside it); returns its data folder."""
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.setattr(paths, "program_dir", lambda: root)
    return paths.data_home()


def test_a_portable_stick_mounted_elsewhere_opens_its_own_database(tmp_path: Path, monkeypatch) -> None:
    """Issues 14/18: the absolute path in settings.json pointed at the old mount, where a new empty
    database was made."""
    import shutil

    from app.services.settings import remember_database, remembered_database
    from app.storage import Repository, open_database

    first = tmp_path / "E"
    (first / paths.PORTABLE_DATA / "team").mkdir(parents=True)
    (first / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    home = _stick(first, monkeypatch)
    assert home == first / paths.PORTABLE_DATA
    db = open_database(home / "team" / "workshop.sqlite")
    Repository(db).add_assessment(title="Kenya", country_code="KE", questionnaire_id="q", questionnaire_version="1",
                                  questionnaire_hash="h")
    db.close()
    s = Settings(first_run_done=True)
    remember_database(s, str(home / "team" / "workshop.sqlite"))
    assert s.last_database == "team/workshop.sqlite"  # relative to the data folder
    save_settings(s)

    second = tmp_path / "F" / "stick"
    second.parent.mkdir()
    shutil.move(first, second)  # the same stick, another drive letter
    home = _stick(second, monkeypatch)
    target = remembered_database(load_settings())
    assert target == home / "team" / "workshop.sqlite"
    db = open_database(target)
    assert [a.title for a in Repository(db).listings()] == ["Kenya"]
    db.close()
    assert not first.exists()  # nothing made at the old place


def test_a_remembered_file_that_is_gone_opens_the_default_database(tmp_path: Path, data_home: Path) -> None:
    from app.services.settings import remember_database, remembered_database

    s = Settings()
    gone = tmp_path / "elsewhere" / "old.sqlite"
    remember_database(s, str(gone))
    assert s.last_database == str(gone)  # outside the data folder: the full path
    assert remembered_database(s) == data_home / "assessments.sqlite"
    assert not gone.parent.exists()
    remember_database(s, "postgresql+psycopg://amina@server/opsc")
    assert remembered_database(s) == "postgresql+psycopg://amina@server/opsc"
    assert remembered_database(Settings()) == data_home / "assessments.sqlite"


def test_settings_nested_too_deep_are_a_damaged_file(data_home: Path) -> None:
    """JSON nested 100,000 deep made json.loads raise RecursionError: the app could not start and the
    command line printed a traceback (outside adversary, minor 1)."""
    data_home.mkdir(parents=True)
    (data_home / "settings.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert load_settings() == Settings()


def test_a_damaged_file_is_copied_and_its_readable_values_kept(data_home: Path) -> None:
    data_home.mkdir(parents=True)
    damaged = '{"language": "ar", "user_name": "Amina \\"A\\" B", "text_scale": 1.5, "export_folder": "/x\x00'
    (data_home / "settings.json").write_text(damaged, encoding="utf-8")
    s = load_settings()
    assert (s.language, s.user_name, s.text_scale, s.export_folder) == ("ar", 'Amina "A" B', 1.5, None)
    copies = list(data_home.glob("settings.json.damaged-*"))
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == damaged
    load_settings()  # read again before being rewritten: no second copy of the same file
    assert len(list(data_home.glob("settings.json.damaged-*"))) == 1
    save_settings(s)
    assert load_settings() == s and copies[0].read_text(encoding="utf-8") == damaged


def test_the_command_line_starts_with_settings_nested_too_deep(tmp_path: Path) -> None:
    from tests.cli.helpers import cli

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text("{" + '"a":{' * 50_000 + "}" * 50_001, encoding="utf-8")
    done = cli("list", env_home=home)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
