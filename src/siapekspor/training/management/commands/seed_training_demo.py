"""siapekspor seed-training-demo [--if-empty]: a demo programme, classes and assessments."""

import random

from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.accounts.access import first_admin
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.readiness import services as readiness
from siapekspor.readiness.models import Assessment, Question
from siapekspor.registry.models import Enterprise
from siapekspor.training import services
from siapekspor.training.models import Programme


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
        self.stdout.write(f"programme={programme.pk} classes={len(made)} assessments={len(ents)}")
