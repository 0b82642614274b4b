"""The class ladder: programmes, stages, classes with database-enforced capacity, enrollment,
sessions and attendance, certificates, self-paced modules, mentoring and class discussion."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from siapekspor.core.models import TimeStampedModel
from siapekspor.readiness.models import Level


def default_capacity() -> int:
    return settings.CLASS_CAPACITY_DEFAULT


class Programme(TimeStampedModel):
    name = models.CharField(_("name"), max_length=200)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    partners = models.CharField(
        _("partners"),
        max_length=300,
        blank=True,
        help_text=_("For example Disperindag, OJK, LPEI."),
    )
    description = models.TextField(_("description"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-year", "name"]

    def __str__(self) -> str:
        return f"{self.name} {self.year}"


class Stage(models.Model):
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="stages"
    )
    number = models.PositiveSmallIntegerField(_("stage"), choices=[(1, "1"), (2, "2")])
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["programme_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "number"], name="training_stage_unique")
        ]

    def __str__(self) -> str:
        return f"{self.programme} · {self.number}"


class TrainingClass(TimeStampedModel):
    """A class of at most `capacity` enterprises. `seats_taken` counts enrollments that hold a
    seat (invited, accepted, completed); a CHECK constraint keeps it within the capacity and the
    services only change it with a conditional UPDATE inside a locked transaction."""

    stage = models.ForeignKey(
        Stage, verbose_name=_("stage"), on_delete=models.PROTECT, related_name="classes"
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    name = models.CharField(_("name"), max_length=200)
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=default_capacity,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
    )
    seats_taken = models.PositiveSmallIntegerField(_("seats taken"), default=0, editable=False)
    regency = models.ForeignKey(
        "registry.Regency",
        verbose_name=_("regency or city"),
        on_delete=models.PROTECT,
        related_name="training_classes",
    )
    sector = models.CharField(
        _("sector (KBLI division)"),
        max_length=2,
        blank=True,
        help_text=_("Optional: two-digit KBLI division the class focuses on."),
    )
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    schedule = models.CharField(_("schedule"), max_length=300, blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="facilitated_classes",
    )
    facilitator_name = models.CharField(_("facilitator"), max_length=200, blank=True)
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"), default=75, validators=[MaxValueValidator(100)]
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["-starts_on", "name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(seats_taken__lte=models.F("capacity")),
                name="training_class_seats_within_capacity",
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1), name="training_class_capacity_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def seats_free(self) -> int:
        return max(0, self.capacity - self.seats_taken)


class EnrollmentState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    INVITED = "invited", _("Invited")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waitlisted")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")


SEAT_STATES = frozenset(
    {EnrollmentState.INVITED, EnrollmentState.ACCEPTED, EnrollmentState.COMPLETED}
)
WITHDRAWABLE_STATES = frozenset(
    {
        EnrollmentState.PROPOSED,
        EnrollmentState.INVITED,
        EnrollmentState.ACCEPTED,
        EnrollmentState.WAITLISTED,
    }
)
ACCEPTABLE_STATES = frozenset({EnrollmentState.PROPOSED, EnrollmentState.INVITED})


class Enrollment(TimeStampedModel):
    training_class = models.ForeignKey(
        TrainingClass, verbose_name=_("class"), on_delete=models.CASCADE, related_name="enrollments"
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    state = models.CharField(
        _("state"),
        max_length=12,
        choices=EnrollmentState.choices,
        default=EnrollmentState.PROPOSED,
        db_index=True,
    )
    # Each reason is {"code": …, "params": {…}} (training.reasons), rendered in the reader's
    # language; never a sentence stored in the language of whoever proposed.
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    # The person who attends for the enterprise (named on the certificate): personal data,
    # sealed with core.crypto (listed in registry/rekeying.py), masked in lists.
    participant_name_sealed = models.TextField(_("participant name (sealed)"), blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    moved_up_at = models.DateTimeField(
        _("moved up"),
        null=True,
        blank=True,
        help_text=_("When a later assessment reached the next level."),
    )

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        ordering = ["training_class_id", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_class", "enterprise"], name="training_enrollment_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enterprise_id} in {self.training_class_id}: {self.state}"

    @property
    def holds_seat(self) -> bool:
        return self.state in SEAT_STATES

    @property
    def can_be_withdrawn(self) -> bool:
        """The one withdrawal rule of the state machine: an enrollment that is still open
        (proposed, invited, accepted or waitlisted) may be withdrawn; a completed or already
        withdrawn one may not. Who may do it: `training.access.can_withdraw`."""
        return self.state in WITHDRAWABLE_STATES

    @property
    def can_be_accepted(self) -> bool:
        """Invitations and proposals are accepted (a proposal takes a free seat or waits)."""
        return self.state in ACCEPTABLE_STATES

    @property
    def participant_name(self) -> str:
        """The participant's full name (personal data: certificates and the owner only)."""
        from siapekspor.core.crypto import unseal

        return unseal(self.participant_name_sealed) if self.participant_name_sealed else ""

    @property
    def participant_name_masked(self) -> str:
        from siapekspor.core.crypto import mask_name

        return mask_name(self.participant_name)


