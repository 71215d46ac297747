"""Import a class/staff roster from CSV: ``name, external_id, group, photo``.

All or nothing. Every row is checked first (name present, external id unique in the file
and the database, photo found, readable and showing one face that passes the quality gate,
consent confirmed when the settings require it); if any row is refused, nothing is imported
and the report says why for each row. Then everything is imported; if an enrollment still
fails (the disk full...), the people created so far are removed again, so the database never
holds half a roster.

Look-alikes are found in the same pass: every photo is embedded and compared with the
enrolled gallery and with every other photo of the file, and the report lists EVERY pair
(``RosterReport.pairs``). Without ``allow_lookalike`` the rows of a pair are refused; with it
they are imported and each pair is remembered (``storage.Lookalikes``: a stricter decision
between the two, a second factor at the kiosk). A photo refused only as too blurred because
it is small or upscaled (``WeakPhotoError``) is imported as a weak sample with
``allow_weak``, with a warning on its row.

Accepted files: UTF-8 (with or without the byte-order mark spreadsheet apps write), comma,
semicolon or tab separated, a header line naming the columns. Column names are matched
loosely (``External ID``, ``external-id``, ``student_id`` ...). Photo paths are relative to
the CSV file's folder (absolute paths work too). Only ``name`` is required.
"""

from __future__ import annotations

import csv
import io
import logging
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.errors import AppError, ImageError
from desktop_app.i18n import formats, translate
from desktop_app.storage.repositories import Audit, Lookalikes, People

log = logging.getLogger(__name__)

# What each column may be called: English, and the words of every language the app ships a
# catalogue for (de, fr, es, pt, zh_CN, ar), so a class list exported from a German or French
# school system keeps its group and photo. Matched after ``_norm`` (case, accents, spaces and
# punctuation do not matter).
_ALIASES = {
    "name": (
        "name full_name fullname person student student_name pupil pupil_name",
        "vollständiger_name schüler schülerin schülername schüler_name",
        "nom nom_complet élève nom_de_l'élève nom_et_prénom prénom_et_nom",
        "nombre nombre_completo alumno alumna estudiante nombre_del_alumno nombre_y_apellidos",
        "nome nome_completo aluno aluna nome_do_aluno",
        "姓名 名字 学生 学生姓名",
        "الاسم اسم الاسم_الكامل الطالب اسم_الطالب",
    ),
    "external_id": (
        "external_id externalid id student_id staff_id number student_number pupil_number",
        "employee_id nummer schülernummer schüler_nr schüler_id personalnummer kennung",
        "ausweisnummer matrikelnummer",
        "identifiant numéro numéro_élève numéro_d'élève matricule id_élève",
        "identificador número número_de_alumno número_de_estudiante matrícula id_alumno",
        "número_do_aluno número_de_estudante",
        "学号 编号 工号 号码 学生编号",
        "الرقم رقم المعرف رقم_الطالب رقم_الموظف",
    ),
    "group": (
        "group group_name class form team homeroom",
        "gruppe klasse kurs lerngruppe",
        "groupe classe équipe",
        "grupo clase curso equipo",
        "turma equipe equipa",
        "班级 班 组 小组 分组",
        "المجموعة مجموعة الصف صف الفصل فصل الفريق",
    ),
    "photo": (
        "photo photo_path photo_file picture image file",
        "foto bild datei fotodatei",
        "fichier fichier_photo",
        "imagen archivo fichero fotografía",
        "imagem arquivo ficheiro fotografia",
        "照片 相片 图片 文件 照片文件",
        "الصورة صورة ملف الملف",
    ),
    # a name split in two columns, joined into one (``_name_parts``)
    "first_name": (
        "first_name firstname given_name forename",
        "vorname rufname",
        "prénom",
        "nombre_de_pila",
        "primeiro_nome",
        "名",
        "الاسم_الأول",
    ),
    "last_name": (
        "last_name lastname surname family_name",
        "nachname familienname zuname",
        "nom_de_famille",
        "apellidos apellido primer_apellido apellido_1 apellido1",
        "sobrenome apelido",
        "姓",
        "اسم_العائلة العائلة اللقب الكنية",
    ),
    "second_last_name": ("segundo_apellido apellido_2 apellido2",),  # Spanish names
}


