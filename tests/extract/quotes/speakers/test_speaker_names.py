"""The canonical name of a speaker who is none of the article's people: organisations by their
fullest form, acronyms expanded, "it" and "the company" by the organisation just before, a
definite description by the phrase that brought the source in."""

from __future__ import annotations

from spacy.tokens import Span

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.extractor import extract_quotes
from newsfold.extract.quotes.speakers.organisations import Organisations
from newsfold.extract.quotes.speakers.speaker_names import names_nobody, speaker_name
from tests.extract.quotes.helpers import find, quotes_of


def test_organisation_gets_its_fullest_form(nlp):
    text = ("Samsung Electronics Co. posted a drop in operating profit for the last quarter. "
            "Samsung said it expects its overall annual earnings to decline this year.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "expects its overall annual earnings")
    assert q.speaker_local_key is None and q.speaker_name == "Samsung Electronics Co."


def test_an_organisation_named_with_and_is_one_speaker_by_its_fullest_form(nlp):
    text = ("Standard and Poor's Corp said it is keeping 230 mln dlrs of debt of Caesars World Inc on creditwatch.\n\n"
            "Sosnoff bid 28 dlrs per share for the Caesars World stock he does not already own, Standard and Poor's noted.\n\n"
            "The rating agency said an increase in Sosnoff's offer is possible. If successful, the stock bid would "
            "markedly raise Caesars World's financial risk, S and P said.")
    _, quotes, _ = quotes_of(nlp, text)
    for words in ("Sosnoff bid 28", "an increase in Sosnoff", "markedly raise"):
        assert find(quotes, words).speaker_name == "Standard and Poor's Corp", words


def test_it_after_an_organisation_named_with_and_is_that_organisation(nlp):
    text = ("Great American Management and Investment Inc said it formed a new subsidiary, Eagle Industries Inc, "
            "and secured a 125 mln dlr credit facility for the unit from Heller Financial Inc.\n\n"
            "It said Eagle consists of eight subsidiaries which primarily serve the electric utility.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "Eagle consists of").speaker_name == "Great American Management and Investment Inc"


def test_acronym_is_the_name_it_stands_for(nlp):
    text = ("Export Development Canada (EDC) insures companies in volatile markets. "
            "EDC says it is self-funding.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "self-funding").speaker_name == "Export Development Canada"
    doc = nlp("The Parliamentary Budget Officer released a detailed valuation of the pipeline on Thursday.")
    assert Organisations(ParsedArticle(doc)).fullest("the PBO") == "The Parliamentary Budget Officer"


def test_the_determiner_is_kept_only_when_always_written(nlp):
    doc = nlp("Officials at the Parole Board of Canada met on Monday. All Parole Board of Canada decisions are final. "
              "The Society of Motor Manufacturers and Traders released figures on Wednesday.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("the parole board") == "Parole Board of Canada"
    assert orgs.fullest("SMMT") == "The Society of Motor Manufacturers and Traders"
    assert orgs.fullest("Ottawa Senators") is None  # an organisation the article does not name


def test_the_company_is_the_organisation_just_named(nlp):
    text = ("Magazines will make up 2.2 per cent of all advertising spending, according to Suncor Energy. "
            "Suncor Energy received its second payment earlier this year. "
            "The company noted it might have to repay some of that sum.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "might have to repay").speaker_name == "Suncor Energy"


def test_definite_description_takes_its_introduction(nlp):
    text = ("“It is a ministerial decision,” a justice official said at the briefing. "
            "Canada’s track record shows most requests succeed. "
            "The official told reporters more than 90 per cent of extraditions go through.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "90 per cent")
    assert q.speaker_local_key is None and q.speaker_name == "a justice official"


def test_unnamed_sources_keep_their_words_and_pronouns_get_none(nlp):
    text = ("Officials said the talks would resume on Monday. "
            "They said the deal was close. The weather was fine. He said the deal would be signed soon.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "talks would resume").speaker_name == "Officials"
    assert find(quotes, "deal was close").speaker_name == "Officials"  # "they": the officials
    assert find(quotes, "signed soon").speaker_name is None  # a "he" nobody was found for


def test_it_goes_on_from_the_company_that_spoke_not_one_spoken_of(nlp):
    text = ("Clevite Industries Inc said J.P. Industries Inc <JPI.O> has refused to pay it 9.5 mln dlrs in connection "
            "with J.P. Industries' acquisition of the company's former Engine Parts Division.\n\n"
            "Clevite sold the division to J.P. Industries in February 1987, subject to a final audit after the closing.\n\n"
            "Clevite said J.P. Industries held back a portion of the purchase price at the time of the sale. "
            "It said a preliminary audit showed J.P. Industries owed Clevite 14 mln dlrs, of which 4.5 mln dlrs has been paid.\n\n"
            "It said J.P. Industries disputed the balance.")
    _, quotes, _ = quotes_of(nlp, text)
    for words in ("held back", "preliminary audit", "disputed the balance"):
        assert find(quotes, words).speaker_name == "Clevite Industries Inc"


def test_the_company_is_the_one_its_spokesman_spoke_for(nlp):
    text = ("Lufthansa said that it may lose millions of euros. Flights were affected for an hour on Wednesday.\n\n"
            "\"We are doing research into the possibilities we have,\" Michael Lamberty, a Lufthansa spokesman told the BBC. "
            "\"We are checking if there is action to be taken.\" Mr Lamberty explained that the company did not plan "
            "to pursue the airport authority. The company said that it had to cancel 77 flights.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "cancel 77 flights").speaker_name == "Lufthansa"


def test_an_agency_noun_after_an_organisation_written_whole_is_that_organisation(nlp):
    text = ("T-Mobile confirmed that the US Secret Service was also looking into whether the hacker accessed photos "
            "that T-Mobile subscribers had taken with their camera phones. The Associated Press agency reported that "
            "Mr Jacobsen also read personal files on the Secret Service agent who was apparently investigating the case.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "read personal files").speaker_name == "The Associated Press"


def test_a_person_the_tagger_took_for_an_organisation_is_no_organisation(nlp):
    doc = nlp("Suncor Energy said it would leave. Justice Lorne Sossin agreed with the company.")
    art = ParsedArticle(doc)
    at = doc.text.index("Lorne Sossin")
    assert Organisations(art).fullest("Energy") == "Suncor Energy"
    assert Organisations(art, [(0, 13)]).fullest("Suncor") is None  # "Suncor Energy" is a person's mention here
    assert Organisations(art, [(at, at + 12)]).fullest("Suncor") == "Suncor Energy"


def test_the_company_is_the_organisation_named_last_when_none_is_a_subject(nlp):
    text = ("Shares rose after a deal with Suncor Energy was announced on Monday. "
            "The company said it expects the deal to close this year.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "expects the deal").speaker_name == "Suncor Energy"


def test_a_description_that_names_its_organisation_stays_as_written(nlp):
    text = ("Ben Carson accused Ted Cruz's campaign of dirty tricks on caucus night. "
            "The Cruz campaign said it would not apologize for the tweets.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "not apologize").speaker_name == "The Cruz campaign"


def test_the_newspaper_is_the_one_just_named(nlp):
    text = ("In a scathing opinion piece, The Wall Street Journal called on Trump to change course. "
            "\u201cHe needs to stop blaming everyone else,\u201d the conservative-leaning newspaper wrote.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "stop blaming everyone").speaker_name == "The Wall Street Journal"


def test_a_description_keeps_the_words_after_its_noun_that_say_which(nlp):
    text = "Members of the conservative press accused Clinton of implying that police officers were racist."
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "police officers were racist").speaker_name == "Members of the conservative press"


def test_two_names_joined_are_no_fuller_form_of_either(nlp):
    doc = nlp("Shares of Amazon and Google rose on Friday. Amazon reported strong sales. "
              "FBI General Counsel James Baker wrote a letter to the FBI.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("Amazon") == "Amazon"
    assert orgs.fullest("the FBI") == "FBI"  # an office is no fuller form of its organisation


def test_the_newspaper_looks_back_past_the_sentences_of_a_quote(nlp):
    text = ("The Wall Street Journal notes that Coulter tweeted about the governor on Tuesday.\n\n"
            "\u201cAre we talking about the same Nikki Haley? The woman who signed the law? "
            "Who has fought the refugee bid? Who joined the lawsuit?\u201d the editors write.\n\n"
            "The newspaper writes that Haley has sought to differentiate between legal and illegal immigration.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "sought to differentiate").speaker_name == "The Wall Street Journal"


def test_a_fuller_form_is_the_one_the_organisation_is_brought_in_with_not_a_part_named_later(nlp):
    doc = nlp("EMI shares hit by profit warning\n\nShares in music giant EMI have sunk by more than 16%. "
              "EMI said music sales will fall. EMI Music's sales in January have also been lower. "
              "A Suncor refinery is seen in Edmonton. Suncor Energy is the largest oil company. "
              "Suncor said its production fell.")
    orgs = Organisations(ParsedArticle(doc))
    assert orgs.fullest("EMI") == "EMI"  # EMI Music is a part of EMI, named after it
    assert orgs.fullest("Suncor") == "Suncor Energy"  # "Suncor refinery" does not bring Suncor in


def test_a_full_name_ending_a_title_phrase_is_the_speakers_name(nlp):
    doc = nlp("SMFG President Yoshifumi Nishikawa said that the companies needed to bolster their businesses.")
    art = ParsedArticle(doc)
    speaker = doc[0:4]
    assert speaker_name(art, speaker, Organisations(art), bytearray(len(doc.text))) == "Yoshifumi Nishikawa"
    doc = nlp("Gloucester director of rugby Nigel Melville said the prop had broken his arm.")
    art = ParsedArticle(doc)
    assert speaker_name(art, doc[0:2], Organisations(art), bytearray(len(doc.text))) == "Nigel Melville"


def test_the_statement_is_named_by_its_issuer(nlp):
    text = ("Danny Kruger stood down on Monday. In a statement, the Conservative Party said the comment had been "
            "taken out of context. \"He fully supports the party's policies on the public services,\" said the "
            "statement.")
    doc = nlp(text)
    people, mentions = extract_people(doc)
    names = {p.local_key: p.name for p in people}
    def name_of(quotes):
        q = find(quotes, "He fully supports")
        return names.get(q.speaker_local_key) or q.speaker_name, q.speaker_text
    assert name_of(extract_quotes(doc, people, mentions)) == ("the Conservative Party", "the statement")
    assert "statement" in name_of(extract_quotes(doc, people, mentions, disabled=frozenset({"issuer"})))[0]


def test_an_acronym_with_an_ampersand_is_the_name_it_stands_for(nlp):
    doc = nlp("Mortgage lender Bradford & Bingley reported a rise in profits. B&B said the market would grow.")
    assert Organisations(ParsedArticle(doc)).fullest("B&B") == "Bradford & Bingley"


def test_the_company_is_the_owner_of_a_subject_named_untagged_before(nlp):
    text = ("Electrolux saw its shares rise on Tuesday. Electrolux's subsidiary brands include AEG, Zanussi and "
            "Frigidaire. The company said it was speeding up its restructuring programme. "
            "Electrolux is the world's largest maker of home appliances.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "speeding up its restructuring").speaker_name == "Electrolux"


def test_a_short_name_the_tagger_missed_gets_the_organisations_fullest_form(nlp):
    doc = nlp("Veltrix Systems, of Leeds, makes software. Veltrix employs 200 people. Veltrix said demand continues to grow.")
    *_, alone, short = [t for t in doc if t.text == "Veltrix"]
    # Tagged an organisation once on its own, left untagged where it speaks (as the tagger sometimes does).
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, alone.i, alone.i + 1, label="ORG")]
    art = ParsedArticle(doc)
    speaker = doc[short.i:short.i + 1]
    assert speaker_name(art, speaker, Organisations(art), bytearray(len(doc.text) + 1)) == "Veltrix Systems"


def test_a_company_epithet_is_the_organisation_just_named(nlp):
    text = ("Nike has reported its best quarterly earnings. The global sports giant said it posted a profit "
            "of $261m for the three months to November.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "it posted a profit").speaker_name == "Nike"


def test_it_said_goes_on_with_the_institution_that_spoke_just_before(nlp):
    text = ("The White House declined to comment on the speech. But Downing Street said she was speaking as a "
            "lawyer. It said she was not expressing political opinions.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "not expressing political opinions").speaker_name == "Downing Street"


def test_it_said_is_the_organisation_that_spoke_last(nlp):
    text = ("Yugoslavia has begun talks with banks, the official Tanjug news agency said. "
            "Tanjug said Yugoslavia also discussed converting some of its debt into joint ventures. "
            "It said Finance Minister Svetozar Rikanovic yesterday met World Bank and International Monetary Fund "
            "officials in Washington. It said the World Bank agreed that the projects should be accelerated.")
    _, quotes, names = quotes_of(nlp, text)
    for words in ("Svetozar Rikanovic yesterday met", "projects should be accelerated"):
        q = find(quotes, words)
        assert (names.get(q.speaker_local_key) or q.speaker_name) == "Tanjug"


def test_a_document_or_members_speak_for_the_organisation_named_in_front(nlp):
    text = ("Officials at the Parole Board of Canada met on Monday.\n\n"
            "The parole board decision allowing his release said he was not considered a psychopath.\n\n"
            "It also said he had behaved well. Board members also noted he was focused on himself.")
    _, quotes, _ = quotes_of(nlp, text)
    for words in ("not considered a psychopath", "he had behaved well", "focused on himself"):
        assert find(quotes, words).speaker_name.removeprefix("the ") == "Parole Board of Canada"


def test_a_companys_short_name_is_no_person(nlp):
    text = ("Cooper Basin oil producer Santos Ltd said it will bid 4.00 dlrs a share for the 96.03 pct it does not "
            "already hold in diversified oil and gas company TMOC Resources Ltd.\n\nSantos said the bid values TMOC "
            "at 248.5 mln dlrs. It said it already holds 1.91 mln of TMOC's 25 cent par shares.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "the bid values TMOC")
    assert (names.get(q.speaker_local_key) or q.speaker_name) == "Santos Ltd"


def test_sources_familiar_with_something_keep_what_they_are_familiar_with(nlp):
    text = ("The group hoped to sign a deal by the end of the year, sources familiar with the negotiations said. "
            "Details of the offer began to circulate last week, sources said.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "hoped to sign a deal").speaker_name == "sources familiar with the negotiations"
    assert find(quotes, "Details of the offer").speaker_name == "sources familiar with the negotiations"


def test_it_is_the_organisation_subject_earlier_in_its_sentence(nlp):
    text = ("The program costs the province $1.5-billion a year, at a time when the government is grappling "
            "with what it says is a $14.5 billion deficit.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "billion deficit").speaker_name == "the government"


def test_a_lead_describing_an_organisation_is_the_one_named_in_the_next_sentence(nlp):
    text = ("EU fraud clampdown urged\n\n"
            "EU member states are failing to report fraud and irregularities in EU funds on a consistent basis, "
            "the UK's public spending watchdog has said.\n\n"
            "The National Audit Office said although the latest figures showed reported fraud was falling, "
            "the EU still had no common definition of fraud.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "failing to report fraud")
    assert q.speaker_local_key is None and q.speaker_name == "The National Audit Office"


def test_a_pronoun_after_a_speaker_the_people_extraction_missed_is_that_speaker(nlp):
    text = ("EU fraud clampdown urged\n\n"
            "At the same time, reported fraud throughout the EU dropped from 10,276 cases worth £808m to 8,177 cases "
            "worth £644m. Edward Leigh, chairman of the Commons public accounts committee, said Britain had to set an "
            "example when it assumed the EU presidency.\n\n"
            "\"Any fraud in other member states is potentially fraud against the UK taxpayer,\" he said.")
    doc, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Any fraud in other member states")
    assert q.speaker_text == "he"
    assert names.get(q.speaker_local_key) == "Edward Leigh" or (q.speaker_local_key is None and q.speaker_name == "Edward Leigh")


def test_it_after_a_sentence_about_an_organisation_is_that_organisation(nlp):
    text = ("Murder sentences face review\n\n"
            "In its report, the Law Commission said it had found wide support for an end to the mandatory life sentence. "
            "But the Home Office said mandatory life sentences would not be abolished. "
            "The commission, an independent body including two judges, had been asked to consider reforms to the "
            "defence of provocation. But it said its proposals were unlikely to work without a far wider review of the law.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "its proposals were unlikely")
    assert q.speaker_local_key is None and q.speaker_name in ("Law Commission", "the Law Commission")


def test_a_focus_adverb_before_a_description_is_no_part_of_its_name(nlp):
    text = ("Black Lives Matter called for action on Tuesday, and even a top GOP strategist said Clinton "
            "will have to choose whose side she is on.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "choose whose side")
    assert q.speaker_name == "a top GOP strategist"


def test_data_speak_for_the_organisation_named_in_front(nlp):
    text = ("Statistics Canada released its figures on Monday. "
            "Statistics Canada data show that consumer prices rose 2 per cent in May.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "consumer prices rose").speaker_name == "Statistics Canada"


def test_an_acronym_spelled_out_in_brackets_speaks_by_its_full_name_however_tagged(nlp):
    text = ("The Canadian Federation of Independent Business (CFIB) urged Ottawa to cut payroll taxes.\n\n"
            "\"We believe the case for relief is strong,\" CFIB said.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the case for relief").speaker_name == "The Canadian Federation of Independent Business"


def test_a_dateline_is_no_part_of_the_organisation_speaking(nlp):
    text = ("TORONTO - Sudbury Copper Co, a subsidiary of Vale Mining Corp, said it is lowering its copper cathode "
            "price by 0.50 cent to 65.50 cents a lb, effective immediately.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "lowering its copper").speaker_name == "Sudbury Copper Co"


def test_the_committee_is_the_phrase_that_named_it_not_the_first_that_brought_it_in(nlp):
    text = ("A national body to tackle skills shortages should be set up, a committee of MPs has said.\n\n"
            "There was a crisis in the recruitment of statisticians, the Commons science and technology committee added. "
            "In its report the committee said: \"We are deeply concerned by the skills shortages.\"")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "deeply concerned").speaker_name.lower().endswith("commons science and technology committee")


def test_the_company_opening_a_sentence_is_the_organisation_the_sentence_before_was_about(nlp):
    text = ("Telus said the decision \"increases the risks\" attached to the project. "
            "If Telus does back out, MTN - the South African firm which lost out in the original tender - may well be "
            "back in the running. The company has said it is prepared to accept a minority stake.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "prepared to accept").speaker_name == "MTN"


def test_it_after_a_named_body_spoke_is_that_body_not_the_name_inside_it(nlp):
    text = ("A national body to tackle skills shortages should be set up, a committee of MPs has said.\n\n"
            "There was an \"absolute crisis\" in the recruitment of statisticians, the Commons science and technology "
            "committee added. \"Major problems\" are expected as the workforce continues to age, it said.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "workforce continues to age").speaker_name.lower().endswith("commons science and technology committee")


def test_an_indefinite_speaker_of_the_lead_is_the_organisation_the_next_sentence_is_about(nlp):
    text = ("Bank payout to fraud victims\n\n"
            "A Canadian bank has said it will donate more than $8m to victims of a Ponzi scheme under a court settlement.\n\n"
            "Laurentian Bank will put the money in a special fund to be managed by a Montreal-based charity.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "it will donate").speaker_name == "Laurentian Bank"


def test_a_description_of_a_bourse_is_the_organisation_in_apposition_to_a_subject_before(nlp):
    text = ("Deutsche Boerse chiefs met the London Stock Exchange on Monday. However, rival bidder Euronext "
            "also raised its stake in the battle. Before talks with the LSE on Friday, the pan-European bourse said "
            "it could pay for the deal in cash.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "pay for the deal in cash")
    assert q.speaker_local_key is None and q.speaker_name == "Euronext"


def test_a_spokeswoman_by_her_body_is_the_one_brought_in_before(nlp):
    text = ("A spokeswoman for Smith Barney said the recommendation was made because the group looks cheap. "
            "Moreno downgraded his opinion of UAL Inc, Smith Barney's spokeswoman said. "
            "The Smith Barney spokeswoman said the recommendation emphasizes the company's marketing.")
    _, quotes, _ = quotes_of(nlp, text)
    for words in ("Moreno downgraded", "emphasizes the company"):
        assert find(quotes, words).speaker_name == "A spokeswoman for Smith Barney", words
    other = ("A spokeswoman for Smith Barney said the group looks cheap. "
             "The Lehman spokeswoman said the group looks dear.")
    _, quotes, _ = quotes_of(nlp, other)
    assert find(quotes, "looks dear").speaker_name == "The Lehman spokeswoman"  # another body's


def test_the_company_after_its_product_is_the_company_that_spoke(nlp):
    text = ("DVD copy protection strengthened\n\nDVDs will be harder to copy thanks to new anti-piracy measures devised "
            "by copy protection firm Macrovision.\n\nMacrovision said RipGuard was designed to plug the \"digital hole\" "
            "that was created by so-called DeCSS ripper software. Macrovision said RipGuard would also prevent against "
            "\"rent, rip and return\" - where people would rent a DVD, copy it and then return the original. RipGuard is "
            "expected to be rolled out on DVDs from the middle of 2005, the company said.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "rolled out on DVDs").speaker_name == "Macrovision"  # not RipGuard, of its words


def test_it_goes_on_with_the_organisation_that_warned_before(nlp):
    text = ("Oil prices may fall, the Kuwait daily al-Qabas said.\n\n"
            "In an article on Sunday, it warned that official prices could face fresh pressure.\n\n"
            "It did not say whether only OPEC was behind the rise. Nor did it specify the sources.\n\n"
            "\"The sources said the credibility of OPEC would come under fresh scrutiny,\" it said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "credibility of OPEC")
    assert (names.get(q.speaker_local_key) or q.speaker_name) == "al-Qabas"


def test_a_description_with_a_place_or_organisation_in_apposition_is_that_name(nlp):
    text = ("The world's biggest tobacco consumer, China, has said it will not allow new factories. "
            "The regulator was quoted in China Daily.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "will not allow new factories")
    assert q.speaker_local_key is None and q.speaker_name == "China"


def test_a_name_a_description_is_sent_to_is_not_the_speakers_name(nlp):
    doc = nlp("A letter sent to Martin Mubanga said his British passport would not be issued.")
    art = ParsedArticle(doc)
    name = speaker_name(art, doc[0:2], Organisations(art), bytearray(len(doc.text)))
    assert name is not None and name != "Martin Mubanga" and name.startswith("A letter")


def test_a_place_before_a_company_noun_is_no_organisation(nlp):
    text = ("Shoppers deserted the High Street in December, figures showed. Next said sales had fallen. "
            "The High Street retailer said it now expected profits to be lower.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "expected profits")
    assert (names.get(q.speaker_local_key) or q.speaker_name or "").lower() != "the high street"  # a place


def test_it_after_a_sentence_about_a_party_is_that_party_and_so_is_the_party(nlp):
    text = ("The Lib Dems say Labour is telephoning people who have signed up not to get marketing calls. "
            "Labour denies breaking rules. It says calls are not marketing if they just ask about voting intentions. "
            "The party says it would expect the watchdog to take complaints seriously.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "calls are not marketing").speaker_name == "Labour"
    assert find(quotes, "expect the watchdog").speaker_name == "Labour"


def test_a_report_speaks_for_the_organisation_that_owns_it(nlp):
    text = ("The Electoral Commission says capping donations would mean taxpayers giving parties more cash. "
            "\"We do not believe that such a major departure from the existing system now would be sensible,\" "
            "says its report.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "such a major departure")
    assert q.speaker_local_key is None and q.speaker_name == "The Electoral Commission"  # as the article writes it


def test_a_speaker_of_only_quantifiers_pronouns_or_a_date_has_no_name(nlp):
    _, quotes, _ = quotes_of(nlp, "Voters were asked about the plan. Most said the plan was unfair.")
    assert find(quotes, "plan was unfair").speaker_text == "Most"
    assert find(quotes, "plan was unfair").speaker_name is None  # "Most" names nobody
    _, quotes, _ = quotes_of(nlp, "The senator spoke to voters. Many said they would back him in November.")
    assert find(quotes, "back him").speaker_name is None


def test_names_nobody(nlp):
    doc = nlp("Most said so. His aides said so. Tuesday said so. Nine said so. The Democrats said so.")
    spans = {s.text.split()[0]: s[:-3] for s in doc.sents}
    assert names_nobody(spans["Most"]) and names_nobody(spans["Nine"]) and names_nobody(spans["Tuesday"])
    assert not names_nobody(spans["His"]) and not names_nobody(spans["The"])
