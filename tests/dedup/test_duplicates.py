"""Exact and near duplicates, the kept-copy rule, and state across runs (newsfold.dedup.duplicates)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import polars as pl
import pytest

from newsfold.dedup import duplicates as dedup
from newsfold.dedup.duplicates import deduplicate_and_group
from newsfold.dedup.minhash import jaccard, shingle_hashes_many
from tests.dedup.conftest import change_words

FEB_13 = datetime(2025, 2, 13, 9, 0, tzinfo=timezone.utc)


def frame(rows: list[dict]) -> pl.DataFrame:
    """A `new` input table: article_id, body and optional title, published_at, word_count."""
    return pl.DataFrame(
        {
            "article_id": pl.Series([r["article_id"] for r in rows], dtype=pl.String),
            "body": pl.Series([r["body"] for r in rows], dtype=pl.String),
            "title": pl.Series([r.get("title") for r in rows], dtype=pl.String),
            "published_at": pl.Series([r.get("published_at") for r in rows], dtype=pl.Datetime("us", "UTC")),
            "word_count": pl.Series([r.get("word_count", len(r["body"].split())) for r in rows], dtype=pl.Int64),
        }
    )


def by_id(decisions: pl.DataFrame) -> dict[str, dict]:
    return {row["article_id"]: row for row in decisions.iter_rows(named=True)}


# --------------------------------------------------------------------------- decisions


def test_exact_duplicate_differing_in_case_and_spacing(seeds):
    copy = re.sub(r" ", "  ", seeds[0]).upper()
    decisions, _ = deduplicate_and_group(frame([{"article_id": "a", "body": seeds[0]},
                                                {"article_id": "b", "body": copy}]))
    rows = by_id(decisions)
    assert rows["a"]["duplicate_kind"] == "none" and rows["a"]["duplicate_of"] is None
    assert rows["b"]["duplicate_kind"] == "exact" and rows["b"]["duplicate_of"] == "a"
    assert rows["b"]["similarity"] == 1.0
    assert rows["a"]["content_hash"] == rows["b"]["content_hash"]
    assert rows["a"]["story_id"] == rows["b"]["story_id"]


def test_near_duplicate_with_a_few_words_changed(seeds):
    edited = change_words(seeds[1])
    decisions, _ = deduplicate_and_group(frame([{"article_id": "orig", "body": seeds[1]},
                                                {"article_id": "edit", "body": edited}]))
    rows = by_id(decisions)
    expected = jaccard(*shingle_hashes_many([seeds[1], edited]))
    assert rows["edit"]["duplicate_kind"] == "near" and rows["edit"]["duplicate_of"] == "orig"
    assert rows["edit"]["similarity"] == pytest.approx(expected) and expected >= 0.8
    assert rows["edit"]["story_id"] == rows["orig"]["story_id"]


def test_articles_on_one_story_in_other_words_are_not_duplicates(seeds):
    decisions, _ = deduplicate_and_group(frame([{"article_id": str(i), "body": b} for i, b in enumerate(seeds)]))
    assert decisions["duplicate_kind"].to_list() == ["none"] * len(seeds)


def test_below_threshold_is_not_near(seeds):
    heavy = change_words(seeds[1], every=6)  # about one shingle in two broken
    decisions, _ = deduplicate_and_group(frame([{"article_id": "orig", "body": seeds[1]},
                                                {"article_id": "heavy", "body": heavy}]))
    assert by_id(decisions)["heavy"]["duplicate_kind"] == "none"


def test_threshold_and_shingle_size_are_parameters(seeds):
    heavy = change_words(seeds[1], every=6)
    decisions, _ = deduplicate_and_group(frame([{"article_id": "orig", "body": seeds[1]},
                                                {"article_id": "heavy", "body": heavy}]), threshold=0.3, shingle_size=2)
    assert by_id(decisions)["heavy"]["duplicate_kind"] == "near"


def test_short_and_empty_texts():
    rows = [
        {"article_id": "s1", "body": "Putin called Trump."},
        {"article_id": "s2", "body": "putin called TRUMP"},
        {"article_id": "s3", "body": "Putin called Macron."},
        {"article_id": "e1", "body": ""},
        {"article_id": "e2", "body": "   "},
    ]
    got = by_id(deduplicate_and_group(frame(rows))[0])
    assert got["s2"]["duplicate_kind"] == "exact" and got["s2"]["duplicate_of"] == "s1"
    assert got["s3"]["duplicate_kind"] == "none"
    assert got["e2"]["duplicate_kind"] == "exact" and got["e2"]["duplicate_of"] == "e1"


def test_kept_copy_is_earliest_then_longest_then_smallest_id(seeds):
    body = seeds[2]
    rows = [
        {"article_id": "z-early", "body": body, "published_at": FEB_13, "word_count": 10},
        {"article_id": "a-late", "body": body, "published_at": FEB_13 + timedelta(hours=1), "word_count": 999},
        {"article_id": "b-undated", "body": body},
    ]
    assert by_id(deduplicate_and_group(frame(rows))[0])["a-late"]["duplicate_of"] == "z-early"
    undated = [{"article_id": aid, "body": body, "word_count": wc} for aid, wc in (("c", 5), ("b", 9), ("a", 5))]
    assert by_id(deduplicate_and_group(frame(undated))[0])["a"]["duplicate_of"] == "b"
    ties = [{"article_id": aid, "body": body} for aid in ("y", "x")]
    assert by_id(deduplicate_and_group(frame(ties))[0])["y"]["duplicate_of"] == "x"


def test_clusters_have_no_chains(seeds):
    base = seeds[3]
    rows = [{"article_id": f"v{i}", "body": change_words(base, every=80 + 20 * i),
             "published_at": FEB_13 + timedelta(hours=i)} for i in range(6)]
    rows += [{"article_id": "exact", "body": rows[3]["body"].lower()}, {"article_id": "other", "body": seeds[0]}]
    decisions, _ = deduplicate_and_group(frame(rows))
    kinds = dict(zip(decisions["article_id"], decisions["duplicate_kind"]))
    links = decisions.select("article_id", "duplicate_of", "duplicate_kind", "similarity")
    for aid, target, kind, sim in links.iter_rows():
        if target is not None:
            assert kinds[target] == "none", f"{aid} points at non-kept {target}"
            assert sim >= 0.8
    assert by_id(decisions)["v3"]["duplicate_of"] == "v0"
    # the exact copy of a near duplicate points at the cluster's kept copy, not at its twin
    assert by_id(decisions)["exact"]["duplicate_of"] == "v0"
    assert by_id(decisions)["exact"]["duplicate_kind"] == "near"
    assert by_id(decisions)["other"]["duplicate_kind"] == "none"


def test_output_rows_follow_input_order_and_schema(seeds):
    rows = [{"article_id": f"id{i}", "body": b} for i, b in enumerate(reversed(seeds))]
    decisions, state = deduplicate_and_group(frame(rows))
    assert decisions["article_id"].to_list() == [r["article_id"] for r in rows]
    assert dict(decisions.schema) == dedup.DECISION_SCHEMA
    assert dict(state.schema) == dedup.STATE_SCHEMA and state.height == len(rows)


def test_duplicate_article_ids_are_refused():
    with pytest.raises(ValueError):
        deduplicate_and_group(frame([{"article_id": "a", "body": "x"}, {"article_id": "a", "body": "y"}]))


# --------------------------------------------------------------------------- across runs


def run_twice(first_rows, second_rows, tmp_path, **params):
    """Run 1, persist its state as Parquet like the flow does, run 2 with it."""
    first, state = deduplicate_and_group(frame(first_rows), **params)
    state.write_parquet(tmp_path / "run1.parquet")
    previous = pl.read_parquet(tmp_path / "run1.parquet")
    second, state2 = deduplicate_and_group(frame(second_rows), previous, **params)
    return by_id(first), by_id(second), previous, state2


def test_an_earlier_kept_article_stays_kept_across_runs(seeds, tmp_path):
    first, second, _, state2 = run_twice(
        [{"article_id": "old", "body": seeds[1], "published_at": FEB_13 + timedelta(days=1)}],
        [{"article_id": "earlier-copy", "body": change_words(seeds[1]), "published_at": FEB_13},
         {"article_id": "exact-copy", "body": seeds[1].upper()}],
        tmp_path,
    )
    assert second["earlier-copy"]["duplicate_kind"] == "near" and second["earlier-copy"]["duplicate_of"] == "old"
    assert second["exact-copy"]["duplicate_kind"] == "exact" and second["exact-copy"]["duplicate_of"] == "old"
    assert second["earlier-copy"]["story_id"] == second["exact-copy"]["story_id"] == first["old"]["story_id"]
    assert state2["minhash"].null_count() == 2  # duplicates carry no signature


def test_a_later_article_joins_the_existing_story(seeds, tmp_path):
    first, second, _, _ = run_twice(
        [{"article_id": f"s{i}", "body": b} for i, b in enumerate(seeds[:3])],
        [{"article_id": f"s{i}", "body": b} for i, b in enumerate(seeds[3:], start=3)],
        tmp_path,
    )
    assert len({r["story_id"] for r in first.values()} | {r["story_id"] for r in second.values()}) == 1


def test_reingested_article_gets_its_earlier_decision(seeds, tmp_path):
    rows = [{"article_id": "a", "body": seeds[0]}, {"article_id": "b", "body": seeds[0].lower()}]
    first, second, _, state2 = run_twice(rows, rows, tmp_path)
    assert first == second
    assert state2.height == 0


def test_state_with_other_parameters_is_refused(seeds, tmp_path):
    _, state = deduplicate_and_group(frame([{"article_id": "a", "body": seeds[0]}]))
    with pytest.raises(ValueError):
        deduplicate_and_group(frame([{"article_id": "b", "body": seeds[1]}]), state, shingle_size=3)


def test_empty_new_run_with_state(seeds):
    _, state = deduplicate_and_group(frame([{"article_id": "a", "body": seeds[0]}]))
    decisions, new_state = deduplicate_and_group(frame([]), state)
    assert decisions.height == 0 and new_state.height == 0


# --------------------------------------------------------------------------- real corpus


@pytest.mark.slow
def test_bbc_duplicates_and_story_sizes(shared_dir):
    bbc = sorted((shared_dir / "corpora" / "bbc").glob("*/*.txt"))
    if not bbc:
        pytest.skip("BBC corpus missing")
    rows = []
    for path in bbc:
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace") if raw.isascii() else raw.decode("latin-1")
        title, _, body = text.partition("\n")
        rows.append({"article_id": f"{path.parent.name}/{path.stem}", "body": body, "title": title})
    decisions, _ = deduplicate_and_group(frame(rows))
    kinds = decisions["duplicate_kind"].value_counts()
    counts = dict(zip(kinds["duplicate_kind"], kinds["count"]))
    assert counts.get("exact", 0) >= 100 and counts.get("near", 0) >= 10
    assert decisions.group_by("story_id").len()["len"].max() <= 25


def test_many_near_copies_in_one_run_all_point_at_the_kept_copy(seeds):
    rows = [{"article_id": f"c{n:03d}", "body": seeds[1] + f" Update {n}.", "word_count": 700}
            for n in range(90)]
    decisions, _ = deduplicate_and_group(frame(rows))
    assert decisions.filter(pl.col("duplicate_kind") == "none")["article_id"].to_list() == ["c000"]
    assert set(decisions["duplicate_of"].drop_nulls()) == {"c000"}


def test_a_copy_of_an_earlier_near_duplicate_points_at_its_kept_copy(seeds, tmp_path):
    edited = change_words(seeds[1])
    first, second, _, _ = run_twice(
        [{"article_id": "kept", "body": seeds[1]}, {"article_id": "edited", "body": edited}],
        [{"article_id": "edited-again", "body": edited.upper()}],
        tmp_path,
    )
    again = second["edited-again"]
    assert again["duplicate_of"] == "kept" and again["duplicate_kind"] == "near"
    assert again["similarity"] == pytest.approx(first["edited"]["similarity"])
    assert again["story_id"] == first["kept"]["story_id"]


def test_seeds_are_one_story_whatever_their_order_titles_and_dates(seeds):
    """As the flow feeds them: some dated, some with titles; the dated one is visited first."""
    for dated in range(len(seeds)):
        rows = [{"article_id": f"s{i}", "body": body, "title": body.strip().splitlines()[0][:80] if i % 2 else None,
                 "published_at": FEB_13 if i == dated else None} for i, body in enumerate(seeds)]
        decisions, _ = deduplicate_and_group(frame(rows))
        assert decisions["story_id"].n_unique() == 1, f"seed {dated} dated"


def test_state_without_shingles_asks_only_for_the_candidates(seeds, tmp_path):
    """The stage reads the state without its shingle sets; verification asks for the earlier
    articles it compares, and the decisions are those of the whole state."""
    first_rows = [{"article_id": f"old{i}", "body": b, "published_at": FEB_13} for i, b in enumerate(seeds)]
    second_rows = [{"article_id": "copy", "body": change_words(seeds[2]), "published_at": FEB_13},
                   {"article_id": "other", "body": "A different text about something else entirely. " * 20}]
    _, second, previous, state2 = run_twice(first_rows, second_rows, tmp_path)
    asked: list[list[str]] = []

    def shingles_of(ids):
        asked.append(sorted(ids))
        rows = previous.filter(pl.col("article_id").is_in(ids))
        return {a: s.to_numpy() for a, s in zip(rows["article_id"], rows["shingles"], strict=True)}

    lean, lean_state = deduplicate_and_group(frame(second_rows), previous.drop("shingles"),
                                             previous_shingles=shingles_of)
    assert by_id(lean) == second
    assert lean_state.equals(state2)
    assert asked == [["old2"]], "only the earlier article that is a candidate"
    assert second["copy"]["duplicate_of"] == "old2"
