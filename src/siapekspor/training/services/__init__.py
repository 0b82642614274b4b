"""Every write of the training app, one module per part of the class ladder:

| module        | what it does                                                       |
|---------------|--------------------------------------------------------------------|
| `classes`     | programmes (with their two stages) and classes, capacity           |
| `seats`       | invitations, acceptances, withdrawals, the waitlist (capacity-safe) |
| `completion`  | sessions, attendance, completion criteria, certificates            |
| `signatories` | the official who signs the certificates (name, title, signature)   |
| `proposals`   | which enterprises a class should invite                            |
| `moving_up`   | naik kelas after a re-assessment                                   |
| `learning`    | self-paced modules, quizzes, readiness credit                      |
| `mentoring`   | mentoring pairs and the class discussion                           |

Who may do what lives in `training.access`. Callers import this package
(`from siapekspor.training import services`); the names below are its public interface.
"""

from siapekspor.training.services.classes import (
    class_create,
    class_set_capacity,
    programme_create,
)
from siapekspor.training.services.common import (
    CapacityTooSmall,
    ClassFull,
    InvalidTransition,
    NotCompleted,
)
from siapekspor.training.services.completion import (
    NoSignatory,
    SessionInFuture,
    active_signatory,
    attendance_percent,
    attendance_record,
    certificates_issue,
    meets_completion,
    session_add,
    session_is_held,
)
from siapekspor.training.services.learning import (
    PASS_PERCENT,
    learning_credit,
    modules_load,
    quiz_submit,
)
from siapekspor.training.services.mentoring import mentor_pair, post_create
from siapekspor.training.services.moving_up import on_assessment_submitted
from siapekspor.training.services.proposals import (
    Candidate,
    distance_km,
    exporter_ids,
    propose_candidates,
    propose_into_class,
)
from siapekspor.training.services.seats import (
    clean_participant_name,
    enroll,
    enrollment_accept,
    enrollment_set_participant,
    enrollment_withdraw,
)
from siapekspor.training.services.signatories import signatory_set

__all__ = [
    "PASS_PERCENT",
    "Candidate",
    "CapacityTooSmall",
    "ClassFull",
    "InvalidTransition",
    "NoSignatory",
    "NotCompleted",
    "SessionInFuture",
    "active_signatory",
    "attendance_percent",
    "attendance_record",
    "certificates_issue",
    "class_create",
    "class_set_capacity",
    "clean_participant_name",
    "distance_km",
    "enroll",
    "enrollment_accept",
    "enrollment_set_participant",
    "enrollment_withdraw",
    "exporter_ids",
    "learning_credit",
    "meets_completion",
    "mentor_pair",
    "modules_load",
    "on_assessment_submitted",
    "post_create",
    "programme_create",
    "propose_candidates",
    "propose_into_class",
    "quiz_submit",
    "session_add",
    "session_is_held",
    "signatory_set",
]
