"""A throwaway PostgreSQL cluster for tests: ``initdb`` + ``pg_ctl`` in a temp folder, listening on a free port of
127.0.0.1 (and a socket in that folder), fsync off; removed again by :meth:`Cluster.stop`.

PostgreSQL refuses to run as root, so under root the cluster belongs to the ``postgres`` user (or ``nobody``).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

SUPERUSER = "sofa"
_PREFIX = "sofa-pg-"


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: from PATH, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]),
                        reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """A running cluster; databases made by :meth:`create_database` are dropped with it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self._runas: list[str] = []
        if os.geteuid() == 0:
            self._runas = [_runuser(), "-u", _unprivileged_user(), "--"]
        self._stop_orphans()
        self.root = Path(tempfile.mkdtemp(prefix=_PREFIX))
        (self.root / "owner.pid").write_text(str(os.getpid()))
        self.data = self.root / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        if self._runas:
            entry = pwd.getpwnam(self._runas[2])
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        try:
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w",
                      "-t", "60", "start")
        except RuntimeError as exc:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            shutil.rmtree(self.root, ignore_errors=True)
            raise RuntimeError(f"{exc}\n{log}") from None

    def _stop_orphans(self) -> None:
        """Stop and remove clusters left by test sessions that were killed before they could stop them."""
        for root in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*"):
            try:
                owner = int((root / "owner.pid").read_text())
                os.kill(owner, 0)
                continue  # its session still runs
            except ProcessLookupError:
                pass
            except (OSError, ValueError):
                continue  # not ours to judge
            if (root / "data" / "postmaster.pid").exists():
                with contextlib.suppress(RuntimeError):
                    self._run("pg_ctl", "-D", str(root / "data"), "-m", "immediate", "-w", "stop")
            shutil.rmtree(root, ignore_errors=True)

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self._runas, str(self.bindir / tool), *args], capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def url(self, dbname: str) -> str:
        """The SQLAlchemy URL of database ``dbname`` in this cluster."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def execute(self, sql: str) -> None:
        """Run one statement in autocommit mode as the superuser (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, template: str | None = None, name: str | None = None) -> str:
        """A new database (a copy of ``template`` if given); its name."""
        name = name or f"test_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        """Drop database ``name``, closing whatever connections are left on it."""
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _runuser() -> str:
    """util-linux's runuser: on PATH, or in the sbin folders a shell with a short PATH (``env -i``, cron) leaves out."""
    return shutil.which("runuser") or next(
        (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.access(p, os.X_OK)), "runuser")


def _unprivileged_user() -> str:
    for user in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(user)
            return user
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


def reset_sequences(conn: Any) -> None:
    """Move each table's id sequence past the ids inserted explicitly (bulk inserts with ids leave them at 1)."""
    from sqlalchemy import inspect, text

    inspector = inspect(conn)
    for table in inspector.get_table_names():
        if any(c["name"] == "id" for c in inspector.get_columns(table)):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, "
                              f"false) FROM {table}"))
