"""Linking across articles: canonical people, speakers of quotes, quote groups, and counts."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from newsfold.link.people import resolve_people
from newsfold.link.quote_groups import group_quotes
from newsfold.records import ArticlePerson, PersonRecord
from newsfold.store.frames import conform, table_frame


@dataclass(frozen=True)
class Resolved:
    people: pl.DataFrame  # the whole people table, counts included
    person_mentions: pl.DataFrame  # this run's mentions
    quotes: pl.DataFrame  # the whole quotes table (earlier runs' quotes refreshed + this run's)


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
    existing_quotes: pl.DataFrame | None,
) -> Resolved:
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
    )
    grouping = group_quotes(
        list(zip(new_quotes["quote_id"], new_quotes["text"], strict=True)),
        [] if existing_quotes is None
        else list(zip(existing_quotes["quote_group_id"], existing_quotes["text"], strict=True)),
    )
    new_quotes = new_quotes.with_columns(
        pl.col("quote_id").replace_strict(grouping.assigned, default=None, return_dtype=pl.String)
        .alias("quote_group_id")
    )
    if existing_quotes is not None and grouping.renamed:
        # Earlier groups a new quote bridged are one group now: their stored rows follow.
        existing_quotes = existing_quotes.with_columns(
            pl.col("quote_group_id").replace(grouping.renamed).alias("quote_group_id"))
    all_quotes = pl.concat(
        [conform("quotes", existing_quotes), conform("quotes", new_quotes)], how="vertical"
    ).unique(subset="quote_id", keep="first", maintain_order=True)
    # Rows stored before quotes had an `act` were all taken for speech (the contract then).
    all_quotes = all_quotes.with_columns(pl.col("act").fill_null("speech"))
    all_quotes = inherit_group_speakers(all_quotes)
    all_quotes = conform("quotes", with_speaker_names(all_quotes, names))

    all_mentions = pl.concat([conform("person_mentions", existing_mentions), new_mentions])
    people = people_with_counts(records, all_mentions, all_quotes)
    return Resolved(people=people, person_mentions=new_mentions, quotes=all_quotes)


def with_speaker_names(quotes: pl.DataFrame, names: pl.DataFrame) -> pl.DataFrame:
    """Each quote's canonical speaker name: its person's name when it has a person (refreshed every
    run: names improve as people gain fuller forms), else the name extraction gave a speaker who is
    no person (an organisation's fullest form, a description as written), else null."""
    person_name = names.rename({"person_id": "speaker_person_id", "speaker_name": "_person_name"})
    return (
        quotes.join(person_name, on="speaker_person_id", how="left")
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
    base = table_frame(
        "people",
        ({"person_id": r.person_id, "name": r.name, "aliases": list(r.aliases), "roles": list(r.roles)}
         for r in records),
    ).drop("mention_count", "article_count", "quote_count")
    counted = (
        base.join(mention_counts, on="person_id", how="left")
        .join(quote_counts, on="person_id", how="left")
        .with_columns(pl.col("mention_count", "article_count", "quote_count").fill_null(0))
    )
    # A person no mention supports (possible when an extractor changes) is not kept.
    return conform("people", counted.filter(pl.col("mention_count") > 0)).sort("person_id")
