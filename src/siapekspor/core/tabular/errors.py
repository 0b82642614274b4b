"""Errors about the file as a whole (not one row): the import stops with a clear message."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import DomainError


class TabularError(DomainError):
    code = "invalid_file"
    default_message = _("The file could not be read.")


class UnreadableFileError(TabularError):
    """Not a spreadsheet we can read (wrong type, corrupt, no header, missing sheet)."""


class UnsafeFileError(TabularError):
    """Too large, too many rows, or a zip that expands suspiciously (a "bomb")."""

    code = "unsafe_file"
    default_message = _("The file was refused because it is too large or unsafe.")
