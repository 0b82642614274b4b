from decimal import Decimal

import pytest
from django.utils import translation

from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.registry import services
from siapekspor.registry.models import Enterprise, HsCode, SizeClass
from siapekspor.registry.tests.factories import enterprise_data, make_enterprise


def test_register_seals_personal_data_and_audits_without_values(users):
    e = make_enterprise(
        users["province_officer"],
        nik="1871014105900123",
        phone="0812-1111-2222",
        owner_name="Siti Aminah",
    )
    raw = (
        Enterprise.objects.filter(pk=e.pk)
        .values("nik_sealed", "phone_sealed", "owner_name_sealed")
        .get()
    )
    assert "1871014105900123" not in raw["nik_sealed"]
    assert "81211112222" not in raw["phone_sealed"]
    assert "Siti" not in raw["owner_name_sealed"]
    assert e.nik == "1871014105900123" and e.phone == "+6281211112222"
    assert e.masked_nik == "187101******0123"
    entry = AuditEntry.objects.get(action="registry.enterprise.created", target_id=str(e.pk))
    assert entry.actor == users["province_officer"]
    assert "1871014105900123" not in str(entry.changes)
    assert entry.changes["nik"] == [None, "•••"]


def test_size_class_follows_pp7_2021_revenue_bands(users):
    micro = make_enterprise(annual_revenue=Decimal(2_000_000_000))
    small = make_enterprise(annual_revenue=Decimal(2_000_000_001))
    medium = make_enterprise(annual_revenue=Decimal(15_000_000_001))
    assert [micro.size_class, small.size_class, medium.size_class] == [
        SizeClass.MICRO,
        SizeClass.SMALL,
        SizeClass.MEDIUM,
    ]


def test_refuses_revenue_of_a_large_enterprise(users):
    with pytest.raises(ValidationFailed) as exc:
        make_enterprise(annual_revenue=Decimal(60_000_000_000))
    assert exc.value.details[0][0] == "annual_revenue"


def test_validation_lists_every_bad_field_in_indonesian(users):
    data = enterprise_data(nik="12345", phone="99", nib="1")
    with translation.override("id"), pytest.raises(ValidationFailed) as exc:
        services.enterprise_register(actor=users["admin"], data=data)
    fields = {f for f, _m in exc.value.details}
    assert fields == {"nik", "phone", "nib"}
    with translation.override("id"):
        assert any("NIK harus tepat 16 digit" in str(m) for _f, m in exc.value.details)


def test_district_must_belong_to_the_regency(users):
    with pytest.raises(ValidationFailed) as exc:
        make_enterprise(regency="18.71", district="18.01.04")
    assert exc.value.details[0][0] == "district"


def test_nib_is_unique(users):
    first = make_enterprise(nib="9100000000999")
    # Refused at the door, naming the registered enterprise, even "confirmed different".
    with pytest.raises(services.DuplicateSuspected) as exc:
        make_enterprise(nib="9100000000999")
    assert exc.value.details[0][0] == "nib" and exc.value.blocking
    assert exc.value.matches[0].enterprise == first


def test_update_audits_the_diff_and_hides_personal_values(users):
    e = make_enterprise()
    data = services.enterprise_data_from(e)
    data.workforce, data.phone = 12, "081299998888"
    services.enterprise_update(actor=users["admin"], enterprise=e, data=data)
    entry = AuditEntry.objects.filter(action="registry.enterprise.updated").latest("id")
    assert entry.changes["workforce"] == [4, 12]
    assert entry.changes["phone"] == ["•••", "•••"]
    assert "99998888" not in str(entry.changes)


def test_update_without_changes_writes_nothing(users):
    e = make_enterprise()
    before = AuditEntry.objects.count()
    services.enterprise_update(
        actor=users["admin"], enterprise=e, data=services.enterprise_data_from(e)
    )
    assert AuditEntry.objects.count() == before


def test_reveal_needs_a_reason_and_is_audited(users):
    e = make_enterprise()
    with pytest.raises(ValidationFailed):
        services.enterprise_reveal_personal_data(actor=users["admin"], enterprise=e, reason="x")
    data = services.enterprise_reveal_personal_data(
        actor=users["admin"], enterprise=e, reason="Verifikasi untuk pendaftaran kelas"
    )
    assert data.nik == e.nik
    entry = AuditEntry.objects.get(action="registry.enterprise.personal_data_viewed")
    assert entry.reason == "Verifikasi untuk pendaftaran kelas"


