"""Base class for SiapEkspor management commands: --region/--language options and progress."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from tqdm import tqdm

from siapekspor.core import i18n


class SiapEksporCommand(BaseCommand):
    """Adds `--language` (messages) and `--region` (scope) to every command that wants them."""

    with_region = False

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.add_argument(
            "--language",
            default=i18n.default(),
            choices=i18n.codes(),
            help=f"Language of messages (default: {i18n.default()}).",
        )
        if self.with_region:
            parser.add_argument(
                "--region", default="", help="Regency code to limit the work to, e.g. 18.71."
            )
        return parser

    def execute(self, *args, **options):
        with translation.override(options.get("language") or i18n.default()):
            return super().execute(*args, **options)

    def progress(self, total: int | None, desc: str):
        """A progress bar on stderr (hidden when stderr is not a terminal or --verbosity 0)."""
        return tqdm(
            total=total,
            desc=desc,
            unit="rows",
            file=sys.stderr,
            disable=not sys.stderr.isatty(),
            dynamic_ncols=True,
        )

    def fail(self, message) -> None:
        raise CommandError(str(message))
