"""siapekspor seed-training-demo [--if-empty]: a demo programme, classes and assessments, and
a demo certificate signatory (with a drawn signature) when none is set."""

import math
import random
import struct
import zlib

from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.accounts.access import first_admin
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.readiness import services as readiness
from siapekspor.readiness.models import Assessment, Question
from siapekspor.registry.models import Enterprise
from siapekspor.training import services
from siapekspor.training.models import Programme, Signatory


def demo_signature_png(width: int = 300, height: int = 90) -> bytes:
    """A PNG (drawn here, no imaging library) of a signature-like stroke, dark ink on white."""
    ink = set()
    for step in range(2400):
        t = step / 2400
        x = 15 + t * (width - 30)
        y = height / 2 + 22 * math.sin(t * 19) * (1 - t / 2) + 8 * math.sin(t * 53)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                ink.add((round(x) + dx, round(y) + dy))
    for x in range(30, width - 40):
        ink.add((x, height - 14))
    rows = b"".join(
        b"\x00"
        + bytes(
            channel
            for x in range(width)
            for channel in ((25, 35, 95) if (x, y) in ink else (255, 255, 255))
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


class Command(SiapEksporCommand):
    help = (
        "Demo data for the class ladder, labelled as demo: one programme (two stages), "
        "three classes in Bandar Lampung and 150 assessments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true")
        parser.add_argument("--assessments", type=int, default=150)

    @transaction.atomic
    def handle(self, *args, **options):
        if options["if_empty"] and Programme.objects.exists():
            self.stdout.write("training data present: demo not seeded")
            return
        admin = first_admin()
        if admin is None or not Enterprise.objects.filter(is_demo=True).exists():
            if options["if_empty"]:
                self.stdout.write("no demo registry: training demo not seeded")
                return
            self.fail(_("Seed the demo registry first: siapekspor seed-demo"))
        if not Question.objects.filter(dimension__questionnaire__is_active=True).exists():
            self.fail(_("Load the questionnaire first: siapekspor load-readiness"))
        rng = random.Random(2026)  # noqa: S311 — deterministic demo data
        ents = list(
            Enterprise.objects.filter(
                is_demo=True, regency_id__in=["18.71", "18.01", "18.72"]
            ).order_by("pk")[: options["assessments"]]
        )
        questions = list(
            Question.objects.filter(dimension__questionnaire__is_active=True).prefetch_related(
                "options"
            )
        )
        for ent in ents:
            a, _new = readiness.assessment_start(actor=admin, enterprise=ent)
            skill = rng.random()
            answers = {}
            for q in questions:
                opts = list(q.options.all())
                idx = min(len(opts) - 1, int(rng.random() * len(opts) * (0.4 + skill)))
                answers[q.code] = opts[idx].code
            readiness.assessment_answer(actor=admin, assessment=a, answers=answers)
            readiness.assessment_submit(actor=admin, assessment=a)
        Assessment.objects.filter(enterprise__in=ents).update(is_demo=True)
        programme = services.programme_create(
            actor=admin,
            name="Kelas Ekspor IKM Lampung (demo)",
            year=2026,
            partners="Disperindag Lampung, OJK, LPEI",
            is_demo=True,
        )
        stage1 = programme.stages.get(number=1)
        made = []
        for level, name in (
            ("pemula", "Kelas Pemula Bandar Lampung (demo)"),
            ("menengah", "Kelas Menengah Bandar Lampung (demo)"),
            ("mahir", "Kelas Mahir Bandar Lampung (demo)"),
        ):
            cls = services.class_create(
                actor=admin,
                stage=stage1,
                level=level,
                name=name,
                regency_id="18.71",
                venue="UPTD Disperindag, Bandar Lampung",
                schedule="Selasa 09.00–12.00",
                facilitator_name="Fasilitator LPEI",
                is_demo=True,
            )
            services.propose_into_class(actor=admin, training_class=cls)
            made.append(cls)
        if not Signatory.objects.exists():
            from django.core.files.uploadedfile import SimpleUploadedFile

            services.signatory_set(
                actor=admin,
                name="Pejabat Penanda Tangan (demo)",
                title="Kepala Dinas Perindustrian dan Perdagangan Provinsi Lampung (demo)",
                signature=SimpleUploadedFile("demo-signature.png", demo_signature_png()),
                is_demo=True,
            )
        self.stdout.write(f"programme={programme.pk} classes={len(made)} assessments={len(ents)}")
