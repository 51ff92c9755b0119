import logging
import os
import re
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

import claims.logs
from claims import PROJECT_ROOT, models
from claims.logs import RedactSearchTerms, install, redact


def test_search_terms_never_reach_the_logs():
    line = '127.0.0.1 - - "GET /claimants/?q=Somchai+Jaidee&status=identified HTTP/1.1" 200 -'
    assert redact(line) == '127.0.0.1 - - "GET /claimants/?q=[redacted]&status=identified HTTP/1.1" 200 -'


def test_the_filter_rewrites_the_arguments_of_an_access_log_record():
    record = logging.LogRecord(
        "werkzeug", logging.INFO, __file__, 1, '"%s" %s', ("GET /cases/?q=1234/2555 HTTP/1.1", "200"), None
    )
    RedactSearchTerms().filter(record)
    assert record.getMessage() == '"GET /cases/?q=[redacted] HTTP/1.1" 200'


def test_the_app_installs_the_filter(app):
    assert any(isinstance(f, RedactSearchTerms) for f in logging.getLogger("werkzeug").filters)


# ------------------------------------------------------------------ what the redaction covers


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the login redirect: the first page's query string travels URL-encoded inside next=
        ("GET /login?next=/claimants/%3Fq%3DSomchai HTTP/1.1", "GET /login?next=[redacted] HTTP/1.1"),
        # an encoded term after an encoded & (another argument ahead of it)
        (
            "GET /x?back=/claimants/%3Fstatus%3Did%26q%3DSomchai%2BJaidee HTTP/1.1",
            "GET /x?back=/claimants/%3Fstatus%3Did%26q%3D[redacted] HTTP/1.1",
        ),
        # encoded twice (a next= inside a next=), lower-case hex
        (
            "GET /x?back=/login%253fnext%253d%252Fclaimants%252F%253Fq%253DSomchai HTTP/1.1",
            "GET /x?back=/login%253fnext%253d[redacted] HTTP/1.1",
        ),
        # gunicorn's %(q)s atom: the bare query string
        ("q=Somchai&status=identified", "q=[redacted]&status=identified"),
        # a referer; a name with an apostrophe (browsers do not encode ')
        (
            "https://claims.example.org/claimants/?Q=O'Brien Mary",
            "https://claims.example.org/claimants/?Q=[redacted] Mary",
        ),
        (
            "GET /hearings/?province=Tak&window=14 HTTP/1.1",
            "GET /hearings/?province=[redacted]&window=14 HTTP/1.1",
        ),
        # a calendar feed's token is its credential
        ("GET /reminders/feed/Abc-12_x.ics HTTP/1.1", "GET /reminders/feed/[redacted].ics HTTP/1.1"),
        # arguments that merely end in a redacted name are kept
        ("GET /claimants/?faq=1&page=2 HTTP/1.1", "GET /claimants/?faq=1&page=2 HTTP/1.1"),
    ],
)
def test_search_terms_are_blanked_plain_encoded_and_inside_other_arguments(line, expected):
    assert redact(line) == expected


def _gunicorn_access_line(tmp_path, path: str, query: str, referer: str = "-") -> str:
    """What gunicorn's own access logger writes for one request, through the app's filter."""
    from gunicorn import glogging
    from gunicorn.config import Config

    log_file = tmp_path / "access.log"
    cfg = Config()
    cfg.set("accesslog", str(log_file))
    cfg.set("access_log_format", '%(h)s "%(r)s" %(s)s %(b)s "%(f)s" %(q)s %({x-missing}i)s')
    logger = glogging.Logger(cfg)
    install()
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?{query}",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": referer,
    }
    response = SimpleNamespace(status="200 OK", sent=12, headers=[("Content-Type", "text/html")])
    request = SimpleNamespace(headers=[("Referer", referer)])
    try:
        logger.access(response, request, environ, timedelta(milliseconds=5))
    finally:
        for handler in list(logger.access_log.handlers):
            handler.close()
            logger.access_log.removeHandler(handler)
    return log_file.read_text()


def test_gunicorns_access_log_is_written_with_the_terms_blanked(app, tmp_path, capsys):
    written = _gunicorn_access_line(
        tmp_path, "/login", "next=/claimants/%3Fq%3DSomchai", referer="https://h/claimants/?q=Somchai"
    )
    assert written == (
        '127.0.0.1 "GET /login?next=[redacted] HTTP/1.1" 200 12 "https://h/claimants/?q=[redacted]" '
        "next=[redacted] -\n"
    )
    assert "Traceback" not in capsys.readouterr().err


