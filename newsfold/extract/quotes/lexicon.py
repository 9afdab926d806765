"""Word lists of the quote rules: cue verbs, nouns and adjectives, speaker words, and the cues the
act filter drops. Kept apart from the rules that read them (as textacy keeps REPORTING_VERBS in
its constants), so that a list can be read and tuned in one place."""

from __future__ import annotations

import re


# ---------------------------------------------------------------------------------------------
# Cue verbs
# ---------------------------------------------------------------------------------------------

# Verbs that introduce speech or writing; their subject is the speaker of a marked quote.
SPEECH_VERBS = frozenset("""
say tell add state declare write note insist warn ask explain claim argue announce confirm reply
respond answer stress emphasize emphasise underscore remark comment continue admit acknowledge
concede deny suggest describe call quip joke tweet post report recall predict promise pledge vow
urge caution complain lament observe point reiterate repeat reaffirm assert maintain contend counter
shout yell scream whisper mutter chant testify conclude agree disagree concur sing boast brag retort charge
accuse blast slam criticize criticise praise hail welcome dismiss reject mention reveal indicate
inform assure reassure highlight signal echo affirm proclaim decry express read
blurt exclaim interject muse enthuse gush recount confide bark
""".split())

# Speech acts whose content is an object or complement rather than a clause.
SPEECH_ACT_VERBS = frozenset("""
urge ask call accuse warn demand promise pledge vow criticize criticise blame praise describe
mention announce propose recommend deny reject dismiss explain suggest insist refuse threaten
order invite encourage tell claim defend condemn question challenge endorse applaud slam blast
""".split())

# Attitudes towards an object or a course of action that news attribution annotation (PolNeAR)
# counts as attributions: desire and intent ("wants to ..."), support and opposition ("backed X"),
# citing and referring ("cited the remarks as ..."), talk about a topic ("spoke of ...").
ATTITUDE_VERBS = frozenset("""
want plan expect hope intend seek wish aim attempt support back endorse oppose attack cite compare
express agree decline reference discuss speak talk seem favor favour
promote advocate champion present outline detail unveil release tout mock ridicule deride denounce
admire laud embrace dispute doubt consider view regard offer debate examine investigate decide
vote despise hate love
chastise scold rebuke lambaste lambast berate assail insult disparage fault congratulate
apologize apologise justify portray characterize characterise label brand dub liken
""".split())

# More attitude verbs, derived from PolNeAR train: the verbs no list held that are a gold cue at
# least half the time (8 times or more; "hop" is spaCy's lemma of "hoped"). Left out: "accord"
# (the "according to" rule), and "voice quote plead disclose utter refer side remind rebuff
# envision", whose rows cut reported clauses of the tracker's dev tune in two or were its false
# positives; "anger" (8 of 15) passes too but was not listed (not tried). PolNeAR train one-to-one
# F1 0.7785 -> 0.7796, dev tune 0.8085 -> 0.8087, tracker same. Rederive and compare with
# `python -m newsfold.eval.derive_cue_lists ../shared/eval/polnear_train.jsonl`.
TRAIN_ATTITUDE_VERBS = frozenset("""
rail rebut credit speculate list recite retweete deem title document articulate hop prefer spar
contemplate brush distance elaborate cry
""".split())
ATTITUDE_VERBS = ATTITUDE_VERBS | TRAIN_ATTITUDE_VERBS

# Verbs whose clausal complement PolNeAR-style annotation counts as an attribution (reported
# speech, belief, finding); a subset is too weak to attribute a marked quote by itself.
REPORT_VERBS = SPEECH_VERBS | SPEECH_ACT_VERBS | ATTITUDE_VERBS | frozenset("""
forecast project intimate hint tip believe think know find show expect estimate feel hope fear worry doubt reckon learn
conclude determine discover demonstrate acknowledge argue suggest imply allege
rule decide wonder suspect assume imagine guess anticipate recognize recognise realize realise
understand notice hear
""".split())

# Verbs whose object (no clause) is attributed content: speech acts, attitudes, and speech verbs
# used with an object ("noted the rule", "acknowledged the reality"), but not "say" ("said it").
OBJECT_CUES = SPEECH_ACT_VERBS | ATTITUDE_VERBS | (SPEECH_VERBS - frozenset({"say", "continue", "read", "post"})) \
    | frozenset({"show", "find", "indicate", "demonstrate", "confirm", "know", "believe"})
# Cognition verbs whose object rows were gold at least half the time on PolNeAR train ("learned of
# the plan", "recognized the problem", "projected a deficit"): one-to-one F1 0.7780 -> 0.7785, dev
# tune same; "think", "feel", "hear", "understand" as object cues were not ("heard the case").
OBJECT_CUES = OBJECT_CUES | frozenset(
    "learn recognize recognise project allege worry suspect forecast anticipate imagine".split())

# Verbs whose passive or raising form attributes a content to nobody in particular: "Obama's
# veto is expected to come", "the lack of enthusiasm seems to be a real issue".
SOURCELESS_VERBS = frozenset("expect believe report estimate think consider seem appear rumor rumour tip".split())

# Verbs that can be inverted ('said Trump'); for the others a name after the verb is the hearer
# or the target ("told Trump", "accused Clinton").
INVERTIBLE_VERBS = frozenset(
    "say add write note explain continue declare state recall remark reply respond answer tweet".split())

# Verbs whose object is what was said ("said it", "wrote a letter"); not "add" ("added a goal").
SAY_CUES = (INVERTIBLE_VERBS - {"add"}) | frozenset({"tell", "describe", "call"})

