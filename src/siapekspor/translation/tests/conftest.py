"""Tiny Argos packages built once per test session, and a model directory per test."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from siapekspor.translation.tests.tinymodel import build_package


@pytest.fixture(scope="session")
def packages(tmp_path_factory):
    """.argosmodel files: id→en, en→ja, en→ar, en→id (each its own random weights)."""
    folder = tmp_path_factory.mktemp("argos")
    pairs = [("id", "en"), ("en", "ja"), ("en", "ar"), ("en", "id")]
    return {f"{a}_{b}": build_package(folder, a, b, seed=n) for n, (a, b) in enumerate(pairs, 1)}


@pytest.fixture(autouse=True)
def mt_dir(settings, tmp_path):
    settings.MT_DIR = tmp_path / "mt"
    return settings.MT_DIR


@pytest.fixture
def install(packages):
    """install("id_en", "en_ja") installs packages through the command, as an admin would."""

    def _install(*pairs: str) -> None:
        for pair in pairs:
            call_command("mt", "install", str(packages[pair]), verbosity=0)

    return _install


@pytest.fixture(autouse=True)
def _glossary_seed(request):
    """The glossary's seed terms, as the data migration leaves them. A transactional test
    elsewhere in the run may have flushed them; put them back the way `mt glossary-load`
    does."""
    if not request.node.get_closest_marker("django_db") and "db" not in request.fixturenames:
        return
    request.getfixturevalue("db")
    from siapekspor.translation import services
    from siapekspor.translation.models import GlossaryTerm

    if not GlossaryTerm.objects.exists():
        services.glossary_load(actor=None)
