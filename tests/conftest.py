"""Shared fixtures: offscreen Qt, a fresh SQLite store per test (from a seeds template), QSettings in tmp_path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before PySide6 is imported anywhere

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file holding the imported seeds, built once per test session."""
    from sofa_desktop.store import open_database
    from sofa_desktop.store.ingest.files import import_paths

    path = tmp_path_factory.mktemp("template") / "seeds.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        import_paths(db, [SEEDS_DIR])
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return path


@pytest.fixture
def seed_db(tmp_path: Path, seed_template: Path) -> Iterator[object]:
    """A fresh writable Database with the seeds, private to one test."""
    from sofa_desktop.store import open_database

    path = tmp_path / "sofa.sqlite"
    shutil.copy(seed_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[object]:
    """A fresh, empty Database private to one test."""
    from sofa_desktop.store import open_database

    db = open_database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings, logs and data of every test under tmp_path (never the developer's own files)."""
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("SOFA_IMPORT_WORKERS", "0")  # imports stay in the test's process (test_ingest_workers: not)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency, but core tests need not load it
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


_GUI_FIXTURES = frozenset({"qtbot", "qapp"})
_PG_FIXTURES = frozenset({"pg_cluster", "pg_seed_template", "pg_url"})
# whole modules that run real subprocesses, the benchmark corpus or long generated sequences (seconds each)
_SLOW_MODULES = frozenset({
    "test_cli_subprocess", "test_ingest_processes", "test_bench_corpus", "test_curation_sequences",
    "test_extract_heldout", "test_extract_property", "test_search_fts",
})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Markers from what a test uses: ``gui`` (qtbot/qapp), ``postgresql`` (a PostgreSQL fixture, the
    ``postgresql`` backend or the word in its name), ``sqlite`` (the ``sqlite`` backend or the word in its name),
    ``slow`` (the modules in _SLOW_MODULES). ``-m`` selects by them (Makefile: test-sqlite, test-postgresql)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        name = item.name.lower()
        backend = getattr(getattr(item, "callspec", None), "params", {}).get("backend")
        if names & _GUI_FIXTURES:
            item.add_marker(pytest.mark.gui)
        if names & _PG_FIXTURES or backend == "postgresql" or "postgresql" in name:
            item.add_marker(pytest.mark.postgresql)
        if backend == "sqlite" or "sqlite" in name:
            item.add_marker(pytest.mark.sqlite)
        if item.path.stem in _SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _no_leaked_widgets(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every GUI test fails if it leaves new visible top-level widgets (after napari's make_napari_viewer check).

    Autouse fixtures are set up first and torn down last, so widgets registered with ``qtbot.addWidget`` are
    already closed when this looks."""
    if not _GUI_FIXTURES & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    for widget in leaked:  # close them, so one leak does not fail the tests after it
        widget.close()
    assert not leaked, f"leaked widgets: {leaked}"


@pytest.fixture
def rich_db(empty_db: object) -> object:
    """An empty store filled with hand-made data (all date precisions, an undated event, a conflict, an emoji)."""
    from ui_data import build_rich_store

    build_rich_store(empty_db)
    return empty_db


# --- PostgreSQL and both-backend fixtures (tests/pg.py starts the server) -------------------------------------------
# `backend` ("sqlite" / "postgresql"), `any_db_url` (URL of a new empty store), `any_empty_db`, `any_seed_db`: use
# these to run a test on both databases. PostgreSQL tests skip when no initdb/pg_ctl is found, unless
# $SOFA_TEST_POSTGRESQL is "required" (CI sets it), when they fail instead.


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the whole session (tests/pg.py)."""
    import pg

    bindir = pg.find_bindir()
    if bindir is None:
        message = "PostgreSQL binaries (initdb, pg_ctl) not found in PATH or /usr/lib/postgresql/*/bin"
        if os.environ.get("SOFA_TEST_POSTGRESQL") == "required":
            pytest.fail(message)
        pytest.skip(message)
    cluster = pg.Cluster(bindir)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_seed_template(pg_cluster: object) -> str:
    """The name of a PostgreSQL database holding the imported seeds, to clone (CREATE DATABASE ... TEMPLATE)."""
    from sofa_desktop.store import open_database
    from sofa_desktop.store.ingest.files import import_paths

    name = pg_cluster.create_database(name="seeds_template")
    db = open_database(pg_cluster.url(name))
    try:
        import_paths(db, [SEEDS_DIR])
    finally:
        db.dispose()  # a template must have no connections left
    return name


@pytest.fixture
def pg_url(pg_cluster: object) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The database kind a test runs on: each test using it runs once per kind."""
    return request.param


@pytest.fixture
def any_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The URL of a new empty store (nothing created yet on SQLite, an empty database on PostgreSQL)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_empty_db(any_db_url: str) -> Iterator[object]:
    """A fresh, empty Database on each backend."""
    from sofa_desktop.store import open_database

    db = open_database(any_db_url)
    yield db
    db.dispose()


@pytest.fixture
def any_seed_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a new store holding the imported seeds, on each backend."""
    if backend == "sqlite":
        path = tmp_path / "sofa.sqlite"
        shutil.copy(request.getfixturevalue("seed_template"), path)
        yield f"sqlite:///{path}"
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.create_database(template=request.getfixturevalue("pg_seed_template"))
    yield cluster.url(name)
    cluster.drop_database(name)


@pytest.fixture
def any_seed_db(any_seed_url: str) -> Iterator[object]:
    """A fresh writable Database with the seeds, on each backend."""
    from sofa_desktop.store import open_database

    db = open_database(any_seed_url)
    yield db
    db.dispose()
