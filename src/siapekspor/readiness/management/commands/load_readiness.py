"""siapekspor load-readiness: load (or refresh) the readiness questionnaire from content data."""

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.readiness import services
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE


class Command(SiapEksporCommand):
    help = "Load the readiness questionnaire (dimensions, weighted questions, level gates)."

    def handle(self, *args, **options):
        q, created = services.questionnaire_load(QUESTIONNAIRE)
        dims = q.dimensions.count()
        questions = sum(d.questions.count() for d in q.dimensions.all())
        self.stdout.write(
            f"questionnaire v{q.version} {'created' if created else 'refreshed'}: "
            f"dimensions={dims} questions={questions} gates={q.gates.count()}"
        )
