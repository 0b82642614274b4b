"""Access logs without query strings.

A search term, a name or a number in a URL would otherwise be written to the access log of
the server. The registry sends personal-data searches in request bodies; this filter is the
second line: it removes the query string from the request line of every access-log record.
settings.LOGGING sets it on Django's server logger (`django.server`); a production server
(gunicorn) that logs access lines itself gets it through its own logging configuration, or
logs the path without the query (`%(U)s` rather than `%(r)s`; docs/configuration.md).
"""

from __future__ import annotations

import logging
import re

ACCESS_LOGGERS = frozenset({"django.server", "gunicorn.access"})
_QUERY = re.compile(r"\?[^\s\"']*")


def strip_query(text: str) -> str:
    """'GET /registry/?q=Siti HTTP/1.1' -> 'GET /registry/ HTTP/1.1'."""
    return _QUERY.sub("", text)


class StripQueryString(logging.Filter):
    """Set on the access loggers (settings.LOGGING); leaves other records alone."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name not in ACCESS_LOGGERS:
            return True
        if isinstance(record.args, tuple):  # django.server: '"%s" %s %s', (request line, …)
            record.args = tuple(strip_query(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):  # gunicorn's atoms (a dict subclass): edit in place
            if isinstance(record.args.get("r"), str):
                record.args["r"] = strip_query(record.args["r"])
            if "q" in record.args:
                record.args["q"] = ""
        elif isinstance(record.msg, str):
            record.msg = strip_query(record.msg)
        return True


class QuietClientErrors(logging.Filter):
    """Set on `django.request` (settings.LOGGING): a 403 or 404 is one line,
    "GET /registry/12/ 403" (method, path without query, status), without the traceback Django attaches (PermissionDenied and
    Http404 are logged with exc_info at WARNING). 5xx records keep their traceback."""

    QUIET = frozenset({403, 404})

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if status not in self.QUIET:
            return True
        request = getattr(record, "request", None)
        path = strip_query(getattr(request, "path", "") or "")
        method = getattr(request, "method", "") or ""
        record.msg = "%s %s %s"
        # Escaped as Django escapes the path: a newline in a URL cannot forge a log line.
        record.args = (method, path.encode("unicode_escape").decode("ascii"), status)
        record.exc_info = None
        record.exc_text = None
        return True
