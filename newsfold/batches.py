"""Extraction in batches, for the Dask path: each batch is a staged file of (article_id, body) rows,
each task parses one batch with its worker's cached model and stages its frames next to it; the merge
concatenates them in batch order, which is article order, so the tables equal the one-pass ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from newsfold.extract.articles import extract_articles, extraction_frames
from newsfold.nlp.pipeline import load_pipeline, model_version
from newsfold.stages import Deduplicated, Extracted, RunContext, stage_extracted
from newsfold.store.output import read_staged, write_parquet_atomic

EXTRACTED_NAMES = ("article_people", "mentions", "quotes", "numbers", "failures")


@dataclass(frozen=True)
class ExtractedPart:
    """What one extraction task staged: frame name -> path, and how many articles it parsed."""

    frames: dict[str, str]
    articles: int
    model_version: str


def runs_on_dask(executor: str, deduped: Deduplicated, articles_per_task: int) -> bool:
    """Dask pays for its cluster only when there are two batches or more to spread."""
    to_parse = deduped.article_count - deduped.duplicate_count
    return executor == "dask" and to_parse >= 2 * max(1, articles_per_task)


def stage_extract_batches(ctx: RunContext, deduped: Deduplicated, articles_per_batch: int) -> list[str]:
    """The articles to parse (no duplicates), staged in batches of `articles_per_batch`; their paths."""
    articles = read_staged(deduped.articles)
    originals = articles.filter(pl.col("duplicate_kind") == "none").select("article_id", "body")
    size = max(1, articles_per_batch)
    return [ctx.stage(f"batch_{n:05d}_articles", originals.slice(start, size))
            for n, start in enumerate(range(0, originals.height, size))]


def extract_batch(batch_path: str, model_name: str, batch_size: int) -> ExtractedPart:
    """Parse one staged batch (one process, the process's cached model) and stage its frames beside it."""
    batch = read_staged(batch_path)
    nlp = load_pipeline(model_name)  # functools.cache: once per worker process
    pairs = list(zip(batch["article_id"], batch["body"], strict=True))
    frames = extraction_frames(extract_articles(nlp, pairs, batch_size=batch_size, n_process=1))
    prefix = batch_path.removesuffix("_articles.parquet.tmp")
    staged = {}
    for name, frame in frames.items():
        path = Path(f"{prefix}_{name}.parquet.tmp")
        write_parquet_atomic(frame, path)
        staged[name] = str(path)
    return ExtractedPart(frames=staged, articles=len(pairs), model_version=model_version(nlp))


def merge_extracted(ctx: RunContext, parts: list[ExtractedPart]) -> Extracted:
    """The batches' frames concatenated in batch order: the same `Extracted` one pass gives."""
    if not parts:
        frames = extraction_frames({})
    else:
        frames = {name: pl.concat([read_staged(p.frames[name]) for p in parts], how="vertical")
                  for name in EXTRACTED_NAMES}
    version = parts[0].model_version if parts else "not loaded (nothing new to parse)"
    return stage_extracted(ctx, frames, version, sum(p.articles for p in parts))
