"""The archive's cipher format: a clear, authenticated header (format version, scrypt
parameters, salt, passphrase check, nonce prefix) and AES-256-GCM chunks whose associated
data binds each to the header, its number and the final flag. Every header field is checked
before use: a crafted header is one ``BackupError``."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import secrets
import struct
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.errors import AppError
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

MAGIC = b"FACE-ATTENDANCE-BACKUP\n"


FORMAT_VERSION = 1


CHUNK = 1 << 20


SCRYPT_N = 2**17  # 128 MiB, ~0.5 s: a passphrase guess is expensive


SCRYPT_R = 8


SCRYPT_P = 1


class BackupError(AppError):
    """A backup cannot be written or restored."""


class BackupPassphraseError(BackupError):
    """The passphrase does not open this archive."""


class BackupUnsupported(BackupError):
    """The database kind cannot be archived by this command (PostgreSQL)."""


class RestoreNotConfirmed(BackupError):
    """The restore was not confirmed; nothing was changed."""


class RestoreIncomplete(BackupError):
    """The backup's database is in place but a later step failed; the data from before is
    at ``pre_restore_copy`` (None: there was none), so the restore can be undone."""

    def __init__(
        self, message: str, pre_restore_copy: Path | None, settings_copy: Path | None = None
    ) -> None:
        super().__init__(message)
        self.pre_restore_copy = pre_restore_copy
        self.settings_copy = settings_copy


# ---- streaming AEAD --------------------------------------------------------------------------
def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    out = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r * p + (1 << 20),
        dklen=48,
    )
    return out[:32], out[32:]  # encryption key, check value


class SealingWriter(io.RawIOBase):
    """A write-only stream that encrypts in authenticated chunks into ``out``."""

    def __init__(self, out: BinaryIO, passphrase: str, meta: dict[str, Any], n: int) -> None:
        salt = secrets.token_bytes(16)
        key, check = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
        self._prefix = secrets.token_bytes(8)
        header = {
            "format": "face-attendance-backup",
            "version": FORMAT_VERSION,
            "kdf": {
                "name": "scrypt",
                "n": n,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode(),
            },
            "check": check.hex(),
            "nonce_prefix": self._prefix.hex(),
            "chunk": CHUNK,
            **meta,
        }
        raw = json.dumps(header, sort_keys=True).encode()
        out.write(MAGIC + struct.pack(">I", len(raw)) + raw)
        self._hdr = hashlib.sha256(MAGIC + raw).digest()
        self._aead = AESGCM(key)
        self._out = out
        self._buf = bytearray()
        self._i = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self._buf += bytes(b)
        while len(self._buf) > CHUNK:
            self._emit(bytes(self._buf[:CHUNK]), final=False)
            del self._buf[:CHUNK]
        return len(b)

    def _emit(self, data: bytes, *, final: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._i)
        aad = self._hdr + struct.pack(">IB", self._i, int(final))
        ct = self._aead.encrypt(nonce, data, aad)
        self._out.write(struct.pack(">IB", len(ct), int(final)) + ct)
        self._i += 1

    def close(self) -> None:
        if not self.closed and not self._out.closed:
            self._emit(bytes(self._buf), final=True)
            self._buf.clear()
        super().close()


def read_header(fh: BinaryIO, where: Path) -> tuple[dict[str, Any], bytes]:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise BackupError(
            translate("Backup", "{file} is not a face-attendance backup archive.").format(
                file=where
            )
        )
    (n,) = struct.unpack(">I", _read_exact(fh, 4, where))
    if n > 1 << 16:
        raise _damaged_header(where)
    raw = _read_exact(fh, n, where)
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise _damaged_header(where) from exc
    if not isinstance(header, dict):
        raise _damaged_header(where)
    if header.get("version") != FORMAT_VERSION:
        raise BackupError(
            translate(
                "Backup",
                "{file} is a backup of format version {version}, which this version of "
                "face-attendance cannot read (written by a newer version?).",
            ).format(file=where, version=header.get("version"))
        )
    return header, hashlib.sha256(MAGIC + raw).digest()


def _damaged_header(where: Path) -> BackupError:
    return BackupError(translate("Backup", "{file} has a damaged header.").format(file=where))


def _header_fields(header: dict[str, Any], where: Path) -> tuple[bytes, int, int, int, str, bytes]:
    """(salt, n, r, p, check, nonce prefix) of a header, every field checked: a crafted header
    (a null salt, a list, a cost that would take all memory or hours) is one clear error."""
    damaged = BackupError(
        translate(
            "Backup", "{file} has a damaged or crafted header; it cannot be restored."
        ).format(file=where)
    )
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name", "scrypt") != "scrypt":
        raise damaged
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        raise damaged
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    # powers of two up to 2**20, and at most 1 GiB of scrypt memory
    if not (2 <= n <= 1 << 20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise damaged
    if 128 * n * r * p > 1 << 30:
        raise damaged
    try:
        salt = (
            base64.b64decode(str(kdf["salt"]), validate=True)
            if isinstance(kdf.get("salt"), str)
            else b""
        )
        prefix = (
            bytes.fromhex(header["nonce_prefix"])
            if isinstance(header.get("nonce_prefix"), str)
            else b""
        )
    except ValueError as exc:
        raise damaged from exc
    check = header.get("check")
    if not (8 <= len(salt) <= 64) or len(prefix) != 8 or not isinstance(check, str):
        raise damaged
    return salt, n, r, p, check, prefix


def _read_exact(fh: BinaryIO, n: int, where: Path) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BackupError(
            translate(
                "Backup",
                "{file} is cut short (an incomplete copy). Copy it again from where it was "
                "saved, or choose another backup. Nothing was changed.",
            ).format(file=where)
        )
    return data


def _damaged_body(where: Path) -> BackupError:
    """Said without "chunk" (the log has which part and why)."""
    return BackupError(
        translate(
            "Backup",
            "{file} is damaged or was modified: part of it cannot be read. Copy it again from "
            "where it was saved, or choose another backup. Nothing was changed.",
        ).format(file=where)
    )


class OpeningReader(io.RawIOBase):
    """Read-only stream of the decrypted chunks; any change or truncation raises BackupError."""

    def __init__(self, fh: BinaryIO, passphrase: str, where: Path) -> None:
        header, self._hdr = read_header(fh, where)
        salt, n, r, p, check_hex, prefix = _header_fields(header, where)
        key, check = _derive(passphrase, salt, n, r, p)
        if not secrets.compare_digest(check.hex(), check_hex):
            raise BackupPassphraseError(
                translate(
                    "Backup", "Wrong passphrase for the backup {file}. Nothing was changed."
                ).format(file=where)
            )
        self.header = header
        self._prefix = prefix
        self._aead = AESGCM(key)
        self._fh = fh
        self._where = where
        self._buf = b""
        self._i = 0
        self._done = False

    def readable(self) -> bool:
        return True

    def _next(self) -> None:
        length, final = struct.unpack(">IB", _read_exact(self._fh, 5, self._where))
        if length > CHUNK + 16:
            log.warning("%s: chunk %d has a bad length %d", self._where, self._i, length)
            raise _damaged_body(self._where)
        ct = _read_exact(self._fh, length, self._where)
        nonce = self._prefix + struct.pack(">I", self._i)
        try:
            self._buf += self._aead.decrypt(
                nonce, ct, self._hdr + struct.pack(">IB", self._i, final)
            )
        except InvalidTag as exc:
            log.warning("%s: chunk %d fails its integrity check", self._where, self._i)
            raise _damaged_body(self._where) from exc
        self._i += 1
        if final:
            self._done = True
            if self._fh.read(1):
                raise BackupError(
                    translate("Backup", "{file} has data after its end; it was modified.").format(
                        file=self._where
                    )
                )

    def readinto(self, b: Any) -> int:
        while not self._buf and not self._done:
            self._next()
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def drain(self) -> None:
        """Read to the authenticated end (tar may stop before the final chunk)."""
        while not self._done:
            self._next()
        self._buf = b""
