"""Page layout: bylines and credits, headlines, and hard-wrapped wire copy."""

from __future__ import annotations

from newsfold.extract.people import extract_people
from newsfold.extract.people.layout import in_bulleted_list, in_headline, in_headline_or_credit, is_credit
from newsfold.nlp.pipeline import parse_texts


def test_credits_and_bylines_are_not_mentions(people_of):
    text = (
        "By Jane Doe\n"
        "Prime Minister Keir Starmer met farmers in Kent on Monday.\n"
        "Photo: John Smith/Reuters\n"
        "Starmer said the talks went well.\n"
        "Reporting by Mary Jones; Editing by Tom Brown"
    )
    _, people, mentions = people_of(text)
    names = {p.name for p in people}
    assert "Keir Starmer" in names
    assert not names & {"Jane Doe", "John Smith", "Mary Jones", "Tom Brown"}
    assert all("Smith" not in m.text and "Doe" not in m.text for m in mentions)


def test_reporting_credit_with_from_is_not_a_person(people_of):
    text = ("The mayor said the blast was an intentional act, and Bill de Blasio asked for calm.\n\n"
            "--additional reporting from Darren Samuelsohn.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Darren Samuelsohn" not in names and "Bill de Blasio" in names


WRAPPED = (
    "Tanzania will need about 1.2 billion dlrs of hard currency to support\n"
    "its five-year plan, Minister of State for Finance Damas Mbogoro said.\n"
    "    He told a seminar in the northern town of Arusha that the plan\n"
    "would concentrate on existing infrastructure. Prime Minister Joseph\n"
    "Warioba and Finance Minister Cleopa Msuya have both stressed that\n"
    "departments must live within their budgets.\n"
    "    Prime Minister Mizanur Rahman Choudhury told Parliament\n"
    "last night the taxes were dropped. Choudhury also said the price\n"
    "of soybean oil would be lowered, and the secretary-general of the\n"
    "opposition party, K.M. Obaidur Rahman, said the strike was on.\n"
)


def test_hard_wrapped_wire_copy_names_across_lines_and_no_false_headlines(nlp):
    # Parsed as the pipeline parses it: its line wraps read as spaces (newsfold.nlp.wraps).
    (doc,) = parse_texts(nlp, [WRAPPED])
    people, mentions = extract_people(doc)
    names = {p.name for p in people}
    # a name broken over two lines is one person, named on one line
    assert "Joseph Warioba" in names and "Joseph" not in names
    # a wrapped line of capitalised words is no headline
    assert "Mizanur Rahman Choudhury" in names
    assert "K.M. Obaidur Rahman" in names
    for m in mentions:
        assert doc.text[m.start_char:m.end_char] == m.text
    warioba = [m for m in mentions if "Warioba" in m.text]
    assert warioba and WRAPPED[warioba[0].start_char:warioba[0].end_char] == "Joseph\nWarioba"
    assert sum(1 for m in mentions if m.text == "Choudhury") == 1


def test_a_single_line_break_in_web_text_still_ends_a_heading(people_of):
    text = "Ministers Meet Joseph\nWarioba said the talks would go on, and Warioba left."
    _, people, _ = people_of(text)
    assert "Joseph Warioba" not in {p.name for p in people}


def test_slash_credits_captions_and_author_notes(people_of):
    text = (
        "Wendy Golden at her home in Amherst, N.S. (Steve Lawrence/CBC)\n\n"
        "Wendy Golden said her son was not an addict.\n\n"
        "A refinery near Edmonton, Alberta, on Nov. 13, 2016. REUTERS/Chris Helgren\n\n"
        "Open this photo in gallery Homes in Vancouver on Oct. 29, 2015. Ben Nelms\n\n"
        "With files from Michael MacDonald in Halifax\n\n"
        "Laurie Monsebraaten is a Toronto-based reporter covering social justice."
    )
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Wendy Golden" in names
    assert not names & {"Steve Lawrence", "Steve Lawrence/CBC", "Chris Helgren", "Ben Nelms",
                        "Michael MacDonald", "Laurie Monsebraaten"}


def test_province_after_a_town_is_no_person(people_of):
    _, people, _ = people_of("HAMILTON, Ont. — Justin Trudeau says he is concerned.")
    assert {p.name for p in people} == {"Justin Trudeau"}


def test_follow_sign_off_is_no_person_and_sentence_final_names_stay(people_of):
    text = ("Clinton won a string of primaries over Vermont Sen. Bernie Sanders.\n\n"
            "Follow Pam Key On Twitter @pamkeyNEN.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Bernie Sanders" in names and "Pam Key" not in names


def test_people_named_only_in_captions_are_not_counted(people_of):
    text = (
        "CN porter Louis Augustin helps Sue Bristow, left, and Judy Hunter aboard a train in 1972. "
        "( Toronto Star file photo )\n\n"
        "Author Cecil Foster says the porters fought for social justice.\n\n"
        "Foster said the story was long overdue."
    )
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Cecil Foster" in names
    assert not names & {"Louis Augustin", "Sue Bristow", "Judy Hunter"}


def test_caption_spans():
    from newsfold.extract.people.layout import caption_spans

    text = ("Open this photo in gallery A worker in Solihull on Jan. 30, 2017. Darren Staples/Reuters\n"
            "Body text says nothing of photos (or credits).\n"
            "Doug Purdy walks near his home. ( Richard Lautens / Toronto Star ) Body goes on.")
    spans = caption_spans(text)
    covered = [text[a:b] for a, b in spans]
    assert covered[0].startswith("Open this photo") and covered[1].startswith("Doug Purdy")
    assert len(spans) == 2


def test_a_part_count_closing_a_line_is_no_photo_credit():
    from newsfold.extract.people.layout import caption_spans

    text = ("SIEGEL--Jerome Arthur, 98, passed away.\n"
            "Jerome married Jeanne Siegel in 1940. Please send contributions, attn: Natasha McCabe, New York, NY, 10032. 1/3.")
    assert caption_spans(text) == []


AWARD_LIST = """Oscar nominations 2019: The full list

The nominations for the 91st Academy Awards were announced Tuesday morning in Los Angeles.

Best actor
Christian Bale, Vice
Bradley Cooper, A Star Is Born
Willem Dafoe, At Eternity's Gate
Rami Malek, Bohemian Rhapsody
Viggo Mortensen, Green Book

Best supporting actress
Amy Adams, Vice
Emma Stone, The Favourite
Rachel Weisz, The Favourite
"""


def test_list_lines_are_not_headlines(people_of):
    """Award lists, casts and line-ups are short title-like lines too; their names are people."""
    _, people, _ = people_of(AWARD_LIST)
    names = {p.name for p in people}
    listed = {"Christian Bale", "Bradley Cooper", "Rami Malek", "Viggo Mortensen", "Amy Adams",
              "Emma Stone", "Rachel Weisz"}
    assert len(listed & names) >= 6, names  # the model itself misses one now and then


def test_long_bulleted_award_lines_name_people_but_not_theatres(people_of):
    """Bulleted award lines too long for a short list still list people; a title alone ("the Prince
    Edward", a theatre) gives none."""
    text = ("The Producers won three prizes at the Olivier Awards on Sunday night in London.\n\n"
            " - Best costume design - All's Well That Ends Well designed by Deirdre Clancy at the Gielgud\n"
            " - Best theatre choreographer - Matthew Bourne and Stephen Mear for Mary Poppins at the Prince Edward\n"
            " - Best actress - Clare Higgins for Hecuba at the Donmar Warehouse\n")
    assert in_bulleted_list(text, text.index("Clare"))
    assert not in_bulleted_list(text, text.index("Producers"))
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Deirdre Clancy", "Clare Higgins"} <= names
    assert "Edward" not in names and "Prince Edward" not in names


def test_a_headline_followed_by_its_story_is_still_a_headline():

    text = "- Politics\nUkraine War Talks Begin as Trump and Putin Agree on Negotiations\nIn a call, Trump said so."
    assert in_headline(text, text.index("Trump"))
    assert not in_headline(AWARD_LIST, AWARD_LIST.index("Viggo"))


def test_a_name_on_a_headline_or_in_a_credit_is_no_story_person():
    text = "Rapper Ja Rule Sues Label\nBy Jane Doe\nRapper Ja Rule said on Monday he would sue his label."
    head, byline, story = text.index("Ja Rule"), text.index("Jane Doe"), text.rindex("Ja Rule")
    assert in_headline_or_credit(text, head, head + len("Ja Rule"))
    assert in_headline_or_credit(text, byline, byline + len("Jane Doe"))
    assert not in_headline_or_credit(text, story, story + len("Ja Rule"))


def test_an_author_s_note_after_a_shopping_list_is_a_credit():
    text = ("Beards are back this winter, stylists say. " * 5 + "Graydon Green Cream, $38, graydonskincare.ca "
            "Kiehl’s Body Fuel, $15, kiehls.ca Kathryn Hudson is the executive editor of The Kit. She writes "
            "about style.")
    start = text.index("Kathryn Hudson")
    assert is_credit(text, start, start + len("Kathryn Hudson"))
    mid = "Then Kathryn Hudson is the executive editor of the series, said Mark Lee."
    assert not is_credit(mid, 5, 5 + len("Kathryn Hudson"))


def test_byline_label_and_signed_off_section_are_not_people(people_of):
    text = ("BYLINE: Amber Phillips.\n\n"
            "Virginia Gov. Terry McAuliffe tried to walk back his comments.\n\n"
            "- Amber Phillips.\n\n"
            "Nominees:\n\n- Jane Smith\n\n- Paul Brown\n")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Amber Phillips" not in names and "Terry McAuliffe" in names
    assert "Jane Smith" in names  # a bulleted list item, no full stop: still a person


def test_produced_by_credit_line_is_no_person_but_a_producer_in_the_story_is(people_of):
    text = ("The film was produced by Harvey Weinstein, said Susan Glasser.\n\n"
            "Podcast produced by Bridget Mulcahy.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Bridget Mulcahy" not in names and "Harvey Weinstein" in names and "Susan Glasser" in names


def test_title_ending_in_a_quotation_is_a_headline():
    text = ("Hillary Camp Declining To Debate Bernie – What ever Happened To Debating “Anytime, Anywhere.”\n\n"
            "A few weeks ahead of the New York Primary, Hillary Clinton’s campaign says they are unwilling.")
    assert in_headline(text, 0)
    assert not in_headline(text, text.index("Hillary Clinton"))


def test_an_author_s_note_without_an_article_opens_its_paragraph():
    text = ("The group hopes to make a CD next year.\n\nClark Boyd is technology correspondent for The World, a BBC "
            "World Service and WGBH-Boston co-production")
    start = text.index("Clark Boyd")
    assert is_credit(text, start, start + len("Clark Boyd"))
    # inside a sentence, a bare post tells the story of a person in it
    mid = "He said Clark Boyd is technology correspondent for The World."
    assert not is_credit(mid, 8, 8 + len("Clark Boyd"))


def test_credit_lines_and_agency_photo_credits_are_no_people(people_of):
    text = ("Rep. Glenn Thompson said the convention was a marathon.\n\n"
            "Scott Olson via Getty Images.\n\n"
            "Story by Scott Conroy Video produced by Jon StraussCinematography by Jon Strauss and Sam Wilkes.\n\n"
            "Contributing: Todd Spangler.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Glenn Thompson" in names
    assert not {n for n in names if n.split()[0] in ("Scott", "Jon", "Sam", "Todd")}


def test_a_line_opening_with_reporting_that_quotes_someone_keeps_its_people():
    text = "Reporting by the Post found errors, Mayor Jane Doe said on Monday."
    start = text.index("Jane")
    assert not is_credit(text, start, start + len("Jane Doe"))
    line = "Contributing: Todd Spangler."
    assert is_credit(line, line.index("Todd"), len(line) - 1)


def test_a_post_held_at_a_body_on_the_last_line_is_the_op_ed_author_s_note():
    text = ("Refoulement is illegal.\n\nMr. Phillips is Director of the Program on Peace-building at Columbia.")
    start = text.index("Phillips")
    assert is_credit(text, start, start + len("Phillips"))
    notes = "It is a pattern.\n\nGina Glantz is founder of GenderAvenger.com. Julie Burton is president of the Center."
    for name in ("Gina Glantz", "Julie Burton"):
        start = notes.index(name)
        assert is_credit(notes, start, start + len(name))
    # the same sentence before the last line tells the story of a person in it
    body = "Jane Roe is president of the union.\n\nThe strike ended on Friday."
    assert not is_credit(body, 0, len("Jane Roe"))


def test_a_co_author_on_the_last_line_is_the_op_ed_author_s_note():
    text = "Cleveland was safe.\n\nBrett M. Decker is co-author of the upcoming book The Conservative Case."
    start = text.index("Brett")
    assert is_credit(text, start, start + len("Brett M. Decker"))


def test_a_closing_contributed_reporting_line_is_a_credit():
    for line in ("Amanda Terkel contributed reporting.", "Jane Doe and John Roe contributed to this report."):
        assert is_credit(line, 0, line.index(" contributed"))
    text = "Trump contributed reporting money to the campaign, he said."
    assert not is_credit(text, 0, len("Trump"))


def test_a_title_abbreviation_is_no_sentence_break_in_a_headline():
    title = "Texas Gov. Hears About Obama’s Gun Grab, Launches EPIC 4-Word Warning To White House.\n\nBody text."
    assert in_headline(title, title.index("Hears"))
    two = "Mayor Quits. Council Reels\n\nBody text."
    assert not in_headline(two, two.index("Council"))


def test_a_closing_note_on_a_writer_named_nowhere_else_is_a_credit():
    text = ("Trump would show voters he is serious, Kasich said.\n\n"
            "Peter Morici is an economist who teaches business in Maryland.")
    start = text.index("Peter")
    assert is_credit(text, start, start + len("Peter Morici"))
    told = text.replace("Peter Morici is", "Kasich praised Peter Morici.\n\nPeter Morici is")
    start = told.rindex("Peter")
    assert not is_credit(told, start, start + len("Peter Morici"))  # named before: a person of the story
    chief = text.replace("Peter Morici is an economist who teaches business in", "David Callaway is editor in chief of")
    start = chief.index("David")
    assert is_credit(chief, start, start + len("David Callaway"))


def test_a_writer_and_outlet_in_square_brackets_are_a_credit():
    text = "The DNC email leak forced Schultz to resign. [Marina Fang, HuffPost]"
    start = text.index("Marina")
    assert is_credit(text, start, start + len("Marina Fang"))


def test_a_short_first_line_set_apart_is_a_title_in_sentence_case():
    text = "Da Vinci film to star Tom Hanks\n\nActor Tom Hanks is reuniting with Ron Howard."
    assert in_headline(text, text.index("Da Vinci"))
    assert not in_headline(text, text.index("Ron Howard"))
    wrapped = "Showers continued throughout the week in\nthe Bahia cocoa zone, Comissaria Smith said.\n"
    assert not in_headline(wrapped, 0)


def test_a_motion_picture_award_s_label_is_no_photo_credit():
    text = 'Supporting Actor, Motion Picture: David Carradine, "Kill Bill Vol. 2"; Jamie Foxx, "Collateral."\n'
    start = text.index("David")
    assert not is_credit(text, start, start + len("David Carradine"))
    credit = "A fan waits outside. Picture: John Smith\n"
    start = credit.index("John")
    assert is_credit(credit, start, start + len("John Smith"))


def test_the_last_line_of_a_list_closing_the_text_is_no_headline(people_of):
    text = ("The winners of this year's Bafta film awards were announced in London on Saturday.\n\n"
            "Best film: The Aviator\nBest actor: Jamie Foxx for Ray\nBest actress: Imelda Staunton for Vera Drake\n"
            "Best supporting actor: Clive Owen for Closer\nBest director: Mike Leigh for Vera Drake\n"
            "Best British film: My Summer of Love\nOutstanding debut: Amma Asante for A Way of Life")
    assert in_headline(text, text.index("Outstanding")) is False
    _, people, _ = people_of(text)
    assert {"Jamie Foxx", "Clive Owen", "Amma Asante"} <= {p.name for p in people}


def test_a_name_for_the_outlet_closing_its_credit_is_a_credit_and_one_in_a_sentence_none():
    credit = "Protesters gather outside the hall.\n\nJane Doe for the Toronto Star\n"
    start = credit.index("Jane")
    assert is_credit(credit, start, start + len("Jane Doe"))
    text = "Walker threw his support behind Sen. Ted Cruz for the GOP presidential nomination.\n"
    start = text.index("Ted")
    assert not is_credit(text, start, start + len("Ted Cruz"))
    assert is_credit(text, start, start + len("Ted Cruz"), ("credits",))  # without "outlet_credits"


def test_a_line_of_writers_sign_offs_closing_the_text_is_a_credit():
    text = ("Clinton told union workers in Los Angeles she would win.\n\n"
            "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.\n\n"
            "On Twitter follow Ken Thomas https://twitter.com/KThomasDC and Lisa Lerer https://twitter.com/llerer.\n\n"
            "Phillip reported from Oakland, Calif.; Gearan, from Washington.\n\n"
            "Send tips/quips/quotes/stories to Lauren Weber lauren.weber@huffingtonpost.com.\n\n"
            "Follow Jeff Horwitz and Chad Day on Twitter: https://twitter.com/JeffHorwitz.")
    for name in ("Lerer", "Jill Colvin", "Ken Thomas", "Lisa Lerer", "Phillip", "Gearan", "Lauren Weber",
                 "Jeff Horwitz", "Chad Day"):
        start = text.index(name + " ") if name == "Lerer" else text.index(name)
        assert is_credit(text, start, start + len(name)), name
        assert not is_credit(text, start, start + len(name), ("credits", "credit_lines")), name
    body = "Trump contributed $1 million to the group. Clinton reported from the front lines that things were bad."
    for name in ("Trump", "Clinton"):
        assert not is_credit(body, body.index(name), body.index(name) + len(name))
