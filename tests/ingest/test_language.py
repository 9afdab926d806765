"""Language detection (newsfold.ingest.language)."""

from __future__ import annotations

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
