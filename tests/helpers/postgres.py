"""A throwaway PostgreSQL + PostGIS cluster for the tests: initdb in a temporary folder,
started on a Unix socket only (no TCP port, so it also runs where the network is cut), and
removed at the end.

PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` system user
(Debian's packages create it) or `nobody`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

# Set by .ci/run: CI must run the database tests, never skip them.
REQUIRED = os.environ.get("EXPLORER_REQUIRE_POSTGIS") == "1"


def server_bin() -> Path | None:
    """The folder of the newest installed server's binaries (Debian: /usr/lib/postgresql/N/bin),
    if PostGIS is installed for it too."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True,
                         key=lambda f: int(Path(f).parent.name)):
        version = Path(folder).parent.name
        if glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"):
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _run_as(user: str | None, args: list[str], **kwargs) -> subprocess.CompletedProcess:
    command = ["runuser", "-u", user, "--", *args] if user else args
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


class Cluster:
    """One running server; `dsn` connects as its superuser through the socket folder."""

    def __init__(self, bin_dir: Path):
        self.bin = bin_dir
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres" if _exists("postgres") else "nobody"
        self.folder = Path(tempfile.mkdtemp(prefix="explorer-pg-"))
        self.data = self.folder / "data"
        if self.user:
            uid = pwd.getpwnam(self.user).pw_uid
            os.chown(self.folder, uid, -1)
        self.superuser = self.user or pwd.getpwuid(os.geteuid()).pw_name

    def start(self) -> str:
        _run_as(self.user, [str(self.bin / "initdb"), "-D", str(self.data), "-U", self.superuser,
                            "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N"])
        options = f"-c listen_addresses='' -c unix_socket_directories={self.folder} -c fsync=off"
        _run_as(self.user, [str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60",
                            "-l", str(self.folder / "server.log"), "-o", options, "start"])
        return self.dsn()

    def dsn(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@/{dbname}?host={self.folder}"

    def stop(self) -> None:
        try:
            _run_as(self.user, [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                                "-w", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
    except KeyError:
        return False
    return True
