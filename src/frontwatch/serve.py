"""`frontwatch serve`: a JSON API over the store, the live briefing, and ingest by POST.

Reads are answered from an in-memory snapshot of the store (documents and the
fused picture). ``POST /documents`` runs the pipeline's stages (ingest, clean,
extract, store, fuse) in a worker thread, one ingest at a time, and swaps in a
new snapshot when it is done, so reads keep being answered during an ingest.

Writing needs ``Authorization: Bearer TOKEN`` (compared in constant time);
with no token configured writing is disabled. Every error has one JSON shape:
``{"error": {"code", "message", "hint"}}``, never a traceback.
"""
from __future__ import annotations

import hmac
import json
import logging
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .errors import FrontwatchError, StoreError, problem_lines
from .records import Document, Evidence, Picture
from .resolve import Resolver
from .settings import Settings

log = logging.getLogger("frontwatch.serve")

DATE = r"^\d{4}-\d{2}-\d{2}$"
MAX_PAGE = 1000
STATUS_CODES = {400: "FW620", 401: "FW601", 403: "FW603", 404: "FW604", 405: "FW605", 413: "FW613",
                415: "FW615", 422: "FW622", 500: "FW650", 503: "FW653"}


class ApiError(FrontwatchError):
    """An error the API returns as-is, with its HTTP status."""

    def __init__(self, status: int, message: str, hint: str = "", headers: dict | None = None):
        super().__init__(message, hint, STATUS_CODES.get(status, "FW600"))
        self.status = status
        self.headers = headers or {}


# --- the snapshot that reads are answered from ------------------------------------------------

@dataclass
class Snapshot:
    documents: dict[str, Document]
    picture: Picture
    version: int
    _brief: str | None = field(default=None, repr=False)

    def brief(self) -> str:
        if self._brief is None:
            from .report import render_brief

            self._brief = render_brief(list(self.documents.values()), self.picture)
        return self._brief


class SnapshotHolder:
    """The current snapshot; replaced whole after each ingest, never changed in place."""

    def __init__(self, db_url: str):
        self.db_url = db_url
        self._lock = threading.Lock()
        self._snapshot = self._load(0)

    def _load(self, version: int) -> Snapshot:
        from .store import open_store

        with open_store(self.db_url) as store:
            documents = {d.id: d for d in store.documents()}
            picture = store.picture()
        return Snapshot(documents, picture, version)

    def current(self) -> Snapshot:
        return self._snapshot

    def reload(self) -> Snapshot:
        with self._lock:
            self._snapshot = self._load(self._snapshot.version + 1)
            return self._snapshot


# --- ingest ------------------------------------------------------------------------------------

class Article(BaseModel):
    """One article, with the fields of a JSONL input line."""

    model_config = ConfigDict(extra="ignore", str_max_length=50_000_000)

    id: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f/\\]+$")
    text: str | None = None
    html: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, pattern=DATE)

    @model_validator(mode="after")
    def _has_text(self) -> "Article":
        if not (self.text or "").strip() and not (self.html or "").strip():
            raise ValueError("an article needs `text` or `html`")
        return self


ONE_ARTICLE = TypeAdapter(Article)
MANY_ARTICLES = TypeAdapter(list[Article])


@dataclass
class IngestResult:
    read: int = 0
    new: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