# Cue strength of an unmarked attribution: speech verbs and "according to" report words; cognition
# and evidential verbs report a belief or finding; the rest (attitudes, speech acts with an object,
# nouns, passives, "is critical of", headlines) are the broad sense of news annotation.
COGNITION_CUES = REPORT_VERBS - SPEECH_VERBS - SPEECH_ACT_VERBS - ATTITUDE_VERBS


# ---------------------------------------------------------------------------------------------
# Speakers and sources
# ---------------------------------------------------------------------------------------------

# Pronouns that stand for one person of a known gender; the other personal and relative pronouns.
PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_OR_OTHER_PRONOUNS = frozenset({"they", "we", "i", "you", "it", "who", "which", "that"})
# Possessive pronouns of one person of a known gender: "his statement said" is his, as "he said" is.
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# Personal pronouns a speaker may be besides a he/she (PRONOUNS): "I said", "we said", "they said".
OTHER_SPEAKER_PRONOUNS = frozenset({"i", "we", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Dependencies by which a tag hangs in a person's phrase ("Sen. Lindsey Graham (R-SC)", "John Smith of
# Grace Church", "Jane Doe, the director at Publishers Weekly"): speakers.phrase_owners.
PHRASE_OWNER_LINKS = frozenset({"appos", "prep", "pobj"})
# A verb's subjects, active and passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Tags of a plural noun, common or proper ("aides", "the Democrats").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Relative words that open a clause about a person ("Size, whose New Forms album won ..., said").
PERSON_RELATIVES = frozenset({"who", "whose"})

# Nouns for a person by office or relation ("the president said"): resolved through roles.
PERSON_NOUNS = frozenset("""
president leader minister secretary spokesman spokeswoman spokesperson senator governor mayor
chancellor premier official diplomat ambassador chief director chairman chairwoman candidate
nominee congressman congresswoman representative lawmaker mp general commander envoy adviser
advisor aide king queen prince pope judge prosecutor lawyer attorney father mother woman man
founder cofounder co-founder proprietor owner resident labourer laborer worker dad mom mum coach
player manager agent doctor physician nurse teacher professor student officer veteran maverick
entrepreneur executive ceo chef artist author writer actor actress singer musician athlete golfer
star captain forward goaltender goalie defenceman defenseman winger economist analyst
""".split())

# Nouns of an epithet that stands for the person just named ("said the two-time NBA champion"):
# resolution only (newsfold.extract.quotes.speakers.resolve_speakers); the extraction rules read PERSON_NOUNS.
EPITHET_NOUNS = PERSON_NOUNS | frozenset("""
champion scientist researcher strategist historian psychologist epidemiologist surgeon pharmacist
retiree survivor activist organizer organiser volunteer farmer councillor councilor commissioner
superintendent principal trustee legislator pastor priest rabbi imam bishop novelist designer
engineer architect filmmaker producer comedian rapper dancer quarterback pitcher skater boxer rookie
""".split()) | frozenset("""
adoptee advocate ally anchor appointee associate backer banker billionaire blogger brother
businessman businesswoman capitalist chair challenger child colleague columnist commentator
committeeman confidant conservative consultant contender contractor contributor coordinator
correspondent counsel counterpart daughter dean delegate deputy developer dictator donor editor
employee expert fan fellow friend frontrunner fundraiser graduate head hero host husband icon
incumbent intern investor journalist lady lobbyist magnate mate moderator mogul negotiator nephew
neurosurgeon operative opponent parent partner patron person philanthropist pollster populist
predecessor rapist reporter rival runner scholar shooter sister socialist son speaker speechwriter
staffer successor superdelegate supporter surrogate teenager trader tycoon user voter wife winner
""".split()) | frozenset("""
striker midfielder defender goalkeeper keeper presenter backbencher
""".split())  # third part: sports and broadcasting roles BBC copy names people by ("the Everton striker")
# Second part (above): nouns that title or stand in apposition to a named person in PolNeAR
# train ("businessman Steve Wells", "Ben Carson, the retired neurosurgeon"), twice or more and at
# least twice as often as to an organisation or place; words for no person ("book", "idea") left out.
# A noun ending so is a person's ("councilman", "anchorwoman", "chairperson").
PERSON_SUFFIXES = ("man", "woman", "person")

# Common nouns that can hold an opinion or speak for a group: people and their collectives.
SOURCE_NOUNS = frozenset("""
critic supporter opponent proponent official lawmaker legislator member voter people expert analyst
economist researcher scientist scholar investigator prosecutor democrat republican conservative
liberal activist advocate group panel board committee team campaign administration agency
organization union coalition company firm newspaper editor reporter source observer resident
citizen leader user reader viewer fan student teacher worker employee staff aide ally rival
wife husband son daughter businessman businesswoman staffer specialist officer mate partner side
family friend ad advertisement submission lawsuit website state city country nation court
number one most some many all each both none majority half few several others
""".split())

# Entity types of a name that is no person's: an organisation, place, group, thing, work or law ("the
# company, Suncor"). Not DATE: "the 46-year-old" is a person's epithet.
NON_PERSON_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# A speaker made only of these parts of speech, or of these words, names nobody
# (speaker_names.names_nobody): "his", "those", "Nine"; "most", "many" (tagged adjectives).
NAMELESS_POS = frozenset({"PRON", "DET", "NUM"})
NAMELESS_WORDS = frozenset({"most", "many", "few", "several", "more", "all", "both", "some", "each"})

# Phrases that are speakers but not people: documents, institutions, media.
NON_PERSON_HEADS = frozenset("""
statement report study survey poll letter memo document filing release post tweet article
newspaper paper times journal website analysis data record records agency ministry department
office government administration campaign committee party kremlin court commission council
""".split())

# Nouns for an organisation ("the company said"): the organisation named just before is the speaker
# (newsfold.extract.quotes.speakers.speaker_names).
ORG_NOUNS = frozenset("""
company firm agency board team bank group organization organisation corporation business
retailer carrier airline broker insurer lender manufacturer automaker publisher network club
league association union institute university ministry department regulator watchdog
bureau commission council authority newspaper paper magazine broadcaster outlet newsletter
""".split())

# Nouns for a group that news writes "they" for ("the campaign ... They are saying").
COLLECTIVE_NOUNS = frozenset("campaign administration government team panel committee staff family group".split())
# Nouns for a body of people, an organisation or a group ("the committee", "the company"): a
# definite one with a name before it says which ("the Commons science and technology committee").
BODY_NOUNS = ORG_NOUNS | COLLECTIVE_NOUNS

# Words an acronym skips ("Export Development Canada" -> EDC, "Society of Motor Manufacturers and Traders").
ACRONYM_SMALL_WORDS = frozenset("of and the for on in at to de la".split())
# Words that, before a number, name one trip of a carrier ("EgyptAir Flight MS804"), not the carrier.
FLIGHT_WORDS = frozenset({"flight"})

# First words of a noun phrase that does not bring in one source a later "the official" takes up:
# possessives (whose depends on the sentence) and quantifiers ("every person", "most voters").
NOT_INTRODUCING = frozenset("his her their its my our your every each no any all most some several many few both".split())
# The indefinite articles: a noun they bring in describes somebody, it names nobody ("a spokesman").
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Words opening a phrase for somebody not named ("a justice official said", "another lawyer").
INDEFINITE_OPENERS = INDEFINITE_ARTICLES | {"another", "one"}

# Names of days, dates and times are never speakers ('..., Jordan said Monday').
NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME"})
# Tags of a verb's finite form (its own or its first auxiliary's): past, present, modal.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Documents a person issues: "He released a letter that says ...", "lawyers filed papers opposing
# ...": the person who released or filed it is the source, as news annotation has it.
ISSUED_DOCUMENTS = frozenset("""
letter paper papers policy statement memo memorandum document filing brief motion lawsuit complaint
op-ed editorial column note release ad advertisement video notice order
""".split())

# Verbs by which a person issues such a document.
ISSUE_VERBS = frozenset("release issue file send publish sign write post submit establish put".split())

# Gender as the article shows it: gendered pronouns and roles (honorifics: people.lexicon.HONORIFIC_GENDER).
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
# ... of them, the reflexive ones: "Trump cast himself as ..." shows the subject's gender (speakers.person_genders).
GENDERED_REFLEXIVES = frozenset({"himself", "herself"})
ROLE_GENDER = {"spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f", "wife": "f",
               "mother": "f", "daughter": "f", "sister": "f", "queen": "f", "princess": "f", "woman": "f",
               "spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m", "husband": "m",
               "father": "m", "son": "m", "brother": "m", "king": "m", "prince": "m", "man": "m"}

# gender-guesser's answers for a word that is a given name (not "andy" nor "unknown").
GIVEN_NAME_ANSWERS = frozenset({"male", "female", "mostly_male", "mostly_female"})
# Written forms of speech verbs: one opening an inverted sentence is capitalised too ("Said Ellis: ...";
# "Said" names men), so it is no given name before a surname.
SPEECH_VERB_FORMS = frozenset({"said", "told", "wrote", "spoke"} | {v + e for v in SPEECH_VERBS for e in ("s", "ed", "d")})


# ---------------------------------------------------------------------------------------------
# Cues that are no verb, and the words that carry content
# ---------------------------------------------------------------------------------------------

# Prepositions whose object is a speech act's content ("called for ...", "warned of ...").
CONTENT_PREPS = frozenset({"for", "of", "on", "about", "to", "that", "as", "with", "against"})
# What "say" takes in place of a clause: an answer ("said yes", "says so") or a view named as one
# held before ("say the same of Trump", "said the opposite"), and the prepositions that name whom
# that view is of ("the same of Sanders", "the opposite about Clinton").
SAID_ANSWERS = frozenset({"yes", "no", "so"})
SAID_AS_BEFORE = frozenset({"same", "opposite", "contrary"})
SAID_OF_PREPS = frozenset({"of", "about", "for"})

# Nouns of speech, belief and intent whose clause or object is attributed content: "Trump's claim
# that ...", "the report's finding that ...", "her promise to ...", "allegations of fraud".
NOUN_CUES = frozenset("""
claim statement assertion argument belief view warning promise pledge vow demand suggestion
finding conclusion allegation accusation charge criticism concern fear hope plan proposal
decision announcement admission insistence contention call assessment question prediction
threat denial complaint request recommendation speculation rumour rumor expectation suspicion worry
""".split())

# More cue nouns, derived from PolNeAR train: the nouns with a clause or prepositional phrase that
# are a gold cue at least 30% of the time (8 times or more) and no list above held. Their acts:
# TRAIN_THOUGHT_NOUNS and TRAIN_EVIDENCE_NOUNS below (by meaning); the others are speech. Rederive
# (no word left out) with `python -m newsfold.eval.derive_cue_lists ../shared/eval/polnear_train.jsonl`.
TRAIN_NOUN_CUES = frozenset("""
chant disagreement advice praise defense opinion assumption doubt anxiety mention footage understanding
disclosure consensus endorsement reference recognition hostility cry rejection backing favor confidence
estimate opposition word desire letter feeling
""".split())
NOUN_CUES = NOUN_CUES | TRAIN_NOUN_CUES

# "In the latest Fox poll, Cruz had 38 percent": a poll named in a phrase on the clause is its source.
POLL_PREPS = frozenset({"in"})
POLL_NOUNS = frozenset("poll survey".split())

# Prepositions whose object is a speech noun's content ("allegations of fraud").
NOUN_CONTENT_PREPS = frozenset({"of", "about", "over", "for", "that"})

# Talk nobody in particular holds: "amid speculation that ...", "fears of a rift", "expectations of ...".
SOURCELESS_NOUN_CUES = frozenset("speculation rumour rumor expectation suspicion fear worry concern".split())

# "X is critical of Y", "X is confident that ...", "X is a staunch opponent of Y": attitudes
# stated with "be".
ATTITUDE_ADJECTIVES = frozenset("""
critical supportive skeptical sceptical wary confident convinced certain sure optimistic
pessimistic hopeful doubtful concerned worried angry upset furious happy glad proud opposed
adamant clear unhappy disappointed frustrated fearful afraid
eager willing aware interested reluctant
""".split())  # the last line from PolNeAR train: "is eager/willing to ...", "is aware that ..." are gold cues there

# What an attitude adjective's object hangs on when it takes no clause ("critical of Y", "worried
# about the cuts", "unhappy with the direction"): that object is the attitude's content.
ATTITUDE_PREPOSITIONS = frozenset({"of", "about", "over", "with", "that", "to"})

# Nouns that hold an attitude towards their "of" object ("a staunch opponent of Y").
ATTITUDE_HOLDERS = frozenset("supporter opponent critic advocate proponent champion fan backer defender foe".split())

# Prepositions whose object the learned scorer offers as the content of a noun or adjective cue no
# rule reads ("attacks on Sanders", "faith in America", "wary of Trump", "unhappy with the
# direction"); the scorer's weights decide which cues they make (learned/nominal_sites.py).
NOMINAL_SITE_PREPS = frozenset("of about on to for against over with at in toward towards".split())

# Heads whose "about" phrase is a subject matter, not an attributed view: "set about", "a movie about".
TOPIC_NOT_CUES = frozenset("""
set bring come go movie film book story article documentary show series programme program play
song novel episode question
""".split())


# ---------------------------------------------------------------------------------------------
# Headlines and titles
# ---------------------------------------------------------------------------------------------

# Labels before a colon that are no source ("Update: ...", "Photo: ...").
NOT_HEADLINE_SOURCES = frozenset({"correction", "corrections", "update", "updated", "note", "editor's note",
                                  "photo", "source", "sources", "related", "watch", "read more", "see also"})

# Last words of section or column labels in capitals before a colon ("ECB WATCH:", "FED TALK:",
# "ANALYSIS:"): a rubric, no source.
SECTION_LABEL_WORDS = frozenset("""
watch talk analysis update briefing focus live explainer factbox timeline preview recap review
opinion comment editorial exclusive breaking snapshot glance bulletin digest roundup
""".split())

# Words a title leaves in lower case ("Face the Nation").
TITLE_SMALL_WORDS = frozenset("a an the of on in at to for and or but is are with from by as vs".split())


# ---------------------------------------------------------------------------------------------
# Cues that are no communication act in some uses (rule act_filter)
# ---------------------------------------------------------------------------------------------

# Verbs that are communication acts only in some uses. Aspect ("Russia continues to occupy ...")
# is no act of a country's, a place's or a thing's (a person's or a group's "continue to ignore"
# is kept: news annotation counts it). "maintain" is speech in "maintained that ..." and not in "maintain its sovereignty";
# "write"/"post" with only a venue ("wrote on social media") carry no content. Causatives
# ("sparked worries") are no act of the subject's. "speak"/"talk" take content with of/about,
# and only a person talked to with with/to ("spoke with the U.S. president").
ASPECTUAL_CUES = frozenset("continue begin start keep go stop cease resume remain".split())
CLAUSE_ONLY_CUES = frozenset({"maintain"})
VENUE_CUES = frozenset("write post tweet".split())
CAUSATIVE_CUES = frozenset("spark cause trigger prompt fuel provoke".split())
ADDRESSEE_CUES = frozenset("speak talk meet chat".split())

# Speech verbs whose bare object is the person addressed: "told Gordon Brown", "asked the minister".
ADDRESSEE_OBJECT_CUES = frozenset("tell ask inform assure reassure remind invite thank brief urge warn".split())

# Participles that name rather than report: "a group known as Fancy Bear", "a program called EB-5".
NAMING_CUES = frozenset("call know name dub label term title brand style".split())

# A reported clause starts with a complementiser; content about a topic has a preposition.
CLAUSE_START = re.compile(r"\s*(?:that|whether|if|how|what|why|when|where|who)\b", re.I)
TOPIC_PREPS = re.compile(r"\b(?:about|of|over|regarding)\b", re.I)

# Time words opening an adverbial clause, not a reported one ("said before he died").
TEMPORAL_CLAUSE = re.compile(r"(?i)(?:(?:shortly|soon|just|long|right|only|even|immediately)\s+)?"
                             r"(when|while|before|after|during|until|as)\b")


# ---------------------------------------------------------------------------------------------
# Acts: what the source of a quote row does (QuoteMention.act; module `acts`)
# ---------------------------------------------------------------------------------------------

# Cue lemmas of thought: belief, knowledge, feeling, perception, attitude towards something.
THOUGHT_CUES = frozenset("""
believe think know feel fear worry doubt suspect assume imagine guess wonder reckon realize realise
understand notice recognize recognise learn hear see consider view regard expect anticipate
seem appear support back oppose favor favour admire embrace despise hate love like trust
""".split())

# Cue lemmas of intention: desire, plan, decision.
INTENTION_CUES = frozenset("""
want plan intend seek wish aim attempt try decide vote hope prepare choose opt refuse agree
""".split())

# Cue lemmas of evidence when the source is a document, poll, study or data (or no one).
EVIDENCE_CUES = frozenset("show find suggest indicate reveal demonstrate confirm prove estimate project".split())

# Evidence cues that, with a person as source, are speech ("she suggested", "he confirmed").
EVIDENCE_CUES_SPOKEN = frozenset("suggest indicate reveal confirm estimate project".split())

# Nouns (NOUN_CUES) of thought and of intention; the other speech nouns are speech.
THOUGHT_NOUNS = frozenset("""
belief view concern fear hope worry suspicion expectation assessment speculation rumour rumor
""".split())
INTENTION_NOUNS = frozenset("plan decision proposal intention".split())
EVIDENCE_NOUNS = frozenset("finding conclusion".split())
TRAIN_THOUGHT_NOUNS = frozenset("""
opinion assumption doubt anxiety understanding consensus recognition hostility backing favor confidence
opposition desire feeling endorsement
""".split())
TRAIN_EVIDENCE_NOUNS = frozenset("footage estimate".split())
THOUGHT_NOUNS = THOUGHT_NOUNS | TRAIN_THOUGHT_NOUNS
EVIDENCE_NOUNS = EVIDENCE_NOUNS | TRAIN_EVIDENCE_NOUNS

# Heads of sources that show or find rather than say: documents, polls, studies, data, media items.
EVIDENCE_SOURCES = frozenset("""
poll polls survey surveys study studies report reports research data analysis analyses document documents
record records figure figures number numbers statistic statistics evidence review audit investigation
test tests result results finding findings paper papers filing filings memo email emails letter letters
video videos footage photo photos image images map model models estimate estimates projection projections
census index chart graph table count tally sample trial trials experiment experiments book
""".split())

# Cue lemmas of speech beyond the speech verbs: verbal attacks and praise, citing, talk, making public.
SPEECH_ATTITUDE_CUES = frozenset("""
attack mock ridicule deride denounce chastise scold rebuke lambaste lambast berate assail insult
disparage fault congratulate apologize apologise justify portray characterize characterise label
brand dub liken cite compare reference discuss speak talk promote advocate champion present outline
detail unveil release tout offer debate express respond reply thank predict disclose confess clarify rail
bemoan badmouth retweet text remind request speculate demean herald sum refer invoke publish press
allege imply quote voice email plead hint dispute chide rebut articulate recite allude advise lash
retweete
""".split())

# Speech verbs that, as a participle hanging on the cue ("welcomed the news, calling it a gift",
# "rejected the offer, saying the bid was ..."), report the words of the row whatever its cue.
SAYING_PARTICIPLES = frozenset("say call add argue insist note warn claim describe tell explain write state declare".split())

# Cue lemmas of thought beyond THOUGHT_CUES (which the tagger's features use, so it stays as trained):
# verbs of memory, preference and judgement among the frequent cues of PolNeAR train that no list
# held (they fell to "a deed").
MORE_THOUGHT_CUES = frozenset("remember prefer dislike envision deem enjoy figure".split())

# Speech-act verbs that, with a thing or a person as object and no clause, state a stance towards it
# ("criticized the SMMT", "rejected the bill", "praised the deal"): a thought (attitude) row, not
# "who said what"; with a clause or in quote marks they are speech.
STANCE_CUES = frozenset("""
criticize criticise blame praise reject dismiss condemn question challenge endorse applaud slam
blast defend attack mock ridicule deride denounce chastise scold rebuke lambaste lambast berate
assail insult disparage fault congratulate hail welcome accuse decry oppose support back
""".split())

# Speech verbs that with a bare thing as object make a fact known rather than report words
# ("reported a profit", "disclosed a claim", "announced the trade"): evidence rows.
DISCLOSURE_CUES = frozenset("""
report disclose release publish reveal announce present outline detail unveil post confirm
""".split())

# Verbs refusing the speech verb they govern ("declined to say how many"): nothing was said.
REFUSAL_CUES = frozenset("decline refuse".split())

# Speech acts that tell somebody to do something in words ("urged people to send a message",
# "called on the government to stem job losses"): the tracker counts them as speech.
URGING_CUES = frozenset("urge exhort implore".split())

# Dashes that end a dateline ("PARIS, Aug 31 (Reuters) - ").
DATELINE_DASHES = frozenset({"-", "—", "–", "--"})

# Documents that say things for whoever issued them ("In a statement, the party said ... the
# statement said": the party's words).
STATEMENT_NOUNS = frozenset("statement release letter memo memorandum email".split())

# --- speaker resolution ---
# Verbs that report another's words "as saying" ("Arab News quoted Prince Saud as saying"): the
# object is the speaker, not the subject.
QUOTING_VERBS = frozenset("quote cite".split())
# Nouns business news calls a company by ("the global sports giant said", "the drugmaker said",
# "the pan-European bourse said"),
# beyond ORG_NOUNS: the organisation those words stand for is the one just named.
COMPANY_EPITHETS = frozenset("""
giant maker carmaker drugmaker producer supplier operator conglomerate chain brewer housebuilder
bourse exchange
""".split())
# Verbs putting a question to somebody ("Conroy asked Sanders whether ... / '...,' he said"): the
# one asked answers, so the next sentence's he/she speaking is the object, not the asker.
QUESTION_VERBS = frozenset("ask question press quiz".split())
# Organisations: legal forms ending a name ("Borden Inc" is "Borden", "General Motors Corp" "GM"); what one
# speaks through ("the parole board decision said", "Board members noted", "the FBI data": lemma "datum");
# nouns for any company (it spoke last).
CORPORATE_SUFFIXES = frozenset("inc corp co ltd plc llc ag sa nv ab asa spa bv gmbh limited incorporated".split())
SPOKEN_FOR_NOUNS = frozenset("statement report study survey letter filing release decision ruling forecast review member datum".split())
GENERIC_ORG_NOUNS = frozenset("company firm corporation group".split())
# Plural nouns for unnamed sources that a later bare mention ("sources said") names by the phrase
# that brought them in ("sources familiar with the talks").
UNNAMED_SOURCE_NOUNS = frozenset({"source", "official"})


# --- acts (module `acts`) ---
# More sources that show rather than say (EVIDENCE_SOURCES): writings and words standing for their
# author ("the article suggested", "the 36-page submission urges", "his comments indicating"), and
# views held by nobody in particular ("a common belief says", "conventional wisdom holds").
MORE_EVIDENCE_SOURCES = frozenset("""
article articles submission submissions section sections poster posters comment comments remark remarks
belief beliefs idea ideas notion theory wisdom
""".split())
# Speech verbs that convey a stance or a course rather than words ("the Fed signalled it would be
# cautious", "he signalled he's in no rush"): thought rows; none of the tracker's dev tune quotes.
INDICATION_CUES = frozenset({"signal"})


# --- speaker resolution: qualified offices ---
# Words that make a role another office than its bare noun: "the home secretary" is not "Shadow home
# secretary David Davis", "the chancellor" not "shadow chancellor Oliver Letwin", "the leader" not the
# deputy leader, the serving president not the former one. A role with one of them matches a speaker
# phrase only when the phrase has it too.
OFFICE_QUALIFIERS = frozenset("shadow deputy vice former ex".split())
# Words that make a title another office ("First Minister", "Prime Minister"): "the minister" is neither.
RANK_QUALIFIERS = frozenset("first prime".split())
# Members of other assemblies, epithets as "the MP" is ("The MEP said he was ashamed"): the tagger reads
# them as names, which no person has.
ASSEMBLY_MEMBER_NOUNS = frozenset("mep msp mla".split())

# --- "say" with an object the parser made of a clause (module `acts`) ---
# "Sturgeon said [the public needed reassurance ...]", "MEES said [this contradicted ...]": the parser
# makes the clause's subject and verb an object noun phrase; "say" reports words whatever its object,
# unless the object is a question or a topic ("say whether ...", "said what he would support").
QUESTION_OPENERS = frozenset("whether if what which who whom whose why how when where".split())

# --- a quoted label given by a speaker (module `marked_attribution`) ---
# "he called her "weak"", "Trump referred to Mexican immigrants as "criminals"", "summed up Clinton
# as "terrible"": the fragment is the speaker's word for somebody, however short. Verbs that name
# with the label right after the object ...
LABEL_NAMING_VERBS = frozenset("call dub brand label nickname term".split())
# ... and verbs that give it after "as" (PolNeAR train partial misses).
LABEL_AS_VERBS = frozenset("""
call refer describe characterize characterise portray identify sum cast hail herald dismiss deride
depict paint label brand dub denounce decry mock ridicule tout praise slam blast condemn attack
criticize criticise address list frame bill tag pan lambast lampoon
""".split())
# First words after the verb that make it no label: "called for more "flexibility"", "called on ...",
# "referred to as" (passive, no object).
LABEL_NOT_OBJECT = frozenset("for on upon in at into with to".split())

# --- documents that speak (module `acts`) ---
# A written document named as the one who says ("the report said", "says the annual Directions
# survey", "a report in the Sunday Business claimed"): the tracker counts its words as a quote, as it
# counts an organisation's. Data that shows or finds ("figures showed",
# "the study found") stays evidence, and so do unnamed rumours ("Reports say ...").
SPEAKING_DOCUMENTS = frozenset("""
report survey study poll review audit inquiry paper memo letter book article filing
statement release document outlook
""".split())
# Documents that gather data: "according to" one of them gives figures it shows ("according to a new
# poll, Clinton leads by 8 points"), evidence; "according to" any other speaking document is its words
# ("according to the memo", "according to Foster's book": the tracker's gold counts them).
DATA_DOCUMENTS = frozenset("survey study poll review audit".split())
# Verbs a document says with; "concluded", "found", "showed", "suggested" stay evidence.
DOCUMENT_SPEECH_VERBS = frozenset("""
say add claim argue state write warn note urge recommend tell insist assert stress maintain contend
""".split())
# A court or an official body ruling with a clause ("the judge ruled that he was likely to pose a
# risk"): the tracker counts the ruling as a quote (ggt_dev tune gold cue "ruled").
RULING_CUES = frozenset({"rule"})
# Verbs voicing a speech noun with its clause ("expressed concern that ...", "voiced fears that ...",
# "raised the prospect that ..."): the clause is the source's words. Not "denied claims that ...".
STATING_VERBS = frozenset("express voice raise air reiterate repeat echo share".split())

# Words opening a sentence that turns to somebody else ("However, MP Karen Buck warned ..."): no
# sentence after a quote that opens so only says who spoke it (module `marked_attribution`).
CONTRAST_OPENERS = frozenset("however but meanwhile yet still nevertheless nonetheless instead".split())

# --- speakers who go on talking (module `people_index`) ---
# "He added:", "she continued": the pronoun is the speaker talked about before, so a person only
# mentioned in the sentence before ("a comeback capped by Gerrard's drive") is no antecedent; and
# one last named as a speaker after the person the sentences before are about (`resolve_speakers`).
GOING_ON_VERBS = frozenset("add continue".split())

# --- a name and its description in one speaker phrase (module `resolve_speakers`) ---
# "Andrei Illarionov - then economic adviser to President Vladimir Putin - told": the name before
# the mark is the speaker, whatever noun the parser made the phrase's head.
APPOSITION_MARKS = frozenset({"-", "—", "–", "--", ","})

# --- more epithet nouns (module `people_index`, EPITHETS) ---
# Words news leads describe a speaker by before naming him in the next sentence ("..., a senior EU
# politician says. / Javier Solana ... says"; "..., a senior government figure has warned"; "..., says a top academic.").
LEAD_EPITHET_NOUNS = frozenset("politician figure academic".split())

# --- organisation names joined by "and" (module `organisations`, one_org_name) ---
# Words joining two names into one organisation's ("Standard and Poor's", "S and P", "Marks & Spencer").
ORG_NAME_JOINERS = frozenset({"and", "&"})

# --- a quoted verdict given by a speaker (module `marked_attribution`) ---
# "Tony Blair declared himself \"delighted\"", "he pronounced Pena Nieto \"a friend.\"": verbs that,
# like LABEL_NAMING_VERBS, give the speaker's word for the object right after it, however short.
DECLARING_VERBS = frozenset("declare pronounce proclaim deem".split())

# --- who issued a document that speaks (module `issuers`) ---
# Documents whose words the tracker gives to their author or issuer ("Foster's book" -> Cecil Foster,
# "The parole board decision said" -> the parole board): what speaks, and "the minutes" of a board.
# A body's or a court's decision speaks for it ("the council's ruling said", "the judge's order
# said", "a motion by Mr Jackson's lawyers stated"): its issuer is the speaker.
RULING_DOCUMENTS = frozenset("ruling judgment judgement verdict decision order motion".split())
ISSUER_DOCUMENTS = SPEAKING_DOCUMENTS | STATEMENT_NOUNS | frozenset({"minutes", "brief"}) | RULING_DOCUMENTS  # "the Treasury brief said"
# "a report by the NAO", "a survey from YouGov", "the latest report from E.D. and F. Man": the author.
AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
# Entity types of what "by"/"from" takes that is no author ("a report by 2010", "a survey from last
# year", "from Canada").
NOT_AUTHOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "GPE"})
# Names before a document that say what it is about, not who issued it ("the Iraq report", "the
# Budget statement", "the 2004 survey").
TOPIC_ENTS = frozenset({"GPE", "LOC", "NORP", "DATE", "EVENT", "LAW", "CARDINAL"})
# Possessors that say when a document came out, not who issued it ("Thursday's report").
WHEN_ENTS = frozenset({"DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL"})
# "The statement issued by Lycos", "a study carried out by the Commission": the agent is the issuer.
ISSUING_PARTICIPLES = frozenset("""
issue publish release write produce compile prepare draft undertake carry conduct sign
""".split())  # not "commission": who commissions a study is not who says its findings
# Verbs whose subject issued the document they take ("the association issued a statement", "The OECD
# published a report", "he read a statement"); not "received a threatening letter".
DOCUMENT_ISSUING_VERBS = ISSUE_VERBS | frozenset("make read give deliver provide offer prepare draft produce compile".split())
# "The paper said", "the newspaper claimed": the newspaper named just before ("According to the
# Financial Times ... The paper said"), told by the last word of its title.
NEWSPAPER_NOUNS = frozenset({"paper", "newspaper"})
NEWSPAPER_TITLE_WORDS = frozenset("""
times telegraph observer guardian independent post journal herald mail express mirror sun star standard
gazette tribune chronicle globe ft economist scotsman record nikkei handelsblatt monde figaro
""".split())