def test_the_filter_keeps_a_mapping_of_arguments_a_mapping():
    record = logging.LogRecord(
        "gunicorn.access",
        logging.INFO,
        __file__,
        1,
        "%(r)s %(s)s",
        ({"r": "GET /?q=Somchai", "s": 200},),
        None,
    )
    RedactSearchTerms().filter(record)
    assert record.getMessage() == "GET /?q=[redacted] 200"


def test_a_record_that_cannot_be_checked_is_kept_without_its_text(monkeypatch):
    def broken(text):
        raise RuntimeError("redaction failed")

    monkeypatch.setattr(claims.logs, "redact", broken)
    record = logging.LogRecord("claims", logging.ERROR, __file__, 1, "search %s", ("Somchai",), None)
    assert RedactSearchTerms().filter(record) is True
    assert record.getMessage() == claims.logs.WITHHELD


# ------------------------------------------------------------------ a real gunicorn, as documented


def _start_gunicorn(tmp_path):
    from gunicorn.config import KNOWN_SETTINGS

    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path}/claims.sqlite",
        "SECRET_KEY": "gunicorn-test-key",
        "CLAIMS_ENV": "development",
        "CLAIMS_QUEUE_URL": "immediate",
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    command = [
        sys.executable, "-m", "gunicorn",
        "-c", "python:claims.gunicorn_conf",  # the documented configuration (docs/deployment.md)
        "-w", "1", "-b", "127.0.0.1:0",  # port 0: the system picks a free one, read back from the log
        "--access-logfile", str(tmp_path / "access.log"),
        "--error-logfile", str(tmp_path / "error.log"),
        "--pid", str(tmp_path / "gunicorn.pid"),
    ]  # fmt: skip
    if any(setting.name == "control_socket_disable" for setting in KNOWN_SETTINGS):
        command.append("--no-control-socket")
    command.append("wsgi:app")
    stderr = open(tmp_path / "stderr.log", "w")  # noqa: SIM115  (closed after the process ends)
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environment, stdout=stderr, stderr=stderr)
    return process, stderr


def _wait_for(condition, seconds: float, process):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if process.poll() is not None:
            break
        time.sleep(0.1)
    return None


def test_gunicorn_with_the_documented_config_logs_each_request_without_its_search_terms(tmp_path):
    process, stderr = _start_gunicorn(tmp_path)
    try:
        error_log = tmp_path / "error.log"
        listening = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")
        found = _wait_for(lambda: error_log.exists() and listening.search(error_log.read_text()), 30, process)
        assert found, f"gunicorn did not start: {error_log.read_text() if error_log.exists() else ''}"
        url = f"http://127.0.0.1:{found.group(1)}/login?next=/claimants/%3Fq%3DSomchai"

        def fetch():
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    return response.status
            except OSError:
                return None

        assert _wait_for(fetch, 30, process) == 200
        access_log = tmp_path / "access.log"
        assert _wait_for(lambda: access_log.exists() and access_log.read_text(), 10, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        stderr.close()
    lines = access_log.read_text().splitlines()
    assert any('"GET /login?next=[redacted] HTTP/1.1" 200' in line for line in lines), lines
    everything = "\n".join(
        (access_log.read_text(), error_log.read_text(), (tmp_path / "stderr.log").read_text())
    )
    assert "Somchai" not in everything
    assert "Traceback" not in everything


# ------------------------------------------------------------------ the database names no values


def test_a_failed_write_names_no_value_in_its_error_or_the_log(app, db, make, caplog):
    existing = make.claimant()
    db.session.commit()
    claimant_id, org_id = existing.id, existing.org_id
    db.session.expunge_all()
    assert db.engine.hide_parameters
    # Same id twice: the INSERT fails, with the legal name and address among its parameters.
    db.session.add(
        models.Claimant(
            id=claimant_id, org_id=org_id, pseudonym="W-dup", legal_name="Marker Legalname Somchai",
            address="99 Marker Road", nationality="TH", languages="th",
        )
    )  # fmt: skip
    with pytest.raises(sa.exc.IntegrityError) as failure:
        db.session.flush()
    db.session.rollback()
    with caplog.at_level(logging.ERROR):
        logging.getLogger("claims.test").error("write failed", exc_info=failure.value)
    for text in (str(failure.value), caplog.text):
        assert "Marker" not in text
        assert "parameters hidden" in text
