"""Attributions without quote marks led by a verb: a report verb with its clause ("said that ..."),
a speech act or attitude with its object ("warned the allies to ...", "backed Clinton"), passives
with an agent, content with no source ("is expected to ..."), parenthetical cues, "according to";
then the noun, adjective and headline cues (`nominal_cues`, `headlines`). `indirect_candidates`
returns them all, uncut (`content` cuts them)."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.article import Attribution, ParsedArticle, cut_back
from newsfold.extract.quotes.attributions.nominal_cues import nominal_candidates
from newsfold.extract.quotes.lexicon import (
    CONTENT_PREPS, OBJECT_CUES, POLL_NOUNS, POLL_PREPS, RELATIVE_PRONOUNS, REPORT_VERBS, SAID_ANSWERS, SAID_AS_BEFORE,
    SAID_OF_PREPS, SOURCELESS_VERBS, SPEECH_ACT_VERBS, SPEECH_VERBS, SUBJECT_DEPS,
)
from newsfold.extract.quotes.speakers.missed_subjects import inverted_subject, left_subject
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.subjects import clause_span, cue_text, pobj, source_like, subject_of
from newsfold.nlp.doc_text import doc_text


def _before_second_report(comp: Token, start: int, end: int) -> int:
    """A reported clause ends where a second report begins: "The Tories say [Labour is acting too
    late] while the Lib Dems say ..." (the parser hangs the second report off the first clause)."""
    doc = comp.doc
    for c in comp.rights:
        subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in REPORT_VERBS and c.pos_ in ("VERB", "AUX") \
                and c.tag_ in ("VBD", "VBZ", "VBP") and subj is not None and source_like(subj) \
                and not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            # a finite report by a source of its own ("while the Lib Dems say"), not "for him to
            # speak" nor a second content clause of the same report ("and that the footage shows")
            lo = c.left_edge
            while lo.i > comp.i and (doc[lo.i - 1].is_punct or doc[lo.i - 1].is_space
                                     or doc[lo.i - 1].dep_ == "cc"):
                lo = doc[lo.i - 1]
            cut = cut_back(doc_text(doc), lo.idx, start, ",;:")
            return min(end, cut) if cut > start else end
    return end


def _host_parts(cue: Token, *, disabled: frozenset[str]) -> list[tuple[int, int]]:
    """Character extents of the host clause of a parenthetical cue, left and right of it."""
    own = {x.i for x in cue.subtree}
    root = cue.head
    if "clause_repair" not in disabled:
        # '"Though it was seamless," he said, "replacing her would ..."': the cue hangs off the
        # subordinate clause; the host is the whole sentence.
        while root.head.i != root.i and root.dep_ in ("advcl", "ccomp", "conj", "csubj"):
            root = root.head
    host = [x for x in root.subtree if x.i not in own]
    parts: list[tuple[int, int]] = []
    for side in ([x for x in host if x.i < cue.i], [x for x in host if x.i > cue.i]):
        while side and (side[-1].is_punct or side[-1].is_space):
            side.pop()
        while side and (side[0].is_punct or side[0].is_space):
            side.pop(0)
        # A side with no verb ("At the time, she said, ...") is a phrase of the host, no content of
        # its own (PolNeAR train one-to-one F1 0.7668 -> 0.7676, dev tune 0.8048 -> 0.8055).
        if len(side) >= 3 and any(x.pos_ in ("VERB", "AUX") for x in side):
            parts.append((side[0].idx, side[-1].idx + len(side[-1].text)))
    return parts


_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "prep", "oprd", "dative", "advcl", "ccomp"})
MIN_OBJECT_TOKENS = 1  # a speech act's object shorter than this is not kept as content


