"""Shingles, MinHash signatures and LSH banding (newsfold.dedup.minhash)."""

from __future__ import annotations

import numpy as np
import pytest

from newsfold.dedup import minhash
from tests.dedup.conftest import change_words


def test_short_texts_become_one_shingle_and_empty_texts_none():
    short, empty, long = minhash.shingle_hashes_many(["Putin called Trump.", "  ", "one two three four five six"], 5)
    assert len(short) == 1 and len(empty) == 0 and len(long) == 2


def test_shingles_do_not_cross_document_boundaries():
    together = minhash.shingle_hashes_many(["a b c d e", "f g h i j"], 5)
    alone = [minhash.shingle_hashes_many([t], 5)[0] for t in ("a b c d e", "f g h i j")]
    assert all(np.array_equal(x, y) for x, y in zip(together, alone))
    assert all(len(x) == 1 for x in together)


def test_minhash_agreement_estimates_jaccard(seeds):
    shingles = minhash.shingle_hashes_many([seeds[1], change_words(seeds[1], every=25), seeds[2]], 5)
    sigs = minhash.minhash_signatures(shingles, 256)
    for i, j in ((0, 1), (0, 2)):
        estimate = float(np.mean(sigs[i] == sigs[j]))
        assert abs(estimate - minhash.jaccard(shingles[i], shingles[j])) < 0.12


def test_signatures_are_stable_across_calls(seeds):
    first = minhash.minhash_signatures(minhash.shingle_hashes_many(seeds[:2]), 64)
    again = minhash.minhash_signatures(minhash.shingle_hashes_many(seeds[:2]), 64)
    assert np.array_equal(first, again)


@pytest.mark.parametrize("threshold,num_perm", [(0.8, 128), (0.9, 64), (0.5, 128), (0.8, 32)])
def test_lsh_bands_favour_recall_at_the_threshold(threshold, num_perm):
    bands, rows = minhash.lsh_bands(threshold, num_perm)
    assert bands * rows <= num_perm
    assert minhash.candidate_probability(threshold, bands, rows) >= 0.99 or rows == 1


def test_big_buckets_pair_every_member_with_the_likely_kept_copies():
    i, j = minhash.big_bucket_pairs(200)
    assert (i < j).all() and (j < 200).all()
    assert set(range(1, 200)) <= set(j[i == 0].tolist())  # the first (highest-priority) member meets all
    assert len(i) < 200 * 30  # linear, not 200 * 199 / 2
