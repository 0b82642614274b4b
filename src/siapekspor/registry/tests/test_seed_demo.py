from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count

from siapekspor.accounts.models import Role, User
from siapekspor.registry.models import Enterprise, Product


def _fingerprint():
    return list(
        Enterprise.objects.order_by("name", "nib", "regency_id", "workforce").values_list(
            "name", "nib", "regency_id", "district_id", "kbli_id", "workforce"
        )[:50]
    )


def test_seed_is_deterministic_labelled_and_spread_by_population(db):
    out = StringIO()
    call_command("seed_demo", "--enterprises", "3000", "--seed", "7", "--demo-users", stdout=out)
    assert Enterprise.objects.filter(is_demo=True).count() == 3000
    assert not Enterprise.objects.filter(is_demo=False).exists()
    assert Enterprise.objects.filter(source="Data demo sintetis").count() == 3000
    assert Product.objects.count() >= 3000
    first = _fingerprint()
    counts = dict(Enterprise.objects.values_list("regency_id").annotate(n=Count("id")))
    # Lampung Tengah (18.02) is far more populous than Kota Metro (18.72).
    assert counts["18.02"] > 3 * counts["18.72"]
    assert "demo login: bandarlampung" in out.getvalue()
    assert {u.role for u in User.objects.all()} == set(Role.values)
    call_command(
        "seed_demo",
        "--enterprises",
        "3000",
        "--seed",
        "7",
        "--replace",
        "--no-users",
        stdout=StringIO(),
    )
    assert _fingerprint() == first


def test_seed_without_debug_makes_no_demo_accounts_unless_asked(db, settings):
    settings.DEBUG = False
    out = StringIO()
    call_command("seed_demo", "--enterprises", "20", stdout=out)
    assert not User.objects.exists()  # no superuser "admin" with the published password
    assert "--demo-users" in out.getvalue()
    call_command("seed_demo", "--enterprises", "20", "--replace", "--demo-users", stdout=out)
    assert User.objects.get(username="admin").is_superuser


def test_seed_with_debug_makes_the_demo_accounts(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", "--enterprises", "20", stdout=StringIO())
    assert User.objects.filter(username="admin", is_superuser=True).exists()


def test_seed_refuses_to_double_demo_data(db):
    call_command("seed_demo", "--enterprises", "10", "--no-users", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("seed_demo", "--enterprises", "10", "--no-users", stdout=StringIO())
    call_command("seed_demo", "--enterprises", "10", "--if-empty", stdout=StringIO())
    assert Enterprise.objects.count() == 10


def test_some_owners_run_several_enterprises(db):
    call_command("seed_demo", "--enterprises", "2000", "--no-users", stdout=StringIO())
    shared = Enterprise.objects.values("nik_hmac").annotate(n=Count("id")).filter(n__gt=1)
    assert shared.exists()


@pytest.mark.django_db(transaction=True)
def test_database_never_holds_nik_or_phone_in_clear_text(tmp_path):
    call_command("seed_demo", "--enterprises", "300", "--no-users", stdout=StringIO())
    sample = list(Enterprise.objects.all()[:300])
    niks = {e.nik for e in sample}
    phones = {e.phone for e in sample} | {"0" + e.phone[3:] for e in sample}
    names = {e.owner_name for e in sample}
    if connection.vendor == "sqlite":
        copy = tmp_path / "copy.sqlite3"
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(copy)])
        raw = copy.read_bytes()
        for value in list(niks)[:100] + list(phones)[:100] + list(names)[:50]:
            assert value.encode() not in raw, value
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM registry_enterprise")
        dump = repr(cursor.fetchall())
    for value in niks | phones:
        assert value not in dump