def complement_extent(verb: Token, *, disabled: frozenset[str]) -> tuple[int, int] | None:
    """Character extent of a speech act's object and complements (after the verb)."""
    parts = [c for c in verb.rights if c.dep_ in _COMPLEMENT_DEPS
             and (c.dep_ != "prep" or c.lower_ in CONTENT_PREPS)
             and (c.dep_ != "advcl" or c.tag_ == "VBG" or any(g.dep_ == "mark" for g in c.children))]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    if "object_tail" not in disabled:
        # The content runs on through the verb's later modifiers ("his microphone problems during
        # Monday's debate", "Russia's invasion, including its annexation of Crimea"), but not into
        # a clause of its own (a conjoined verb with its own subject, "because ...", a quote).
        for c in verb.rights:
            if c.i <= last.i or c.is_punct or c.is_space or c.dep_ in ("cc", "parataxis", "relcl"):
                continue
            if c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children):
                break
            if c.dep_ == "advcl" and any(g.dep_ == "mark" for g in c.children):
                break
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                break
            last = c
    lo = first.left_edge
    if first.dep_ == "prep":
        obj = pobj(first)
        if obj is not None:
            lo = obj.left_edge
    hi = last.right_edge
    doc = verb.doc
    while hi.i > lo.i and (hi.is_punct or hi.is_space):
        hi = doc[hi.i - 1]
    if hi.i - lo.i + 1 < MIN_OBJECT_TOKENS:
        return None
    if "object_filter" not in disabled:
        content = doc[lo.i:hi.i + 1]
        words = [t for t in content if not (t.is_punct or t.is_space)]
        if len(words) == 1 and words[0].pos_ in ("PRON", "ADP", "PART", "ADV", "SCONJ") and words[0].lower_ not in ("it", "this", "that"):
            return None  # "asked her", "called to": no content of its own
        if all(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.is_punct or t.is_stop for t in words):
            return None  # "released Tuesday", "spoke about five minutes"
    return lo.idx, hi.idx + len(hi.text)


def _sourceless_attribution(verb: Token) -> tuple[int, int, Attribution] | None:
    """'X is expected to Y', 'X seems to be Y': the content runs from the subject to the end of
    the complement; nobody is named as the source."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subj_host = verb
    if verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        passive, subj_host = True, verb.head  # "Borrowing is tipped to fall": parsed as an adjective
    elif verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "the trial, expected to last five months": the noun is what is expected
        comp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if comp is None:
            return None
        start, end = verb.head.left_edge.idx, clause_span(comp)[1]
        return (start, end, Attribution(cue=cue_text(verb), cue_token=verb)) if end - start >= 12 else None
    else:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and verb.lemma_.lower() not in ("seem", "appear"):
        return None
    subj = next((c for c in subj_host.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    comp = next((c for c in verb.rights if c.dep_ in ("xcomp", "oprd", "acomp")), None)
    if subj is None or comp is None or subj.i > verb.i or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    start = clause_span(subj)[0]
    end = clause_span(comp)[1]
    if end - start < 12:
        return None
    return start, end, Attribution(cue=cue_text(verb), cue_token=verb)


def _told_clause(verb: Token, extent: tuple[int, int]) -> tuple[int, int]:
    """"told reporters following a hearing [that USDA could ...]", "told a news conference [he had
    planned ...]": a clause with a subject of its own that the parser hung on the hearer is what was
    told; the content starts there."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return extent
    doc = verb.doc
    for t in doc[obj.i + 1:doc.char_span(*extent, alignment_mode="expand").end]:
        if t.dep_ in ("acl", "relcl") and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("NOUN", "PROPN"):
            subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < t.i), None)
            first = t.left_edge
            if subj is None or subj.lower_ in RELATIVE_PRONOUNS or (first.lower_ in RELATIVE_PRONOUNS and first.dep_ != "mark"):
                continue
            if first.dep_ != "mark" and (subj.pos_ != "PRON" or first.i != subj.i or t.head.i != obj.i):
                # "told the story the family had heard", "told the audience of women he doesn't
                # like": a relative clause; with no "that", only a pronoun-led clause on the hearer
                continue
            return first.idx, extent[1]
    return extent


