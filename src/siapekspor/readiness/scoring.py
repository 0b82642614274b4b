"""Scoring and level placement: pure functions over a questionnaire loaded once into memory.

A dimension's score is the weighted mean of the scores (0–100) of its questions that count,
plus the learning credit of completed modules for that dimension (capped at 100). A question
counts unless

- it is the branch question (its answer chooses the product type and is not scored),
- it is not asked for the assessment's product type (`Question.applies_to`), or
- it was answered with a "not applicable" option (`Option.not_applicable`):

such a question leaves the denominator. An unanswered question that counts scores 0. A
question marked `export_credit` scores 100 when the enterprise has a verified export (direct
or indirect) in the 12 months before the assessment. A dimension with no question that counts
is not scored; a dimension that is informative for the product type (`Dimension.ungated_for`,
e.g. digital presence for a commodity supplier) is scored and shown but left out of the
overall score and of the minimum per dimension.

The overall score is the weighted mean of the dimensions that count. A level is reached when
its gate is met: minimum overall score, minimum in every dimension that counts, and the
required answers complete (a full score, or "not applicable"/not asked; learning credit never
replaces a required answer). Placement is cumulative. When the questionnaire has an export
floor (version 2: menengah), a verified exporter is placed at least at that level; the level
above it still needs every gate up to it (the floor waives no requirement of a higher level).

Version 1 has none of these flags, so its assessments score exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from siapekspor.readiness.models import LEVEL_ORDER, Level, LevelGate, Questionnaire, level_rank


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    code: str
    dimension: str
    weight: int
    next_step_kind: str
    next_step_ref: str
    applies_to: tuple[str, ...] = ()
    is_branch: bool = False
    export_credit: bool = False

    def applies(self, product_type: str) -> bool:
        """Whether the question is asked for this product type."""
        return not self.is_branch and (not self.applies_to or product_type in self.applies_to)


@dataclass(frozen=True)
class Gate:
    level: str
    min_overall: int
    min_per_dimension: int
    required_questions: tuple[str, ...]


@dataclass
class Structure:
    questionnaire_id: int
    dimensions: list[tuple[str, int]]  # (code, weight) in order
    questions: dict[int, QuestionInfo]
    option_scores: dict[int, int]
    option_question: dict[int, int]
    gates: dict[str, Gate]
    question_by_code: dict[str, QuestionInfo] = field(default_factory=dict)
    option_code: dict[int, str] = field(default_factory=dict)
    not_applicable: frozenset[int] = frozenset()  # option ids
    ungated: dict[str, tuple[str, ...]] = field(default_factory=dict)  # dimension → types
    export_floor: str = ""
    version: int = 1
    branch_question: int | None = None
    # Precomputed for speed (95,000 assessments in one rescore): per scored question
    # (id, code, dimension, weight, product types or empty, export credit).
    rows: list[tuple[int, str, str, int, frozenset[str], bool]] = field(default_factory=list)
    dimension_codes: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.branch_question = next((q.id for q in self.questions.values() if q.is_branch), None)
        self.dimension_codes = [c for c, _w in self.dimensions]
        self.rows = [
            (q.id, q.code, q.dimension, q.weight, frozenset(q.applies_to), q.export_credit)
            for q in self.questions.values()
            if not q.is_branch
        ]

    def product_types(self) -> list[str]:
        """The product types the branch question offers (empty without a branch)."""
        if self.branch_question is None:
            return []
        return [
            c
            for o, c in self.option_code.items()
            if self.option_question[o] == self.branch_question
        ]


@dataclass
class GateCheck:
    level: str
    met: bool
    overall_short: float  # points missing overall (0 when met)
    weak_dimensions: list[str]  # dimension codes below the minimum
    missing_answers: list[str]  # question codes without a full score


@dataclass
class Result:
    dimension_scores: dict[str, float]
    overall: float
    level: str
    next_gate: GateCheck | None
    question_scores: dict[str, int]
    product_type: str = ""
    not_applicable: list[str] = field(default_factory=list)  # question codes answered N/A
    informative: list[str] = field(default_factory=list)  # dimensions shown, not counted
    floor_applied: bool = False  # the level was raised by the export floor
    counted: list[str] = field(default_factory=list)  # dimensions in the overall and gates


def load_structure(questionnaire: Questionnaire) -> Structure:
    """Everything scoring needs, in four queries."""
    from siapekspor.readiness.models import Dimension, Option, Question

    dims = list(
        Dimension.objects.filter(questionnaire=questionnaire)
        .order_by("order")
        .values_list("id", "code", "weight", "ungated_for")
    )
    dim_code = {pk: code for pk, code, _w, _u in dims}
    questions = {}
    for pk, code, dim_id, weight, kind, ref, applies, branch, credit in (
        Question.objects.filter(dimension__questionnaire=questionnaire)
        .order_by("dimension__order", "order")
        .values_list(
            "id",
            "code",
            "dimension_id",
            "weight",
            "next_step_kind",
            "next_step_ref",
            "applies_to",
            "is_branch",
            "export_credit",
        )
    ):
        questions[pk] = QuestionInfo(
            pk, code, dim_code[dim_id], weight, kind, ref, tuple(applies or ()), branch, credit
        )
    option_scores, option_question, option_code, not_applicable = {}, {}, {}, set()
    for pk, qid, points, ocode, na in Option.objects.filter(question_id__in=questions).values_list(
        "id", "question_id", "score", "code", "not_applicable"
    ):
        option_scores[pk] = points
        option_question[pk] = qid
        option_code[pk] = ocode
        if na:
            not_applicable.add(pk)
    gates = {
        g.level: Gate(g.level, g.min_overall, g.min_per_dimension, tuple(g.required_questions))
        for g in LevelGate.objects.filter(questionnaire=questionnaire)
    }
    return Structure(
        questionnaire.pk,
        [(c, w) for _pk, c, w, _u in dims],
        questions,
        option_scores,
        option_question,
        gates,
        {q.code: q for q in questions.values()},
        option_code,
        frozenset(not_applicable),
        {c: tuple(u or ()) for _pk, c, _w, u in dims if u},
        questionnaire.export_floor or "",
        questionnaire.version,
    )


def check_gate(
    structure: Structure,
    gate: Gate,
    dimension_scores: dict[str, float],
    overall: float,
    question_scores: dict[str, int],
    *,
    counted: Iterable[str] | None = None,
    excused: Iterable[str] = (),
) -> GateCheck:
    """Whether the scores meet one gate; `counted` are the dimensions held to the minimum
    (default: all), `excused` the required questions answered "not applicable" or not asked."""
    dims = list(counted) if counted is not None else [c for c, _w in structure.dimensions]
    weak = [code for code in dims if dimension_scores.get(code, 0) < gate.min_per_dimension]
    skip = set(excused)
    missing = [
        code
        for code in gate.required_questions
        if code not in skip and question_scores.get(code, 0) < 100
    ]
    short = max(0.0, gate.min_overall - overall)
    return GateCheck(
        gate.level, not weak and not missing and short == 0, round(short, 1), weak, missing
    )


def _merge(level: str, checks: list[GateCheck]) -> GateCheck:
    """One check for `level` from the checks of every gate up to it (cumulative placement)."""
    weak: list[str] = []
    missing: list[str] = []
    for c in checks:
        weak += [d for d in c.weak_dimensions if d not in weak]
        missing += [q for q in c.missing_answers if q not in missing]
    short = max((c.overall_short for c in checks), default=0.0)
    return GateCheck(level, all(c.met for c in checks), short, weak, missing)


def product_type_of(structure: Structure, option_ids: Iterable[int]) -> str:
    """The product type chosen by the branch question's answer ("" without one)."""
    if structure.branch_question is None:
        return ""
    for oid in option_ids:
        if structure.option_question.get(oid) == structure.branch_question:
            return structure.option_code[oid]
    return ""


