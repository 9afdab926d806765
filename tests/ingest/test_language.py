"""Language detection (newsfold.ingest.language)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from newsfold.ingest.language import detect_language


def test_detect_language():
    assert detect_language("The talks were said to be productive, and the leaders will meet again.") == "en"
    assert detect_language("Les négociations ont été longues et la paix est pour le moment loin.") == "fr"
    assert detect_language("Die Gespräche sind nicht zu Ende und der Frieden ist noch weit.") == "de"
    assert detect_language("El presidente dijo que la guerra ha terminado y que las negociaciones comenzarán.") == "es"
    assert detect_language("O presidente disse que a guerra acabou e que as negociações vão começar.") == "pt"
    assert detect_language("Il presidente ha detto che la guerra è finita e che i negoziati inizieranno.") == "it"
    assert detect_language("De president zei dat de oorlog voorbij is en dat de onderhandelingen beginnen.") == "nl"
    # Telegraphic wire copy is still English; "per" and "over" do not make it Italian or Dutch.
    assert detect_language("Shr 23 cts vs 14 cts\n    Net 611,000 vs 511,000\n    NOTE: Latest year includes "
                           "three cent per share loss from discontinued operations of the unit") == "en"
    assert detect_language("Переговоры начались в среду.") == "ru"
    assert detect_language("Trump Putin Zelensky") == "und"


def test_text_that_is_no_language_is_told_apart():
    from newsfold.ingest.language import why_not_text

    assert why_not_text("ⅴ" * 1400) == "no letters at all"  # roman-numeral "letters" are numbers
    assert "one character" in why_not_text("a" * 500)
    assert "letters" in why_not_text("\x01\x02\x03#" * 50 + "ab")
    assert why_not_text("spam eggs " * 30) == "one or two words repeated"
    # Real wire copy passes: results tables, dot-leader weather tables, one-line items.
    assert why_not_text("Shr 22 cts vs 13 cts\nNet 1,234,000 vs 987,000\nRevs 15.4 mln vs 16.5 mln") is None
    assert why_not_text("BUENOS AIRES.......27.......21............4\nBAHIA BLANCA.......29.......16") is None
    assert why_not_text("Zelensky") is None and why_not_text("   ") is None


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1).map(lambda w: w + " said"))
def test_words_are_text(text):
    from newsfold.ingest.language import why_not_text

    assert why_not_text(text) is None or "one character" in why_not_text(text)