def _without_nested_sourceless(cands: list[tuple[int, int, Attribution]]) -> list[tuple[int, int, Attribution]]:
    """Drop a sourceless candidate whose cue lies inside the clause a named source reports with a
    speech verb ("[Sales are expected to fall in 2005], Fiat said"): the expectation is the source's
    words, and the sourceless candidate, holding the report's clause, would lend it its cue."""
    reports = [(lo, hi) for lo, hi, a in cands if a.speaker is not None and a.cue_token is not None
               and a.cue_token.lemma_.lower() in SPEECH_VERBS and not lo <= a.cue_token.idx < hi]
    return [(lo, hi, a) for lo, hi, a in cands
            if not (a.speaker is None and a.cue_token is not None and a.cue_token.lemma_.lower() in SOURCELESS_VERBS
                    and any(r_lo <= a.cue_token.idx < r_hi for r_lo, r_hi in reports))]


def _passive_attribution(verb: Token) -> tuple[int, int, Attribution] | None:
    """'Clinton has been endorsed by dozens of papers': the passive subject is the content and
    the agent the source."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    src = pobj(agent) if agent is not None else None
    if subj is None or src is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    start, end = clause_span(subj)
    return start, end, Attribution(cue=cue_text(verb), cue_token=verb, speaker=speaker_span(src))


def _said_answer(verb: Token, *, disabled: frozenset[str]) -> tuple[int, int, Attribution] | None:
    """'75 percent said yes', 'a third say the same of Sanders', 'the novel says so': an answer in
    place of a clause is what the source said (PolNeAR annotates it; polls above all)."""
    obj = next((c for c in verb.rights
                if (c.dep_ in ("intj", "dobj", "advmod") and c.lower_ in SAID_ANSWERS and c.right_edge.i == c.i)
                or (c.dep_ == "dobj" and c.lemma_.lower() in SAID_AS_BEFORE)), None)
    if obj is None:
        return None
    subj = subject_of(verb, disabled=disabled)
    if subj is None or subj.lower_ == "you":
        return None
    last = obj
    for c in verb.rights:  # "the same of Sanders", "the opposite about Clinton"
        if c.i > last.i and c.dep_ == "prep" and c.lower_ in SAID_OF_PREPS:
            last = c
    hi = last.right_edge
    while hi.i > obj.i and (hi.is_punct or hi.is_space):
        hi = verb.doc[hi.i - 1]
    return obj.left_edge.idx, hi.idx + len(hi.text), Attribution(cue=cue_text(verb), cue_token=verb,
                                                                 speaker=speaker_span(subj))


def reported_clause(verb: Token, *, disabled: frozenset[str]) -> Token | None:
    """The clausal complement of a report verb: the one after the verb when there are two ("It is
    unlikely; his team says she will go on"); a subject-bearing adverbial clause the parser hung
    off a speech verb ("said after the convention he would not accept it") counts as one."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if comps:
        return next((c for c in comps if c.i > verb.i), comps[0])
    if "clause_repair" not in disabled and verb.lemma_.lower() in SPEECH_VERBS:
        for c in verb.rights:
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") \
                    and any(g.dep_ in SUBJECT_DEPS for g in c.children) \
                    and not any(g.dep_ == "mark" and g.lower_ != "that" for g in c.children):
                return c
    return None


def _as_report_side(art: ParsedArticle, cue: Token, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The host clause an "as X reported" clause opens or closes its sentence with; an "as" clause
    in mid-sentence ("A as X said B") is too often the parser's guess, unless a comma closes it."""
    sent = art.sent(cue.i)
    words = [x for x in sent if not (x.is_punct or x.is_space)]
    if not words:
        return []
    first, last = cue.left_edge, cue.right_edge
    if words[0].i >= first.i:
        return [p for p in parts if p[0] > cue.idx]
    if words[-1].i <= last.i:
        return [p for p in parts if p[1] <= first.idx]
    nxt = cue.doc[last.i + 1] if last.i + 1 < len(cue.doc) else None
    if nxt is not None and nxt.text == "," and art.on("as_reported_mid"):
        # "given that, as The Times reported, he has already emerged as ...": an "as" clause closed
        # by a comma in mid-sentence reports the clause after it (PolNeAR train: 19 of 22 such
        # speech-verb cues are gold)
        return [p for p in parts if p[0] > cue.idx]
    return []


def indirect_candidates(art: ParsedArticle, inside: bytearray | None = None) -> list[tuple[int, int, Attribution]]:
    doc = art.doc
    out = []
    if inside is None:
        inside = bytearray(len(art.text))
    lemmas = art.columns.lemma
    for i, pos in enumerate(art.columns.pos):
        if pos not in ("VERB", "AUX"):
            continue
        t, lemma = doc[i], lemmas[i].lower()
        if lemma not in REPORT_VERBS:
            # "Trump appears to be moving ahead": a raising verb no report list holds still
            # reports its subject and complement, with no source (PolNeAR train one-to-one F1
            # 0.7744 -> 0.7754; dev tune 0.8081 both, the tracker's 0.8559 both).
            if lemma in SOURCELESS_VERBS and art.on("sourceless"):
                found = _sourceless_attribution(t)
                if found is not None:
                    out.append(found)
            continue
        comp = reported_clause(t, disabled=art.disabled)
        if comp is None and t.dep_ == "ROOT":
            # "X, sources said." sometimes parses the content as the root's parataxis.
            comp = next((c for c in t.children if c.dep_ == "parataxis"), None)
        as_report = (comp is None and t.dep_ == "advcl" and lemma in SPEECH_VERBS and art.on("as_reported")
                     and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in t.children)
                     and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children))
        if comp is None and lemma in SOURCELESS_VERBS and art.on("sourceless"):
            found = _sourceless_attribution(t)
            if found is not None:
                out.append(found)
                continue
        # "The nostalgia, he noted, may be ...": a parenthetical speech verb with no object of its
        # own reports its host clause (below), though "note" also takes an object ("noted the rule").
        parenthetical = (comp is None and t.dep_ == "parataxis" and lemma in SPEECH_VERBS and art.on("parenthetical")
                         and complement_extent(t, disabled=art.disabled) is None)
        if comp is None and not as_report and not parenthetical \
                and (lemma in SPEECH_ACT_VERBS or (lemma in OBJECT_CUES and art.on("attitudes"))) \
                and art.on("speech_acts"):
            # "Hegseth warned the allies to ...", "Trump called for ...", "accused X of Y":
            # the content is the verb's object and complements.
            passive = _passive_attribution(t) if art.on("passive") else None
            if passive is not None:
                out.append(passive)
                continue
            extent = complement_extent(t, disabled=art.disabled)
            if extent is not None and lemma == "tell" and art.on("told_clause"):
                extent = _told_clause(t, extent)
            subj = subject_of(t, disabled=art.disabled)
            if subj is None and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and art.on("attitudes"):
                subj = t.head  # "a statement announcing the pick", "a tweet attacking her"
            if subj is None and art.on("adjacent"):
                subj = left_subject(art, t, inside)
            if subj is not None and subj.lower_ == "you" and art.on("object_filter"):
                subj = None  # "if you vote for her": the reader addressed, not a source
            # Any subject is the source, not only a person, organisation or document: PolNeAR
            # counts "Independents favored ...", "The resolution supported ...", "ISIS soldiers mock
            # ..." (dropping the person-like test: PolNeAR train one-to-one F1 0.7682 -> 0.7736,
            # dev tune 0.806 -> 0.807, the tracker's dev tune 0.855 unchanged).
            if extent is not None and subj is not None:
                out.append((*extent, Attribution(cue=cue_text(t), cue_token=t, speaker=speaker_span(subj))))
            continue
        if comp is None:
            found = _said_answer(t, disabled=art.disabled) if lemma == "say" and art.on("said_answer") else None
            if found is not None:
                out.append(found)
                continue
            if (t.dep_ == "parataxis" and lemma in SPEECH_VERBS and art.on("parenthetical")) or as_report:
                # "The museum, Mr. Bush said, celebrated ...": the content is the host clause
                # around the cue, cut into the parts on either side of it; "As Politico reported,
                # the RNC agreed ..." reports its host clause alike.
                subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is not None and as_report and not source_like(subj):
                    subj = None  # "as the needs of theatre argue for ...": no source
                if subj is not None:
                    a = Attribution(cue=cue_text(t), cue_token=t, speaker=speaker_span(subj))
                    parts = _host_parts(t, disabled=art.disabled)
                    if as_report:
                        parts = _as_report_side(art, t, parts)
                    for lo, hi in parts:
                        out.append((lo, hi, a))
            continue
        if not art.on("reported"):
            continue
        subj = subject_of(t, disabled=art.disabled) or inverted_subject(t, art.disabled)
        if subj is None and art.on("clause_repair") and lemma in SPEECH_VERBS:
            # "In a meeting with the Post Trump said that ...": the name was parsed into the
            # prepositional phrase; the name right before the verb is the speaker.
            subj = left_subject(art, t, inside)
        if subj is None or subj.i in {x.i for x in comp.subtree} or subj.lower_ == "you":
            continue  # "do you know where ...": the reader addressed, not a source
        start, end = clause_span(comp)
        end = _before_second_report(comp, start, end)
        if art.on("clause_repair") and comp.i < subj.i < t.i:
            # "A, but B, the source added.": a cue closing the sentence reports all before it.
            sent = art.sent(t.i)
            first = next((x for x in sent if not (x.is_space or x.is_punct)), None)
            if first is not None and first.i < comp.i:
                start = min(start, first.idx)
        if art.on("clause_repair"):
            # "discovered that A and that B": both clauses after the verb.
            for other in t.rights:
                if other.dep_ == "ccomp" and other.i > comp.i:
                    end = max(end, clause_span(other)[1])
        if end - start < 12:
            continue
        out.append((start, end, Attribution(cue=cue_text(t), cue_token=t, speaker=speaker_span(subj))))
    if art.on("sourceless_nested"):
        out = _without_nested_sourceless(out)
    out.extend(nominal_candidates(art))
    out.extend(_according_to_candidates(art))
    return out


