"""Issue 12, item 5: exporters are never proposed for pemula classes — checked on the demo data
(`seed-demo`, `seed-shipments-demo`, `seed-training-demo`), where some enterprises of every
regency export, directly or as suppliers (export status comes only from shipments)."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from siapekspor.accounts.access import console_operator
from siapekspor.registry.models import Enterprise
from siapekspor.shipments.selectors import first_export_dates
from siapekspor.training import services, signatures
from siapekspor.training.models import Enrollment, Signatory


@pytest.mark.django_db
def test_no_exporter_among_pemula_proposals_on_the_demo_data(users):
    call_command("seed_demo", "--enterprises", "3000", "--no-users", verbosity=0)
    call_command("seed_shipments_demo", verbosity=0)
    call_command("load_readiness", verbosity=0)
    call_command("seed_training_demo", "--assessments", "60", verbosity=0)
    exporters = set(first_export_dates())
    assert len(exporters) > 50  # the demo has exporters to leave out
    operator = console_operator()
    checked = 0
    for regency in ("18.71", "18.01", "18.72", "18.04", "18.02"):
        local = set(
            Enterprise.objects.filter(regency_id=regency, is_active=True).values_list(
                "pk", flat=True
            )
        )
        assert local & exporters, regency  # the check is not vacuous
        cands = services.propose_candidates(
            user=operator, level="pemula", regency_id=regency, size=5000, max_km=0
        )
        ids = {c.enterprise_id for c in cands}
        assert ids and not (ids & exporters), regency
        checked += len(ids)
    # The demo pemula class was filled by the same proposals.
    proposed = set(
        Enrollment.objects.filter(training_class__level="pemula").values_list(
            "enterprise_id", flat=True
        )
    )
    assert proposed and not (proposed & exporters)
    # The demo also sets a (demo) certificate signatory, so demo certificates can be issued.
    signatory = Signatory.objects.get(is_active=True)
    assert signatory.is_demo and signatures.data_uri(
        signatory.signature_file, signatory.signature_mime
    ).startswith("data:image/png;base64,")
    assert checked > 500
