"""The README's system packages and the ones CI installs are the same list."""

import re

from tests.conftest import REPO

CI_ONLY = {"make", "xvfb", "xdotool"}


def _words(block: str) -> set[str]:
    return set(re.findall(r"[a-z0-9][a-z0-9.+-]+", block.replace("\\\n", " ")))


def test_readme_and_ci_install_the_same_system_packages():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\nsudo apt-get install (.*?)```", readme, re.S)[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    installed = re.search(r"--no-install-recommends \\\n(.*?)>/dev/null", ci, re.S)[1]
    readme_packages = _words(block)
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= readme_packages
    assert _words(installed) == readme_packages | CI_ONLY


def test_ci_runs_exactly_make_test_and_requires_the_real_display_test():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines()
                if line.strip() and not line.startswith((" ", "#", "if", "fi", "set", "cd"))]
    assert commands[-1] == "make test"
    assert "export EXPLORER_REQUIRE_XVFB=1" in ci
