"""Story grouping (newsfold.dedup.stories): same story in other words together, other stories apart."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.dedup import stories
from newsfold.dedup.stories import StoryInput, assign_stories, capitalised_names, content_words, story_features

FEB_13 = datetime(2025, 2, 13, tzinfo=timezone.utc)

# Unrelated stories, written for these tests (not from any corpus).
UNRELATED = {
    "football": (
        "Arsenal beat Chelsea 2-1 at the Emirates on Saturday. Bukayo Saka scored the winner in the 80th minute "
        "after Cole Palmer had equalised for the visitors. Mikel Arteta said his side showed great character, "
        "while Enzo Maresca complained about the referee. Arsenal move to second in the Premier League table."
    ),
    "chips": (
        "Chipmaker Nvidia reported record quarterly revenue of $39bn, driven by demand for its Blackwell "
        "processors from data centre operators. Chief executive Jensen Huang told analysts that demand for "
        "artificial intelligence hardware remained extraordinary. Shares in Nvidia rose 3% in after-hours trading."
    ),
    "tariffs": (
        "President Donald Trump said tariffs of 25% on steel and aluminium imports from Canada and Mexico would "
        "take effect next month. Canadian Prime Minister Justin Trudeau called the move unjustified and promised "
        "retaliation, while carmakers in Detroit warned that prices for buyers would rise sharply."
    ),
    "storm": (
        "Storm Eowyn brought winds of up to 100mph to Scotland and Northern Ireland, leaving a million homes "
        "without power. The Met Office issued a rare red warning, schools were closed and ScotRail cancelled all "
        "trains. Engineers from Northern Ireland Electricity Networks worked through the night to restore supplies."
    ),
}


def group(bodies: list[str], dates: list | None = None, previous: StoryInput | None = None) -> list[str]:
    """Story ids of `bodies`, optionally after the articles of an earlier run."""
    feats = [story_features(None, b) for b in bodies]
    prev_n = len(previous.article_id) if previous else 0
    data = StoryInput(
        terms=(previous.terms if previous else []) + [t for t, _ in feats],
        counts=(previous.counts if previous else []) + [c for _, c in feats],
        published_at=(previous.published_at if previous else []) + (dates or [None] * len(bodies)),
        story_id=(previous.story_id if previous else []) + [None] * len(bodies),
        article_id=(previous.article_id if previous else []) + [f"a{prev_n + i}" for i in range(len(bodies))],
    )
    assigned = assign_stories(data, list(range(prev_n, prev_n + len(bodies))))
    return [assigned[i] for i in range(prev_n, prev_n + len(bodies))]


def test_content_words_drop_stop_words_numbers_and_short_words():
    assert content_words("He said the 25% tariffs on EU steel would hit Ford's plants in 2025.") == [
        "tariffs", "steel", "hit", "ford", "plants"]


def test_capitalised_names_skip_sentence_starts():
    text = "Officials in Kyiv said Putin spoke to Donald Trump. Later, the Kremlin agreed."
    assert capitalised_names(text) == ["kyiv", "putin", "donald", "trump", "kremlin"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_story_features_are_sorted_unique_and_counted(text):
    terms, counts = story_features(None, text)
    assert terms.dtype == np.uint32 and counts.dtype == np.uint16
    assert np.all(np.diff(terms.astype(np.int64)) > 0)
    assert len(terms) == len(counts) and (counts > 0).all()


def test_title_words_weigh_more():
    terms, counts = story_features("Ceasefire talks", "The ceasefire held.")
    word = stories._feature_hash("ceasefire")
    assert counts[np.searchsorted(terms, word)] == 1 + stories.TITLE_WEIGHT


def test_names_are_features_of_their_own():
    terms, _ = story_features(None, "Talks with Putin began.")
    assert stories._feature_hash("putin", is_name=True) in terms.tolist()
    assert stories._feature_hash("putin") in terms.tolist()


def test_the_five_seeds_are_one_story(seed_texts):
    ids = group(list(seed_texts.values()))
    assert len(set(ids)) == 1


def test_unrelated_articles_stay_apart_from_the_seeds(seed_texts):
    ids = group(list(seed_texts.values()) + list(UNRELATED.values()))
    seeds_story = set(ids[: len(seed_texts)])
    others = ids[len(seed_texts):]
    assert len(seeds_story) == 1
    assert len(set(others)) == len(others) and not seeds_story & set(others)


def test_same_story_far_apart_in_time_is_two_stories(seed_texts):
    bodies = list(seed_texts.values())[:2]
    ids = group(bodies, dates=[FEB_13, FEB_13 + timedelta(days=60)])
    assert ids[0] != ids[1]
    assert len(set(group(bodies, dates=[FEB_13, FEB_13 + timedelta(days=1)]))) == 1


def test_story_id_is_stable_and_later_articles_join_it(seed_texts):
    bodies = list(seed_texts.values())
    first = group(bodies[:2])
    feats = [story_features(None, b) for b in bodies[:2]]
    previous = StoryInput(terms=[t for t, _ in feats], counts=[c for _, c in feats], published_at=[None, None],
                          story_id=first, article_id=["a0", "a1"])
    later = group(bodies[2:], previous=previous)
    assert set(later) == set(first) == {stories.story_id_for("a0")}


def test_an_unrelated_later_article_founds_its_own_story(seed_texts):
    bodies = list(seed_texts.values())[:3]
    first = group(bodies)
    feats = [story_features(None, b) for b in bodies]
    previous = StoryInput(terms=[t for t, _ in feats], counts=[c for _, c in feats], published_at=[None] * 3,
                          story_id=first, article_id=["a0", "a1", "a2"])
    assert group([UNRELATED["storm"]], previous=previous) == [stories.story_id_for("a3")]


def test_no_new_articles_assigns_nothing():
    data = StoryInput(terms=[], counts=[], published_at=[], story_id=[], article_id=[])
    assert assign_stories(data, []) == {}


@pytest.mark.parametrize("body", ["", "   ", "12 34 56"])
def test_articles_without_features_get_their_own_story(body):
    assert group([body, body]) == [stories.story_id_for("a0"), stories.story_id_for("a1")]
