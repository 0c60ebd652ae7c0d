"""The JSON endpoints under ``/api``: each validates its body (pydantic) and hands the work
to a worker process (:mod:`.pool`)."""

from __future__ import annotations

import inspect
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from ikicalc.evaluation.exact import DEFAULT_SCALE
from ikicalc.i18n import _, get_language
from ikicalc.serve.models import (
    CapaianRequest,
    CapaianResponse,
    ErrorResponse,
    EvaluateRequest,
    EvaluateResponse,
    ExplainResponse,
    FormulaRequest,
    KategoriRequest,
    KategoriResponse,
    LintRequest,
    LintResponse,
    ParseResponse,
    ScoreInfo,
    SolveRequest,
    SolveResponse,
    dump,
)
from ikicalc.serve.pool import LANGUAGE_KEY, WorkerPool
from ikicalc.serve.problems import ServeError, problem
from ikicalc.serve.scores import SCORES, Score
from ikicalc.serve.uploads import (
    DATA_SUFFIXES,
    MEDIA_TYPES,
    document_suffixes,
    shown_name,
    suffix_of,
)

__all__ = ["REPORT_FORMATS", "api"]

Json = dict[str, Any]

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The input cannot be read."},
    413: {"model": ErrorResponse, "description": "The request is larger than the limit."},
    422: {"model": ErrorResponse, "description": "Read, but cannot be computed (or too slow)."},
    503: {"model": ErrorResponse, "description": "Every worker is busy."},
}

REPORT_FORMATS = ("json", "csv", "xlsx", "pdf")

api = APIRouter(prefix="/api", responses=ERRORS)


async def run(request: Request, job: str, /, **kwargs: Any) -> Json:
    """Do ``job`` in a worker process, within the limits; waits in a thread, not the loop."""
    pool: WorkerPool = request.app.state.pool
    kwargs[LANGUAGE_KEY] = get_language()  # the worker answers in the request's language
    result: Json = await anyio.to_thread.run_sync(pool.run, job, kwargs)
    return result


@api.post("/parse", response_model=ParseResponse)
async def parse_formula(body: FormulaRequest, request: Request) -> Json:
    """How ikicalc reads a formula: its variables (and where each is written), its canonical
    text, its LaTeX and its expression tree."""
    return await run(request, "parse", formula=body.formula)


@api.post("/explain", response_model=ExplainResponse)
async def explain_formula(body: FormulaRequest, request: Request) -> Json:
    """The reading of ``/api/parse`` and the formula's simplest form (sympy)."""
    return await run(request, "explain", formula=body.formula)


@api.post("/evaluate", response_model=EvaluateResponse)
async def evaluate_formula(body: EvaluateRequest, request: Request) -> Json:
    """Evaluate a formula exactly on data. With ``target`` also capaian (with ``polarity``)
    and its kategori (``kategori`` scale, default skp-2013)."""
    return await run(request, "evaluate", **dump(body))


@api.post("/lint", response_model=LintResponse)
async def lint_text(body: LintRequest, request: Request) -> Json:
    """Check a formula cell: lint codes E001–W109 with their position and suggestion."""
    return await run(request, "lint", text=body.text)


@api.post("/solve", response_model=SolveResponse)
async def solve_formula(body: SolveRequest, request: Request) -> Json:
    """The value ``variable`` needs for the formula to equal ``equals``, the others given."""
    return await run(request, "solve", **dump(body))


@api.post("/capaian", response_model=CapaianResponse)
async def capaian_of(body: CapaianRequest, request: Request) -> Json:
    """Capaian in percent of realisasi against a target or a range, by polarity."""
    return await run(request, "capaian", **dump(body))


@api.post("/kategori", response_model=KategoriResponse)
async def kategori_of(body: KategoriRequest, request: Request) -> Json:
    """The category of a value on a named scale or on a scale as a document writes it."""
    return await run(request, "kategori", **dump(body))


@api.get("/scales")
async def scales(request: Request) -> Json:
    """The names of the built-in scales (for ``kategori``)."""
    return await run(request, "scales")


@api.get("/score", response_model=list[ScoreInfo])
async def score_list() -> list[ScoreInfo]:
    """The official scoring functions offered, each at ``POST /api/score/{name}``."""
    return [
        ScoreInfo(name=name, summary=rule.summary, path=f"/api/score/{name}")
        for name, rule in SCORES.items()
    ]