class ClassSession(models.Model):
    training_class = models.ForeignKey(
        TrainingClass, verbose_name=_("class"), on_delete=models.CASCADE, related_name="sessions"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    date = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["training_class_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_class", "number"], name="training_session_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.topic}"


class Attendance(models.Model):
    session = models.ForeignKey(
        ClassSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendance"
    )
    enrollment = models.ForeignKey(
        Enrollment,
        verbose_name=_("enrollment"),
        on_delete=models.CASCADE,
        related_name="attendance",
    )
    present = models.BooleanField(_("present"), default=False)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrollment"], name="training_attendance_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session_id}/{self.enrollment_id}: {self.present}"


class Signatory(TimeStampedModel):
    """The official who signs the completion certificates: name, title and a signature image
    (PNG or JPEG, stored through core.uploads: `training.signatures.SIGNATURES`). Exactly one
    is active at a time; a certificate keeps the signatory it was issued under."""

    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("For example Head of the Provincial Trade and Industry Office."),
    )
    signature_file = models.CharField(_("signature image"), max_length=64)
    signature_mime = models.CharField(_("image type"), max_length=20)
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["-is_active", "-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"],
                condition=models.Q(is_active=True),
                name="training_signatory_one_active",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.title}"


class Certificate(models.Model):
    """A completion certificate; anyone can check its code on the public verify page."""

    enrollment = models.OneToOneField(
        Enrollment,
        verbose_name=_("enrollment"),
        on_delete=models.CASCADE,
        related_name="certificate",
    )
    code = models.CharField(_("verification code"), max_length=20, unique=True)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory = models.ForeignKey(
        Signatory,
        verbose_name=_("signed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.code


class LearningModule(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    dimension_code = models.SlugField(_("readiness dimension"), max_length=40)
    credit_points = models.PositiveSmallIntegerField(
        _("readiness credit"),
        default=5,
        help_text=_("Points added to the dimension's score when the module is completed."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=400)

    class Meta:
        verbose_name = _("learning module")
        verbose_name_plural = _("learning modules")
        ordering = ["order"]

    def __str__(self) -> str:
        return self.title


class LearningScreen(models.Model):
    """One short screen of a module (read on a phone, one after the other)."""

    module = models.ForeignKey(
        LearningModule, verbose_name=_("module"), on_delete=models.CASCADE, related_name="screens"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("content"))
    is_example = models.BooleanField(
        _("worked example"),
        default=False,
        help_text=_("A worked example from a Lampung product, shown as such."),
    )

    class Meta:
        verbose_name = _("learning screen")
        verbose_name_plural = _("learning screens")
        ordering = ["module_id", "order"]
        constraints = [
            models.UniqueConstraint(fields=["module", "order"], name="training_screen_order_unique")
        ]

    def __str__(self) -> str:
        return self.title


class QuizQuestion(models.Model):
    module = models.ForeignKey(
        LearningModule, verbose_name=_("module"), on_delete=models.CASCADE, related_name="quiz"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.CharField(_("question"), max_length=400)
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown with the answer after the quiz.")
    )

    class Meta:
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")
        ordering = ["module_id", "order"]

    def __str__(self) -> str:
        return self.text


class QuizChoice(models.Model):
    question = models.ForeignKey(
        QuizQuestion, verbose_name=_("question"), on_delete=models.CASCADE, related_name="choices"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.CharField(_("answer"), max_length=300)
    is_correct = models.BooleanField(_("correct"), default=False)

    class Meta:
        verbose_name = _("quiz answer")
        verbose_name_plural = _("quiz answers")
        ordering = ["question_id", "order"]

    def __str__(self) -> str:
        return self.text


class ModuleProgress(models.Model):
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="module_progress",
    )
    module = models.ForeignKey(
        LearningModule, verbose_name=_("module"), on_delete=models.CASCADE, related_name="progress"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    best_score = models.PositiveSmallIntegerField(_("best quiz score (%)"), default=0)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enterprise", "module"], name="training_progress_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enterprise_id}/{self.module_id}"


class MentorPair(TimeStampedModel):
    mentor = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="mentees",
    )
    mentee = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("mentee"),
        on_delete=models.CASCADE,
        related_name="mentors",
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("mentor pairing")
        verbose_name_plural = _("mentor pairings")
        constraints = [
            models.UniqueConstraint(fields=["mentor", "mentee"], name="training_mentor_unique"),
            models.CheckConstraint(
                condition=~models.Q(mentor=models.F("mentee")), name="training_mentor_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor_id} → {self.mentee_id}"


class ClassPost(models.Model):
    training_class = models.ForeignKey(
        TrainingClass, verbose_name=_("class"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("message"), max_length=2000)
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("discussion post")
        verbose_name_plural = _("discussion posts")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.training_class_id}: {self.body[:40]}"
