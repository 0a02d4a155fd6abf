"""Shared test set-up, free of Qt: the bundled catalogue loaded once, and a real PostgreSQL +
PostGIS server for the tests that need one (one per session, a fresh database per test). The
Qt set-up lives in tests/qt_setup.py, which the conftest.py of tests/ui and tests/export
import."""

import itertools
from pathlib import Path

import pytest

from explorer.core.catalogue import load_catalogue
from tests.helpers.postgres import REQUIRED, Cluster, server_bin

REPO = Path(__file__).resolve().parents[1]
# The source article, kept beside the repository in shared/ (in CI too).
SEED_ARTICLE = REPO.parent / "shared" / "seeds" / "000_d8bf1e993a032e8e.txt"


@pytest.fixture(scope="session")
def catalogue():
    """The bundled catalogue (tests that change it work on a copy)."""
    return load_catalogue()


_numbers = itertools.count()


@pytest.fixture(scope="session")
def cluster():
    bin_dir = server_bin()
    if bin_dir is None:
        message = ("no PostgreSQL server with PostGIS installed (Debian: postgresql and "
                   "postgresql-<version>-postgis-3)")
        if REQUIRED:
            pytest.fail(message + "; EXPLORER_REQUIRE_POSTGIS=1 says the tests must run")
        pytest.skip(message)
    server = Cluster(bin_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database(cluster):
    """The URI of a new, empty database with PostGIS."""
    import psycopg

    name = f"test_{next(_numbers)}"
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(cluster.dsn(name), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION postgis")
    return cluster.dsn(name)
