"""Shared test fixtures: fast settings, reference data once per database, a user per role."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def pytest_configure(config):
    # Live-server and threaded tests open connections of their own; kept alive
    # (CONN_MAX_AGE) they outlive the test and stop PostgreSQL from dropping the test
    # database at the end of the run.
    from django.conf import settings

    settings.DATABASES["default"]["CONN_MAX_AGE"] = 0


@pytest.fixture(scope="session", autouse=True)
def _close_live_server_connections(django_db_setup, django_db_blocker):
    """Before the test database is dropped, end the sessions that live-server request
    threads left open (they die without closing their connection), so that PostgreSQL can
    drop it."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture(autouse=True)
def _fast_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TRADE_STORE_DIR = tmp_path / "trade"


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request in Arabic leaves its language
    active in the thread, and the next test would read Arabic messages."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _uses_db(request) -> bool:
    return bool(request.node.get_closest_marker("django_db")) or any(
        name in request.fixturenames
        for name in ("db", "transactional_db", "live_server", "django_db_reset_sequences")
    )


@pytest.fixture(autouse=True)
def _reference_data(request, django_db_setup, django_db_blocker):
    """Every test database holds the curated reference data (regions, KBLI, HS).

    Loaded once, outside the per-test transaction; reloaded after a transactional test (or a
    live-server test) has flushed the tables.
    """
    if not _uses_db(request):
        return
    from siapekspor.registry import reference
    from siapekspor.registry.models import Regency

    with django_db_blocker.unblock():
        if not Regency.objects.exists():
            reference.load_regions_builtin()
            reference.load_kbli_builtin()
            reference.load_hs_builtin()
        # Rows that a data migration seeds are gone too after a flush: seed them again.
        from siapekspor.partners.models import Organisation

        if not Organisation.objects.exists():
            from siapekspor.partners.services import partners_load

            partners_load()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"The shared datasets are missing: {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def users(db):
    """One user per role; the regency officer works in Bandar Lampung (18.71)."""
    from siapekspor.registry.tests.factories import make_users

    return make_users()


@pytest.fixture
def api_client(client):
    """A test client that sends an API token for a given user: api_client.as_user(user)."""
    from siapekspor.accounts.services import api_token_issue

    class ApiClient:
        def __init__(self):
            self.token = None

        def as_user(self, user):
            _t, self.token = api_token_issue(user=user, name="test")
            return self

        def _headers(self, extra):
            headers = {"HTTP_AUTHORIZATION": f"Bearer {self.token}"} if self.token else {}
            headers.update(extra)
            return headers

        def get(self, path, data=None, **extra):
            return client.get(path, data, **self._headers(extra))

        def post(self, path, payload, **extra):
            return client.post(
                path, payload, content_type="application/json", **self._headers(extra)
            )

        def patch(self, path, payload, **extra):
            return client.patch(
                path, payload, content_type="application/json", **self._headers(extra)
            )

    return ApiClient()


@pytest.fixture
def browser():
    """A headless Debian chromium for one test (`core/tests/browser.py`)."""
    from siapekspor.core.tests.browser import launched

    with launched() as instance:
        yield instance
