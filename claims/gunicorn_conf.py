"""gunicorn's settings for this app: ``gunicorn -c python:claims.gunicorn_conf -w 4 -b 127.0.0.1:8000 wsgi:app``.

Command-line options override these. What matters here is the logger: gunicorn's access log records the request
line and the referer, both of which carry search terms (``?q=<a legal name>``, ``next=/claimants/%3Fq%3D...``);
the logger class below puts claims.logs' filter on gunicorn's loggers before the first request, whether or not the
app has been imported yet.
"""

from __future__ import annotations

from gunicorn import glogging

from claims import logs


class RedactingLogger(glogging.Logger):
    def setup(self, cfg):
        super().setup(cfg)
        logs.install()


logger_class = RedactingLogger
# Access log to stderr, with the request line (redacted) and the time taken; no user agent or referer, which
# identify no record and only lengthen the line.
accesslog = "-"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms'
