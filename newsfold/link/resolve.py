"""Linking across articles: canonical people, speakers of quotes, quote groups, and counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from newsfold.link.people import resolve_people
from newsfold.link.quote_groups import group_quotes
from newsfold.link.quote_index import candidates
from newsfold.records import ArticlePerson, PersonRecord
from newsfold.store.frames import conform, string_lists
from newsfold.store.quote_parts import CHANGING, NARROW


@dataclass(frozen=True)
class Resolved:
    people: pl.DataFrame  # the whole people table, counts included
    person_mentions: pl.DataFrame  # this run's mentions
    quotes: pl.DataFrame  # this run's quotes
    changes: pl.DataFrame  # stored quotes whose CHANGING columns change: quote_id, file, the new values


@dataclass(frozen=True)
class StoredQuotes:
    """What resolution needs of the stored quotes: their narrow columns (quote_parts.NARROW and
    `file`), the index of their keys, and their texts on demand (only the candidates' are read)."""
    narrow: pl.DataFrame | None
    index: pl.LazyFrame | None
    texts: Callable[[list[str]], pl.DataFrame]


NO_STORED_QUOTES = StoredQuotes(None, None, lambda ids: pl.DataFrame(schema={"quote_id": pl.String,
                                                                              "text": pl.String}))


def article_people_by_article(frame: pl.DataFrame) -> dict[str, list[ArticlePerson]]:
    grouped: dict[str, list[ArticlePerson]] = {}
    for row in frame.iter_rows(named=True):
        grouped.setdefault(row["article_id"], []).append(
            ArticlePerson(row["local_key"], row["name"], tuple(row["variants"]), tuple(row["roles"]))
        )
    return grouped


def person_records(people: pl.DataFrame | None) -> list[PersonRecord]:
    if people is None:
        return []
    return [
        PersonRecord(r["person_id"], r["name"], tuple(r["aliases"] or ()), tuple(r["roles"] or ()))
        for r in people.iter_rows(named=True)
    ]


def form_counts(mentions: pl.DataFrame | None) -> dict[str, dict[str, int]]:
    """person_id -> name form -> number of articles it was written in (stored mentions)."""
    if mentions is None or mentions.is_empty():
        return {}
    counts = (
        mentions.with_columns(pl.col("text").str.replace_all(r"\s+", " ").alias("form"))  # "Joseph\nWarioba"
        .group_by("person_id", "form")
        .agg(pl.col("article_id").n_unique().alias("n"))
    )
    out: dict[str, dict[str, int]] = {}
    for person_id, form, n in counts.iter_rows():
        out.setdefault(person_id, {})[form] = n
    return out


def link_keys_frame(links: dict[tuple[str, str], str]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"article_id": a, "local_key": k, "person_id": p} for (a, k), p in links.items()],
        schema={"article_id": pl.String, "local_key": pl.String, "person_id": pl.String},
    )


