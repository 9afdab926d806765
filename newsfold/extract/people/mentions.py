"""Pass 3, mentions: every occurrence of a known person's form in the text, whatever label the
model gave it ("Trump" is often tagged ORG), with exact token ranges."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Token

from newsfold.extract.people.forms import Form, honorific_gender, untagged_name_word
from newsfold.extract.people.inventory import LocalPerson, gender_clash
from newsfold.extract.people.lexicon import HONORIFICS, NAME_PARTICLES, OFFICE_TITLES, ROLE_WORDS, SPEECH_VERBS
from newsfold.extract.people.person_evidence import is_aged
from newsfold.extract.people.resources import is_english_word, is_place_name


def mention_spans(doc: Doc, forms: list[Form], people: list[LocalPerson], assignment: dict[int, int],
                  rules: frozenset[str]) -> list[tuple[int, int, int]]:
    """Non-overlapping mentions (start, end, person index) in text order: the candidate forms plus,
    with "rescan", every other occurrence of a known form not inside one."""
    spans: dict[tuple[int, int], int] = {}
    for i, p in assignment.items():
        spans[(forms[i].start, forms[i].end)] = p
    if "rescan" in rules:
        for start, end, p in _rescan(doc, people, rules):
            if not any(s <= start and end <= e for (s, e) in spans if (s, e) != (start, end)):
                spans.setdefault((start, end), p)
    if "trim" in rules:
        spans = {(untagged_name_start(doc, s, e), e): p for (s, e), p in spans.items()}
    # overlapping spans: keep the longest
    kept: list[tuple[int, int, int]] = []
    for (start, end), p in sorted(spans.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, p))
    return kept


def untagged_name_start(doc: Doc, start: int, end: int) -> int:
    """Where a name of two words or more starts when the model left the rest of it untagged ("Aung San
    [Suu Kyi]'s"): untagged capitalised proper nouns compounded into the name right before it, none a
    dictionary word, a title or a sentence's first word (places the model tags)."""
    if end - start < 2:
        return start
    k = start
    while k > 0:
        t = doc[k - 1]
        if (not untagged_name_word(t) or not (start <= t.head.i < end) or t.is_sent_start
                or t.lower_ in ROLE_WORDS or is_english_word(t.text)):
            break
        k -= 1
    return k


def _form_index(people: list[LocalPerson]) -> dict[tuple[str, ...], list[int]]:
    """Surface token sequences that refer to each person: every form seen, plus the surname."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for p, person in enumerate(people):
        keys = {tuple(f.split()) for f in person.forms}
        parts = person.name.split()
        if len(parts) > 1:
            keys.add((parts[-1],))
            # "bin Salman", "van Gogh": the particle surname
            for k in range(1, len(parts) - 1):
                if parts[k].lower() in NAME_PARTICLES:
                    keys.add(tuple(parts[k:]))
                    break
        for key in keys:
            key = tuple(w.lower() if w.lower() in NAME_PARTICLES else w for w in key)
            if p not in index[key]:
                index[key].append(p)
    return index


def _scan_text(token: Token) -> str:
    """Token text as matched against known forms: particles are case-free ("De Blasio")."""
    return token.lower_ if token.lower_ in NAME_PARTICLES else token.text


def _rescan(doc: Doc, people: list[LocalPerson], rules: frozenset[str]) -> list[tuple[int, int, int]]:
    """Every occurrence of a known form (longest match first): (start, end, person index)."""
    index = _form_index(people)
    max_len = max((len(k) for k in index), default=0)
    first_words = {key[0] for key in index}
    words = [_scan_text(t) for t in doc]
    hits = []
    j = 0
    while j < len(words):
        found = None
        if words[j] not in first_words:
            j += 1
            continue
        for length in range(min(max_len, len(words) - j), 0, -1):
            key = tuple(words[j:j + length])
            if key in index:
                found = (j, j + length, key)
                break
        if found is None:
            j += 1
            continue
        start, end, key = found
        j += len(key)
        owners = index[key]
        if len(key) == 1 and not _standalone_surname(doc, start, end):
            continue
        gender = honorific_gender(doc, start)
        owners = [p for p in owners if not gender_clash(gender, people[p].name)]
        if not owners:
            continue
        if ("places" in rules and doc[start].ent_type_ in ("GPE", "LOC")
                and is_place_name(doc[start:end].text) and not _speaks(doc[end - 1])
                and not ("ages" in rules and is_aged(doc, end))):  # "Colton, 7, loves hockey" (GPE)
            continue
        hits.append((start, end, _nearest_owner(owners, start, hits)))
    return hits


def _speaks(token: Token) -> bool:
    """The form is the subject of a speech verb ("Holland said" after "David M. Holland"): a place
    named like a known person does not say things, the person does."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS


def _standalone_surname(doc: Doc, start: int, end: int) -> bool:
    """A lone surname hit must not be the tail of another person's name ("Hunter Biden")."""
    if start == 0:
        return True
    prev = doc[start - 1]
    if prev.is_sent_start or not prev.text[:1].isupper() or not prev.is_alpha:
        return True
    if prev.text in HONORIFICS or prev.text in OFFICE_TITLES or prev.text.lower() in ROLE_WORDS:
        return True
    if prev.ent_type_ in ("GPE", "NORP", "ORG", "LOC") and prev.ent_type_ != "PERSON":
        return True
    return prev.ent_type_ != "PERSON" and prev.pos_ != "PROPN"


def _nearest_owner(owners: list[int], start: int, hits: list[tuple[int, int, int]]) -> int:
    """A form shared by several people goes to the one introduced first, as in the inventory."""
    introduced = {}
    for hit_start, _, owner in hits:
        introduced.setdefault(owner, hit_start)
    return min(owners, key=lambda p: introduced.get(p, start + 1 + p))
