"""Duplicates: scoring (owners with several enterprises are not duplicates), queue, merge, undo."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command

from siapekspor.core.errors import ConflictError, PermissionDeniedError
from siapekspor.core.models import AuditEntry
from siapekspor.registry.dedup.scoring import Record, find_pairs, score
from siapekspor.registry.dedup.services import (
    candidate_dismiss,
    duplicates_find,
    enterprise_merge,
    merge_undo,
)
from siapekspor.registry.models import Enterprise, Product
from siapekspor.registry.models_import import CandidateStatus, DuplicateCandidate, DuplicateRun
from siapekspor.registry.services import product_save
from siapekspor.registry.tests.factories import make_enterprise

OWNER = dict(nik="nikA", phone="phA", owner=frozenset({"siti", "aminah"}))


def rec(i, name, **kw):
    base = dict(
        regency="18.71",
        district="18.71.01",
        address="raya 12",
        kbli="10794",
        products=frozenset({"keripik pisang"}),
        **OWNER,
    )
    base.update(kw)
    return Record(id=i, name=name, **base)


def test_noisy_copy_is_a_duplicate():
    s, reasons = score(rec(1, "keripik maju jaya"), rec(2, "keripik maju jya", nik="", phone=""))
    assert s >= 0.8 and reasons["name"] > 0.9


def test_owner_with_two_businesses_is_not_a_duplicate():
    a = rec(1, "keripik maju jaya")
    b = rec(2, "kopi robusta siger", kbli="10761", products=frozenset({"kopi bubuk"}))
    assert score(a, b)[0] < 0.8
    c = rec(3, "keripik maju jaya", products=frozenset({"kemeja batik"}), kbli="14111")
    assert score(a, c)[0] < 0.8  # same owner, same name, other trade: the review decides


def test_same_name_different_owners_elsewhere_is_not_a_duplicate():
    a = rec(1, "keripik maju jaya")
    b = rec(
        2,
        "keripik maju jaya",
        nik="nikB",
        phone="phB",
        owner=frozenset({"budi"}),
        address="pramuka 3",
    )
    assert score(a, b)[0] < 0.8


def test_different_nibs_are_two_businesses_and_equal_nib_is_one():
    assert score(rec(1, "keripik maju", nib="1"), rec(2, "keripik maju", nib="2"))[0] < 0.8
    assert score(rec(1, "a b", nib="1"), rec(2, "x y", nib="1"))[0] == 1.0


def test_find_pairs_blocks_and_orders():
    records = [
        rec(1, "keripik maju jaya"),
        rec(2, "keripik maju jaya", nik=""),
        rec(3, "tapis indah", kbli="13134", products=frozenset({"kain tapis"})),
    ]
    pairs = find_pairs(records)
    assert [(p.first, p.second) for p in pairs] == [(1, 2)]


def _dup_pair(users):
    a = make_enterprise(
        users["admin"],
        name="Keripik Maju Jaya",
        nib=None,
        nik="1871014105900011",
        phone="081211110011",
        address="Jl. Raya No. 12",
    )
    b = make_enterprise(
        users["admin"],
        name="Keripik Maju Jya",
        nib="9300000000001",
        nik="",
        phone="081211110011",
        address="Jalan Raya No 12",
        owner_name="Siti Aminah",
    )
    product_save(actor=users["admin"], enterprise=b, hs_code=None, name="Keripik pisang")
    # The same owner's other business: must not be proposed.
    make_enterprise(
        users["admin"],
        name="Kopi Robusta Siger",
        nib=None,
        nik="1871014105900011",
        phone="081211110011",
        kbli="10761",
        address="Jl. Raya No. 12",
    )
    return a, b


def test_find_duplicates_command_queue_merge_and_undo(users, tmp_path):
    a, b = _dup_pair(users)
    out = tmp_path / "pairs.csv"
    call_command("find_duplicates", "--out", str(out), stdout=io.StringIO())
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(int(r["first_id"]), int(r["second_id"])) for r in rows] == [(a.pk, b.pk)]
    assert "=" not in rows[0]["evidence"] and "%" in rows[0]["evidence"]  # in words
    run = DuplicateRun.objects.get()  # the duplicates page's "last run"
    assert run.status == "completed" and run.found == 1 and run.new_candidates == 1
    candidate = DuplicateCandidate.objects.get()
    assert candidate.status == CandidateStatus.OPEN
    assert duplicates_find(save=True).new_candidates == 0  # nothing queued twice

    merge = enterprise_merge(
        actor=users["province_officer"], survivor=a, merged=b, candidate=candidate
    )
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.nib == "9300000000001" and b.nib is None and not b.is_active
    assert Product.objects.filter(enterprise=a, name="Keripik pisang").exists()
    assert Enterprise.objects.filter(pk=b.pk).exists()  # kept, not deleted
    assert AuditEntry.objects.filter(
        action="registry.enterprise.merged", target_id=str(a.pk)
    ).exists()
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.MERGED
    assert all(p.second != b.pk and p.first != b.pk for p in duplicates_find(save=False).pairs)
    with pytest.raises(ConflictError):
        enterprise_merge(actor=users["province_officer"], survivor=a, merged=b)

    merge_undo(actor=users["province_officer"], merge=merge)
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.nib is None and b.nib == "9300000000001" and b.is_active
    assert Product.objects.filter(enterprise=b, name="Keripik pisang").exists()
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.OPEN
    with pytest.raises(ConflictError):
        merge_undo(actor=users["province_officer"], merge=merge)


def test_review_permissions(users):
    a, _b = _dup_pair(users)
    duplicates_find()
    candidate = DuplicateCandidate.objects.get()
    with pytest.raises(PermissionDeniedError):
        candidate_dismiss(actor=users["partner_officer"], candidate=candidate)
    other = make_enterprise(users["admin"], regency="18.01", name="Keripik Maju Jaya Lamsel")
    with pytest.raises(PermissionDeniedError):
        enterprise_merge(actor=users["regency_officer"], survivor=a, merged=other)
    candidate_dismiss(actor=users["regency_officer"], candidate=candidate)
    assert DuplicateCandidate.objects.get().status == CandidateStatus.DISMISSED


def test_dedup_pages(client, users):
    a, _b = _dup_pair(users)
    duplicates_find()
    candidate = DuplicateCandidate.objects.get()
    client.force_login(users["regency_officer"])
    page = client.get("/registry/duplicates/")
    assert page.status_code == 200 and "Keripik Maju Jya" in page.content.decode()
    assert "1871014105900011" not in page.content.decode()
    response = client.post(f"/registry/duplicates/{candidate.pk}/decide/", {"action": "keep-first"})
    assert response.status_code == 302
    merge = a.merges_received.get()
    page = client.get("/registry/duplicates/")
    assert "Keripik Maju Jya" in page.content.decode()  # in the recent merges, with undo
    assert client.post(f"/registry/duplicates/merges/{merge.pk}/undo/").status_code == 302
    merge.refresh_from_db()
    assert merge.undone_at is not None


@pytest.mark.django_db(transaction=True)
def test_scoring_runs_outside_any_transaction_and_only_the_writes_are_inside(users):
    """A write transaction held through the scoring (82 s at 190k rows) made every sign-in
    wait and fail: the registry is read and scored outside, the pairs written in short ones."""
    from django.db import connection

    _dup_pair(users)
    seen = []

    def record(execute, sql, params, many, context):
        seen.append((sql.split()[0].upper(), sql, connection.in_atomic_block))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert duplicates_find(save=True).new_candidates == 1
    reads = [s for s in seen if s[0] == "SELECT" and "registry_enterprise" in s[1]]
    writes = [s for s in seen if s[0] == "INSERT" and "duplicatecandidate" in s[1]]
    assert reads and not any(inside for _v, _s, inside in reads)
    assert writes and all(inside for _v, _s, inside in writes)