def resolve(
    article_people: pl.DataFrame,
    mentions: pl.DataFrame,
    quotes: pl.DataFrame,
    existing_people: pl.DataFrame | None,
    existing_mentions: pl.DataFrame | None,
    stored: StoredQuotes | None = None,
) -> Resolved:
    """This run's people, mentions and quotes linked with what is stored. `existing_mentions` needs
    only article_id, person_id and text. Stored quotes are grouped with the new ones through the index
    (only the candidates it finds are compared); the stored rows whose group, speaker or speaker name
    change are returned as `changes`, so only the part files holding them are rewritten."""
    stored = stored or NO_STORED_QUOTES
    if article_people.is_empty() and mentions.is_empty() and quotes.is_empty():
        # Nothing new: people, groups and speakers stay as they are (no stored row is read).
        return Resolved(people=conform("people", existing_people), person_mentions=conform("person_mentions", None),
                        quotes=conform("quotes", None), changes=no_changes())
    links, records = resolve_people(article_people_by_article(article_people), person_records(existing_people),
                                    form_counts(existing_mentions))
    keys = link_keys_frame(links)
    names = pl.DataFrame(
        {"person_id": [r.person_id for r in records], "speaker_name": [r.name for r in records]},
        schema={"person_id": pl.String, "speaker_name": pl.String},
    )

    new_mentions = conform(
        "person_mentions", mentions.join(keys, on=["article_id", "local_key"], how="inner")
    ).unique(subset=["article_id", "start_char", "end_char"], keep="first", maintain_order=True)

    new_quotes = quotes.join(
        keys.rename({"local_key": "speaker_local_key", "person_id": "speaker_person_id"}),
        on=["article_id", "speaker_local_key"],
        how="left",
    ).unique(subset="quote_id", keep="first", maintain_order=True)
    before = stored.narrow if stored.narrow is not None else narrow_frame(conform("quotes", None))
    new_quotes = new_quotes.join(before.select("quote_id"), on="quote_id", how="anti")  # stored rows win
    grouping = group_quotes(list(zip(new_quotes["quote_id"], new_quotes["text"], strict=True)),
                            candidate_quotes(stored, new_quotes["text"].to_list()))
    new_quotes = new_quotes.with_columns(
        pl.col("quote_id").replace_strict(grouping.assigned, default=None, return_dtype=pl.String)
        .alias("quote_group_id")
    )
    after = before.with_columns(pl.col("quote_group_id").replace(grouping.renamed)) if grouping.renamed else before
    # The whole-table rules on the narrow columns of every quote: merged groups follow, rows stored
    # before quotes had an `act` were all speech (the contract then), group speakers are inherited,
    # and canonical names refreshed (they improve as people gain fuller names).
    combined = pl.concat([after, narrow_frame(conform("quotes", new_quotes))])
    combined = inherit_group_speakers(combined.with_columns(pl.col("act").fill_null("speech")))
    combined = with_speaker_names(combined, names)
    new_values = combined.filter(pl.col("file").is_null()).select("quote_id", *CHANGING)
    new_quotes = conform("quotes", new_quotes.drop(CHANGING, strict=False)
                         .join(new_values, on="quote_id", how="left", maintain_order="left"))

    all_mentions = pl.concat([counted_mentions(existing_mentions), counted_mentions(new_mentions)])
    people = people_with_counts(records, all_mentions, combined)
    return Resolved(people=people, person_mentions=new_mentions, quotes=new_quotes,
                    changes=changed_rows(before, combined.filter(pl.col("file").is_not_null())))


def narrow_frame(quotes: pl.DataFrame) -> pl.DataFrame:
    """Quote rows as stored_narrow gives them: NARROW columns, `file` null (not stored yet)."""
    return quotes.select(*NARROW, pl.lit(None, pl.String).alias("file"))


def no_changes() -> pl.DataFrame:
    return narrow_frame(conform("quotes", None)).select("quote_id", "file", *CHANGING)


def candidate_quotes(stored: StoredQuotes, new_texts: list[str]) -> list[tuple[str, str]]:
    """(quote_group_id, text) of the stored quotes the index says the new ones can link with."""
    if stored.narrow is None or not new_texts:
        return []
    ids = candidates(stored.index, new_texts, stored.narrow.select("quote_id", "quote_group_id"))
    if not ids:
        return []
    found = (stored.narrow.select("quote_id", "quote_group_id")
             .join(stored.texts(ids), on="quote_id", how="inner").sort("quote_id"))
    return list(zip(found["quote_group_id"], found["text"], strict=True))


def changed_rows(before: pl.DataFrame, after: pl.DataFrame) -> pl.DataFrame:
    """Stored rows whose CHANGING columns differ after this run: quote_id, file, the new values."""
    joined = after.join(before.select("quote_id", *CHANGING), on="quote_id", how="inner", suffix="_before")
    differs = pl.any_horizontal([pl.col(c).ne_missing(pl.col(f"{c}_before")) for c in CHANGING])
    return joined.filter(differs).select("quote_id", "file", *CHANGING)


def counted_mentions(mentions: pl.DataFrame | None) -> pl.DataFrame:
    """What people_with_counts counts of mentions: person_id and article_id."""
    if mentions is None:
        return pl.DataFrame(schema={"person_id": pl.String, "article_id": pl.String})
    return mentions.select(pl.col("person_id").cast(pl.String), pl.col("article_id").cast(pl.String))


