"""Pages of the class ladder: classes, proposals, enrollment, attendance, certificates,
modules, mentoring and the programme figures."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.core import uploads
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.pagination import IdFirstPaginator
from siapekspor.readiness.models import Level
from siapekspor.registry.access import get_enterprise_for_user
from siapekspor.training import access, certificates, selectors, services
from siapekspor.training.forms import (
    ClassForm,
    PostForm,
    ProposeForm,
    SessionForm,
    SignatoryForm,
)
from siapekspor.training.models import SEAT_STATES, Certificate, EnrollmentState
from siapekspor.training.signatures import MAX_SIGNATURE_BYTES

SIGNATURE_MB = round(MAX_SIGNATURE_BYTES / 1e6, 1)


def _officer(user) -> None:
    if not access.is_officer(user):
        raise PermissionDenied


@login_required
def home(request):
    level = request.GET.get("level", "")
    level = level if level in Level.values else ""
    qs = selectors.class_list(request.user, level=level)
    page = IdFirstPaginator(qs, 25).get_page(request.GET.get("page"))
    enrollments = selectors.owner_enrollments(request.user) if access.is_owner(request.user) else []
    openable = access.openable_class_ids(
        request.user, [c.pk for c in page] + [e.training_class_id for e in enrollments]
    )
    for c in page:
        c.can_open = c.pk in openable
    for e in enrollments:
        _flag_enrollment(request.user, e)
        e.can_open = e.training_class_id in openable
    return render(
        request,
        "training/home.html",
        {
            "page": page,
            "level": level,
            "levels": Level.choices,
            "is_officer": access.is_officer(request.user),
            "is_owner": access.is_owner(request.user),
            "can_manage_signatories": access.can_manage_signatories(request.user),
            "enrollments": enrollments,
        },
    )


def _flag_enrollment(user, enrollment) -> None:
    """What the user may do with an enrollment, for the template (rules: training.access)."""
    enrollment.can_withdraw = access.can_withdraw(user, enrollment)
    enrollment.can_accept = access.can_accept(user, enrollment)
    enrollment.can_set_participant = access.can_set_participant(user, enrollment)


@login_required
def class_create(request):
    _officer(request.user)
    form = ClassForm(
        request.POST or None,
        user=request.user,
        initial={"capacity": settings.CLASS_CAPACITY_DEFAULT},
    )
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        try:
            cls = services.class_create(
                actor=request.user,
                stage=c["stage"],
                level=c["level"],
                name=c["name"],
                regency_id=c["regency"].code,
                capacity=c["capacity"],
                venue=c["venue"],
                schedule=c["schedule"],
                starts_on=c["starts_on"],
                facilitator_name=c["facilitator_name"],
                sector=c["sector"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The class was created."))
            return redirect("training:class-detail", pk=cls.pk)
    return render(request, "training/class_form.html", {"form": form})


@login_required
def class_detail(request, pk: int):
    cls = access.get_class_for_user(request.user, pk, roster=True)
    manage = access.can_manage_class(request.user, cls)
    roster = selectors.roster(cls)
    if access.is_owner(request.user):
        roster = [
            e
            for e in roster
            if e.state in SEAT_STATES or e.enterprise_id == request.user.enterprise_id
        ]
    for e in roster:
        e.training_class = cls
        _flag_enrollment(request.user, e)
    sessions = list(cls.sessions.all())
    for s in sessions:
        s.to_come = not services.session_is_held(s)
    return render(
        request,
        "training/class_detail.html",
        {
            "cls": cls,
            "roster": roster,
            "manage": manage,
            "sessions": sessions,
            "posts": list(cls.posts.select_related("author__regency", "author__enterprise")),
            "can_post": access.can_post(request.user, cls),
            "session_form": SessionForm(),
            "post_form": PostForm(),
            "figures": selectors.programme_conversion(training_class=cls),
            "my_enterprise": getattr(request.user, "enterprise_id", None),
        },
    )


def _act(request, fn, **kwargs):
    try:
        fn(actor=request.user, **kwargs)
    except DomainError as exc:
        messages.error(request, exc.message)
        return False
    return True


@login_required
@require_POST
def class_propose(request, pk: int):
    cls = access.get_class_for_user(request.user, pk, manage=True)
    try:
        n = services.propose_into_class(actor=request.user, training_class=cls)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("%(n)s candidates proposed.") % {"n": n})
    return redirect("training:class-detail", pk=cls.pk)


@login_required
@require_POST
def class_invite(request, pk: int):
    """Invite the selected proposed or waitlisted enterprises (seats permitting)."""
    cls = access.get_class_for_user(request.user, pk, manage=True)
    ids = [int(i) for i in request.POST.getlist("enrollment") if i.isdigit()]
    invited = waitlisted = 0
    for enrollment in cls.enrollments.filter(pk__in=ids, state=EnrollmentState.PROPOSED):
        try:
            e = services.enroll(
                actor=request.user,
                training_class=cls,
                enterprise=enrollment.enterprise,
                state=EnrollmentState.INVITED,
            )
        except DomainError as exc:
            messages.error(request, exc.message)
            break
        invited += e.state == EnrollmentState.INVITED
        waitlisted += e.state == EnrollmentState.WAITLISTED
    messages.success(
        request, _("Invited: %(i)s, waitlisted: %(w)s.") % {"i": invited, "w": waitlisted}
    )
    return redirect("training:class-detail", pk=cls.pk)


@login_required
@require_POST
def enrollment_action(request, pk: int, action: str):
    enrollment = access.get_enrollment_for_user(request.user, pk)
    fn = {"accept": services.enrollment_accept, "withdraw": services.enrollment_withdraw}.get(
        action
    )
    if fn is None:
        raise Http404
    if _act(request, fn, enrollment=enrollment):
        messages.success(request, _("Saved."))
    return _back(request, enrollment)


def _back(request, enrollment):
    if access.is_owner(request.user):
        return redirect("training:home")
    return redirect("training:class-detail", pk=enrollment.training_class_id)


@login_required
@require_POST
def enrollment_participant(request, pk: int):
    """Enter the name of the person who attends for the enterprise (named on the
    certificate)."""
    enrollment = access.get_enrollment_for_user(request.user, pk)
    if _act(
        request,
        services.enrollment_set_participant,
        enrollment=enrollment,
        name=request.POST.get("participant_name", "")[:1000],
    ):
        messages.success(request, _("The participant's name was saved."))
    return _back(request, enrollment)


@login_required
@require_POST
def session_create(request, pk: int):
    cls = access.get_class_for_user(request.user, pk, manage=True)
    form = SessionForm(request.POST)
    if form.is_valid():
        if _act(request, services.session_add, training_class=cls, **form.cleaned_data):
            messages.success(request, _("The session was added."))
    else:
        messages.error(request, _("Give the session a date and a topic."))
    return redirect("training:class-detail", pk=cls.pk)


@login_required
def attendance(request, pk: int):
    session = access.get_session_for_user(request.user, pk)
    cls = session.training_class
    if request.method == "POST" and _act(
        request,
        services.attendance_record,
        session=session,
        present_enrollment_ids=[i for i in request.POST.getlist("present") if i.isdigit()],
    ):
        messages.success(request, _("Attendance saved."))
        return redirect("training:class-detail", pk=cls.pk)
    held = services.session_is_held(session)
    present = set(session.attendance.filter(present=True).values_list("enrollment_id", flat=True))
    rows = [
        (e, e.pk in present)
        for e in cls.enrollments.filter(state__in=SEAT_STATES)
        .select_related("enterprise")
        .order_by("enterprise__name")
    ]
    return render(
        request,
        "training/attendance.html",
        {"session": session, "cls": cls, "rows": rows, "held": held},
    )


@login_required
@require_POST
def certificates_issue(request, pk: int):
    cls = access.get_class_for_user(request.user, pk, manage=True)
    try:
        issued = services.certificates_issue(actor=request.user, training_class=cls)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("%(n)s certificates issued.") % {"n": len(issued)})
        waiting = selectors.awaiting_participant_name(cls)
        if waiting:
            messages.warning(
                request,
                _(
                    "%(n)s participants meet the criteria but have no participant name yet: "
                    "enter the names in the list, then issue again."
                )
                % {"n": len(waiting)},
            )
    return redirect("training:class-detail", pk=cls.pk)


@login_required
def certificate_pdf(request, code: str):
    try:
        cert = Certificate.objects.select_related(
            "enrollment__enterprise",
            "enrollment__training_class__regency",
            "enrollment__training_class__stage__programme",
            "signatory",
        ).get(code=code)
    except Certificate.DoesNotExist as exc:
        raise Http404 from exc
    enrollment = cert.enrollment
    if not access.can_open_certificate(request.user, enrollment):
        raise Http404
    lang = certificates.language_of(request.GET.get("lang") or translation.get_language())
    pdf = certificates.render_pdf(
        cert, lang=lang, verify_url=request.build_absolute_uri(certificates.verify_path(cert.code))
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="sertifikat-{cert.code}-{lang}.pdf"'
    return response


def verify(request):
    """Public: anyone can check a certificate code (shows no personal data)."""
    code = (request.GET.get("code") or "").strip().upper()[:20]
    cert = None
    if code:
        cert = (
            Certificate.objects.select_related(
                "enrollment__enterprise", "enrollment__training_class__stage__programme"
            )
            .filter(code=code)
            .first()
        )
    return render(request, "training/verify.html", {"code": code, "cert": cert})


@login_required
def signatories(request):
    """The official who signs the certificates: the current one, earlier ones, and a form to
    set a new one (name, title, signature image)."""
    if not access.can_manage_signatories(request.user):
        raise PermissionDenied
    form = SignatoryForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.signatory_set(
                actor=request.user,
                name=form.cleaned_data["name"],
                title=form.cleaned_data["title"],
                signature=form.cleaned_data["signature"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The certificate signatory was saved."))
            return redirect("training:signatories")
    return render(
        request,
        "training/signatories.html",
        {"form": form, "signatories": selectors.signatories(), "max_mb": SIGNATURE_MB},
    )


@login_required
def signature_image(request, pk: int):
    """A signatory's signature image (for the signatories page), after the access check."""
    from siapekspor.training.signatures import SIGNATURES

    permitted = access.can_manage_signatories(request.user)
    if not permitted:
        raise PermissionDenied
    signatory = selectors.signatory(pk)
    return uploads.file_response(
        signatory.signature_file,
        area=SIGNATURES,
        permitted=permitted,
        download_name=f"signature-{signatory.pk}.{signatory.signature_file.rsplit('.', 1)[-1]}",
        mime=signatory.signature_mime,
    )


