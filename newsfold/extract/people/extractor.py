"""People named in one article: `extract_people` runs the passes and gives each person a local key.

Extraction works in three passes over a parsed article:
1. evidence (candidates): the model's PERSON entities, cleaned (titles, possessives, line breaks
   cut off) and filtered (places, institutions, bylines and photo credits, headline fragments),
   plus names after a strong title ("Mr Putin", "President Trump") or a nationality ("Russian
   Elena Bovina") that the model missed, and names it labelled ORG ("Sven-Goran Eriksson")
   (hard-wrapped wire copy comes parsed with its line wraps as spaces: newsfold.nlp.wraps);
2. inventory: those forms grouped into article-local people (a surname or first name joins the
   full name it abbreviates; two full names sharing a surname stay apart);
3. mentions: every occurrence of a known form in the text, whatever label the model gave it
   ("Trump" is often tagged ORG), so each reference is found with exact offsets; people whose
   name is part of a company's name in the article ("Husky Oil Ltd") are dropped.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from spacy.tokens import Doc

from newsfold.extract.people.aliases import merge_aliases
from newsfold.extract.people.candidates import candidate_forms
from newsfold.extract.people.coordinated import complete_coordinated_given_names
from newsfold.extract.people.forms import flat
from newsfold.extract.people.inventory import LocalPerson, build_inventory, final_name
from newsfold.extract.people.lineups import drop_lineup_note_people
from newsfold.extract.people.mentions import mention_spans
from newsfold.extract.people.names import fold
from newsfold.extract.people.not_people.acronyms import drop_acronym_people
from newsfold.extract.people.not_people.agreement import drop_plural_agreeing_people
from newsfold.extract.people.not_people.blurbs import drop_blurb_presenters
from newsfold.extract.people.not_people.bracketed import drop_bracketed_people
from newsfold.extract.people.not_people.businesses import drop_business_people
from newsfold.extract.people.not_people.clubs import drop_club_people
from newsfold.extract.people.not_people.employers import (
    drop_employer_people,
    drop_firm_of_person_people,
    drop_owned_people,
    drop_stake_people,
)
from newsfold.extract.people.not_people.exemplars import drop_type_named_people
from newsfold.extract.people.not_people.fictional import drop_fictional_people
from newsfold.extract.people.not_people.firm_lists import drop_firm_listed_people, drop_work_listed_people
from newsfold.extract.people.not_people.glued import drop_glued_people
from newsfold.extract.people.not_people.initialisms import drop_initialism_people
from newsfold.extract.people.not_people.kinds import (drop_character_people, drop_kind_named_people,
                                                      drop_role_as_people)
from newsfold.extract.people.not_people.media import drop_publication_people
from newsfold.extract.people.not_people.movers import drop_stock_people
from newsfold.extract.people.not_people.named_for import drop_named_for_people
from newsfold.extract.people.not_people.nominees import drop_awarded_work_people, drop_nominated_work_people
from newsfold.extract.people.not_people.owners import drop_owner_people
from newsfold.extract.people.not_people.places_listed import (
    drop_hometown_people,
    drop_place_apposed_people,
    drop_place_listed_people,
    drop_place_unit_people,
)
from newsfold.extract.people.not_people.played_by import drop_played_people
from newsfold.extract.people.not_people.posts_for import drop_post_holder_people
from newsfold.extract.people.not_people.quoted import drop_quoted_people
from newsfold.extract.people.not_people.shows import drop_show_named_people, drop_show_noun_people
from newsfold.extract.people.not_people.things import drop_thing_named_people
from newsfold.extract.people.person_filters import (
    drop_caption_only_people,
    drop_company_people,
    drop_titled_firm_people,
    drop_trade_named_people,
    drop_place_named_people,
    drop_unvouched_lone_people,
)
from newsfold.extract.people.roles import appositive_role, premodifier_role
from newsfold.extract.people.surname_holders import give_surnames_to_holders
from newsfold.extract.people.typos import merge_misspelt_people
from newsfold.records import ArticlePerson, PersonMention

# Rules that can be switched off to measure what each buys (see newsfold.eval.people).
RULES = (
    "credits",  # drop bylines and photo credits
    "slash_credits",  # "REUTERS/Moe Doiron", "Robert Short/CBC": a name beside a slash is a credit
    "author_notes",  # "Jane Doe is a Toronto-based reporter covering ...": the closing author's note
    "outlet_credits",  # "Jane Doe for the Toronto Star" is a credit; "Sen. Ted Cruz for the GOP nomination" is none
    "credit_lines",  # "Contributing: Todd Spangler.", "Story by Jane Doe Video produced by ...": a line of credits
    "signoff_lines",  # "Costa reported from Washington.", "Associated Press writer Jill Colvin contributed from ...": writers
    "headlines",  # title-case lines give no new people, only mentions of known ones
    "places",  # gazetteer: a lone token that is a place is not a person without evidence
    "club_places",  # "Atletico Madrid", "Inter Milan", "Dynamo Kiev": a club's first word opens no person's name
    "institutions",  # Kremlin, White House, Truth Social, NATO ...
    "determiner",  # "the Kremlin": a name heading a noun phrase with "the" is not a person
    "titles",  # "Mr Putin", "President Trump" are people even when the model missed them
    "rescan",  # find every occurrence of known forms, not only the model's PERSON spans
    "trim",  # cut non-name tokens (titles, verbs in headlines) off entity edges
    "dated_surnames",  # "Claire Kember" with "Kember" tagged DATE: a given name's surname the model read as a date
    "sentence_plurals",  # "Compatriots Mulugeta Wondimu": a plural noun opening the sentence is cut off the name
    "common_words",  # "Spilled Water", "False Servant": an unknown first name before common words
    "related_words",  # "close friend Mardy Fish": a relation noun vouches for a word surname after an unknown name
    "joined_named",  # "Obama and Clinton created", Clinton named in full elsewhere: a surname paired with a person's is one
    "lone_evidence",  # a lone token that joins no full name needs a title, role or speech verb
    "org_voted",  # "Wasps said", "Reading insisted": a lone dictionary word tagged ORG more than PERSON speaks as a club
    "untagged_roles",  # "Hope Hicks, a spokeswoman": an untagged name with a word surname and a role apposed
    "mislabelled",  # "Paddy Considine" tagged ORG: a given name and an unknown surname is a person
    "role_opened",  # "Keeper Tony Bullock" (WORK_OF_ART): a role word opening a mislabelled entity is cut off
    "given_outside",  # "Carolina [Kluft]" (GPE): a given name the model left outside a one-word mislabelled entity
    "companies",  # "Dean Witter Reynolds Inc": a name inside a company's name is no person
    "titled_firms",  # "General Acquisition Co", then "General Acquisition said": a title that opens a firm's name
    "trade_named",  # "Argonaut Games" tagged PERSON, then "Argonaut warned": a firm named by its trade
    "labels",  # "KATE BOLDUAN: Why not debate?": a transcript's speaker label in capitals
    "nationality",  # "Russian Elena Bovina" untagged by the model: a name after a nationality
    "untagged",  # "Dudi Dwiriadi, a commander, said" untagged: a given name and an unknown surname
    "captions",  # people named only in photo captions (up to a credit) are not the article's people
    "lists",  # "Demi, Bri, Tracy and Elyse": the untagged names in a list of people are people
    "tagged_words",  # "their children Emily, 16, and Pelham": a word tagged PERSON inside a sentence may join a person
    "ages",  # "Colton, 7, loves hockey": an age between commas after a lone name vouches for a person
    "relations",  # "his grandmother Mildred", "an official named Jhony": a person noun vouches for a lone name
    "characters",  # "plays Vince Everett in Jailhouse Rock": a role played in a work is no person
    "role_as",  # "her roles as Maritza Ramos on Orange Is the New Black": "role as" before a name, whatever the parse
    "lineups",  # "C Paterson; S Danielli, A Craig, G Bulloch (capt)": the players of a team line-up
    "referees",  # "38,153" then "G Poll (Hertfordshire).": the referee's line closing a report's line-ups
    "kinds",  # "company Sandvine", "newspaper Le Monde", "terrier Chloe": a noun for a thing names no person
    "aliases",  # "Jay-Z, real name Shawn Carter": another name of the person just named, never the name
    "coordinated",  # "Robin and Barry Gibb": a given name coordinated before a full name shares its surname
    "surname_holders",  # a bare surname several people share is the holder named in full before it, not a relative
    "things",  # "Archos launched its range", "a virus called Bofra", "in Aberdeen and Peterhead": things, not people
    "blurbs",  # "The CBC's Richard Cuthbertson tells us about ...": a piece's presenter, nobody in it
    "exemplars",  # "who will be the next James Bond": a name standing for a type
    "firm_lists",  # "Co-leads are Midland Bank SA and Samuel Montagu": a name listed with firms is one
    "work_lists",  # "hits Vera Drake, Calendar Girls and Enduring Love": a name listed with works (and no person) is one
    "nominees",  # 'Actress: Annette Bening, "Being Julia"; Imelda Staunton, "Vera Drake"': the work after a nominee
    "awarded_for",  # "named best actress for Vera Drake", "the Globes award for Ray": what an award is for is a work
    "movers",  # "Peko Wallsend closed 40 up at 7.40": a share moving in a market report
    "places_listed",  # "Belle Vue in Manchester, Perry Barr ..., Oxford and Portsmouth": places listed with places
    "clubs",  # "Bath prop Matt Stevens", "Larne boss Jimmy McGeough": a one-word name before a sports post is a club
    "hometowns",  # "a huntsman from Ledbury, Herefordshire": places the model tagged, setting a person
    "place_apposed",  # "in Keosauqua's county, Van Buren": a name apposed to a noun for a place is one
    "place_units",  # "St Dunstan's and Stepney Green ward": a name modifying a noun for a place
    "employers",  # "chief executive of Wippit", "a research director at Gartner": a one-word name employing a post
    "firms_of",  # "Chris Callies of Dean Witter said": a name after a full name's "of"/"at" is the firm
    "stakes",  # "buy 33% of Changyu", "a stake in Changyu": a one-word name owned in shares is a firm
    "shows",  # 'the ABC News program, "This Week With David Brinkley"': a name only in a show's title
    "show_nouns",  # "BBC Radio 2's Jeremy Vine show": a name met only before a noun for a show names the show
    "acronyms",  # "... Automated Quotation System (SESDAQ)": a bracketed short form in capitals is no person
    "agreement",  # "Bafana Bafana were humbled", "Bafana Bafana play": the lone subject of a plural verb is a team
    "publications",  # "compiled by Stuff Magazine ... Stuff predicts", "US publication Forbes": a publication
    "posts_for",  # "vice president of business development for Gracenote": a one-word name a post is held for is a firm
    "played_by",  # "her grandmother Madea (one of three roles played by Perry)": a part whose player is given
    "initialisms",  # "the Academy of Motion Pictures Arts and Sciences (Ampas)": a bracketed short form in mixed case
    "glued",  # "Jen BenderyFlagShareLikeReplyPaige": a comment widget's buttons glued to names
    "bracketed",  # "Imelda Staunton (Vera Drake)", "B Jackman (Connacht)": a name in brackets after a full name
    "named_for",  # "the Bobby Charlton school", "Liu Chong Hing Bank": a name modifying a thing named after it
    "fictional",  # "featuring James Bond", "a superteam of Batman, Superman and Wonder Woman": famous characters
    "quoted",  # 'Ronald Reagan -- her "Ronnie"': a one-word name that is a whole quotation is a pet name
    "businesses",  # "Bally's, Caesars, Harrah's and Trump Taj Mahal": a one-word name only in bare possessives
    "typos",  # "said Kudja" beside Jarek Kujda: a one-word name one slip from a full name's surname is that person
)


# The rules that empty the mentions of names that are no person's, in the order they run (each takes the
# doc and the article's people): a new such rule is one row here and one in RULES.
MENTION_DROPS: tuple[tuple[str, Callable[[Doc, list[LocalPerson]], None]], ...] = (
    ("companies", drop_company_people),
    ("titled_firms", drop_titled_firm_people),
    ("trade_named", drop_trade_named_people),
    ("companies", drop_owner_people),
    ("places", drop_place_named_people),
    ("characters", drop_character_people),
    ("role_as", drop_role_as_people),
    ("lineups", drop_lineup_note_people),
    ("kinds", drop_kind_named_people),
    ("things", drop_thing_named_people),
    ("blurbs", drop_blurb_presenters),
    ("exemplars", drop_type_named_people),
    ("firm_lists", drop_firm_listed_people),
    ("work_lists", drop_work_listed_people),
    ("nominees", drop_nominated_work_people),
    ("awarded_for", drop_awarded_work_people),
    ("movers", drop_stock_people),
    ("clubs", drop_club_people),
    ("places_listed", drop_place_listed_people),
    ("hometowns", drop_hometown_people),
    ("place_units", drop_place_unit_people),
    ("place_apposed", drop_place_apposed_people),
    ("employers", drop_employer_people),
    ("firms_of", drop_firm_of_person_people),
    ("stakes", drop_stake_people),
    ("stakes", drop_owned_people),
    ("shows", drop_show_named_people),
    ("show_nouns", drop_show_noun_people),
    ("acronyms", drop_acronym_people),
    ("agreement", drop_plural_agreeing_people),
    ("publications", drop_publication_people),
    ("posts_for", drop_post_holder_people),
    ("played_by", drop_played_people),
    ("initialisms", drop_initialism_people),
    ("glued", drop_glued_people),
    ("bracketed", drop_bracketed_people),
    ("named_for", drop_named_for_people),
    ("fictional", drop_fictional_people),
    ("quoted", drop_quoted_people),
    ("businesses", drop_business_people),
    ("typos", merge_misspelt_people),
)


def local_key_for(name: str) -> str:
    """Article-local key of a person: the folded name (unique per article once resolved)."""
    return fold(name) or name


def extract_people(
    doc: Doc, *, disabled: frozenset[str] = frozenset()
) -> tuple[list[ArticlePerson], list[PersonMention]]:
    """People of one article and every mention of them, offsets into `doc.text`.

    `disabled` switches off named RULES, for measuring what each one buys; an unknown name is a
    ValueError.
    """
    unknown = frozenset(disabled) - frozenset(RULES)
    if unknown:
        raise ValueError(f"unknown people rules: {sorted(unknown)}")
    rules = frozenset(RULES) - frozenset(disabled)
    forms = candidate_forms(doc, rules)
    people, assignment = build_inventory(forms)
    if not people:
        return [], []

    for start, end, p in mention_spans(doc, forms, people, assignment, rules):
        person = people[p]
        person.mentions.append((start, end))
        text = flat(doc[start:end].text)
        if text not in person.forms:
            person.forms.append(text)
        for role in (premodifier_role(doc, start, end), appositive_role(doc, start, end)):
            if role and role.lower() not in (r.lower() for r in person.roles):
                person.roles.append(role)

    if "aliases" in rules:
        merge_aliases(doc, people)

    for rule, drop in MENTION_DROPS:
        if rule in rules:
            drop(doc, people)

    if "lone_evidence" in rules:
        drop_unvouched_lone_people(doc, people, rules)

    if "captions" in rules:
        drop_caption_only_people(doc, people)

    if "coordinated" in rules:
        complete_coordinated_given_names(doc, people)

    if "surname_holders" in rules:
        give_surnames_to_holders(doc, people)
    return _finalise(doc, people)


def _finalise(doc: Doc, people: list[LocalPerson]) -> tuple[list[ArticlePerson], list[PersonMention]]:
    article_people: list[ArticlePerson] = []
    mentions: list[PersonMention] = []
    used_keys: set[str] = set()
    for person in people:
        if not person.mentions:
            continue
        counts = Counter(flat(doc[s:e].text) for s, e in person.mentions)
        name = final_name(doc, person)
        key = local_key_for(name)
        while key in used_keys:
            key += "'"
        used_keys.add(key)
        variants = tuple(dict.fromkeys(f for f in person.forms if f in counts))
        article_people.append(
            ArticlePerson(local_key=key, name=name, variants=variants, roles=tuple(person.roles)))
        for start, end in person.mentions:
            span = doc[start:end]
            mentions.append(PersonMention(span.text, span.start_char, span.end_char, key))
    mentions.sort(key=lambda m: m.start_char)
    return article_people, mentions
