"""Works in award lists: the name after a nominee's comma in an item of a list is the work's title."""

from __future__ import annotations

import pytest

NOMINEES = {"Don Cheadle", "Johnny Depp", "Jamie Foxx", "Annette Bening", "Imelda Staunton", "Kate Winslet"}
WORKS = {"Hotel Rwanda", "Finding Neverland", "Ray", "Being Julia", "Vera Drake", "Eternal Sunshine"}


SEMICOLON_LIST = ('Nominations for the Academy Awards were announced on Tuesday.\n\n'
                  'Best picture: "The Aviator"; "Finding Neverland"; "Million Dollar Baby"; "Ray"; "Sideways."\n\n'
                  'Actor: Don Cheadle, "Hotel Rwanda"; Johnny Depp, "Finding Neverland"; Jamie Foxx, "Ray."\n\n'
                  'Actress: Annette Bening, "Being Julia"; Imelda Staunton, "Vera Drake"; '
                  'Kate Winslet, "Eternal Sunshine of the Spotless Mind."\n')
LIST_LINES = ("Nominations for the Academy Awards were announced on Tuesday.\n\nActor:\nDon Cheadle, Hotel Rwanda\n"
              "Johnny Depp, Finding Neverland\nJamie Foxx, Ray\n\nActress:\nAnnette Bening, Being Julia\n"
              "Imelda Staunton, Vera Drake\nKate Winslet, Eternal Sunshine of the Spotless Mind\n")


@pytest.mark.parametrize("text", [SEMICOLON_LIST, LIST_LINES], ids=["semicolon_list", "list_lines"])
def test_the_work_after_a_nominee_in_a_list_item_is_no_person(people_of, text):
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert NOMINEES <= names
    assert not names & WORKS


def test_a_name_after_a_comma_in_running_text_stays_a_person(people_of):
    text = ("The film stars Imelda Staunton, Phil Davis and Heather Craney. Staunton said the role was hard; "
            "Mike Leigh, the director, agreed.")
    _, people, _ = people_of(text)
    assert {"Imelda Staunton", "Phil Davis", "Heather Craney", "Mike Leigh"} <= {p.name for p in people}


def test_unquoted_works_after_full_names_are_works_though_the_list_reads_like_a_line_up(people_of):
    # "Alan Alda, The Aviator; Thomas Haden Church, Sideways; ..." is also shaped like a line-up's positions
    text = ("Nominations for the Academy Awards were announced on Tuesday.\n\n"
            "Supporting actor: Alan Alda, The Aviator; Thomas Haden Church, Sideways; Jamie Foxx, Collateral; "
            "Morgan Freeman, Million Dollar Baby; Clive Owen, Closer.\n\n"
            "Supporting actress: Cate Blanchett, The Aviator; Laura Linney, Kinsey; Virginia Madsen, Sideways; "
            "Sophie Okonedo, Hotel Rwanda; Natalie Portman, Closer.\n")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Alan Alda", "Jamie Foxx", "Morgan Freeman", "Cate Blanchett", "Laura Linney", "Natalie Portman"} <= names
    assert not names & {"Sideways", "Kinsey", "Closer", "Collateral"}


def test_a_line_up_s_players_after_a_comma_stay_people(people_of):
    text = ("England beat Italy at Twickenham.\n\nEngland: J Robinson (capt); M Cueto, J Noon, O Barkley, J Lewsey; "
            "C Hodgson, H Ellis; G Rowntree, S Thompson, P Vickery; D Grewcock, B Kay; J Worsley, L Moody.\n")
    _, people, _ = people_of(text)
    assert {"H Ellis", "B Kay", "S Thompson"} <= {p.name for p in people}


def test_a_nominee_is_no_work_though_the_parse_lists_it_with_works(people_of):
    # the parser coordinates "Felicity Huffman" with the "Desperate Housewives" before it
    text = ("A list of nominees for the Golden Globe Awards, announced Monday:\n\n"
            'Actress, Series, Musical or Comedy: Marcia Cross, "Desperate Housewives"; Teri Hatcher, "Desperate '
            'Housewives"; Felicity Huffman, "Desperate Housewives"; Debra Messing, "Will & Grace"; Sarah Jessica '
            'Parker, "Sex and the City."\n')
    _, people, _ = people_of(text)
    assert {"Marcia Cross", "Teri Hatcher", "Felicity Huffman", "Debra Messing"} <= {p.name for p in people}


def test_the_work_a_nominee_won_for_on_a_list_line_is_no_person(people_of):
    text = ("The winners of this year's Bafta film awards were announced in London on Saturday.\n\n"
            "Best film: The Aviator\nBest actor: Jamie Foxx for Ray\nBest actress: Imelda Staunton for Vera Drake\n"
            "Best supporting actor: Clive Owen for Closer\nBest director: Mike Leigh for Vera Drake\n"
            "Best British film: My Summer of Love\n")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Jamie Foxx", "Imelda Staunton", "Clive Owen", "Mike Leigh"} <= names
    assert not names & {"Ray", "Vera Drake", "Closer"}


def test_the_name_an_award_is_won_for_is_the_work(people_of):
    text = ("Imelda Staunton was named best actress for Vera Drake, while Liam Neeson was nominated too. "
            "Jamie Foxx has won the best actor award at the Golden Globes for Ray. Staunton thanked Mike Leigh. "
            "The award went to Clint Eastwood, and the Academy gave a lifetime prize to Sidney Lumet.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Imelda Staunton", "Liam Neeson", "Jamie Foxx", "Mike Leigh", "Clint Eastwood", "Sidney Lumet"} <= names
    assert not names & {"Vera Drake", "Ray"}


def test_a_person_met_outside_the_award_s_for_stays(people_of):
    text = ("The singer Ray Charles died last year. Jamie Foxx won the best actor award for Ray Charles, "
            "whom he played. Foxx met Charles in 2003.")
    _, people, _ = people_of(text)
    assert {"Jamie Foxx", "Ray Charles"} <= {p.name for p in people}


def test_people_listed_after_an_award_s_for_stay_people(people_of):
    text = ("The show won two awards - best entertainment and best presenters for Richard McCourt and Dominic Wood. "
            "Former presenter Floella Benjamin was honoured too.")
    _, people, _ = people_of(text)
    assert {"Richard McCourt", "Dominic Wood"} <= {p.name for p in people}


def test_the_artist_after_a_quoted_work_is_no_work(people_of):
    # the parser coordinates "Justin Timberlake" with the songs around it
    text = ("TORONTO - A list of nominees for the Juno Awards, announced Tuesday:\n\n"
            'Single of the year: "One Dance," Drake; "Treat You Better," Shawn Mendes; "Can\'t Stop the Feeling," '
            'Justin Timberlake; "Sorry," Justin Bieber.\n')
    _, people, _ = people_of(text)
    assert {"Shawn Mendes", "Justin Timberlake", "Justin Bieber"} <= {p.name for p in people}


def test_a_nominee_s_rival_voted_for_stays_a_person(people_of):
    text = ("If she is the nominee will union members vote for Donald Trump instead? The union leader thinks it is "
            "best for Justin Trudeau to wait.")
    _, people, _ = people_of(text)
    assert {"Donald Trump", "Justin Trudeau"} <= {p.name for p in people}
