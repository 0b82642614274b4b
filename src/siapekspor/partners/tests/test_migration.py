"""Migration accounts/0003 links the partner officers' existing text to organisations."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("accounts", "0002_throttles_known_addresses_token_expiry")]
AFTER = [("accounts", "0003_user_partner_org")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_text_values_are_kept_and_linked():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    User = old.get_model("accounts", "User")
    User.objects.create(username="lpei", role="partner_officer", partner_organisation="lpei")
    User.objects.create(
        username="koperasi", role="partner_officer", partner_organisation="Koperasi Maju"
    )
    User.objects.create(username="owner", role="enterprise_owner")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    User = new.get_model("accounts", "User")
    lpei = User.objects.select_related("partner_org").get(username="lpei")
    assert (lpei.partner_organisation, lpei.partner_org.code) == ("lpei", "LPEI")
    other = User.objects.select_related("partner_org").get(username="koperasi")
    assert other.partner_organisation == "Koperasi Maju"
    assert (other.partner_org.code, other.partner_org.name) == ("KOPERASIMAJU", "Koperasi Maju")
    assert User.objects.get(username="owner").partner_org_id is None
    # Back to the latest state for the tests that follow.
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
