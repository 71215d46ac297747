"""Import a class/staff roster from CSV: ``name, external_id, group, photo``.

All or nothing. Every row is checked first (name present, external id unique in the file
and the database, photo found, readable and showing one face, consent confirmed when the
settings require it); if any row is refused, nothing is imported and the report says why
for each row. Then everything is imported; if an enrollment still fails (a look-alike found
at enrollment, the disk full...), the people created so far are removed again, so the
database never holds half a roster.

Accepted files: UTF-8 (with or without the byte-order mark spreadsheet apps write), comma,
semicolon or tab separated, a header line naming the columns. Column names are matched
loosely (``External ID``, ``external-id``, ``student_id`` ...). Photo paths are relative to
the CSV file's folder (absolute paths work too). Only ``name`` is required.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.errors import AppError, ImageError
from desktop_app.storage.repositories import Audit, People

log = logging.getLogger(__name__)

COLUMNS = {
    "name": {"name", "full_name", "fullname", "person", "student", "student_name"},
    "external_id": {"external_id", "externalid", "id", "student_id", "staff_id", "number"},
    "group": {"group", "group_name", "class", "form", "team"},
    "photo": {"photo", "photo_path", "photo_file", "picture", "image", "file"},
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


@dataclass(frozen=True)
class RosterReport:
    path: Path
    rows: list[RosterRow]
    dry_run: bool
    imported: int
    rolled_back: bool = False
    problems: list[str] = field(default_factory=list)  # file-level remarks

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
        }

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
        n = len(self.rows)
        if self.dry_run:
            verdict = (
                f"Dry run: all {n} rows can be imported."
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
        return "\n".join([*lines, *self.problems, verdict])


def _norm(header: str) -> str:
    return "_".join(header.strip().lower().replace("-", " ").replace("_", " ").split())


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, raw in enumerate(header):
        key = _norm(raw)
        for col, aliases in COLUMNS.items():
            if key in aliases and col not in found:
                found[col] = i
    return found


def read_roster(csv_path: Path) -> tuple[list[tuple[int, dict[str, str]]], dict[str, int]]:
    """Rows as ``(line, {column: value})`` and the header map. Raises ``RosterError``."""
    path = Path(csv_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise RosterError(f"The roster file {path} does not exist.") from exc
    except OSError as exc:
        raise RosterError(f"Cannot read the roster file {path}: {exc.strerror or exc}.") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterError(
            f"{path.name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at position "
            f"{exc.start}). Save it from your spreadsheet as 'CSV UTF-8' and import it again."
        ) from exc
    if "\x00" in text:
        raise RosterError(f"{path.name} is not a text CSV file (is it a spreadsheet .xlsx?).")
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise RosterError(f"{path.name} is empty: it needs a header line and one row per person.")
    best: tuple[str, dict[str, int]] | None = None
    for delim in DELIMITERS:
        try:
            header = next(csv.reader([first], delimiter=delim))
        except csv.Error as exc:  # a header field over csv.field_size_limit...
            raise RosterError(
                f"{path.name}: the first line cannot be read as a CSV header ({exc}). "
                "The first line must be name,external_id,group,photo."
            ) from exc
        cols = _columns(header)
        if "name" in cols and (best is None or len(cols) > len(best[1])):
            best = (delim, cols)
    if best is None:
        lowered = first.lower()
        if "name" in lowered and any(a in lowered for a in ("external", "group", "photo", "class")):
            raise RosterError(
                f"The header of {path.name} ({first.strip()[:80]!r}) could not be split into "
                "columns: separate them with commas (or semicolons), e.g. "
                "name,external_id,group,photo."
            )
        raise RosterError(
            f"{path.name} has no header line naming its columns; the first line must be "
            f"name,external_id,group,photo (found {first.strip()[:80]!r})."
        )
    delim, cols = best
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        return _read_rows(reader, cols, path)
    except csv.Error as exc:  # a field over csv.field_size_limit, a stray NUL...
        raise RosterError(
            f"{path.name}, line {reader.line_num}: {exc}. Is this really the roster? Check "
            "that line (or save the file again as CSV)."
        ) from exc


def _read_rows(
    reader: Any, cols: dict[str, int], path: Path
) -> tuple[list[tuple[int, dict[str, str]]], dict[str, int]]:
    header = next(reader)
    while not any(h.strip() for h in header):
        header = next(reader)
    width = len(header)
    rows: list[tuple[int, dict[str, str]]] = []
    for fields in reader:
        if not any(f.strip() for f in fields):
            continue
        line = reader.line_num
        if len(rows) >= MAX_ROWS:
            raise RosterError(f"{path.name} has more than {MAX_ROWS:,} rows; split it.")
        if len(fields) > width and any(f.strip() for f in fields[width:]):
            rows.append(
                (
                    line,
                    {
                        "__error__": f"{len(fields)} fields but the header has {width}"
                        " (a separator inside a name? put it in quotes)",
                        "name": fields[cols["name"]].strip(),
                    },
                )
            )
            continue
        rec = {c: (fields[i].strip() if i < len(fields) else "") for c, i in cols.items()}
        rows.append((line, rec))
    return rows, cols


def import_roster(
    ctx: Any,
    csv_path: Path | str,
    *,
    dry_run: bool = False,
    consent: bool = False,
    actor: str = "operator",
) -> RosterReport:
    """Check every row, then import all of them or none. See the module docstring."""
    path = Path(csv_path)
    raw_rows, _cols = read_roster(path)
    if not raw_rows:
        raise RosterError(f"{path.name} has a header but no rows.")
    base = path.parent
    db = ctx.db
    require_consent = bool(ctx.settings.privacy.require_consent)

    existing = db.run(lambda s: {p.external_id: p for p in People(s).list() if p.external_id})
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
    checked: list[RosterRow] = []
    photos: dict[int, Path] = {}
    for line, rec in raw_rows:
        name = rec.get("name", "")
        ext = rec.get("external_id") or None
        group = rec.get("group") or None
        photo = rec.get("photo") or None
        row = RosterRow(line, name, ext, group, photo, "ok")
        reason = rec.get("__error__", "")
        if not reason and not name:
            reason = "missing name"
        if not reason and ext is not None:
            if ext in seen_ids:
                reason = f"duplicate external id {ext!r} (also on line {seen_ids[ext]})"
            elif ext in existing:
                who = existing[ext]
                reason = f"external id {ext!r} already belongs to {who.name} (id {who.id})"
        if ext is not None and ext not in seen_ids:
            seen_ids[ext] = line
        if not reason and photo is not None:
            photo_path = Path(photo) if Path(photo).is_absolute() else base / photo
            reason = _check_photo(photo_path, enrollment, enrollment_error)
            if not reason and require_consent and not consent:
                reason = (
                    "consent to store the face not confirmed (confirm it for everyone listed "
                    "with --consent)"
                )
            photos[line] = photo_path
        checked.append(replace(row, status="refused", reason=reason) if reason else row)

    refused = [r for r in checked if r.status == "refused"]
    if dry_run or refused:
        return RosterReport(path, checked, dry_run, 0)

    return _import_all(ctx, path, checked, photos, enrollment, consent, actor)


def _check_photo(photo_path: Path, enrollment: Any, enrollment_error: str) -> str:
    if enrollment is None:
        return "enrollment not available" + (f" ({enrollment_error})" if enrollment_error else "")
    try:
        found = photo_path.is_file()
    except OSError as exc:  # ENAMETOOLONG, ELOOP...: the name itself is unusable
        return f"photo path cannot be used ({exc.strerror or exc}): {str(photo_path)[:120]}"
    if not found:
        return f"photo not found: {photo_path}"
    try:
        from desktop_app.vision.image_io import load_image

        image = load_image(photo_path)
    except ImageError as exc:
        return f"unreadable photo: {exc}"
    check = getattr(enrollment, "check_sample", None)
    if check is None:
        return ""
    try:
        faces, quality = check(image)
    except AppError as exc:
        return f"photo cannot be checked: {exc}"
    if not faces:
        return f"no face found in {photo_path.name}"
    if not quality.ok:
        return f"{photo_path.name}: " + "; ".join(quality.reasons or ["photo quality too low"])
    return ""


def _import_all(
    ctx: Any,
    path: Path,
    rows: list[RosterRow],
    photos: dict[int, Path],
    enrollment: Any,
    consent: bool,
    actor: str,
) -> RosterReport:
    created: list[tuple[int, bool]] = []  # (person id, enrolled with photo)
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
            Audit(s).write(
                actor,
                "roster.import",
                target=f"file:{path.name}"[:200],
                details={
                    "rows": len(rows),
                    "with_photo": len(photos),
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
            if enrollment is not None and hasattr(enrollment, "remove_person"):
                enrollment.remove_person(pid)
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
