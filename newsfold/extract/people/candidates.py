"""Pass 1, evidence: candidate name forms in one article. The model's PERSON entities cleaned
and filtered, plus names it missed or mislabelled: after a strong title ("Mr Putin"), after a
nationality ("Russian Elena Bovina"), or tagged ORG ("Sven-Goran Eriksson")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfold.extract.people.coordinated_groups import coordinated_group
from newsfold.extract.people.form_filters import reject_form
from newsfold.extract.people.forms import (Form, bracketed_given_name_end, flat, given_name_start,
                                           honorific_before, honorific_gender, is_plain_stop_word, is_word,
                                           nickname_end, nickname_start, trim_span)
from newsfold.extract.people.layout import (
    in_bulleted_list, in_headline, in_headline_or_credit, is_credit, list_item_lines,
)
from newsfold.extract.people.lexicon import (
    DEMONYM_PLURAL_ENDINGS,
    FOREIGN_ARTICLES,
    HONORIFICS,
    LINEUP_PARTICLES,
    LIST_ITEM_LABEL_ENDS,
    MONTH_NAMES,
    OFFICE_TITLES,
    POSSESSIVE_S,
    POST_NOMINALS,
    ROLE_WORDS,
    TITLE_EVIDENCE,
)
from newsfold.extract.people.lineups import lineup_forms, lineup_starts
from newsfold.extract.people.missed.apposed import role_apposed
from newsfold.extract.people.missed.doers import doer_forms
from newsfold.extract.people.missed.introduced import nationality_forms, titled_forms
from newsfold.extract.people.missed.labels import speaker_label_forms
from newsfold.extract.people.missed.stage_names import stage_name_forms
from newsfold.extract.people.missed.stage_pairs import stage_pair_forms
from newsfold.extract.people.missed.writers import writer_forms
from newsfold.extract.people.names import ends_like_organisation, is_institution
from newsfold.extract.people.person_evidence import in_person_list
from newsfold.extract.people.resources import (
    is_english_word,
    is_known_first_name,
    is_major_place,
    is_place_name,
)
from newsfold.extract.people.surnames import word_surname_end
from newsfold.nlp.doc_text import doc_text


def candidate_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Every candidate form, non-overlapping (the longest at a position wins), in text order."""
    forms = (_entity_forms(doc, rules) + titled_forms(doc, rules)
             + _mislabelled_forms(doc, rules) + nationality_forms(doc, rules)
             + _listed_forms(doc, rules) + _list_line_forms(doc, rules) + _untagged_forms(doc, rules)
             + lineup_forms(doc, rules) + speaker_label_forms(doc, rules) + stage_name_forms(doc, rules)
             + writer_forms(doc, rules) + doer_forms(doc, rules) + stage_pair_forms(doc, rules))
    forms = _shrink_to_known_surnames(doc, _dedupe_forms(forms))
    for form in forms:
        form.gender = honorific_gender(doc, form.start)
        form.honorific = honorific_before(doc, form.start)
    return forms


def _tagged_as_title(doc: Doc, start: int, end: int) -> bool:
    """Did the model tag a work's or a thing's title as a person, "the" and all ("The Da Vinci Code claims",
    "the Abba Gold greatest hits album", "the Jimmy Carter Center")? The words after "the" open with no
    title ("The Rev John Smith") and end in a dictionary word that is no given name."""
    if end - start < 3 or doc[start].lower_ != "the":
        return False
    first, last = doc[start + 1], doc[end - 1]
    return (first.text not in HONORIFICS and first.text not in OFFICE_TITLES
            and first.text.rstrip(".") not in HONORIFICS
            and last.is_alpha and is_word(last) and not is_known_first_name(last.text))


