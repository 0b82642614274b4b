"""Questionnaire version 2: product-type branches, "not applicable", the export floor read from
verified shipments, the Incoterm price gate, next steps that lead somewhere, and version 1
assessments that keep their scores. The three practitioner profiles of issue 12 are here."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import timezone

from siapekspor.core import dates
from siapekspor.readiness import selectors, services
from siapekspor.readiness.content import questionnaire_v1, questionnaire_v2
from siapekspor.readiness.content.questionnaire_v2 import COMMODITY, CRAFT, FOOD, VERSIONS
from siapekspor.readiness.models import Assessment, Questionnaire
from siapekspor.registry.models import Product
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.tests.factories import make_shipment

V2 = questionnaire_v2.QUESTIONNAIRE
QUESTIONS = {q["code"]: q for d in V2["dimensions"] for q in d["questions"]}


def _best(code: str) -> str:
    options = QUESTIONS[code].get("options") or questionnaire_v1.SCALE
    scored = [o for o in options if questionnaire_v2.NOT_APPLICABLE not in o[3:]]
    return max(scored, key=lambda o: o[1])[0]


def full(product_type: str, **overrides) -> dict[str, str]:
    """Every question of version 2 answered with its best answer, for a product type."""
    answers = {
        code: _best(code)
        for code, q in QUESTIONS.items()
        if not q.get("branch") and (not q.get("applies_to") or product_type in q["applies_to"])
    }
    return {"product_type": product_type, **answers, **overrides}


@pytest.fixture
def v2(db):
    for data in VERSIONS:
        services.questionnaire_load(data, activate=data is VERSIONS[-1])
    return Questionnaire.objects.get(version=2)


def _assess(user, enterprise, answers):
    a, _new = services.assessment_start(actor=user, enterprise=enterprise)
    services.assessment_answer(actor=user, assessment=a, answers=answers)
    return services.assessment_submit(actor=user, assessment=a)


def _months_ago(n: int) -> dt.date:
    return dates.add_months(timezone.localdate(), -n)


# --- the three practitioner profiles ------------------------------------------------------------

BANANA_CHIPS = {
    "product_type": FOOD,
    "commit_plan": "mulai",
    "commit_time": "mulai",
    "product_quality": "sebagian",
    "product_packaging": "sebagian",
    "capacity_volume": "sebagian",
    "capacity_scaleup": "mulai",
    "capacity_moq": "belum",
    "legal_nib": "ya",
    "legal_npwp": "ya",
    "legal_permit": "penuh",  # PIRT and halal
    "legal_trademark": "tidak",
    "legal_quarantine": "belum",
    "legal_eudr": "bukan_eudr",
    "legal_market_certs": "belum_pasar",
    "market_target": "belum",
    "market_buyers": "belum",
    "pricing_incoterm": "tidak",
    "pricing_costing": "sebagian",
    "finance_books": "sebagian",
    "finance_capital": "mulai",
    "finance_payment": "belum",
    "digital_presence": "mulai",
    "digital_catalogue": "belum",
    "exp_shipments": "belum",
    "exp_documents": "belum",
}

ROBUSTA_SUPPLIER = {
    "product_type": COMMODITY,
    "commit_plan": "mulai",
    "commit_time": "sebagian",
    "product_quality": "sebagian",  # graded beans, moisture checked by the exporter
    "product_packaging": "sebagian",
    "capacity_volume": "penuh",
    "capacity_scaleup": "sebagian",
    "capacity_moq": "sebagian",
    "legal_nib": "ya",
    "legal_npwp": "ya",
    "legal_trademark": "tanpa_merek",  # sells unbranded beans to the exporter
    "legal_quarantine": "sebagian",
    "legal_eudr": "mulai",
    "legal_market_certs": "belum_pasar",
    "market_target": "belum",  # the exporter chooses the markets
    "market_buyers": "belum",
    "pricing_incoterm": "exw",  # ex-works at the warehouse
    "pricing_costing": "sebagian",
    "finance_books": "sebagian",
    "finance_capital": "sebagian",
    "finance_payment": "mulai",
    "digital_presence": "belum",
    "digital_catalogue": "belum",
    "exp_shipments": "sebagian",
    "exp_documents": "belum",  # the exporter files the PEB
}

TAPIS_MAKER = {
    "product_type": CRAFT,
    "commit_plan": "sebagian",
    "commit_time": "sebagian",
    "product_quality": "penuh",
    "product_packaging": "sebagian",
    "capacity_volume": "mulai",
    "capacity_scaleup": "mulai",
    "capacity_moq": "sebagian",
    "legal_nib": "ya",
    "legal_npwp": "ya",
    "legal_trademark": "proses",
    "legal_quarantine": "tidak_perlu",
    "legal_market_certs": "tidak_dituntut",
    "market_target": "sebagian",
    "market_buyers": "penuh",
    "pricing_incoterm": "tanpa_incoterm",  # a price per piece, courier paid by the buyer
    "pricing_costing": "sebagian",
    "finance_books": "mulai",
    "finance_capital": "mulai",
    "finance_payment": "sebagian",
    "digital_presence": "sebagian",
    "digital_catalogue": "mulai",
    "exp_shipments": "penuh",
    "exp_documents": "mulai",
}


def test_banana_chips_with_pirt_and_halal_and_no_exports_is_pemula(v2, users):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", name="Keripik Pisang Bu Siti")
    a = _assess(officer, ent, BANANA_CHIPS)
    assert a.questionnaire.version == 2 and a.product_type == FOOD
    assert a.level == "pemula"
    assert a.export_record == {"exporting": False, "status": "never"}
    diag = selectors.diagnosis(a)
    assert diag.result.question_scores["legal_permit"] == 100  # PIRT and halal count
    assert diag.result.not_applicable == ["legal_eudr"]  # bananas are not under the EUDR
    assert "pricing_incoterm" in diag.result.next_gate.missing_answers
    assert not diag.result.floor_applied


def test_robusta_supplier_to_a_bandar_lampung_exporter_is_at_least_menengah(v2, users):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", name="Pengolahan Kopi Robusta Sumber Jaya", kbli="10761")
    # Monthly for three years, through the exporter's verified shipments (indirect export).
    for n in range(36):
        make_shipment(
            kind="indirect",
            exporter_name="PT Eksportir Kopi Bandar Lampung",
            suppliers=[(ent.pk, Decimal(25))],
            export_date=_months_ago(n),
            hs_code="090111",
            destination="ITA",
            incoterm="FOB",
        )
    a = _assess(officer, ent, ROBUSTA_SUPPLIER)
    assert a.level in ("menengah", "mahir"), (a.level, a.overall_score, a.dimension_scores)
    assert a.export_record["exporting"] and a.export_record["indirect"]
    assert not a.export_record["direct"] and a.export_record["shipments"] == 36
    diag = selectors.diagnosis(a)
    # Ex-works is a named Incoterm: the price gate holds; the experience question is credited.
    assert diag.result.question_scores["pricing_incoterm"] == 100
    assert diag.result.question_scores["exp_shipments"] == 100
    # Digital presence is shown but does not gate (nor weigh on) a commodity supplier.
    assert diag.result.informative == ["digital"]
    assert "digital" not in (diag.result.next_gate.weak_dimensions if diag.result.next_gate else [])
    assert "legal_permit" not in diag.result.question_scores  # no PIRT question for beans
    # Without its verified exports the same answers would leave it a beginner: the floor is
    # what the shipments add.
    again = make_enterprise(regency="18.71", name="Kopi Tanpa Catatan Ekspor", kbli="10761")
    assert _assess(officer, again, ROBUSTA_SUPPLIER).level == "pemula"


def test_tapis_maker_shipping_directly_by_courier_is_at_least_menengah(v2, users):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", name="Tapis Jung Sarat", kbli="13912")
    for n in (2, 5, 9):
        make_shipment(
            kind="direct",
            enterprise_id=ent.pk,
            export_date=_months_ago(n),
            hs_code="581091",
            destination="JPN",
            incoterm="DAP",
            fob_usd=Decimal(450),
            fob_idr=Decimal(7_200_000),
            quantity=Decimal(6),
            unit="pcs",
        )
    a = _assess(officer, ent, TAPIS_MAKER)
    assert a.product_type == CRAFT
    assert a.level in ("menengah", "mahir"), (a.level, a.overall_score, a.dimension_scores)
    assert a.export_record["direct"] and a.export_record["exporting"]
    diag = selectors.diagnosis(a)
    # No PIRT/BPOM/halal nor EUDR question for a craft; quarantine and certificates answered
    # "not applicable" leave the denominator instead of scoring 0.
    assert "legal_permit" not in diag.result.question_scores
    assert "legal_eudr" not in diag.result.question_scores
    assert sorted(diag.result.not_applicable) == ["legal_market_certs", "legal_quarantine"]
    assert all(s["question"].code not in ("legal_permit", "legal_eudr") for s in diag.steps)


# --- the rules one by one -----------------------------------------------------------------------


def test_not_applicable_leaves_the_denominator(v2, users):
    officer = users["regency_officer"]
    base = full(COMMODITY, legal_trademark="tidak")
    low = _assess(officer, make_enterprise(regency="18.71"), base)
    na = _assess(
        officer, make_enterprise(regency="18.71"), {**base, "legal_trademark": "tanpa_merek"}
    )
    assert low.dimension_scores["legality"] < 100
    assert na.dimension_scores["legality"] == 100


def test_a_craft_firm_is_not_asked_for_food_permits(v2, users):
    officer = users["regency_officer"]
    answers = full(CRAFT)
    assert "legal_permit" not in answers and "legal_eudr" not in answers
    a = _assess(officer, make_enterprise(regency="18.71", kbli="13912"), answers)
    assert a.level == "mahir" and float(a.overall_score) == 100.0
    # A food firm must answer them.
    food = services.assessment_start(actor=officer, enterprise=make_enterprise(regency="18.71"))[0]
    services.assessment_answer(
        actor=officer, assessment=food, answers={**answers, "product_type": FOOD}
    )
    with pytest.raises(services.AssessmentIncomplete):
        services.assessment_submit(actor=officer, assessment=food)


def test_digital_presence_gates_food_but_not_commodity_suppliers(v2, users):
    officer = users["regency_officer"]
    offline = {"digital_presence": "belum", "digital_catalogue": "belum"}
    commodity = _assess(officer, make_enterprise(regency="18.71"), full(COMMODITY, **offline))
    assert commodity.level == "mahir" and float(commodity.overall_score) == 100.0
    assert commodity.dimension_scores["digital"] == 0  # still shown
    food = _assess(officer, make_enterprise(regency="18.71"), full(FOOD, **offline))
    assert food.level == "pemula"  # under the minimum of 20 in a dimension that counts


@pytest.mark.parametrize("price", ["exw", "fca_fob", "cif_dap"])
def test_any_named_incoterm_passes_the_price_gate(v2, users, price):
    officer = users["regency_officer"]
    a = _assess(
        officer,
        make_enterprise(regency="18.71"),
        full(FOOD, pricing_incoterm=price, legal_market_certs="sebagian"),
    )
    assert a.level == "menengah"


def test_a_price_list_without_incoterm_does_not(v2, users):
    officer = users["regency_officer"]
    a = _assess(
        officer, make_enterprise(regency="18.71"), full(FOOD, pricing_incoterm="tanpa_incoterm")
    )
    assert a.level == "pemula"
    assert selectors.diagnosis(a).result.next_gate.missing_answers == ["pricing_incoterm"]


def test_an_export_older_than_twelve_months_sets_no_floor(v2, users):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", kbli="10761")
    make_shipment(kind="direct", enterprise_id=ent.pk, export_date=_months_ago(14))
    a = _assess(officer, ent, ROBUSTA_SUPPLIER)
    assert a.export_record["status"] == "lapsed" and not a.export_record["exporting"]
    assert a.level == "pemula"


def test_the_floor_does_not_lower_and_higher_gates_still_apply(v2, users):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71")
    make_shipment(kind="direct", enterprise_id=ent.pk, export_date=_months_ago(1))
    a = _assess(officer, ent, full(FOOD))
    assert a.level == "mahir"
    b = _assess(officer, ent, full(FOOD, legal_market_certs="tahu"))
    assert b.level == "menengah"
    assert selectors.diagnosis(b).result.next_gate.missing_answers == ["legal_market_certs"]


def test_the_floor_waives_no_requirement_of_the_level_above(v2, users):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", kbli="13912")
    make_shipment(kind="direct", enterprise_id=ent.pk, export_date=_months_ago(1))
    # Everything full but no Incoterm price list: the floor gives menengah, not mahir, and the
    # price list is named among what mahir still needs.
    a = _assess(officer, ent, full(CRAFT, pricing_incoterm="tanpa_incoterm"))
    assert a.level == "menengah"
    gate = selectors.diagnosis(a).result.next_gate
    assert gate.level == "mahir" and gate.missing_answers == ["pricing_incoterm"]


def test_registry_suggests_the_product_type_on_the_first_page(v2, users, client):
    owner = users["enterprise_owner"]
    coffee = owner.enterprise
    Product.objects.create(enterprise=coffee, hs_code_id="090111", name="Kopi robusta asalan")
    assert selectors.suggested_product_type(coffee) == COMMODITY
    assert selectors.suggested_product_type(make_enterprise(kbli="13912")) == CRAFT
    assert selectors.suggested_product_type(make_enterprise(kbli="10794")) == FOOD
    client.force_login(owner)
    start = client.post(f"/readiness/enterprises/{coffee.pk}/start/")
    page = client.get(start["Location"]).content.decode()  # resumes on the first page
    assert f'value="{COMMODITY}" checked' in page
    a = Assessment.objects.get(enterprise=coffee)
    chosen = dict(a.answers.values_list("question__code", "option__code"))
    assert chosen == {"legal_nib": "ya"}  # suggested, not answered: the owner confirms it


# --- version 1 keeps its scores ----------------------------------------------------------------


def test_version_1_assessments_keep_their_scores_and_render_with_their_version(db, users, client):
    officer = users["regency_officer"]
    services.questionnaire_load(questionnaire_v1.QUESTIONNAIRE)
    ent = make_enterprise(regency="18.71")
    v1_answers = {
        q["code"]: (q.get("options") or questionnaire_v1.SCALE)[-1][0]
        for d in questionnaire_v1.QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    old = _assess(officer, ent, {**v1_answers, "pricing_fob": "exw"})
    assert old.level == "pemula"  # version 1: ex-works does not pass
    old.refresh_from_db()
    before = (old.level, old.overall_score, dict(old.dimension_scores))
    draft, _new = services.assessment_start(
        actor=users["enterprise_owner"], enterprise=users["enterprise_owner"].enterprise
    )

    for data in VERSIONS:
        services.questionnaire_load(data, activate=data is VERSIONS[-1])
    assert services.active_questionnaire().version == 2
    services.assessments_rescore_bulk()  # the active version only
    old.refresh_from_db()
    assert (old.level, old.overall_score, dict(old.dimension_scores)) == before
    services.assessments_rescore_bulk(questionnaire=old.questionnaire)
    old.refresh_from_db()
    assert (old.level, old.overall_score, dict(old.dimension_scores)) == before
    diag = selectors.diagnosis(old)
    assert diag.result.next_gate.missing_answers == ["pricing_fob"]
    client.force_login(officer)
    page = client.get(f"/readiness/assessments/{old.pk}/result/").content.decode()
    assert "v1" in page and "Daftar harga FOB" in page
    # A draft begun on version 1 is finished on version 1; a new assessment uses version 2.
    assert draft.questionnaire.version == 1
    new = _assess(officer, ent, full(FOOD))
    assert new.questionnaire.version == 2 and new.level == "mahir"


# --- next steps lead only to what exists -------------------------------------------------------


def test_next_steps_name_no_catalogue_that_does_not_exist_and_modules_exist(v2):
    from siapekspor.training.content.modules import MODULES

    modules = {m["code"] for m in MODULES}
    for data in VERSIONS:
        for d in data["dimensions"]:
            for q in d["questions"]:
                kind, ref, text = q["next"]
                assert "katalog ekspor SiapEkspor" not in text["id"], q["code"]
                assert "SiapEkspor export catalogue" not in text["en"], q["code"]
                if kind == "module":
                    assert ref in modules, (q["code"], ref)


@override_settings(ROOT_URLCONF="siapekspor.readiness.tests.urls_without_compliance")
def test_certificates_step_is_a_plain_sentence_without_the_compliance_checklist(v2, users, client):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71")
    a = _assess(officer, ent, full(FOOD, legal_market_certs="tahu"))
    diag = selectors.diagnosis(a)
    step = next(s for s in diag.steps if s["question"].code == "legal_market_certs")
    assert step["url"] is None and diag.certificates_url is None
    client.force_login(officer)
    page = client.get(f"/readiness/assessments/{a.pk}/result/").content.decode()
    assert "Sertifikat yang dituntut pasar tujuan" in page
    assert "compliance" not in page


def test_certificates_step_links_the_compliance_checklist_when_it_exists(v2, users, client):
    from django.urls import reverse

    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71")
    Product.objects.create(enterprise=ent, hs_code_id="200899", name="Keripik pisang")
    a = _assess(officer, ent, full(FOOD, legal_market_certs="tahu"))
    diag = selectors.diagnosis(a)
    step = next(s for s in diag.steps if s["question"].code == "legal_market_certs")
    assert step["url"] == f"{reverse('compliance:checklist')}?hs=200899&enterprise={ent.pk}"
    client.force_login(officer)
    page = client.get(f"/readiness/assessments/{a.pk}/result/").content.decode()
    assert f"hs=200899&amp;enterprise={ent.pk}" in page
    # An exporter's checklist opens on the market of its latest verified export.
    make_shipment(
        kind="direct", enterprise_id=ent.pk, export_date=_months_ago(2), destination="SAU"
    )
    make_shipment(
        kind="direct",
        enterprise_id=ent.pk,
        export_date=_months_ago(1),
        destination="USA",
        verified=False,
    )
    url = selectors.compliance_checklist_url(ent)
    assert url.endswith(f"?hs=200899&market=SAU&enterprise={ent.pk}")


# --- what the class proposals need --------------------------------------------------------------


def test_effective_levels_lift_current_exporters_to_the_floor(v2, users, client):
    officer = users["regency_officer"]
    assessed_then_exported = make_enterprise(regency="18.71")
    _assess(officer, assessed_then_exported, BANANA_CHIPS)  # pemula, no exports yet
    make_shipment(
        kind="direct", enterprise_id=assessed_then_exported.pk, export_date=_months_ago(0)
    )
    never_assessed = make_enterprise(regency="18.71")
    make_shipment(
        kind="indirect",
        exporter_name="PT Eksportir",
        suppliers=[(never_assessed.pk, Decimal(10))],
        export_date=_months_ago(3),
    )
    beginner = make_enterprise(regency="18.71")
    _assess(officer, beginner, BANANA_CHIPS)
    levels = selectors.effective_levels()
    assert levels[assessed_then_exported.pk] == "menengah"
    assert levels[never_assessed.pk] == "menengah"
    assert levels[beginner.pk] == "pemula"
    only = selectors.effective_levels([beginner.pk])
    assert only == {beginner.pk: "pemula"}
    client.force_login(officer)
    page = client.get(f"/readiness/enterprises/{assessed_then_exported.pk}/").content.decode()
    assert "Sedang mengekspor" in page
    assert (
        "Sedang mengekspor"
        not in client.get(f"/readiness/enterprises/{beginner.pk}/").content.decode()
    )


# --- pages and API -------------------------------------------------------------------------------


def test_form_branches_after_the_first_page_and_works_in_arabic(v2, users, client):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    r = client.post(f"/readiness/enterprises/{owner.enterprise_id}/start/")
    url = r["Location"]
    first = client.get(f"{url}?step=1").content.decode()
    assert 'name="product_type"' in first and "Kerajinan atau tekstil" in first
    client.post(url, {"step": 1, "product_type": CRAFT})
    a = Assessment.objects.get(pk=int(url.rstrip("/").split("/")[-1]))
    _pt, pages = selectors.form_pages(
        a.questionnaire, dict(a.answers.values_list("question_id", "option__code"))
    )
    legality = next(i for i, (d, _q) in enumerate(pages, 1) if d.code == "legality")
    page = client.get(f"{url}?step={legality}").content.decode()
    assert 'name="legal_npwp"' in page and 'name="legal_eudr"' not in page
    assert 'name="legal_permit"' not in page
    arabic = client.get(f"/ar{url}?step={legality}").content.decode()
    assert 'dir="rtl"' in arabic and "NPWP" in arabic


def test_result_page_says_why_the_level_is_menengah(
    v2, users, client, django_assert_max_num_queries
):
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", kbli="10761")
    make_shipment(
        kind="indirect",
        exporter_name="PT Eksportir",
        suppliers=[(ent.pk, Decimal(10))],
        export_date=_months_ago(1),
    )
    a = _assess(officer, ent, ROBUSTA_SUPPLIER)
    client.force_login(officer)
    page = client.get(f"/readiness/assessments/{a.pk}/result/").content.decode()
    assert "Ekspor terverifikasi" in page or "ekspor terverifikasi" in page
    assert "Komoditas pertanian atau perikanan" in page
    with django_assert_max_num_queries(25):
        assert client.get(f"/readiness/enterprises/{ent.pk}/").status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(f"/readiness/assessments/{a.pk}/result/").status_code == 200


def test_api_v2_round_trip(v2, users, api_client):
    owner = users["enterprise_owner"]
    api_client.as_user(owner)
    q = api_client.get("/api/v1/questionnaire").json()
    assert q["version"] == 2 and q["export_floor"] == "menengah"
    branch = q["dimensions"][0]["questions"][0]
    assert branch["is_branch"] and {o["code"] for o in branch["options"]} == {
        FOOD,
        COMMODITY,
        CRAFT,
    }
    r = api_client.post(
        "/api/v1/assessments",
        {
            "enterprise_id": owner.enterprise_id,
            "answers": full(CRAFT, legal_market_certs="tahu"),
            "submit": True,
        },
    )
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["questionnaire_version"] == 2 and body["product_type"] == CRAFT
    assert body["level"] == "menengah" and body["export_record"]["exporting"] is False
    certs = next(g for g in body["gaps"] if g["question"] == "legal_market_certs")
    assert certs["url"].startswith("/compliance/checklist/?")  # the compliance app's page
    assert all(
        g["url"].startswith("/training/modules/") for g in body["gaps"] if g["kind"] == "module"
    )
    # Submitting without the product type names what is missing (in Indonesian first).
    other = make_enterprise(regency="18.71")
    api_client.as_user(users["regency_officer"])
    answers = {k: v for k, v in full(FOOD).items() if k not in ("product_type", "legal_npwp")}
    r = api_client.post(
        "/api/v1/assessments", {"enterprise_id": other.pk, "answers": answers, "submit": True}
    )
    assert r.status_code in (400, 422), r.content
    error = r.json()["error"]
    assert error["code"] == "assessment_incomplete" and "Jawab" in error["message"]
    assert {d["field"] for d in error["details"]} == {"product_type", "legal_npwp"}


def test_rescore_command_takes_a_questionnaire_version(v2, users):
    from django.core.management import CommandError, call_command

    officer = users["regency_officer"]
    _assess(officer, make_enterprise(regency="18.71"), BANANA_CHIPS)
    out = io.StringIO()
    call_command("readiness_rescore", questionnaire_version=2, stdout=out, stderr=io.StringIO())
    assert "questionnaire v2: assessments=1" in out.getvalue()
    call_command("readiness_rescore", stdout=out, stderr=io.StringIO())
    with pytest.raises(CommandError, match="7"):
        call_command("readiness_rescore", questionnaire_version=7, stderr=io.StringIO())


def test_admin_lists_show_the_version_2_fields(v2, users, client):
    officer = users["regency_officer"]
    _assess(officer, make_enterprise(regency="18.71"), BANANA_CHIPS)
    client.force_login(users["admin"])
    for url in (
        "/admin/readiness/assessment/?product_type=pangan_olahan",
        "/admin/readiness/question/",
        "/admin/readiness/questionnaire/",
    ):
        assert client.get(url).status_code == 200, url


def test_version_2_texts_are_complete_and_fit_their_columns():
    from siapekspor.core import i18n
    from siapekspor.readiness.models import Dimension, Option, Question
    from siapekspor.readiness.models import Questionnaire as QuestionnaireModel

    def limit(model, name):
        return model._meta.get_field(name).max_length

    texts = [(V2["title"], limit(QuestionnaireModel, "title"))]
    for d in V2["dimensions"]:
        texts.append((d["name"], limit(Dimension, "name")))
        for q in d["questions"]:
            texts.append((q["text"], limit(Question, "text")))
            texts.append((q["next"][2], limit(Question, "next_step")))
            for option in q.get("options") or questionnaire_v1.SCALE:
                texts.append((option[2], limit(Option, "label")))
    for text, max_length in texts:
        assert set(text) == set(i18n.codes()), text
        for code in i18n.codes():
            assert text[code].strip() and len(text[code]) <= max_length, (code, text[code])
