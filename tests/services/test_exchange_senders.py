"""What a shared file says about its sender (issue 11): the database it was written from and whether its
name is that laptop's default — as the window's share dialog (its name field filled with the default) and the
command line (--by or not) share."""

from __future__ import annotations

from app.export import exchange_file as xf
from app.services import exchange
from tests.ui.helpers import make_workspace


def test_a_shared_file_names_its_database_and_whether_its_name_was_the_default(tmp_path) -> None:
    ws = make_workspace(tmp_path / "laptop.sqlite")
    other = make_workspace(tmp_path / "other.sqlite")
    try:
        ws.record_as("Poste 3")  # the name given in Settings: this laptop's default
        aid = ws.create_assessment("Review", "MA", None, "", "")
        uid = ws.repo.database_uid()
        assert len(uid) == 36 and uid != other.repo.database_uid()

        def manifest(name: str, by: str | None) -> dict:
            path = exchange.share(ws, aid, tmp_path / f"{name}.opsc", by=by).path
            return xf.read(path.read_bytes(), None)[0]

        assert (manifest("none", None)["default_name"], manifest("none", None)["written_by"]) == (True, "Poste 3")
        assert manifest("dialog", ws.author)["default_name"] is True  # the dialog's field left as filled
        assert manifest("same", " poste  3 ")["default_name"] is True  # the default, typed again
        named = manifest("named", "Groupe 2")
        assert (named["default_name"], named["written_by"], named["sender_database"]) == (False, "Groupe 2", uid)
    finally:
        ws.close()
        other.close()
