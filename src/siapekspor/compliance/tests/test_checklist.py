"""Gap checklists for real cases, each dated (REQUIREMENTS.md rows US1/US2, CN1/ID4, US5, EU1)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from siapekspor.compliance import content, selectors, services
from siapekspor.compliance.models import DocumentType, Rule
from siapekspor.registry.tests.factories import make_enterprise

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(users):
    services.requirements_load(actor=users["admin"], data=content.builtin())


def _codes(result, status=None):
    return {i.code for i in result.items if status is None or i.status == status}


def test_load_is_complete_and_reloading_changes_nothing(users):
    first = services.requirements_load(actor=users["admin"], data=content.builtin())
    assert first.documents_created == DocumentType.objects.count() >= 40
    assert first.rules_created == Rule.objects.count() >= 56
    # Every row of REQUIREMENTS.md (EU1 … ID10: 56 rows) has at least one rule.
    rows = {r.key.split("-")[0] for r in Rule.objects.all()}
    assert len(rows) == 56
    again = services.requirements_load(actor=users["admin"], data=content.builtin())
    assert (again.documents_updated, again.rules_created, again.rules_updated) == (0, 0, 0)
    # Unverified points stay marked unverified (e.g. GACC Decree 280 mapping, ETK).
    assert not Rule.objects.get(key="CN2-280").verified
    assert not Rule.objects.get(key="ID9").verified
    assert Rule.objects.get(key="US1").verified


def test_ground_coffee_to_usa_needs_fda_registration_and_prior_notice(loaded):
    enterprise = make_enterprise(regency="18.71")
    result = selectors.checklist(
        hs6="090121", market="USA", on=dt.date(2026, 9, 1), enterprise=enterprise
    )
    assert "fda-ffr" in _codes(result, "missing")
    assert "fda-prior-notice" in _codes(result, "per_shipment")
    assert "nib" in _codes(result, "missing")
    # Roasted coffee is not a spice: no caesium certificate.
    assert "cs137-cert" not in _codes(result)


def test_frozen_shrimp_to_china_needs_gacc_and_health_certificate(loaded):
    enterprise = make_enterprise(regency="18.01")
    result = selectors.checklist(
        hs6="030617", market="CHN", on=dt.date(2026, 9, 1), enterprise=enterprise
    )
    assert "gacc" in _codes(result, "missing")
    assert "health-cert" in _codes(result, "per_shipment")
    gacc = next(i for i in result.items if i.code == "gacc")
    # From 1 June 2026 the rule is Decree 280's; before, Decree 248's.
    assert [r.key for r in gacc.rules] == ["CN1-280"]
    before = selectors.checklist(
        hs6="030617", market="CHN", on=dt.date(2026, 5, 31), enterprise=enterprise
    )
    assert [r.key for r in next(i for i in before.items if i.code == "gacc").rules] == ["CN1-248"]


def test_black_pepper_from_lampung_to_usa_needs_the_import_alert_certificate(loaded):
    lampung = make_enterprise(regency="18.04")
    result = selectors.checklist(
        hs6="090411", market="USA", on=dt.date(2026, 3, 2), enterprise=lampung
    )
    assert "cs137-cert" in _codes(result, "per_shipment")
    line = next(i for i in result.items if i.code == "cs137-cert").rules[0]
    assert line.key == "US5" and line.applies_from == dt.date(2025, 10, 31)
    # Before the alert's certification took effect, nothing to show.
    earlier = selectors.checklist(
        hs6="090411", market="USA", on=dt.date(2025, 10, 1), enterprise=lampung
    )
    assert "cs137-cert" not in _codes(earlier)
    # The same pepper to Japan: not a US rule.
    japan = selectors.checklist(
        hs6="090411", market="JPN", on=dt.date(2026, 3, 2), enterprise=lampung
    )
    assert "cs137-cert" not in _codes(japan)


def test_coffee_beans_to_the_eu_need_eudr_data_from_its_application_date(loaded):
    micro = make_enterprise(regency="18.06")  # the factory's revenue: a micro enterprise
    medium = make_enterprise(regency="18.06", annual_revenue=Decimal(20_000_000_000))
    assert micro.size_class == "micro" and medium.size_class == "medium"

    def eudr(enterprise, day):
        return "eudr-data" in _codes(
            selectors.checklist(hs6="090111", market="DEU", on=day, enterprise=enterprise)
        )

    assert not eudr(medium, dt.date(2026, 12, 29))
    assert eudr(medium, dt.date(2026, 12, 30))
    assert not eudr(micro, dt.date(2027, 6, 29))
    assert eudr(micro, dt.date(2027, 6, 30))
    # Every EU member is covered by the "EU" group, not only Germany.
    assert "eudr-data" in _codes(
        selectors.checklist(hs6="090111", market="NLD", on=dt.date(2027, 7, 1), enterprise=micro)
    )


def test_held_and_expiring_certificates_and_the_time_to_be_ready(loaded, users):
    enterprise = make_enterprise(regency="18.71")
    nib = DocumentType.objects.get(code="nib")
    ffr = DocumentType.objects.get(code="fda-ffr")
    day = dt.date(2026, 9, 1)
    services.certificate_save(
        actor=users["admin"], enterprise=enterprise, data=services.CertificateData(document=nib)
    )
    services.certificate_save(
        actor=users["admin"],
        enterprise=enterprise,
        data=services.CertificateData(document=ffr, valid_until=day + dt.timedelta(days=20)),
    )
    result = selectors.checklist(hs6="090121", market="USA", on=day, enterprise=enterprise)
    assert "nib" in _codes(result, "have")
    assert "fda-ffr" in _codes(result, "expiring")
    assert result.counts["have"] == 1 and result.counts["expiring"] == 1
    # Lead times: only what is known counts; the rest is reported as unknown.
    todo = [i for i in result.items if i.status in selectors.ACTIONABLE]
    assert result.lead_unknown == sum(1 for i in todo if i.lead_days is None)
    assert result.longest_lead_days == max((i.lead_days or 0) for i in todo)
    # An expired certificate is missing.
    later = selectors.checklist(
        hs6="090121", market="USA", on=day + dt.timedelta(days=30), enterprise=enterprise
    )
    assert "fda-ffr" in _codes(later, "missing")


def test_conditions_the_system_cannot_decide_are_asked_not_asserted(loaded):
    enterprise = make_enterprise(regency="18.71")
    result = selectors.checklist(
        hs6="030389", market="DEU", on=dt.date(2026, 9, 1), enterprise=enterprise
    )
    asked = {i.code: i for i in result.to_check}
    assert "iuu-catch" in asked  # only if wild-caught
    assert asked["iuu-catch"].rules[0].question
    assert "iuu-catch" not in _codes(result)


def test_bad_query_is_refused_with_a_message():
    with pytest.raises(Exception) as info:
        selectors.parse_query("09011", "XXX", "2026-13-01")
    fields = {f for f, _m in info.value.details}
    assert fields == {"hs", "market", "date"}
