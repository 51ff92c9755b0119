import logging

from claims.logs import RedactSearchTerms, redact


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
