"""A real PostgreSQL + PostGIS server for the database tests, one per test session; a fresh
database for each test."""

import itertools

import pytest

from tests.helpers.postgres import REQUIRED, Cluster, server_bin

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
