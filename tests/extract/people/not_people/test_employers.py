"""Firms the model takes for people when they employ one: "chief executive of Wippit"."""

from __future__ import annotations


def test_a_one_word_name_employing_a_post_is_a_firm(people_of):
    text = ('"We offer tracks or subscriptions," said Paul Myers, chief executive of Wippit, a UK-based music '
            'download service. Wippit has about 100,000 users, and Wippit plans more.')
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Paul Myers" in names and "Wippit" not in names


def test_a_person_named_in_full_is_no_employer(people_of):
    text = "Kate Smith, an aide of Mr Obama, said the talks went well. Smith is a former director at Citigroup."
    _, people, _ = people_of(text)
    assert "Kate Smith" in {p.name for p in people}


def test_a_one_word_name_owned_in_shares_is_a_firm(people_of):
    text = ("Italy's Illva Saronno has agreed to buy 33% of Changyu, the largest wine maker in China. Changyu said "
            "in a statement that the deal was approved, chairman Sun Liqiang said.")
    _, people, _ = people_of(text)
    assert "Changyu" not in {p.name for p in people}


def test_a_firm_after_a_full_name_and_of_is_no_person(people_of):
    text = ('"I don\'t see any problems with the Blue Chips easing higher today," Chris Callies of Dean Witter '
            'said. Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, agreed.')
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Chris Callies", "Richard Cohen"} <= names
    assert "Dean Witter" not in names


def test_a_person_named_apart_from_the_of_stays(people_of):
    text = ("Chris Callies of Dean Witter spoke first. Later Dean Witter said he agreed.")
    _, people, _ = people_of(text)
    assert "Dean Witter" in {p.name for p in people}


def test_a_name_of_several_words_owned_by_the_percent_is_no_person(people_of):
    text = ("BHPGM's portfolio will include several Australian mines -- 30 pct of Telfer, 100 pct of Ora Banda "
            "and Browns Creek and 20 pct of the new Boddington development, said John Gough.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Ora Banda" not in names and "John Gough" in names
