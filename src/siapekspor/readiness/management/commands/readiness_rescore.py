"""siapekspor readiness-rescore: rescore every submitted assessment in bulk."""

from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.readiness import services
from siapekspor.readiness.models import Assessment, AssessmentStatus, Questionnaire


class Command(SiapEksporCommand):
    help = (
        "Rescore all submitted assessments of the active questionnaire, or of --questionnaire VERSION "
        "(levels, scores per dimension, learning credit)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--questionnaire",
            dest="questionnaire_version",
            type=int,
            default=None,
            help="Questionnaire version to rescore (default: the active one).",
        )

    def handle(self, *args, **options):
        number = options["questionnaire_version"]
        questionnaire = None
        if number is not None:
            questionnaire = Questionnaire.objects.filter(version=number).first()
            if questionnaire is None:
                self.fail(
                    _("Questionnaire version %(version)s is not loaded.") % {"version": number}
                )
        else:
            questionnaire = services.active_questionnaire()
        total = Assessment.objects.filter(
            questionnaire=questionnaire, status=AssessmentStatus.SUBMITTED
        ).count()
        bar = self.progress(total, "rescore")
        summary = services.assessments_rescore_bulk(
            questionnaire=questionnaire, progress=bar.update
        )
        bar.close()
        self.stdout.write(
            f"questionnaire v{questionnaire.version}: assessments={summary.assessments} "
            f"seconds={summary.seconds:.1f}"
        )
