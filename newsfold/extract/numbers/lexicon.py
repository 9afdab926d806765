"""Word lists and unit, currency and scale tables for number extraction.

Data only: the rules that read them live in the other modules of this package.
"""

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "$US": "USD", "A$": "AUD", "AU$": "AUD",
    "$A": "AUD", "$AU": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "$C": "CAD",
    "$CA": "CAD", "HK$": "HKD", "$HK": "HKD", "NZ$": "NZD", "$NZ": "NZD", "S$": "SGD",
    "SG$": "SGD", "$S": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "Z$": "ZWL",
    "£": "GBP", "PS": "GBP", "€": "EUR", "¥": "JPY", "Y=": "JPY", "₹": "INR", "Rs": "INR",
    "Rs.": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP",
    "₫": "VND", "฿": "THB", "RM": "MYR", "Rp": "IDR",
}
CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "CHF", "HKD", "SGD", "NZD",
    "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "RUB", "TRY", "KRW", "ILS", "NIS", "MYR", "IDR",
    "THB", "PHP", "PLN", "AED", "SAR", "NGN", "EGP", "PKR", "TWD", "UAH", "HRK", "CZK", "HUF",
}
CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}

# Currency names after the number; an optional nationality picks the dollar, crown, peso...
CURRENCY_WORDS = [
    (r"(?:US|U\.S\.|American) (?:dollars?|dlrs?)", "USD"), (r"Australian (?:dollars?|dlrs?)", "AUD"),
    (r"Canadian (?:dollars?|dlrs?)", "CAD"), (r"Hong Kong (?:dollars?|dlrs?)", "HKD"),
    (r"Singapore(?:an)? (?:dollars?|dlrs?)", "SGD"), (r"New Zealand (?:dollars?|dlrs?)", "NZD"),
    (r"Taiwan(?:ese)? (?:dollars?|dlrs?)", "TWD"), (r"dollars?|bucks|dlrs?", "USD"),
    (r"pounds? sterling|sterling|stg", "GBP"), (r"euros?|euro(?= cents?\b)", "EUR"), (r"(?:Japanese )?yen", "JPY"),
    (r"(?:Chinese )?(?:yuan|renminbi)", "CNY"), (r"(?:Indian )?rupees?", "INR"),
    (r"Pakistani rupees?", "PKR"), (r"(?:Israeli )?(?:new )?shekels?", "ILS"),
    (r"Danish (?:crowns?|kroner|krone)", "DKK"), (r"Swedish (?:crowns?|kronor|krona)", "SEK"),
    (r"Norwegian (?:crowns?|kroner|krone)", "NOK"), (r"(?:Swiss )?francs?", "CHF"),
    (r"(?:South African )?rand", "ZAR"), (r"(?:Malaysian )?ringgit", "MYR"),
    (r"Mexican pesos?", "MXN"), (r"Philippine pesos?", "PHP"), (r"pesos?", "MXN"),
    (r"(?:Russian )?(?:roubles?|rubles?)", "RUB"), (r"(?:Turkish )?liras?", "TRY"),
    (r"(?:Irish )?punts?", "IEP"), (r"guilders?", "NLG"), (r"lire", "ITL"), (r"pesetas?", "ESP"),
    (r"naira", "NGN"), (r"dirhams?", "AED"), (r"riyals?", "SAR"), (r"baht", "THB"),
    (r"rupiah", "IDR"), (r"zloty(?:s)?", "PLN"), (r"hryvnias?", "UAH"), (r"kuna", "HRK"),
    (r"(?:Brazilian )?reais", "BRL"), (r"won", "KRW"), (r"bitcoins?", "BTC"),
]
# Sub-units keep their own unit (the gold writes "84.75 cents", not 0.8475 USD).
MINOR_CURRENCY = [(r"cents?|cts", "cent"), (r"pence", "pence"), (r"p", "pence"), (r"sen", "sen")]