def test_partner_officer_may_not_see_personal_data(users):
    e = make_enterprise()
    with pytest.raises(PermissionDeniedError):
        services.enterprise_reveal_personal_data(
            actor=users["partner_officer"], enterprise=e, reason="Ingin melihat data pemilik"
        )


def test_regency_officer_writes_only_in_own_regency(users):
    officer = users["regency_officer"]
    make_enterprise(officer, regency="18.71")
    with pytest.raises(PermissionDeniedError):
        make_enterprise(officer, regency="18.01")
    other = make_enterprise(regency="18.01")
    data = services.enterprise_data_from(other)
    data.regency = officer.regency
    with pytest.raises(PermissionDeniedError):
        services.enterprise_update(actor=officer, enterprise=other, data=data)


def test_owner_edits_own_enterprise_but_cannot_register(users):
    owner = users["enterprise_owner"]
    own = owner.enterprise
    data = services.enterprise_data_from(own)
    data.workforce = 7
    services.enterprise_update(actor=owner, enterprise=own, data=data)
    with pytest.raises(PermissionDeniedError):
        make_enterprise(owner)


def test_product_needs_a_six_digit_hs_code(users):
    e = make_enterprise()
    chapter = HsCode.objects.get(code="09")
    with pytest.raises(ValidationFailed):
        services.product_save(actor=users["admin"], enterprise=e, hs_code=chapter, name="Kopi")
    product = services.product_save(
        actor=users["admin"],
        enterprise=e,
        hs_code=HsCode.objects.get(code="090111"),
        name="Kopi robusta",
        monthly_capacity=Decimal(500),
    )
    assert product.hs_code_id == "090111"
    assert AuditEntry.objects.filter(action="registry.product.created").exists()


def test_owner_word_search_uses_the_blind_index(users):
    from siapekspor.registry.selectors import EnterpriseFilters, enterprise_list

    e = make_enterprise(owner_name="Bambang Sutrisno", name="Mebel Jati")
    make_enterprise(owner_name="Siti Rahayu", name="Keripik Siti")
    found = list(enterprise_list(users["admin"], EnterpriseFilters(q="sutrisno", personal=True)))
    assert found == [e]
    assert list(enterprise_list(users["admin"], EnterpriseFilters(q="Mebel jati"))) == [e]
    # A term from a URL (personal=False) finds business names and NIBs, never owners.
    assert list(enterprise_list(users["admin"], EnterpriseFilters(q="sutrisno"))) == []


def test_personal_search_finds_a_whole_nik_or_phone_number(users):
    from siapekspor.registry.selectors import EnterpriseFilters, enterprise_list

    e = make_enterprise(nik="1871014105900777", phone="0812-3456-0777")
    make_enterprise(nik="1871014105900778", phone="081234560778")
    for term in ("1871014105900777", "+62 812 3456 0777", "081234560777"):
        assert list(enterprise_list(users["admin"], EnterpriseFilters(q=term, personal=True))) == [
            e
        ]
        assert list(enterprise_list(users["admin"], EnterpriseFilters(q=term))) == []


def test_rotate_pii_keys_reseals_with_the_new_key(users, settings):
    from io import StringIO

    from django.core.management import call_command

    from siapekspor.core.crypto import sealed_with_primary

    original = settings.PII_KEYS  # seals the records the `users` fixture made
    settings.PII_KEYS = f"old:F9v2DP8yUMCuEDEqqSug-57oAM0B9W85NVqfppiBh48,{original}"
    e = make_enterprise(nik="1871014105900456")
    settings.PII_KEYS = f"new:tBlwYCt6O76Yo1d5EQiCLS5M6zXTvws6VQg2gBI_jlw,old:F9v2DP8yUMCuEDEqqSug-57oAM0B9W85NVqfppiBh48,{original}"
    e.refresh_from_db()
    assert not sealed_with_primary(e.nik_sealed)
    out = StringIO()
    call_command("rotate_pii_keys", stdout=out)
    settings.PII_KEYS = "new:tBlwYCt6O76Yo1d5EQiCLS5M6zXTvws6VQg2gBI_jlw"  # every old key is gone
    e.refresh_from_db()
    assert e.nik == "1871014105900456" and e.owner_name == "Siti Aminah"
    assert "resealed=" in out.getvalue()
