"""Synthetic demo registry: plausible, deterministic, and clearly labelled as demo data.

Every record made here has `is_demo=True` and a source that says "synthetic"; pages show a
"Demo data" badge. Enterprises are spread over the regencies in proportion to population.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from siapekspor.accounts.models import Role, User
from siapekspor.core.audit import audit_record
from siapekspor.core.bulk import insert_rows, reserve_ids, sync_sequence
from siapekspor.core.bulk import now as bulk_now
from siapekspor.core.crypto import blind_index, seal
from siapekspor.registry.identifiers import normalize_name
from siapekspor.registry.models import (
    District,
    Enterprise,
    Gender,
    HsCode,
    KbliCode,
    LegalForm,
    Product,
    Regency,
    SizeClass,
    size_class_for_revenue,
)
from siapekspor.registry.services import ENTERPRISE_INSERT_COLUMNS, owner_name_tokens

DEMO_PASSWORD = "siapekspor-demo"  # noqa: S105 — printed by `make run`; demo accounts only
DEMO_USERNAMES = ["admin", "provinsi", "bandarlampung", "lampungselatan", "lpei", "ojk", "pemilik"]

# (KBLI 5-digit, weight, business-name stems, [(product name, HS6, unit, typical monthly qty)])
SECTORS: list[tuple[str, int, list[str], list[tuple[str, str, str, int]]]] = [
    (
        "10794",
        16,
        ["Keripik", "Kerupuk", "Camilan", "Aneka Keripik"],
        [
            ("Keripik pisang", "200899", "kg", 400),
            ("Keripik singkong", "200599", "kg", 500),
            ("Kerupuk ikan", "190590", "kg", 300),
            ("Keripik tempe", "200899", "kg", 200),
        ],
    ),
    (
        "10761",
        10,
        ["Kopi", "Kopi Robusta", "Rumah Kopi", "Bubuk Kopi"],
        [
            ("Kopi robusta biji (green bean)", "090111", "kg", 2000),
            ("Kopi bubuk robusta", "090121", "kg", 300),
            ("Kopi luwak", "090121", "kg", 20),
        ],
    ),
    (
        "10722",
        7,
        ["Gula Aren", "Gula Semut", "Gula Kelapa"],
        [("Gula aren cetak", "170290", "kg", 600), ("Gula semut kelapa", "170290", "kg", 300)],
    ),
    (
        "10772",
        6,
        ["Bumbu", "Lada", "Rempah"],
        [
            ("Lada hitam", "090411", "kg", 500),
            ("Lada hitam bubuk", "090412", "kg", 100),
            ("Kayu manis", "090619", "kg", 200),
        ],
    ),
    (
        "10731",
        4,
        ["Kakao", "Cokelat"],
        [("Biji kakao fermentasi", "180100", "kg", 1000), ("Bubuk kakao", "180500", "kg", 150)],
    ),
    (
        "10773",
        5,
        ["Kelapa", "Olahan Kelapa"],
        [
            ("Kelapa parut kering (desiccated)", "080111", "kg", 800),
            ("Minyak kelapa murni (VCO)", "151311", "l", 200),
        ],
    ),
    (
        "10621",
        4,
        ["Tapioka", "Tepung Singkong"],
        [("Tepung tapioka", "110814", "ton", 30), ("Mutiara tapioka", "190300", "kg", 500)],
    ),
    (
        "10213",
        4,
        ["Udang Beku", "Hasil Laut", "Mina"],
        [("Udang vaname beku", "030617", "kg", 1500), ("Ikan beku", "030389", "kg", 1000)],
    ),
    (
        "10211",
        4,
        ["Ikan Asin", "Teri", "Hasil Laut"],
        [("Ikan teri kering", "030554", "kg", 400), ("Ikan asin", "030559", "kg", 500)],
    ),
    ("10298", 2, ["Rumput Laut"], [("Rumput laut kering", "121229", "kg", 2000)]),
    (
        "10710",
        8,
        ["Roti", "Kue", "Bakery"],
        [("Roti manis", "190590", "pcs", 3000), ("Bolu", "190590", "pcs", 1000)],
    ),
    (
        "10799",
        6,
        ["Olahan Pangan", "Dapur"],
        [("Sambal kemasan", "210390", "kg", 200), ("Madu hutan", "040900", "kg", 100)],
    ),
    (
        "13134",
        3,
        ["Tapis", "Kain Tapis", "Sulam Usus"],
        [
            ("Kain tapis Lampung", "581091", "pcs", 30),
            ("Selendang sulam usus", "621430", "pcs", 60),
        ],
    ),
    (
        "14111",
        6,
        ["Konveksi", "Busana", "Butik"],
        [("Kemeja batik", "620520", "pcs", 300), ("Gamis", "620442", "pcs", 200)],
    ),
    (
        "16292",
        3,
        ["Anyaman", "Kerajinan Rotan", "Bambu"],
        [("Keranjang rotan", "460212", "pcs", 300), ("Anyaman bambu", "460211", "pcs", 400)],
    ),
    ("16101", 2, ["Kayu", "Penggergajian"], [("Kayu gergajian", "440799", "m3", 20)]),
    (
        "31001",
        4,
        ["Mebel", "Furnitur", "Meubel"],
        [("Kursi kayu", "940169", "pcs", 60), ("Lemari kayu", "940360", "pcs", 20)],
    ),
    (
        "32901",
        2,
        ["Kerajinan", "Souvenir"],
        [("Kerajinan batok kelapa", "960200", "pcs", 500), ("Arang tempurung", "440220", "ton", 5)],
    ),
    ("15121", 2, ["Tas", "Kulit"], [("Tas kulit", "420221", "pcs", 80)]),
    ("11040", 2, ["Minuman", "Sari"], [("Minuman jahe instan", "210690", "kg", 200)]),
]
WORDS = [
    "Jaya",
    "Makmur",
    "Berkah",
    "Sejahtera",
    "Mandiri",
    "Lestari",
    "Sentosa",
    "Abadi",
    "Barokah",
    "Sumber Rezeki",
    "Maju",
    "Harapan",
    "Mulia",
    "Indah",
    "Sakai Sambayan",
    "Bumi",
    "Siger",
    "Ruwa Jurai",
    "Nusantara",
    "Putri",
    "Mekar",
    "Karya",
    "Tunas",
    "Bintang",
    "Cahaya",
    "Family",
    "Mama",
    "Bu",
    "Pak",
    "Sinar",
    "Tani",
]
FEMALE = [
    "Siti",
    "Nur",
    "Sri",
    "Dewi",
    "Rina",
    "Yuli",
    "Wati",
    "Aminah",
    "Fitri",
    "Ani",
    "Lina",
    "Ratna",
    "Endang",
    "Suryani",
    "Rahmawati",
    "Yanti",
    "Desi",
    "Eka",
    "Indah",
    "Maya",
    "Novi",
    "Putri",
    "Dian",
    "Rosmala",
    "Herlina",
    "Kartini",
    "Sumarni",
    "Lestari",
]
MALE = [
    "Ahmad",
    "Budi",
    "Agus",
    "Joko",
    "Slamet",
    "Hendra",
    "Rudi",
    "Andi",
    "Bambang",
    "Eko",
    "Heri",
    "Iwan",
    "Dedi",
    "Rahmat",
    "Sutrisno",
    "Wahyu",
    "Yusuf",
    "Fajar",
    "Arif",
    "Taufik",
    "Supriyadi",
    "Zainal",
    "Rizal",
    "Firman",
    "Imam",
    "Hasan",
    "Syamsul",
    "Darmawan",
]
FAMILY = [
    "Saputra",
    "Pratama",
    "Wijaya",
    "Hidayat",
    "Setiawan",
    "Kurniawan",
    "Susanto",
    "Nugroho",
    "Rahman",
    "Santoso",
    "Gunawan",
    "Hakim",
    "Siregar",
    "Effendi",
    "Harahap",
    "Purnama",
    "Utami",
    "Sari",
    "Anggraini",
    "Rahayu",
    "Marlina",
    "Pertiwi",
    "Wulandari",
]
MOBILE_PREFIXES = [
    "811",
    "812",
    "813",
    "821",
    "822",
    "823",
    "852",
    "853",
    "857",
    "858",
    "877",
    "878",
    "881",
    "882",
    "895",
    "896",
    "897",
    "898",
]
STREETS = [
    "Jl. Raya",
    "Jl. Pramuka",
    "Jl. Sultan Agung",
    "Jl. Diponegoro",
    "Jl. Imam Bonjol",
    "Jl. Soekarno-Hatta",
    "Jl. Kartini",
    "Jl. Ahmad Yani",
    "Jl. Teuku Umar",
    "Jl. Pahlawan",
    "Jl. Lintas Sumatra",
    "Jl. Way Halim",
    "Jl. Ki Maja",
    "Jl. Pagar Alam",
]


PRODUCT_COLUMNS = [
    "created_at",
    "updated_at",
    "enterprise_id",
    "hs_code_id",
    "name",
    "description",
    "monthly_capacity",
    "capacity_unit",
]
LEGAL_FORMS = [
    LegalForm.INDIVIDUAL,
    LegalForm.UD,
    LegalForm.CV,
    LegalForm.PT_PERORANGAN,
    LegalForm.COOPERATIVE,
]
LEGAL_WEIGHTS = [62, 18, 12, 5, 3]
LEGAL_PREFIX = {LegalForm.UD: "UD ", LegalForm.CV: "CV ", LegalForm.COOPERATIVE: "Koperasi "}


@dataclass
class SeedSummary:
    enterprises: int
    products: int
    seconds: float
    users: list[tuple[str, str, str]]


def _pick_weighted(rng: random.Random, items, weights, k):
    return rng.choices(items, weights=weights, k=k)


def seed_demo(
    *,
    count: int = 95_000,
    seed: int = 2022,
    with_users: bool = True,
    batch_size: int = 2000,
    progress: Callable[[int], None] | None = None,
    actor=None,
) -> SeedSummary:
    """Create `count` synthetic enterprises (deterministic for a seed) and the demo users.

    Refuses to run twice on top of itself: call `demo_clear()` first to replace demo data.
    """
    started = time.perf_counter()
    rng = random.Random(seed)
    regencies = list(Regency.objects.all())
    if not regencies:
        raise RuntimeError("Load the reference data first: siapekspor load-reference")
    districts: dict[str, list[str]] = {}
    for code, regency_id in District.objects.values_list("code", "regency_id"):
        districts.setdefault(regency_id, []).append(code)
    district_names = dict(District.objects.values_list("code", "name"))
    known_kbli = set(KbliCode.objects.values_list("code", flat=True))
    known_hs = set(HsCode.objects.filter(level=6).values_list("code", flat=True))
    weights = [r.population or 1 for r in regencies]
    regency_picks = _pick_weighted(rng, regencies, weights, count)
    sector_picks = _pick_weighted(rng, SECTORS, [s[1] for s in SECTORS], count)

    created = products_created = 0
    owners: list[tuple[str, str, str, str]] = []  # (name, nik, phone, gender) to reuse
    with transaction.atomic():
        for start in range(0, count, batch_size):
            stop = min(start + batch_size, count)
            ids = reserve_ids(Enterprise, stop - start)
            stamp = bulk_now()
            rows: list[tuple] = []
            product_rows: list[tuple] = []
            for pk, i in zip(ids, range(start, stop), strict=True):
                regency = regency_picks[i]
                district_code = rng.choice(districts.get(regency.code) or [None])
                kbli, _w, stems, items = sector_picks[i]
                place = district_names.get(district_code, regency.name)
                name = f"{rng.choice(stems)} {rng.choice(WORDS)}"
                if rng.random() < 0.5:
                    name = f"{name} {place}"
                legal = rng.choices(LEGAL_FORMS, weights=LEGAL_WEIGHTS)[0]
                name = f"{LEGAL_PREFIX.get(legal, '')}{name}"
                # About 4 % of owners run a second enterprise (same NIK and phone).
                if owners and rng.random() < 0.04:
                    owner_name, nik, phone, gender = rng.choice(owners)
                else:
                    owner_name, nik, phone, gender = _owner(
                        rng, district_code or regency.code + ".01"
                    )
                    if len(owners) < 5000:
                        owners.append((owner_name, nik, phone, gender))
                revenue = Decimal(int(min(rng.lognormvariate(19.2, 1.3), 45e9)))
                size = size_class_for_revenue(revenue)
                nib = str(1_200_000_000_000 + i * 7919 + seed * 13) if rng.random() < 0.62 else None
                workforce = (
                    max(1, int(rng.expovariate(1 / 6)))
                    if size == SizeClass.MICRO
                    else rng.randint(10, 99)
                )
                has_kbli = kbli in known_kbli
                rows.append(
                    (
                        pk,
                        stamp,
                        stamp,
                        nib,
                        name,
                        normalize_name(name)[:200],
                        legal,
                        seal(owner_name),
                        owner_name_tokens(owner_name),
                        gender,
                        seal(nik),
                        blind_index(nik, purpose="nik"),
                        seal(phone),
                        blind_index(phone, purpose="phone"),
                        f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}, {place}",
                        regency.code,
                        district_code,
                        None,
                        None,
                        kbli if has_kbli else None,
                        kbli[:2] if has_kbli else "",
                        size,
                        revenue,
                        workforce,
                        rng.random() > 0.06,
                        True,
                        "Data demo sintetis",
                    )
                )
                for pname, hs, unit, qty in rng.sample(items, k=min(len(items), rng.randint(1, 2))):
                    product_rows.append(
                        (
                            stamp,
                            stamp,
                            pk,
                            hs if hs in known_hs else None,
                            pname,
                            "",
                            Decimal(max(1, int(qty * rng.uniform(0.2, 2.5)))),
                            unit,
                        )
                    )
            insert_rows(Enterprise, ENTERPRISE_INSERT_COLUMNS, rows)
            insert_rows(Product, PRODUCT_COLUMNS, product_rows)
            created += len(rows)
            products_created += len(product_rows)
            if progress:
                progress(len(rows))
        sync_sequence(Enterprise)
        users = _demo_users() if with_users else []
        audit_record(
            actor=actor,
            action="registry.demo.seeded",
            target_type="registry.enterprise",
            target_id="*",
            label=f"{created} demo enterprises",
            changes={"enterprises": created, "products": products_created, "seed": seed},
        )
    return SeedSummary(
        enterprises=created,
        products=products_created,
        seconds=time.perf_counter() - started,
        users=users,
    )


def _owner(rng: random.Random, district_code: str) -> tuple[str, str, str, str]:
    female = rng.random() < 0.55  # women run most micro food businesses
    first = rng.choice(FEMALE if female else MALE)
    name = f"{first} {rng.choice(FAMILY)}"
    region = district_code.replace(".", "")[:6].ljust(6, "1")
    day = rng.randint(1, 28) + (40 if female else 0)
    year = rng.randint(55, 99) if rng.random() < 0.85 else rng.randint(0, 4)
    nik = f"{region}{day:02d}{rng.randint(1, 12):02d}{year:02d}{rng.randint(1, 9999):04d}"
    phone = "+62" + rng.choice(MOBILE_PREFIXES) + str(rng.randint(1_000_000, 99_999_999))
    return name, nik, phone, Gender.FEMALE if female else Gender.MALE


def _demo_users() -> list[tuple[str, str, str]]:
    """One account per role (password DEMO_PASSWORD); returns (username, role, scope)."""
    owner_enterprise = (
        Enterprise.objects.filter(is_demo=True, regency_id="18.71").order_by("pk").first()
        or Enterprise.objects.filter(is_demo=True).order_by("pk").first()
    )
    specs = [
        ("admin", Role.ADMIN, None, "", None, "Administrator"),
        ("provinsi", Role.PROVINCE_OFFICER, None, "", None, "Disperindag Provinsi Lampung"),
        ("bandarlampung", Role.REGENCY_OFFICER, "18.71", "", None, "Kota Bandar Lampung"),
        ("lampungselatan", Role.REGENCY_OFFICER, "18.01", "", None, "Kab. Lampung Selatan"),
        ("lpei", Role.PARTNER_OFFICER, None, "LPEI", None, "LPEI"),
        ("ojk", Role.PARTNER_OFFICER, None, "OJK", None, "OJK"),
        ("pemilik", Role.ENTERPRISE_OWNER, None, "", owner_enterprise, ""),
    ]
    out = []
    for username, role, regency, org, enterprise, scope in specs:
        user, _created = User.objects.get_or_create(username=username)
        user.role, user.regency_id, user.partner_organisation = role, regency, org
        # The partner officers act for their organisation record (partners app), so they see
        # the enterprises that consented to it.
        user.partner_org = _partner_organisation(org) if org else None
        if user.partner_org is not None:
            scope = f"{user.partner_org.code} — {user.partner_org.name}"
        user.enterprise = enterprise
        user.is_staff = user.is_superuser = role == Role.ADMIN
        user.email = f"{username}@demo.siapekspor.local"
        user.set_password(DEMO_PASSWORD)
        user.save()
        out.append((username, str(role.label), scope or (enterprise.name if enterprise else "")))
    return out


def _partner_organisation(code: str):
    """The partner organisation with this code (None without the partners app or record)."""
    from django.apps import apps

    if not apps.is_installed("siapekspor.partners"):
        return None
    organisation = apps.get_model("partners", "Organisation")
    return organisation.objects.filter(code__iexact=code).first()


@transaction.atomic
def demo_clear() -> int:
    """Delete every demo enterprise (and its products); returns how many were removed.

    Other apps' demo rows that point at demo enterprises are removed first (signal
    `registry.signals.demo_clearing`); real records that point at them make it fail with
    ProtectedError, and nothing is deleted.
    """
    from siapekspor.registry.signals import demo_clearing

    demo_clearing.send(sender=Enterprise)
    User.objects.filter(enterprise__is_demo=True).update(enterprise=None)
    ids = list(Enterprise.objects.filter(is_demo=True).values_list("pk", flat=True))
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        Product.objects.filter(enterprise_id__in=chunk).delete()
        Enterprise.objects.filter(pk__in=chunk).delete()
    return len(ids)
