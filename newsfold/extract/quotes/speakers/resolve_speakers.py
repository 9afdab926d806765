"""Speakers resolved to the article's people: the person whose mention the speaker is, the
antecedent of a pronoun (with a gender check), a role phrase ("the Ukrainian leader") or a bare
name through the people's roles and name variants (the people indexed in people_index)."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import (
    APPOSITION_MARKS, GOING_ON_VERBS, INDEFINITE_OPENERS, NON_PERSON_ENTITY_TYPES, NON_PERSON_HEADS,
    OFFICE_QUALIFIERS, PLURAL_OR_OTHER_PRONOUNS, PLURAL_TAGS, POSSESSIVE_PRONOUNS, PRONOUNS,
    ROLE_BODY_PREPOSITIONS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.speakers.antecedent_filters import addressed_people, barring
from newsfold.extract.quotes.speakers.described_speakers import described_speaker_before
from newsfold.extract.quotes.speakers.issuers import issuing_person, owner_word
from newsfold.extract.quotes.speakers.named_next import named_by_noun_later, named_next, named_through_introduction
from newsfold.extract.quotes.speakers.people_index import EPITHETS, NEIGHBOUR_SENTENCES, PeopleIndex, epithet_noun
from newsfold.extract.quotes.speakers.phrase_owners import phrase_owner
from newsfold.extract.quotes.speakers.repeated_descriptions import (
    earlier_description, indefinite_before, named_since_indefinite, same_description_before,
)
from newsfold.extract.quotes.speakers.sentence_subjects import lead_follow_up_subjects
from newsfold.extract.quotes.speakers.shared_surnames import other_given_name, surname_owner
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.title_names import is_title
from newsfold.records import PersonMention


def resolve_speaker(art: ParsedArticle, speaker: Span, index: PeopleIndex, inside: bytearray,
                    last_person: str | None, quoted: Sequence[tuple[int, int]] = (),
                    sent_on: dict[int, str] | None = None) -> tuple[str | None, str]:
    """(local_key, rule) for a speaker span; rule names which rule resolved it (for measuring).
    'quoted': the pieces of the direct quote the speaker is given for (none for other rows).
    'sent_on': the caller's memory, across an article's quotes, of the he/she speakers sent on to the
    last speaker, by offset (filled here): the same "he" goes on so when resolved again."""
    addressed = addressed_people(speaker, index.mention_in) if art.on("addressee") else frozenset()
    with barring(index, addressed):
        key, rule = _resolve(art, speaker, index, inside, last_person, quoted, sent_on)
    if not art.on("role") or (key is not None and rule != "role-recent"):
        return key, rule
    # A described speaker the article names (module named_next) goes before the person the last
    # sentences are about ("role-recent").
    named, how = named_next(art, speaker, index, inside), "named-next"
    if named is None and key is None:
        named, how = named_by_noun_later(speaker, index), "named-by-noun-later"
    if named is None:
        named, how = named_through_introduction(art, speaker, index, inside), "named-introduction"
    if named is None and key is None:
        named, how = _named_after_lead(art, speaker, index, inside), "lead-description"
    return (named, how) if named is not None else (key, rule)


def _named_after_lead(art: ParsedArticle, speaker: Span, index: PeopleIndex, inside: bytearray) -> str | None:
    """A lead that describes its speaker and names him in the next sentence ("..., a Labour
    backbencher has said. / Derek Wyatt said ..."; "..., the work and pensions minister has said. /
    ..., Alan Johnson said."): the person the next sentence's speech verb has as its subject."""
    head = speaker.root
    if head.lemma_.lower() not in EPITHETS or head.tag_ not in ("NN", "NNP"):
        return None
    for subject in lead_follow_up_subjects(art, head, inside):
        m = index.subject_mention(subject)
        if m is not None:
            return m.local_key
    return None


def _resolve(art: ParsedArticle, speaker: Span, index: PeopleIndex, inside: bytearray,
             last_person: str | None, quoted: Sequence[tuple[int, int]],
             sent_on: dict[int, str] | None) -> tuple[str | None, str]:
    head = speaker.root
    # The mention must be the head of the phrase: "the Trump-Putin call" is not Putin.
    m = index.mention_in(head.idx, head.idx + len(head.text))
    if m is None and all(t.pos_ == "PROPN" for t in speaker) and len(head.text) > 1 and head.text.isupper() and \
            not any(head.lower_ in w for w in index.name_words.values()):
        m = index.mention_in(speaker.start_char, speaker.end_char)  # "Ken Macdonald QC": a name and its letters
    if m is None:
        m = _name_before_apposition(speaker, index)
    if m is None:
        m = _name_right_after(speaker, index)
    if m is None:
        m = _name_after_body(speaker, index)
    if m is None:
        m = _person_of_body(speaker, index)
    if m is None:
        m = _document_writer(speaker, index)
    if m is None:
        m = issuing_person(speaker, index)  # "Henry added the caption which reads, ..."
    if m is None and art.on("phrase_owner"):
        m = phrase_owner(speaker, index)  # "Sen. Lindsey Graham (R-SC) said" parsed with "R-SC" the subject
    if m is not None and art.on("name") and other_given_name(speaker, m, index):
        return None, "other-given-name"  # "German Ortega said" where "Ortega" went to Freddy Ortega
    if m is not None:
        return (surname_owner(index, m) if art.on("name") else m.local_key), "mention"
    low = head.lower_
    if art.on("possessive") and low not in PRONOUNS:
        owner = _possessive_pronoun(speaker)
        if owner is not None:  # "his statement said", a speaker "his": as "he said"
            speaker, low = speaker.doc[owner.i:owner.i + 1], owner.lower_
    if low in PRONOUNS or (art.on("possessive") and low in POSSESSIVE_PRONOUNS):
        if not art.on("pronoun"):
            return None, "pronoun-off"
        key = index.antecedent(art, speaker, inside)
        # "Ruud van Nistelrooy is fit again, but the Scot admitted ... / 'Ruud is the best striker in
        # Europe ...,' he said": speakers seldom name themselves so in their own words, and the pronoun
        # goes on with the last speaker, who agrees with it; the same "he" speaking on goes on with him.
        if last_person is not None and _named_in_own_words(index, key, quoted) \
                and index.agrees(last_person, low) and not _named_in_own_words(index, last_person, quoted):
            if sent_on is not None:
                sent_on[speaker.start_char] = last_person
            return last_person, "pronoun-own-words"
        if sent_on is not None and speaker.start_char in sent_on:
            return sent_on[speaker.start_char], "pronoun-own-words"
        if art.on("own_words_next") and _talked_about_in_own_words(index, key, quoted, inside):
            # The last speaker is the one named ("Mellberg spoke of his dislike ... / 'I've had a quiet
            # word with Olof,' he told Villa's website"): the he/she is the person before him.
            with barring(index, {key}):
                other = index.antecedent(art, speaker, inside)
            if other is not None and not _named_in_own_words(index, other, quoted) \
                    and not _talked_about_in_own_words(index, other, quoted, inside):
                if sent_on is not None:
                    sent_on[speaker.start_char] = other
                return other, "pronoun-own-words-next"
        # "Drummer Larry Mullen Jr echoed ... according to editor Paul Rees. '...' / He added: '...'": who
        # goes on talking is the last speaker, named after the person the sentence before is about.
        if key != last_person and last_person is not None and art.on("going_on") and _goes_on(speaker) \
                and index.agrees(last_person, low) and not _named_in_own_words(index, last_person, quoted) \
                and _last_named(index, last_person, speaker, inside) > _last_named(index, key, speaker, inside) \
                and not _goes_on_from_unnamed(art, speaker, index, inside):
            return last_person, "pronoun-going-on"
        if key is None and last_person is not None and index.agrees(last_person, low) \
                and not _goes_on_from_unnamed(art, speaker, index, inside):
            return last_person, "pronoun-last-speaker"
        return key, "pronoun"
    if low in PLURAL_OR_OTHER_PRONOUNS:
        return None, "other-pronoun"
    # "the South Carolina Republican said": one member of a party or nation, a person's epithet.
    member = _member_noun(head) and (speaker[0].lower_ == "the" or _the_cut_off(speaker))
    if (head.ent_type_ in NON_PERSON_ENTITY_TYPES and not member) or low in NON_PERSON_HEADS:
        # A lone name the tagger took for an organisation is still the one person it names
        # ("Wang said" after "Vice-President Wang Qishan").
        lone = head.pos_ == "PROPN" and len(speaker) == 1 and head.ent_iob_ == "B" and (
            head.i + 1 >= len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I")
        hits = [k for k, w in index.name_words.items() if low in w] if lone and art.on("name") else []
        if len(hits) == 1:
            return hits[0], "name"
        return None, "non-person"
    words = {t.lower_ for t in speaker if not t.is_stop and t.is_alpha}
    if not words:
        return None, "none"
    # Bare surname or other name variant that the people extractor did not mark here (a proper
    # noun is capitalised: "the minister said" tagged PROPN is a role).
    # "The MP said": a role noun the tagger took for a name is still a role.
    # "The DJ admitted" after "DJ Sam Rivers" and "DJ Tom Hale": a title several people hold is still a title.
    is_title = index.titled(low) is not None or (art.on("shared_title") and index.role_word(low))
    proper = head.pos_ == "PROPN" and head.text[:1].isupper() and not member and head.lower_ not in EPITHETS \
        and not (speaker[0].lower_ == "the" and is_title)  # "the Cardinal said": a title
    if proper:
        if not art.on("name"):
            return None, "name-off"
        hits = [k for k, w in index.name_words.items() if head.lower_ in w]
        if len(hits) == 1:
            return hits[0], "name"
        if art.on("going_on") and last_person is not None and speaker[0].lower_ == "the" \
                and head.tag_ not in PLURAL_TAGS and _goes_on(speaker):
            return last_person, "description-going-on"  # "And the ex-Wallaby added:" after Campese spoke
        return None, "unknown-name"
    later = _named_later(art, speaker, index)
    if later is not None:
        return later.local_key, "named-later"
    aged = any("year-old" in t.lower_ or t.lower_ == "year" for t in speaker)  # "the 39-year-old founder"
    if not (_is_person_noun(head) or aged or is_title) or head.tag_ in PLURAL_TAGS:
        return None, "not-a-person"  # "Ukrainian perspectives", "Kremlin officials"; an age is a person's
    if not art.on("role"):
        return None, "role-off"
    if speaker[0].lower_ in INDEFINITE_OPENERS:
        return None, "indefinite"  # "a justice official said": somebody not named, not Justice Minister Lametti
    first = indefinite_before(art, head) if speaker[0].lower_ == "the" else None
    if first is not None:
        since = named_since_indefinite(first, head, index, lambda s: resolve_speaker(art, s, index, inside, None)[0])
        if since is not None:
            return since, "named-since"  # "A federal judge ... Judge Gonzalo Curiel ... The judge said"
        return None, "unnamed"  # "a justice official said ... the justice official said": nobody named
    # Role phrase: "the spokesman", "the Ukrainian leader": unique best overlap with roles.
    scores = index.role_scores(speaker, words)
    best = max(scores.values(), default=0)
    if best > 0:
        top = [k for k, v in scores.items() if v == best]
        if len(top) == 1:
            return top[0], "role"
    n_words = sum(1 for t in speaker if not t.is_punct)  # "the bow-tied maverick": three words and "the"
    # "the" opens the phrase, or stands right before an age the parser left without it ("the 34-year-old said").
    definite = speaker[0].lower_ == "the" or (aged and speaker.start > 0 and speaker.doc[speaker.start - 1].lower_ == "the") \
        or _the_cut_off(speaker)
    if definite and (n_words <= 5 or (aged and n_words <= 7)) and (head.pos_ == "NOUN" or aged or not proper):
        again = earlier_description(art, speaker, inside)
        if again is not None:
            key = resolve_speaker(art, speaker_span(again), index, inside, None)[0]
            if key is not None:
                return key, "role-again"  # "the senator" after "the independent Vermont senator said"
        same = same_description_before(art, speaker, inside) if art.on("role_same") else None
        if same is not None:
            key = resolve_speaker(art, speaker_span(same), index, inside, None)[0]
            # Only a person still talked about: the same words a few sentences on, or a mention of him in
            # between ("It claims Mary Hollis felt ..."); a list of stars gives each item its own "the star".
            near = art.word_sent_of[speaker.start] - art.word_sent_of[same.i] <= NEIGHBOUR_SENTENCES
            if key is not None and (near or any(m.local_key == key for m in index.in_range(same.idx, speaker.start_char, inside))):
                return key, "role-same"  # "the prime minister told ... / ... the prime minister said"
        # "the president said": the person the last sentences are about, as for "he"; not one the
        # article gives another office ("the prime minister says" after "London mayor Mr Livingstone says").
        # A former or deputy office ("the former president") may go with another one held now.
        key = index.antecedent(art, speaker, inside)
        if key is not None and art.on("other_office") and not {t.lower_ for t in speaker} & OFFICE_QUALIFIERS \
                and index.other_office(key, head.lower_):
            key = index.recent_in_office(art, speaker, inside)
        return key, "role-recent"
    return None, "none"


def _possessive_pronoun(speaker: Span) -> Token | None:
    """The possessive pronoun a speaker is, or owns the document that speaks ("his statement"); None otherwise."""
    head = speaker.root
    if head.lower_ in POSSESSIVE_PRONOUNS:
        return head
    owner = owner_word(speaker)
    return owner if owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS else None


def _goes_on(speaker: Span) -> bool:
    """The speaker is the subject of a verb that says he goes on talking ("he added", "she went on")."""
    root = speaker.root
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS or verb.i == root.i:
        return False
    lemma = verb.lemma_.lower()
    went_on = lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return lemma in GOING_ON_VERBS or went_on


def _last_named(index: PeopleIndex, key: str | None, before: Span, inside: bytearray) -> int:
    """Where the person 'key' was last named outside quote marks before the span; -1 if nowhere."""
    return max((m.start_char for m in index.in_range(0, before.start_char, inside) if m.local_key == key), default=-1)


def _named_in_own_words(index: PeopleIndex, key: str | None, quoted: Sequence[tuple[int, int]]) -> bool:
    """A mention of the person 'key' lies inside the quoted pieces the he/she is said to speak: that
    person is talked about there, not talking. Quote marks only: the writer's own words name the
    speaker freely ("In her speech, Rhimes declared ...: '...,' she said")."""
    return key is not None and any(m.local_key == key and s <= m.start_char and m.end_char <= e
                                   for m in index.mentions for s, e in quoted)


def _talked_about_in_own_words(index: PeopleIndex, key: str | None, quoted: Sequence[tuple[int, int]],
                               inside: bytearray) -> bool:
    """Inside the quote marks of the pieces, the person 'key' is named as one talks of or to somebody
    else: by his given name alone ("a quiet word with Olof") or his surname after a title ("Secretary
    Clinton can be held responsible"). Not as speakers name themselves ("win with Trump", "they say
    Bernie Sanders should drop out"), nor in another thing's name ("the Trump University case")."""
    person = index.people.get(key) if key is not None else None
    parts = person.name.lower().split() if person is not None else []
    if len(parts) < 2:
        return False
    doc = index.doc
    for s, e in quoted:
        for t in doc.char_span(s, e, alignment_mode="contract") or ():
            if not inside[t.idx] or not t.is_title or t.ent_type_ in NON_PERSON_ENTITY_TYPES \
                    or (t.pos_ != "PROPN" and t.ent_type_ != "PERSON"):
                continue
            after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            if t.lower_ == parts[0] and after != parts[1]:
                return True
            if t.lower_ == parts[-1] and t.dep_ != "compound" and t.i > 0 and is_title(doc[t.i - 1]):
                return True
    return False


def _goes_on_from_unnamed(art: ParsedArticle, pronoun: Span, index: PeopleIndex, inside: bytearray) -> bool:
    """The he/she goes on from a speaker only described, who is none of the article's people ("A US
    Embassy spokesman said ... / ..., he added"): not the last named speaker (speaker_names names it)."""
    described = described_speaker_before(art, pronoun.root, inside)
    return described is not None and resolve_speaker(art, speaker_span(described), index, inside, None)[0] is None


def _the_cut_off(speaker: Span) -> bool:
    """The head's own "the" lies before the span, cut off with an age the tagger took for a date
    ("The 55-year-old Frenchman told": the span is "Frenchman")."""
    head = speaker.root
    return any(c.dep_ == "det" and c.lower_ == "the" and c.i < speaker.start for c in head.children) \
        and all(t.ent_type_ == "DATE" or t.is_punct for t in speaker.doc[head.left_edge.i + 1:speaker.start])


def _named_later(art: ParsedArticle, speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """A definite description the article names a person by further on, word for word, with the
    name in apposition ("..., the men's solicitor says. ... The men's solicitor, Louise Christian,
    has raised questions"): that person; None otherwise (one word, "the official", says too little)."""
    head, doc = speaker.root, speaker.doc
    words = [t.lower_ for t in speaker]
    if head.pos_ != "NOUN" or head.tag_ != "NN" or words[0] in INDEFINITE_OPENERS or head.i != speaker.end - 1 \
            or sum(1 for w in words if w not in ("the", "'s")) < 2:
        return None
    for t in doc[speaker.end:]:
        if t.lemma_ == head.lemma_ and t.i - len(words) + 1 >= 0 \
                and [x.lower_ for x in doc[t.i - len(words) + 1:t.i + 1]] == words:
            m = index.subject_mention(t) if any(c.dep_ == "appos" for c in t.children) else None
            if m is not None:
                return m
    return None


def _name_before_apposition(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person named at the start of a phrase, after any capitalised titles, that goes on to
    describe him between dashes or commas ("Andrei Illarionov - then economic adviser to President
    Vladimir Putin - told") or by the body he is of ("Staff Sgt. Mike Rollins of Toronto police
    said"), which the parser headed on the description or the body."""
    for token in speaker:
        if not (token.is_title or token.is_upper):
            return None
        m = index.mention_in(token.idx, token.idx + len(token.text))
        if m is not None:
            if m.start_char != token.idx:
                return None
            after = next((t for t in speaker if t.idx >= m.end_char), None)
            return m if after is not None and (after.text in APPOSITION_MARKS or after.lower_ == "of") else None
    return None


def _name_right_after(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person a title names when his name follows it straight on, in apposition to its head
    ("BBC Two controller Roly Keating: ...", the span cut before the name)."""
    head, doc = speaker.root, speaker.doc
    if speaker.end >= len(doc) or head.tag_ not in ("NN", "NNP") or head.text.isupper() or speaker.text_with_ws[-1:] != " ":
        return None
    m = index.subject_mention(head)
    return m if m is not None and m.start_char == doc[speaker.end].idx else None


def _name_after_body(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person named between commas right after the body a role is of, where the parser hung the
    name on the body ("the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter,
    says"): that person, the role's holder; None for a head that is no person's role."""
    head = speaker.root
    if not _is_person_noun(head):
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ROLE_BODY_PREPOSITIONS:
            continue
        for body in (b for b in prep.children if b.pos_ == "PROPN"):  # a body by name, not "a friend of the victim, ..."
            for name in body.children:
                m = index.mention_in(name.idx, name.idx + len(name.text)) if name.dep_ == "appos" else None
                if m is not None and name.i > 0 and body.doc[name.left_edge.i - 1].text == ",":
                    return m
    return None


def _person_of_body(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person a body's name is given for, where the parser headed the phrase on the body ("says
    Cara Diemont of IT firm Dimension Data": "Diemont" a modifier of "Data"; "JK, also known as Jason
    King": the other name he goes by): that person; None otherwise."""
    head, doc = speaker.root, speaker.doc
    for c in head.children:
        if c.dep_ in ("nmod", "compound") and c.i < head.i and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "of":
            m = index.mention_in(c.idx, c.idx + len(c.text))
            if m is not None:
                return m
        if c.dep_ == "acl" and c.lemma_ == "know" and head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
            for name in (t for p in c.children if p.lower_ == "as" for t in p.children):
                m = index.mention_in(name.idx, name.idx + len(name.text))
                if m is not None:
                    return m
    return None


def _document_writer(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person whose document speaks, named as its owner ("Morquendi's message read"): that person."""
    owner = owner_word(speaker)
    return index.mention_in(owner.idx, owner.idx + len(owner.text)) if owner is not None else None


def _is_person_noun(token: Token) -> bool:
    """A noun for a person: an epithet noun, a "-man"/"-woman" compound, or a singular member of
    a nationality, religion or party ("the South Carolina Republican")."""
    lemma = token.lemma_.lower()
    return epithet_noun(lemma) or _member_noun(token)


def _member_noun(token: Token) -> bool:
    """A singular noun for one member of a nationality, religion or party ("Republican")."""
    return token.ent_type_ == "NORP" and token.tag_ in ("NN", "NNP")


def is_named(speaker: Span, key: str | None, index: PeopleIndex) -> bool:
    """The speaker is named where the quote is: a name in the span, or a person's mention."""
    if any(t.pos_ == "PROPN" for t in speaker) and speaker.root.lower_ not in PRONOUNS:
        return True
    return key is not None and index.mention_in(speaker.root.idx, speaker.root.idx + len(speaker.root.text)) is not None
