"""Bad-input fuzzing targets (hypothesis strategies + the checks), shared by the tests and
``benchmarks/reliability/fuzz.py``.

Each ``check_*`` function takes one generated input, runs the real code and returns the
outcome class name (``"ok"`` or the typed error's class); anything else raises
``Unexpected`` with the input that caused it. Only typed ``AppError``s (and argparse's
``SystemExit`` for the CLI) are allowed to escape.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from hypothesis import strategies as st

from desktop_app.errors import AppError


class Unexpected(AssertionError):
    pass


@contextlib.contextmanager
def expect_clear_errors(what: str, sample: Any) -> Iterator[None]:
    try:
        yield
    except AppError:
        raise
    except Exception as exc:
        raise Unexpected(f"{what}: {type(exc).__name__}: {exc} for input {sample!r:.300}") from exc


# ---- images --------------------------------------------------------------------------------
def _astronaut_bgr() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


_ENCODED: dict[str, bytes] = {}


def encoded_images() -> dict[str, bytes]:
    """The astronaut (public domain) encoded in the formats users bring."""
    if not _ENCODED:
        img = cv2.resize(_astronaut_bgr(), (128, 128))
        for ext in (".jpg", ".png", ".webp", ".bmp", ".tiff"):
            ok, buf = cv2.imencode(ext, img)
            assert ok
            _ENCODED[ext] = buf.tobytes()
        rgba = cv2.cvtColor(img, cv2.COLOR_BGR2BGRA)
        _ENCODED[".rgba.png"] = cv2.imencode(".png", rgba)[1].tobytes()
        _ENCODED[".gray.jpg"] = cv2.imencode(".jpg", img[:, :, 0])[1].tobytes()
        _ENCODED[".png16"] = cv2.imencode(".png", img.astype(np.uint16) * 257)[1].tobytes()
    return _ENCODED


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_with_size(width: int, height: int, payload: bytes = b"") -> bytes:
    """A PNG whose header declares ``width`` x ``height`` (valid CRCs), with little data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(payload or b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def jpeg_with_size(width: int, height: int) -> bytes:
    """The real JPEG with its SOF0 frame header rewritten to declare ``width`` x ``height``."""
    data = bytearray(encoded_images()[".jpg"])
    pos = data.find(b"\xff\xc0")
    if pos >= 0:
        data[pos + 5 : pos + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@st.composite
def image_inputs(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(
        st.sampled_from(
            ["random", "truncated", "bitflip", "huge_png", "huge_jpeg", "zero", "whole"]
        )
    )
    if kind == "random":
        prefix = draw(st.sampled_from([b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF", b"BM"]))
        return kind, prefix + draw(st.binary(max_size=2048))
    fmt = draw(st.sampled_from(sorted(encoded_images())))
    blob = encoded_images()[fmt]
    if kind == "truncated":
        return f"{kind}{fmt}", blob[: draw(st.integers(0, len(blob) - 1))]
    if kind == "bitflip":
        out = bytearray(blob)
        for _ in range(draw(st.integers(1, 16))):
            i = draw(st.integers(0, len(out) - 1))
            out[i] ^= 1 << draw(st.integers(0, 7))
        return f"{kind}{fmt}", bytes(out)
    if kind in ("huge_png", "huge_jpeg"):
        w = draw(st.integers(0, 2**31 - 1) if kind == "huge_png" else st.integers(0, 65535))
        h = draw(st.integers(0, 2**31 - 1) if kind == "huge_png" else st.integers(0, 65535))
        return kind, png_with_size(w, h) if kind == "huge_png" else jpeg_with_size(w, h)
    if kind == "zero":
        return kind, draw(st.sampled_from([b"", png_with_size(0, 0), png_with_size(0, 10)]))
    return f"whole{fmt}", blob


def check_image(sample: tuple[str, bytes], folder: Path | None = None) -> str:
    """``load_image`` on bytes (and, with ``folder``, on a file holding them)."""
    from desktop_app.vision.image_io import load_image

    _kind, data = sample
    try:
        with expect_clear_errors("load_image", sample):
            img = load_image(data, max_pixels=20_000_000, work_pixels=4_000_000)
            if not (img.dtype == np.uint8 and img.ndim == 3 and img.shape[2] == 3 and img.size):
                raise Unexpected(f"load_image returned {img.dtype} {img.shape}")
            if img.shape[0] * img.shape[1] > 4_000_000 * 1.01:
                raise Unexpected(f"load_image returned {img.shape}, above work_pixels")
        result = "ok"
    except AppError as exc:
        result = type(exc).__name__
    if folder is not None:
        path = folder / "input.img"
        path.write_bytes(data)
        try:
            with expect_clear_errors("load_image(path)", sample):
                load_image(path, max_pixels=20_000_000, work_pixels=4_000_000)
            file_result = "ok"
        except AppError as exc:
            file_result = type(exc).__name__
        if file_result != result:
            raise Unexpected(f"bytes gave {result}, the same file gave {file_result}")
    return result


# ---- roster CSV ----------------------------------------------------------------------------
HEADERS = ["name", "external_id", "group", "photo", "Full Name", "Student ID", "class", "x", ""]


@st.composite
def roster_csvs(draw: st.DrawFn, giant: bool = True) -> bytes:
    delim = draw(st.sampled_from([",", ";", "\t", "|", " "]))
    cols = draw(st.lists(st.sampled_from(HEADERS), min_size=0, max_size=6))
    cell = st.one_of(
        st.text(max_size=30),
        st.sampled_from(["", "Ana", "Bo", "7B", "1", "1", '"', '""', "a,b", "x;y", "\x00"]),
        st.just("G" * draw(st.sampled_from([10, 200_000] if giant else [10, 200]))),
    )
    rows = draw(st.lists(st.lists(cell, max_size=8), max_size=8))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join([delim.join(cols), *(delim.join(r) for r in rows)])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=16)) + data[cut:]
    return data


def check_roster(data: bytes, ctx: Any, folder: Path, counts: Any) -> str:
    """``import_roster``: a RosterReport or a typed error; refused -> no row written."""
    from desktop_app.attendance.roster import import_roster

    path = folder / "roster.csv"
    path.write_bytes(data)
    before = counts()
    try:
        with expect_clear_errors("import_roster", data):
            report = import_roster(ctx, path, consent=True)
    except AppError as exc:
        if counts() != before:
            raise Unexpected(
                f"{type(exc).__name__} but rows changed: {before} -> {counts()}"
            ) from exc
        return type(exc).__name__
    after = counts()
    if not report.ok and after != before:
        raise Unexpected(f"refused import changed rows {before} -> {after}: {report}")
    if report.ok and after[0] != before[0] + report.imported:
        raise Unexpected(f"imported {report.imported} but people went {before} -> {after}")
    return "imported" if report.ok else "refused"


# ---- settings files ------------------------------------------------------------------------
SETTING_KEYS = {
    "data_dir": st.text(max_size=20),
    "database_url": st.text(max_size=20),
    "log_level": st.text(max_size=8),
    "camera": st.fixed_dictionaries({}, optional={"source": st.text(), "width": st.integers()}),
    "detector": st.fixed_dictionaries(
        {},
        optional={
            "min_face": st.integers(-5, 5000),
            "thresholds": st.lists(st.floats(allow_nan=True), max_size=4),
            "scale_factor": st.floats(),
        },
    ),
    "recognition": st.fixed_dictionaries(
        {},
        optional={"threshold": st.floats(), "embedder": st.text(), "normalize": st.booleans()},
    ),
    "attendance": st.fixed_dictionaries(
        {},
        optional={
            "mode": st.text(max_size=12) | st.sampled_from(["present", "entry"]),
            "cooldown_seconds": st.integers(-10, 10**6),
            "timezone": st.text(max_size=20) | st.sampled_from(["Europe/Paris", "Mars/Base"]),
        },
    ),
    "privacy": st.fixed_dictionaries({}, optional={"key_store": st.text(max_size=8)}),
    "bogus": st.integers(),
}


@st.composite
def settings_files(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.text(max_size=300)).encode("utf-8", "surrogatepass")
    import tomli_w

    keys = draw(st.lists(st.sampled_from(sorted(SETTING_KEYS)), unique=True, max_size=5))
    doc = {k: draw(SETTING_KEYS[k]) for k in keys}
    try:
        text = tomli_w.dumps(doc)
    except (TypeError, ValueError):
        text = str(doc)
    return text.encode()


def check_settings(data: bytes, folder: Path) -> str:
    from desktop_app.config import load_settings

    path = folder / "settings.toml"
    path.write_bytes(data)
    try:
        with expect_clear_errors("load_settings", data):
            load_settings(config_file=path, environ={}, data_dir=folder / "data")
    except AppError as exc:
        return type(exc).__name__
    return "ok"


# ---- database URLs -------------------------------------------------------------------------
@st.composite
def database_urls(draw: st.DrawFn) -> str:
    name = draw(st.text(alphabet="abc-_.%é 😀", min_size=0, max_size=8))
    return draw(
        st.sampled_from(
            [
                draw(st.text(max_size=40)),
                f"sqlite:///{name}.sqlite3",
                f"sqlite:///missing-{name}/db.sqlite3",
                "sqlite:///not-a-db.bin",
                "sqlite:///a-folder",
                "sqlite:///:memory:",
                "sqlite://",
                f"postgresql://u:p@/{name}?host=/nonexistent-socket-dir",
                f"postgresql+psycopg://localhost:1/{name}",
                f"mysql://u@localhost/{name}",
                f"oracle://{name}",
                f"{name}://x",
                f"sqlite:///{name}?mode=ro&{name}=1",
                "postgresql://[::1",
            ]
        )
    )


def check_database_url(url: str, folder: Path) -> str:
    """``open_database`` with this URL (cwd = ``folder``, so relative files land there)."""
    from desktop_app.config import load_settings
    from desktop_app.storage.db import open_database

    (folder / "not-a-db.bin").write_bytes(b"hello, not sqlite" * 10)
    (folder / "a-folder").mkdir(exist_ok=True)
    (folder / "empty.toml").touch()
    old = Path.cwd()
    os.chdir(folder)
    try:
        with expect_clear_errors("open_database", url):
            settings = load_settings(
                config_file=folder / "empty.toml",
                environ={},
                data_dir=folder / "data",
                database_url=url,
            )
            db = open_database(settings)
            db.dispose()
        return "ok"
    except AppError as exc:
        return type(exc).__name__
    finally:
        os.chdir(old)


# ---- CLI -----------------------------------------------------------------------------------
CLI_WORDS = [
    "people",
    "list",
    "show",
    "remove",
    "import",
    "session",
    "start",
    "end",
    "attendance",
    "add",
    "delete",
    "reassign",
    "undo-negative",
    "report",
    "db",
    "upgrade",
    "downgrade",
    "current",
    "check",
    "audit",
    "verify",
    "--json",
    "--all",
    "--group",
    "--search",
    "--from",
    "--to",
    "--person",
    "--session",
    "--reason",
    "--kind",
    "check_in",
    "present",
    "--view",
    "--format",
    "csv",
    "xlsx",
    "pdf",
    "--output",
    "out.csv",
    "--at",
    "--minutes",
    "--end",
    "--late-after",
    "--with-events",
    "--dry-run",
    "--consent",
    "--actor",
    "1",
    "0",
    "-1",
    "99999999999999999999",
    "base",
    "head",
    "2026-13-45",
    "2026-01-05",
    "08:00",
    "yesterday",
    "--help",
    "-h",
    "--version",
    "-v",
    "--config",
    "--database-url",
    "Ana",
    "",
    "--",
    "-",
]
SAFE_COMMANDS = ["people", "session", "attendance", "report", "db", "audit"]
SUBCOMMANDS = {
    "people": ["list", "show", "remove", "import"],
    "session": ["start", "end", "list"],
    "attendance": ["list", "add", "delete", "reassign", "undo-negative"],
    "report": [],
    "db": ["upgrade", "downgrade", "current", "check"],
    "audit": ["verify"],
}


@st.composite
def cli_argvs(draw: st.DrawFn) -> list[str]:
    word = st.one_of(
        st.sampled_from(CLI_WORDS),
        st.text(alphabet=st.characters(blacklist_characters="/\\\x00"), max_size=12),
    )
    rest = draw(st.lists(word, max_size=7))
    command = draw(st.sampled_from(SAFE_COMMANDS))
    argv = [command, *rest]
    if SUBCOMMANDS[command] and draw(st.booleans()):  # half the time a valid subcommand
        argv.insert(1, draw(st.sampled_from(SUBCOMMANDS[command])))
    # --config/--database-url need a value that cannot point outside the temp dir
    return [a for a in argv if a not in ("--config", "--database-url", "--data-dir")]


def check_cli(argv: list[str], folder: Path) -> str:
    """``desktop_app.cli.main``: an exit code or argparse's SystemExit; stderr never holds a
    traceback, and an ``error:`` line is one line."""
    from desktop_app.cli import main

    old = Path.cwd()
    os.chdir(folder)
    err, out = io.StringIO(), io.StringIO()
    try:
        with (
            contextlib.redirect_stderr(err),
            contextlib.redirect_stdout(out),
            expect_clear_errors("cli", argv),
        ):
            try:
                code = main([*argv, "--data-dir", str(folder / "data")])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(old)
    text = err.getvalue()
    if "Traceback" in text:
        raise Unexpected(f"traceback for {argv!r}: {text[-800:]}")
    errors = [ln for ln in text.splitlines() if ln.startswith("error:")]
    for line in errors:
        if len(line) > 1000:
            raise Unexpected(f"very long error line for {argv!r}: {line[:200]}...")
    if code not in (0, 1, 2, 130):
        raise Unexpected(f"exit code {code!r} for {argv!r}")
    return f"exit {code}"


def tally() -> Counter[str]:
    return Counter()
