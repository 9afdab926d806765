from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsfold.nlp.doc_cache import once_per_doc


def test_the_answer_is_computed_once_per_doc_and_key():
    calls = []

    def count_words(doc):
        calls.append(doc)
        return len(doc)

    first, second = Doc(Vocab(), words=["a", "b"]), Doc(Vocab(), words=["c"])
    assert once_per_doc(first, "words", count_words) == 2
    assert once_per_doc(first, "words", count_words) == 2
    assert once_per_doc(second, "words", count_words) == 1
    assert once_per_doc(first, "other", lambda doc: "x") == "x"
    assert calls == [first, second]
