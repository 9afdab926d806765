"""The canonical name of a speaker who is none of the article's people (`speaker_name` when
`speaker_person_id` is null): an organisation by its fullest form written in the article ("Samsung"
-> "Samsung Electronics Co.", "EDC" -> "Export Development Canada"), "it" by the organisation it
stands for, a definite description by the phrase that brought the source in ("the official" -> "a
justice official", "the company" -> the company named just before), any other source by its words
as written ("officials", "Some experts"). Personal pronouns nobody was found for get no name, but
for one right after a speaker the people extraction missed.

This is how news annotation resolves sources that are not named people (the Gender Gap Tracker's
`speaker_resolved`: the fullest form in the article, as written, determiner included)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle, wholly_quoted
from newsfold.extract.quotes.lexicon import (
    ADDRESSEE_PREPOSITIONS, BODY_NOUNS, CORPORATE_SUFFIXES, DATELINE_DASHES, FOCUS_ADVERBS, GENERIC_ORG_NOUNS,
    INDEFINITE_ARTICLES, NAMELESS_POS, NAMELESS_WORDS, NON_PERSON_ENTITY_TYPES, NOT_SPEAKER_ENTS, ORG_NOUNS, ORG_SAY_VERBS,
    PARTY_NOUNS, PERSON_NOUNS, PERSON_SUFFIXES, PLURAL_OR_OTHER_PRONOUNS, PRONOUNS, RELATIVE_PRONOUNS, SPOKEN_FOR_NOUNS,
    SPOKESPERSON_NOUNS, SUBJECT_DEPS, UNNAMED_SOURCE_NOUNS,
)
from newsfold.extract.quotes.speakers.appositions import right_after
from newsfold.extract.quotes.speakers.described_speakers import described_speaker_before
from newsfold.extract.quotes.speakers.issuers import document_owner
from newsfold.extract.quotes.speakers.introductions import content_words, description_as_written, introduced_for, introduction
from newsfold.extract.quotes.speakers.organisations import COMPANY_NOUNS, Organisations, one_org_name, org_like, without_the
from newsfold.extract.quotes.speakers.plural_antecedents import plural_antecedent
from newsfold.extract.quotes.speakers.sentence_subjects import (
    in_reported_clause, lead_follow_up, lead_follow_up_subjects, main_subject, postposed_speaker, speaker_subjects,
)
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span

# How far back (sentences) "it" and "the company" look for the organisation that last spoke.
ORG_SPEAKER_LOOKBACK_SENTENCES = 3
# Entity types of a name in apposition to a description that speaks for it ("The world's biggest
# tobacco consumer, China"); "" for a name the tagger typed none.
APPOSED_ORG_ENTS = frozenset({"ORG", "GPE", "NORP", ""})


def speaker_name(art: ParsedArticle, speaker: Span, orgs: Organisations, inside: bytearray) -> str | None:
    """The canonical name of a speaker span resolved to none of the article's people (module
    docstring); None for a personal pronoun, "they", "we", "I" and "you"."""
    head = speaker.root
    low = head.lower_
    dash = next((t.i for t in speaker if t.text in DATELINE_DASHES), None)
    if dash is not None and speaker.start < dash < head.i and speaker.doc[dash - 1].whitespace_ \
            and all(t.is_upper or t.is_punct for t in speaker.doc[speaker.start:dash]):  # not "R-Wis.", "AFL-CIO"
        speaker = speaker.doc[dash + 1:speaker.end]  # "NEW YORK - Magma Copper Co said": a dateline is no part of the name
    if speaker[0].dep_ == "advmod" and speaker[0].head.i == head.i and speaker[0].lower_ in FOCUS_ADVERBS:
        speaker = speaker[1:]  # "even a top GOP strategist said": the strategist is "a top GOP strategist"
    if low in PRONOUNS:
        unlisted = _unlisted_speaker_before(art, head, inside, orgs)
        if unlisted:
            return unlisted
        described = described_speaker_before(art, head, inside)  # "A US Embassy spokesman said ... he added"
        return speaker_name(art, speaker_span(described), orgs, inside) if described is not None else None
    if low in RELATIVE_PRONOUNS:
        return None
    if low == "it":
        return _it_stands_for(art, head, inside, orgs)
    owner = document_owner(speaker, orgs)  # "says its report", "Marca's headline says"
    if owner is not None:
        return _it_stands_for(art, owner, inside, orgs) if owner.lower_ == "its" else _org_name(owner, owner.left_edge.i, orgs)
    if low == "they":
        return plural_antecedent(art, head, inside, orgs)
    if low in PLURAL_OR_OTHER_PRONOUNS:
        return None
    if org_like(head) or orgs.named(head):
        # An organisation ("Suncor", "the PBO", "the province's Department of ..."): its fullest form.
        name = _with_proper_compounds(head, speaker.start)
        if (len(name) == 1 and head.lower_.rstrip(".") in CORPORATE_SUFFIXES) or one_org_name(head):
            name = speaker  # a legal form alone ("Corp" of "Standard and Poor's Corp") names none; nor does "Standard" there
        return orgs.fullest(name.text) or speaker.text
    known = _known_org_name(speaker, orgs) or _org_in_apposition(head, orgs)
    if known is not None:
        return known
    owner = _spoken_for(head, orgs) or _org_named_after_lead(art, head, orgs, inside)
    if owner is not None:
        return owner
    party = _party_before(art, speaker, orgs, inside)
    if party is not None:
        return party
    if speaker[0].lower_ == "the" and head.pos_ == "NOUN":
        if head.lemma_.lower() in COMPANY_NOUNS and head.tag_ == "NN":
            # "the parole board", "the bank": the organisation those words name ("Parole Board of
            # Canada", "European Central Bank"); else ("the company") the one just before.
            words = [t for t in speaker if t.i <= head.i and t.is_alpha and t.lower_ != "the"]
            if len(words) >= 2:  # "the online retail giant" says more than who spoke last
                named = orgs.fullest(" ".join(t.text for t in words)) or _proper_part(words, orgs)
            else:  # "the company": else the organisation that spoke last
                generic = head.lemma_.lower() in GENERIC_ORG_NOUNS
                named = orgs.fullest(head.text) or (
                    (_org_subject_named_before(art, head, inside, orgs) or _org_speaker_before(art, head, inside, orgs))
                    if generic else None)
            return named or orgs.recent(head, inside) or speaker.text
        if any(t.pos_ == "PROPN" for t in speaker if t.i < head.i):
            # "The Cruz campaign" says which one itself, unless brought in before ("The Smith Barney spokeswoman")
            return introduced_for(art, speaker, inside) or speaker.text
        intro = introduction(art, head, inside) if not any(t.like_num for t in speaker) else None
        if intro is not None and content_words(intro) >= content_words(speaker.text):
            return intro  # only a phrase that says at least as much ("The judge" -> "the Nova Scotia judge")
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):
        intro = introduced_for(art, speaker, inside)  # "Smith Barney's spokeswoman" after "A spokeswoman for Smith Barney"
        if intro is not None:
            return intro
    if names_nobody(speaker):
        return None
    written = description_as_written(speaker) if head.pos_ == "NOUN" else speaker.text
    if written == speaker.text and head.tag_ == "NNS" and head.lemma_.lower() in UNNAMED_SOURCE_NOUNS and len(speaker) == 1:
        intro = introduction(art, head, inside)  # "sources said" after "sources familiar with the talks said"
        written = intro if intro is not None and content_words(intro) > 1 else written
    return _trailing_name(speaker, speaker.start_char + len(written)) or written


def names_nobody(speaker: Span) -> bool:
    """A speaker whose words name nobody, so no canonical name: only pronouns, determiners and
    numbers ("his", "those", "most", "both", "Nine") or only a date or time ("Tuesday" where the
    parser took the day for the subject). A user counting speakers would count these as sources."""
    words = [t for t in speaker if not t.is_punct]
    if not words:
        return False
    if all(t.ent_type_ in NOT_SPEAKER_ENTS for t in words):
        return True
    # A noun head says who ("three-quarters" of "three-quarters of the voters", tagged a number inside).
    return speaker.root.pos_ != "NOUN" and all(t.pos_ in NAMELESS_POS or t.lower_ in NAMELESS_WORDS for t in words)


def _it_stands_for(art: ParsedArticle, it: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """The organisation "it" (or "its") stands for: the one that spoke or was the subject right before."""
    return _named_speaker_before(art, it, inside, orgs) or _org_subject_before(art, it, inside, orgs) \
        or _org_topic_before(art, it, inside, orgs) or _org_speaker_before(art, it, inside, orgs) or orgs.recent(it, inside)


def _named_speaker_before(art: ParsedArticle, it: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """"It said" right after a place or institution spoke in the sentence before ("Downing Street
    said ... It said ..."): that speaker, whatever the tagger took it for; None otherwise."""
    subject = _last_speaker_before(art, it, inside)
    if subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in BODY_NOUNS \
            and any(c.lower_ == "the" for c in subject.children) \
            and any(t.pos_ == "PROPN" for t in subject.subtree if t.i < subject.i):
        return speaker_name(art, speaker_span(subject), orgs, inside)  # "the Commons science and technology committee"
    if subject is not None and subject.lower_ == "it" and subject.i < it.i:
        return speaker_name(art, speaker_span(subject), orgs, inside)  # "Clevite said ... It said ... It said"
    if subject is None or subject.pos_ != "PROPN" or (subject.ent_type_ not in ("GPE", "FAC", "ORG", "LOC", "")
                                                     and not orgs.named(subject)) or orgs.person_chars[subject.idx]:
        return None  # a person or a description spoke last: no place
    name = _with_proper_compounds(subject, 0).text
    # "Great American Management and Investment Inc said ... It said": the whole subject when its last words name none
    return orgs.fullest(name) or orgs.fullest(speaker_span(subject).text) or name


def _org_subject_before(art: ParsedArticle, it: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """"It said" right after a sentence about an organisation ("The commission, an independent body
    ..., had been asked to consider reforms. But it said ..."): that organisation by its fullest name,
    though another spoke last; None when the sentence before is about something else."""
    _, subject = _main_subject_before(art, it, inside)
    if subject is None or subject.lemma_.lower() not in COMPANY_NOUNS or subject.tag_ != "NN" or \
            not any(c.lower_ == "the" for c in subject.children):
        return None
    return orgs.fullest(subject.text)


def _party_before(art: ParsedArticle, speaker: Span, orgs: Organisations, inside: bytearray) -> str | None:
    """"The party says" (those words alone) after a party by name spoke or was the subject ("Labour
    says ... The party says"): that party; None otherwise. Not the longest name holding "party"
    ("Stevenage Labour Party"): a branch the article names is not the party it is about."""
    head = speaker.root
    if len(speaker) != 2 or speaker[0].lower_ != "the" or head.lower_ not in PARTY_NOUNS:
        return None
    last = _last_speaker_before(art, head, inside)
    if last is not None and last.lower_ == "they":  # "They say ... The party says": whom "they" stands for
        return plural_antecedent(art, last, inside, orgs)
    return _org_subject_named_before(art, head, inside, orgs) or _org_speaker_before(art, head, inside, orgs)


def _org_topic_before(art: ParsedArticle, it: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """"It says" right after a sentence whose main subject is an organisation by name, where nobody
    else spoke ("Labour denies breaking rules. It says ..."): that organisation, though another spoke
    before it; None otherwise (a place is no "it" that speaks: the tagger's ORG or a known name only)."""
    before, subject = _main_subject_before(art, it, inside)
    if subject is None or _last_speaker_before(art, it, inside) not in (None, subject):
        return None
    if not subject.text[:1].isupper() or orgs.person_chars[subject.idx] or \
            not (subject.ent_type_ == "ORG" or orgs.named(subject)):  # "Labour denies": tagged a noun
        return None
    return _org_name(subject, before.start, orgs)


def _org_subject_named_before(art: ParsedArticle, head: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """"The company said" opening a sentence right after one whose main subject is an organisation
    by name ("Turkcell said ... If Turkcell backs out, MTN may be back in the running. The company
    has said ..."): that organisation, though another spoke last; None otherwise."""
    if head.dep_ not in SUBJECT_DEPS or head.head.dep_ != "ROOT":
        return None
    before, subject = _main_subject_before(art, head, inside)
    if subject is None or subject.pos_ != "PROPN" or orgs.person_chars[subject.idx] \
            or not (orgs.named(subject) or subject.ent_type_ in ("GPE", "")):  # the tagger takes "MTN" for a place
        return None
    return _org_name(subject, before.start, orgs)


def _unlisted_speaker_before(art: ParsedArticle, pronoun: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """A he/she nobody among the article's people was found for, right after a person the people
    extraction missed spoke ("Edward Leigh, chairman of the committee, said ... / '...,' he said"):
    that speaker's name as written; None when the sentence before has another speaker or none."""
    subject = _last_speaker_before(art, pronoun, inside)
    # The tagger's type is no guide here: it missed the person ("£644m. Edward Leigh": MONEY).
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in NON_PERSON_ENTITY_TYPES \
            or orgs.person_chars[subject.idx] or org_like(subject) or orgs.named(subject):
        return None
    return _with_proper_compounds(subject, subject.left_edge.i).text


def _sentence_before(art: ParsedArticle, token: Token, inside: bytearray) -> Span | None:
    """The writer's sentence before the token's: sentences wholly inside quote marks are the quoted
    speaker's and are passed over. None at the article's start."""
    k = art.sent_of[token.i]
    while k > 0 and wholly_quoted(art.sents[k - 1], inside):
        k -= 1
    return art.sents[k - 1] if k > 0 else None


def _main_subject_before(art: ParsedArticle, token: Token, inside: bytearray) -> tuple[Span | None, Token | None]:
    """The writer's sentence before the token's and its main subject (None, None at the article's start)."""
    before = _sentence_before(art, token, inside)
    return before, (main_subject(before, inside) if before is not None else None)


def _last_speaker_before(art: ParsedArticle, token: Token, inside: bytearray) -> Token | None:
    """The last speaker subject of the sentence before (`_sentence_before`); None when it has none."""
    before = _sentence_before(art, token, inside)
    subjects = speaker_subjects(before, inside) if before is not None else []
    subjects = [s for s in subjects if not in_reported_clause(s)]  # not "a preliminary audit showed" after "It said"
    return subjects[-1] if subjects else None


def _org_speaker_before(art: ParsedArticle, head: Token, inside: bytearray, orgs: Organisations) -> str | None:
    """The organisation that spoke last before "it" / "the company" said, within
    ORG_SPEAKER_LOOKBACK_SENTENCES sentences ("Tanjug said ... It said ... It said ..."): the subject
    of a speech verb that is an organisation's name, or an "it" / "the company" standing for one;
    people who spoke in between are passed over. None when no organisation spoke there."""
    if head.i in orgs.speakers:
        return orgs.speakers[head.i]
    orgs.speakers[head.i] = None  # no cycle through this word
    k, seen, found = art.sent_of[head.i], 0, None
    # "RipGuard is expected ..., the company said": what comes before is its words, not who it is.
    own_sentence = not postposed_speaker(speaker_span(head))
    while k >= 0 and seen <= ORG_SPEAKER_LOOKBACK_SENTENCES and found is None:
        sent = art.sents[k]
        if not wholly_quoted(sent, inside):
            seen += 1
            # An organisation subject earlier in the sentence ("Suncor suspended ..., and the company filed";
            # "the government is grappling with what it says").
            same = [t for t in art.doc[sent.start:head.i] if k == art.sent_of[head.i] and own_sentence and not inside[t.idx]
                    and t.dep_ in SUBJECT_DEPS and not orgs.person_chars[t.idx] and (orgs.named(t) or (
                        t.tag_ == "NN" and t.lemma_.lower() in BODY_NOUNS and t.head.i < head.i
                        and any(c.lower_ == "the" for c in t.children)))]
            cands = list(same)
            cands += [s for s in speaker_subjects(sent, inside)
                      if s.i < head.i and (s.dep_ != "nsubj" or s.head.lemma_.lower() in ORG_SAY_VERBS)]
            for s in sorted(cands, key=lambda t: t.i, reverse=True):
                low = s.lower_
                if low == "it":  # what that "it" stands for by the same evidence (no guess from names around)
                    found = _named_speaker_before(art, s, inside, orgs) or _org_topic_before(art, s, inside, orgs) \
                        or _org_speaker_before(art, s, inside, orgs)
                elif s.pos_ == "NOUN" and s.tag_ == "NN" and any(c.lower_ == "the" for c in s.children) and (
                        s.lemma_.lower() in COMPANY_NOUNS or s in same):
                    words = [t.text for t in speaker_span(s) if t.i <= s.i and t.is_alpha and t.lower_ != "the"]
                    found = orgs.fullest(" ".join(words)) or (
                        _org_speaker_before(art, s, inside, orgs) if len(words) == 1 and s.lemma_.lower() in GENERIC_ORG_NOUNS else None)
                    if found is None and s in same:
                        found = speaker_name(art, speaker_span(s), orgs, inside)  # "the government": its words
                elif (owner := _spoken_for(s, orgs) or _spokesperson_for(s, orgs)) is not None:
                    found = owner
                elif (s.pos_ == "PROPN" or orgs.named(s)) and (orgs.company(speaker_span(s)) or s.text in orgs.lone or not orgs.person_chars[s.idx]
                                            and (s.ent_type_ in ("ORG", "GPE", "NORP") or orgs.named(s))):
                    found = _org_name(s, sent.start, orgs)
                if found is not None:
                    break
        k -= 1
    orgs.speakers[head.i] = found
    return found


def _spoken_for(head: Token, orgs: Organisations) -> str | None:
    """The organisation a document or its members speak for, named in front ("The parole board
    decision", "a Bank of Portugal forecast", "Board members"): its fullest name; None otherwise."""
    mods = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i]
    if head.lemma_.lower() not in SPOKEN_FOR_NOUNS or head.pos_ != "NOUN" or not mods \
            or (head.lemma_.lower() == "member" and head.tag_ != "NNS"):  # "an EP member" is one person
        return None
    last = mods[-1]
    named = orgs.fullest(head.doc[min(c.left_edge.i for c in mods):last.right_edge.i + 1].text)
    return named or (orgs.fullest(last.text) if last.lemma_.lower() in ORG_NOUNS or org_like(last) else None)


def _proper_part(words: list[Token], orgs: Organisations) -> str | None:
    """The organisation the capitalised words before a company noun name, when the tagger reads them
    as one and the article writes them whole ("The Associated Press agency": "The Associated Press");
    None otherwise ("The High Street retailer": a place, no organisation)."""
    proper = [t for t in words if t.pos_ == "PROPN"]
    if not proper or any(t.ent_type_ != "ORG" for t in proper):
        return None
    return orgs.written_whole(" ".join(t.text for t in proper))


def _spokesperson_for(person: Token, orgs: Organisations) -> str | None:
    """The organisation a person speaks for by the apposition set beside him ("Michael Lamberty, a
    Lufthansa spokesman, told ..."; "a spokesman for Lufthansa"): its fullest name; None otherwise."""
    for a in person.children:
        if a.dep_ == "appos" and a.lemma_.lower() in SPOKESPERSON_NOUNS:
            names = [c for c in a.children if c.dep_ == "compound" and c.i < a.i and orgs.named(c)]
            names += [o for p in a.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children if o.dep_ == "pobj" and orgs.named(o)]
            if names:
                return _org_name(names[0], names[0].left_edge.i, orgs)
    return None


def _org_named_after_lead(art: ParsedArticle, head: Token, orgs: Organisations, inside: bytearray) -> str | None:
    """A lead that describes its speaker and names it in the next sentence ("..., the UK's public
    spending watchdog has said. / The National Audit Office said ..."): that organisation."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or \
            head.lemma_.lower() in PERSON_NOUNS or head.lemma_.lower().endswith(PERSON_SUFFIXES):
        return None
    for subject in lead_follow_up_subjects(art, head, inside):
        if org_like(subject) or orgs.named(subject):
            return orgs.fullest(_with_proper_compounds(subject, subject.left_edge.i).text)
    follow_up = lead_follow_up(art, head)
    if follow_up is not None and any(c.lower_ in INDEFINITE_ARTICLES for c in head.children):
        # "A bookmaker has stopped taking bets ... / William Hill made the move": an indefinite
        # speaker of the lead is the organisation the next sentence is about, whatever it does there.
        subject = main_subject(follow_up, inside)
        if subject is not None and (org_like(subject) or orgs.named(subject)) and not orgs.person_chars[subject.idx]:
            return orgs.fullest(_with_proper_compounds(subject, subject.left_edge.i).text)
    return None


def _known_org_name(speaker: Span, orgs: Organisations) -> str | None:
    """A capitalised name the tagger took for no organisation that is one the article writes
    whole ("Magma Copper Co said") or an acronym it spells out ("NAWG", "The CIPS" after "The
    Chartered Institute of Purchasing and Supply (CIPS)"):
    its fullest form; None otherwise (a part of a name, "Smith" of "Smith Barney", is none)."""
    name = without_the(speaker.text)
    return orgs.written_whole(name) if name[:1].isupper() else None


def _org_in_apposition(head: Token, orgs: Organisations) -> str | None:
    """A description of no person with an organisation or place named right after it between
    commas ("The world's biggest tobacco consumer, China, has said"): that name, fullest form;
    None otherwise (a person in apposition is the people extraction's)."""
    if head.tag_ != "NN" or head.lemma_.lower() in PERSON_NOUNS or head.lemma_.lower().endswith(PERSON_SUFFIXES):
        return None  # a plural ("Clinton's super PACs, Priorities USA Action and ...") is more than the one name
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in APPOSED_ORG_ENTS
                 and not orgs.person_chars[c.idx] and right_after(head, c.left_edge.i)), None)
    if name is None:
        return None
    # A place is named as written: "China" is no part of "China Daily".
    return _with_proper_compounds(name, name.left_edge.i).text if name.ent_type_ == "GPE" else _org_name(name, name.left_edge.i, orgs)


def _org_name(head: Token, lo: int, orgs: Organisations) -> str:
    """The organisation named by the name `head` ends (`_with_proper_compounds`): its fullest form
    in the article, else as written."""
    name = _with_proper_compounds(head, lo).text
    return orgs.fullest(name) or name


def _with_proper_compounds(head: Token, lo: int) -> Span:
    """The name `head` ends, with the proper nouns compounded onto it ("Downing Street"), none
    before token `lo`."""
    doc = head.doc
    first = head.i
    while first > lo and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    return doc[first:head.i + 1]


def _trailing_name(speaker: Span, end_char: int) -> str | None:
    """A person's full name that ends a title phrase the people extraction left out ("SMFG
    President Yoshifumi Nishikawa", "Gloucester director of rugby Nigel Melville"): the name is
    the speaker's canonical name, not the title."""
    names = [e for e in speaker.doc.ents if e.label_ == "PERSON" and len(e) >= 2
             and e.start_char > speaker.start_char and e.end_char == end_char and not _addressed(e.root, speaker.root)]
    return names[-1].text if names else None


def _addressed(name: Token, head: Token) -> bool:
    """The name is one the description's tail is sent or spoken to, not the speaker's ("A letter
    sent to Martin Mubanga said", "a complaint against John Smith"): on its way up to the
    description's noun it passes a participle or "to"/"against"/"with" (not "director of rugby
    Nigel Melville", "Minister for Europe Denis MacShane")."""
    t = name
    while t.i != t.head.i and t.i != head.i:
        if t.dep_ in ("acl", "relcl", "dative") or (t.dep_ == "prep" and t.lower_ in ADDRESSEE_PREPOSITIONS):
            return True
        t = t.head
    return False


__all__ = ["names_nobody", "speaker_name", "ORG_SPEAKER_LOOKBACK_SENTENCES"]
