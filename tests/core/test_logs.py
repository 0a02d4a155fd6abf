"""The log: a rotating file in the folder given, stderr only with --verbose."""

import logging
import os

from explorer.logs import LOG_NAME, configure_logging


def test_the_log_goes_to_a_file_and_to_stderr_only_when_verbose(tmp_path, capsys):
    path = configure_logging(tmp_path / "logs")
    logging.getLogger("explorer.test").info("quiet line")
    assert capsys.readouterr().err == ""
    path = configure_logging(tmp_path / "logs", verbose=True)
    logging.getLogger("explorer.test").debug("loud line")
    assert "loud line" in capsys.readouterr().err
    for handler in logging.getLogger("explorer").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert path.name == LOG_NAME and "quiet line" in text and "loud line" in text


def test_an_unwritable_folder_is_no_reason_to_stop(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert configure_logging(blocker / "logs") is None
    logging.getLogger("explorer.test").warning("still fine")


def test_chromium_is_quiet_unless_verbose(monkeypatch):
    from explorer.qtenv import QUIET_CHROMIUM, prepare_qtwebengine

    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--foo")
    monkeypatch.delenv("QT_LOGGING_RULES", raising=False)
    prepare_qtwebengine()
    assert QUIET_CHROMIUM in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "--foo" in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "QT_LOGGING_RULES" not in os.environ
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    prepare_qtwebengine(verbose=True)
    assert QUIET_CHROMIUM not in os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    assert "qt.webenginecontext" in os.environ["QT_LOGGING_RULES"]
