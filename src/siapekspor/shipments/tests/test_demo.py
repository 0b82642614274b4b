"""Demo data: replacing the demo registry also replaces the demo shipments that refer to it,
and never deletes a real record."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from siapekspor.registry.models import Enterprise
from siapekspor.shipments.demo import seed_shipments
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.tests.factories import direct


@pytest.mark.django_db
def test_seed_demo_replace_clears_demo_shipments_first():
    call_command("seed_demo", "--enterprises", "60", "--no-users", verbosity=0)
    seed_shipments(count=25)
    old_ids = set(Enterprise.objects.filter(is_demo=True).values_list("pk", flat=True))
    assert Shipment.objects.filter(is_demo=True).count() == 25

    call_command("seed_demo", "--enterprises", "60", "--no-users", "--replace", verbosity=0)
    new_ids = set(Enterprise.objects.filter(is_demo=True).values_list("pk", flat=True))
    assert len(new_ids) == 60 and not (old_ids & new_ids)
    assert not Shipment.objects.exists()


@pytest.mark.django_db
def test_seed_demo_replace_refuses_when_a_real_shipment_refers_to_a_demo_enterprise():
    call_command("seed_demo", "--enterprises", "30", "--no-users", verbosity=0)
    seed_shipments(count=5)
    demo_enterprise = Enterprise.objects.filter(is_demo=True).first()
    real = direct(demo_enterprise, dt.date(2025, 5, 1))
    with pytest.raises(CommandError, match="Tidak ada yang dihapus"):
        call_command("seed_demo", "--enterprises", "30", "--no-users", "--replace", verbosity=0)
    assert Enterprise.objects.filter(is_demo=True).count() == 30
    assert Shipment.objects.filter(is_demo=True).count() == 5  # rolled back with the rest
    assert Shipment.objects.filter(pk=real.pk).exists()