@login_required
@require_POST
def post_create(request, pk: int):
    cls = access.get_class_for_user(request.user, pk, roster=True)
    form = PostForm(request.POST)
    if form.is_valid():
        _act(request, services.post_create, training_class=cls, body=form.cleaned_data["body"])
    else:
        messages.error(request, _("Write a message first."))
    return redirect("training:class-detail", pk=cls.pk)


@login_required
def propose(request):
    _officer(request.user)
    form = ProposeForm(request.GET or None, initial={"size": settings.CLASS_CAPACITY_DEFAULT})
    lock = access.regency_lock(request.user)
    if lock:
        form.fields["regency"].queryset = form.fields["regency"].queryset.filter(code=lock)
    candidates = None
    if request.GET and form.is_valid():
        c = form.cleaned_data
        candidates = services.propose_candidates(
            user=request.user,
            level=c["level"],
            regency_id=c["regency"].code,
            size=c["size"],
            sector=c["sector"],
        )
    return render(request, "training/propose.html", {"form": form, "candidates": candidates})


@login_required
def modules(request):
    return render(
        request,
        "training/modules.html",
        {"modules": selectors.modules_with_progress(access.own_enterprise_id(request.user))},
    )


def _screen_number(raw: str | None, total: int) -> int:
    """The screen asked for (1-based), kept within the module; anything else is screen 1."""
    return min(max(int(raw), 1), total) if raw and raw.isdigit() and total else 1


