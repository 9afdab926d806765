"""People across articles: article-local people linked into dataset-wide people with stable ids,
canonical names, aliases and roles, carrying the attestation of earlier runs."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsfold.extract.people.names import fold, fold_tokens, names_compatible, surname_tokens, translit_key
from newsfold.records import ArticlePerson, PersonRecord


@dataclass
class _Cluster:
    """One dataset-wide person being built: id, attested forms, roles, the stored name if any."""

    person_id: str
    names: Counter  # form -> number of articles attesting it
    roles: list[str]
    existing_name: str | None = None

    def forms(self) -> list[str]:
        extra = [self.existing_name] if self.existing_name and self.existing_name not in self.names else []
        return list(self.names) + extra

    def full_forms(self) -> list[str]:
        return [f for f in self.forms() if len(fold_tokens(f)) > 1]

    def best_name(self) -> str:
        def score(form: str) -> tuple:
            return (len(fold_tokens(form)), self.names.get(form, 0), form == self.existing_name, form)

        return max(self.forms(), key=score)


def _new_person_id(name: str, taken: set[str]) -> str:
    base = "per_" + hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:12]
    person_id, n = base, 1
    while person_id in taken:
        n += 1
        person_id = f"{base}_{n}"
    return person_id


def _match_strength(cluster: _Cluster, name: str) -> int:
    """How well an article person's name fits a cluster (0: not at all).

    A full name is compared with the cluster's full names only (its lone-surname aliases would
    let "Zoe Brown" into "Gordon Brown"); a cluster known only by a surname takes any full name
    with that surname, and a lone name fits any cluster carrying it as a surname.
    """
    multi = len(fold_tokens(name)) > 1
    candidates = cluster.full_forms() if multi else cluster.forms()
    if multi and not candidates:
        candidates = cluster.forms()
    best = 0
    for form in candidates:
        if names_compatible(form, name):
            best = max(best, 1 + len(set(fold_tokens(form)) & set(fold_tokens(name))))
    return best


def _surname_keys(name: str) -> set[str]:
    return {translit_key(t) for t in (surname_tokens(name) or fold_tokens(name))}


def resolve_people(
    article_people: Mapping[str, Sequence[ArticlePerson]],
    existing: Sequence[PersonRecord] = (),
    existing_form_counts: Mapping[str, Mapping[str, int]] | None = None,
) -> tuple[dict[tuple[str, str], str], list[PersonRecord]]:
    """Link article-local people into dataset-wide people with stable ids.

    Existing records keep their ids and absorb new forms; a fuller new name replaces `name`.
    Fuller names are linked first, so a lone "Trump" joins "Donald Trump" whichever article
    came first. A lone surname shared by several people joins the best-attested one.
    `existing_form_counts` (person_id -> form -> number of articles, from the stored mentions)
    carries the attestation of earlier runs, so a later run links and names as one run would.
    """
    clusters: list[_Cluster] = []
    by_key: dict[str, set[int]] = defaultdict(set)  # surname key -> clusters carrying it

    def index(k: int, form: str) -> None:
        for key in _surname_keys(form):
            by_key[key].add(k)

    for record in existing:
        names = Counter({alias: 0 for alias in record.aliases})
        for form, n in (existing_form_counts or {}).get(record.person_id, {}).items():
            if form in names:
                names[form] = n
        clusters.append(_Cluster(record.person_id, names, list(record.roles), existing_name=record.name))
        for form in clusters[-1].forms():
            index(len(clusters) - 1, form)
    taken = {c.person_id for c in clusters}

    items = [(aid, person) for aid in sorted(article_people) for person in article_people[aid]]
    items.sort(key=lambda item: (-len(fold_tokens(item[1].name)), item[0], item[1].local_key))

    mapping: dict[tuple[str, str], str] = {}
    for article_id, person in items:
        candidates = sorted(set().union(*(by_key.get(k, set()) for k in _surname_keys(person.name))))
        scored = [(_match_strength(clusters[k], person.name), sum(clusters[k].names.values()), -k)
                  for k in candidates]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            k = -max(scored)[2]
        else:
            clusters.append(_Cluster(_new_person_id(person.name, taken), Counter(), []))
            taken.add(clusters[-1].person_id)
            k = len(clusters) - 1
        cluster = clusters[k]
        for form in dict.fromkeys((person.name, *person.variants)):
            if form not in cluster.names:
                index(k, form)
            cluster.names[form] += 1
        for role in person.roles:
            if role.lower() not in (r.lower() for r in cluster.roles):
                cluster.roles.append(role)
        mapping[(article_id, person.local_key)] = cluster.person_id

    records = []
    for cluster in clusters:
        aliases = tuple(sorted(set(cluster.forms())))
        records.append(PersonRecord(cluster.person_id, cluster.best_name(), aliases, tuple(cluster.roles)))
    return mapping, records
