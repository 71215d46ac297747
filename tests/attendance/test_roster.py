"""Roster import: malformed files are clear errors, refused rows block everything, a failure
during import rolls everything back."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from desktop_app.attendance.roster import RosterError, import_roster
from desktop_app.errors import DuplicateError
from desktop_app.storage.repositories import Audit, People
from desktop_app.vision.image_io import save_image


def write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(db: Any) -> list[str]:
    return [p.name for p in db.run(lambda s: People(s).list())]


class NoEnrollment:
    """An app context whose enrollment service cannot be built (models missing)."""

    def __init__(self, settings: Any, db: Any) -> None:
        self.settings, self.db = settings, db

    @property
    def enrollment(self) -> Any:
        raise ModuleNotFoundError("No module named 'desktop_app.vision.pipeline'")


@pytest.fixture
def ctx(settings: Any, db: Any) -> Any:
    return NoEnrollment(settings, db)


def test_rows_without_photos_are_imported_with_groups_and_ids(ctx, db, tmp_path) -> None:
    path = write(
        tmp_path,
        "\ufeffName;External ID;Class\nAna Lima;S1;7B\nMarія Коваль;S2;7B\nBen Ode;;7C\n",
    )
    report = import_roster(ctx, path)
    assert report.ok and report.imported == 3
    assert [r.status for r in report.rows] == ["imported"] * 3
    people = {p.name: p for p in db.run(lambda s: People(s).list())}
    assert people["Ana Lima"].external_id == "S1" and people["Ana Lima"].group_name == "7B"
    assert people["Ben Ode"].external_id is None and people["Ben Ode"].group_name == "7C"
    [entry] = db.run(lambda s: Audit(s).list(action="roster.import"))
    assert entry.target == "file:roster.csv"
    assert "Imported 3 of 3 rows" in str(report)


@pytest.mark.parametrize(
    "header",
    [
        "Name;Schülernummer;Klasse;Foto",  # de
        "Nom;Numéro d'élève;Classe;Fichier",  # fr
        "Nombre;Matrícula;Grupo;Foto",  # es
        "Nome;Número do aluno;Turma;Foto",  # pt
        "姓名;学号;班级;照片",  # zh_CN
        "الاسم;رقم الطالب;الصف;الصورة",  # ar
        "Schüler-Name;Schüler-Nr.;KLASSE;Bild",  # case, punctuation
    ],
)
def test_a_class_list_with_headers_in_a_shipped_language_keeps_ids_and_groups(
    ctx, db, tmp_path, header
) -> None:
    path = write(tmp_path, f"\ufeff{header}\nAnna Groß;S1;7B;\nBen Ode;S2;7C;\n")
    report = import_roster(ctx, path)
    assert report.ok and report.imported == 2 and report.ignored_columns == []
    people = {p.name: p for p in db.run(lambda s: People(s).list())}
    assert people["Anna Groß"].group_name == "7B" and people["Anna Groß"].external_id == "S1"
    assert people["Ben Ode"].group_name == "7C"
    assert "not read" not in str(report)


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        ("Nom;Prénom;Classe\nMartin;Léa;6A\nMartin;Hugo;6A\n", ["Léa Martin", "Hugo Martin"]),
        ("Name;Vorname;Klasse\nMüller;Anna;6A\nMüller;Jonas;6A\n", ["Anna Müller", "Jonas Müller"]),
        ("Nombre;Apellidos;Curso\nLucía;García López;6A\n", ["Lucía García López"]),
        ("Nome;Sobrenome;Turma\nAna;Souza;6A\n", ["Ana Souza"]),
        (
            "Nombre;Primer apellido;Segundo apellido;Curso\nLucía;García;López;6A\n"
            "Lucía;Pérez;;6A\n",
            ["Lucía García López", "Lucía Pérez"],
        ),
        ("first_name,last_name,class\nLea,Martin,6A\n", ["Lea Martin"]),
        ("姓,名,班级\n王,芳,6A\n", ["王芳"]),
    ],
)
def test_a_name_in_two_columns_is_imported_whole(ctx, db, tmp_path, csv_text, expected) -> None:
    """A first name and a last name in two columns: both halves, never one of them alone
    (two pupils called "Martin" could not be told apart on the roll call)."""
    report = import_roster(ctx, write(tmp_path, csv_text))
    assert report.imported == len(expected) and report.ignored_columns == []
    people = db.run(lambda s: People(s).list())
    assert sorted(p.name for p in people) == sorted(expected)
    assert {p.group_name for p in people} == {"6A"}


def test_two_people_the_roll_call_could_not_tell_apart_are_pointed_out(ctx, db, tmp_path) -> None:
    """Same name, same group, no ID: on two rows of the file, or already enrolled (the list
    imported a second time). Warnings on the rows, before the import; nothing refused."""
    path = write(
        tmp_path,
        "name,external_id,group\nAna Lima,,7B\nana  lima,,7B\nAna Lima,,7C\nBen Ode,S2,7B\n",
    )
    report = import_roster(ctx, path, dry_run=True)
    assert report.ok
    warned = {r.line: r.warnings for r in report.rows if r.warnings}
    assert warned == {
        3: [
            "the same name as line 2, in the same group and without an external id: the roll "
            "call cannot tell them apart (add their ID numbers)"
        ]
    }
    assert "warning: the same name as line 2" in str(report)
    import_roster(ctx, write(tmp_path, "name,group\nCem Aydın,7B\n", name="first.csv"))
    again = import_roster(ctx, write(tmp_path, "name,group\nCem Aydın,7B\n"), dry_run=True)
    [row] = again.rows
    assert row.warnings == [
        "Cem Aydın is already in this group (id 1): if this list was imported before, "
        "importing it again adds everyone a second time"
    ]


def test_a_first_name_column_without_last_names_is_refused_with_the_reason(
    ctx, db, tmp_path
) -> None:
    with pytest.raises(RosterError, match="a column of first names but none of last names"):
        import_roster(ctx, write(tmp_path, "first_name,class\nLea,6A\n"))
    assert names(db) == []


def test_columns_the_app_does_not_read_are_named_before_anything_is_imported(
    ctx, db, tmp_path
) -> None:
    path = write(
        tmp_path,
        "Name;Klasse;Geburtsdatum;Gruppe;;Notiz\n"
        "Anna Groß;7B;2014-03-01;Chor;x;\n"
        "Ben Ode;7C;2014-05-02;;;\n",
    )
    report = import_roster(ctx, path, dry_run=True)
    # the unknown column, the second group column and the unnamed one that holds a value,
    # by the names the file gives them; an unknown column is named even when it is empty
    assert report.ignored_columns == ["Geburtsdatum", "Gruppe", "column 5", "Notiz"]
    note = report.column_note()
    assert note.startswith(
        'Columns not read, their values are not imported: "Geburtsdatum", "Gruppe", '
        '"column 5", "Notiz".'
    )
    assert note in str(report) and report.to_dict()["ignored_columns"] == report.ignored_columns
    assert report.ok and names(db) == []  # a remark, not a refusal: the rows are fine
    report = import_roster(ctx, path)
    assert report.imported == 2 and note in str(report)
    people = {p.name: p for p in db.run(lambda s: People(s).list())}
    assert people["Anna Groß"].group_name == "7B"  # the first group column is the one read


def test_a_row_typed_with_another_separator_is_refused_not_imported_as_a_name(
    ctx, db, tmp_path
) -> None:
    path = write(
        tmp_path,
        "name;external_id;group\nBen Ode;S1;7B\nAna Lima,S103\nSmith, John\n",
    )
    report = import_roster(ctx, path)
    assert not report.ok and names(db) == []
    ana = next(r for r in report.rows if r.line == 3)
    assert ana.status == "refused"
    assert "several columns (Ana Lima | S103)" in ana.reason
    assert "fix the separators on this line" in ana.reason
    # a comma that belongs to a name (no ID squeezed in) is fine
    assert next(r for r in report.rows if r.line == 4).status == "ok"


def test_dry_run_checks_without_importing(ctx, db, tmp_path) -> None:
    report = import_roster(ctx, write(tmp_path, "name,group\nAna,7B\n"), dry_run=True)
    assert report.ok and report.rows[0].status == "ok" and names(db) == []
    assert "Dry run: 1 of 1 rows can be imported; nothing was imported yet." in str(report)


def test_any_refused_row_means_nothing_is_imported(ctx, db, tmp_path) -> None:
    db.run(lambda s: People(s).add("Old Timer", external_id="S9"))
    path = write(
        tmp_path,
        "name,external_id,group,photo\n"
        "Ana Lima,S1,7B,\n"
        ",S2,7B,\n"  # line 3: no name
        "Ben Ode,S1,7B,\n"  # line 4: same id as line 2
        "Cem Aydın,S9,7C,\n"  # line 5: id taken in the database
        "Dan Roe,S5,7C,dan.jpg\n",  # line 6: photo, but no enrollment service
    )
    report = import_roster(ctx, path)
    assert not report.ok and report.imported == 0
    reasons = {r.line: r.reason for r in report.refused}
    assert reasons == {
        3: "missing name",
        4: "duplicate external id 'S1' (also on line 2)",
        5: "external id 'S9' already belongs to Old Timer (id 1)",
        6: reasons[6],
    }
    assert reasons[6].startswith("enrollment not available")
    assert names(db) == ["Old Timer"]  # nothing half-imported
    assert "Nothing was imported: 4 of 5 rows were refused" in str(report)
    assert report.to_dict()["rows"][1]["reason"] == "missing name"


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        ("name,group\nJosé,7B\n", "cp1252", "not UTF-8"),
        ("Ana Lima,S1,7B\nBen Ode,S2,7B\n", "utf-8", "no header line"),
        ("name|external_id|group\nAna|S1|7B\n", "utf-8", "could not be split into columns"),
        ("\n\n", "utf-8", "is empty"),
        ("name,group\n", "utf-8", "no rows"),
    ],
)
def test_malformed_files_are_clear_errors(ctx, db, tmp_path, content, encoding, message) -> None:
    with pytest.raises(RosterError, match=message):
        import_roster(ctx, write(tmp_path, content, encoding=encoding))
    assert names(db) == []


def test_missing_file_is_a_clear_error(ctx, tmp_path) -> None:
    with pytest.raises(RosterError, match="does not exist"):
        import_roster(ctx, tmp_path / "nope.csv")


def test_quoted_commas_and_extra_fields(ctx, db, tmp_path) -> None:
    path = write(tmp_path, 'name,group\n"Lima, Ana",7B\nBen,7B,extra\n')
    report = import_roster(ctx, path)
    assert report.rows[0].status == "ok" and report.rows[0].name == "Lima, Ana"
    assert "3 fields but the header has 2" in report.rows[1].reason
    assert names(db) == []


def test_a_quote_left_open_is_refused_instead_of_swallowing_the_people_after_it(
    ctx, db, tmp_path
) -> None:
    """An unclosed quote made the csv module read the following lines into one field: Ben and
    Cem vanished and the file 'could be imported'. A quoted note over two lines in a column
    the app does not read is still fine."""
    path = write(tmp_path, 'name;external_id;group\nAna Lima;"S1;7B\nBen Ode;S2;7B\nCem;S3;7C\n')
    report = import_roster(ctx, path)
    [row] = report.rows
    assert row.status == "refused" and row.line == 2 and row.name == "Ana Lima"
    assert row.reason.startswith('a quote (") opens on line 2 and is never closed')
    assert names(db) == []
    # closed by a later quote: the lines in between are named
    later = 'name;external_id;group\nAna;"S1;7B\nBen;S2;7B\nCem;S3";7C\nDan;S4;7C\n'
    report = import_roster(ctx, write(tmp_path, later, "later.csv"))
    assert report.rows[0].reason.startswith(
        'a quote (") opens on line 2 and is not closed until line 4'
    )
    assert report.rows[1].name == "Dan" and not report.ok
    # on the last line: one line, yet the ID would have been 'S2;7C' and the group lost
    last = 'name;external_id;group\n"Ana" Lima;S1;7B\nBen Ode;"S2;7C\n'  # "Ana" Lima is fine
    report = import_roster(ctx, write(tmp_path, last, "last.csv"))
    assert [r.status for r in report.rows] == ["ok", "refused"]
    assert report.rows[1].reason.startswith('a quote (") opens on line 3 and is never closed')
    assert names(db) == []
    note = write(tmp_path, 'name;group;Notiz\nAna Lima;7B;"zwei\nZeilen"\nBen Ode;7B;\n', "n.csv")
    report = import_roster(ctx, note)
    assert [(r.line, r.name, r.status) for r in report.rows] == [
        (2, "Ana Lima", "imported"),
        (4, "Ben Ode", "imported"),
    ]


class FlakyEnrollment:
    """Stands in for the enrollment service to provoke a failure *after* validation (a
    look-alike found at enrollment time): what is checked is the database afterwards."""

    def __init__(self, db: Any, fail_on: str) -> None:
        self.db, self.fail_on, self.removed = db, fail_on, []

    threshold = 0.36

    def embed_photo(self, path: Path, *, allow_weak: bool = False) -> tuple[np.ndarray, bool]:
        return np.zeros(8, np.float32), False

    def gallery_lookalikes(self, embedding: np.ndarray) -> list[Any]:
        return []

    def pairwise_distances(self, e: np.ndarray) -> np.ndarray:
        return 10 * (1 - np.eye(len(e)))  # nobody looks like anybody

    def enroll(self, name: str, sources: list[Path], **kw: Any) -> Any:
        if name == self.fail_on:
            raise DuplicateError(f"This face already matches someone else ({name}).")
        person = self.db.run(
            lambda s: People(s).add(name, external_id=kw["external_id"], group_name=kw["group"])
        )
        return SimpleNamespace(person=person)

    def erase_person(self, person_id: int) -> None:
        self.removed.append(person_id)
        self.db.run(lambda s: People(s).delete(person_id))


def test_failure_during_import_rolls_everything_back(settings, db, tmp_path) -> None:

    img = np.full((64, 64, 3), 128, np.uint8)
    for n in ("a.png", "b.png"):
        save_image(tmp_path / n, img)
    path = write(
        tmp_path,
        "name,external_id,group,photo\nAna,S1,7B,a.png\nBen,S2,7B,b.png\nCem,S3,7B,\n",
    )
    enrollment = FlakyEnrollment(db, fail_on="Ben")
    ctx = SimpleNamespace(settings=settings, db=db, enrollment=enrollment)
    report = import_roster(ctx, path, consent=True)
    assert report.rolled_back and report.imported == 0 and not report.ok
    assert [r.status for r in report.rows] == ["rolled back", "refused", "rolled back"]
    assert "already matches" in report.rows[1].reason
    assert names(db) == [] and len(enrollment.removed) == 1
    assert db.run(lambda s: Audit(s).list(action="roster.rollback"))


def test_photos_need_consent_when_required(settings, db, tmp_path) -> None:

    save_image(tmp_path / "a.png", np.zeros((32, 32, 3), np.uint8))
    ctx = SimpleNamespace(settings=settings, db=db, enrollment=FlakyEnrollment(db, ""))
    report = import_roster(ctx, write(tmp_path, "name,photo\nAna,a.png\nBen,missing.png\n"))
    assert "consent" in report.rows[0].reason
    assert report.rows[1].reason.startswith("photo not found")
    assert names(db) == []


# --- with the real models -----------------------------------------------------------------
def _link_models(settings: Any, models_dir: Path) -> None:
    target = settings.paths.models
    target.mkdir(parents=True, exist_ok=True)
    for sub in Path(models_dir).iterdir():
        if sub.is_dir() and not (target / sub.name).exists():
            try:
                (target / sub.name).symlink_to(sub, target_is_directory=True)
            except OSError:
                shutil.copytree(sub, target / sub.name)


@pytest.fixture
def real_ctx(settings: Any, models_dir: Path) -> Iterator[Any]:
    from desktop_app.context import AppContext

    _link_models(settings, models_dir)
    app = AppContext(settings)
    yield app
    app.close()


@pytest.mark.slow
def test_real_enrollment_refuses_a_photo_without_a_face(real_ctx, tmp_path) -> None:
    from skimage import data

    save_image(tmp_path / "astronaut.png", data.astronaut()[:, :, ::-1])
    save_image(tmp_path / "wall.png", np.full((300, 300, 3), 200, np.uint8))
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    path = write(
        tmp_path,
        "name,external_id,group,photo\n"
        "Eileen Collins,N1,crew,astronaut.png\n"
        "Nobody,N2,crew,wall.png\n"
        "Broken,N3,crew,broken.jpg\n",
    )
    report = import_roster(real_ctx, path, consent=True)
    assert [r.status for r in report.rows] == ["ok", "refused", "refused"]
    assert report.rows[1].reason.startswith("no face found in wall.png")
    assert report.rows[2].reason.startswith("unreadable photo")
    assert names(real_ctx.db) == []

    ok = write(
        tmp_path,
        "name,external_id,group,photo\nEileen Collins,N1,crew,astronaut.png\n",
        name="ok.csv",
    )
    report = import_roster(real_ctx, ok, consent=True)
    assert report.ok and report.imported == 1
    person = real_ctx.db.run(lambda s: People(s).find("N1"))
    assert person.template_count == 1 and person.group_name == "crew"


def test_a_giant_field_is_a_clear_error(ctx, db, tmp_path) -> None:
    path = write(tmp_path, "name,group\nAna," + "G" * 200_000 + "\n")
    with pytest.raises(RosterError, match="line 2"):
        import_roster(ctx, path)
    assert names(db) == []


@pytest.mark.slow
def test_a_small_photo_refused_as_blurred_still_shows_its_lookalikes(real_ctx, tmp_path) -> None:
    import cv2
    from skimage import data

    from desktop_app.vision.image_io import save_image

    astro = data.astronaut()[:, :, ::-1]
    save_image(tmp_path / "eileen.png", astro)
    thumb = cv2.resize(astro[0:260, 110:330], (40, 47), interpolation=cv2.INTER_AREA)
    save_image(tmp_path / "small.png", cv2.resize(thumb, (300, 354), interpolation=cv2.INTER_CUBIC))
    path = write(
        tmp_path,
        "name,external_id,group,photo\nEileen Collins,N1,crew,eileen.png\n"
        "Eileen Small,N2,crew,small.png\n",
    )
    dry = import_roster(real_ctx, path, dry_run=True, consent=True)
    assert "--allow-weak" in dry.rows[1].reason
    # one pass: accepting the small photo will not bring a new pair to light
    assert [(p.line_a, p.line_b) for p in dry.pairs] == [(2, 3)]
    done = import_roster(real_ctx, path, consent=True, allow_lookalike=True, allow_weak=True)
    assert done.ok and done.imported == 2 and len(done.pairs) == 1


def test_pupils_imported_after_a_lesson_are_not_absent_from_it(ctx, db, settings, tmp_path) -> None:
    """The class list arrives after the morning's lesson: that lesson's roll call still
    lists only who was in the class then; the next lesson lists the imported pupils too."""
    import datetime as dt

    from desktop_app.attendance.service import AttendanceService

    now = dt.datetime.now(dt.UTC)
    db.run(
        lambda s: People(s).add("Old Timer", group_name="7B", member_since=now - dt.timedelta(1))
    )
    svc = AttendanceService(settings, db)
    morning = svc.start_session(
        "Maths 7B",
        group="7B",
        starts_at=now - dt.timedelta(hours=3),
        ends_at=now - dt.timedelta(hours=2),
    )
    report = import_roster(ctx, write(tmp_path, "name,group\nAna Lima,7B\nBen Ode,7C\n"))
    assert report.ok and report.imported == 2
    assert [(e.name, e.status) for e in svc.roll_call(morning.id)] == [("Old Timer", "A")]
    later = svc.start_session("Art 7B", group="7B")
    assert [e.name for e in svc.roll_call(later.id)] == ["Ana Lima", "Old Timer"]
