"""--db as users type it, through the real CLI: understood as meant or refused with one line and exit code 1, and
never a password in any message (malformed URLs, failed connections, --debug tracebacks, $SOFA_DESKTOP_DB)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sofa_desktop.store.schema import redact

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SECRET = "s3cr3t-Pa55"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    full_env.pop("SOFA_DESKTOP_DB", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "sofa_desktop", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=120)


@pytest.mark.parametrize("url", [
    f"postgresql://u:{SECRET}@[::1", f"postgresql://u:{SECRET}@[::1]:99999/db", f"postgresql://u:{SECRET}@host:abc/db",
    f"postgresql://u:{SECRET}@h@st/db", f"mysql://u:{SECRET}@h/d", f"foo://u:{SECRET}@h/d",
    f"postgresql://u:{SECRET.replace('-', '%2D')}@[::1", f"postgresql://u:{SECRET}@127.0.0.1:1/db",
    f"postgresql+psycopg://u:{SECRET}@/db?host=/nonexistent/socket",
])
@pytest.mark.parametrize("debug", [False, True])
def test_a_password_never_appears(url, debug, tmp_path):
    done = run("--db", url, *(["--debug"] if debug else []), "import", str(SEEDS), cwd=tmp_path)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert SECRET not in out and SECRET.replace("-", "%2D") not in out, out
    if not debug:
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("error: "), out


def test_password_hidden_on_postgresql_errors_too(pg_cluster, tmp_path):
    url = pg_cluster.url("no_such_database").replace("@", f":{SECRET}@", 1)
    done = run("--db", url, "export", cwd=tmp_path)
    assert done.returncode == 1 and SECRET not in done.stdout + done.stderr
    assert "no_such_database" in done.stderr


def test_env_var_is_checked_and_masked(tmp_path):
    done = run("import", str(SEEDS), env={"SOFA_DESKTOP_DB": f"postgresql://u:{SECRET}@[::1"}, cwd=tmp_path)
    assert done.returncode == 1 and SECRET not in done.stderr and "u:***@" in done.stderr


@pytest.mark.parametrize(("url", "says"), [
    ("", "empty"), ("  ", "empty"), ("sqlite://", "in memory"), ("sqlite:///:memory:", "in memory"),
    ("sqlite:", "in memory"), ("sqlite:///file::memory:?cache=shared", "in memory"),
    ("sqlite:///x.db?mode=memory", "in memory"), ("mysql://u@h/d", "unsupported"),
    ("http://example.org/db", "unsupported"),
    ("postgres:db", "not a database URL"), ("{tmp}", "folder"), ("{tmp}/new/", "folder"), ("sqlite:///{tmp}", "folder"),
    ("sqlite:{tmp}", "folder"),
])
def test_what_cannot_be_meant_is_refused_in_one_line(url, says, tmp_path):
    done = run("--db", url.format(tmp=tmp_path), "import", str(SEEDS), cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: ") and says in line
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing was created


@pytest.mark.parametrize("form", ["sqlite:{path}", "sqlite:///{path}", "{path}"])
def test_sqlite_forms_mean_the_file(form, tmp_path):
    path = tmp_path / "store" / "x.sqlite"
    work = tmp_path / "work"
    work.mkdir()
    done = run("--db", form.format(path=path), "import", str(SEEDS), cwd=work)
    assert done.returncode == 0, done.stderr
    assert path.is_file() and list(work.iterdir()) == []  # never ./sqlite:/... under the working folder
    again = run("--db", str(path), "quotes", "--speaker", "rubio", cwd=work)
    assert again.returncode == 0 and again.stderr.endswith(" quotes\n")


def test_redact_masks_every_url_shape():
    assert redact(f"x postgresql://u:{SECRET}@h/d y") == "x postgresql://u:***@h/d y"
    assert SECRET not in redact(f"'postgresql://u:{SECRET}@[::1'")
    assert SECRET not in redact(f"host=h password={SECRET} dbname=d")
    assert SECRET not in redact(f"weird {SECRET} text", f"postgresql://u:{SECRET}@[")
