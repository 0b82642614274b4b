"""Scoring and level placement: pure functions over a questionnaire loaded once into memory.

A dimension's score is the weighted mean of its questions' answer scores (0–100; unanswered
counts 0) plus the learning credit of completed modules for that dimension (capped at 100).
The overall score is the weighted mean of the dimensions. A level is reached when its gate is
met: minimum overall score, minimum in every dimension, and the required answers complete
(learning credit never replaces a required answer). Placement is cumulative.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from siapekspor.readiness.models import LEVEL_ORDER, Level, LevelGate, Questionnaire


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    code: str
    dimension: str
    weight: int
    next_step_kind: str
    next_step_ref: str


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
    # Precomputed for speed: option id → (dimension, weight × score, question code, score).
    option_info: dict[int, tuple[str, int, str, int]] = field(default_factory=dict)
    dimension_totals: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        for oid, qid in self.option_question.items():
            q = self.questions[qid]
            s = self.option_scores[oid]
            self.option_info[oid] = (q.dimension, q.weight * s, q.code, s)
        for q in self.questions.values():
            self.dimension_totals[q.dimension] = (
                self.dimension_totals.get(q.dimension, 0) + q.weight
            )


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


def load_structure(questionnaire: Questionnaire) -> Structure:
    """Everything scoring needs, in four queries."""
    from siapekspor.readiness.models import Dimension, Option, Question

    dims = list(
        Dimension.objects.filter(questionnaire=questionnaire)
        .order_by("order")
        .values_list("id", "code", "weight")
    )
    dim_code = {pk: code for pk, code, _w in dims}
    questions = {}
    for pk, code, dim_id, weight, kind, ref in Question.objects.filter(
        dimension__questionnaire=questionnaire
    ).values_list("id", "code", "dimension_id", "weight", "next_step_kind", "next_step_ref"):
        questions[pk] = QuestionInfo(pk, code, dim_code[dim_id], weight, kind, ref)
    option_scores, option_question = {}, {}
    for pk, qid, score in Option.objects.filter(question_id__in=questions).values_list(
        "id", "question_id", "score"
    ):
        option_scores[pk] = score
        option_question[pk] = qid
    gates = {
        g.level: Gate(g.level, g.min_overall, g.min_per_dimension, tuple(g.required_questions))
        for g in LevelGate.objects.filter(questionnaire=questionnaire)
    }
    return Structure(
        questionnaire.pk,
        [(c, w) for _pk, c, w in dims],
        questions,
        option_scores,
        option_question,
        gates,
        {q.code: q for q in questions.values()},
    )


def check_gate(
    structure: Structure,
    gate: Gate,
    dimension_scores: dict[str, float],
    overall: float,
    question_scores: dict[str, int],
) -> GateCheck:
    weak = [
        code
        for code, _w in structure.dimensions
        if dimension_scores.get(code, 0) < gate.min_per_dimension
    ]
    missing = [code for code in gate.required_questions if question_scores.get(code, 0) < 100]
    short = max(0.0, gate.min_overall - overall)
    return GateCheck(
        gate.level, not weak and not missing and short == 0, round(short, 1), weak, missing
    )


def score(structure: Structure, option_ids, bonus: dict[str, float] | None = None) -> Result:
    """Score one assessment from the chosen option ids (one per question)."""
    bonus = bonus or {}
    sums: dict[str, float] = {}
    question_scores: dict[str, int] = {}
    info = structure.option_info
    for oid in option_ids:
        hit = info.get(oid)
        if hit is None:
            continue
        dim, weighted, qcode, s = hit
        question_scores[qcode] = s
        sums[dim] = sums.get(dim, 0.0) + weighted
    totals = structure.dimension_totals
    dimension_scores = {}
    for code, _w in structure.dimensions:
        base = sums.get(code, 0.0) / totals[code] if totals.get(code) else 0.0
        extra = bonus.get(code) if bonus else None
        dimension_scores[code] = (
            round(min(100.0, base + float(extra)), 1) if extra else round(base, 1)
        )
    weight_sum = sum(w for _c, w in structure.dimensions) or 1
    overall = round(sum(dimension_scores[c] * w for c, w in structure.dimensions) / weight_sum, 1)
    level, next_gate = Level.PEMULA.value, None
    for candidate in LEVEL_ORDER[1:]:
        gate = structure.gates.get(candidate)
        if gate is None:
            break
        check = check_gate(structure, gate, dimension_scores, overall, question_scores)
        if not check.met:
            next_gate = check
            break
        level = candidate.value if hasattr(candidate, "value") else candidate
    return Result(dimension_scores, overall, level, next_gate, question_scores)


def gaps(structure: Structure, result: Result, limit: int = 8) -> list[QuestionInfo]:
    """Questions below a full score, most useful first: the next gate's required answers,
    then by dimension weight × question weight × shortfall."""
    required = set(result.next_gate.missing_answers) if result.next_gate else set()
    dim_weight = dict(structure.dimensions)
    rows = []
    for q in structure.questions.values():
        s = result.question_scores.get(q.code, 0)
        if s >= 100:
            continue
        rows.append(
            (
                0 if q.code in required else 1,
                -(dim_weight.get(q.dimension, 1) * q.weight * (100 - s)),
                q.id,
                q,
            )
        )
    rows.sort(key=lambda r: r[:3])
    return [r[3] for r in rows[:limit]]