# (pattern, normalised unit, kind). Case-sensitive; alternatives written out where case varies.
UNITS = [
    # percent-like
    (r"%", "percent", "percent"), (r"per ?cent|percent|pct|pc", "percent", "percent"),
    (r"percentage[- ]points?|pp|ppts?", "percentage point", "percent"),
    (r"basis[- ]points?|bps|bp", "basis point", "percent"),
    # age and durations
    (r"years?[- ]old|-years?-old|yrs? old|years? of age", "year", "duration"),
    (r"milliseconds?|ms", "millisecond", "duration"), (r"seconds?|secs?", "second", "duration"),
    (r"minutes?|mins?", "minute", "duration"), (r"hours?|hrs?", "hour", "duration"),
    (r"days?", "day", "duration"), (r"weeks?|wks?", "week", "duration"),
    (r"fortnights?", "fortnight", "duration"), (r"months?|mths?", "month", "duration"),
    (r"years?|yrs?", "year", "duration"), (r"decades?", "decade", "duration"),
    (r"century|centuries", "century", "duration"),
    # speed (before plain lengths so "miles per hour" wins)
    (r"mph|m\.p\.h\.?|miles (?:per|an) hour", "mph", "measure"),
    (r"km/h|kph|kmh|kmph|kilomet(?:re|er)s? (?:per|an) hour", "km/h", "measure"),
    (r"knots?|kts?|kn", "knot", "measure"), (r"m/s|met(?:re|er)s? per second", "m/s", "measure"),
    (r"mpg|miles (?:per|a) gallon", "mpg", "measure"),
    # area and volume before lengths
    (r"sq\.? ?km|km2|km²|square kilomet(?:re|er)s?", "km2", "measure"),
    (r"sq\.? ?m|sqm|m2|m²|square met(?:re|er)s?", "m2", "measure"),
    (r"sq\.? ?ft|ft2|ft²|square f(?:ee|oo)t", "sq ft", "measure"),
    (r"square miles?|sq\.? ?mi", "sq mile", "measure"), (r"acres?", "acre", "measure"),
    (r"hectares?|ha", "hectare", "measure"),
    (r"cubic f(?:ee|oo)t|cu\.? ?ft", "cubic foot", "measure"),
    (r"cubic met(?:re|er)s?|m3|m³", "m3", "measure"),
    (r"millilit(?:re|er)s?|ml|mL", "ml", "measure"), (r"lit(?:re|er)s?|l|L", "litre", "measure"),
    (r"gallons?|gal", "gallon", "measure"), (r"pints?", "pint", "measure"),
    (r"quarts?", "quart", "measure"), (r"fl\.? ?oz|fluid ounces?", "fl oz", "measure"),
    (r"barrels?|bbl", "barrel", "measure"),
    # lengths
    (r"kilomet(?:re|er)s?|km|kms", "km", "measure"), (r"centimet(?:re|er)s?|cm", "cm", "measure"),
    (r"millimet(?:re|er)s?|mm", "mm", "measure"),
    (r"micromet(?:re|er)s?|microns?|μm|µm", "μm", "measure"),
    (r"nanomet(?:re|er)s?|nm", "nm", "measure"), (r"met(?:re|er)s?|m", "m", "measure"),
    (r"light[- ]years?", "light-year", "measure"), (r"nautical miles?", "nautical mile", "measure"),
    (r"miles?|mi", "mile", "measure"), (r"feet|foot|ft", "foot", "measure"),
    (r"inch(?:es)?|in\.|in", "inch", "measure"), (r"yards?|yds?", "yard", "measure"),
    # mass
    (r"gigatonnes?|gigatons?|Gt", "gigatonne", "measure"),
    (r"megatonnes?|megatons?|Mt", "megatonne", "measure"),
    (r"metric tons?|tonnes?", "tonne", "measure"), (r"tons?", "ton", "measure"),
    (r"kilograms?|kilogrammes?|kilos?|kg|kgs", "kg", "measure"),
    (r"milligrams?|mg", "mg", "measure"), (r"micrograms?|mcg|μg", "μg", "measure"),
    (r"grams?|grammes?|g", "g", "measure"), (r"lbs?|pounds?", "lb", "measure"),
    (r"ounces?|oz", "oz", "measure"), (r"drams?", "dram", "measure"), (r"carats?|ct", "carat", "measure"),
    # power, energy, electricity
    (r"kWh|kilowatt[- ]hours?", "kWh", "measure"), (r"MWh|megawatt[- ]hours?", "MWh", "measure"),
    (r"GWh|gigawatt[- ]hours?", "GWh", "measure"), (r"TWh|terawatt[- ]hours?", "TWh", "measure"),
    (r"Wh|watt[- ]hours?", "Wh", "measure"), (r"mAh", "mAh", "measure"),
    (r"kW|kilowatts?", "kW", "measure"), (r"MW|megawatts?", "MW", "measure"),
    (r"GW|gigawatts?", "GW", "measure"), (r"W|watts?", "W", "measure"),
    (r"bhp|brake horsepower", "bhp", "measure"), (r"hp|horsepower|PS", "hp", "measure"),
    (r"Nm|newton[- ]met(?:re|er)s?", "Nm", "measure"), (r"lb[- ]ft|pound[- ]feet", "lb-ft", "measure"),
    (r"kcal|[Cc]alories?|Cal", "calorie", "measure"), (r"kJ|kilojoules?", "kJ", "measure"),
    (r"joules?|J", "J", "measure"), (r"kV|kilovolts?", "kV", "measure"), (r"volts?|V", "V", "measure"),
    (r"amps?|amperes?", "A", "measure"), (r"ohms?", "ohm", "measure"), (r"farads?", "F", "measure"),
    # temperature, angle
    (r"°C|º ?C|C|degrees? [Cc]elsius|degrees? [Cc]entigrade|[Cc]elsius|degrees? C", "celsius", "measure"),
    (r"°F|º ?F|F|degrees? [Ff]ahrenheit|[Ff]ahrenheit|degrees? F", "fahrenheit", "measure"),
    (r"degrees?|°|º", "degree", "measure"),
    # frequency, data, pressure, concentration, misc
    (r"GHz|gigahertz", "GHz", "measure"), (r"MHz|megahertz", "MHz", "measure"),
    (r"kHz|kilohertz", "kHz", "measure"), (r"Hz|HZ|hertz", "Hz", "measure"),
    (r"TB|terabytes?", "TB", "measure"), (r"GB|gigabytes?", "GB", "measure"),
    (r"MB|megabytes?", "MB", "measure"), (r"KB|kB|kilobytes?", "KB", "measure"),
    (r"Gbps|Gb/s", "Gbps", "measure"), (r"Mbps|Mb/s", "Mbps", "measure"),
    (r"psi", "psi", "measure"), (r"ksi", "ksi", "measure"), (r"MPa", "MPa", "measure"),
    (r"kPa", "kPa", "measure"), (r"GPa", "GPa", "measure"),
    (r"ppm|parts per million", "ppm", "measure"), (r"ppb|parts per billion", "ppb", "measure"),
    (r"rpm", "rpm", "measure"), (r"dB|decibels?", "dB", "measure"),
    (r"points?|pts", "point", "measure"),
    (r"times|-?fold|x", "times", "other"),
]
# Units that are single letters or otherwise easy to mistake are only read when glued to the
# number ("5.2l", "600m", "6W"), never across a space ("5 m" is read, "I have 5 g" would be odd).
GLUED_ONLY = {"l", "L", "g", "J", "m", "C", "F", "x", "p", "in.", "in", "ms", "mi", "ha", "ct", "pp", "Cal",
              "nm", "kn", "kt", "kts", "bp", "pc", "PS", "Mt", "Gt"}