def _norm(header: str) -> str:
    """A header cell as a key: lower case, accents off, words joined by "_" ("Schüler-Nr."
    -> "schuler_nr", "External ID" -> "external_id")."""
    text = unicodedata.normalize("NFKD", header.strip().casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return "_".join("".join(ch if ch.isalnum() else " " for ch in text).split())


COLUMNS = {
    col: {_norm(word.replace("_", " ")) for line in lines for word in line.split()}
    for col, lines in _ALIASES.items()
}
DELIMITERS = (",", ";", "\t")
MAX_ROWS = 20_000


class RosterError(AppError):
    """The roster file cannot be read as a whole (encoding, header, delimiter)."""


@dataclass(frozen=True)
class RosterRow:
    line: int  # line number in the file (the header is line 1)
    name: str
    external_id: str | None
    group: str | None
    photo: str | None  # as written in the file
    status: str  # imported | ok (dry run / valid, not imported) | refused | rolled back
    reason: str = ""
    person_id: int | None = None
    warnings: list[str] = field(default_factory=list)  # weak sample, look-alike accepted


# The command-line advice inside refusals, each one translatable piece, so the GUI can swap it
# for its own words in any language (roster_dialog.gui_reason).
def consent_hint() -> str:
    return translate("Roster", "confirm it for everyone listed with --consent")


def lookalike_hint() -> str:
    return translate("Roster", "import with --allow-lookalike if they are different people")


def _n(number: int) -> str:
    """A line, column or count in a message, in the GUI's digits (the CLI's are Latin)."""
    return formats().digits(number)


def weak_hint() -> str:
    return translate("Roster", "import with --allow-weak to enroll it as a weak sample")


def distance_note(distance: float) -> str:
    return translate("Roster", " at distance {distance}").format(distance=f"{distance:.3f}")


def enrolled_note(person_id: int | None) -> str:
    return translate("Roster", " (already enrolled, id {id})").format(id=person_id)


@dataclass(frozen=True)
class RosterPair:
    """Two faces of one look-alike pair: two rows of the file, or a row and an enrolled
    person (``line_b`` None, ``person_id_b`` set)."""

    line_a: int
    name_a: str
    name_b: str | None
    distance: float
    line_b: int | None = None
    person_id_b: int | None = None

    @property
    def text(self) -> str:
        other = (
            f"line {self.line_b}: {self.name_b}"
            if self.line_b is not None
            else f"{self.name_b or 'someone'} (enrolled, id {self.person_id_b})"
        )
        return f"line {self.line_a}: {self.name_a} <-> {other}, distance {self.distance:.3f}"


@dataclass(frozen=True)
class RosterReport:
    path: Path
    rows: list[RosterRow]
    dry_run: bool
    imported: int
    rolled_back: bool = False
    problems: list[str] = field(default_factory=list)  # file-level remarks
    pairs: list[RosterPair] = field(default_factory=list)  # every look-alike pair found
    allow_lookalike: bool = False
    ignored_columns: list[str] = field(default_factory=list)  # as the header names them

    @property
    def refused(self) -> list[RosterRow]:
        return [r for r in self.rows if r.status == "refused"]

    @property
    def ok(self) -> bool:
        return not self.refused and not self.rolled_back

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "dry_run": self.dry_run,
            "imported": self.imported,
            "refused": len(self.refused),
            "rolled_back": self.rolled_back,
            "ok": self.ok,
            "rows": [asdict(r) for r in self.rows],
            "lookalike_pairs": [{**asdict(p), "text": p.text} for p in self.pairs],
            "lookalikes_allowed": self.allow_lookalike,
            "ignored_columns": self.ignored_columns,
        }

    def column_note(self) -> str:
        """The columns of the file that are not read, in a sentence ("" when every column
        is read): their values are not imported, and the operator should hear so before the
        import rather than find a class without its group afterwards."""
        if not self.ignored_columns:
            return ""
        return translate(
            "Roster",
            "Columns not read, their values are not imported: {columns}. The columns read are "
            "name, external_id, group and photo (also written in German, French, Spanish, "
            "Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).",
        ).format(columns=", ".join(f'"{c}"' for c in self.ignored_columns))

    def pair_lines(self) -> list[str]:
        """The look-alike section of the text report (empty without pairs)."""
        if not self.pairs:
            return []
        verdict = (
            "accepted (--allow-lookalike): each pair is remembered"
            if self.allow_lookalike
            else "refused: import with --allow-lookalike if they are different people"
        )
        return [
            f"Look-alike pairs: {len(self.pairs)} ({verdict})",
            *(f"  {p.text}" for p in self.pairs),
        ]

    def verdict(self) -> str:
        """The last line of the report: what was (or, on a dry run, would be) imported."""
        n = len(self.rows)
        if self.dry_run:
            verdict = (
                f"Dry run: {n} of {n} rows can be imported; nothing was imported yet."
                if self.ok
                else f"Dry run: {len(self.refused)} of {n} rows refused; fix them and try again."
            )
        elif self.imported:
            verdict = f"Imported {self.imported} of {n} rows from {self.path.name}."
        elif self.rolled_back:
            verdict = "Nothing was imported: an enrollment failed, everything was rolled back."
        else:
            verdict = (
                f"Nothing was imported: {len(self.refused)} of {n} rows were refused. "
                "Fix those rows and import the file again."
            )
        return verdict

    def __str__(self) -> str:
        lines = []
        for r in self.rows:
            who = r.name or "(no name)"
            extra = f" [{r.external_id}]" if r.external_id else ""
            text = {
                "imported": f"imported (id {r.person_id})",
                "ok": "ok",
                "refused": "REFUSED",
                "rolled back": "not imported (rolled back)",
            }.get(r.status, r.status)
            lines.append(
                f"line {r.line}: {who}{extra}: {text}" + (f": {r.reason}" if r.reason else "")
            )
            lines.extend(f"    warning: {w}" for w in r.warnings)
        lines.extend(self.pair_lines())
        verdict = self.verdict()
        note = [self.column_note()] if self.ignored_columns else []
        return "\n".join([*lines, *self.problems, *note, verdict])


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, raw in enumerate(header):
        key = _norm(raw)
        for col, aliases in COLUMNS.items():
            if key in aliases and col not in found:
                found[col] = i
    return _name_parts(found)


