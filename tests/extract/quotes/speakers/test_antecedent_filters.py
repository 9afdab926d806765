"""Names a he/she does not stand for: a name inside a fronted adverbial clause, not its subject; one of two
people named as a pair (together a "they"): the pronoun goes further back."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import find, quotes_of, quotes_without

TEXT = ("Outside the library, handing out leaflets for the Ruiz campaign, is Tom Bradley, a retired teacher who "
        "quit his job to canvass full time. Frustrated by his memory of Frank Duval's years as mayor and inspired "
        "by Ruiz's plans, he is committed to the councilwoman.\n\n"
        "\u201cI knock on every door in this town,\u201d he said.")


def test_a_name_in_a_fronted_clause_is_not_the_pronouns_person(nlp):
    _, quotes, names = quotes_of(nlp, TEXT)
    assert names.get(find(quotes, "I knock on every door").speaker_local_key) == "Tom Bradley"


def test_without_the_rule_the_pronoun_goes_to_the_name_in_the_fronted_clause(nlp):
    _, _, names = quotes_of(nlp, TEXT)
    q = find(quotes_without(nlp, TEXT, "fronted_adjunct"), "I knock on every door")
    assert names.get(q.speaker_local_key) == "Frank Duval"


def test_the_subject_of_a_fronted_clause_is_still_a_person_it_is_about(nlp):
    from newsfold.extract.quotes.speakers.antecedent_filters import in_fronted_adjunct
    doc = nlp("After Frank Duval spoke, he left the hall.")
    assert not in_fronted_adjunct(doc[1:3])
    doc = nlp("Angered by Frank Duval's remarks, he left the hall.")
    assert in_fronted_adjunct(doc[2:4])

# A pair after an abbreviated title the sentence splitter ends a sentence at ("Govs."), and a pair as subject.
PAIR_TEXTS = [
    ("Dan Whitfield spoke in Salem on Monday.\n\nSpeaking to a radio station, Whitfield refrained from attacking "
     "his rivals, particularly Govs. Lou Brannigan and Ray Dukes, who say the young senator lacks the experience "
     "needed to lead.\n\nHe dismissed criticism of his debate, saying Monday that \u201cwe raised more money this "
     "month than ever.\u201d"),
    ("Senator Dan Whitfield held a rally in Salem.\n\nWhitfield did not attack Lou Brannigan and Ray Dukes. "
     "Lou Brannigan and Ray Dukes say the young senator lacks experience.\n\n"
     "He dismissed the criticism, saying, \u201cWe raised more money this month than ever.\u201d"),
]


@pytest.mark.parametrize("text", PAIR_TEXTS)
def test_a_pronoun_after_a_pair_of_names_is_not_one_of_the_pair(nlp, text):
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "more money").speaker_local_key) == "Dan Whitfield"


@pytest.mark.parametrize("text", PAIR_TEXTS)
def test_without_the_rule_the_pronoun_goes_to_the_pair(nlp, text):
    _, _, names = quotes_of(nlp, text)
    q = find(quotes_without(nlp, text, "named_pair"), "more money")
    assert names.get(q.speaker_local_key) in ("Lou Brannigan", "Ray Dukes")


ADDRESSEE_TEXT = ("Dan Whitfield drove from Chicago to meet Senator Lou Brannigan at a cafe in Salem on Monday.\n\n"
                  "Brannigan co-sponsored a bill last year that would raise the cap on visas.\n\n"
                  "\u201cWorkers like me have been hurt by that bill,\u201d he told Brannigan.")


def test_a_he_is_not_the_person_his_own_verb_addresses(nlp):
    _, quotes, names = quotes_of(nlp, ADDRESSEE_TEXT)
    assert names.get(find(quotes, "Workers like me").speaker_local_key) == "Dan Whitfield"


def test_without_the_rule_the_he_goes_to_the_person_he_addresses(nlp):
    _, _, names = quotes_of(nlp, ADDRESSEE_TEXT)
    q = find(quotes_without(nlp, ADDRESSEE_TEXT, "addressee"), "Workers like me")
    assert names.get(q.speaker_local_key) == "Lou Brannigan"


def test_addressed_people_are_the_named_objects_of_the_speakers_verb(nlp):
    from newsfold.extract.quotes.speakers.antecedent_filters import addressed_people
    doc = nlp("He told Brannigan the news and gave the file to Whitfield.")
    at = {t.idx: t.text for t in doc if t.pos_ == "PROPN"}

    class Mention:
        def __init__(self, key):
            self.local_key = key

    def mentions_at(start, end):
        return Mention(at[start]) if start in at else None

    assert addressed_people(doc[0:1], mentions_at) == {"Brannigan"}
    assert addressed_people(doc[2:3], mentions_at) == frozenset()  # a name is no subject here


REPORT_TEXT = ("Lou Brannigan won the state by ten points on Monday.\n\n"
               "In a memo released as polls closed, campaign manager Dan Whitfield acknowledged the governor and "
               "Brannigan had split the first two contests, which is an outcome, he said, \u201cwe have long expected.\u201d")


def test_a_he_whose_cue_breaks_into_a_report_is_its_reporter(nlp):
    _, quotes, names = quotes_of(nlp, REPORT_TEXT)
    assert names.get(find(quotes, "long expected").speaker_local_key) == "Dan Whitfield"


def test_without_the_rule_the_he_skips_its_sentence_and_goes_to_the_sentence_before(nlp):
    _, _, names = quotes_of(nlp, REPORT_TEXT)
    q = find(quotes_without(nlp, REPORT_TEXT, "reporter_first"), "long expected")
    assert names.get(q.speaker_local_key) == "Lou Brannigan"


def test_a_he_breaking_into_a_report_inside_a_report_goes_with_the_outer_reporter(nlp):
    text = ("Ms. Friedan spoke first at the debate in Indiana.\n\n"
            "Mrs. Schlafly replied that she was pleased Ms. Friedan had said that because, she said, the comment "
            "had made it plain to the audience how intolerant the campaigners were.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "she was pleased").speaker_local_key) == "Schlafly"