# --- the noun of a role phrase (module `people_index`, PeopleIndex.role_scores) ---
# A description matches a person's role only when the role has its noun or a word of the same kind
# here ("Libertarian candidate" is the "Libertarian presidential nominee", "public defense counsel"
# the "public defender"); "The Arizona Republican" is no "Republican presidential candidate".
# Each noun -> the nouns of its kind, itself among them.
ROLE_HEAD_KINDS = {w: frozenset(kind.split()) for kind in (
    "candidate nominee",
    "lawyer attorney counsel prosecutor defender",
    "spokesman spokeswoman spokesperson",
    "aide adviser advisor",
    "congressman congresswoman representative",
) for w in kind.split()}
# Nouns for whoever heads a nation or party, which match a role on its other words ("The Ukrainian
# leader" is the "Ukrainian President").
STAND_IN_HEADS = frozenset({"leader"})

# --- a description's canonical form (module `speaker_names`) ---
# Adverbs that stand before a speaker phrase without being part of whom it names ("even a top GOP
# strategist said", "also the mayor said"): left out of the speaker's name ("only one" keeps its "only").
FOCUS_ADVERBS = frozenset("even also too".split())
# Prepositions whose object a description is addressed to, not who it is ("a letter to John Smith",
# "a complaint against John Smith"): a name there is not the speaker's.
ADDRESSEE_PREPOSITIONS = frozenset({"to", "against", "with"})
# The verbs an organisation speaks with when "it" / "the company" looks back for the one that last
# spoke ("said", "added", "told", "warned"; not "continued").
ORG_SAY_VERBS = (INVERTIBLE_VERBS - {"continue"}) | {"tell", "report", "announce", "warn", "claim", "argue", "insist"}

