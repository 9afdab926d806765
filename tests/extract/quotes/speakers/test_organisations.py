"""The organisations an article names: acronyms defined in brackets, short names of companies."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.organisations import Organisations
from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def test_an_acronym_in_brackets_stands_for_the_capitalised_words_before_it(nlp):
    doc = nlp("Saudi Arabia will not push prices up, the Middle East Economic Survey (MEES) said. "
              "Output would fall in the last week, MEES said.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("MEES") == "Middle East Economic Survey"


def test_a_company_is_named_without_its_legal_form(nlp):
    doc = nlp("General Motors Corp said it will lay off 850 workers. GM said the cuts start in August. "
              "Borden Inc said it is buying Prince Co Inc for 180 mln dlrs. Borden said sales would rise.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("GM") == "General Motors Corp"
    assert orgs.fullest("Borden") == "Borden Inc"
    borden = [t for t in doc if t.text == "Borden"][-1]
    assert orgs.company(doc[borden.i:borden.i + 1])
    assert not orgs.company(doc[0:1])  # "General" is no company's short name


def test_a_company_is_named_by_its_first_words_without_industries_and_legal_form(nlp):
    doc = nlp("Clevite Industries Inc said J.P. Industries Inc has refused to pay it. "
              "Clevite said it would pursue all possible means.")
    orgs = Organisations(ParsedArticle(doc))
    clevite = [t for t in doc if t.text == "Clevite"][-1]
    assert orgs.company(doc[clevite.i:clevite.i + 1]) and orgs.named(clevite)
    assert not orgs.named([t for t in doc if t.text == "pursue"][0])


def test_a_name_right_after_a_noun_for_a_company_is_an_organisation(nlp):
    doc = nlp("Shares in engineering group Jarvis have soared more than 16% on news that it is offloading its stake. "
              "The sale is a lifeline to Jarvis, which was weighed down by debts.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("Jarvis") == "Jarvis"
    assert orgs.recent(doc[-1], bytearray(len(doc.text) + 1)) == "Jarvis"


def test_a_name_in_brackets_after_an_organisation_is_its_short_name(nlp):
    doc = nlp("Card spending overtook cash last year, the Association for Payment Clearing Services (Apacs) said. "
              "Apacs said shoppers would spend more.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("Apacs") == "the Association for Payment Clearing Services"
    assert all("(" not in form and ")" not in form for form in orgs.forms.values())  # no name crosses a bracket


def test_an_acronym_stands_for_capitalised_words_it_abbreviates_though_they_are_not_tagged(nlp):
    doc = nlp("It may be the first time Republicans and the Black Lives Matter movement have agreed on anything. "
              "The BLM group is calling on Hillary Clinton to return the money.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("BLM") == "Black Lives Matter"
    doc = nlp("She was held at the Cape Breton Correctional Centre for a week. It told the CBC it had no comment.")
    assert Organisations(ParsedArticle(doc)).fullest("CBC") != "Cape Breton Correctional"  # a run's part


def test_a_lowercase_noun_before_a_tagged_name_is_no_part_of_it(nlp):
    doc = nlp("Meanwhile, UK-based firm Aggregate Industries said it had agreed a takeover by Holcim. "
              "The deal with Aggregate Industries will give Holcim an entry into the UK market.")
    orgs = Organisations(ParsedArticle(doc))
    assert all(not form.split()[0].islower() or form.startswith("the ") for form in orgs.forms.values()), orgs.forms
    assert orgs.fullest("Aggregate Industries") == "Aggregate Industries"


def test_a_name_written_whole_or_a_spelled_out_acronym_is_known_but_not_a_part_of_a_name(nlp):
    doc = nlp("Shares of Smith Barney Harris Upham rose, the Chartered Institute of Purchasing and Supply (CIPS) said. "
              "The CIPS said prices would rise.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.written_whole("CIPS") == "the Chartered Institute of Purchasing and Supply"
    assert orgs.written_whole("Smith") is None  # a part of a name


def test_without_the_drops_only_a_leading_article():
    from newsfold.extract.quotes.speakers.organisations import without_the

    assert without_the("the Bank of England") == "Bank of England"
    assert without_the("The Times") == "Times"
    assert without_the("Theatre Royal") == "Theatre Royal"


def test_an_acronym_written_as_a_word_stands_for_the_name_its_letters_spell(nlp):
    doc = nlp("The ban threatens British American Tobacco, which plans to build a factory. "
              "Bat said it had won approval. Next said sales fell.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.written_whole("Bat") == "British American Tobacco"
    assert orgs.fullest("Bat") == "British American Tobacco"
    assert orgs.fullest("Next") is None  # a word whose letters spell no name here


def test_a_name_s_own_closing_s_is_kept(nlp):
    doc = nlp("Standard & Poor's has classed Russian bonds as investment grade. "
              "S&P said the solidity of government finances outweighed the risk.")
    assert Organisations(ParsedArticle(doc)).fullest("S&P") == "Standard & Poor's"
    owner = nlp("Barclays' chief executive said profits rose. Barclays said costs fell.")
    assert Organisations(ParsedArticle(owner)).fullest("Barclays") == "Barclays"


FLIGHT_TEXT = ("Transair Flight TA302 vanished over the sea on Thursday with 66 people on board.\n\n"
               "The co-pilot had logged 2,000 flying hours with Transair, the airline said.\n\n"
               "The captain had no known political ties, Transair said on Friday.")


def test_an_airline_is_not_named_by_one_of_its_flights(nlp):
    _, quotes, _ = quotes_of(nlp, FLIGHT_TEXT)
    assert find(quotes, "The co-pilot had logged").speaker_name == "Transair"
    assert find(quotes, "The captain had no known").speaker_name == "Transair"


def test_without_the_rule_the_flight_is_taken_for_the_airlines_fuller_name(nlp):
    quotes = quotes_without(nlp, FLIGHT_TEXT, "flight_name")
    assert find(quotes, "The captain had no known").speaker_name == "Transair Flight TA302"