def ingest_articles(db_url: str, articles: list[Article], settings: Settings) -> IngestResult:
    """Run posted articles through the pipeline's stages into the store and re-fuse what they touch.

    What is skipped, and why, is decided as in ``frontwatch run`` (``pipeline._new_documents``): a
    text too short to be an article, an id used for another text, a missing date (a note)."""
    from . import engine, fuse
    from .pipeline import RunSummary, _new_documents, _stored
    from .store import open_store

    result, summary = IngestResult(), RunSummary()
    problems: list = []
    settings = settings.with_overrides(workers=1, engine="local")   # no process pool inside the server
    with tempfile.TemporaryDirectory(prefix="frontwatch-post-") as tmp:
        path = Path(tmp) / "body.jsonl"
        path.write_text("".join(json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) + "\n"
                                for a in articles), encoding="utf-8")
        with open_store(db_url) as store:
            known = store.known_hashes()
            new_ids: list[str] = []
            skip = lambda docs: _new_documents(docs, known, summary, settings,  # noqa: E731
                                               _stored(store, "published"), _stored(store, "source"))
            for docs, records in engine.extract_inputs([str(path)], None, settings, problems, skip):
                store.add_batch(docs, records)
                new_ids.extend(d.id for d in docs)
            if new_ids:
                fuse.fuse_store(store, new_ids, settings)
        # The temporary file is an internal detail: problems name the body's line instead.
        result.problems = [line.replace(str(path), "request body line")
                           for line in problem_lines(problems + summary.problems)]
    result.read, result.unchanged, result.new = summary.read, summary.unchanged, len(new_ids)
    return result


class Ingester:
    """One ingest at a time, in a worker thread; the snapshot is swapped when it is done."""

    def __init__(self, db_url: str, settings: Settings, holder: SnapshotHolder):
        self.db_url, self.settings, self.holder = db_url, settings, holder
        self._lock = threading.Lock()

    def run(self, articles: list[Article]) -> dict:
        with self._lock:
            result = ingest_articles(self.db_url, articles, self.settings)
            snapshot = self.holder.reload() if result.new else self.holder.current()
        return {**asdict(result), "version": snapshot.version, "picture": _picture_counts(snapshot.picture)}


# --- record shapes and filters ----------------------------------------------------------------

def evidence_json(evidence: list[Evidence]) -> list[dict]:
    return [{"ref": e.ref, "doc": e.doc, "start": e.start, "end": e.end, "text": e.text} for e in evidence]


def record_json(record: Any) -> dict:
    data = asdict(record)
    if "evidence" in data:
        data["evidence"] = evidence_json(record.evidence)
    return data


def event_json(event: Any, resolver: Any) -> dict:
    """An event as events.csv gives it: ACLED's region from the country when the event holds none,
    and the source_scale of its outlets (the same functions as the export, so the two never differ)."""
    from .export import source_scale

    data = record_json(event)
    data["region"] = event.region or resolver.acled_region(event.country, event.iso)
    data["source_scale"] = source_scale(event, resolver)
    return data


def _picture_counts(picture: Picture) -> dict:
    return {"events": len(picture.events), "claims": len(picture.claims), "disputes": len(picture.disputes),
            "control": len(picture.control)}


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def _in(value: str, items: Iterable[str | None]) -> bool:
    return any(_same(value, i) for i in items)