def score(
    structure: Structure,
    option_ids,
    bonus: dict[str, float] | None = None,
    *,
    exported: bool = False,
) -> Result:
    """Score one assessment from the chosen option ids (one per question); `exported`: a
    verified export (direct or indirect) in the 12 months before the assessment."""
    bonus = bonus or {}
    option_question = structure.option_question
    chosen = {option_question[o]: o for o in option_ids if o in option_question}
    product_type = ""
    branch = structure.branch_question
    if branch is not None and branch in chosen:
        product_type = structure.option_code[chosen[branch]]
    sums: dict[str, float] = dict.fromkeys(structure.dimension_codes, 0.0)
    totals: dict[str, int] = dict.fromkeys(structure.dimension_codes, 0)
    question_scores: dict[str, int] = {}
    not_applicable: list[str] = []
    excused: list[str] = []
    option_scores, na_options = structure.option_scores, structure.not_applicable
    for qid, code, dim, weight, applies_to, credit in structure.rows:
        if applies_to and product_type not in applies_to:
            excused.append(code)  # not asked for this product type
            continue
        oid = chosen.get(qid)
        if oid is None:
            points = 100 if exported and credit else 0
            if points:
                question_scores[code] = points
        elif oid in na_options:
            not_applicable.append(code)
            excused.append(code)
            continue
        else:
            points = 100 if exported and credit else option_scores[oid]
            question_scores[code] = points
        sums[dim] += weight * points
        totals[dim] += weight
    dimension_scores: dict[str, float] = {}
    counted, informative = [], []
    for code in structure.dimension_codes:
        if not totals[code]:
            continue  # no question of this dimension counts: not scored
        base = sums[code] / totals[code]
        extra = bonus.get(code) if bonus else None
        dimension_scores[code] = (
            round(min(100.0, base + float(extra)), 1) if extra else round(base, 1)
        )
        if product_type and product_type in structure.ungated.get(code, ()):
            informative.append(code)
        else:
            counted.append(code)
    weights = dict(structure.dimensions)
    weight_sum = sum(weights[c] for c in counted) or 1
    overall = round(sum(dimension_scores[c] * weights[c] for c in counted) / weight_sum, 1)

    def check(candidate: str) -> GateCheck:
        return check_gate(
            structure,
            structure.gates[candidate],
            dimension_scores,
            overall,
            question_scores,
            counted=counted,
            excused=excused,
        )

    level, next_gate = str(Level.PEMULA), None
    for candidate in LEVEL_ORDER[1:]:
        if candidate not in structure.gates:
            break
        checked = check(candidate)
        if not checked.met:
            next_gate = checked
            break
        level = str(candidate)
    floor = structure.export_floor if exported else ""
    floor_applied = bool(floor) and level_rank(floor) > level_rank(level)
    if floor_applied:
        # The floor lifts the level; the level above it still needs every gate up to it.
        below, level = level, floor
        rank = level_rank(level)
        above = LEVEL_ORDER[rank + 1] if rank + 1 < len(LEVEL_ORDER) else None
        next_gate = None
        if above is not None and above in structure.gates:
            steps = LEVEL_ORDER[level_rank(below) + 1 : rank + 2]
            next_gate = _merge(str(above), [check(c) for c in steps if c in structure.gates])
    return Result(
        dimension_scores,
        overall,
        level,
        next_gate,
        question_scores,
        product_type,
        not_applicable,
        informative,
        floor_applied,
        counted,
    )


def gaps(structure: Structure, result: Result, limit: int = 8) -> list[QuestionInfo]:
    """Questions below a full score that count, most useful first: the next gate's required
    answers, then by dimension weight × question weight × shortfall; questions of an
    informative dimension come last. Questions not asked or answered "not applicable" are
    no gaps."""
    required = set(result.next_gate.missing_answers) if result.next_gate else set()
    dim_weight = dict(structure.dimensions)
    skip = set(result.not_applicable)
    informative = set(result.informative)
    rows = []
    for q in structure.questions.values():
        if not q.applies(result.product_type) or q.code in skip:
            continue
        s = result.question_scores.get(q.code, 0)
        if s >= 100:
            continue
        group = 0 if q.code in required else (2 if q.dimension in informative else 1)
        rows.append(
            (
                group,
                -(dim_weight.get(q.dimension, 1) * q.weight * (100 - s)),
                q.id,
                q,
            )
        )
    rows.sort(key=lambda r: r[:3])
    return [r[3] for r in rows[:limit]]
