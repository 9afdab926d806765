"""The quote index: grouping over several runs through it gives the groups of one run over everything."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.link.quote_groups import group_quotes
from newsfold.link.quote_index import INDEX_SCHEMA, RUN, TEXT, candidates, containing, index_frame, key_of, lookup_keys

# The cases of quote_groups' docstring: equal words, overlapping excerpts (a shared 8-word run), a
# shorter quote inside quotes of one group, reported speech carrying quoted words, and unrelated ones.
POOL = [
    "lengthy and highly productive", "a lengthy and highly productive phone call",
    'announced that he had a "lengthy and highly productive" call with the president',
    "good and detailed", "without Ukraine", "Without Ukraine.",
    "there can be no negotiations on Ukraine without Ukraine", "", "!!", "mistake",
    "It is time to stop this ridiculous war, where there has been massive death.",
    "stop this ridiculous war", "It is time to stop this ridiculous war",
    "Ukrainian units will be expelled from this territory. All who are not destroyed",
    "will be expelled from this territory. All who are not destroyed will be expelled.",
]


def group_in_runs(runs: list[list[tuple[str, str]]]) -> dict[str, str]:
    """quote_id -> group id after grouping each run's quotes through the index of the earlier ones."""
    stored: dict[str, tuple[str, str]] = {}  # quote_id -> (group id, text)
    index = pl.DataFrame(schema=INDEX_SCHEMA)
    for batch in runs:
        groups = pl.DataFrame({"quote_id": list(stored), "quote_group_id": [g for g, _ in stored.values()]},
                              schema={"quote_id": pl.String, "quote_group_id": pl.String})
        found = set(candidates(index.lazy(), [t for _, t in batch], groups))
        existing = [stored[q] for q in sorted(found)]
        grouping = group_quotes(batch, existing)
        stored = {q: (grouping.renamed.get(g, g), t) for q, (g, t) in stored.items()}
        stored.update({q: (grouping.assigned[q], t) for q, t in batch})
        index = pl.concat([index, index_frame(batch)])
    return {q: g for q, (g, _) in stored.items()}


def partition(groups: dict[str, str]) -> set[frozenset[str]]:
    members: dict[str, set[str]] = {}
    for quote_id, group in groups.items():
        members.setdefault(group, set()).add(quote_id)
    return {frozenset(m) for m in members.values()}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(POOL), st.integers(0, 3)), max_size=12))
def test_runs_through_the_index_group_as_one_run_over_everything(drawn):
    quotes = [(f"q{i:02d}", text) for i, (text, _) in enumerate(drawn)]
    runs = [[q for q, (_, run) in zip(quotes, drawn) if run == r] for r in range(4)]
    at_once = group_quotes(quotes).assigned
    assert partition(group_in_runs(runs)) == partition(at_once)


def test_a_short_stored_quote_joined_by_containment_stays_out_of_a_second_container():
    # "lasting, reliable peace" joined the quote holding both fragments (its one container); a later quote
    # holding it too makes two containers, so it joins neither: the group of the first run stays as it
    # is and the new quote stands alone, as when the later run is linked with every stored quote.
    runs = [[("a", '"lasting, reliable peace."'),
             ("b", 'as "good and detailed," securing a "lasting, reliable peace."')],
            [("j", "we are charting our next steps to assure lasting, reliable peace.")]]
    groups = group_in_runs(runs)
    assert groups["a"] == groups["b"] and groups["j"] != groups["a"]
    with_everything = group_quotes(runs[1], [(groups["a"], runs[0][0][1]), (groups["b"], runs[0][1][1])])
    assert with_everything.assigned["j"] == groups["j"] and not with_everything.renamed


def test_the_repeated_seed_quote_stays_one_group_across_runs():
    runs = [[("a", "a lengthy and highly productive phone call")], [("b", "lengthy and highly productive")],
            [("c", 'announced that he had a "lengthy and highly productive" call')]]
    groups = group_in_runs(runs)
    assert groups["a"] == groups["b"] == groups["c"]


def test_a_new_quote_finds_only_the_stored_quotes_it_can_link_with():
    stored = index_frame([("s1", "stop this ridiculous war"), ("s2", "something else entirely was said"),
                          ("s3", "It is time to stop this ridiculous war now"),
                          ("s4", "this ridiculous war, stop it"), ("s5", "we must stop this war")])
    # s1 runs inside the new quote; s3 contains s1, so it decides with it. s4 and s5 share trigrams,
    # not the words in order: they are no candidates.
    assert candidates(stored.lazy(), ["we must stop this ridiculous war today"]) == ["s1", "s3"]
    assert candidates(stored.lazy(), ["nothing in common here at all"]) == []


def test_containment_needs_every_trigram_at_consecutive_positions():
    stored = index_frame([("a", "one two three four five six"), ("b", "three four one two five six")])
    assert containing(stored.lazy(), [("two", "three", "four", "five")])["quote_id"].to_list() == ["a"]
    assert containing(stored.lazy(), [("one", "two", "five")])["quote_id"].to_list() == ["b"]


def test_a_phrase_inside_many_groups_keeps_the_containers_of_a_few_groups():
    stored = index_frame([(f"s{n}", f"this is one of the best days number {n}") for n in range(6)]
                         + [("t", "one of the best")])
    groups = pl.DataFrame({"quote_id": [f"s{n}" for n in range(6)] + ["t"],
                           "quote_group_id": ["g0", "g0", "g1", "g2", "g3", "g4", "gt"]})
    assert candidates(stored.lazy(), ["one of the best"]) == ["s0", "s1", "s2", "s3", "s4", "s5", "t"]
    assert candidates(stored.lazy(), ["one of the best"], groups) == ["s0", "s1", "s2", "s3", "t"]


def test_keys_are_stable_and_cover_inner_runs():
    assert key_of(("lengthy", "and", "highly")) == key_of(("lengthy", "and", "highly"))
    keys = lookup_keys(("a", "lengthy", "and", "highly", "productive", "phone", "call", "with", "him"))
    assert keys[(key_of(("lengthy", "and", "highly", "productive")), TEXT)] == ("lengthy", "and", "highly", "productive")
    assert (key_of(("a", "lengthy", "and", "highly", "productive", "phone", "call", "with")), RUN) in keys
    assert index_frame([("q", "Lengthy and highly productive!")]).schema == INDEX_SCHEMA
