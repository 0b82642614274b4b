"""Catalogue search benchmark (issue 16 item 1): p50/p95 at 20,000 published products.

    .venv/bin/python benchmarks/catalogue_bench.py [--listings 20000] [--searches 100]

A scratch SQLite database (temporary SIAPEKSPOR_VAR_DIR), or the PostgreSQL database of
DATABASE_URL (give it an empty database of its own: it is migrated and filled): reference
data, `seed_demo` enterprises with their products, then one published listing per product
(rows written with `core.bulk.insert_rows`, the searchable text built by
`catalogue.search.normalise` from the product name, a description and the HS names in the six
languages; the FTS5 index filled in one pass on SQLite, the stored `search_vector` column
following by itself on PostgreSQL). Timed in process through Django's test client (server
time, no network), for searches in Indonesian, English, Chinese, Japanese, Arabic and
French, anonymous:

  - selector: `public_listings` (count + first page of 20);
  - on PostgreSQL, the same with the tsvector built at query time (before catalogue/0003);
  - the list page `/catalogue/?q=…` (search, certificates, photos, translations of a page);
  - the API `GET /api/v1/catalogue/listings?q=…`;
  - the same list page with `CATALOGUE_SEARCH = "basic"` (the `icontains` fallback).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from common import timed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

QUERIES = [
    "kopi",
    "kopi robusta",
    "lada",
    "coffee",
    "pepper",
    "咖啡",
    "胡椒",
    "コーヒー",
    "بن",
    "café",
    "poivre",
    "keripik",
    "tapis",
    "gula aren",
]
WORDS = ["petik merah", "dijemur", "kemasan vakum", "organik", "Tanggamus", "Way Kanan"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listings", type=int, default=20_000)
    parser.add_argument("--searches", type=int, default=100)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    os.environ["SIAPEKSPOR_VAR_DIR"] = str(scratch / "var")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    import django

    django.setup()
    from common import seed_database
    from django.conf import settings
    from django.db import connection, transaction
    from django.test import Client
    from django.utils import timezone

    from siapekspor.catalogue import search, selectors
    from siapekspor.catalogue.models import Listing
    from siapekspor.core import i18n
    from siapekspor.core.bulk import insert_rows, reserve_ids
    from siapekspor.registry.models import HsCode, Product

    enterprises = max(1, args.listings * 3 // 4)  # about 1.5 products per demo enterprise
    _summary, seeded = seed_database(enterprises, collectstatic=True)  # pages as in production
    started = time.perf_counter()
    products = list(Product.objects.values_list("pk", "name", "hs_code_id")[: args.listings])
    print(
        f"seeded {enterprises} enterprises, {len(products)} products in "
        f"{seeded + time.perf_counter() - started:.1f} s"
    )

    columns = list(i18n.columns("description").values())
    hs_names = {
        h["code"]: " ".join(str(h[c] or "") for c in columns)
        for h in HsCode.objects.filter(level=6).values("code", *columns)
    }
    rng = random.Random(16)
    now = timezone.now()
    ids = reserve_ids(Listing, len(products))
    rows = []
    for pk, (product_id, name, hs) in zip(ids, products, strict=True):
        description = f"{name} {rng.choice(WORDS)}, {rng.choice(WORDS)}."
        text = search.normalise(" ".join([name, description, hs or "", hs_names.get(hs, "")]))
        rows.append(
            (
                pk,
                product_id,
                description,
                now,
                now,
                True,
                now,
                "kg",
                "on_request",
                "FOB",
                text,
                "",
                False,
                "bench",
            )
        )
    started = time.perf_counter()
    with transaction.atomic():
        insert_rows(
            Listing,
            [
                "id",
                "product_id",
                "description",
                "created_at",
                "updated_at",
                "is_published",
                "published_at",
                "min_order_unit",
                "price_terms",
                "incoterm",
                "search_text",
                "certificates_entered",
                "show_export_values",
                "consent_version",
            ],
            rows,
        )
        if search.fts_available():
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO catalogue_listing_fts (rowid, body) VALUES (%s, %s)",
                    [(r[0], r[10]) for r in rows],
                )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE catalogue_listing")
    index = {"fts5": "FTS5 index", "postgres": "stored tsvector + GIN"}.get(search.backend(), "")
    print(
        f"published {len(rows)} listings (rows + {index}) in {time.perf_counter() - started:.1f} s"
    )
    print(f"search backend: {search.backend()} on {connection.vendor}")

    terms = [QUERIES[i % len(QUERIES)] for i in range(args.searches)]
    client = Client()

    def selector(q: str) -> None:
        qs = selectors.public_listings(selectors.CatalogueFilters(q=q))
        qs.count()
        selectors.cards(selectors.with_photos(qs)[:20])

    def page(q: str) -> None:
        response = client.get("/catalogue/", {"q": q})
        assert response.status_code == 200

    def api(q: str) -> None:
        response = client.get("/api/v1/catalogue/listings", {"q": q})
        assert response.status_code == 200

    timed("selector (count + page of 20)", selector, terms)
    if connection.vendor == "postgresql":
        # Before the stored column: the tsvector built from search_text for every row, at
        # query time (what `public_listings` did until catalogue/0003).
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        def query_time_vector(q: str) -> None:
            query_terms = search.terms(q)
            text = " ".join(
                " ".join(t) if len(t) == 1 else '"' + " ".join(t) + '"' for t in query_terms
            )
            vector = SearchVector("search_text", config="simple")
            query = SearchQuery(text, config="simple", search_type="websearch")
            qs = (
                selectors.public_listings(selectors.CatalogueFilters())
                .annotate(document=vector, rank=SearchRank(vector, query))
                .filter(document=query)
                .order_by("-rank", "-published_at")
            )
            qs.count()
            selectors.cards(selectors.with_photos(qs)[:20])

        timed("selector, tsvector at query time", query_time_vector, terms)
    timed("list page /catalogue/?q=", page, terms)
    timed("API /api/v1/catalogue/listings?q=", api, terms)
    hits = {q: selectors.public_listings(selectors.CatalogueFilters(q=q)).count() for q in QUERIES}
    print("matches:", ", ".join(f"{q}={n}" for q, n in hits.items()))
    settings.CATALOGUE_SEARCH = "basic"
    timed("list page, icontains fallback", page, terms)


if __name__ == "__main__":
    main()
