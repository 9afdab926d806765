"""What the source of each row does: speech, thought, intention, evidence."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_acts_from_cue_and_source(nlp):
    text = ("Peskov said that the talks would start soon. "
            "Officials believe that the deal is close. "
            "Zelensky wants to end the war this year. "
            "A new poll shows that most voters back the plan. "
            "According to official figures, exports fell sharply last year. "
            "According to Peskov, the meeting went well.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the talks would start").act == "speech"
    assert find(quotes, "the deal is close").act == "thought"
    assert find(quotes, "end the war").act == "intention"
    assert find(quotes, "most voters back").act == "evidence"
    assert find(quotes, "exports fell").act == "evidence"
    assert find(quotes, "the meeting went well").act == "speech"


def test_rows_never_overlap(nlp):
    text = ('Trump said he had a "lengthy and highly productive" call with Putin, who believes '
            'that the war "must end soon." "We are," he said, "and we will."')
    doc, quotes, _ = quotes_of(nlp, text)
    spans = sorted((q.start_char, q.end_char) for q in quotes)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert any(q.text == "We are … and we will." for q in quotes)


def test_things_made_known_or_asked_for_are_no_speech(nlp):
    text = ("Suncor reported a profit of $3.3 billion on Thursday. "
            "The lawyer requested access to the photographs. "
            "Horvat added a goal and an assist in the third period. "
            "Horvat said the team played well.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "team played well").act == "speech"
    assert all(q.act != "speech" for q in quotes if "team played" not in q.text)


def test_capital_rubrics_are_no_headline_sources(nlp):
    text = ("ENERGY: Benchmark U.S. crude oil fell 42 cents to $51.69 per barrel in trading.\n\n"
            "Markets were calm on Friday.")
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.cue == ":"]


def test_speech_acts_with_no_words_reported_are_no_speech(nlp):
    # Talk about a topic, an answer: who said what is not in the row. A clause, quote marks, a
    # predicate said of the object, or somebody urged to do something are words reported (the
    # tracker's gold counts "urged ... to investigate" as speech).
    text = ("Suncor declined to answer questions about the payments. "
            "The judge urged police to investigate the deaths. "
            "Horvat said the team played well. "
            'Mayor Tory called the plan "a disaster" on Monday.')
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "team played well").act == "speech"
    assert find(quotes, "a disaster").act == "speech"
    assert find(quotes, "to investigate").act == "speech"
    assert all(q.act != "speech" for q in quotes if "questions" in q.text)


def test_whole_quotes_are_speech_and_documents_show(nlp):
    text = ('"We will keep building," Horvat continues. '
            "The budget office report concluded that the pipeline makes no financial sense.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "keep building").act == "speech"
    assert find(quotes, "pipeline makes no").act == "evidence"


def test_a_name_that_looks_like_a_document_speaks(nlp):
    text = "Number 10 said ministers were interested in governing. The report found that it works."
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "ministers were interested").act == "speech"
    assert find(quotes, "it works").act == "evidence"


def test_a_document_that_says_is_speech_and_data_that_shows_is_evidence(nlp):
    text = ("The report adds that the scheme works. "
            "A report in the Sunday Business claimed Mr Brown has been asked to take charge. "
            "Reports say the Pacers plan to waive the players. "
            "Official figures showed the economy grew by 2% last year.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the scheme works").act == "speech"
    assert find(quotes, "asked to take charge").act == "speech"
    assert find(quotes, "plan to waive").act == "evidence"  # unnamed rumours
    assert find(quotes, "economy grew").act == "evidence"


def test_according_to_a_document_is_speech_and_to_figures_evidence(nlp):
    text = ("According to the memo, the fund believed in the long-term value of the papers. "
            "According to Foster's book, most porters depended on the railways. "
            "According to Labor Department figures, US firms added only 146,000 jobs in January. "
            "According to a new poll, Clinton leads Trump by eight points.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the fund believed").act == "speech"
    assert find(quotes, "most porters depended").act == "speech"
    assert find(quotes, "US firms added").act == "evidence"
    assert find(quotes, "Clinton leads").act == "evidence"


def test_a_saying_participle_reports_the_words_of_a_stance_or_intention_row(nlp):
    text = ("USAir rejected the offer, saying the bid was an attempt to block its buyout. "
            "Morrison vowed to ignore the order, saying the judge could not stop him. "
            "The union rejected the offer.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the bid was an attempt").act == "speech"
    assert find(quotes, "the judge could not stop").act == "speech"
    assert all(q.act != "speech" for q in quotes if q.text.startswith("the offer") and "saying" not in q.text)


def test_somebody_urged_or_called_on_to_act_is_told_in_words(nlp):
    text = ("The RAC urged drivers to continue to shop around for petrol. "
            "The union is calling on the government to stem job losses. "
            "The lawyer requested access to the photographs.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "drivers to continue").act == "speech"
    assert find(quotes, "the government to stem").act == "speech"
    assert all(q.act != "speech" for q in quotes if "photographs" in q.text)


def test_a_negated_or_refused_speech_verb_reports_no_words(nlp):
    text = ("Richards declined to say how many members were considering joining Farmers. "
            "Budd could not say whether Blunkett had treated the nanny as a special case. "
            "Richards said the number was significant.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the number was significant").act == "speech"
    assert all(q.act != "speech" for q in quotes if "members were" in q.text or "special case" in q.text)


def test_a_fact_a_person_reveals_or_confirms_with_no_words_is_no_speech(nlp):
    text = ("Henman also revealed the extent of the back problems he suffered in the off-season. "
            "The Globe confirmed the identity of the other bidder. "
            "Henman revealed that his back had seized up.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "his back had seized up").act == "speech"
    assert all(q.act != "speech" for q in quotes if "the extent" in q.text or "the identity" in q.text)


def test_a_predicate_deep_in_the_object_reports_no_words(nlp):
    # "billed as", "that they call fragmented" belong to the object, not to the cue.
    text = ("Apple unveiled a new computer for the masses, billed as the Mac mini. "
            "Analysts predicted consolidation in a market that they call fragmented. "
            "Mayor Tory described the plan as a disaster.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "as a disaster").act == "speech"
    assert all(q.act != "speech" for q in quotes if "disaster" not in q.text)


def test_a_stance_with_words_reported_is_speech(nlp):
    # Quote marks or a predicate said of the object are the source's words; a name given inside
    # the object ("what they call ...") is not.
    text = ('The Tories dismissed the maternity pay plan as "desperate". '
            "Labour criticized the SMMT for engaging in what they call \u201cproject fear.\u201d "
            "The union rejected the bill.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "maternity pay plan").act == "speech"
    assert find(quotes, "the SMMT").act == "thought"
    assert find(quotes, "the bill").act == "thought"


def test_a_clause_whose_subject_the_row_left_out_is_speech(nlp):
    # The row after the parenthetical cue is "lost his life ...": a clause whose subject went before.
    text = "The boy made the choice he did, she says, and lost his life over a small debt."
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "lost his life").act == "speech"


def test_an_adverbial_clause_of_the_cue_reports_no_words(nlp):
    # "as the Hurricanes snapped ...", "when McElhinney sustained ...": when, not what was said.
    text = ("Greg McKegg and Dougie Hamilton each added a goal and an assist as the Hurricanes snapped "
            "Vancouver's five-game point streak in the final game before the All-Star break. "
            "Horvat said the team played well.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "team played well").act == "speech"
    assert all(q.act != "speech" for q in quotes if "team played" not in q.text)


def test_a_promise_in_the_sources_own_quoted_words_is_speech(nlp):
    text = ('Tony Blair pledged to "never, ever, ever" attack Michael Howard over his beliefs. '
            "The minister vowed to pass the legislation this year.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "never, ever").act == "speech"
    assert find(quotes, "pass the legislation").act == "intention"


def test_writings_standing_for_their_author_are_evidence(nlp):
    text = ("The article suggested that grieving fans were wallowing in their victim status. "
            "The 36-page submission urges the government to examine support for industry. "
            "A common belief says it is the result of a warming Arctic.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "grieving fans").act == "evidence"
    assert find(quotes, "examine support").act == "evidence"
    assert find(quotes, "warming Arctic").act == "evidence"


def test_a_signal_is_no_speech(nlp):
    text = "The Fed signalled it would be cautious in raising interest rates this year."
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "cautious").act == "thought"


def test_say_with_a_clause_parsed_as_its_object_is_speech(nlp):
    # The parser makes "the public needed reassurance" an object noun phrase ("needed" a modifier).
    text = ("SNP Holyrood leader Nicola Sturgeon said the public needed reassurance that the care "
            "programme was secure. The minister said little about the cost of the new scheme.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the public needed reassurance").act == "speech"
    assert all(q.act != "speech" for q in quotes if "the cost of the new scheme" in q.text)


def test_a_ruling_or_a_voiced_concern_with_its_clause_is_speech(nlp):
    text = ("The appeals court ruled that Ohio's practices could remove some eligible voters. "
            "Republicans expressed concern that changing the policy could lead to voter fraud. "
            "Ebbers denied claims that he knew accountants were doctoring the books.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "Ohio's practices").act == "speech"
    assert find(quotes, "lead to voter fraud").act == "speech"
    assert all(q.act != "speech" for q in quotes if "doctoring the books" in q.text)


def test_a_name_given_in_the_passive_is_no_speech(nlp):
    text = ("They are usually called corporate social responsibility (CSR) reports, sustainability "
            "reports, or social and environmental reports. The minister called the plan a disaster.")
    _, quotes, _ = quotes_of(nlp, text)
    assert all(q.act != "speech" for q in quotes if "sustainability reports" in q.text)
    assert find(quotes, "a disaster").act == "speech"


def test_a_question_reported_as_its_topic_is_no_speech(nlp):
    text = ("Mr Opik asked whether the police would enforce the ban. "
            "The Tories have yet to say which taxes would be cut. "
            "Baume said what the chancellor wanted was not what the minister wanted. "
            'She condemned what he called a "brazen breach" of the rules.')
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "whether the police").act == "intention"
    assert find(quotes, "which taxes").act == "intention"
    assert find(quotes, "the chancellor wanted").act == "speech"
    assert find(quotes, "brazen breach").act == "speech"


def test_a_speech_noun_with_no_clause_nor_quoted_words_reports_no_words(nlp):
    text = ("Mr Leslie renewed his calls for a lowering of the voting age to 16. "
            "Unions have made claims that the plan would cost thousands of jobs.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "a lowering of the voting age").act == "intention"
    assert find(quotes, "the plan would cost").act == "speech"


def test_a_passive_speech_verb_with_nobody_named_is_hearsay(nlp):
    text = ("Euronext is due to hold talks this week and it is reported to be ready to raise 1.4bn to fund a bid. "
            "He was told by officials that the plan was dead.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "ready to raise").act == "evidence"
    assert find(quotes, "the plan was dead").act == "speech"


def test_speculation_as_the_source_is_hearsay(nlp):
    text = ("Speculation suggests that Euronext has the facilities in place to make a bid. "
            "Analysts said that Euronext could bid soon.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "has the facilities").act == "evidence"
    assert find(quotes, "could bid soon").act == "speech"


def test_the_subject_of_a_passive_with_no_clause_is_spoken_of(nlp):
    text = ("Midland was declared insolvent in 1983. "
            "He was quoted as saying that the bank would close.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "insolvent").act == "intention"
    assert find(quotes, "the bank would close").act == "speech"


def test_marked_words_given_as_the_object_are_speech_whatever_the_verb(nlp):
    text = ("Mr Brown introduced Mr Greenspan as \"the world's greatest economist\" at the dinner. "
            "The company introduced a new phone last year.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "greatest economist").act == "speech"
    assert all(q.act != "speech" for q in quotes if "new phone" in q.text)


def test_a_number_of_people_speak_and_the_numbers_show(nlp):
    text = ("A number of investors have said that the offer undervalues the company. "
            "The numbers show that sales fell.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the offer undervalues").act == "speech"
    assert find(quotes, "sales fell").act == "evidence"
