"""Word tables of ingest: the keys an article record may use, and the stop
words and script blocks language detection counts. Tables only; the logic is in
newsfold.ingest.json_records and newsfold.ingest.language."""

from __future__ import annotations

# Keys of a JSON article record, each list in order of preference.
BODY_KEYS = ("body", "text", "content", "article", "maintext", "full_text", "articleBody", "article_body",
             "story")
ID_KEYS = ("id", "_id", "article_id", "doc_id", "uuid", "guid")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published_at", "published", "publishedAt", "datePublished", "date_published",
             "pubdate", "pub_date", "publish_date", "timestamp", "time", "datetime", "created_at")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename", "source_name", "newspaper", "domain")
URL_KEYS = ("url", "link", "canonical_url", "href")
SECTION_KEYS = ("section", "category", "categories", "topic", "desk")
LANGUAGE_KEYS = ("language", "lang")

# Commonest words per language, for detect_language.
_STOP_WORDS = {
    "en": "the of and to a in is that for it was on with as he be by at his are said from this have has "
          "an they not but were had will which their been who its would she her we after more than",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
          "werden aus er hat dass sie nach wird bei einer um noch wie über",
    "fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il sont "
          "avec son aux ont été cette",
    "es": "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ha "
          "si sin sobre este ya entre cuando también fue es",
    "it": "di e il la che in a per un è del non una della i le si da con sono alla gli ha al lo più nel "
          "anche come ma dei delle",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele "
          "das tem à seu sua ou ser quando também pelo pela",
    "nl": "de het een en van in is dat op te zijn voor met die niet aan er hij ook als maar om bij door "
          "naar over was werd heeft",
}
# Words that are also common English ("per", "over", "in") would let telegraphic English pass for
# Italian or Dutch; the other languages have enough words of their own without them.
_ALSO_ENGLISH = frozenset("a an as in is on no per over was die me son sin also".split())
STOP_WORDS = {
    code: frozenset(words.split()) - (_ALSO_ENGLISH if code != "en" else frozenset())
    for code, words in _STOP_WORDS.items()
}

# Unicode blocks of the scripts that tell a language (or family) on their own: (first, end, script).
SCRIPT_BLOCKS = (
    (0x0000, 0x0250, "latin"), (0x0370, 0x0400, "greek"), (0x0400, 0x0530, "cyrillic"),
    (0x0590, 0x0600, "hebrew"), (0x0600, 0x0700, "arabic"), (0x0900, 0x0980, "devanagari"),
    (0x0E00, 0x0E80, "thai"), (0x3040, 0x3100, "kana"), (0x4E00, 0xA000, "han"),
    (0xAC00, 0xD7B0, "hangul"),
)
