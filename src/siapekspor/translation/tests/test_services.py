"""The service other apps call: memory, fallback, background translation, corrections."""

from __future__ import annotations

import pytest
from django.utils import translation

from siapekspor.core.errors import ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.translation import services
from siapekspor.translation.models import GlossaryTerm, Translation

pytestmark = pytest.mark.django_db

TEXT = "Kopi robusta dari Lampung, dipanggang setiap minggu."


def test_without_a_model_content_shows_in_indonesian_with_a_note(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as queued:
        shown = services.text_for("ja", TEXT)
    assert shown.text == TEXT
    assert shown.is_fallback and not shown.is_machine
    assert shown.language == "id"
    assert queued == []  # nothing to queue: no model could translate it
    with pytest.raises(services.NoRouteError):
        services.translate_texts([TEXT], source_language="id", target_language="ja")


def test_the_reader_of_the_source_language_gets_the_text_as_is():
    shown = services.text_for("id", TEXT)
    assert (shown.text, shown.is_fallback, shown.is_machine) == (TEXT, False, False)
    assert services.text_for("xx", TEXT).text == TEXT  # unknown reader language: as is


def test_pages_never_run_a_model_the_task_does(install, django_capture_on_commit_callbacks):
    install("id_en", "en_ja")
    engine = services.engine()
    with django_capture_on_commit_callbacks(execute=False) as queued:
        first = services.text_for("ja", TEXT)
    assert first.is_fallback and engine.stats.batches == 0
    assert len(queued) == 1
    queued[0]()  # the commit: translate_missing runs (immediate backend in tests)
    assert set(engine.stats.by_pair) == {"id_en", "en_ja"}  # pivot through English
    second = services.text_for("ja", TEXT)
    assert second.is_machine and not second.is_fallback
    assert second.language == "ja" and second.text != TEXT
    row = Translation.objects.get()
    assert (row.source_language, row.target_language) == ("id", "ja")
    assert row.engine_version == "id_en 0.1 · en_ja 0.1"


def test_a_text_is_queued_once_while_its_translation_is_pending(
    install, django_capture_on_commit_callbacks
):
    install("id_en")
    with django_capture_on_commit_callbacks() as queued:
        services.texts_for("en", [TEXT, "Keripik pisang."])
        services.texts_for("en", [TEXT, "Keripik pisang."])
    assert len(queued) == 1


def test_the_memory_answers_the_second_time_without_the_engine(install):
    install("id_en")
    engine = services.engine()
    first = services.translate_texts([TEXT], source_language="id", target_language="en")
    batches = engine.stats.batches
    assert first.translated == 1 and batches > 0
    # the same text, differently spaced, is the same text
    again = services.translate_texts(
        ["  Kopi robusta dari   Lampung,\tdipanggang setiap minggu. "],
        source_language="id",
        target_language="en",
    )
    assert again.translated == 0 and again.from_memory == 1
    assert engine.stats.batches == batches
    assert again.rendered[0].text == first.rendered[0].text
    assert Translation.objects.count() == 1


def test_without_memory_nothing_is_read_or_written(install):
    install("id_en")
    services.translate_texts([TEXT], source_language="id", target_language="en", use_memory=False)
    assert Translation.objects.count() == 0


def test_glossary_terms_are_restored_and_the_translation_is_marked(install):
    install("id_en")
    [shown] = services.translate_texts(
        ["Usaha kami siap naik kelas dengan keripik pisang."],
        source_language="id",
        target_language="en",
    ).rendered
    assert "move up a level" in shown.text and "banana chips" in shown.text
    assert "advance to class" not in shown.text
    assert shown.is_machine


def test_the_correction_wins_feeds_the_memory_and_is_audited(install, users):
    install("id_en")
    services.translate_texts([TEXT], source_language="id", target_language="en")
    row = Translation.objects.get()
    machine = row.text
    services.translation_correct(
        actor=users["province_officer"],
        translation=row,
        text="Lampung robusta coffee, roasted every week.",
        reason="nama produk",
    )
    shown = services.text_for("en", TEXT)
    assert shown.text == "Lampung robusta coffee, roasted every week."
    assert not shown.is_machine and shown.is_reviewed
    row.refresh_from_db()
    assert row.machine_text == machine and row.reviewed_by == users["province_officer"]
    entry = AuditEntry.objects.get(action="translation.translation.corrected")
    assert entry.changes["text"] == [machine, "Lampung robusta coffee, roasted every week."]
    assert entry.reason == "nama produk"
    # a later run of the engine (new glossary, refresh) never overwrites the correction
    GlossaryTerm.objects.filter(key="kopi-robusta").update(term_en="robusta")
    services.translate_texts([TEXT], source_language="id", target_language="en", refresh_stale=True)
    row.refresh_from_db()
    assert row.text == "Lampung robusta coffee, roasted every week." and not row.is_machine


def test_an_empty_correction_is_refused_in_indonesian(install, users):
    install("id_en")
    services.translate_texts([TEXT], source_language="id", target_language="en")
    with translation.override("id"):
        with pytest.raises(ValidationFailed) as exc:
            services.translation_correct(
                actor=users["admin"], translation=Translation.objects.get(), text="  "
            )
        assert str(exc.value.details[0][1]) == "Tulis terjemahannya."


def test_a_person_may_translate_before_the_engine(users, django_capture_on_commit_callbacks):
    services.translation_provide(
        actor=users["admin"], source_text=TEXT, target_language="fr", text="Café robusta."
    )
    with django_capture_on_commit_callbacks() as queued:
        shown = services.text_for("fr", TEXT)
    assert shown.text == "Café robusta." and shown.is_reviewed
    assert queued == []


def test_a_glossary_change_redoes_machine_translations(
    install, users, django_capture_on_commit_callbacks
):
    install("id_en")
    text = "Keripik pisang dari Lampung."
    services.translate_texts([text], source_language="id", target_language="en")
    assert "Banana chips" in Translation.objects.get().text
    term = GlossaryTerm.objects.get(key="keripik-pisang")
    services.glossary_term_save(
        actor=users["admin"],
        term=term,
        data=services.GlossaryTermData(
            key=term.key,
            kind=term.kind,
            forms={"id": "keripik pisang", "en": "banana crisps"},
        ),
    )
    with django_capture_on_commit_callbacks(execute=True) as queued:
        stale = services.text_for("en", text)
    assert stale.is_machine and "Banana chips" in stale.text  # shown while it is redone
    assert len(queued) == 1
    assert "Banana crisps" in services.text_for("en", text).text


def test_glossary_rules(users):
    data = services.GlossaryTermData(key="kopi-lain", kind="product", forms={"id": "Kopi Robusta"})
    with pytest.raises(ValidationFailed) as exc:
        services.glossary_term_save(actor=users["admin"], data=data)
    assert [f for f, _m in exc.value.details] == ["term_ind"]  # the form belongs to another term
    with pytest.raises(ValidationFailed):
        services.glossary_term_save(
            actor=users["admin"],
            data=services.GlossaryTermData(key="x", kind="product", forms={"id": "a ⟦0⟧"}),
        )
    with pytest.raises(ValidationFailed):
        services.glossary_term_save(
            actor=users["admin"],
            data=services.GlossaryTermData(key="tapis", kind="product", forms={"id": "tenun"}),
        )


def test_the_seed_has_every_language_and_reloading_keeps_edits(users):
    assert GlossaryTerm.objects.count() >= 20
    for term in GlossaryTerm.objects.all():
        assert all(
            getattr(term, f)
            for f in ("term_ind", "term_en", "term_zh_hans", "term_ja", "term_ar", "term_fr")
        ), term.key
    naik = GlossaryTerm.objects.get(key="naik-kelas")
    assert naik.term_en == "move up a level"
    assert GlossaryTerm.objects.get(key="eksportir-perdana").term_en == "first-time exporter"
    GlossaryTerm.objects.filter(key="naik-kelas").update(term_en="move up one level")
    GlossaryTerm.objects.filter(key="gula-aren").delete()
    assert services.glossary_load(actor=None) == 1
    assert GlossaryTerm.objects.get(key="naik-kelas").term_en == "move up one level"


def test_engine_status_lists_routes_with_the_pivot(install):
    install("id_en", "en_ja")
    status = services.engine_status()
    routes = {(r.source, r.target): r.route for r in status.routes}
    assert routes[("id", "ja")] == ("id", "en", "ja")
    assert routes[("id", "en")] == ("id", "en")
    assert routes[("id", "fr")] == ()
    assert status.is_available
