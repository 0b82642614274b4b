"""Forum meetings (agenda, attendees, decisions, follow-up actions) and the data-subject
requests of enterprise owners (UU PDP 27/2022: correction and deletion)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from siapekspor.core.models import TimeStampedModel

# UU PDP 27/2022 art. 32–33 (and the issue): a request is answered within 3 × 24 hours.
ANSWER_WITHIN = dt.timedelta(hours=72)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class Meeting(TimeStampedModel):
    """One meeting of the export forum (the provincial office with OJK, LPEI and others)."""

    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("One item per line."))
    decisions = models.TextField(_("decisions"), blank=True, help_text=_("One per line."))
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendees"),
        blank=True,
        related_name="forum_meetings",
    )
    guests = models.TextField(
        _("other attendees"),
        blank=True,
        help_text=_("One per line: name and organisation of representatives without an account."),
    )
    enterprises = models.ManyToManyField(
        "registry.Enterprise",
        verbose_name=_("enterprises concerned"),
        blank=True,
        related_name="forum_meetings",
    )
    programmes = models.ManyToManyField(
        "training.Programme",
        verbose_name=_("programmes concerned"),
        blank=True,
        related_name="forum_meetings",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("forum meeting")
        verbose_name_plural = _("forum meetings")
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on:%Y-%m-%d})"

    @property
    def agenda_items(self) -> list[str]:
        return _lines(self.agenda)

    @property
    def decision_items(self) -> list[str]:
        return _lines(self.decisions)

    @property
    def guest_items(self) -> list[str]:
        return _lines(self.guests)


class ActionStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("status", "Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class Action(TimeStampedModel):
    """A follow-up action decided in a meeting: what, who, by when."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="actions"
    )
    text = models.CharField(_("action"), max_length=500)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible"),
        on_delete=models.PROTECT,
        related_name="forum_actions",
    )
    deadline = models.DateField(_("deadline"))
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    note = models.CharField(_("progress note"), max_length=500, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    # Set when the deadline reminder went out (once per overdue action, forum.tasks).
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True, editable=False)
    enterprises = models.ManyToManyField(
        "registry.Enterprise",
        verbose_name=_("enterprises concerned"),
        blank=True,
        related_name="forum_actions",
    )
    programmes = models.ManyToManyField(
        "training.Programme",
        verbose_name=_("programmes concerned"),
        blank=True,
        related_name="forum_actions",
    )

    class Meta:
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        ordering = ["deadline", "id"]
        indexes = [models.Index(fields=["status", "deadline"], name="forum_action_due")]

    def __str__(self) -> str:
        return self.text[:80]

    def is_overdue(self, today: dt.date | None = None) -> bool:
        from django.utils import timezone

        return self.status != ActionStatus.DONE and self.deadline < (today or timezone.localdate())


class RequestKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    DELETION = "deletion", _("Deletion")


class RequestStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("status", "Open")
    DONE = "done", _("Done")
    REFUSED = "refused", _("Refused")


class DataRequest(TimeStampedModel):
    """An owner's request about their personal data; the regency officer answers it within
    `ANSWER_WITHIN`."""

    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="data_requests",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=RequestKind.choices)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    due_at = models.DateTimeField(_("answer due"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    answer = models.TextField(_("answer"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("data request")
        verbose_name_plural = _("data requests")
        ordering = ["status", "due_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"
