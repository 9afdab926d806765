"""Extraction over parsed articles: people, quotes and numbers from one spaCy pass."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace

import polars as pl
from spacy.language import Language
from spacy.tokens import Doc

from newsfold.ids import span_id
from newsfold.nlp.pipeline import TextFailure, map_parsed
from newsfold.settings import BATCH_SIZE, N_PROCESS
from newsfold.extract.numbers import extract_numbers
from newsfold.extract.people import extract_people
from newsfold.extract.quotes import extract_quotes
from newsfold.records import PIECE_JOINER, ArticlePerson, NumberMention, PersonMention, QuoteMention
from newsfold.store.frames import table_frame
from newsfold.nlp.wraps import is_hard_wrapped


@dataclass(frozen=True)
class ArticleExtraction:
    people: list[ArticlePerson]
    mentions: list[PersonMention]
    quotes: list[QuoteMention]
    numbers: list[NumberMention]


def extract_from_doc(doc: Doc) -> ArticleExtraction:
    people, mentions = extract_people(doc)
    quotes = extract_quotes(doc, people, mentions)
    return ArticleExtraction(people, mentions, quotes, extract_numbers(doc))


def extract_articles(
    nlp: Language, articles: Sequence[tuple[str, str]], *, batch_size: int = BATCH_SIZE,
    n_process: int = N_PROCESS, on_progress: Callable[[int, int], None] | None = None,
) -> dict[str, ArticleExtraction | TextFailure]:
    """article_id -> what its body holds, for (article_id, body) pairs, in one batched spaCy pass;
    an article that could not be parsed or extracted gets a `TextFailure` and the others go on.
    `on_progress(done, total)` is called after each article.
    Hard-wrapped bodies are parsed with their line wraps as spaces (newsfold.nlp.wraps); every text
    of the records is then sliced from the body itself, so it matches its offsets."""
    ids = [article for article, _ in articles]
    bodies = [body for _, body in articles]
    results = map_parsed(nlp, bodies, extract_from_doc, batch_size=batch_size, n_process=n_process)
    extractions: dict[str, ArticleExtraction | TextFailure] = {}
    for done, (article, found, body) in enumerate(zip(ids, results, bodies, strict=True), start=1):
        extractions[article] = found if isinstance(found, TextFailure) else texts_from_body(found, body)
        if on_progress is not None:
            on_progress(done, len(ids))
    return extractions


def texts_from_body(found: ArticleExtraction, body: str) -> ArticleExtraction:
    """The records' texts sliced from the body (they were read off a same-length parsing view)."""
    if not is_hard_wrapped(body):
        return found
    return ArticleExtraction(
        people=found.people,
        mentions=[replace(m, text=body[m.start_char:m.end_char]) for m in found.mentions],
        quotes=[replace(q, text=quote_text_from_body(q.text, body, q.start_char, q.end_char),
                        speaker_text=None if q.speaker_start is None else body[q.speaker_start:q.speaker_end])
                for q in found.quotes],
        numbers=[replace(n, text=body[n.start_char:n.end_char]) for n in found.numbers],
    )


def quote_text_from_body(text: str, body: str, start: int, end: int) -> str:
    """A quote's text sliced from the body; a split quote's pieces (PIECE_JOINER) each sliced at
    the place they hold in the same-length parsing view (found in order, wraps read as spaces)."""
    pieces = text.split(PIECE_JOINER)
    if len(pieces) < 2:
        return body[start:end]
    window = body[start:end]
    flat = re.sub(r"\s", " ", window)
    out, at = [], 0
    for piece in pieces:
        found = flat.find(re.sub(r"\s", " ", piece), at)
        if found < 0:
            return text
        out.append(window[found:found + len(piece)])
        at = found + len(piece)
    return PIECE_JOINER.join(out)


# Frames of extracted records, one row per record, keyed by article_id (staged between tasks).
EXTRACTED_PEOPLE = {"article_id": pl.String, "local_key": pl.String, "name": pl.String,
                    "variants": pl.List(pl.String), "roles": pl.List(pl.String)}
EXTRACTED_MENTIONS = {"article_id": pl.String, "local_key": pl.String, "text": pl.String,
                      "start_char": pl.Int64, "end_char": pl.Int64}
EXTRACTED_QUOTES = {"article_id": pl.String, "quote_id": pl.String, "text": pl.String,
                    "start_char": pl.Int64, "end_char": pl.Int64, "kind": pl.String,
                    "speaker_text": pl.String, "speaker_start": pl.Int64, "speaker_end": pl.Int64,
                    "speaker_local_key": pl.String, "cue": pl.String, "confidence": pl.Float64,
                    "act": pl.String, "speaker_name": pl.String}
EXTRACTION_FAILURES = {"article_id": pl.String, "reason": pl.String, "detail": pl.String}


def extraction_frames(extractions: dict[str, ArticleExtraction | TextFailure]) -> dict[str, pl.DataFrame]:
    """The extracted records as frames: article_people, mentions, quotes, numbers, and failures
    (the articles that gave none, with why)."""
    people, mentions, quotes, numbers, failures = [], [], [], [], []
    for article, found in extractions.items():
        if isinstance(found, TextFailure):
            failures.append({"article_id": article, "reason": found.reason, "detail": found.detail})
            continue
        people += [{"article_id": article, **asdict(p)} for p in found.people]
        mentions += [{"article_id": article, **asdict(m)} for m in found.mentions]
        quotes += [
            {"article_id": article, "quote_id": span_id("q", article, q.start_char, q.end_char), **asdict(q)}
            for q in found.quotes
        ]
        numbers += [
            {"article_id": article, "number_id": span_id("n", article, n.start_char, n.end_char), **asdict(n)}
            for n in found.numbers
        ]
    return {
        "article_people": pl.DataFrame(
            [{**p, "variants": list(p["variants"]), "roles": list(p["roles"])} for p in people],
            schema=EXTRACTED_PEOPLE,
        ),
        "mentions": pl.DataFrame(mentions, schema=EXTRACTED_MENTIONS),
        "quotes": pl.DataFrame(quotes, schema=EXTRACTED_QUOTES),
        "numbers": table_frame("numbers", numbers),
        "failures": pl.DataFrame(failures, schema=EXTRACTION_FAILURES),
    }
