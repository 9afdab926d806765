"""The quote index: grouping over several runs through it gives the groups of one run over everything."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.link.quote_groups import group_quotes
from newsfold.link.quote_index import FIRST, INDEX_SCHEMA, TEXT, candidates, index_frame, key_of, lookup_frame

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
        found = set(candidates(index.lazy(), [t for _, t in batch]))
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


def test_the_repeated_seed_quote_stays_one_group_across_runs():
    runs = [[("a", "a lengthy and highly productive phone call")], [("b", "lengthy and highly productive")],
            [("c", 'announced that he had a "lengthy and highly productive" call')]]
    groups = group_in_runs(runs)
    assert groups["a"] == groups["b"] == groups["c"]


def test_a_new_quote_finds_only_the_stored_quotes_it_can_link_with():
    stored = index_frame([("s1", "stop this ridiculous war"), ("s2", "something else entirely was said"),
                          ("s3", "It is time to stop this ridiculous war now")])
    # s1 runs inside the new quote (found by its first trigram); s3 contains s1, so it decides with it.
    assert candidates(stored.lazy(), ["we must stop this ridiculous war today"]) == ["s1", "s3"]
    assert candidates(stored.lazy(), ["nothing in common here at all"]) == []


def test_keys_are_stable_and_typed():
    assert key_of(("lengthy", "and", "highly")) == key_of(("lengthy", "and", "highly"))
    looked = lookup_frame(["Lengthy and highly productive!"])
    assert looked.schema == {"key": pl.Int64, "kind": pl.Int8}
    assert (key_of(("lengthy", "and", "highly", "productive")), TEXT) in set(looked.iter_rows())
    assert (key_of(("and", "highly", "productive")), FIRST) in set(looked.iter_rows())