def _entity_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Cleaned PERSON entities that are not credits, headline fragments or non-people."""
    text = doc_text(doc)
    forms = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if "determiner" in rules and _tagged_as_title(doc, ent.start, ent.end):
            continue
        start = given_name_start(doc, nickname_start(doc, ent.start)) if "trim" in rules else ent.start
        start, end = trim_span(doc, start, ent.end, rules)
        if "trim" in rules:
            end = nickname_end(doc, start, word_surname_end(doc, start, end))
        if "dated_surnames" in rules:
            end = _dated_surname_end(doc, start, end)
        if start >= end:
            continue
        span = doc[start:end]
        if is_credit(text, span.start_char, span.end_char, rules):
            continue
        if "companies" in rules and ("<" in span.text or text[span.end_char:span.end_char + 2].lstrip().startswith("<")):
            continue  # "Seattle's Rainier Bancorporation <RBAN>": wire copy gives a firm, no person, a ticker
        # A title-like bulleted list item gives a person only as an untrimmed full name ("- Best actress -
        # Clare Higgins for Hecuba"; "at the Prince Edward" is a theatre).
        if "headlines" in rules and in_headline(text, span.start_char) and not (
                end - start >= 2 and start == ent.start and in_bulleted_list(text, span.start_char)):
            continue
        name = flat(span.text)
        if reject_form(doc, start, end, name, rules):
            continue
        joined = bracketed_given_name_end(doc, start, end) if "trim" in rules else end
        if joined > end:  # "[Gov. Chris] Christie": the name without the editor's bracket
            name, end = flat(doc[start:joined].text), joined
        forms.append(Form(start, end, name))
    return forms


def _dated_surname_end(doc: Doc, start: int, end: int) -> int:
    """ "Claire Kember" with "Kember" read as a date: given names tagged alone, then a one-word DATE entity
    written as a name that is no month, no day and no dictionary word, which is the surname: the end grows
    by one ("Theresa May", a month name, is word_surname_end's)."""
    if end >= len(doc) or not doc[end - 1].whitespace_ or not all(
            is_known_first_name(t.text) for t in doc[start:end]):
        return end
    nxt = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if nxt.ent_type_ != "DATE" or nxt.ent_iob_ != "B" or (after is not None and after.ent_iob_ == "I"):
        return end
    if not (nxt.is_alpha and nxt.is_title) or nxt.text in MONTH_NAMES or is_word(nxt):
        return end
    return end + 1


def _name_words(doc: Doc, start: int, end: int) -> list[str]:
    """The words of a span as a reader sees them: hyphenated parts joined ("Sven-Goran" is one
    word, not three tokens)."""
    words: list[str] = []
    glue = False
    for token in doc[start:end]:
        if words and (glue or token.text == "-") and not doc[token.i - 1].whitespace_:
            words[-1] += token.text
        else:
            words.append(token.text)
        glue = token.text == "-"
    return words


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _mislabelled_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Entities with another label shaped like "Given-name Surname" (a known given name, then a
    capitalised word that is neither a dictionary word nor a given name): "Paddy Considine"
    tagged ORG. "Morgan Stanley" and "Paddy Power" stay organisations. Initials may stand for
    the given name when the rest is no dictionary word: "K.M. Obaidur Rahman"."""
    if "mislabelled" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    for whole in doc.ents:
        if whole.label_ not in ("ORG", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "FAC"):
            continue
        # "the Green Party’s Jill Stein" (one ORG): the part after a possessive is its own name,
        # and that structure vouches for it even when its surname is a dictionary word.
        # a possessive closing the entity is the name's own: "Roman Abramovich's £140m takeover" (ORG)
        closing = whole.end - 1 if len(whole) > 2 and whole[-1].text in POSSESSIVE_S else whole.end
        owner_ends = [t.i + 1 for t in doc[whole.start:closing] if t.text in POSSESSIVE_S]
        ent = doc[owner_ends[-1] if owner_ends else whole.start:closing]
        # "Musical or Comedy: Annette Bening" (one WORK_OF_ART): a list's label runs into the name after its
        # colon, which parts them as a possessive does and so vouches for the surname as it does
        label_ends = [t.i + 1 for t in ent if t.text in LIST_ITEM_LABEL_ENDS]
        ent = doc[label_ends[-1]:ent.end] if label_ends else ent
        if closing < whole.end and any(o.label_ == "ORG" and o.text.startswith(ent.text + " ") for o in doc.ents):
            continue  # "Dai-Ichi Kangyo's stake" beside "Dai-Ichi Kangyo Bank": the firm's short name
        # "Simon Hart of the Countryside Alliance" (one ORG or two): a name, then "of" and its
        # organisation, which vouches for the name as a possessive does
        of_at = next((t.i for t in ent if t.lower_ == "of" and t.i > ent.start + 1), None) if not owner_ends else None
        ent = doc[ent.start:of_at] if of_at else ent
        post_nominal = len(ent) > 2 and ent[-1].text in POST_NOMINALS  # "Guy Mansfield QC": letters vouch
        ent = ent[:-1] if post_nominal else ent
        of_org = bool(of_at or (whole.end + 1 < len(doc) and doc[whole.end].lower_ == "of"
                                and doc[whole.end + 1].ent_type_ == "ORG")) and not (
            doc[ent.start].is_stop or doc[ent.end - 1].tag_ in ("NNS", "NNPS"))  # "The Age", "Gun Owners"
        and_at = next((t.i for t in ent if t.lower_ in ("and", "&")), None)
        ent = doc[ent.start:and_at] if and_at else ent  # "Lil Jon and Ludacris", "Rain Man and Tootsie"
        # "Keeper Tony Bullock echoed" (WORK_OF_ART): a role word glued on, which trim_span cuts off PERSON
        # entities; it vouches for a word surname as a possessive does
        role_opened = "role_opened" in rules and len(ent) >= 3 and ent[0].lower_ in ROLE_WORDS \
            and ent[0].text[:1].isupper() and not is_known_first_name(ent[0].text) and is_known_first_name(ent[1].text)
        ent = ent[1:] if role_opened else ent
        if "given_outside" in rules and len(ent) == 1 and ent.start == whole.start:
            # "gold medallist Carolina [Kluft]" (GPE), "Kolo [Toure]" (ORG): the model left the given name
            # outside a one-word entity, as it does with PERSON ones; the name is judged whole. A dictionary
            # word opening the sentence is capitalised by its place ("Ailing EuroDisney vows turnaround")
            given = given_name_start(doc, ent.start)
            opener = given < ent.start and doc[given].is_sent_start and is_word(doc[given])
            ent = ent if opener else doc[given:ent.end]
        words = _name_words(doc, ent.start, ent.end)
        if len(words) not in (2, 3, 4):
            continue
        if words[0].lower() in FOREIGN_ARTICLES or is_plain_stop_word(doc[ent.start]):
            continue  # "The Cazalets", "Les Choristes": an article opens a title, no person's name
        if whole.label_ == "NORP" and words[-1].endswith(DEMONYM_PLURAL_ENDINGS):
            continue  # "400,000 Sri Lankans": people of a nation, no given name and surname
        # "Marine Le Pen", "Greta Van Susteren": a particle vouches for the surname after it
        particled = len(words) == 3 and words[1].lower() in LINEUP_PARTICLES and words[2].isalpha()
        if (is_place_name(words[0]) and not is_known_first_name(words[0])) or (
                is_place_name(words[-1]) and not particled):
            continue  # "Sheffield Hallam" is a constituency; "Bo Horvat" a person
        first, last = words[0], words[-1]
        name = " ".join(words)
        if _INITIALS.fullmatch(first):
            # "K.M. Obaidur Rahman": no given name vouches, so every other word must be unknown
            # ("H.K. Dlrs", "U.S. Steel" are not: a given name and a surname must follow).
            if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() and not is_english_word(w)
                                          and not is_place_name(w) for w in words[1:]):
                continue
        else:
            # "Paddy J. Considine", "Jose Manuel Albares Bueno": initials or given names between
            # (a double surname: "Albares Bueno")
            middle_ok = len(words) == 2 or re.fullmatch(r"[A-Z]\.?", words[1]) or is_known_first_name(words[1])
            if len(words) == 4:
                middle_ok = middle_ok and is_known_first_name(words[1]) and words[2].isalpha() \
                    and not is_english_word(words[2]) and not is_place_name(words[2])
            middle_ok = middle_ok or particled
            surname_ok = last[:1].isupper() and last.isalpha() and (
                owner_ends or label_ends or role_opened or of_org or particled or post_nominal
                or _who_follows(doc, whole.end)
                or not (is_known_first_name(last) or is_english_word(last) or is_word(doc[ent.end - 1])))
            known_given = is_known_first_name(first) or (
                "-" in first and all(is_known_first_name(part) for part in first.split("-")))
            # "UK Equities": an abbreviation in capitals before a word in title case is no given name
            given_ok = first[:1].isupper() and (last.isupper() or not first[1:].isupper()) and known_given
            if not (middle_ok and surname_ok and given_ok):
                continue
        if is_place_name(name) or is_institution(name) or ends_like_organisation(name) or (
                ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and doc[ent.end - 1].head.i == ent.end):
            continue  # "its latest Mac OSX software": a name modifying a noun that follows is a brand's
        if whole.label_ in ("GPE", "NORP") and not (
                doc[ent.end - 1].dep_ in ("nsubj", "nsubjpass") or last in person_words):
            continue  # read as a place: only a subject, or a surname tagged PERSON elsewhere, vouches
        if is_credit(text, ent.start_char, ent.end_char, rules):
            continue
        forms.append(Form(ent.start, ent.end, name))
    return forms


def _who_follows(doc: Doc, end: int) -> bool:
    """ "the services of Dwain Chambers, who was handed a ban" (ORG): "who" vouches for a person."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def _is_capitalised_word(token) -> bool:
    text = token.text
    return (token.pos_ == "PROPN" and text[:1].isupper() and not text.isupper() and len(text) > 1
            and text.replace("-", "").replace("'", "").replace("’", "").isalpha())


def _surname_particle(doc: Doc, i: int) -> bool:
    """Is the token a lower-case particle opening a surname ("de Vries", "van der Veer"): one of
    LINEUP_PARTICLES, untagged, with a capitalised untagged word or another particle after it?"""
    token = doc[i]
    if token.text not in LINEUP_PARTICLES or token.whitespace_.count("\n") or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return not _has_entity(after) and (_is_capitalised_word(after) or after.text in LINEUP_PARTICLES)


_NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _has_entity(token) -> bool:
    """Does the model give the token an entity? A word labelled as a number ("Dudi" CARDINAL in
    "Dudi Dwiriadi, a district military commander") counts as untagged."""
    return bool(token.ent_type_) and not (token.ent_type_ in _NUMERIC_LABELS and token.is_alpha)


def _untagged_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Names the model left untagged: two or three capitalised proper nouns inside a sentence, a
    known given name and then a surname that is no dictionary word, given name or place ("Dudi
    Dwiriadi, a district military commander, said"; "Maxime Bernier’s party")."""
    if "untagged" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    i = 0
    while i < len(doc):
        if _has_entity(doc[i]) or not _is_capitalised_word(doc[i]):
            i += 1
            continue
        end, particles = i, 0
        while end < len(doc) and not _has_entity(doc[end]) and (end == i or not doc[end - 1].whitespace_.count("\n")):
            if end > i and _surname_particle(doc, end):
                particles += 1  # "Rimmer de Vries, chief international economist": a particle inside the name
            elif not _is_capitalised_word(doc[end]):
                break
            end += 1
        start, i = i, end
        if not 2 <= end - start - particles <= 3 or (start > 0 and doc[start - 1].pos_ == "PROPN"
                                                     and doc[start - 1].text[:1].isupper()):
            continue
        first, last = doc[start], doc[end - 1]
        # after a particle the surname may be a given name elsewhere ("Vries")
        if not is_known_first_name(first.text) or (is_known_first_name(last.text) and not particles) or (
                is_word(last) and not ("untagged_roles" in rules and role_apposed(doc, start, end))) \
                or is_place_name(last.text) or is_place_name(first.text + " " + last.text):
            continue
        if is_major_place(first.text):
            continue  # "for Sheffield Brightside", "in Burnaby South": untagged, a big place opens a constituency
        if first.text in TITLE_EVIDENCE or any(
                t.text in OFFICE_TITLES or t.text in HONORIFICS or is_place_name(t.text)
                for t in doc[start + 1:end]):  # "Prince Alwaleed" is a title and a name
            continue
        span = doc[start:end]
        name = flat(span.text)
        if is_institution(name) or ends_like_organisation(name):
            continue
        if in_headline_or_credit(text, span.start_char, span.end_char, rules):
            continue
        forms.append(Form(start, end, name))
    return forms


def _listed_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Names in a list of people that the model left untagged or tagged otherwise ("Demi, Bri,
    Tracy, Elyse" with "Bri" and "Tracy" as PERSON): a capitalised proper noun, a given name or
    no dictionary word, with the proper nouns compounded before it ("Mackenzie Hughes")."""
    if "lists" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    seen: set[int] = set()
    for token in doc:
        if token.ent_type_ != "PERSON" or token.i in seen:
            continue
        group = coordinated_group(doc, token.i)
        seen.update(group)
        if not in_person_list(doc, token.i):
            continue
        for k in group:
            head = doc[k]
            if head.ent_type_ == "PERSON" or head.pos_ != "PROPN" or not head.is_alpha \
                    or not head.text[:1].isupper() or head.text.isupper() or head.text in OFFICE_TITLES:
                continue  # "Trump, Ryan and RNC Chairman Reince Priebus": a title is no name
            start = k
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == k \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and k - start < 3 \
                    and doc[start - 1].ent_type_ not in ("NORP", "GPE"):  # "fellow Canadians Mackenzie Hughes"
                start -= 1
            if not (is_known_first_name(doc[start].text) or not is_english_word(doc[start].text)):
                continue
            span = doc[start:k + 1]
            if is_credit(text, span.start_char, span.end_char, rules) or reject_form(
                    doc, start, k + 1, flat(span.text), rules):
                continue  # "Facebook, Instagram and Snapchat" beside people are still platforms
            forms.append(Form(start, k + 1, flat(span.text)))
    return forms


_LIST_ITEM_NAME = re.compile(r"\s*((?:[A-Z][\w'’\-]+ ){1,2}[A-Z][\w'’\-]+)\s*(?:,|$)")


def _list_line_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Names opening the items of a list of short lines ("Bradley Cooper, A Star Is Born" among
    award nominees, casts, line-ups), whatever the model tagged them: two or three capitalised
    words before a comma or the line's end, led by a given name, ending in no place."""
    text = doc_text(doc)
    if "lists" not in rules or "\n" not in text:
        return []
    forms = []
    for line_start, line_end in list_item_lines(text):
        match = _LIST_ITEM_NAME.match(text, line_start, line_end)
        if match is None:
            continue
        name = match.group(1)
        words = name.split()
        if not is_known_first_name(words[0]) or is_major_place(words[-1]) or is_place_name(name) \
                or is_institution(name) or ends_like_organisation(name):
            continue
        span = doc.char_span(match.start(1), match.end(1))
        if span is None or is_credit(text, span.start_char, span.end_char, rules):
            continue
        forms.append(Form(span.start, span.end, name))
    return forms


def _shrink_to_known_surnames(doc: Doc, forms: list[Form]) -> list[Form]:
    """ "Standard Clinton" (a headline word glued to a name) -> "Clinton", when another form
    gives the surname a real given name ("Hillary Clinton") and this one's first word is none."""
    surnames = {f.text.split()[-1] for f in forms
                if f.end - f.start >= 2 and is_known_first_name(doc[f.start].text)}
    out = []
    for form in forms:
        if (form.end - form.start == 2 and doc[form.start + 1].text in surnames
                and not is_known_first_name(doc[form.start].text) and is_word(doc[form.start])
                and doc[form.start].text not in surnames and form.start not in lineup_starts(doc)):  # "J Robinson"
            out.append(Form(form.start + 1, form.end, doc[form.start + 1].text))
        else:
            out.append(form)
    return out


def _dedupe_forms(forms: list[Form]) -> list[Form]:
    seen: dict[tuple[int, int], Form] = {}
    for form in forms:
        seen.setdefault((form.start, form.end), form)
    ordered = sorted(seen.values(), key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Form] = []
    for form in ordered:
        if out and form.start < out[-1].end:
            continue
        out.append(form)
    return out
