"""The API's one error shape, documented on every operation and produced by api.api's handlers.

`{"error": {"code": "...", "message": "...", "details": [{"field": "...", "message": "..."}]}}`
with the message in the request's language. Each operation declares its responses as
`response={200: ItsOut, **ERRORS}`; `error_body()` builds what the handlers send, through the
same schema, so the documented shape is the real one.
"""

from collections.abc import Iterable
from typing import Any

from ninja import Field, Schema


class ErrorDetail(Schema):
    field: str | None = Field(
        ..., description="The input field (dotted path for nested ones); empty for the request"
    )
    message: str


class ErrorBody(Schema):
    code: str = Field(..., description="Stable machine-readable code, e.g. validation_error")
    message: str = Field(..., description="A sentence for the user, in the request's language")
    details: list[ErrorDetail]


class ErrorOut(Schema):
    error: ErrorBody


# Every operation may answer with these (authentication, permission, rate limit, validation,
# not found, conflict), always in the ErrorOut shape.
ERROR_STATUSES = (400, 401, 403, 404, 409, 422, 429)
ERRORS: dict[int, Any] = dict.fromkeys(ERROR_STATUSES, ErrorOut)


def error_body(code: str, message: object, details: Iterable[tuple[Any, Any]] = ()) -> dict:
    """The JSON body of an error response, validated by ErrorOut."""
    out = ErrorOut(
        error=ErrorBody(
            code=code,
            message=str(message),
            details=[
                ErrorDetail(field=None if f is None else str(f), message=str(m)) for f, m in details
            ],
        )
    )
    return out.model_dump()
