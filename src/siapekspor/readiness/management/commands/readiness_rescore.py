"""siapekspor readiness-rescore: rescore every submitted assessment in bulk."""

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.readiness import services
from siapekspor.readiness.models import Assessment, AssessmentStatus


class Command(SiapEksporCommand):
    help = (
        "Rescore all submitted assessments of the active questionnaire (levels, scores per "
        "dimension, learning credit)."
    )

    def handle(self, *args, **options):
        total = Assessment.objects.filter(status=AssessmentStatus.SUBMITTED).count()
        bar = self.progress(total, "rescore")
        summary = services.assessments_rescore_bulk(progress=bar.update)
        bar.close()
        self.stdout.write(f"assessments={summary.assessments} seconds={summary.seconds:.1f}")
