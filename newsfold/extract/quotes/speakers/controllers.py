"""The speaker of a speech verb another verb's object controls ("The pressure prompted the prime
minister to say ...", "which led the judge to conclude ..."): the object says it, not the subject
of the verb that governs it."""

from __future__ import annotations

from spacy.tokens import Token


def object_controller(verb: Token, personal, cue) -> Token | None:
    """For a speech verb in an infinitive clause (xcomp) whose governing verb has a person as its
    direct object: that object; None otherwise, and when the governing verb is itself a cue ("Lauer
    asked the candidates to discuss ...": Lauer's request). `personal` tells a person's noun from
    any other, `cue` a cue verb."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or cue(verb.head):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj if obj is not None and personal(obj) else None