def _name_parts(found: dict[str, int]) -> dict[str, int]:
    """A name in two columns: beside a first-name column, the plain name column is the last
    name ("Name;Vorname", "Nom;Prénom"); beside a last-name column it is the first name
    ("Nombre;Apellidos", "Nome;Sobrenome"). With a name column and both halves, the name
    column is read and the halves are not."""
    if "second_last_name" in found and "last_name" not in found:
        found["last_name"] = found.pop("second_last_name")
    first, last = "first_name" in found, "last_name" in found
    if "name" in found and first != last:
        found["last_name" if first else "first_name"] = found.pop("name")
    elif "name" in found:
        for half in ("first_name", "last_name", "second_last_name"):
            found.pop(half, None)
    return found


def _has_name(cols: dict[str, int]) -> bool:
    return "name" in cols or ("first_name" in cols and "last_name" in cols)


def _joined_name(first: str, last: str) -> str:
    """The full name from its halves: "Anna Groß"; family name first and no space when both
    are written in CJK ideographs (姓 王 + 名 芳 -> 王芳)."""
    if first and last and all(_cjk(ch) for ch in first + last):
        return last + first
    return " ".join(part for part in (first, last) if part)


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af"


def _ignored(header: list[str], cols: dict[str, int], rows: list[list[str]]) -> list[str]:
    """The header's columns that are not read, as the file names them: an unknown name, a
    second column of a kind already read ("Gruppe" after "Klasse"), or a column without a
    name that holds values ("column 5")."""
    used = set(cols.values())
    out = []
    for i, raw in enumerate(header):
        if i in used:
            continue
        name = raw.strip()
        if name:
            out.append(name[:60])
        elif any(i < len(f) and f[i].strip() for f in rows):
            out.append(translate("Roster", "column {number}").format(number=_n(i + 1)))
    return out


