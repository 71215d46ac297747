"""Where a report goes and how it gets there: file names, the format dispatch, and one
atomic write per file with errors a user can act on."""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.attendance.reports.csv import write_csv, write_csv_tables
from desktop_app.attendance.reports.model import FORMATS, VIEWS, ReportData, ReportError, Table
from desktop_app.attendance.reports.pdf import write_pdf
from desktop_app.attendance.reports.xlsx import write_xlsx
from desktop_app.errors import AppError, DiskFullError
from desktop_app.fileio import atomic_path


def output_paths(
    output: Path, fmt: str, views: Sequence[str], *, one_file: bool = False
) -> list[Path]:
    """Where the export goes: one file, or (CSV with several views, unless ``one_file``)
    one file per view."""
    output = Path(output)
    if fmt == "csv" and len(views) > 1 and not one_file:
        return [output.with_name(f"{output.stem}-{v}{output.suffix or '.csv'}") for v in views]
    return [output]


class Exported(list[Path]):
    """The files an export wrote (a list, as before) and ``warnings`` a user should see:
    for a PDF, names with characters no font has (drawn as ``[U+XXXX]``)."""

    def __init__(self, paths: list[Path], warnings: list[str]) -> None:
        super().__init__(paths)
        self.warnings = warnings


def export(
    data: ReportData,
    fmt: str,
    output: Path,
    views: Sequence[str] = VIEWS,
    *,
    bom: bool = True,
    one_file: bool = False,
) -> Exported:
    """Write the report; returns the files written (each replaced atomically) with any
    warnings. CSV with several views: one file per view, or all in one file with
    ``one_file``."""
    if fmt not in FORMATS:
        raise ReportError(f"Unknown format {fmt!r}; use csv, xlsx or pdf.")
    bad = [v for v in views if v not in VIEWS]
    if bad or not views:
        raise ReportError(f"Unknown view {', '.join(bad)}; use events, summary, register or all.")
    views = [v for v in VIEWS if v in views]
    paths = output_paths(output, fmt, views, one_file=one_file)
    _check_closed(paths)
    warnings: list[str] = []
    if fmt == "csv" and len(paths) == 1 and len(views) > 1:
        tables = [data.tables[v] for v in views]
        _atomic(paths[0], lambda tmp: write_csv_tables(tables, tmp, bom=bom))
    elif fmt == "csv":
        for view, path in zip(views, paths, strict=True):
            table = data.tables[view]

            def write(tmp: Path, table: Table = table) -> None:
                write_csv(table, tmp, bom=bom)

            _atomic(path, write)
    elif fmt == "xlsx":
        _atomic(paths[0], lambda tmp: write_xlsx(data, tmp, views))
    else:
        _atomic(paths[0], lambda tmp: warnings.extend(write_pdf(data, tmp, views)))
    return Exported(paths, warnings)


def _check_closed(paths: list[Path]) -> None:
    """Refuse before anything is written when a file to replace cannot be written: on
    Windows a workbook open in Excel (or a PDF in a viewer) cannot be replaced, and a
    three-file CSV export must not replace two files and stop at the third."""
    for path in paths:
        try:
            with open(path, "r+b"):
                pass
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise _write_error(path, exc) from exc


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write through ``fileio.atomic_path``: a failed export (disk full, no permission)
    leaves neither a half file nor the temp file behind, and the error says what to do."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"The folder {folder} does not exist; create it or choose another.")
    try:
        with atomic_path(path, prefix=f".{path.stem}-") as tmp:
            write(tmp)
    except OSError as exc:
        raise _write_error(path, exc) from exc


def _write_error(path: Path, exc: OSError) -> AppError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            f"The disk holding {path} is full: the report was not written. Free some space "
            "or choose another folder (--output)."
        )
    if isinstance(exc, PermissionError):
        return ReportError(
            f"Cannot write {path}: it is open in another program (Excel, a PDF viewer?) or "
            "the folder is read-only. Close the file in the other program and export again, "
            "or choose another file name. Nothing was written."
        )
    return ReportError(f"Cannot write {path}: {exc.strerror or exc}. Nothing was written.")
