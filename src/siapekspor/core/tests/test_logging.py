"""No query string reaches an access-log line (a search term, a name, a number)."""

import logging

from siapekspor.core.logging import StripQueryString, strip_query


def _record(name, msg, args):
    return logging.LogRecord(name, logging.INFO, __file__, 1, msg, args, None)


def test_request_lines_of_the_development_server_lose_their_query():
    record = _record(
        "django.server", '"%s" %s %s', ("GET /registry/enterprises/?q=Siti+Aminah HTTP/1.1", 200, 9)
    )
    assert StripQueryString().filter(record)
    assert record.getMessage() == '"GET /registry/enterprises/ HTTP/1.1" 200 9'


def test_gunicorn_atoms_lose_request_query_and_query_string():
    atoms = {"r": "GET /api/v1/enterprises?q=1871014105900001 HTTP/1.1", "q": "q=1871", "s": 200}
    record = _record("gunicorn.access", '"%(r)s" %(s)s %(q)s', atoms)
    StripQueryString().filter(record)
    assert "1871" not in record.getMessage()


def test_other_loggers_are_left_alone():
    record = _record("siapekspor", "Is %s ready?", ("it",))
    StripQueryString().filter(record)
    assert record.getMessage() == "Is it ready?"


def test_the_development_server_logger_carries_the_filter():
    logger = logging.getLogger("django.server")
    assert any(isinstance(f, StripQueryString) for f in logger.filters)
    assert strip_query("code 400, message Bad request ('GET /?q=x HTTP/1.1')") == (
        "code 400, message Bad request ('GET / HTTP/1.1')"
    )