DURATION_UNITS = {"millisecond", "second", "minute", "hour", "day", "week", "fortnight", "month",
                  "year", "decade", "century"}
RATE_DENOMINATORS = [
    (r"day", "day"), (r"week", "week"), (r"month", "month"), (r"year|annum", "year"),
    (r"hour", "hour"), (r"share", "share"), (r"barrel", "barrel"), (r"gram", "gram"),
    (r"kilo(?:gram)?|kg", "kg"), (r"tonne|metric ton", "tonne"), (r"ton", "ton"), (r"gallon", "gallon"), (r"litre|liter", "litre"),
    (r"square (?:foot|feet)|sq\.? ?ft", "sq ft"), (r"square met(?:re|er)|sq\.? ?m", "m2"),
    (r"person|head|capita", "person"), (r"game", "game"), (r"unit", "unit"), (r"pound|lb", "lb"),
    (r"mile", "mile"), (r"kilomet(?:re|er)|km", "km"), (r"night", "night"), (r"ounce|oz", "oz"),
    (r"minute", "minute"), (r"second", "second"), (r"kWh", "kWh"), (r"megawatt[- ]hour|MWh", "MWh"),
    (r"seat", "seat"), (r"word", "word"),
]
# Words between "a"/"per" and a share or unit that keep the rate: "9 cts a depositary unit", "per common share".
RATE_QUALIFIERS = ["common", "ordinary", "preferred", "preference", "depositary", "depository", r"class [A-Z]"]

SCALE_WORDS = {
    "trillion": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12, "trln": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "thousand": 1e3,
    "hundred": 100, "crore": 1e7, "lakh": 1e5, "lakhs": 1e5, "crores": 1e7,
}

MONTHS = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

APPROXIMATE = ["about", "around", "approximately", "approx.", "approx", "roughly", "nearly", "almost",
               "some", "an estimated", "estimated", "close to", "circa", "c.", "~", "≈", "just about",
               "an average of", "on average", "averaging", "upwards of"]
AT_LEAST = ["more than", "over", "above", "at least", "in excess of", "exceeding", "greater than",
            "higher than", "no less than", "not less than", "just over", "well over", "a minimum of",
            "minimum of", ">", "≥", "north of"]
