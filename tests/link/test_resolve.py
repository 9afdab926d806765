"""Linking across articles: one person per real person, speakers named, counts consistent."""

from __future__ import annotations

import polars as pl

from newsfold.extract.articles import EXTRACTED_MENTIONS, EXTRACTED_PEOPLE, EXTRACTED_QUOTES
from newsfold.link.resolve import resolve
from newsfold.link.stored_quotes import stored_from_frame, whole_table


def people_frame(rows):
    return pl.DataFrame(rows, schema=EXTRACTED_PEOPLE)


def mentions_frame(rows):
    return pl.DataFrame(rows, schema=EXTRACTED_MENTIONS)


def quotes_frame(rows):
    return pl.DataFrame(rows, schema=EXTRACTED_QUOTES)


PEOPLE = people_frame([
    {"article_id": "a1", "local_key": "peskov", "name": "Dmitry Peskov", "variants": ["Dmitry Peskov", "Peskov"],
     "roles": ["Kremlin spokesman"]},
    {"article_id": "a2", "local_key": "p", "name": "Peskov", "variants": ["Peskov"], "roles": []},
    {"article_id": "a2", "local_key": "z", "name": "Volodymyr Zelenskyy", "variants": ["Volodymyr Zelenskyy"],
     "roles": []},
])
MENTIONS = mentions_frame([
    {"article_id": "a1", "local_key": "peskov", "text": "Dmitry Peskov", "start_char": 0, "end_char": 13},
    {"article_id": "a1", "local_key": "peskov", "text": "Peskov", "start_char": 40, "end_char": 46},
    {"article_id": "a2", "local_key": "p", "text": "Peskov", "start_char": 0, "end_char": 6},
    {"article_id": "a2", "local_key": "z", "text": "Volodymyr Zelenskyy", "start_char": 20, "end_char": 39},
])
QUOTES = quotes_frame([
    {"article_id": "a1", "quote_id": "q1", "text": "the time has come to work together", "start_char": 50,
     "end_char": 84, "kind": "partial", "speaker_text": "Peskov", "speaker_start": 40, "speaker_end": 46,
     "speaker_local_key": "peskov", "cue": "stating", "confidence": 0.9},
    {"article_id": "a2", "quote_id": "q2", "text": "The time has come to work together", "start_char": 50,
     "end_char": 84, "kind": "direct", "speaker_text": "the statement", "speaker_start": None,
     "speaker_end": None, "speaker_local_key": None, "cue": "read", "confidence": 0.6},
])


def test_people_are_linked_across_articles_with_counts():
    resolved = resolve(PEOPLE, MENTIONS, QUOTES, None, None, None)
    people = resolved.people
    assert people.height == 2
    peskov = people.filter(pl.col("name") == "Dmitry Peskov").row(0, named=True)
    assert peskov["mention_count"] == 3 and peskov["article_count"] == 2 and peskov["quote_count"] == 1
    assert "Kremlin spokesman" in peskov["roles"]
    assert resolved.person_mentions.height == 4


def test_quotes_get_speakers_and_one_group_per_repeated_quote():
    quotes = resolve(PEOPLE, MENTIONS, QUOTES, None, None, None).quotes
    q1 = quotes.filter(pl.col("quote_id") == "q1").row(0, named=True)
    q2 = quotes.filter(pl.col("quote_id") == "q2").row(0, named=True)
    assert q1["speaker_name"] == "Dmitry Peskov" and q1["speaker_person_id"]
    assert q2["speaker_person_id"] is None and q2["speaker_text"] == "the statement"
    assert q1["quote_group_id"] == q2["quote_group_id"]


def test_a_later_run_keeps_ids_and_adds_counts():
    first = resolve(PEOPLE, MENTIONS, QUOTES, None, None, None)
    later_people = people_frame([{"article_id": "a3", "local_key": "k", "name": "Peskov", "variants": ["Peskov"],
                                  "roles": []}])
    later_mentions = mentions_frame([{"article_id": "a3", "local_key": "k", "text": "Peskov", "start_char": 0,
                                      "end_char": 6}])
    later_quotes = quotes_frame([{**QUOTES.row(0, named=True), "article_id": "a3", "quote_id": "q3",
                                  "speaker_local_key": "k"}])
    second = resolve(later_people, later_mentions, later_quotes, first.people, first.person_mentions,
                     stored_from_frame(first.quotes))
    assert set(second.people["person_id"]) == set(first.people["person_id"])
    peskov = second.people.filter(pl.col("name") == "Dmitry Peskov").row(0, named=True)
    assert peskov["article_count"] == 3 and peskov["quote_count"] == 2
    assert second.quotes["quote_id"].to_list() == ["q3"]  # only this run's rows, and no stored row changed
    assert second.changes.is_empty()
    after = whole_table(first.quotes, second)
    assert after.height == 3 and after["quote_group_id"].n_unique() == 1


def test_an_unattributed_quote_inherits_the_speaker_its_group_agrees_on():
    rows = [QUOTES.row(0, named=True) | {"article_id": a, "quote_id": f"q{a}"} for a in ("a1", "a2")]
    orphan = QUOTES.row(0, named=True) | {"article_id": "a2", "quote_id": "orphan", "start_char": 90,
                                          "end_char": 124, "speaker_text": None, "speaker_start": None,
                                          "speaker_end": None, "speaker_local_key": None, "cue": None}
    rows[1] |= {"speaker_local_key": "p"}
    quotes = resolve(PEOPLE, MENTIONS, quotes_frame(rows + [orphan]), None, None, None).quotes
    inherited = quotes.filter(pl.col("quote_id") == "orphan").row(0, named=True)
    assert inherited["speaker_name"] == "Dmitry Peskov" and inherited["speaker_text"] is None
    assert inherited["confidence"] <= 0.5


