"""Word lists the parsing step consults. Data only: newsfold.nlp.pipeline uses them."""

from __future__ import annotations

# Ranks and titles written with a period before a name ("OPP Sgt. Kerry Schmidt", "Const. Jane Doe",
# "Lt.-Gov. Elizabeth Dowdeswell") that spaCy's English tokenizer splits from their period; the parser
# then ends a sentence there, leaving "said OPP Sgt." without its speaker. Each is kept whole as one
# token and read by the model as the word it stands for (its norm).
TITLE_ABBREVIATIONS = {
    "Lt.": "lieutenant", "Capt.": "captain", "Col.": "colonel", "Maj.": "major", "Brig.": "brigadier",
    "Cmdr.": "commander", "Sgt.": "sergeant", "Cpl.": "corporal", "Pte.": "private",
    "Const.": "constable", "Cst.": "constable", "Insp.": "inspector", "Supt.": "superintendent",
    "Det.": "detective", "Coun.": "councilor", "Ald.": "alderman", "Hon.": "honorable",
    "Lt.-Gov.": "lieutenant-governor", "Lt.-Gen.": "lieutenant-general", "Lt.-Col.": "lieutenant-colonel",
    "Maj.-Gen.": "major-general", "Brig.-Gen.": "brigadier-general", "Sgt.-Maj.": "sergeant-major",
}
# Title abbreviations after which a capitalised word goes on the same sentence ("Dr. Theresa Tam"):
# the tokenizer keeps the others whole already, but the parser still sometimes ends a sentence there.
# "St." is left out: "Main St. The ..." ends a sentence as often as "St. John" goes on.
NAME_TITLE_ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS) | frozenset(
    "Mr. Mrs. Ms. Dr. Prof. Gov. Sen. Rep. Gen. Adm. Rev.".split()
)
# Tokens that end a sentence when they stand alone.
SENTENCE_ENDS = frozenset(".?!")