def _score_endpoint(rule: Score[Any]) -> Any:
    async def endpoint(body: Any, request: Request) -> Json:
        return await run(request, "score", name=rule.name, request=dump(body))

    # FastAPI reads the body model from the signature: give it this rule's model.
    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                "body", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=rule.request
            ),
            inspect.Parameter(
                "request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request
            ),
        ]
    )
    endpoint.__name__ = "score_" + rule.name.replace("-", "_")
    return endpoint


for _rule in SCORES.values():
    api.add_api_route(
        f"/score/{_rule.name}",
        _score_endpoint(_rule),
        methods=["POST"],
        summary=_rule.summary,
        name=f"score-{_rule.name}",
    )


class _InMemoryParser(MultiPartParser):
    """Uploads stay in memory (the body-size limit bounds them) instead of spilling to a
    temporary file of the server process."""

    spool_max_size = 1 << 40


_REPORT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["document", "data"],
                    "properties": {
                        "document": {
                            "type": "string",
                            "format": "binary",
                            "description": "Definition file (YAML); DOCX, XLSX, PDF … when "
                            "import is installed.",
                        },
                        "data": {
                            "type": "string",
                            "format": "binary",
                            "description": "Realisasi data: CSV, XLSX, JSON or YAML.",
                        },
                        "format": {"type": "string", "enum": list(REPORT_FORMATS)},
                        "kategori": {"type": "string", "default": DEFAULT_SCALE},
                    },
                }
            }
        },
    }
}


async def _form(request: Request) -> tuple[dict[str, UploadFile], dict[str, str]]:
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise ServeError(
            problem(400, "invalid_request", _("send multipart/form-data with document and data"))
        )
    parser = _InMemoryParser(request.headers, request.stream(), max_files=2, max_fields=4)
    try:
        form = await parser.parse()
    except MultiPartException as error:
        raise ServeError(problem(400, "invalid_request", error.message)) from None
    files: dict[str, UploadFile] = {}
    fields: dict[str, str] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            files[key] = value
        else:
            fields[key] = value
    return files, fields


@api.get("/report/formats")
async def report_formats() -> dict[str, list[str]]:
    """The files ``/api/report`` takes (document, data) and the formats it writes."""
    return {
        "documents": list(document_suffixes()),
        "data": list(DATA_SUFFIXES),
        "formats": list(REPORT_FORMATS),
    }


@api.post(
    "/report",
    openapi_extra=_REPORT_BODY,
    responses={200: {"content": {t: {} for t in MEDIA_TYPES.values()}}},
)
async def report(request: Request) -> Response:
    """Every indicator of a document evaluated on realisasi data: JSON rows as
    ``ikicalc.build_report`` makes them, or the report as a CSV, XLSX (or PDF) file."""
    files, fields = await _form(request)
    try:
        for part in ("document", "data"):
            if part not in files:
                message = _("the form has no file {part}").format(part=repr(part))
                raise ServeError(problem(400, "invalid_request", message))
        output_format = fields.get("format", "json").strip().lower() or "json"
        if output_format not in REPORT_FORMATS:
            raise ServeError(
                problem(
                    400,
                    "invalid_request",
                    _("format {format}: use {formats}").format(
                        format=repr(output_format), formats=", ".join(REPORT_FORMATS)
                    ),
                )
            )
        document_name = shown_name(files["document"].filename, "document.yaml")
        data_name = shown_name(files["data"].filename, "data.csv")
        suffix_of(document_name, document_suffixes(), "document")
        suffix_of(data_name, DATA_SUFFIXES, "data")
        document = await files["document"].read()
        data = await files["data"].read()
    finally:
        for upload in files.values():
            await upload.close()
    answer = await run(
        request,
        "report",
        document=document,
        document_name=document_name,
        data=data,
        data_name=data_name,
        output_format=output_format,
        kategori=fields.get("kategori", DEFAULT_SCALE),
    )
    if "json" in answer:
        return JSONResponse(answer["json"])
    base = document_name.rsplit(".", 1)[0]
    stem = "laporan-" + "".join(c for c in base if c.isascii() and (c.isalnum() or c in "-_"))
    return Response(
        answer["file"],
        media_type=answer["media_type"],
        headers={"Content-Disposition": f'attachment; filename="{stem[:80]}.{output_format}"'},
    )
