"""Two people named as a pair are together a "they": a he/she after them goes further back, to the
one person the sentences before them are about."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import find, quotes_of, quotes_without

# A pair after an abbreviated title the sentence splitter ends a sentence at ("Govs."), and a pair as subject.
TEXTS = [
    ("Dan Whitfield spoke in Salem on Monday.\n\nSpeaking to a radio station, Whitfield refrained from attacking "
     "his rivals, particularly Govs. Lou Brannigan and Ray Dukes, who say the young senator lacks the experience "
     "needed to lead.\n\nHe dismissed criticism of his debate, saying Monday that \u201cwe raised more money this "
     "month than ever.\u201d"),
    ("Senator Dan Whitfield held a rally in Salem.\n\nWhitfield did not attack Lou Brannigan and Ray Dukes. "
     "Lou Brannigan and Ray Dukes say the young senator lacks experience.\n\n"
     "He dismissed the criticism, saying, \u201cWe raised more money this month than ever.\u201d"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_pronoun_after_a_pair_of_names_is_not_one_of_the_pair(nlp, text):
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "more money").speaker_local_key) == "Dan Whitfield"


@pytest.mark.parametrize("text", TEXTS)
def test_without_the_rule_the_pronoun_goes_to_the_pair(nlp, text):
    _, _, names = quotes_of(nlp, text)
    q = find(quotes_without(nlp, text, "named_pair"), "more money")
    assert names.get(q.speaker_local_key) in ("Lou Brannigan", "Ray Dukes")
