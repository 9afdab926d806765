import gc
import weakref

import spacy

from newsfold.nlp.doc_text import doc_text


def test_doc_text_is_the_docs_text_joined_once():
    nlp = spacy.blank("en")
    a, b = nlp("Mr Smith said so.\nHe left."), nlp("Another  one ")
    assert doc_text(a) == a.text and doc_text(b) == b.text
    assert doc_text(a) is doc_text(a)  # the kept string, not a new join


def test_doc_text_does_not_keep_the_doc_alive():
    nlp = spacy.blank("en")
    doc = nlp("Gone soon.")
    doc_text(doc)
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