def test_one_attributed_occurrence_is_not_enough_to_inherit():
    orphan = QUOTES.row(0, named=True) | {"article_id": "a2", "quote_id": "orphan", "speaker_text": None,
                                          "speaker_start": None, "speaker_end": None,
                                          "speaker_local_key": None, "cue": None}
    quotes = resolve(PEOPLE, MENTIONS, quotes_frame([QUOTES.row(0, named=True), orphan]), None, None, None).quotes
    assert quotes.filter(pl.col("quote_id") == "orphan")["speaker_person_id"].to_list() == [None]


def test_a_quote_bridging_two_earlier_groups_merges_their_stored_rows():
    halves = quotes_frame([
        {**QUOTES.row(0, named=True), "quote_id": "h1", "text": "first half of the statement was long"},
        {**QUOTES.row(1, named=True), "quote_id": "h2", "text": "second half of it was short"},
    ])
    first = resolve(PEOPLE, MENTIONS, halves, None, None, None)
    assert first.quotes["quote_group_id"].n_unique() == 2
    whole = quotes_frame([{**QUOTES.row(1, named=True), "article_id": "a2", "quote_id": "w",
                           "text": "first half of the statement was long and the second half of it was short"}])
    second = resolve(PEOPLE.head(0), MENTIONS.head(0), whole, first.people, first.person_mentions,
                     stored_from_frame(first.quotes))
    assert second.changes.height == 1  # the stored row of the group with the larger id is renamed
    after = whole_table(first.quotes, second)
    assert after.height == 3 and after["quote_group_id"].n_unique() == 1


def test_a_later_lone_surname_joins_the_best_attested_person_as_in_one_run():
    def person(article, name):
        return {"article_id": article, "local_key": "k", "name": name, "variants": [name], "roles": []}

    def mention(article, text):
        return {"article_id": article, "local_key": "k", "text": text, "start_char": 0, "end_char": len(text)}

    # Whichever order the earlier people come in, the one attested in more articles wins.
    earlier = [("a1", "Zoe Brown"), ("a2", "Gordon Brown"), ("a3", "Gordon Brown"), ("a4", "Gordon Brown"),
               ("a6", "Aaron Brown")]
    first = resolve(people_frame([person(a, n) for a, n in earlier]),
                    mentions_frame([mention(a, n) for a, n in earlier]), QUOTES.head(0), None, None, None)
    later = resolve(people_frame([person("a5", "Brown")]), mentions_frame([mention("a5", "Brown")]), QUOTES.head(0),
                    first.people, first.person_mentions, stored_from_frame(first.quotes))
    at_once = resolve(people_frame([person(a, n) for a, n in [*earlier, ("a5", "Brown")]]),
                      mentions_frame([mention(a, n) for a, n in [*earlier, ("a5", "Brown")]]), QUOTES.head(0),
                      None, None, None)
    def brown_joins(resolved):
        pid = resolved.person_mentions.filter(pl.col("article_id") == "a5")["person_id"][0]
        return resolved.people.filter(pl.col("person_id") == pid)["name"][0]
    assert brown_joins(at_once) == "Gordon Brown"
    assert brown_joins(later) == "Gordon Brown"


def test_quote_count_counts_speech_only():
    thought = QUOTES.with_columns(pl.lit("thought").alias("act"))
    people = resolve(PEOPLE, MENTIONS, thought, None, None, None).people
    assert people.filter(pl.col("name") == "Dmitry Peskov")["quote_count"].item() == 0
    speech = QUOTES.with_columns(pl.lit("speech").alias("act"))
    people = resolve(PEOPLE, MENTIONS, speech, None, None, None).people
    assert people.filter(pl.col("name") == "Dmitry Peskov")["quote_count"].item() == 1


def test_a_speaker_who_is_no_person_keeps_the_name_extraction_gave():
    org = quotes_frame([
        {"article_id": "a2", "quote_id": "q3", "text": "growth will slow this year", "start_char": 100,
         "end_char": 126, "kind": "indirect", "speaker_text": "StatCan", "speaker_start": 90, "speaker_end": 97,
         "speaker_local_key": None, "cue": "said", "confidence": 0.8, "speaker_name": "Statistics Canada"},
        {"article_id": "a1", "quote_id": "q4", "text": "talks will go on", "start_char": 60, "end_char": 76,
         "kind": "indirect", "speaker_text": "Peskov", "speaker_start": 40, "speaker_end": 46,
         "speaker_local_key": "peskov", "cue": "said", "confidence": 0.8, "speaker_name": "ignored"},
    ])
    first = resolve(PEOPLE, MENTIONS, pl.concat([QUOTES, org]), None, None, None)
    rows = {r["quote_id"]: r for r in first.quotes.iter_rows(named=True)}
    assert rows["q3"]["speaker_person_id"] is None and rows["q3"]["speaker_name"] == "Statistics Canada"
    assert rows["q4"]["speaker_name"] == "Dmitry Peskov"  # a person's name comes from the people table
    # Stored rows keep it on a later run, when their speakers' names are refreshed.
    later = quotes_frame([{**org.row(0, named=True), "article_id": "a3", "quote_id": "q5",
                           "text": "exports fell sharply", "speaker_name": "Statistics Canada"}])
    again = resolve(PEOPLE.head(0), MENTIONS.head(0), later, first.people, first.person_mentions,
                    stored_from_frame(first.quotes))
    stored = whole_table(first.quotes, again).filter(pl.col("quote_id") == "q3").row(0, named=True)
    assert stored["speaker_name"] == "Statistics Canada"
    assert "q3" not in again.changes["quote_id"].to_list()
