"""Mentions: where a known name's occurrence starts."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.mentions import untagged_name_start


def _parsed(nlp, words, heads, deps, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_untagged_given_names_compounded_into_a_name_are_part_of_it(nlp):
    # "Aung San Suu Kyi's allies": the model tagged only "Suu Kyi"
    doc = _parsed(nlp, ["Burma", "-", "Aung", "San", "Suu", "Kyi", "'s", "allies", "won"],
                  [8, 0, 5, 5, 5, 7, 5, 8, 8], ["nsubj", "punct", "compound", "compound", "compound", "poss",
                                               "case", "nsubj", "ROOT"],
                  ["PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PART", "NOUN", "VERB"])
    assert untagged_name_start(doc, 4, 6) == 2


def test_a_title_or_a_word_before_a_name_is_not_part_of_it(nlp):
    doc = _parsed(nlp, ["Then", "Senator", "Chuck", "Grassley", "spoke"], [4, 3, 3, 4, 4],
                  ["advmod", "compound", "compound", "nsubj", "ROOT"], ["ADV", "PROPN", "PROPN", "PROPN", "VERB"])
    assert untagged_name_start(doc, 2, 4) == 2


def test_a_surname_spelt_like_a_place_that_speaks_is_the_person(people_of):
    # "Holland" is tagged a place, but "Holland said" after "David M. Holland" is him speaking.
    text = ("David M. Holland, president of the company's Southwest Division, told Reuters the network was on track.\n"
            "Holland said the company was cutting back its advertising by about 30 pct this year.")
    doc, people, mentions = people_of(text)
    assert [p.name for p in people] == ["David M. Holland"]
    assert text.index("Holland said") in [m.start_char for m in mentions]


def test_a_place_spelt_like_a_known_surname_is_still_no_mention(people_of):
    text = "Paul Holland, the company's chairman, said it would open an office in Holland next year."
    doc, people, mentions = people_of(text)
    assert text.index("in Holland") + 3 not in [m.start_char for m in mentions]
