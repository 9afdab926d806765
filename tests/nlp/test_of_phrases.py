"""A token's "of" phrase and its object."""

from newsfold.nlp.of_phrases import of_object, of_phrase, of_phrase_head


def test_the_of_phrase_and_its_object(nlp):
    doc = nlp("One of the protesters said the director of operations would resign.")
    one = doc[0]
    assert of_phrase(one).text == "of"
    assert of_object(one).text == "protesters"
    director = next(t for t in doc if t.text == "director")
    assert of_phrase(director, adjacent=True).i == director.i + 1


def test_no_of_phrase_gives_none(nlp):
    doc = nlp("The minister said the plan would work.")
    minister = next(t for t in doc if t.text == "minister")
    assert of_phrase(minister) is None and of_object(minister) is None


def test_adjacent_wants_the_of_right_after_the_token(nlp):
    doc = nlp("He bought a house in the town of Leeds.")
    house = next(t for t in doc if t.text == "house")
    town = next(t for t in doc if t.text == "town")
    assert of_phrase(house, adjacent=True) is None
    assert of_phrase(town, adjacent=True).i == town.i + 1


def test_the_word_an_of_phrase_hangs_on(nlp):
    doc = nlp("They visited the town of Peterhead with friends.")
    peterhead = next(t for t in doc if t.text == "Peterhead")
    friends = next(t for t in doc if t.text == "friends")
    assert of_phrase_head(peterhead).text == "town"
    assert of_phrase_head(friends) is None