@login_required
def module_detail(request, code: str):
    """A module read as short screens (`?screen=N`), then its quiz (`?screen=quiz`); grading
    shows each question's right answer and explanation."""
    module = access.get_module(code)
    is_owner = access.own_enterprise_id(request.user) is not None
    screens = list(module.screens.all())
    raw = request.GET.get("screen")
    show_quiz = request.method == "POST" or raw == "quiz" or not screens
    result = feedback = None
    if request.method == "POST":
        if not is_owner:
            raise PermissionDenied
        answers = {}
        for q in module.quiz.all():
            value = request.POST.get(f"q{q.pk}", "")
            if value.isdigit():
                answers[q.pk] = int(value)
        enterprise = get_enterprise_for_user(request.user, request.user.enterprise_id)
        try:
            result = services.quiz_submit(
                actor=request.user, enterprise=enterprise, module=module, answers=answers
            )
            feedback = selectors.quiz_feedback(module, answers)
        except DomainError as exc:
            messages.error(request, exc.message)
    progress = None
    if is_owner:
        progress = module.progress.filter(enterprise_id=request.user.enterprise_id).first()
    number = _screen_number(raw, len(screens))
    context = {
        "module": module,
        "screens": screens,
        "show_quiz": show_quiz,
        "progress": progress,
        "result": result,
        "feedback": feedback,
        "right_count": sum(1 for f in feedback or () if f.is_right),
        "is_owner": is_owner,
        "pass_percent": services.PASS_PERCENT,
    }
    if show_quiz:
        context["quiz"] = module.quiz.prefetch_related("choices")
    else:
        context.update(
            screen=screens[number - 1],
            number=number,
            previous=number - 1 if number > 1 else None,
            next=number + 1 if number < len(screens) else None,
        )
    return render(request, "training/module_detail.html", context)


@login_required
def mentors(request):
    _officer(request.user)
    mentee, candidates = None, []
    pk = request.POST.get("mentee") or request.GET.get("enterprise")
    if pk and str(pk).isdigit():
        mentee = get_enterprise_for_user(request.user, int(pk))
        candidates = selectors.mentor_candidates(mentee)
    if request.method == "POST" and mentee is not None:
        mentor_id = request.POST.get("mentor", "")
        mentor = next(
            (c["enterprise"] for c in candidates if str(c["enterprise"].pk) == mentor_id), None
        )
        if mentor is None:
            messages.error(request, _("Choose a mentor from the list."))
        elif _act(
            request,
            services.mentor_pair,
            mentor=mentor,
            mentee=mentee,
            reason=request.POST.get("reason", "")[:300],
        ):
            messages.success(request, _("The mentor pairing was saved."))
            return redirect(f"{request.path}?enterprise={mentee.pk}")
    pairs = []
    if mentee is not None:
        pairs = list(mentee.mentors.select_related("mentor"))
    return render(
        request,
        "training/mentors.html",
        {"mentee": mentee, "candidates": candidates, "pairs": pairs},
    )


@login_required
def figures(request):
    if not access.can_see_figures(request.user):
        raise PermissionDenied
    return render(
        request,
        "training/figures.html",
        {"rows": selectors.programme_figures(), "total": selectors.programme_conversion()},
    )