def with_speaker_names(quotes: pl.DataFrame, names: pl.DataFrame) -> pl.DataFrame:
    """Each quote's canonical speaker name: its person's name when it has a person (refreshed every
    run: names improve as people gain fuller forms), else the name extraction gave a speaker who is
    no person (an organisation's fullest form, a description as written), else null."""
    person_name = names.rename({"person_id": "speaker_person_id", "speaker_name": "_person_name"})
    return (
        quotes.join(person_name, on="speaker_person_id", how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("speaker_person_id").is_not_null()).then(pl.col("_person_name"))
            .otherwise(pl.col("speaker_name")).alias("speaker_name")
        )
        .drop("_person_name")
    )


INHERITED_CONFIDENCE = 0.5
MIN_GROUP_VOTES = 2


def inherit_group_speakers(quotes: pl.DataFrame) -> pl.DataFrame:
    """A quote whose own article names no speaker takes the person its quote group agrees on.

    The same words quoted in several articles are one utterance: when at least two occurrences name a
    speaker in their own text and two thirds of those name one person, the unattributed occurrences
    get that person (speaker_text stays null: nothing in their article says it; lower confidence).
    Only speakers written in an article vote, so an inherited speaker never votes for itself later.
    """
    votes = (
        quotes.filter(pl.col("speaker_person_id").is_not_null() & pl.col("speaker_text").is_not_null())
        .group_by("quote_group_id", "speaker_person_id")
        .agg(pl.len().alias("votes"))
    )
    dominant = (
        votes.with_columns(pl.col("votes").sum().over("quote_group_id").alias("total"))
        .filter((pl.col("votes") >= MIN_GROUP_VOTES) & (3 * pl.col("votes") >= 2 * pl.col("total")))
        .select("quote_group_id", pl.col("speaker_person_id").alias("group_speaker"))
    )
    # Recomputed every run from the written speakers, so an earlier inheritance follows the group.
    orphan = pl.col("speaker_text").is_null()
    return (
        quotes.join(dominant, on="quote_group_id", how="left")
        .with_columns(
            pl.when(orphan & pl.col("group_speaker").is_not_null())
            .then(pl.lit(True)).otherwise(pl.lit(False)).alias("_inherit")
        )
        .with_columns(
            pl.when(pl.col("_inherit")).then(pl.col("group_speaker"))
            .when(orphan).then(pl.lit(None, pl.String))
            .otherwise(pl.col("speaker_person_id")).alias("speaker_person_id"),
            pl.when(pl.col("_inherit")).then(pl.min_horizontal("confidence", pl.lit(INHERITED_CONFIDENCE)))
            .otherwise(pl.col("confidence")).alias("confidence"),
        )
        .drop("group_speaker", "_inherit")
    )


def people_with_counts(
    records: list[PersonRecord], mentions: pl.DataFrame, quotes: pl.DataFrame
) -> pl.DataFrame:
    """The people table: one row per person with counts taken from the other tables;
    `quote_count` counts the person's speech rows (act == 'speech': who said what)."""
    mention_counts = mentions.group_by("person_id").agg(
        pl.len().alias("mention_count"), pl.col("article_id").n_unique().alias("article_count")
    )
    quote_counts = (
        quotes.filter(pl.col("speaker_person_id").is_not_null() & (pl.col("act") == "speech"))
        .group_by("speaker_person_id")
        .agg(pl.len().alias("quote_count"))
        .rename({"speaker_person_id": "person_id"})
    )
    base = pl.DataFrame({
        "person_id": pl.Series([r.person_id for r in records], dtype=pl.String),
        "name": pl.Series([r.name for r in records], dtype=pl.String),
        "aliases": string_lists([r.aliases for r in records]),
        "roles": string_lists([r.roles for r in records]),
    })
    counted = (
        base.join(mention_counts, on="person_id", how="left")
        .join(quote_counts, on="person_id", how="left")
        .with_columns(pl.col("mention_count", "article_count", "quote_count").fill_null(0))
    )
    # A person no mention supports (possible when an extractor changes) is not kept.
    return conform("people", counted.filter(pl.col("mention_count") > 0)).sort("person_id")
