"""Who speaks for a document: its issuer, its owner, the person who put it out."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.issuers import (
    document_issuer, document_owner, document_pronoun_issuer, owner_word,
)
from newsfold.extract.quotes.speakers.organisations import Organisations
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from tests.extract.quotes.helpers import find, quotes_of


def test_the_statement_is_issued_by_the_subject_of_its_last_mention(nlp):
    doc = nlp("In a statement, the Conservative Party said the comment had been withdrawn. "
              "The statement said he had apologised.")
    art = ParsedArticle(doc)
    statement = next(t for t in doc if t.lower_ == "statement" and t.i > 10)
    issuer = document_issuer(art, doc[statement.i - 1:statement.i + 1])
    assert issuer is not None and issuer.text == "the Conservative Party"
    assert document_issuer(art, doc[0:1]) is None  # "In" is no statement


def _issuer_of(nlp, text: str, word: str, nth: int = -1) -> str | None:
    doc = nlp(text)
    art = ParsedArticle(doc)
    noun = [t for t in doc if t.lower_ == word][nth]
    issuer = document_issuer(art, doc[noun.left_edge.i:noun.i + 1])
    return issuer.text if issuer is not None else None


def test_the_document_phrase_names_its_issuer(nlp):
    assert _issuer_of(nlp, "Mr Crosby's statement said the party had made an impact.", "statement") == "Mr Crosby"
    assert _issuer_of(nlp, "A World Bank report said the economy was performing well below its potential.",
                      "report") == "World Bank"
    assert _issuer_of(nlp, "The statement issued by Lycos also said the sites were not part of the attack.",
                      "statement") == "Lycos"
    assert "Incomes Data Services" in _issuer_of(
        nlp, "A survey of 280 schemes by Incomes Data Services said employer contributions had increased.", "survey")


def test_a_topic_or_a_date_is_no_issuer(nlp):
    assert _issuer_of(nlp, "The Iraq report said the war had been legal.", "report") is None
    assert _issuer_of(nlp, "A report from last year said the war had been legal.", "report") is None


def test_the_report_again_is_the_one_introduced_before(nlp):
    text = ("Unemployment rose, said a World Bank report. Young people are hard hit. Jobs were lost. "
            "Growth was low, the report said. Trade slowed. The report said donors gave $950m.")
    assert _issuer_of(nlp, text, "report") == "World Bank"
    assert _issuer_of(nlp, "Prices rose, a report said. Growth was low, the report said.", "report") is None


def test_the_paper_is_the_newspaper_named_before(nlp):
    text = "The deal was delayed, according to the Financial Times. The paper said officials were irritated."
    assert _issuer_of(nlp, text, "paper") == "the Financial Times"
    assert _issuer_of(nlp, "The deal was delayed. The paper said officials were irritated.", "paper") is None


def test_it_after_a_document_is_that_document(nlp):
    doc = nlp("Mr Crosby's statement said the party was making an impact. "
              "It added that Labour would want to distract attention. Prices rose. Costs rose. It said so.")
    art = ParsedArticle(doc)
    statement = next(t for t in doc if t.lower_ == "statement")
    document = doc[statement.left_edge.i:statement.i + 1]
    issuer = document_issuer(art, document)
    its = [t for t in doc if t.text == "It"]
    assert document_pronoun_issuer(art, doc[its[0].i:its[0].i + 1], (document, issuer)).text == "Mr Crosby"
    assert document_pronoun_issuer(art, doc[its[1].i:its[1].i + 1], (document, issuer)) is None  # too far
    assert document_pronoun_issuer(art, doc[its[0].i:its[0].i + 1], None) is None


def test_a_report_in_the_lead_is_named_with_its_issuer_just_after(nlp):
    text = ("Most EU countries have failed to reform, a report says. The study, undertaken by the European "
            "Commission, sought to assess progress.")
    assert _issuer_of(nlp, text, "report") == "the European Commission"
    far = "Most EU countries have failed, a report says. Prices rose. Costs rose. The study by the OECD is out."
    assert _issuer_of(nlp, far, "report") is None


def test_a_date_before_the_document_is_no_issuer(nlp):
    assert _issuer_of(nlp, "Thursday's report said the register was incomplete.", "report") is None


def test_who_speaks_in_a_poll_did_not_issue_it(nlp):
    text = "In the poll, half said they were worried. The poll also found that prices rose."
    assert _issuer_of(nlp, text, "poll") is None
    assert _issuer_of(nlp, "The OECD published a report. The report said growth would slow.", "report") == "The OECD"
    assert _issuer_of(nlp, "According to a new report by Politico, party insiders are worried.", "report") == "Politico"


def test_an_author_named_with_of_is_named_whole(nlp):
    assert _issuer_of(nlp, "A report by the Fraser of Allander Institute says the policy is flawed.",
                      "report") == "the Fraser of Allander Institute"


def test_who_received_a_letter_did_not_write_it(nlp):
    text = "Trump's son received a threatening letter on Thursday. The letter warned that harm would come."
    assert _issuer_of(nlp, text, "letter") is None
    assert _issuer_of(nlp, "Cook provided a written statement. The statement said he had quit.", "statement") == "Cook"
    assert _issuer_of(nlp, "The association issued a statement. The statement said he had quit.",
                      "statement") == "The association"
    assert _issuer_of(nlp, "A Rock the Vote survey said young voters want action.", "survey") in (None, "Rock the Vote")


def test_a_report_in_the_lead_is_issued_by_the_body_that_speaks_next(nlp):
    text = ("China to overtake US net use\n\nThe Chinese net-using population looks set to exceed that of the US "
            "in less than three years, says a report.\n\nChina's net users number 100m. Market analysts Panlogic "
            "predicts that net users in China will exceed the 137 million US users by 2008. The report says that "
            "Chinese people will use the net for very different ends.")
    assert _issuer_of(nlp, text, "report", 0) == "Panlogic"
    assert _issuer_of(nlp, text, "report", 1) == "Panlogic"  # "The report" again: the same one
    person = ("Fund managers are overpaid\n\nFund managers are paid too much, says a report.\n\n"
              "John Smith of the fund said the pay was fair.")
    assert _issuer_of(nlp, person, "report", 0) is None  # a person speaking next is no issuer


def test_a_brief_names_its_issuer(nlp):
    assert _issuer_of(nlp, "The Treasury brief said the ban could hurt the industry.", "brief") == "Treasury"


def test_a_name_that_speaks_in_a_report_issued_it(nlp):
    text = ("Aid budgets are half their 1960 levels, Oxfam says in a report. The call comes as leaders meet. "
            "The report said poverty threatens security.")
    assert _issuer_of(nlp, text, "report") == "Oxfam"
    # Who answers in a poll did not issue it; nor does a report someone merely spoke in name one.
    assert _issuer_of(nlp, "In the poll, many said they were worried. The poll said prices rose.", "poll") is None


def test_a_text_of_a_speech_is_issued_by_whoever_made_the_speech(nlp):
    text = "According to a text of Stoltenberg's speech, the minister urged closer policies."
    assert _issuer_of(nlp, text, "text") == "Stoltenberg"
    assert _issuer_of(nlp, "According to a text of the treaty, tariffs will fall.", "text") is None
    # His own words, whoever released the excerpts.
    assert _issuer_of(nlp, "According to excerpts of his speech released by the White House, he will urge calm.",
                      "excerpts") is None


def _owner(nlp, text, head_word):
    doc = nlp(text)
    art = ParsedArticle(doc)
    head = next(t for t in doc if t.text == head_word)
    owner = document_owner(speaker_span(head), Organisations(art))
    return owner.text if owner is not None else None


def test_its_report_and_a_named_organisations_headline_have_owners(nlp):
    assert _owner(nlp, "The Electoral Commission says more money is needed, says its report.", "report") == "its"
    assert _owner(nlp, "Growth will slow sharply, Barclays Capital's report says.", "report") == "Capital"


def test_a_plain_report_has_no_owner(nlp):
    assert _owner(nlp, "Growth was about zero, the report says.", "report") is None


def test_owner_word_is_any_owner_of_a_document_a_person_too(nlp):
    doc = nlp("Morquendi's message read: we will not stop.")
    speaker = speaker_span(next(t for t in doc if t.text == "message"))
    assert owner_word(speaker).text == "Morquendi"
    assert owner_word(speaker_span(next(t for t in doc if t.text == "we"))) is None


def test_a_caption_speaks_for_the_person_who_added_it(nlp):
    text = ("Fox News correspondent Ed Henry posted a picture to his Twitter page on Wednesday.\n\n"
            "Henry added the caption which reads, \u201cSanders aide Jeff Weaver told me the photo violates DNC rules.\u201d")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "violates DNC rules")
    assert names.get(q.speaker_local_key) == "Ed Henry"


def test_a_report_another_person_rejected_is_not_his(nlp):
    text = ("Senator John Smith rejected the report on Monday, which says \u201cthe program has failed completely.\u201d")
    _, quotes, names = quotes_of(nlp, text)
    hits = [q for q in quotes if "program has failed" in q.text]
    assert not hits or names.get(hits[0].speaker_local_key) != "John Smith"


def test_a_bodys_ruling_speaks_for_the_body(nlp):
    text = ("The Ugandan Media Council said the performance would not be put on. \"The play promotes illegal "
            "acts, it should be and is hereby banned,\" the council's ruling said.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "hereby banned").speaker_name == "The Ugandan Media Council"