def read_roster(
    csv_path: Path,
) -> tuple[list[tuple[int, dict[str, str]]], dict[str, int], list[str]]:
    """Rows as ``(line, {column: value})``, the header map and the columns not read (see
    ``_ignored``). Raises ``RosterError``."""
    path = Path(csv_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise RosterError(
            translate("Roster", "The roster file {path} does not exist.").format(path=path)
        ) from exc
    except OSError as exc:
        raise RosterError(
            translate("Roster", "Cannot read the roster file {path}: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterError(
            translate(
                "Roster",
                "{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from "
                "your spreadsheet as 'CSV UTF-8' and import it again.",
            ).format(file=path.name, byte=f"{data[exc.start]:02x}", position=exc.start)
        ) from exc
    if "\x00" in text:
        raise RosterError(
            translate(
                "Roster", "{file} is not a text CSV file (is it a spreadsheet .xlsx?)."
            ).format(file=path.name)
        )
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise RosterError(
            translate(
                "Roster", "{file} is empty: it needs a header line and one row per person."
            ).format(file=path.name)
        )
    best: tuple[str, dict[str, int]] | None = None
    half = ""  # a first- or last-name column without its other half
    for delim in DELIMITERS:
        try:
            header = next(csv.reader([first], delimiter=delim))
        except csv.Error as exc:  # a header field over csv.field_size_limit...
            raise RosterError(
                translate(
                    "Roster",
                    "{file}: the first line cannot be read as a CSV header ({error}). The first "
                    "line must be name,external_id,group,photo.",
                ).format(file=path.name, error=exc)
            ) from exc
        cols = _columns(header)
        half = half or next((c for c in ("first_name", "last_name") if c in cols), "")
        if _has_name(cols) and (best is None or len(cols) > len(best[1])):
            best = (delim, cols)
    shown = repr(first.strip()[:80])
    if best is None and half:
        if half == "first_name":
            why = translate(
                "Roster",
                "The header of {file} ({header}) has a column of first names but none of last "
                "names: add that column (e.g. first_name and last_name), or one column 'name' "
                "with the whole name.",
            )
        else:
            why = translate(
                "Roster",
                "The header of {file} ({header}) has a column of last names but none of first "
                "names: add that column (e.g. first_name and last_name), or one column 'name' "
                "with the whole name.",
            )
        raise RosterError(why.format(file=path.name, header=shown))
    if best is None:
        lowered = first.lower()
        if "name" in lowered and any(a in lowered for a in ("external", "group", "photo", "class")):
            raise RosterError(
                translate(
                    "Roster",
                    "The header of {file} ({header}) could not be split into columns: separate "
                    "them with commas (or semicolons), e.g. name,external_id,group,photo.",
                ).format(file=path.name, header=shown)
            )
        raise RosterError(
            translate(
                "Roster",
                "{file} has no header line naming its columns; the first line must be "
                "name,external_id,group,photo (found {header}).",
            ).format(file=path.name, header=shown)
        )
    delim, cols = best
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        rows, cols, ignored = _read_rows(reader, cols, path)
        if rows and _open_at_end(text, delim):
            line, rec = rows[-1]
            why = translate(
                "Roster",
                'a quote (") opens on line {line} and is never closed: everything after it was '
                "read as one value, so what it holds would be lost; close the quote or remove "
                "it",
            ).format(line=_n(line))
            rows[-1] = (line, {"__error__": why, "name": rec.get("name", "")})
        return rows, cols, ignored
    except csv.Error as exc:  # a field over csv.field_size_limit, a stray NUL...
        raise RosterError(
            translate(
                "Roster",
                "{file}, line {line}: {error}. Is this really the roster? Check that line (or "
                "save the file again as CSV).",
            ).format(file=path.name, line=_n(reader.line_num), error=exc)
        ) from exc


def _read_rows(
    reader: Any, cols: dict[str, int], path: Path
) -> tuple[list[tuple[int, dict[str, str]]], dict[str, int], list[str]]:
    header = next(reader)
    while not any(h.strip() for h in header):
        header = next(reader)
    width = len(header)
    rows: list[tuple[int, dict[str, str]]] = []
    kept: list[list[str]] = []  # the rows' fields, to tell which unnamed columns hold values
    last_line = reader.line_num
    for fields in reader:
        first_line, last_line = last_line + 1, reader.line_num
        if not any(f.strip() for f in fields):
            continue
        line = first_line  # where the row starts (a quoted note may run over lines)
        if len(rows) >= MAX_ROWS:
            raise RosterError(
                translate("Roster", "{file} has more than {count} rows; split it.").format(
                    file=path.name, count=f"{MAX_ROWS:,}"
                )
            )
        kept.append(fields)
        if last_line > first_line and _swallowed(fields, cols, reader.dialect.delimiter):
            name = _row_name([f.strip().splitlines()[0] if f.strip() else "" for f in fields], cols)
            why = translate(
                "Roster",
                'a quote (") opens on line {line} and is not closed until line {end}: those '
                "lines were read as one row, so the people on them would be lost; close the "
                "quote or remove it",
            ).format(line=_n(first_line), end=_n(last_line))
            rows.append((first_line, {"__error__": why, "name": name}))
            continue
        if len(fields) > width and any(f.strip() for f in fields[width:]):
            rows.append(
                (
                    line,
                    {
                        "__error__": translate(
                            "Roster",
                            "{count} fields but the header has {width} (a separator inside a "
                            "name? put it in quotes)",
                        ).format(count=_n(len(fields)), width=_n(width)),
                        "name": _row_name(fields, cols),
                    },
                )
            )
            continue
        rec = {c: (fields[i].strip() if i < len(fields) else "") for c, i in cols.items()}
        rec["name"] = _row_name(fields, cols)
        for half in ("first_name", "last_name", "second_last_name"):
            rec.pop(half, None)
        rows.append((line, rec))
    return rows, cols, _ignored(header, cols, kept)


def _open_at_end(text: str, delimiter: str) -> bool:
    """The file ends inside a quoted field: the last row's quote is never closed (the lenient
    reader gives that row all that follows, even on one line: 'Ben;"S2;7C' -> 'S2;7C')."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    at_end = False
    while True:  # past the strict reader's other complaints ('"Anna" Lee' reads as Anna Lee)
        try:
            next(reader)
        except StopIteration:
            return at_end
        except csv.Error as exc:
            at_end = "unexpected end of data" in str(exc)
        else:
            at_end = False


def _swallowed(fields: list[str], cols: dict[str, int], delimiter: str) -> bool:
    """A row over several lines that a quote left open made: a line break in a column the app
    reads (no name, ID, group or photo has one), or later lines that look like rows (they
    hold the separator). A quoted note over two lines in another column is fine."""
    used = set(cols.values())
    for i, f in enumerate(fields):
        lines = f.strip().splitlines()
        if len(lines) > 1 and (i in used or any(delimiter in ln for ln in lines[1:])):
            return True
    return False


def _row_name(fields: list[str], cols: dict[str, int]) -> str:
    def cell(col: str) -> str:
        i = cols[col]
        return fields[i].strip() if i < len(fields) else ""

    if "name" in cols:
        return cell("name")
    last = cell("last_name")
    if "second_last_name" in cols:  # "García" + "López": one family name of two words
        last = " ".join(part for part in (last, cell("second_last_name")) if part)
    return _joined_name(cell("first_name"), last)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _same_name(
    name: str,
    group: str | None,
    line: int,
    seen: dict[tuple[str, str], int],
    enrolled: dict[tuple[str, str], Any],
) -> list[str]:
    """Warnings for a row without an external id whose name is already in its group, on an
    earlier row or in the database: the roll call would list two people it cannot tell
    apart, or the list is being imported a second time."""
    key = (_fold(name), group or "")
    out = []
    if key in seen:
        out.append(
            translate(
                "Roster",
                "the same name as line {line}, in the same group and without an external id: "
                "the roll call cannot tell them apart (add their ID numbers)",
            ).format(line=_n(seen[key]))
        )
    else:
        seen[key] = line
    if key in enrolled:
        out.append(
            translate(
                "Roster",
                "{name} is already in this group (id {id}): if this list was imported "
                "before, importing it again adds everyone a second time",
            ).format(name=enrolled[key].name, id=enrolled[key].id)
        )
    return out


def _separator_slip(name: str, rec: dict[str, str], cols: dict[str, int]) -> str:
    """A name-only row whose name reads as several columns split by another separator, one
    of them with a digit in it: "Ana Lima,S103" typed by hand into a semicolon file would
    otherwise become a person of that name with no ID. "Smith, John" has no digit: kept."""
    if len(cols) < 2 or any(rec.get(c) for c in cols if c != "name"):
        return ""
    for sep in DELIMITERS:
        parts = [p.strip() for p in name.split(sep)]
        if len(parts) > 1 and any(ch.isdigit() for p in parts[1:] for ch in p):
            return translate(
                "Roster",
                "the name looks like several columns ({parts}): this file separates its "
                "columns differently; fix the separators on this line",
            ).format(parts=" | ".join(parts))
    return ""


def import_roster(
    ctx: Any,
    csv_path: Path | str,
    *,
    dry_run: bool = False,
    consent: bool = False,
    actor: str = "operator",
    allow_lookalike: bool = False,
    allow_weak: bool = False,
    photo_folder: Path | None = None,
) -> RosterReport:
    """Check every row, then import all of them or none. See the module docstring.

    Photos are read only from inside ``photo_folder`` (default: the roster's folder), after
    ``..`` and symlinks are resolved."""
    path = Path(csv_path)
    raw_rows, cols, ignored = read_roster(path)
    if not raw_rows:
        raise RosterError(
            translate("Roster", "{file} has a header but no rows.").format(file=path.name)
        )
    base = Path(photo_folder) if photo_folder is not None else path.parent
    db = ctx.db
    require_consent = bool(ctx.settings.privacy.require_consent)

    everyone = db.run(lambda s: People(s).list())
    existing = {p.external_id: p for p in everyone if p.external_id}
    # name and group -> someone already there without an ID (a list imported twice?)
    same_name = {(_fold(p.name), p.group_name or ""): p for p in everyone if not p.external_id}
    enrollment: Any = None
    enrollment_error = ""
    if any(r.get("photo") for _, r in raw_rows):
        try:
            enrollment = ctx.enrollment
            if not hasattr(enrollment, "enroll"):
                raise AttributeError("enroll")
        except (ImportError, AttributeError, AppError) as exc:
            enrollment = None
            enrollment_error = str(exc) if isinstance(exc, AppError) else ""

    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}  # name and group of rows without an ID
    checked: list[RosterRow] = []
    photos: dict[int, Path] = {}
    embeddings: dict[int, Any] = {}  # line -> embedding of its photo (look-alike pass)
    for line, rec in raw_rows:
        name = rec.get("name", "")
        ext = rec.get("external_id") or None
        group = rec.get("group") or None
        photo = rec.get("photo") or None
        row = RosterRow(line, name, ext, group, photo, "ok")
        reason = rec.get("__error__", "")
        warnings: list[str] = []
        if not reason and not name:
            reason = translate("Roster", "missing name")
        if not reason:
            reason = _separator_slip(name, rec, cols)
        if not reason and ext is not None:
            if ext in seen_ids:
                reason = translate(
                    "Roster", "duplicate external id '{id}' (also on line {line})"
                ).format(id=ext, line=_n(seen_ids[ext]))
            elif ext in existing:
                who = existing[ext]
                reason = translate(
                    "Roster", "external id '{id}' already belongs to {name} (id {person})"
                ).format(id=ext, name=who.name, person=who.id)
        if ext is not None and ext not in seen_ids:
            seen_ids[ext] = line
        if not reason and ext is None and name:
            warnings.extend(_same_name(name, group, line, seen_names, same_name))
        if not rec.get("__error__") and name and photo is not None:
            # Photos are checked even on rows refused for another reason, so one pass lists
            # every problem (and every look-alike pair).
            photo_path = Path(photo) if Path(photo).is_absolute() else base / photo
            photo_reason = _outside_roster_folder(photo, photo_path, base)
            emb, weak = None, False
            if not photo_reason:
                photo_reason, emb, weak = _check_photo(
                    photo_path, enrollment, enrollment_error, allow_weak
                )
            if emb is not None:
                embeddings[line] = emb
            if weak:
                warnings.append(
                    translate(
                        "Roster",
                        "{file} is small or upscaled (too blurred for the quality gate): "
                        "enrolled as a weak sample; take camera samples of this person",
                    ).format(file=photo_path.name)
                )
            if not photo_reason and require_consent and not consent:
                photo_reason = translate(
                    "Roster", "consent to store the face not confirmed ({hint})"
                ).format(hint=consent_hint())
            reason = "; ".join(r for r in (reason, photo_reason) if r)
            photos[line] = photo_path
        row = replace(row, warnings=warnings)
        checked.append(replace(row, status="refused", reason=reason) if reason else row)

    pairs = _find_pairs(enrollment, checked, embeddings) if embeddings else []
    checked = _apply_pairs(checked, pairs, allow_lookalike)

    refused = [r for r in checked if r.status == "refused"]
    if dry_run or refused:
        return RosterReport(
            path,
            checked,
            dry_run,
            0,
            pairs=pairs,
            allow_lookalike=allow_lookalike,
            ignored_columns=ignored,
        )

    report = _import_all(
        ctx,
        path,
        checked,
        photos,
        enrollment,
        consent,
        actor,
        allow_lookalike=allow_lookalike,
        allow_weak=allow_weak,
        pairs=pairs,
    )
    return replace(report, pairs=pairs, allow_lookalike=allow_lookalike, ignored_columns=ignored)


def _find_pairs(
    enrollment: Any, rows: list[RosterRow], embeddings: dict[int, Any]
) -> list[RosterPair]:
    """Every look-alike pair of the file: each photo against the enrolled gallery, and every
    two photos of the file against each other (same threshold as enrollment)."""
    import numpy as np

    names = {r.line: r.name for r in rows}
    lines = sorted(embeddings)
    pairs: list[RosterPair] = []
    for line in lines:
        for pid, who, dist in enrollment.gallery_lookalikes(embeddings[line]):
            pairs.append(RosterPair(line, names[line], who, float(dist), person_id_b=pid))
    if len(lines) > 1:
        d = enrollment.pairwise_distances(np.stack([embeddings[ln] for ln in lines]))
        threshold = float(enrollment.threshold)
        ii, jj = np.nonzero(np.triu(d <= threshold, k=1))
        for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
            a, b = lines[i], lines[j]
            pairs.append(RosterPair(a, names[a], names[b], float(d[i, j]), line_b=b))
    return sorted(pairs, key=lambda p: (p.line_a, p.line_b or 0, p.person_id_b or 0))


def _apply_pairs(
    rows: list[RosterRow], pairs: list[RosterPair], allow_lookalike: bool
) -> list[RosterRow]:
    """Refuse (or, when allowed, warn on) every row that is part of a look-alike pair."""
    notes: dict[int, list[str]] = {}
    for p in pairs:
        on_line = translate("Roster", "{name} (line {line})")
        other_b = (
            on_line.format(name=p.name_b, line=_n(p.line_b))
            if p.line_b is not None
            else (p.name_b or translate("Roster", "someone")) + enrolled_note(p.person_id_b)
        )
        notes.setdefault(p.line_a, []).append(other_b + distance_note(p.distance))
        if p.line_b is not None:
            notes.setdefault(p.line_b, []).append(
                on_line.format(name=p.name_a, line=_n(p.line_a)) + distance_note(p.distance)
            )
    out = []
    for r in rows:
        if r.line not in notes:
            out.append(r)
            continue
        others = ", ".join(notes[r.line])
        if allow_lookalike:
            accepted = translate("Roster", "looks like {others} (accepted as a look-alike)")
            out.append(replace(r, warnings=[*r.warnings, accepted.format(others=others)]))
        else:
            why = translate(
                "Roster", "looks like {others}: the same person twice, or a look-alike ({hint})"
            ).format(others=others, hint=lookalike_hint())
            reason = "; ".join(x for x in (r.reason, why) if x)
            out.append(replace(r, status="refused", reason=reason))
    return out


def _outside_roster_folder(photo: str, photo_path: Path, base: Path) -> str:
    """A refusal when the photo (after ``..`` and symlinks) is not inside the roster's folder,
    else "". The same words whether or not such a file exists: a roster cannot probe the
    disk, nor make the app read files elsewhere."""
    try:
        inside = photo_path.resolve().is_relative_to(base.resolve())
    except (OSError, RuntimeError):  # a symlink loop, an unusable name
        inside = False
    if inside:
        return ""
    return translate(
        "Roster",
        "photo '{photo}' is not a file inside the roster's folder {folder}: put the photos in "
        "that folder (or a folder below it)",
    ).format(photo=photo[:120], folder=base)


def _check_photo(
    photo_path: Path, enrollment: Any, enrollment_error: str, allow_weak: bool = False
) -> tuple[str, Any, bool]:
    """(reason refused or "", the embedding enrollment would store, weak sample?)."""
    if enrollment is None:
        if enrollment_error:
            why = translate("Roster", "enrollment not available ({error})").format(
                error=enrollment_error
            )
        else:
            why = translate("Roster", "enrollment not available")
        return why, None, False
    try:
        found = photo_path.is_file()
    except OSError as exc:  # ENAMETOOLONG, ELOOP...: the name itself is unusable
        why = translate("Roster", "photo path cannot be used ({error}): {path}").format(
            error=exc.strerror or exc, path=str(photo_path)[:120]
        )
        return why, None, False
    if not found:
        return translate("Roster", "photo not found: {path}").format(path=photo_path), None, False
    from desktop_app.errors import MultipleFacesError, NoFaceError, QualityError
    from desktop_app.recognition.enrollment import WeakPhotoError
    from desktop_app.vision.quality import hints_text

    try:
        emb, weak = enrollment.embed_photo(photo_path, allow_weak=allow_weak)
    except ImageError as exc:
        return translate("Roster", "unreadable photo: {error}").format(error=exc), None, False
    except NoFaceError:
        why = translate("Roster", "no face found in {file}").format(file=photo_path.name)
        return why, None, False
    except MultipleFacesError as exc:
        why = translate("Roster", "{file}: {count} faces; crop it to one person").format(
            file=photo_path.name, count=_n(exc.count)
        )
        return why, None, False
    except WeakPhotoError as exc:
        why = translate(
            "Roster",
            "{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)",
        ).format(file=photo_path.name, problems=hints_text(exc.reasons), hint=weak_hint())
        # Its look-alikes are listed in this same pass too, so accepting the small photo
        # never brings a new pair to light on the next check.
        try:
            emb, _weak = enrollment.embed_photo(photo_path, allow_weak=True)
        except AppError:
            emb = None
        return why, emb, False
    except QualityError as exc:
        problems = (
            hints_text(exc.reasons) if exc.reasons else translate("Roster", "photo quality too low")
        )
        why = translate("Roster", "{file}: {problems}").format(
            file=photo_path.name, problems=problems
        )
        return why, None, False
    except AppError as exc:
        return (
            translate("Roster", "photo cannot be checked: {error}").format(error=exc),
            None,
            False,
        )
    return "", emb, weak


def _import_all(
    ctx: Any,
    path: Path,
    rows: list[RosterRow],
    photos: dict[int, Path],
    enrollment: Any,
    consent: bool,
    actor: str,
    *,
    allow_lookalike: bool = False,
    allow_weak: bool = False,
    pairs: list[RosterPair] | None = None,
) -> RosterReport:
    created: list[tuple[int, bool]] = []  # (person id, enrolled with photo)
    extra: dict[str, Any] = {}
    if allow_lookalike:
        extra["allow_lookalike"] = True
    if allow_weak:
        extra["allow_weak"] = True
    done: dict[int, int] = {}  # line -> person id
    failed_line: int | None = None
    failure = ""
    try:
        for r in rows:  # the risky part first: photo enrollments
            if r.line in photos:
                failed_line = r.line
                res = enrollment.enroll(
                    r.name,
                    [photos[r.line]],
                    external_id=r.external_id,
                    group=r.group,
                    consent=consent,
                    **extra,
                )
                created.append((res.person.id, True))
                done[r.line] = res.person.id
        failed_line = None
        plain = [r for r in rows if r.line not in photos]

        def add_plain(s: Any) -> dict[int, int]:
            people = People(s)
            ids = {
                r.line: people.add(r.name, external_id=r.external_id, group_name=r.group).id
                for r in plain
            }
            # Pairs inside the file: enrollment remembers those its gallery search found;
            # this makes sure every pair the check listed is remembered.
            for p in pairs or []:
                if not allow_lookalike:
                    break
                b = done.get(p.line_b) if p.line_b is not None else p.person_id_b
                a = done.get(p.line_a)
                if a is not None and b is not None and a != b:
                    Lookalikes(s).add(a, b, distance=p.distance, allowed_by=actor)
            Audit(s).write(
                actor,
                "roster.import",
                target=f"file:{path.name}"[:200],
                details={
                    "rows": len(rows),
                    "with_photo": len(photos),
                    "lookalike_pairs": len(pairs or []) if allow_lookalike else 0,
                    "people": sorted([*done.values(), *ids.values()]),
                },
            )
            return ids

        done.update(ctx.db.run(add_plain))
    except (AppError, OSError, ValueError) as exc:
        failure = str(exc)
        log.warning("roster import of %s failed (%s); rolling back", path, failure)
        _roll_back(ctx, enrollment, created, actor, path)
        out = []
        for r in rows:
            if r.line == failed_line:
                out.append(replace(r, status="refused", reason=failure))
            else:
                out.append(replace(r, status="rolled back", reason=""))
        if failed_line is None:
            problems = [f"saving the people without photos failed: {failure}"]
        else:
            problems = []
        return RosterReport(path, out, False, 0, rolled_back=True, problems=problems)
    out = [replace(r, status="imported", person_id=done[r.line]) for r in rows]
    return RosterReport(path, out, False, len(out))


def _roll_back(
    ctx: Any, enrollment: Any, created: list[tuple[int, bool]], actor: str, path: Path
) -> None:
    for pid, _with_photo in reversed(created):
        try:
            if enrollment is not None and hasattr(enrollment, "erase_person"):
                enrollment.erase_person(pid)
            else:
                ctx.db.run(lambda s, pid=pid: People(s).delete(pid))
        except AppError:
            log.exception("rolling back person %s failed", pid)
    if created:
        ctx.db.run(
            lambda s: Audit(s).write(
                actor,
                "roster.rollback",
                target=f"file:{path.name}"[:200],
                details={"removed": [pid for pid, _ in created]},
            )
        )
