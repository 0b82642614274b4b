"""Recording plots (typed, from a GeoJSON file, through the API), the supplier's name sealed
and masked, legality evidence served only in scope, and the operator's export parsed back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from siapekspor.core.crypto import unseal
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.eudr import geometry, selectors, services
from siapekspor.eudr.models import ProductionPlot
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SQUARE = [
    [104.950000, -5.050000],
    [104.950902, -5.050000],
    [104.950902, -5.049096],
    [104.950000, -5.049096],
    [104.950000, -5.050000],
]


def _data(**overrides):
    values = {
        "geometry": {"type": "Polygon", "coordinates": [SQUARE]},
        "commodity": "coffee",
        "production_start": dt.date(2026, 5, 1),
        "production_end": dt.date(2026, 8, 31),
        "supplier_name": "Siti Aminah",
        "lot": "LOT-1",
    }
    values.update(overrides)
    return services.PlotData(**values)


def _feature(geometry_, **props):
    return {"type": "Feature", "properties": props, "geometry": geometry_}


def _file(features, name="plots.geojson"):
    body = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    return SimpleUploadedFile(name, body, content_type="application/geo+json")


GOOD = [
    _feature(
        {"type": "Point", "coordinates": [105.262139, -5.418272]}, ProducerName="Budi", Area=1.2
    ),
    _feature({"type": "Polygon", "coordinates": [SQUARE]}, petani="Wayan", luas_ha="0,9"),
]


def _defaults(**overrides):
    values = {
        "commodity": "cocoa",
        "production_start": dt.date(2026, 3, 1),
        "production_end": dt.date(2026, 6, 30),
        "lot": "LOT-2",
    }
    values.update(overrides)
    return services.ImportDefaults(**values)


def test_owner_records_a_polygon_its_area_is_computed_and_the_name_sealed(users):
    owner = users["enterprise_owner"]
    saved = services.plot_create(actor=owner, enterprise=owner.enterprise, data=_data())
    plot = ProductionPlot.objects.get(pk=saved.plot.pk)
    assert plot.kind == "polygon"
    assert float(plot.area_ha) == pytest.approx(1.0, rel=0.01)
    assert "Siti" not in plot.supplier_name_sealed
    assert unseal(plot.supplier_name_sealed) == "Siti Aminah"
    assert selectors.masked_supplier(plot) == "S*** A*****"
    assert plot.regency_id == owner.enterprise.regency_id
    assert plot.hs_heading == "0901"
    assert AuditEntry.objects.filter(action="eudr.plot.create", target_id=str(plot.pk)).exists()


def test_a_point_over_four_hectares_is_refused_and_nothing_is_saved(users):
    owner = users["enterprise_owner"]
    point = {"type": "Point", "coordinates": [105.262139, -5.418272]}
    with pytest.raises(ValidationFailed, match="poligon"):
        services.plot_create(
            actor=owner, enterprise=owner.enterprise, data=_data(geometry=point, area_ha=5)
        )
    with pytest.raises(ValidationFailed, match="sebelum awalnya"):
        services.plot_create(
            actor=owner,
            enterprise=owner.enterprise,
            data=_data(production_end=dt.date(2026, 1, 1)),
        )
    assert not ProductionPlot.objects.exists()


def test_only_the_enterprise_side_may_record(users):
    other = make_enterprise(regency="18.01", name="Kakao Lain")
    for role in ("regency_officer", "partner_officer", "enterprise_owner"):
        with pytest.raises(PermissionDeniedError):
            services.plot_create(actor=users[role], enterprise=other, data=_data())
    services.plot_create(actor=users["province_officer"], enterprise=other, data=_data())


def test_geojson_file_good_features_recorded_once(users):
    owner = users["enterprise_owner"]
    report = services.plots_import(
        actor=owner,
        enterprise=owner.enterprise,
        content=_file(GOOD).read(),
        defaults=_defaults(),
    )
    assert (report.created, report.already, report.rejected) == (2, 0, [])
    plots = list(ProductionPlot.objects.order_by("pk"))
    assert [p.kind for p in plots] == ["point", "polygon"]
    assert float(plots[0].area_ha) == 1.2
    assert unseal(plots[1].supplier_name_sealed) == "Wayan"
    assert {p.commodity for p in plots} == {"cocoa"} and {p.lot for p in plots} == {"LOT-2"}
    again = services.plots_import(
        actor=owner, enterprise=owner.enterprise, content=_file(GOOD).read(), defaults=_defaults()
    )
    assert (again.created, again.already) == (0, 2)
    assert ProductionPlot.objects.count() == 2


def test_geojson_file_every_bad_feature_reported_and_nothing_recorded(users):
    owner = users["enterprise_owner"]
    bad = [
        GOOD[0],
        _feature({"type": "Point", "coordinates": [105.262139, -5.418272]}, Area=7),
        _feature({"type": "Polygon", "coordinates": [SQUARE[:-1]]}),
        _feature({"type": "Point", "coordinates": [-5.418272, 105.262139]}, Area=1),
        {"type": "Point", "coordinates": [105.2, -5.4]},
        _feature(
            {"type": "Point", "coordinates": [105.262139, -5.418272]}, Area=1, komoditas="teh"
        ),
    ]
    report = services.plots_import(
        actor=owner, enterprise=owner.enterprise, content=_file(bad).read(), defaults=_defaults()
    )
    assert report.created == 0
    assert [m.split(":")[0] for m in report.rejected] == [
        "Fitur 2",
        "Fitur 3",
        "Fitur 4",
        "Fitur 5",
        "Fitur 6",
    ]
    assert "4 hektare" in report.rejected[0]
    assert "tidak tertutup" in report.rejected[1]
    assert not ProductionPlot.objects.exists()


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"\xff\xfe\x00bad", "UTF-8"),
        (b"{not json", "bukan JSON yang sah"),
        (b'{"type": "Polygon", "coordinates": []}', "FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": []}', "tidak berisi fitur"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(users, body, words):
    owner = users["enterprise_owner"]
    with pytest.raises(ValidationFailed, match=words):
        services.plots_import(
            actor=owner, enterprise=owner.enterprise, content=body, defaults=_defaults()
        )


def test_upload_page_reports_rejected_features_in_indonesian(client, users):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    bad = [GOOD[0], _feature({"type": "Point", "coordinates": [2.35, 48.85]}, Area=1)]
    response = client.post(
        f"/eudr/enterprises/{owner.enterprise_id}/upload/",
        {
            "file": _file(bad),
            "commodity": "coffee",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Fitur 2" in text and "di luar Indonesia" in text
    assert not ProductionPlot.objects.exists()
    good = client.post(
        f"/eudr/enterprises/{owner.enterprise_id}/upload/",
        {
            "file": _file(GOOD),
            "commodity": "coffee",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
        },
    )
    assert good.status_code == 302
    assert ProductionPlot.objects.count() == 2


def test_typed_point_on_the_page_then_masked_in_the_list(client, users):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    url = f"/eudr/enterprises/{owner.enterprise_id}/"
    response = client.post(
        url,
        {
            "supplier_name": "Siti Aminah",
            "commodity": "coffee",
            "coordinates": "-5,418272; 105,262139",
            "area_ha": "1,5",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
            "evidence": SimpleUploadedFile("sertifikat.pdf", PDF),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    plot = ProductionPlot.objects.get()
    assert json.loads(plot.geometry) == {"type": "Point", "coordinates": [105.262139, -5.418272]}
    assert float(plot.area_ha) == 1.5 and plot.evidence_file
    page = client.get(url).content.decode()
    assert "S*** A*****" in page and "Siti Aminah" not in page
    refused = client.post(
        url,
        {
            "supplier_name": "Budi",
            "commodity": "coffee",
            "coordinates": "-5.418272, 105.262139",
            "area_ha": "6",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
        },
    )
    assert refused.status_code == 200
    assert "poligon" in refused.content.decode()
    assert ProductionPlot.objects.count() == 1


def test_evidence_served_only_in_scope_and_bad_evidence_refused(client, users):
    owner = users["enterprise_owner"]
    saved = services.plot_create(actor=owner, enterprise=owner.enterprise, data=_data())
    with pytest.raises(ValidationFailed):
        services.plot_evidence_set(
            actor=owner,
            plot=saved.plot,
            upload=SimpleUploadedFile("x.pdf", b"<svg onload=alert(1)></svg>"),
        )
    services.plot_evidence_set(
        actor=owner, plot=saved.plot, upload=SimpleUploadedFile("../../etc/passwd.pdf", PDF)
    )
    url = f"/eudr/plots/{saved.plot.pk}/evidence/"
    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    outsider = make_user("regency_officer", regency="18.01")
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(users["partner_officer"])
    assert client.get(url).status_code == 404


def test_revealing_the_supplier_name_needs_a_reason_and_is_audited(client, users):
    owner = users["enterprise_owner"]
    saved = services.plot_create(actor=owner, enterprise=owner.enterprise, data=_data())
    client.force_login(users["regency_officer"])
    url = f"/eudr/plots/{saved.plot.pk}/"
    assert "Siti Aminah" not in client.get(url).content.decode()
    page = client.post(url, {"reason": "Verifikasi data pemasok"}).content.decode()
    assert "Siti Aminah" in page
    entry = AuditEntry.objects.get(action="eudr.plot.reveal")
    assert entry.reason == "Verifikasi data pemasok"


def test_export_parses_back_with_the_eu_properties_and_no_names_without_consent(client, users):
    owner = users["enterprise_owner"]
    ent = owner.enterprise
    services.plot_create(actor=owner, enterprise=ent, data=_data())
    point = {"type": "Point", "coordinates": [105.262139, -5.418272]}
    services.plot_create(
        actor=owner,
        enterprise=ent,
        data=_data(
            geometry=point,
            area_ha=2,
            supplier_name="Budi Santoso",
            name_consent=True,
            commodity="cocoa",
            lot="LOT-9",
        ),
    )
    client.force_login(owner)
    response = client.get(f"/eudr/enterprises/{ent.pk}/plots.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    for feature in data["features"]:
        props = feature["properties"]
        assert props["ProducerCountry"] == "ID"
        assert "ProducerName" not in props
        assert props["HSHeading"] in ("0901", "1801")
        dt.date.fromisoformat(props["ProductionStartDate"])
        assert props["PlotId"].startswith(f"SE-{ent.pk}-")
        # every exported geometry passes the checks again unchanged
        assert geometry.parse_geometry(feature["geometry"]).geojson == feature["geometry"]
    polygon, dot = data["features"]
    assert "Area" not in polygon["properties"] and dot["properties"]["Area"] == 2.0
    named = client.get(f"/eudr/enterprises/{ent.pk}/plots.geojson?names=1&lot=LOT-9").json()
    assert [f["properties"].get("ProducerName") for f in named["features"]] == ["Budi Santoso"]
    table = client.get(f"/eudr/enterprises/{ent.pk}/plots.csv?commodity=cocoa")
    rows = list(csv.DictReader(io.StringIO(table.content.decode())))
    assert len(rows) == 1
    assert rows[0]["hs_heading"] == "1801" and rows[0]["area_ha"] == "2.0000"
    assert rows[0]["producer_name"] == "" and rows[0]["latitude"] == "-5.418272"
    assert AuditEntry.objects.filter(action="eudr.plots.export").count() == 3


def test_api_create_list_upload_and_export(api_client, users):
    owner = users["enterprise_owner"]
    api = api_client.as_user(owner)
    base = f"/api/v1/eudr/enterprises/{owner.enterprise_id}"
    created = api.post(
        f"{base}/plots",
        {
            "geometry": {"type": "Polygon", "coordinates": [SQUARE]},
            "commodity": "coffee",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
            "supplier_name": "Siti Aminah",
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["plot"]["kind"] == "polygon" and body["plot"]["supplier_masked"] == "S*** A*****"
    refused = api.post(
        f"{base}/plots",
        {
            "geometry": {"type": "Point", "coordinates": [105.262139, -5.418272]},
            "commodity": "coffee",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
            "area_ha": 10,
        },
    )
    assert refused.status_code == 400
    assert "poligon" in json.dumps(refused.json())
    listed = api.get(f"{base}/plots")
    assert listed.status_code == 200 and len(listed.json()) == 1
    exported = api.get(f"{base}/export")
    assert exported.json()["features"][0]["properties"]["HSHeading"] == "0901"
    outsider = make_user("regency_officer", regency="18.01")
    assert api_client.as_user(outsider).get(f"{base}/plots").status_code == 404


def test_overview_lists_only_enterprises_in_scope(client, users, django_assert_max_num_queries):
    owner = users["enterprise_owner"]
    services.plot_create(actor=owner, enterprise=owner.enterprise, data=_data())
    other = make_enterprise(regency="18.01", name="Kakao Lain")
    services.plot_create(actor=users["admin"], enterprise=other, data=_data())
    client.force_login(users["regency_officer"])
    with django_assert_max_num_queries(12):
        page = client.get("/eudr/").content.decode()
    assert owner.enterprise.name in page and "Kakao Lain" not in page
    client.force_login(users["province_officer"])
    assert "Kakao Lain" in client.get("/eudr/").content.decode()


def test_rotating_the_personal_data_keys_reseals_supplier_names(users, settings):
    from siapekspor.core.crypto import sealed_with_primary
    from siapekspor.registry.rekeying import personal_data_reseal

    owner = users["enterprise_owner"]
    original = settings.PII_KEYS
    old = "old:F9v2DP8yUMCuEDEqqSug-57oAM0B9W85NVqfppiBh48"
    settings.PII_KEYS = f"{old},{original}"
    saved = services.plot_create(actor=owner, enterprise=owner.enterprise, data=_data())
    new = "new:tBlwYCt6O76Yo1d5EQiCLS5M6zXTvws6VQg2gBI_jlw"
    settings.PII_KEYS = f"{new},{old},{original}"
    plot = ProductionPlot.objects.get(pk=saved.plot.pk)
    assert not sealed_with_primary(plot.supplier_name_sealed)
    assert personal_data_reseal().plots == 1
    settings.PII_KEYS = new  # the old keys are gone
    plot.refresh_from_db()
    assert unseal(plot.supplier_name_sealed) == "Siti Aminah"


def test_enterprise_page_shows_the_plots_panel_to_its_side_only(client, users):
    owner = users["enterprise_owner"]
    services.plot_create(actor=owner, enterprise=owner.enterprise, data=_data())
    url = f"/registry/enterprises/{owner.enterprise_id}/"
    client.force_login(owner)
    page = client.get(url).content.decode()
    assert "1 lahan tercatat" in page and "1 tanpa bukti legalitas" in page
    assert f"/eudr/enterprises/{owner.enterprise_id}/" in page
    quiet = make_enterprise(regency="18.71", name="Keripik Tanpa Kopi")
    client.force_login(users["regency_officer"])
    assert "lahan tercatat" not in client.get(f"/registry/enterprises/{quiet.pk}/").content.decode()