def _according_to_candidates(art: ParsedArticle) -> list[tuple[int, int, Attribution]]:
    """"According to X, ...": the rest of the sentence, on the longer side of the phrase. "In the
    latest Fox poll, Cruz had 38 percent" reports its clause alike, the poll its source."""
    doc = art.doc
    out = []
    if not art.on("according_to"):
        return out
    for t in doc:
        according = t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according"
        polled = (t.lower_ in POLL_PREPS and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX")
                  and (src := pobj(t)) is not None and src.lemma_.lower() in POLL_NOUNS)
        if according or polled:
            src = pobj(t)
            if src is None:
                continue
            sent = art.sent(t.i)
            # The rest of the sentence, minus the "according to X" phrase and its commas.
            phrase = {x.i for x in t.subtree} | ({t.i - 1} if according else set())
            rest = [x for x in sent if x.i not in phrase and not x.is_space]
            while rest and (rest[0].is_punct):
                rest.pop(0)
            while rest and rest[-1].is_punct:
                rest.pop()
            if not rest:
                continue
            # Only contiguous text: the longest run of tokens on one side of the phrase.
            left = [x for x in rest if x.i < t.i - 1]
            right = [x for x in rest if x.i > t.i]
            part = max((left, right), key=len)
            while part and part[-1].is_punct:
                part.pop()
            while part and part[0].is_punct:
                part.pop(0)
            if len(part) < 3:
                continue
            out.append((part[0].idx, part[-1].idx + len(part[-1].text),
                        Attribution(cue="according to" if according else t.text, cue_token=t,
                                    speaker=speaker_span(src))))
    return out
