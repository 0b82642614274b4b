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


def _request_records(caplog):
    return [r for r in caplog.records if r.name == "django.request"]


def test_a_403_is_one_line_without_a_traceback(client, users, caplog):
    """Walkthrough: every 403 wrote a full traceback to the server's error log."""
    client.force_login(users["partner_officer"])
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get("/registry/enterprises/?q=Siti+Aminah").status_code == 403
    (record,) = _request_records(caplog)
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "GET /registry/enterprises/ 403"
    assert record.exc_info is None
    assert "Traceback" not in caplog.text and "Siti" not in caplog.text


def test_a_404_is_one_line_without_a_traceback(client, users, caplog):
    client.force_login(users["province_officer"])
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get("/registry/enterprises/999999/?x=1").status_code == 404
    (record,) = _request_records(caplog)
    assert record.getMessage() == "GET /registry/enterprises/999999/ 404"
    assert "Traceback" not in caplog.text


def test_a_500_keeps_its_traceback(rf, caplog):
    from django.http import HttpResponse
    from django.utils.log import log_response

    try:
        raise ValueError("broken")
    except ValueError as exc:
        with caplog.at_level(logging.WARNING, logger="django.request"):
            log_response(
                "Internal Server Error: %s",
                "/x/",
                response=HttpResponse(status=500),
                request=rf.get("/x/"),
                exception=exc,
            )
    (record,) = _request_records(caplog)
    assert record.exc_info and "Traceback" in caplog.text and "broken" in caplog.text
