"""Quote groups: the same words quoted in several articles share one `quote_group_id`.

A row is grouped by the words it quotes: its text, or, for reported speech that carries quoted
fragments ('announced that he had a "lengthy and highly productive" call'), those fragments
(`quoted_words`), so the same quoted words group across articles however much of the sentence
around them a row holds.
Two quotes are linked when, after normalisation (case, accents, curly/straight marks, punctuation),
they are equal or share a long run of words (two overlapping excerpts of one statement); a shorter
quote whose words run inside quotes of exactly one such group joins it (a partial quote of a longer
one). Linked quotes form groups (union-find).
A group that touches a quote of an earlier run keeps that run's id, so ids are stable across runs
(when a new quote bridges two earlier groups, the merged group keeps the smaller id and the stored
rows of the other are renamed); a new group is named from its own content, so the same inputs
always give the same ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Sequence

from unidecode import unidecode

from newsfold.extract.quotes.quote_marks import find_quote_spans

# Shorter quotes ("mistake", "without Ukraine") are common words, not evidence of one source:
# they join a group only by identical text.
MIN_CONTAINED_WORDS = 3
# Two quotes that merely overlap must share this many consecutive words.
MIN_SHARED_RUN = 8

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def normalise_quote(text: str) -> tuple[str, ...]:
    """Words of a quote, lower-cased and transliterated, punctuation and marks dropped."""
    plain = unidecode(text).lower().replace("`", "'")
    return tuple(_WORD.findall(plain))


def quoted_words(text: str) -> str:
    """What a row quotes: the fragments in quote marks inside its text when it has any (reported
    speech carrying quoted words), else the whole text (direct and partial rows hold no marks)."""
    spans = find_quote_spans(text)
    if not spans:
        return text
    return " ".join(text[s.start:s.end] for s in spans)


def quote_words(text: str) -> tuple[str, ...]:
    """What grouping compares of a row: its quoted words, normalised."""
    return normalise_quote(quoted_words(text))


def quote_group_id(words: Sequence[str]) -> str:
    """Content-derived id: stable for the same words, whatever the run."""
    digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]
    return f"qg_{digest}"


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _link(items: Sequence[tuple[str, ...]]) -> _UnionFind:
    """Union quotes that are equal or share a long run of words, then attach each shorter quote
    to the one group that contains its words. A phrase found inside quotes of several groups
    ("the American people") joins none of them: it would otherwise chain unrelated quotes."""
    uf = _UnionFind(len(items))
    by_text: dict[tuple[str, ...], int] = {}
    by_trigram: dict[tuple[str, ...], set[int]] = {}
    by_run: dict[tuple[str, ...], int] = {}
    # Only first trigrams are looked up (a contained quote shares its first trigram with its
    # container), so only those are indexed: the index stays small on a large table.
    first_trigrams = {words[:3] for words in items if len(words) >= MIN_CONTAINED_WORDS}
    for i, words in enumerate(items):
        if not words:
            continue
        if words in by_text:
            uf.union(i, by_text[words])
        else:
            by_text[words] = i
        for j in range(len(words) - 2):
            trigram = words[j:j + 3]
            if trigram in first_trigrams:
                by_trigram.setdefault(trigram, set()).add(i)
        for j in range(len(words) - MIN_SHARED_RUN + 1):
            run = words[j:j + MIN_SHARED_RUN]
            if run in by_run:
                uf.union(i, by_run[run])
            else:
                by_run[run] = i
    # Containment, decided on the groups of the first pass so that the order of quotes does not
    # matter. A contained quote shares its first trigram with its container, so only those
    # candidates are checked.
    first_pass = [uf.find(i) for i in range(len(items))]
    # Word-aligned containment as a substring test: words hold no spaces, so " a b " is in " x a b y "
    # exactly when (a, b) runs inside (x, a, b, y).
    padded: dict[int, str] = {}

    def spaced(k: int) -> str:
        if k not in padded:
            padded[k] = f" {' '.join(items[k])} "
        return padded[k]

    containers: dict[int, set[int]] = {}
    for i, words in enumerate(items):
        if len(words) < MIN_CONTAINED_WORDS:
            continue
        for j in by_trigram.get(words[:3], ()):
            if first_pass[j] != first_pass[i] and len(items[j]) > len(words) and spaced(i) in spaced(j):
                containers.setdefault(first_pass[i], set()).add(first_pass[j])
    for group, found in containers.items():
        if len(found) == 1:
            uf.union(group, next(iter(found)))
    return uf


@dataclass(frozen=True)
class QuoteGrouping:
    assigned: dict[str, str]  # quote_id of this run -> quote_group_id
    renamed: dict[str, str]   # an earlier group id -> the id of the group a new quote merged it into


def group_quotes(quotes: Sequence[tuple[str, str]],
                 existing: Sequence[tuple[str, str]] = ()) -> QuoteGrouping:
    """Group ids for this run's quotes, reusing the group ids of earlier runs.

    `quotes` are (quote_id, text) of this run; `existing` are (quote_group_id, text) of quotes
    already stored. When a new quote links groups of earlier runs, the smallest id wins (a
    deterministic choice) and the other earlier ids are renamed to it, so the stored rows of the
    merged groups can follow (`renamed`)."""
    texts: list[tuple[str, ...]] = [quote_words(t) for _, t in existing]
    texts += [quote_words(t) for _, t in quotes]
    uf = _link(texts)
    n_old = len(existing)
    old_ids: dict[int, str] = {}
    for i, (gid, _) in enumerate(existing):
        root = uf.find(i)
        if root not in old_ids or gid < old_ids[root]:
            old_ids[root] = gid
    renamed = {gid: old_ids[uf.find(i)] for i, (gid, _) in enumerate(existing) if old_ids[uf.find(i)] != gid}
    # New groups are named after their shortest (then smallest) member: the words every member
    # shares when the group is a short quote with longer versions of it.
    members: dict[int, list[tuple[str, ...]]] = {}
    for i in range(n_old, len(texts)):
        members.setdefault(uf.find(i), []).append(texts[i])
    assigned: dict[str, str] = {}
    for k, (quote_id, text) in enumerate(quotes):
        i = n_old + k
        root = uf.find(i)
        if root in old_ids:
            assigned[quote_id] = old_ids[root]
        else:
            named = min((w for w in members[root] if w), key=lambda w: (len(w), w), default=None)
            assigned[quote_id] = quote_group_id(named if named is not None else (quote_id,))
    return QuoteGrouping(assigned=assigned, renamed=renamed)


__all__ = ["group_quotes", "quoted_words", "quote_words", "QuoteGrouping", "normalise_quote", "quote_group_id", "MIN_CONTAINED_WORDS", "MIN_SHARED_RUN"]
