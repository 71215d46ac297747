"""A throwaway PostgreSQL cluster for the test run (Debian's ``postgresql`` binaries).

Started once per test session on a private Unix socket (no TCP), trust auth, removed at the
end. As root, initdb refuses to run, so the server runs as the ``postgres`` system user.
``FACE_ATTENDANCE_TEST_PG_URL`` points the tests at an existing server instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path


class PgUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PgUnavailable(
        "PostgreSQL server binaries are not installed (Debian: apt-get install postgresql)"
    )


class PgServer:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="fa-pg-"))
        os.chmod(self.root, 0o755)
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.port = 5400 + os.getpid() % 500
        self.prefix: list[str] = []
        if getattr(os, "geteuid", lambda: -1)() == 0:  # POSIX only; Windows has no root
            if shutil.which("runuser") is None:
                raise PgUnavailable("running as root without runuser; cannot start PostgreSQL")
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.data.mkdir()
        self.sock.mkdir()
        if self.prefix:
            shutil.chown(self.data, "postgres", "postgres")
            shutil.chown(self.sock, "postgres", "postgres")
        self.started = False

    def _run(self, *args: str) -> None:
        res = subprocess.run(
            [*self.prefix, *args], capture_output=True, text=True, timeout=120, check=False
        )
        if res.returncode != 0:
            raise PgUnavailable(f"{args[0]} failed: {res.stderr.strip() or res.stdout.strip()}")

    def start(self) -> PgServer:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        )
        opts = f"-k {self.sock} -p {self.port} -c listen_addresses='' -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            opts,
            "-w",
            "-l",
            str(self.sock / "log.txt"),
            "start",
        )
        self.started = True
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.sock}&port={self.port}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            host=str(self.sock), port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.started:
            subprocess.run(
                [
                    *self.prefix,
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "stop",
                ],
                capture_output=True,
                timeout=60,
                check=False,
            )
        shutil.rmtree(self.root, ignore_errors=True)