AT_MOST = ["less than", "fewer than", "under", "below", "up to", "at most", "no more than",
           "not more than", "just under", "lower than", "a maximum of", "maximum of", "as little as",
           "as few as", "as much as", "as many as", "<", "≤", "sub-", "within"]

IDENTIFIER_NOUNS = {
    "section", "article", "chapter", "part", "page", "room", "flight", "number", "no", "no.", "nos",
    "route", "highway", "interstate", "gate", "channel", "platform", "phase", "stage", "episode",
    "vol", "vol.", "volume", "version", "v", "grade", "category", "class", "type", "model",
    "series", "row", "seat", "apartment", "suite", "unit", "bus", "line", "lane", "exit",
    "terminal", "district", "ward", "precinct", "box", "clause", "paragraph", "figure", "fig",
    "table", "step", "act", "amendment", "rule", "item", "level", "tier", "source", "note",
    "squad", "pier", "building", "block", "lot", "case", "bill", "resolution",
    "psalm", "verse", "division", "region", "zone", "batch", "issue", "number:", "id", "top",
    # market indices, products and events named with a number, often written in lower case
    "s&p", "sp", "ftse", "stoxx", "dax", "cac", "nikkei", "asx", "kospi", "nifty", "sensex", "russell",
    "msci", "ibex", "aex", "smi", "tsx", "ta", "euro", "formula", "windows", "iphone", "galaxy", "pixel",
    "boeing", "airbus", "covid", "sars", "gen", "mk", "ios", "android", "playstation", "xbox",
}
YEAR_PREPOSITIONS = {"in", "since", "of", "by", "until", "till", "to", "from", "before", "after",
                     "during", "between", "and", "year", "fiscal", "fy", "season", "circa", "mid",
                     "late", "early", "pre", "post", "through", "around", "summer", "winter",
                     "spring", "autumn", "fall", "class", "c."}
OLD_YEAR_PREPOSITIONS = {"in", "since", "until", "till", "before", "after", "during", "circa", "c", "from", "by"}
CHANGE_VERBS = {"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen",
                "falling", "up", "down", "gained", "gain", "gains", "lost", "lose", "loses",
                "climbed", "climb", "climbs", "dropped", "drop", "drops", "jumped", "jump", "jumps",
                "slid", "slide", "slides", "grew", "grow", "grows", "increased", "increase",
                "decreased", "decrease", "added", "add", "adds", "shed", "sheds", "declined",
                "decline", "declines", "surged", "surge", "plunged", "plunge", "tumbled", "advanced",
                "eased", "slipped", "soared", "sank", "dipped", "rallied", "cut", "raised", "lifted",
                "edged", "by", "higher", "lower"}
PRONOUN_ONE_BEFORE = {"the", "this", "that", "each", "every", "any", "no", "which", "another",
                      "same", "a", "an", "little", "big", "only", "right", "wrong", "last", "next",
                      "other", "new", "old", "first", "such", "either", "neither"}
# Periods (with the time units) that "last"/"next" make a date: "10 last weekend" ("one last obstacle" counts).
PERIOD_NOUNS = {"weekend", "night", "season", "term", "quarter", "month", "year"}
# Words after "half" that make it a share of what follows: "half the people", "half their savings".
HALF_DETERMINERS = {"the", "its", "their", "his", "her", "our", "your", "all", "these", "those"}
# A preposition and one of these before a number make it a label ("in year one", "on day 3"), not a count.
LABEL_NOUNS = {"year", "day", "week", "month", "round", "stage", "phase", "game", "leg", "season", "series",
               "test", "match", "heat"}
# Words after a number that are not what it counts ("20 percent", "three times").
NOT_COUNTED = {"%", "percent", "times", "time", "am", "pm", "o'clock", "point", "points", "out"}
# Nouns naming an amount of money rather than things counted: "a 556 mln deficit" is not 556 million deficits.
AMOUNT_NOUNS = {"deficit", "deficits", "surplus", "surpluses", "loss", "losses", "profit", "profits", "writeoff",
                "write-off", "writedown", "write-down", "turnover", "income", "revenue", "revenues", "budget",
                "debt", "debts", "shortfall", "outlay", "spending", "funding", "investment"}
# Words after a number in capitals copy that end the search for what it counts ("17 AND 18 MLN BAGS THIS YEAR").
CASELESS_NOT_NOUNS = {"to", "and", "or", "from", "the", "a", "an", "in", "on", "at", "of", "for", "with", "by", "per",
                      "than", "as", "this", "last", "next", "more", "less", "is", "was", "are", "were", "has", "have",
                      "had", "says", "said", "vs", "after", "before", "since", "its", "their", "his", "her", "who",
                      "which", "that", "percent", "pct", "times", "points", "years", "months", "weeks", "days", "hours"}
