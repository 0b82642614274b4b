"""Migration accounts/0003 links the partner officers' existing text to organisations.

The migration's data step runs here on the current schema (users whose `partner_org` is not
set yet, as right after the column was added): migrating the shared test database backwards
and forwards would unapply every app that depends on accounts."""

from __future__ import annotations

import importlib

from django.apps import apps

from siapekspor.accounts.models import User

MIGRATION = importlib.import_module("siapekspor.accounts.migrations.0003_user_partner_org")


def test_existing_text_values_are_kept_and_linked(db):
    User.objects.create(username="lpei", role="partner_officer", partner_organisation="lpei")
    User.objects.create(
        username="koperasi", role="partner_officer", partner_organisation="Koperasi Maju"
    )
    User.objects.create(username="owner", role="enterprise_owner")
    MIGRATION.link_organisations(apps, None)  # a data step: it needs no schema editor
    lpei = User.objects.select_related("partner_org").get(username="lpei")
    assert (lpei.partner_organisation, lpei.partner_org.code) == ("lpei", "LPEI")
    other = User.objects.select_related("partner_org").get(username="koperasi")
    assert other.partner_organisation == "Koperasi Maju"
    assert (other.partner_org.code, other.partner_org.name) == ("KOPERASIMAJU", "Koperasi Maju")
    assert User.objects.get(username="owner").partner_org_id is None
