"""Other names of an organisation a speaker uses: a name cut short, the noun its name ends in."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.organisations import Organisations, without_the
from newsfold.extract.quotes.speakers.other_names import name_in_full, party_full_name


def test_a_clipped_name_takes_the_one_name_it_begins(nlp):
    doc = nlp("Borrowings data released by the Federal Reserve today showed a fall. "
              "The Fed said net reserves averaged 660 mln dlrs.")
    orgs = Organisations(ParsedArticle(doc))
    assert name_in_full("Fed", orgs) in ("Federal Reserve", "the Federal Reserve")
    assert name_in_full("Federal", orgs) == "Federal"  # no clipping: a whole word of the name
    other = Organisations(ParsedArticle(nlp("The Fed said rates would stay. Ford Motor Co said sales rose.")))
    assert name_in_full("Fed", other) == "Fed"  # the article writes no name it cuts short
    handle = Organisations(ParsedArticle(nlp("The Hill said the debate rules were broken.")))
    handle.forms[("hillaryclinton", "w")] = "@HillaryClinton w"  # a tweet's handle the tagger took for a name
    handle.first_at[("hillaryclinton", "w")] = 40
    assert name_in_full("Hill", handle) == "Hill"


def test_a_definite_noun_takes_the_one_name_it_heads(nlp):
    doc = nlp("The Chamber of Mines said output fell in March. The chamber said lower grades were mined. "
              "The International Monetary Fund said growth would slow, the fund said.")
    orgs = Organisations(ParsedArticle(doc))
    assert without_the(name_in_full("The chamber", orgs)) == "Chamber of Mines"
    assert without_the(name_in_full("the fund", orgs)) == "International Monetary Fund"
    assert name_in_full("the mines", orgs) == "the mines"  # "mines" heads no name
    assert name_in_full("the Tories", orgs) == "the Tories"


def test_a_noun_two_names_end_in_is_left_as_written(nlp):
    doc = nlp("The Bank of Canada and the Royal Bank of Canada said rates would rise. The bank said so.")
    orgs = Organisations(ParsedArticle(doc))
    assert name_in_full("The bank", orgs) == "The bank"


def test_a_headline_in_title_case_names_no_body(nlp):
    for text in ("San Bernardino Terror Suspect Named By Police\n\nThe police said the suspect was 28.",
                 "San Bernardino Terror Suspect Named By Police BEFORE Obama’s Initial Briefing.\n\n"
                 "The timeline of events is clear. The police said the suspect was 28."):
        orgs = Organisations(ParsedArticle(nlp(text)))
        assert name_in_full("the police", orgs) == "the police"


def test_a_party_short_name_takes_the_full_name_the_article_writes(nlp):
    doc = nlp("The Liberal Democrats want a local income tax. The Lib Dems say their plan is fairer.")
    assert name_in_full("The Lib Dems", Organisations(ParsedArticle(doc))) == "Liberal Democrats"


def test_a_short_party_name_is_the_full_name_the_article_writes():
    text = "The Liberal Democrats want a local income tax. The Lib Dems say their plan is fairer."
    assert party_full_name("The Lib Dems", text) == "Liberal Democrats"


def test_a_short_party_name_stays_when_the_article_never_writes_the_full_name():
    assert party_full_name("the Lib Dems", "The Lib Dems say they can save money.") == "the Lib Dems"
    assert party_full_name("the Tories", "The Conservatives, or Tories, say so.") == "the Tories"  # another name
    assert party_full_name(None, "The Tories say.") is None
    assert party_full_name("Labour", "Labour says.") == "Labour"
