"""siapekspor load-readiness: load (or refresh) every readiness questionnaire version from
content data; the newest becomes the active one (older versions stay for their assessments)."""

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.readiness import services
from siapekspor.readiness.content.questionnaire_v2 import VERSIONS


class Command(SiapEksporCommand):
    help = (
        "Load the readiness questionnaires (dimensions, weighted questions, level gates); "
        "the newest version becomes active."
    )

    def handle(self, *args, **options):
        for data in VERSIONS:
            newest = data is VERSIONS[-1]
            q, created = services.questionnaire_load(data, activate=newest)
            dims = q.dimensions.count()
            questions = sum(d.questions.count() for d in q.dimensions.all())
            self.stdout.write(
                f"questionnaire v{q.version} {'created' if created else 'refreshed'}"
                f"{' (active)' if q.is_active else ''}: "
                f"dimensions={dims} questions={questions} gates={q.gates.count()}"
            )
