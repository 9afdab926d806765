"""A he/she resolved to a person its own quoted words name in the third person goes on with the last speaker."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_a_pronoun_is_not_the_person_its_own_words_talk_about(nlp):
    text = ("Manchester United manager Alex Ferguson said his side faced a hard task. \"They can play Kaka "
            "forward,\" Ferguson said. Ferguson's own talisman Ruud van Nistelrooy is fit again, but the Scot "
            "admitted he was unsure whether to start the Dutchman. \"Ruud is the best striker in Europe. What I "
            "have to judge is whether he will struggle,\" he said. \"His ability puts him in with a big shout but it is a "
            "major decision.\"")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "best striker").speaker_local_key) == "Alex Ferguson"
    assert names.get(find(quotes, "big shout").speaker_local_key) == "Alex Ferguson"  # the same "he" going on


def test_a_pronoun_whose_words_name_nobody_keeps_its_antecedent(nlp):
    text = ("Manchester United manager Alex Ferguson said his side faced a hard task. \"They can play Kaka "
            "forward,\" Ferguson said. Ruud van Nistelrooy is fit again. \"I feel great and I am ready to "
            "start,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "ready to").speaker_local_key) == "Ruud van Nistelrooy"


def test_the_writers_own_words_naming_the_speaker_keep_the_pronoun_on_her(nlp):
    text = ("The evening honoured Amandla Stenberg. Two standout moments came from Shonda Rhimes and Rihanna.\n\n"
            "In her speech, Rhimes declared the need for strong will, ambition and drive: \"Change the world and "
            "when you've done that, change it again,\" she said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "Change the world").speaker_local_key) == "Shonda Rhimes"