# --- a reported question or topic, no words (module `acts`) ---
# "asked whether ...", "could say how tariffs compared", "yet to reveal which taxes ...", "suggest what
# the government might do": a clause opened by one of these and governed by the cue names what was
# talked about, not what was said (not "if"/"when"/"where": they open conditions of a statement).
INDIRECT_QUESTION_OPENERS = frozenset("whether what which who whom whose why how".split())

# --- hearsay as a source (module `acts`) ---
# "Speculation suggests that Euronext ...", "rumours say": talk nobody is named for, as "Reports say".
HEARSAY_SOURCES = frozenset("speculation speculations rumour rumours rumor rumors gossip".split())
# Evidence sources that also count people ("a number of investors have said", "a sample of voters"):
# with an "of" phrase the source is the people counted.
QUANTITY_SOURCES = frozenset("number sample".split())

# --- a he/she going on from a speaker only described (module `speakers.described_speakers`) ---
# Offices a place has one holder of: "The Ohio governor said" stands for the governor named before,
# while "the Nova Scotia judge", "A US Embassy spokesman" bring in somebody not named.
PLACE_OFFICE_NOUNS = frozenset("governor mayor premier president minister chancellor king queen senator leader".split())

# --- a part or copy of a document (module `speakers.issuers`) ---
# "according to a text of Stoltenberg's speech", "a copy of the ministry's letter": the document
# they are of speaks, so its issuer.
DOCUMENT_PART_NOUNS = frozenset("text copy transcript draft excerpt extract version".split())
SPOKEN_TEXT_NOUNS = frozenset("speech address remarks testimony interview".split())

