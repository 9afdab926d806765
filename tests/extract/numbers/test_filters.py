"""Numbers after a name that are counts, not identifiers (through extract_numbers)."""

from __future__ import annotations

from tests.extract.numbers.helpers import pairs


def test_counts_after_possessives_and_weekdays(nlp):
    assert pairs(nlp, "Smith's two late goals sealed the win.") == [(2, None, "goal")]
    assert pairs(nlp, "On Friday 20 protesters were arrested.") == [(20, None, "protester")]


def test_count_after_a_proper_noun(nlp):
    assert pairs(nlp, "In London 200 people marched against the war.") == [(200, None, "people")]
    assert pairs(nlp, "He has scored for Brazil 77 times.") == [(77, None, "times")]
    assert pairs(nlp, "The Apple Watch 5 is expensive.") == []


def test_long_identifiers_and_markup_attributes_are_not_quantities(nlp):
    text = '<tweet timestamp="1457542800" tweet_id="707395353688018944">He spoke 5 times.</tweet>'
    assert pairs(nlp, text) == [(5, None, "times")]


def test_a_pair_of_percents_is_not_a_negative(nlp):
    assert pairs(nlp, "Democrats back it, 89%-6%.") == [(89, None, "percent"), (6, None, "percent")]


def test_margins_and_possessive_compounds(nlp):
    assert pairs(nlp, "The margin of error is plus or minus 5.7 percentage points.") == [(5.7, None, "percentage point")]
    assert pairs(nlp, "It needs the Senate's 60-vote threshold.") == [(60, None, "vote")]


def test_one_and_two_standing_for_something_named_elsewhere_are_not_counts(nlp):
    assert pairs(nlp, "She plans to narrow her support to one.") == []
    assert pairs(nlp, "You have one who has been plotting to be president.") == []
    assert pairs(nlp, "I don't think either one helped themselves.") == []
    assert pairs(nlp, "The option was one of many contained in a report.") == []
    assert pairs(nlp, "The statement by the two suggested both are invested.") == []
    assert pairs(nlp, "On the one hand is the right of a woman to choose.") == []


def test_one_after_a_determiner_counts_the_noun_it_modifies(nlp):
    assert pairs(nlp, "The one guy doing well in Iowa is Ted Cruz.") == [(1, None, "guy")]
    assert pairs(nlp, "It is hard to blame any one person for that.") == [(1, None, "person")]
    assert pairs(nlp, "Ameriquest was one of several firms sued by the NAACP.") == [(1, None, "firm")]
    assert pairs(nlp, "The two companies agreed.") == [(2, None, "company")]


def test_an_abbreviated_month_with_its_dot_dates_a_number_in_any_case(nlp):
    assert pairs(nlp, "HE ANSWERED A GRAND TOTAL OF SEVEN QUESTIONS ON DEC. 4, 2015.") == [(7, None, "question")]


def test_a_number_listed_after_a_name_names_something_too(nlp):
    assert pairs(nlp, "Computers running Windows 95, 98, 2000, NT and XP are vulnerable.") == []
    assert pairs(nlp, "In 2015, 300 died.") == [(300, None, None)]
    assert pairs(nlp, "Apple sold the iPhone 11, 5 days after launch.") == [(5, None, "day")]


def test_a_written_number_hyphened_to_its_unit_before_a_noun_is_an_adjective(nlp):
    assert pairs(nlp, "His seven-point lead became a three-point loss.") == []
    assert pairs(nlp, "He led by a three-percentage-point margin.") == []
    assert pairs(nlp, "He won a 22-point victory.") == [(22, None, "point")]


def test_one_paired_with_another_or_followed_by_which_is_a_pronoun(nlp):
    text = "The Nevo won two awards at CES, one as a design award and another for innovation."
    assert pairs(nlp, text) == [(2, None, "award")]
    assert pairs(nlp, "We've got a good plan and one which should be judged on its merits.") == []
    assert pairs(nlp, "He had one beer and another at home.") == [(1, None, "beer")]


def test_a_written_number_opening_a_range_is_not_a_reference(nlp):
    assert pairs(nlp, "The market had bought one to two cargoes.") == [(1, 2, "cargo")]


def test_a_written_one_opening_a_proportion_is_kept(nlp):
    assert pairs(nlp, "About one in three of the voices were women.") == [(1 / 3, None, None)]
    assert pairs(nlp, "Only one in 10 said yes.") == [(0.1, None, None)]