def _overlaps(lo: str | None, hi: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Does [lo, hi] meet [date_from, date_to]? A record with no date only passes an open filter."""
    if not date_from and not date_to:
        return True
    lo, hi = lo or hi, hi or lo
    if not lo:
        return False
    return (not date_from or hi >= date_from) and (not date_to or lo <= date_to)


def page(items: list, limit: int, offset: int, to_json: Callable[[Any], dict] = record_json) -> dict:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": [to_json(i) for i in items[offset:offset + limit]]}


def marked_document(doc: Document, picture: Picture) -> dict:
    """The document with every evidence span of the fused records, and its text cut at span edges."""
    spans: dict[tuple[int, int], dict] = {}

    def mark(record_id: str, kind: str, evidence: list[Evidence]) -> None:
        for ev in evidence:
            if ev.doc == doc.id and 0 <= ev.start < ev.end <= len(doc.text):
                span = spans.setdefault((ev.start, ev.end), {"start": ev.start, "end": ev.end, "records": []})
                if {"id": record_id, "kind": kind} not in span["records"]:
                    span["records"].append({"id": record_id, "kind": kind})

    for e in picture.events:
        mark(e.event_id, "event", e.evidence)
    for c in picture.claims:
        mark(c.claim_id, "claim", c.evidence)
    for d in picture.disputes:
        mark(d.dispute_id, "dispute", d.evidence)
    ordered = [spans[k] for k in sorted(spans)]
    return {**doc.export_dict(), "text": doc.text, "content_hash": doc.content_hash,
            "spans": ordered, "segments": _segments(doc.text, ordered)}


def _segments(text: str, spans: list[dict]) -> list[dict]:
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        records = [r for s in spans if s["start"] <= lo and hi <= s["end"] for r in s["records"]]
        out.append({"start": lo, "end": hi, "text": text[lo:hi], "marked": bool(records),
                    "records": sorted({r["id"] for r in records})})
    return out


# --- the application ---------------------------------------------------------------------------

def create_app(db_url: str, settings: Settings) -> FastAPI:
    """The API over the store at ``db_url``."""
    holder = SnapshotHolder(db_url)
    ingester = Ingester(db_url, settings, holder)
    app = FastAPI(title="frontwatch", version="0.1.0", docs_url=None, redoc_url=None,
                  dependencies=[Depends(_known_parameters)],
                  description="Events, claims, disputes and control from conflict reports; every record "
                              "carries its evidence spans. Writing needs `Authorization: Bearer TOKEN`.")
    app.state.holder, app.state.ingester, app.state.settings = holder, ingester, settings
    _install_errors(app)
    _install_docs(app)
    _install_reads(app, holder, settings)
    _install_writes(app, ingester, settings)
    return app


def _install_errors(app: FastAPI) -> None:
    def shape(status: int, code: str, message: str, hint: str = "", headers: dict | None = None) -> JSONResponse:
        return JSONResponse({"error": {"code": code, "message": message, "hint": hint}}, status_code=status,
                            headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return shape(exc.status, exc.code, exc.message, exc.hint, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: ("not found", "see /docs for the endpoints"),
                    405: ("method not allowed", "see /docs for the methods each endpoint takes")}
        message, hint = messages.get(exc.status_code, (str(exc.detail), ""))
        return shape(exc.status_code, STATUS_CODES.get(exc.status_code, "FW600"), message, hint,
                     getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return shape(422, "FW622", _validation_message(exc.errors()), "see /docs for the accepted parameters")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        log.error("store error: %s", exc.line())
        return shape(503, "FW653", "the store cannot be read right now", "try again; the server log has details")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return shape(500, "FW650", "internal error", "the server log has the details")


def _validation_message(errors: list[dict]) -> str:
    parts = []
    for error in errors[:5]:
        loc = [f"article {p}" if isinstance(p, int) else str(p) for p in error.get("loc", ())]
        where = ".".join(p for p in loc if p not in ("body", "query", "path"))
        parts.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_docs(app: FastAPI) -> None:
    assets = Path(str(resources.files("frontwatch.report") / "static" / "swagger-ui"))
    app.mount("/assets/swagger-ui", StaticFiles(directory=assets), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # Swagger UI from the package itself: the docs open with no CDN.
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="frontwatch API",
                                   swagger_js_url="/assets/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/assets/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/assets/swagger-ui/favicon-32x32.png")


def _real_day(value: str | None) -> str | None:
    if value is not None:
        date.fromisoformat(value)       # '2016-13-45' has the shape of a date but is none: a 422, not an empty page
    return value


def _one_of(*values: str) -> AfterValidator:
    def check(value: str | None) -> str | None:
        if value is not None and value.casefold() not in values:
            raise ValueError(f"must be one of {', '.join(values)}")
        return value
    return AfterValidator(check)


async def _known_parameters(request: Request) -> None:
    """A mistyped filter ('contry=...') must not return every record as if it had matched."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not getattr(route, "include_in_schema", True):
        return                          # the page and its assets: a browser may add what it likes
    known = {p.alias for p in dependant.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(422, f"unknown query parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}",
                       f"{request.url.path} accepts: {', '.join(sorted(known)) or 'no parameters'}")


Limit = Annotated[int | None, Query(ge=1, le=MAX_PAGE, description="Page size (default: the page_size setting).")]
Offset = Annotated[int, Query(ge=0, description="Records to skip.")]
Day = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD"), AfterValidator(_real_day)]
Text = Annotated[str | None, Query(max_length=200)]
EventStance = Annotated[str | None, Query(description="asserted, denied or disputed"),
                        _one_of("asserted", "denied", "disputed")]
ClaimStance = Annotated[str | None, Query(description="asserted, denied or hedged"), _one_of("asserted", "denied", "hedged")]


def _install_reads(app: FastAPI, holder: SnapshotHolder, settings: Settings) -> None:
    def size(limit: int | None) -> int:
        return limit or settings.page_size

    @app.get("/", include_in_schema=False)
    def brief() -> HTMLResponse:
        html = holder.current().brief()
        csp = _meta_csp(html)
        return HTMLResponse(html, headers={"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff",
                                           "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)    # browsers ask for one on every page; there is none to give

    @app.get("/status", summary="Store size, snapshot version and whether writing is enabled")
    def status() -> dict:
        snap = holder.current()
        return {"documents": len(snap.documents), **_picture_counts(snap.picture), "version": snap.version,
                "writes_enabled": bool(settings.serve_token)}

    @app.get("/events", summary="Fused events (ACLED-compatible), filtered and paged")
    def events(date_from: Day = None, date_to: Day = None, event_type: Text = None, sub_event_type: Text = None,
               place: Text = None, source: Text = None, actor: Text = None, stance: EventStance = None,
               limit: Limit = None, offset: Offset = 0) -> dict:
        items = [e for e in holder.current().picture.events
                 if _overlaps(e.date_earliest or e.event_date, e.date_latest or e.event_date, date_from, date_to)
                 and (not event_type or _same(e.event_type, event_type))
                 and (not sub_event_type or _same(e.sub_event_type, sub_event_type))
                 and (not place or _in(place, (e.location, e.admin1, e.admin2, e.country)))
                 and (not source or _in(source, e.sources + e.outlets))
                 and (not actor or _in(actor, (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2)))
                 and (not stance or _same(e.stance, stance))]
        resolver = Resolver.default(settings)       # the user's gazetteer folder, as `run` and `report` use
        return page(items, size(limit), offset, lambda e: event_json(e, resolver))

    @app.get("/claims", summary="Attributed numeric claims, filtered and paged")
    def claims(date_from: Day = None, date_to: Day = None, kind: Text = None, claimant: Text = None,
               place: Text = None, source: Text = None, stance: ClaimStance = None, group: Text = None,
               limit: Limit = None, offset: Offset = 0) -> dict:
        items = [c for c in holder.current().picture.claims
                 if _overlaps(c.as_of, c.as_of, date_from, date_to)
                 and (not kind or _same(c.kind, kind)) and (not claimant or _same(c.claimant, claimant))
                 and (not place or _same(c.place, place))
                 and (not source or _in(source, (c.claimant, c.outlet)))
                 and (not stance or _same(c.stance, stance)) and (not group or _same(c.group, group))]
        return page(items, size(limit), offset)

    @app.get("/disputes", summary="Denials, disagreeing figures and contested control")
    def disputes(kind: Text = None, source: Text = None, severity: Text = None, topic: Text = None,
                 limit: Limit = None, offset: Offset = 0) -> dict:
        def sources(d) -> list[str]:
            return d.outlets + [s for side in d.sides for s in side.get("sources", [])]

        items = [d for d in holder.current().picture.disputes
                 if (not kind or _same(d.kind, kind)) and (not severity or _same(d.severity, severity))
                 and (not source or _in(source, sources(d)))
                 and (not topic or topic.casefold() in d.topic.casefold())]
        return page(items, size(limit), offset)

    @app.get("/control", summary="Who controls each place since when")
    def control(place: Text = None, controller: Text = None, date: Day = None, date_from: Day = None,
                date_to: Day = None, limit: Limit = None, offset: Offset = 0) -> dict:
        items = [p for p in holder.current().picture.control
                 if (not place or _same(p.place, place)) and (not controller or _same(p.controller, controller))
                 and (not date or _overlaps(p.since, p.until or "9999-12-31", date, date))
                 and _overlaps(p.since, p.until or "9999-12-31", date_from, date_to)]
        return page(items, size(limit), offset)

    @app.get("/documents", summary="Stored documents (metadata only), paged")
    def documents(outlet: Text = None, limit: Limit = None, offset: Offset = 0) -> dict:
        docs = [d for d in holder.current().documents.values() if not outlet or _same(d.outlet, outlet)]
        return page(docs, size(limit), offset, lambda d: {k: v for k, v in d.export_dict().items()
                                                           if k not in ("text", "clean_text", "removed")})

    @app.get("/documents/{doc_id}", summary="One document, its original text and the evidence spans marked")
    def document(doc_id: str) -> dict:
        snap = holder.current()
        doc = snap.documents.get(doc_id)
        if doc is None:
            raise ApiError(404, f"no document with id {doc_id!r}", "list ids with GET /documents")
        return marked_document(doc, snap.picture)


def _meta_csp(html: str) -> str:
    """The page's own policy (from its meta tag), sent as a header too."""
    start = html.index('http-equiv="Content-Security-Policy" content="') + len('http-equiv="Content-Security-Policy" content="')
    return html[start:html.index('"', start)]


def _install_writes(app: FastAPI, ingester: Ingester, settings: Settings) -> None:
    @app.post("/documents", status_code=201, summary="Ingest one article or a list (JSONL fields); needs a token",
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                  "anyOf": [{"$ref": "#/components/schemas/Article"},
                            {"type": "array", "items": {"$ref": "#/components/schemas/Article"}}]}}}}})
    async def post_documents(request: Request, response: Response) -> dict:
        _authorize(request, settings.serve_token)
        body = await _read_limited(request, settings.max_request_bytes)
        articles = _parse_articles(body)
        if not articles:
            raise ApiError(422, "the list of articles is empty", "send at least one article")
        result = await anyio.to_thread.run_sync(ingester.run, articles)
        if not result["new"]:
            response.status_code = 200      # nothing was created: every article was already stored
        return result

    # Show the Article schema in the OpenAPI document although the body is read by hand.
    original = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        schema.setdefault("components", {}).setdefault("schemas", {})["Article"] = Article.model_json_schema()
        return schema

    app.openapi = openapi


def _parse_articles(body: bytes) -> list[Article]:
    hint = "send JSON: one article or a list, each with `id` and `text` or `html`"
    try:
        value = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(422, f"the body is not valid JSON ({exc.__class__.__name__})", hint) from None
    try:
        if isinstance(value, list):
            return MANY_ARTICLES.validate_python(value)
        return [ONE_ARTICLE.validate_python(value)]
    except ValidationError as exc:
        raise ApiError(422, _validation_message(exc.errors(include_input=False)), hint) from None


def _authorize(request: Request, token: str) -> None:
    if not token:
        raise ApiError(403, "writing is disabled on this server", "start it with --token (or FRONTWATCH_TOKEN)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "a valid token is needed to write", "send Authorization: Bearer TOKEN",
                       headers={"WWW-Authenticate": "Bearer"})


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    too_large = ApiError(413, f"the request body is larger than {limit} bytes",
                         "send fewer articles per request, or raise max_request_bytes")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


__all__ = ["create_app", "ingest_articles", "marked_document", "ApiError"]
