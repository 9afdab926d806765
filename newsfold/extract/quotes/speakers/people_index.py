"""The article's people indexed for speaker resolution: the mention at a place, the words of each
person's names and roles, each person's gender as the article shows it, and the antecedent of a
he/she (PeopleIndex)."""

from __future__ import annotations

import bisect
import re
from typing import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from newsfold.extract.people.lexicon import OFFICE_TITLES
from newsfold.extract.quotes.article import ParsedArticle, wholly_quoted
from newsfold.extract.quotes.lexicon import (
    ASSEMBLY_MEMBER_NOUNS, EPITHET_NOUNS, GOING_ON_VERBS, LEAD_EPITHET_NOUNS, OFFICE_QUALIFIERS, PERSON_SUFFIXES, PLURAL_TAGS,
    PRONOUNS, PRONOUN_GENDER, RANK_QUALIFIERS, ROLE_GENDER, ROLE_HEAD_KINDS, STAND_IN_HEADS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.speakers.antecedent_filters import in_modifier_clause, in_named_pair, outer_reporter
from newsfold.extract.quotes.speakers.appositions import title_domain_name
from newsfold.extract.quotes.speakers.background_speakers import main_clause_person
from newsfold.extract.quotes.speakers.mention_spans import mention_span
from newsfold.extract.quotes.speakers.person_genders import genders_shown
from newsfold.extract.quotes.speakers.pronoun_clues import (
    chain_agrees, chain_start, fronted_clause_subject, introduced, person_asked, pronoun_subject,
)
from newsfold.extract.quotes.speakers.sentence_subjects import after_quoted_words, main_subject, postposed_speaker, speaker_subjects
from newsfold.extract.quotes.speakers.shared_offices import drop_shared_offices
from newsfold.nlp.determiners import under_the
from newsfold.records import ArticlePerson, PersonMention

EPITHETS = EPITHET_NOUNS | ASSEMBLY_MEMBER_NOUNS | LEAD_EPITHET_NOUNS
# Office titles, lower-cased, that a role ends on ("London mayor", "prime minister").
_OFFICES = frozenset(t.lower().rstrip(".") for t in OFFICE_TITLES)
# Entity types of the party, nation or body a role belongs to ("Republican presidential nominee").
GROUP_ENTITIES = ("NORP", "ORG")
# How far (in sentences) a quote without attribution looks back for a speaker (attributions.marked_attribution);
# a he/she looks one sentence further back for a subject (PeopleIndex.antecedent).
NEIGHBOUR_SENTENCES = 3

# How far back (in sentences) a he/she looks for a person shown to be of its gender, when nobody
# fits in the sentences right before it.
PRONOUN_LOOKBACK_SENTENCES = 25
# How many he/she subjects of earlier main clauses one pronoun goes back through ("He said ... /
# He added ... / ..., he said"), each standing for the same person as the one before it.
PRONOUN_CHAIN = 4


class PeopleIndex:
    """The article's people and mentions, indexed for what resolution asks: the mention at a place,
    the words of each person's names and roles, each person's gender as the article shows it."""

    def __init__(self, art: ParsedArticle, people: Sequence[ArticlePerson], mentions: Sequence[PersonMention]):
        self.art = art
        self.doc = doc = art.doc
        self.people = {p.local_key: p for p in people}
        self.mentions = sorted(mentions, key=lambda m: m.start_char)
        self.starts = [m.start_char for m in self.mentions]
        # Words of each person's roles and names, for "the Ukrainian leader", "Peskov".
        self.role_lists: dict[str, list[list[str]]] = {}  # each role's words; its last is its title
        self.name_words: dict[str, set[str]] = {}
        for p in people:
            roles = [re.findall(r"[\w'-]+", r) for r in p.roles]
            self.role_lists[p.local_key] = [[w.lower() for w in words] for words in roles if words]
            self.name_words[p.local_key] = {w.lower() for v in (p.name, *p.variants) for w in re.findall(r"[\w'-]+", v)}
        _qualify_roles(art.text, self.mentions, self.role_lists)
        if art.on("shared_office"):
            drop_shared_offices(doc, self.role_lists)  # "the senator" of two places is nobody's title
        self.groups = {t.lower_ for t in doc if t.ent_type_ in GROUP_ENTITIES}  # "Republican", "GOP", "Kremlin"
        self.gender = genders_shown(art, people, self.mentions) if art.on("gender") else {}
        self.barred: frozenset[str] = frozenset()  # people the speaker resolved now cannot be (addressed_people)

    def agrees(self, key: str, pronoun: str) -> bool:
        """False when the person's gender, as the article shows it, contradicts the pronoun, or the
        person is barred from the speaker being resolved."""
        g = self.gender.get(key)
        want = PRONOUN_GENDER.get(pronoun) or ROLE_GENDER.get(pronoun)  # "she", or "the mother"
        return key not in self.barred and (g is None or want is None or g == want)

    def role_scores(self, speaker: Span, words: set[str]) -> dict[str, int]:
        """Each person's overlap with the phrase's words of the roles that are the office
        it names: not "shadow home secretary" for "the home secretary"; when some role has the head noun
        ("secretary"), a role without it ("Home Office minister") is another office; a role of
        another party or nation ("Republican presidential nominee" for "the Democratic ...") is none.
        A role must have the head noun or one of its kind (ROLE_HEAD_KINDS), but for a head that
        stands in for any office (STAND_IN_HEADS): "The Arizona Republican" is no "Republican
        presidential candidate", "the State Department's inspector general" no "Secretary of State"."""
        said, head = {t.lower_ for t in speaker}, speaker.root.lower_
        heads = ROLE_HEAD_KINDS.get(head) or {head}
        member = speaker.root.ent_type_ in GROUP_ENTITIES  # "the Arizona Republican": a role ending so

        def has_head(role: list[str]) -> bool:
            return role[-1] == head if member else bool(heads & set(role))
        office = any(has_head(r) for rs in self.role_lists.values() for r in rs)
        anyone = not office and head in STAND_IN_HEADS  # "the Ukrainian leader": the "Ukrainian President"
        groups = {t.lower_ for t in speaker if t.ent_type_ in GROUP_ENTITIES}
        capitalised = self.art.on("role_party")
        if capitalised:
            # "the Welsh Conservative leader" is no "Welsh Labour Party Assembly leader": a
            # capitalised modifier names a party or nation as an entity does, and one the role lacks,
            # where the role names a group of its own, is another group's office.
            groups |= {t.lower_ for t in speaker if t.i > speaker.start and t.i != speaker.root.i
                       and t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()}

        def other_group(r: list[str]) -> bool:
            lacked = groups - set(r) if capitalised else groups and not groups & set(r)
            return bool(lacked and set(r) & self.groups - said)
        return {k: len(words & {w for r in rs if _names_office(r, said) and (has_head(r) or anyone)
                                and not other_group(r) for w in r})
                for k, rs in self.role_lists.items()}

    def titled(self, word: str, said: set[str] | None = None) -> str | None:
        """The one person whose role ends on the word ("the cardinal" after "Cardinal Cormac
        Murphy-O'Connor"): the article itself shows the word names a person; None when nobody or
        several people hold it, or it is only a modifier there ("the bank" is no "bank president").
        'said': the phrase's words, when the role must be the office it names (not "shadow ...")."""
        hits = [k for k, rs in self.role_lists.items()
                if any(r[-1] == word and (said is None or _names_office(r, said)) for r in rs)]
        return hits[0] if len(hits) == 1 else None

    def role_word(self, word: str) -> bool:
        """Some person's role ends on the word ("DJ Sam Rivers", "DJ Tom Hale"): the article shows
        it names a person, one or several (titled: the one)."""
        return any(r[-1] == word for rs in self.role_lists.values() for r in rs)

    def other_office(self, key: str, head: str) -> bool:
        """The person holds an office other than the one 'head' names ("London mayor" for "the prime
        minister"): a role of theirs ends on an office title (OFFICE_TITLES) other than the head and
        its kind, and none has the head; False when 'head' is no office title."""
        if head not in _OFFICES:
            return False
        heads = ROLE_HEAD_KINDS.get(head) or {head}
        roles = self.role_lists.get(key, [])
        return not any(heads & set(r) for r in roles) and any(r[-1] in _OFFICES for r in roles)

    def recent_in_office(self, art: ParsedArticle, speaker: Span, inside: bytearray) -> str | None:
        """The person mentioned last before the speaker phrase (outside quote marks, within
        PRONOUN_LOOKBACK_SENTENCES) who holds no office other than the one its head names."""
        head = speaker.root.lower_
        return self._last_mentioned(art, art.sent_of[speaker.start], speaker.start_char, inside,
                                    lambda key: not self.other_office(key, head))

    def _last_mentioned(self, art: ParsedArticle, k: int, hi: int, inside: bytearray,
                        keep: Callable[[str], bool]) -> str | None:
        """The person mentioned last before offset 'hi' (outside quote marks, from
        PRONOUN_LOOKBACK_SENTENCES before sentence 'k') whose key 'keep' holds for."""
        lo = art.sents[max(0, k - PRONOUN_LOOKBACK_SENTENCES)].start_char
        for m in reversed(self.in_range(lo, hi, inside)):
            if keep(m.local_key):
                return m.local_key
        return None

    def mention_in(self, start: int, end: int) -> PersonMention | None:
        i = bisect.bisect_right(self.starts, end) - 1
        best = None
        while i >= 0 and self.mentions[i].end_char > start - 200:
            m = self.mentions[i]
            if m.start_char < end and m.end_char > start:
                if best is None or (m.end_char - m.start_char) > (best.end_char - best.start_char):
                    best = m
            i -= 1
        return best

    def in_range(self, start: int, end: int, inside: bytearray) -> list[PersonMention]:
        """Mentions in [start, end) that are not inside quote marks, in text order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end_char <= end and not inside[m.start_char]]

    def is_subject(self, m: PersonMention) -> bool:
        span = mention_span(self.doc, m)
        # A name standing as its sentence's root is a fragment the parser cut off its verb
        # ("Toronto retiree Doug Purdy, who lost 16 lbs. / ... says the program changed his life").
        return span is not None and any(t.dep_ in SUBJECT_DEPS or (t.dep_ == "ROOT" and t.pos_ == "PROPN")
                                        for t in span)

    def antecedent(self, art: ParsedArticle, pronoun: Span, inside: bytearray, depth: int = 0) -> str | None:
        """The person 'he'/'she' most likely stands for: a subject earlier in its sentence, then
        in each sentence before, the person its main clause is about (its subject, or a same-gender
        pronoun there, resolved in turn: "He said Mateen ... / ..., he said" is the first one's
        person), the speaker of a speech verb there first, then its first subject (the main clause), then any person in the sentence right
        before (not for one who goes on talking: "He added"), then subjects up to NEIGHBOUR_SENTENCES + 1 sentences back. Sentences wholly inside
        quote marks are the quoted speaker's and are not counted; mentions inside quotes are the
        quoted speaker's words, not antecedents."""
        k = art.sent_of[pronoun.start]
        word = pronoun.root.lower_
        here = [m for m in self.in_range(art.sents[k].start_char, pronoun.start_char, inside)
                if self.is_subject(m) and self.agrees(m.local_key, word)]
        if postposed_speaker(pronoun):
            # "But Mr Blair had been hurt, he added": his words, not him; "Mook acknowledged ..., he said": Mook.
            here = outer_reporter(self.doc, here, pronoun.root) if art.on("reporter_first") else []
        elif after_quoted_words(pronoun):
            # 'Mr Sullivan "made accounting decisions," he told the court': a subject of his words is
            # none; the subject of a verb outside the marks is ('McCaskill scolded him: "...," she said').
            here = [m for m in here if self._subject_outside(m, inside)
                    and not _in_quote_aside(m, art.sents[k].start_char, pronoun.start_char, inside)]
        if here:
            return here[-1].local_key
        ahead = fronted_clause_subject(self, pronoun.root, word, inside)
        if ahead is not None:
            return ahead
        owner = self._owner(pronoun.root, word)
        if owner is not None:
            return owner
        nearest = None  # the nearest sentence's first person, when no sentence has one as its subject
        going_on = pronoun.root.dep_ == "nsubj" and pronoun.root.head.lemma_.lower() in GOING_ON_VERBS
        back = seen = 0
        while seen < NEIGHBOUR_SENTENCES + 1 and k - back > 0:
            back += 1
            sent = art.sents[k - back]
            if wholly_quoted(sent, inside):
                continue  # a quote's own sentences are the quoted speaker's
            seen += 1
            if seen == 1 and depth == 0:
                asked = person_asked(self, sent, pronoun.root, word, inside)
                if asked is not None:
                    return asked
            settled, key = self._in_sentence(art, sent, word, inside, depth, seen == 1 and not going_on)
            if settled:
                return key
            if nearest is None:
                nearest = key
        if depth:
            return None
        if nearest is not None:
            return nearest  # "Matlow / said he likes ...": a name the parser cut off its sentence
        return self._recent_of_gender(art, word, inside, k, back)

    def _in_sentence(self, art: ParsedArticle, sent: Span, word: str, inside: bytearray, depth: int,
                     nearest: bool) -> tuple[bool, str | None]:
        """One sentence before the pronoun 'word': (True, key) when it settles who the pronoun is
        (key None: nobody), else (False, its first person of the pronoun's gender, or None), kept
        in case no sentence has one as its subject. 'nearest': it is the first sentence looked at."""
        # Who speaks there ("Trump, Sexton said, has created ..."), then whom its main clause is about.
        speakers = [s for s in speaker_subjects(sent, inside) if main_clause_person(self, s, word) is None]
        for subject in (*reversed(speakers), main_subject(sent, inside)):
            if subject is None:
                continue
            m = self.subject_mention(subject)
            if m is not None and self.art.on("named_pair") and in_named_pair(self.doc, m, self.mention_in):
                continue  # "Jeb Bush and Chris Christie, who say ...": a pair is a "they"
            if m is not None and self.agrees(m.local_key, word):
                return True, m.local_key
            titled = self.titled(subject.lower_, {t.lower_ for t in subject.subtree}) \
                if under_the(subject) else None
            if m is None and titled is not None and self.agrees(titled, word):
                return True, titled  # "On Friday, the Cardinal will ask ... / ..., he will say"
            if m is None and depth == 0 and subject.lemma_.lower() in EPITHETS and subject in speakers \
                    and not (art.on("plural_described") and subject.tag_ in PLURAL_TAGS):
                # "The MP said Tony Blair had been ... / ..., he added": the pronoun goes on with the speaker
                # described there, not with a person named in his words; "aides say Ivanka Trump ..." is no he/she.
                return True, None
            # The pronoun opens its sentence's people: "For Espinos, ... he's" is Espinos.
            # A description ("the Nova Scotia judge said") is no he/she: it does not go on a chain.
            if m is None and subject.lower_ in PRONOUNS and depth < PRONOUN_CHAIN and \
                    chain_agrees(word, subject.lower_) and \
                    all(self._in_modifier(p) for p in self.in_range(sent.start_char, subject.idx, inside)):
                key = self.antecedent(art, art.doc[subject.i:subject.i + 1], inside, depth + 1)
                if key is not None:
                    return True, key
            if m is None and titled is None and depth == 0 and art.on("described_subject") \
                    and _definite_role(subject, word):
                # "The prime minister is trying to ... / He is saying that ...": the pronoun goes on with
                # the role its sentence is about, whoever that stands for, not a person named in its clause.
                key = self.antecedent(art, art.doc[subject.i:subject.i + 1], inside, depth + 1)
                if key is not None and self.agrees(key, word):
                    return True, key
        found = [m for m in self.in_range(sent.start_char, sent.end_char, inside) if self.agrees(m.local_key, word)
                 and not (self.art.on("named_pair") and in_named_pair(self.doc, m, self.mention_in))]
        subjects = [m for m in found if self.is_subject(m)]
        if subjects:
            return True, subjects[0].local_key
        if depth:
            settled, key = _sole_nearest(sent, found, word, nearest)
            if not settled and self.art.on("introduced_antecedent") and nearest and len({m.local_key for m in found}) == 1 \
                    and introduced(self, found[0]):
                return True, found[0].local_key  # the one person of its gender the sentence before brings in
            return settled, key
        topic = pronoun_subject(sent, word, inside, self.art.on("it_topic"))
        if topic is not None and all(m.start_char > topic.idx for m in found):
            first = chain_start(sent, topic, found, inside) if self.art.on("introduced_antecedent") and depth < PRONOUN_CHAIN else None
            if first is not None:  # "But while he tipped Lowe to win, he predicted ...": a "he" a name kept off the chain
                key = self.antecedent(art, art.doc[first.i:first.i + 1], inside, depth + 1)
                if key is not None and self.agrees(key, word):
                    return True, key
            return False, None
        if nearest and found:
            return True, found[0].local_key
        return False, found[0].local_key if found else None

    def _recent_of_gender(self, art: ParsedArticle, word: str, inside: bytearray, k: int, back: int) -> str | None:
        """Further back, only a person the article shows to be of the pronoun's gender: the most
        recent one mentioned ("Wendy Golden ... [a paragraph on the drugs] ... she says")."""
        want = PRONOUN_GENDER.get(word) or ROLE_GENDER.get(word)
        if want is None:
            return None
        return self._last_mentioned(art, k, art.sents[max(0, k - back)].start_char, inside,
                                    lambda key: self.gender.get(key) == want)

    def _owner(self, pronoun: Token, word: str) -> str | None:
        """The person whose thing the pronoun's clause describes: "James Comey's news conference,
        in which he laid out ..." (a person's possessive on a noun the pronoun's clause hangs on)."""
        node = pronoun
        while node.head.i != node.i:
            node = node.head
            for c in node.children:
                if c.dep_ == "poss" and c.i < pronoun.i and node.pos_ in ("NOUN", "PROPN"):
                    m = self.mention_in(c.idx, c.idx + len(c.text))
                    if m is not None and self.agrees(m.local_key, word):
                        return m.local_key
        return None

    def _subject_outside(self, m: PersonMention, inside: bytearray) -> bool:
        """The mention is the subject of a verb outside quote marks ("McCaskill scolded him: ...")."""
        span = mention_span(self.doc, m)
        return span is not None and any(t.dep_ in SUBJECT_DEPS and not inside[t.head.idx] for t in span)

    def _in_modifier(self, m: PersonMention) -> bool:
        """The mention sits in a clause that modifies a noun ("a conference hosted by Gordon Brown,
        he said"): it is no person the sentence opens with."""
        span = mention_span(self.doc, m)
        return span is not None and in_modifier_clause(span, self.art.on("fronted_adjunct"))

    def subject_mention(self, subject: Token) -> PersonMention | None:
        """The person a subject names: its own mention, or its apposition's ("Trump's running
        mate — Indiana Gov. Mike Pence — has ...")."""
        named = title_domain_name(subject)  # "Shadow spokesman for sport Hugh Robertson said"
        for t in (subject, *(c for c in subject.children if c.dep_ == "appos"), *((named,) if named else ())):
            m = self.mention_in(t.idx, t.idx + len(t.text))
            if m is None and t is not subject:
                # The apposition's name with its first names: "Ken Macdonald QC" (head "QC").
                first = min((c for c in t.children if c.dep_ == "compound" and c.i < t.i), default=t, key=lambda c: c.i)
                m = self.mention_in(first.idx, t.idx + len(t.text))
            if m is not None:
                return m
        return None


def _qualify_roles(text: str, mentions: Sequence[PersonMention], role_lists: dict[str, list[list[str]]]) -> None:
    """Gives a role the office qualifier the article writes right before it and a mention ("shadow
    chancellor Oliver Letwin", "Oliver Letwin, the shadow chancellor") when the people's role left it
    out ("chancellor"): his is not the office "the chancellor" names."""
    for m in mentions:
        roles = [role for role in role_lists.get(m.local_key, ()) if role[0] not in OFFICE_QUALIFIERS]
        if not roles:
            continue
        before = _words_before(text[max(0, m.start_char - 80):m.start_char])
        for role in roles:
            after = re.match(r",\s+(?:the\s+)?(\w+)\s+" + r"\s+".join(map(re.escape, role)) + r"\b",
                             text[m.end_char:m.end_char + 80], re.IGNORECASE)
            if len(before) > len(role) and before[-len(role):] == role and before[-len(role) - 1] in OFFICE_QUALIFIERS:
                role.insert(0, before[-len(role) - 1])
            elif after and after.group(1).lower() in OFFICE_QUALIFIERS:
                role.insert(0, after.group(1).lower())


def _in_quote_aside(m: PersonMention, sent_start: int, pronoun_start: int, inside: bytearray) -> bool:
    """The mention stands in the writer's aside between two pieces of one quote, between its sentence's
    start and the pronoun ('"I don't think the conventional wisdom" -- that Bloomberg is perceived as a
    New York nanny-state liberal -- "is going to last," he says'): what the speaker talks about, not "he"."""
    if inside[m.start_char]:
        return False
    return any(inside[sent_start:m.start_char]) and any(inside[m.end_char:pronoun_start])


def _sole_nearest(sent: Span, found: list[PersonMention], word: str, nearest: bool) -> tuple[bool, str | None]:
    """For a pronoun on the chain: a subject only ("Unlike Al Mnajer, he's ..."), but for the one person
    of the sentence right before it, given there as its source though not its subject ("One dissenting
    opinion came from Brian Gammage. / He said: ... / He also said"), where no he/she of its gender is a
    subject either; not a person the sentence is only about ("the Clinton campaign", "Trump's rallies")."""
    if not nearest or len({m.local_key for m in found}) != 1:
        return False, None
    gender = PRONOUN_GENDER.get(word)  # the sentence's tokens scanned only once the cheap checks pass
    if any(t.dep_ in SUBJECT_DEPS and PRONOUN_GENDER.get(t.lower_) == gender for t in sent):
        return False, None
    span = mention_span(sent.doc, found[0])
    return (True, found[0].local_key) if span is not None and _given_as_source(span.root) else (False, None)


def _definite_role(subject: Token, word: str) -> bool:
    """For a he/she 'word': a singular "the <person noun>" ("the prime minister", "the chancellor") of
    its gender (ROLE_GENDER), with no name in the phrase ("The other man, his cousin James York,") and
    not "other": a role that stands for somebody the article has named before."""
    want = PRONOUN_GENDER.get(word)
    return want is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
        and epithet_noun(subject.lemma_.lower()) and ROLE_GENDER.get(subject.lower_, want) == want \
        and under_the(subject) \
        and not any(c.dep_ == "appos" for c in subject.children) \
        and not any(t.ent_type_ == "PERSON" or t.lower_ in ("other", "another") for t in subject.subtree)


def _given_as_source(token: Token) -> bool:
    """The name is where its sentence gives the source of what follows: inside the main clause's subject
    phrase, which the parser headed on another word ("Commission for Racial Equality chairman Trevor Phillips said"), or
    the object of "from" ("came from Brian Gammage")."""
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        return True
    return any(a.dep_ in SUBJECT_DEPS and a.head.dep_ == "ROOT" for a in token.ancestors)


def _words_before(text: str) -> list[str]:
    """The lower-cased words of the text before a mention, a hyphened "ex-" split off as the qualifier it is
    ("ex-Conservative chancellor Ken Clarke" is a former chancellor, not the office "the chancellor" names)."""
    words = []
    for w in re.findall(r"[\w'-]+", text.lower()):
        words.extend(("ex", w[3:]) if w.startswith("ex-") and len(w) > 3 else (w,))
    return words


def _names_office(role: list[str], said: set[str]) -> bool:
    """The role's words are the office the phrase's words ('said') name: no qualifier or rank of its
    own the phrase lacks ("shadow home secretary" is not "the home secretary", "First Minister" not
    "the minister")."""
    return not (set(role) & (OFFICE_QUALIFIERS | RANK_QUALIFIERS)) - said


def epithet_noun(lemma: str) -> bool:
    """A noun lemma a person is described by: an epithet noun or a compound ending in "-man",
    "-woman" or "-person" ("frontman", "businessperson")."""
    return lemma in EPITHETS or (lemma.endswith(PERSON_SUFFIXES) and len(lemma) > len("woman"))
