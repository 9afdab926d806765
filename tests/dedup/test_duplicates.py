"""Exact and near duplicates, the kept-copy rule, and state across runs (newsfold.dedup.duplicates)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.dedup import duplicates as dedup
from newsfold.dedup.duplicates import content_hash, deduplicate_and_group, normalise_text

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


def change_words(text: str, every: int = 60) -> str:
    """Replace one word in `every` (a light edit, as an updated version of an article)."""
    words = text.split(" ")
    return " ".join("CHANGED" if i % every == every // 2 else w for i, w in enumerate(words))


@pytest.fixture(scope="module")
def seeds(seed_texts) -> list[str]:
    return list(seed_texts.values())


# --------------------------------------------------------------------------- normaliser and hash

words_strategy = st.lists(st.from_regex(r"[A-Za-z0-9]{1,8}", fullmatch=True), min_size=1, max_size=30)
gaps_strategy = st.lists(st.sampled_from([" ", "  ", "\n", "\t", " \r\n ", ", ", ". ", " - ", "\u00a0"]), min_size=30,
                         max_size=30)


@settings(max_examples=200, deadline=None)
@given(words=words_strategy, gaps=gaps_strategy)
def test_hash_ignores_whitespace_and_punctuation_between_words(words, gaps):
    plain = " ".join(words)
    spaced = "".join(w + g for w, g in zip(words, gaps))
    assert content_hash(spaced) == content_hash(plain)


@settings(max_examples=200, deadline=None)
@given(words=words_strategy)
def test_hash_ignores_case(words):
    text = " ".join(words)
    assert content_hash(text.upper()) == content_hash(text.lower()) == content_hash(text)


@settings(max_examples=100, deadline=None)
@given(words=words_strategy, extra=st.from_regex(r"[a-z]{1,8}", fullmatch=True))
def test_hash_changes_when_words_change(words, extra):
    text = " ".join(words)
    assert content_hash(text + " " + extra) != content_hash(text)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_normalised_text_is_lowercase_words_single_spaced(text):
    normalised = normalise_text(text)
    assert normalised == normalised.strip()
    assert "  " not in normalised
    assert re.fullmatch(r"[^\W_]*( [^\W_]+)*", normalised)


def test_boilerplate_lines_do_not_change_the_hash(seeds):
    footer = "\n\nCopyright 2025 Example News. All rights reserved.\nFollow us on X for more.\nRelated Sources: BBC"
    assert content_hash(seeds[0] + footer) == content_hash(seeds[0])


def test_a_long_line_mentioning_subscribe_is_content():
    body = "The minister said voters would not subscribe to a plan that cut pensions by a third next year."
    assert normalise_text(body).startswith("the minister said")
    assert normalise_text("Subscribe to our newsletter today.\nThe minister spoke.") == "the minister spoke"
    long_line = "Subscribe, the union told its members, " + "and they did so in their thousands " * 3
    assert normalise_text(long_line).startswith("subscribe the union")


def test_full_width_and_non_breaking_forms_normalise_alike():
    assert content_hash("Ｔｒｕｍｐ\u00a0called Putin") == content_hash("Trump called Putin")


# --------------------------------------------------------------------------- shingles, MinHash, LSH


def test_short_texts_become_one_shingle_and_empty_texts_none():
    short, empty, long = dedup.shingle_hashes_many(["Putin called Trump.", "  ", "one two three four five six"], 5)
    assert len(short) == 1 and len(empty) == 0 and len(long) == 2


def test_shingles_do_not_cross_document_boundaries():
    together = dedup.shingle_hashes_many(["a b c d e", "f g h i j"], 5)
    alone = [dedup.shingle_hashes_many([t], 5)[0] for t in ("a b c d e", "f g h i j")]
    assert all(np.array_equal(x, y) for x, y in zip(together, alone))
    assert all(len(x) == 1 for x in together)


def test_minhash_agreement_estimates_jaccard(seeds):
    shingles = dedup.shingle_hashes_many([seeds[1], change_words(seeds[1], every=25), seeds[2]], 5)
    sigs = dedup.minhash_signatures(shingles, 256)
    for i, j in ((0, 1), (0, 2)):
        estimate = float(np.mean(sigs[i] == sigs[j]))
        assert abs(estimate - dedup.jaccard(shingles[i], shingles[j])) < 0.12


def test_signatures_are_stable_across_calls(seeds):
    first = dedup.minhash_signatures(dedup.shingle_hashes_many(seeds[:2]), 64)
    again = dedup.minhash_signatures(dedup.shingle_hashes_many(seeds[:2]), 64)
    assert np.array_equal(first, again)


@pytest.mark.parametrize("threshold,num_perm", [(0.8, 128), (0.9, 64), (0.5, 128), (0.8, 32)])
def test_lsh_bands_favour_recall_at_the_threshold(threshold, num_perm):
    bands, rows = dedup.lsh_bands(threshold, num_perm)
    assert bands * rows <= num_perm
    assert dedup._candidate_probability(threshold, bands, rows) >= 0.99 or rows == 1


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
    expected = dedup.jaccard(*dedup.shingle_hashes_many([seeds[1], edited]))
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


def test_big_buckets_pair_every_member_with_the_likely_kept_copies():
    i, j = dedup._big_bucket_pairs(200)
    assert (i < j).all() and (j < 200).all()
    assert set(range(1, 200)) <= set(j[i == 0].tolist())  # the first (highest-priority) member meets all
    assert len(i) < 200 * 30  # linear, not 200 * 199 / 2


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
