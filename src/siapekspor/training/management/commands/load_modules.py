"""siapekspor load-modules: load (or refresh) the self-paced learning modules and quizzes."""

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.training import services
from siapekspor.training.content.modules import MODULES


class Command(SiapEksporCommand):
    help = "Load the learning modules and their quizzes (six languages)."

    def handle(self, *args, **options):
        n = services.modules_load(MODULES)
        self.stdout.write(f"modules={n}")