# --- a company called by its first words (module `speakers.organisations`) ---
# Last words of a company's name that a later mention leaves out with its legal form: "Clevite said"
# for "Clevite Industries Inc", "Kenner said" for "Kenner Parker Toys Inc" (not these alone).
COMPANY_NAME_TAILS = frozenset("industries holdings group enterprises international".split())
# A person's apposition naming the organisation he speaks for ("Michael Lamberty, a Lufthansa spokesman"):
# a later "the company said" is that organisation.
SPOKESPERSON_NOUNS = ROLE_HEAD_KINDS["spokesman"]  # spokesman, spokeswoman, spokesperson

# --- a body or place closing a named person's description (modules `speakers.appositions`,
# `attributions.marked_attribution`) ---
# "Lisa Power, head of policy at ... the Terrence Higgins Trust said": entity types of an apposition
# the parser hung on a person's name that stand for where he works or is, never for him; nor is
# such a subject the named person a quote right after its sentence is given to.
BODY_OR_PLACE_ENTS = frozenset("ORG GPE LOC FAC NORP".split())

# --- a described speaker the next sentence names (module `speakers.named_next`) ---
# People of court, police and health stories a lead or sentence brings in by what they are before
# naming them ("A senior barrister ... says. / Ian MacDonald QC quit ...", "a witness has told
# jurors. / David Myers made the comments ..."), beside the epithet nouns.
NAMED_NEXT_NOUNS = frozenset("""
barrister solicitor witness coroner juror defendant detective constable inspector sergeant
magistrate victim plaintiff claimant pathologist consultant surgeon nurse paramedic campaigner
""".split())

