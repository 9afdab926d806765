"""Word lists and tables the people rules consult: titles, role words, name particles,
organisations, institutions, spelling and nickname tables. Data only: the rules that use them live
in the other modules of newsfold.extract.people."""

from __future__ import annotations

from newsfold.nlp.lexicon import TITLE_ABBREVIATIONS

# Honorifics and office titles that may stand directly before a name ("Mr Putin",
# "President Trump"). Matched case-sensitively on the capitalised form.
HONORIFICS = frozenset(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Baron
    Rev Rev. Reverend Fr Fr. Father Sister Brother Sheikh Sheik Imam Rabbi Cardinal Archbishop Bishop
    Pope Saint St. Messrs Madam Madame Mme Herr Frau Senor Señor Signor Monsieur Rt Rt. Hon Hon.
    Uncle Aunt Auntie""".split()
)
# The same ranks as British copy writes them, with no period ("Det Supt Ian Deats", "Insp Jones",
# "Cllr Ann Smith", "DCI Helen Ball"): only ever before a name.
# Not "PC": "PC Optimum Points" is a loyalty scheme, not a constable.
UNDOTTED_RANKS = frozenset("Lt Capt Col Maj Brig Cmdr Sgt Cpl Pte Cst Insp Supt Det Cllr Ald DCI DSI DCS".split())
# Every abbreviated rank, dotted (kept one token by newsfold.nlp) or not.
ABBREVIATED_RANKS = frozenset(TITLE_ABBREVIATIONS) | UNDOTTED_RANKS
OFFICE_TITLES = frozenset(
    """President Vice-President Premier Chancellor King Queen Prince Princess Emperor Empress Duke
    Duchess Earl Count Countess Senator Sen. Sen Rep. Rep Representative Congressman Congresswoman
    Governor Gov. Gov Mayor Judge Justice Ambassador Commissioner Secretary Minister Speaker General
    Gen. Gen Col. Colonel Lt. Lieutenant Capt. Captain Major Maj. Sgt. Sergeant Admiral Adm.
    Commander Cmdr. Marshal Chairman Chairwoman Chair Director Coach Inspector Detective Det.
    Superintendent Constable Officer Agent Prosecutor Attorney-General Councillor Councilman
    Councilwoman Alderman Deputy Sheriff Ayatollah Patriarch Chief Leader Pastor Crown Treasurer""".split()
) | ABBREVIATED_RANKS
# Titles strong enough that "Title Surname" is a person even when the model missed it.
# ("Miss Universe", "Port St. Lucie", "Uncle Sam" are no evidence.)
TITLE_EVIDENCE = (HONORIFICS - {"Miss", "St.", "Saint", "Uncle", "Aunt", "Auntie"}) | frozenset(
    """President Vice-President Premier Chancellor King Queen Prince Princess Senator Sen. Rep.
    Congressman Congresswoman Governor Gov. Mayor Judge Ambassador Gen. Col. Capt. Lt. Sgt. Adm.
    Ayatollah Pope Chairman Chairwoman""".split()
) | ABBREVIATED_RANKS  # an abbreviated rank stands only before a name

# Sport and show-business occupations: heads of role phrases as ROLE_WORDS are ("Real's top scorer
# Ronaldo", "Motley Crue guitarist Mick Mars"), and so nouns that introduce a one-word stage name.
SPORT_AND_ARTS_ROLE_WORDS = frozenset(
    """scorer goalscorer winger keeper full-back centre-back centre-half flanker scrum-half fly-half
    wicketkeeper sprinter hurdler swimmer skater skier cyclist jockey wrestler pitcher quarterback
    guitarist drummer bassist keyboardist frontman frontwoman vocalist songwriter singer-songwriter
    crooner diva dj playwright screenwriter choreographer impresario broadcaster""".split()
)
# Heads of role phrases ("Kremlin spokesman", "US Defence Secretary", "American teacher"): a
# premodifier or appositive becomes a role only if it contains one of these (lower case).
ROLE_WORDS = SPORT_AND_ARTS_ROLE_WORDS | frozenset(
    """president vice-president premier chancellor king queen prince princess emperor sultan emir
    sheikh monarch duke duchess senator representative congressman congresswoman governor mayor
    judge justice ambassador envoy commissioner secretary minister speaker general colonel
    lieutenant captain major sergeant admiral commander marshal chairman chairwoman chair
    chairperson director chief ceo cfo coo founder co-founder owner boss head leader spokesman
    spokeswoman spokesperson spokespeople adviser advisor aide counsel counsellor counselor lawyer
    attorney attorney-general prosecutor mp mep mp's lawmaker legislator politician deputy official
    officer diplomat negotiator analyst economist expert professor lecturer researcher scientist
    doctor surgeon nurse teacher student journalist reporter editor correspondent columnist writer
    author novelist poet actor actress singer musician rapper artist director producer presenter
    host star player striker midfielder defender goalkeeper coach manager captain champion
    athlete runner boxer driver rider golfer cricketer batsman bowler footballer referee
    executive president-elect candidate nominee activist campaigner protester
    leader-elect cardinal archbishop bishop pope imam rabbi priest pastor cleric ayatollah
    inspector detective superintendent constable sheriff commissioner councillor councilman
    mayor-elect magistrate chancellor-elect consul attache attaché strategist pollster banker
    investor trader entrepreneur businessman businesswoman tycoon billionaire partner chairman-elect
    governor-general premier-elect delegate representative-elect whip dean provost principal
    headteacher headmaster rector warden governor-elect treasurer auditor comptroller regulator
    architect engineer designer photographer filmmaker film-maker composer conductor dancer
    comedian model chef soldier veteran commando pilot astronaut spy agent hostage prisoner
    detainee victim witness survivor suspect defendant plaintiff heir""".split()
)

# Words of an organisation's name that name nothing alone: two names do not agree on them.
NAME_FUNCTION_WORDS = frozenset("of and for the on at in".split())

NAME_PARTICLES = frozenset(
    "bin ibn bint al el van von der den de da di du del della la le dos das ter ten y abu st".split()
)
# The particles a surname of a team line-up may open with ("van der Walt", "de Villiers"): those of
# NAME_PARTICLES seen in European players' names.
LINEUP_PARTICLES = frozenset("van von de der den da di du le la dos".split())
# Places in a line-up left open until the team is named ("Murphy, Horgan, TBC, D'Arcy"), and "A N Other"
# (any other player).
LINEUP_PLACEHOLDERS = frozenset("TBC TBA tbc tba".split()) | {"A N Other"}

# Seats of government and institutions used metonymically ("the Kremlin said"): never people.
INSTITUTIONS = frozenset(
    {
        "kremlin", "white house", "downing street", "number 10", "no 10", "pentagon", "elysee",
        "whitehall", "capitol", "capitol hill", "congress", "parliament", "senate", "commons",
        "bundestag", "knesset", "duma", "vatican", "holyrood", "stormont", "westminster",
        "zhongnanhai", "blue house", "nato", "un", "eu", "truth social", "twitter", "facebook",
        "instagram", "tiktok", "youtube", "whatsapp", "telegram", "google", "reuters", "bbc",
        "cnn", "ap", "afp", "getty", "getty images", "epa", "pa", "bloomberg",
        # platforms, outlets and policies named like people or tagged PERSON by the model
        "snapchat", "linkedin", "tumblr", "reddit", "pinterest", "yahoo", "myspace", "netflix", "spotify",
        "wikipedia", "breitbart", "buzzfeed", "obamacare", "trumpcare", "brexit", "al jazeera",
        "charlie hebdo",
        # awards named like people
        "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas", "golden globe",
        "golden globes", "tony award", "tony awards",
        # football leagues named like people ("to win La Liga with Real Madrid")
        "la liga", "serie a",
        # a church and a lobby named like people ("Mrs. Schlafly was Roman Catholic", "an address to La Raza")
        "roman catholic", "la raza",
    }
)

# Name suffixes: never the surname that stands alone for a person ("Martin Luther King Jr").
NAME_SUFFIXES = frozenset("jr jnr sr snr ii iii iv".split())

# Common English short forms that are not prefixes of the full form (prefixes are handled:
# Dan/Daniel, Chris/Christopher, Pete/Peter).
NICKNAMES = {
    "joe": "joseph", "bill": "william", "billy": "william", "will": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "mike": "michael", "mick": "michael", "jim": "james",
    "jimmy": "james", "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward",
    "tony": "anthony", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
    "jack": "john", "johnny": "john", "hank": "henry", "harry": "henry", "chuck": "charles",
    "charlie": "charles", "peggy": "margaret", "maggie": "margaret", "kate": "katherine",
    "katie": "katherine", "cathy": "catherine", "sandy": "sandra", "sasha": "alexander", "xander": "alexander",
    "bernie": "bernard", "newt": "newton", "larry": "lawrence", "jerry": "gerald",
    "gerry": "gerald", "ray": "raymond", "ken": "kenneth", "dave": "david", "steve": "stephen",
    "jeff": "jeffrey", "greg": "gregory", "matt": "matthew", "nate": "nathan", "zach": "zachary",
    "vlad": "vladimir", "misha": "mikhail", "dima": "dmitry", "volodya": "vladimir",
}

# Words that end organisation, product, place and work names ("Windows Messenger", "Team GB").
ORG_HEADS = frozenset(
    """group inc ltd plc corp corporation holdings bank airlines airways motors systems
    technologies media records pictures studios party council committee commission agency
    foundation trust institute university college school hospital club united city fc hotel
    street road avenue square park bridge centre center house hall palace tower airport station
    stadium arena cup league awards prize festival code messenger explorer office windows online
    news times post journal magazine review show tour games series act treaty plan tags network press
    channel radio tv television social project cellars multimedia gb association federation
    union ministry department service services company partners capital fund index exchange
    market markets energy oil gas mobile software labs strategies consulting associates advisors
    solutions communications grants industries enterprises ventures resources wireless networks
    telecom telecoms airline motor pharmaceuticals entertainment bros brothers co microsystems""".split()
)
# Party and group words: a form made only of these names no one ("Lib Dem", "Tory").
GROUP_WORDS = frozenset(
    """tory tories labour lib dem dems libdem libdems democrat democrats democratic republican
    republicans conservative conservatives liberal liberals socialist socialists green greens
    ukip snp plaid sinn fein unionist unionists nationalist nationalists britons brits
    team gop""".split()
)
# Last words of football clubs' names, never surnames ("Charlton Athletic v Leicester City").
CLUB_HEADS = frozenset("athletic rovers wanderers albion hotspur argyle academicals".split())
# Heads that are never surnames: reject even after a given name ("George W. Bush Presidential Center",
# "Vincent Massey Collegiate", "Lord Byng Secondary": Canadian high schools).
STRONG_ORG_HEADS = CLUB_HEADS | frozenset(
    """center centre institute foundation university college school hospital library museum
    airport stadium arena award awards prize act fund program programme inc ltd plc corp llc
    corporation holdings group festival gallery theatre theater memorial cathedral church
    conference summit trophy cup show tour series worldwide international incorporated llp mall
    championship championships tournament marathon regatta prix films productions laboratories
    party secondary collegiate""".split()
)

# Letters after a name ("Paul Boateng MP", "Jane Smith QC"): not part of it.
POST_NOMINALS = frozenset("MP MEP MSP AM QC KC OBE MBE CBE KBE DBE PhD MD".split())

# Words after a hyphen that make a name a modifier ("Warren-style", "Trump-backed"); any other
# lower-case part after a hyphen belongs to the name ("Li Ka-shing", "Ban Ki-moon").
NAME_MODIFIER_SUFFIXES = frozenset(
    """style like led backed based born era esque type ite ites ism ist ists free owned run inspired
    linked allied aligned appointed endorsed supporting supported bashing loving hating friendly
    related sized approved funded""".split()
)

# Stop words that are also given names: "Will", "Mark" may open a name, "The", "My" may not.
NAME_STOP_WORDS = ("will", "may", "mark", "bill", "rose", "grant")

# Endings of nationality words ("Russian", "Japanese", "Turkish"), taken as descriptors before a name.
DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i", "ch")
# Endings of the plural nouns for a nation's people ("400,000 Sri Lankans", "New Zealanders"); "Tsipras"
# is a surname.
DEMONYM_PLURAL_ENDINGS = ("ans", "ers")
# Nationality nouns without those endings, some also given names ("Scot Kathy Butler", "Finn"): before a
# given name and a surname they describe the person.
DEMONYM_NOUNS = frozenset("Scot Briton Brit Kiwi Aussie Swede Dane Finn Pole Turk Greek Thai Swiss Welshman "
                          "Welshwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman Frenchman "
                          "Frenchwoman Dutchman Dutchwoman".split())

# "St Bryce Kirk church", "Saint Peter Port": a name after these is a saint's, naming a church,
# school or place, no person of the article.
SAINT_PREFIXES = frozenset("St St. Saint Sainte Ste Ste.".split())

# Definite articles of French, Spanish and German: "Le Monde", "La Manga", "Der Spiegel", "La Presse"
# are papers and places; a surname that opens with one ("Le Pen") comes after a given name.
FOREIGN_ARTICLES = frozenset("le la les los las el der die das".split())

# First words of place names: "Lake Winola", "Mount Royal", "Fort McMurray", "Santa Monica" name no
# person (nor does "Santa Claus").
PLACE_OPENERS = frozenset("Lake Mount Mt Mt. Fort Ft. Cape Loch Isle Santa San".split())

# First words of sports clubs' names, before a place or another word: "Atletico Madrid", "Inter Milan",
# "Dynamo Kiev", "Sporting Lisbon" name no person. (Spartak, Slavia are given names too: see reject_form.)
CLUB_OPENERS = frozenset(
    """Atletico Athletic Real Sporting Inter Internazionale Dynamo Dinamo Lokomotiv Spartak Torpedo Deportivo
    Racing Olympique Olympiakos Olympiacos Borussia Bayer Bayern Werder Partizan Steaua Sparta Slavia Hajduk
    Shakhtar Zenit Legia Wisla Maccabi Hapoel Rapid Celta Hellas Rayo""".split()
)

# Prepositions before a place: a lone name after them is a place ("at Gatwick", "in Kensington").
PLACE_PREPOSITIONS = ("at", "in", "near", "inside", "outside", "across", "via")

# Folded first tokens that are a country's initials: "U.S. Dlrs", "H.K. Dlrs" are no person.
COUNTRY_INITIALS = (("us",), ("uk",), ("hk",), ("un",), ("eu",), ("usa",))

# Nouns that a person's name modifies: "the Biden administration", "the Thatcher era".
PERSON_LED = frozenset(
    "administration presidency government cabinet premiership era camp family estate".split()
)

# Nouns for a person by relation or place of living: "his grandmother Mildred", "Yuni, a resident of
# Lampung" vouch for a lone name as role words do.
RELATION_NOUNS = frozenset(
    """grandmother grandfather grandma grandpa mother father mom mum dad wife husband son daughter
    sister brother aunt uncle cousin niece nephew grandson granddaughter stepson stepdaughter
    stepmother stepfather partner girlfriend boyfriend fiance fiancé fiancee fiancée widow widower
    friend neighbour neighbor resident villager mother-in-law father-in-law sister-in-law
    brother-in-law daughter-in-law son-in-law baby toddler child""".split()
)

# Nouns for kinds of things that are no person, standing right before a name as its classifier:
# "network monitoring company Sandvine", "the French newspaper Le Monde", "his terrier Chloe", "the
# character Dot". Matched on the lemma of a lower-case noun; role words ("analyst Jane Doe") are people.
NON_PERSON_KINDS = frozenset(
    """company firm group newspaper paper tabloid magazine journal website site blog engine network
    channel broadcaster station studio retailer chain brand carrier airline bank bookmaker
    lender insurer brokerage consultancy agency charity organisation organization
    foundation club team band outfit store shop restaurant hotel venue ship vessel yacht
    destroyer frigate warship cruiser battleship submarine tanker freighter trawler ferry
    horse racehorse colt filly mare stallion dog puppy cat kitten terrier spaniel retriever pet
    storm hurricane typhoon cyclone software app console device handset drug automaker carmaker
    chipmaker drugmaker steelmaker planemaker brewer distiller character film movie album novel documentary sitcom
    musical drama comedy thriller opera biopic tale virus worm trojan""".split()
)
# The model's labels for the titles of works: a name listed with one is a work too ("Vera Drake, Calendar
# Girls and Enduring Love"); not PRODUCT, which the model gives bands ("the Killers").
WORK_LABELS = frozenset({"WORK_OF_ART"})
# Credits of a work or a band that its name modifies before the credited person: "Vera Drake star
# Imelda Staunton", "Harry Potter author JK Rowling", "Keane frontman Tom Chaplin" (a person's name
# modifies no such noun).
WORK_CREDITS = frozenset(
    "star co-star director actor actress author creator producer writer screenwriter composer frontman "
    "frontwoman singer guitarist drummer bassist vocalist keyboardist".split()
)
# Participles that credit a work's maker after its name: "in Tom Jones, directed by Tony Richardson".
WORK_CREDIT_PARTICIPLES = frozenset("directed written produced".split())

# Verbs and nouns of acting: "Kombou plays Vince Everett in Jailhouse Rock", "his portrayal of Alfie
# Moon in EastEnders" name a character of a work, no person of the article.
ACTING_VERBS = frozenset("play portray voice reprise".split())
ACTING_NOUNS = frozenset("portrayal".split())
# Nouns for a part played: "his role as Don Corleone" names a character.
ROLE_NOUNS = frozenset("role part portrayal".split())
# Common nouns for a work a role is played in: "played Mrs Potts in the stage version of ...".
WORK_NOUNS = frozenset(
    "version production adaptation film movie show musical play drama sitcom soap episode "
    "remake sequel opera pantomime panto series".split()
)

# Nouns whose preposition takes only a work as its object: "the premiere of Lemony Snicket", "her
# performance in Vera Drake", "the sequel to Meet the Parents" (a person is never what they name).
WORK_OF_NOUNS = {
    "of": frozenset("premiere remake sequel prequel screening".split()),
    "in": frozenset("performance cameo".split()),
    "to": frozenset("sequel prequel follow-up".split()),
}

# Verbs whose subject is a person: a lone name that says or thinks something is one.
SPEECH_VERBS = frozenset(
    """say tell add insist warn claim argue ask announce explain write note state stress urge
    believe think confirm deny admit suggest reply respond comment declare accuse vow pledge
    promise talk speak testify tweet criticise criticize praise acknowledge describe recall
    complain predict concede""".split()
)

# Organisation heads that never end a person's name after a title ("Premier League", "Cardinal
# Industries"); "Hall", "Park", "House" may ("Mr Hall", "President Park").
# (Without CLUB_HEADS: they were joined to STRONG_ORG_HEADS after this set was built from it.)
NEVER_SURNAMES = (STRONG_ORG_HEADS - CLUB_HEADS) | frozenset(
    "league industries association federation union party council committee commission "
    "ministry department corporation".split()
)
# Heads of facility names: "King Fahd" tagged FAC is a person, "King Fahd Stadium" is not; "King
# Cross station" names a station, no King.
FACILITY_HEADS = frozenset(
    "causeway highway motorway mosque port canal dam building complex field fields gardens "
    "terminal base camp barracks station street road avenue square bridge hospital airport stadium "
    "arena".split()
)
# Heads of school names: "Sandy Hook Elementary School", "Andrean High School" name no person.
SCHOOL_HEADS = frozenset("school elementary high middle academy college university seminary".split())

# Month names: "Theresa May" read as a given name and a date ("May" tagged DATE) is a name.
MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)

# Words that end a company's name: "Husky Oil Ltd", "Dean Witter Reynolds Inc", "Polimeri SpA".
COMPANY_SUFFIXES = frozenset(
    """Inc Inc. Corp Corp. Co Co. Cos Cos. Ltd Ltd. Plc PLC plc LLC Llc LP AG SA S.A. NV N.V. AB
    SpA Spa GmbH BV B.V. Bhd Pty KK Oy NA N.A. LLP Corporation Incorporated Limited Company Group
    Holdings""".split()
)
# Trades that end a firm's name, which the article may shorten to its first word ("Forrester Research",
# then "Forrester said"); no family or office name ends so ("Clinton Foundation", "Trump Tower" do).
COMPANY_HEADS = frozenset(
    "research securities capital partners associates consulting consultants pharmaceuticals pharma "
    "technologies software communications ventures airlines airways motors games".split()
)
# Lower-case words and marks a company's name may contain: "Bank of America Corp", "Procter & Gamble Co".
COMPANY_INNER = frozenset({"and", "&", "de", "of", "-", "'s", "’s"})


# ---------------------------------------------------------------------------- roles

# One spelling per role: "Defence" -> "Defense", "U.S." -> "US", "Sen." -> "Senator".
ROLE_SPELLINGS = {
    "defence": "defense", "adviser": "advisor", "advisers": "advisors", "counsellor": "counselor",
    "programme": "program", "labour": "labor", "organisation": "organization",
    "rep.": "Representative", "sen.": "Senator", "gov.": "Governor", "gen.": "General",
    "lt.": "Lieutenant", "col.": "Colonel", "capt.": "Captain", "sgt.": "Sergeant",
    "adm.": "Admiral", "amb.": "Ambassador", "supt.": "Superintendent", "det.": "Detective",
    "u.s.": "US", "u.s": "US", "usa": "US", "u.k.": "UK", "u.k": "UK", "u.n.": "UN", "e.u.": "EU",
}
# Words that introduce another name of the person just named: "Jay-Z, real name Shawn Carter",
# "Moya, nicknamed Charly" (lower case, as token sequences).
ALIAS_CUES = (("real", "name"), ("born",), ("nicknamed",), ("dubbed",), ("aka",), ("a.k.a.",),
              # a former name: "Chelsea Manning - then known as Bradley Manning" (before "known as", which
              # they end with: the first cue found is taken)
              ("then", "known", "as"), ("formerly", "known", "as"), ("previously", "known", "as"),
              ("known", "as"), ("whose", "real", "name", "is"))
# The cues that say the name before them is a stage name ("Sizzla, whose real name is Miguel Collins").
REAL_NAME_CUES = tuple(cue for cue in ALIAS_CUES if "real" in cue)
# Punctuation that may open an alias cue: "Jay-Z, real name", "Bruno Mars (real name", "Mars - real name".
ALIAS_CUE_OPENERS = frozenset({",", "(", "-", "–", "—"})
# Title words that are common surnames too: "Patty Judge", "Carole King" when the model tags only
# the given name.
TITLE_SURNAMES = frozenset("Judge King Bishop Marshal Major Dean Sheriff".split())
# Capital letters that are words, so never an initial: a lone capital after a given name is one ("Hannah B",
# "Bruce L Castor"), not "A" nor "I".
ONE_LETTER_WORDS = frozenset({"A", "I"})
# The gender an honorific says, "m" or "f" (lower case, no dot): "Mrs Clinton" is not Bill Clinton.
# People's name matching and quotes' speaker genders (resolve_speakers) both read it.
HONORIFIC_GENDER = {"mr": "m", "sir": "m", **dict.fromkeys(
    "mrs ms miss madam madame mme dame lady baroness frau senora señora".split(), "f")}
# The women's ones as written before a name, with and without a dot.
FEMALE_HONORIFICS = frozenset(form for w, g in HONORIFIC_GENDER.items() if g == "f"
                              for form in (w.capitalize(), w.capitalize() + "."))
# Honorifics of several people: "Messrs Reagan and Bush" names two surnames (as "Presidents" does).
PLURAL_HONORIFICS = frozenset({"Messrs"})
# Honorifics are no roles: "Mr" goes from either end of a role.
PURE_HONORIFICS = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Rt Rt. Hon Hon.".split())
# Of these, the ones only a person takes ("Miss Saigon" is a musical): "computer games maker Peter Molyneux ...
# Mr Molyneux said" is a person whatever noun brought him in.
PERSONAL_HONORIFICS = PURE_HONORIFICS - {"Miss"}
# Words dropped from the start of a role: "the US Defense Secretary" -> "US Defense Secretary".
DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
# Articles (and "no") before a name that heads a noun phrase of its own, no person: "the Kremlin", "a Kyiv".
NAME_ARTICLES = frozenset({"the", "a", "an", "no"})
# Words that join a role's parts: "Secretary of State", "Minister for Finance".
ROLE_CONNECTORS = frozenset({"of", "for", "-", "–", "&"})

# gender-guesser's countries where English-language news is written: a given name counts as a
# man's or a woman's only when none of them calls it the other sex's ("Jan", "Jean").
ENGLISH_NEWS_COUNTRIES = ("great_britain", "ireland", "usa")
# A knight or dame is "Sir Ian" or "Dame Judi" after the full name, never "Mr Blair" or "Ms Dench":
# between two people sharing a surname, a plain honorific's surname is the untitled one.
KNIGHTLY_HONORIFICS = frozenset({"sir", "dame"})
PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
# Tokens of a possessive: the clitic "'s" ("Joseph O'Connor's Star"), or a plural's bare apostrophe too.
POSSESSIVE_S = frozenset({"'s", "’s"})
POSSESSIVES = POSSESSIVE_S | frozenset({"'", "’"})

# Sport and entertainment copy.
# Surname particles in Italian, Dutch and Spanish line-ups ("D dal Maso", "R de Marigny"), with
# LINEUP_PARTICLES.
MORE_LINEUP_PARTICLES = frozenset("dal del della dei degli ten ter".split())
# Notes that stand as their own item in a line-up ("O'Connell, capt, S Easterby"): no player.
LINEUP_NOTES = frozenset("capt capt. captain c".split())
# Nouns that only ever name a person, so that they vouch for a one-word name right after them
# ("rapper Nelly", "midfielder Edu"); role words that also head a body's name ("regulator Ofcom",
# "owner Ineos") are left out.
STAGE_NAME_NOUNS = SPORT_AND_ARTS_ROLE_WORDS | frozenset(
    """singer rapper musician actor actress star comedian novelist poet author writer presenter
    player striker midfielder defender goalkeeper coach athlete runner boxer golfer cricketer
    batsman bowler footballer dancer composer model""".split()
)
# Verbs of an actor whose "in" phrase names the work even when the part played is a common noun
# ("Schwimmer plays a divorced drunkard in Duane Hopwood", "stars in Thumbsucker").
SCREEN_VERBS = ACTING_VERBS | frozenset({"star"})
# Written works whose "by" or possessive names their writer ("the original book by PL Travers",
# "JRR Tolkien's book").
WRITING_NOUNS = frozenset(
    """book books novel novels story stories poem poems play plays biography memoir autobiography
    trilogy illustration illustrations painting paintings""".split()
)

# ---------------------------------------------------------------------------- things named like people
# Words between a kind noun and the name it introduces ("a virus called Bofra", "a group known as
# Meibion Glyndwr"), lower case, as token sequences.
NAMING_CUES = (("called",), ("named",), ("known", "as"))
# Kinds of thing a name is introduced as ("a virus called Bofra", "the engine, Tara"), beyond
# NON_PERSON_KINDS (which holds the viruses): software, medicines and bodies no person is; works named
# after their heroes ("Fergus Crane, a story about a boy").
THING_KINDS = NON_PERSON_KINDS | frozenset(
    """malware program programme hormone vaccine medicine treatment game
    manufacturer supplier
    exchange fund index party movement campaign scheme system technology survey poll play
    story book song poem series serial show""".split()
)
# Nouns for a place a name can modify or be listed as: "the Mackay region", "ports like Peterhead".
PLACE_NOUNS = frozenset(
    """region area district county province state city town village port harbour harbor suburb
    island border valley constituency riding ward municipality territory stadium ground""".split()
)
# Clause links a pronoun must not cross to refer to the subject of the clause it sits in:
# "Archos launched its range" (its = Archos), not "Smith said its sales fell" (a ccomp).
CLAUSE_BREAKS = frozenset("ccomp advcl relcl parataxis conj acl csubj".split())
# Verbs "it" is the empty subject of ("said it was hard", "said it seemed fair"): after "X said", only
# another verb makes "it" X itself, a firm ("Adsteam said it had hedged its portfolio").
EMPTY_IT_VERBS = frozenset("be seem appear feel look sound happen matter mean make take go come get remain".split())

# Labels the model gives full names it does not read as people ("Simon Cross" ORG, "Santiago Solari"
# LOC), taken back when the sentence treats them as a person (doers.py)
DOER_LABELS = frozenset({"ORG", "LOC", "GPE", "FAC"})
# Heads that end a place's or a firm's name, not a person's ("Aral Sea", "Warner Music")
DOER_NOT_SURNAMES = frozenset("sea ocean lake river bay gulf strait coast island islands mountains valley music "
                              "sports games energy capital partners pharma foods brands aid".split())

# ---------------------------------------------------------------------------- presenters of a piece
# Present-tense verbs by which an outlet's reporter presents a video or radio piece in its blurb ("The
# CBC's Richard Cuthbertson tells us", "CBC's Rosemary Barton reports."), each with the words that may
# follow it (empty: any): "reports to camp" or "tells reporters" is no blurb.
BLURB_VERB_OBJECTS = {
    "reports": frozenset({".", ":", "from", "on"}),
    "tells": frozenset({"us"}),
    "explains": frozenset(),
    "takes": frozenset({"a", "us"}),
    "looks": frozenset({"at", "into", "back"}),
    "has": frozenset({"more", "details"}),
    "breaks": frozenset({"down"}),
    "brings": frozenset({"us"}),
}
# Labels of the owner of a presenter: an outlet ("CBC", "The National", "CTV News")
OUTLET_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC"})

# ---------------------------------------------------------------------------- names used as a type
# "who will be the next James Bond", "to become the first black James Bond": the verbs whose complement
# the name is, the articles before it, and the first modifiers after the article that make it a type
# ("the late Jim Flaherty" is the man).
COPULAS = frozenset({"be", "become"})
TYPE_ARTICLES = frozenset({"the", "a", "an", "another"})
TYPE_MODIFIERS = frozenset({"next", "new", "first", "second"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "an Aunt Tom", "a firm": a kind, not one named thing
# Kin titles that make a type of a given name after "a"/"an" ("called her an Aunt Tom", "an Uncle Tom").
KIN_TITLES = frozenset("Aunt Auntie Uncle Cousin".split())

# ---------------------------------------------------------------------------- firms listed with firms
# Last words of a firm's name, lower case, beyond COMPANY_SUFFIXES and COMPANY_HEADS, that a name
# coordinated with it is a firm by ("Midland Bank SA and Samuel Montagu", "Salomon Brothers and Mabon Nugent")
FIRM_ENDS = frozenset("brothers bank banks group".split())

# ---------------------------------------------------------------------------- stocks in a market report
# Verbs of a share's price move and the units of a price ("Peko Wallsend closed 40 up at 7.40", "Jean
# Coutu rose 45 cents"); points and percentages are left out: a politician rises 2 points in a poll.
PRICE_MOVE_VERBS = frozenset(
    """close rise fall gain add lose drop climb slip ease jump tumble edge firm dip shed slide sink soar
    surge decline advance retreat plunge""".split()
)
PRICE_UNITS = frozenset({"cents", "cent", "pence", "p"})
# Prepositions before a price level ("closed at 7.40", "rose to $12.30")
PRICE_LEVEL_PREPOSITIONS = frozenset({"at", "to"})

# ---------------------------------------------------------------------------- clubs before a sports post
# A one-word name modifying one of these is the club ("Bath prop Matt Stevens", "Larne boss Jimmy
# McGeough", "the Livi striker"); "half" ends "fly-half", "scrum-half". No political or business posts, no "wing",
# "team": "Trump lawyer Michael Cohen", "Blair aide Alastair Campbell", "the Trump team" name a person.
CLUB_POSTS = frozenset(
    """prop hooker flanker lock half winger centre striker forward midfielder defender keeper
    goalkeeper skipper captain boss manager coach chairman""".split()
)

# ---------------------------------------------------------------------------- places listed with places
# Separators of a list's items, and the prepositions that set an item in a town ("Belle Vue in
# Manchester, Perry Barr and Hall Green in Birmingham, Oxford and Portsmouth").
LIST_SEPARATORS = frozenset({",", ";", "and", "or"})
PLACE_SETTING_PREPOSITIONS = frozenset({"in", "at"})

# ---------------------------------------------------------------------------- places setting a person
# Prepositions before a town that sets a person ("a huntsman from Ledbury, Herefordshire", "of Headingley,
# Leeds"), and the model's labels for places.
ORIGIN_PREPOSITIONS = frozenset({"from", "of", "near", "in"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# ---------------------------------------------------------------------------- firms employing a post
# A one-word name after one of these and "of" or "at" is the firm ("chief executive of Wippit", "a research
# director at Gartner"); no relation nouns ("the wife of", "the partner of"), no post a person has ("a spokesman
# of Mr Putin", "the manager of Adele", "a price on the head of Adriano").
EMPLOYER_POSTS = frozenset(
    """executive director president vice-president chairman chairwoman chair ceo founder co-founder
    analyst economist strategist boss officer""".split()
)
# Nouns for a share of a firm: a one-word name owned so is the firm ("a stake in Changyu", "shares of Gencorp").
STAKE_NOUNS = frozenset("stake stakes share shares stock stockholding holding holdings shareholding".split())
# The prepositions between a post and the firm it works for ("chief executive of Wippit", "Chris Callies of Dean
# Witter", "a research director at Gartner"), and between a share and the firm it is of ("a stake in Changyu").
EMPLOYER_PREPOSITIONS = ("of", "at")
STAKE_PREPOSITIONS = ("of", "in")

# ---------------------------------------------------------------------------- people such as ...
# Plural nouns for people that introduce names with "such as" ("People such as Matisse and Stravinsky").
PEOPLE_NOUNS = frozenset("people figures personalities celebrities names".split())

# ---------------------------------------------------------------------------- firms untagged by the model
# Corporate suffixes that end a firm's name even when the model tags no ORG over it ("AFG Industries Inc and
# Wagner and Brown ended their bid"); "Co", "Group" may close other names.
UNTAGGED_FIRM_SUFFIXES = frozenset("Inc Inc. Corp Corp. Ltd Ltd. Plc PLC plc LLC".split())

# ---------------------------------------------------------------------------- characters naming a franchise
# Nouns a character's name modifies as a franchise's ("the 21st James Bond film", "his Harry Potter film
# co-star", "James Bond fans"): a name all of whose fullest mentions do so is a character, not a person.
FRANCHISE_NOUNS = frozenset("film movie book novel franchise series fan".split())
# Of these, a film names its maker as often as its character ("34 John Wayne films", "the Mike Leigh film").
SCREEN_WORKS = frozenset("film movie".split())

# ---------------------------------------------------------------------------- firms introduced as examples
# Words between a plural kind noun and the names it introduces: "companies such as Adam Opel", "brands like
# Strongbow", "banks including Barclays" (a noun for people before them is PEOPLE_NOUNS' case).
EXAMPLE_WORDS = frozenset("as like including".split())
# What a "maker" makes when the maker is a person ("film maker Mike Leigh", "policy makers"); any other
# product compounded before "maker" makes it a firm ("crane maker Huisman Itrec").
PERSON_MADE = frozenset("film movie policy decision peace trouble match programme program documentary record "
                        "music dress".split())

# ---------------------------------------------------------------------------- shows named after hosts
# Nouns for a show whose quoted title may hold its host's name ('the ABC News program, "This Week With
# David Brinkley"'): a name met only there is the show's.
SHOW_NOUNS = frozenset("program programme show series".split())

# ---------------------------------------------------------------------------- groups known by their verb's number
# "if Smith were to ...", "as if Smith were": a subjunctive "were" says nothing of number.
SUBJUNCTIVE_MARKS = frozenset({"if", "though", "whether"})
# Marks beside a name that make it one of several, whatever the parse hangs the verb on ("Both Donald Trump
# and (Texas Sen.) Ted Cruz scare me", "Sens. Lindsey Graham (S.C.), Mark Kirk ... are").
LIST_MARKS = frozenset({",", "and", "&", "or", "(", ")"})

# ---------------------------------------------------------------------------- publications named by one word
# Nouns for a publication that a one-word name modifies ("Stuff Magazine", "Variety trade magazine") or that
# classifies it ("US publication Forbes"): the name is the publication's, not a person's.
PUBLICATION_NOUNS = frozenset("magazine newspaper journal tabloid weekly publication".split())

# ---------------------------------------------------------------------------- posts held "for" a firm
# Posts that a one-word name follows with "for" only as their firm ("vice president ... for Gracenote");
# narrower than EMPLOYER_POSTS, whose strategists, analysts and officers may work for a person.
POSTS_HELD_FOR = frozenset("president vice-president chairman chairwoman ceo executive director".split())

# ---------------------------------------------------------------------------- characters given their player
# Participles that, in a bracket after a name, give the actor of a part ("Madea (one of three roles played by
# Perry)", "Dot Cotton (played by June Brown)"): the name is the part's.
PLAYED_BY_VERBS = frozenset("play portray voice".split())

# ---------------------------------------------------------------------------- things named after people
# Nouns for a place, a body, an award or a thing that a person's name modifies after a determiner when the
# thing is named after them ("the Bobby Charlton school", "the Ok Tedi gold-copper project", "the small Liu
# Chong Hing Bank", "the Netsky, Bagle and MyDoom mass mailers"): a name met only so is the thing's. No
# posts, bodies of government or works: "the Reagan administration", "the Blair camp", "the Spike Lee film"
# may stand for the person.
NAMED_FOR_HEADS = frozenset(
    """school academy college university hospital clinic hospice centre center institute foundation trust
    charity fund appeal award awards prize trophy medal scholarship stadium arena street road avenue lane
    square bridge airport station building hall museum gallery library memorial park pub inn hotel theatre
    theater project mine ward wing lecture bank virus worm trojan mailer mailers secondary collegiate
    range mountains river lake creek canal highway parkway trail""".split()  # places: "the Sierra Madre mountain range"
)

# ---------------------------------------------------------------------------- famous fictional characters
# Characters of books, films, comics and games whom articles name as if people ("a superteam of Batman,
# Superman and Wonder Woman", "Your new commander-in-chief is the portly Auric Goldfinger"), folded: no
# cue tells them from people, and no real person of the news bears these names.
FICTIONAL_CHARACTERS = frozenset(name.strip() for name in
    """james bond|auric goldfinger|ernst stavro blofeld|harry potter|hermione granger|ron weasley|voldemort|
    lord voldemort|albus dumbledore|batman|superman|spider man|spiderman|wonder woman|captain america|
    santa claus|father christmas|sherlock holmes|hercule poirot|miss marple|lara croft|indiana jones|
    luke skywalker|darth vader|han solo|mickey mouse|donald duck|homer simpson|bart simpson|bridget jones|
    austin powers|peter pan|captain kirk|jack sparrow|frodo baggins|bilbo baggins|gandalf|shrek|tintin|
    scooby doo|bugs bunny|forrest gump|willy wonka|rocky balboa|captain scarlet|mr benn""".split("|")
)

# ---------------------------------------------------------------------------- kinds a person may be
# Kind nouns that also name a person's trade ("Jo Flaherty, a senior broadcaster with CBS", "a master
# brewer"): in apposition after a name led by a given name they describe the person.
KINDS_ALSO_PEOPLE = frozenset("broadcaster brewer distiller character".split())

# ---------------------------------------------------------------------------- shows named for their hosts
# A capitalised word right after a name that makes it a show's name ("The Rachel Maddow Show on MSNBC",
# "Jimmy Kimmel Live"): a name met only so names the show.
SHOW_NAME_TAILS = frozenset("Show Live".split())

# ---------------------------------------------------------------------------- words opening a name's sentence
# An auxiliary that is also a given name, opening a question before a surname ("Will Cruz's gambit do any
# better?"): no part of the name.
QUESTION_AUXILIARIES = frozenset({"will"})

# ---------------------------------------------------------------------------- storms named like people
# Words for a storm before a one-word name in any case or parse ("after superstorm Sandy ravaged", "Hurricane
# Katrina", "Tropical Storm Erin"): the name is the storm's.
STORM_WORDS = frozenset("storm superstorm hurricane typhoon cyclone".split())

# ---------------------------------------------------------------------------- businesses in the possessive
# Parts of speech after a bare possessive that own nothing ("Harrah's by 4.3 percent", "at Denny's in Ottawa"):
# the possessive names a business.
BARE_POSSESSIVE_FOLLOWERS = frozenset({"ADP", "SCONJ"})

# ---------------------------------------------------------------------------- shares owned by the percent
# Words for a percentage as wire copy spells them ("100 pct of Ora Banda"): what they are "of" is owned.
PERCENT_WORDS = frozenset("pct percent per-cent".split())

# ---------------------------------------------------------------------------- quotation marks
# Quote marks as tokens, straight, curly and doubled ("''", "``"), and the stops that may close a quoted
# word before its closing mark ('her "Ronnie,"'): a one-word name alone between them is a pet name.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "''", "``"})
QUOTE_CLOSING_STOPS = frozenset({".", ",", "!", "?"})

# ---------------------------------------------------------------------------- award lists
# What parts a sentence into the items of a list ("Actor: Don Cheadle, "Hotel Rwanda"; Johnny Depp, ..."), and
# what closes the label before the first item: in an item "Nominee, Work" the name after the comma is a work.
LIST_ITEM_SEPARATORS = frozenset({";"})
LIST_ITEM_LABEL_ENDS = frozenset({":"})
# What parts the nominee from the work in an item ("Jamie Foxx, Ray", "Jamie Foxx for Ray"), lower-cased.
WORK_SLOT_OPENERS = frozenset({",", "for"})
# Words of an award before "for" and the work it is for, in running text ("won the best actor award at the
# Golden Globes for Ray"), lower-cased; "best" counts only modifying a noun ("named best actress for Vera
# Drake", not "it is best for Trump"). A nomination is not one: politics has nominees ("if she's the nominee
# are you going to vote for Donald Trump?").
AWARD_WORDS = frozenset(
    "award awards prize prizes oscar oscars globe globes bafta baftas emmy emmys grammy grammys".split())
BEST_WORD = "best"