# --- "the party" speaking (module `speaker_names`, _party_before) ---
# Kind nouns a political party is called by once named ("Labour says ... The party says").
PARTY_NOUNS = frozenset({"party"})

# --- a document speaking for its owner (module `issuers`, owner_word) ---
# "says its report", "Marca's headline says", "Morquendi's message read": what its owner publishes, spoken by him.
OWNED_DOCUMENT_NOUNS = frozenset("report statement headline editorial letter review survey study message".split())

# --- parties by their short names (module `speakers.other_names`) ---
# Short forms BBC copy writes British parties' names in, and the full names, the fullest written form
# when the article writes it too ("The Lib Dems said" -> "Liberal Democrats"). Not "Tories": another
# name for the Conservatives, no shorter form of it (the helper golds give it as written).
PARTY_SHORT_NAMES = {"lib dems": "Liberal Democrats"}

# --- a body called by the noun its name ends in (module `speakers.other_names`) ---
# Words that link a name's head to the rest of it: "Chamber of Mines", "Department for
# International Development" end in their head's phrase, so "the chamber" is that body.
NAME_HEAD_LINKS = frozenset("of for on".split())

# --- the body a role is held in (modules `speakers.named_next` _brings_in, `resolve_speakers` _name_after_body) ---
# Prepositions hanging a body by name on a role's noun ("the chairman of the Police Federation",
# "the new chair of the IETF, Brian Carpenter,").
ROLE_BODY_PREPOSITIONS = frozenset({"of", "for", "at"})
# ... of them, those a bare title takes its body with after a full name (module `speakers.appositions`,
# title_of_body_after_name: "Hiromitsu Sunada, manager of Meiji Mutual Life ..."; "for" is whom he works for).
TITLE_BODY_PREPOSITIONS = ROLE_BODY_PREPOSITIONS - {"for"}
# ... and "to", which sends an envoy to a place ("High Commissioner to Britain"): a name left of a cue
# verb that is the object of one of these on a title is the title's holder's body, not the speaker.
TITLE_OBJECT_PREPOSITIONS = ROLE_BODY_PREPOSITIONS | {"to"}

# --- a document its writer put out (module `speakers.issuers`, issuing_person) ---
# "Henry added the caption which reads, ...", "Trump released a statement that said ...": the
# writer speaks. Verbs of putting a text out, and the texts (with those an owner may speak by).
ISSUING_VERBS = frozenset("add issue release post publish send write tweet share".split())
ISSUED_DOCUMENT_NOUNS = OWNED_DOCUMENT_NOUNS | frozenset("caption tweet post note memo".split())
