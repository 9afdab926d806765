"""Team line-ups: lines of initials and surnames are players."""

from __future__ import annotations

from newsfold.extract.people.lineups import lineup_items, lineup_notes, surname_lineup_items


def _names(text):
    return [text[a:b] for a, b in lineup_items(text)]


def test_a_line_up_line_gives_every_player():
    text = ("Ireland won.\n\nScotland: C Paterson; S Danielli, A Craig, G Bulloch (capt), D O'Callaghan.\n"
            "R Russell, B Douglas, N Hines, J.P. Smith")
    assert _names(text) == ["C Paterson", "S Danielli", "A Craig", "G Bulloch", "D O'Callaghan",
                            "R Russell", "B Douglas", "N Hines", "J.P. Smith"]


def test_short_lists_prose_and_tables_are_no_line_ups():
    text = ("A Smith, B Jones and C Brown met.\nMan Utd: Carroll, G Neville, Ferdinand, Silvestre\n"
            "S.A. Rand 2.61578, N/A, Deutsche Mark 2.33983, U.S. Dlr 1.28\n"
            "Smith, Jones, Brown and White said so.")
    assert _names(text) == []


def test_line_up_players_are_people(people_of):
    text = ("Paterson kicked a penalty and Southwell scored early.\n\n"
            "C Paterson; S Danielli, A Craig, H Southwell, S Lamont; D Parks, C Cusiter.\n")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"C Paterson", "S Danielli", "H Southwell", "C Cusiter"} <= names
    assert "Paterson" not in names  # the lone surname joins the player's fuller name


def test_a_line_up_of_surnames_with_known_players():
    text = ("Chelsea won.\nCech, Ferreira, Terry, Gallas, Makelele (Cole 78), Lampard, El Karkouri, "
            "van der Walt. Subs Not Used: White, Wood.\n"
            "Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Reid for Murphy (47)\n"
            "France, Germany, Italy, Spain, Britain, Belgium\n")
    known = frozenset({"Terry", "Lampard", "Everitt", "Hodgson", "Germany"})
    names = [text[a:b] for a, b in surname_lineup_items(text, known)]
    assert names[:10] == ["Cech", "Ferreira", "Terry", "Gallas", "Makelele", "Cole", "Lampard", "El Karkouri",
                          "van der Walt", "White"]
    assert {"Everitt", "Mapletoft", "Reid", "Murphy"} <= set(names)
    assert "France" not in names  # six capitalised items, but one only named elsewhere as a person
    assert surname_lineup_items(text, frozenset({"Terry"})) == []  # one known player is not enough


def test_surname_line_up_players_are_people(people_of):
    text = ("John Terry scored and Frank Lampard added a second for Chelsea.\n\n"
            "Cech, Ferreira, Carvalho, Terry, Gallas, Tiago, Makelele, Lampard, Cole, Drogba, Gudjohnsen.\n")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"John Terry", "Frank Lampard", "Cech", "Drogba", "Gudjohnsen"} <= names


def test_a_surname_line_up_after_prose_with_initials_open_places_and_a_labelled_follow_on():
    text = ("Shane Horgan and Gordon D'Arcy are doubts.\n\n"
            ": Murphy, Horgan, TBC, D'Arcy, Hickie, O'Gara, S Easterby, Foley.\n\n"
            ": Sheahan, Horan, O'Callaghan, Miller, G Easterby, Dempsey.\n\n"
            "- The game got the go-ahead on Friday. Leeds: Balshaw; Rees, Christophers, Bell, Doherty; "
            "McMullen. Replacements: Kalman, Regan.\n"
            "France, Spain, Italy, Wales, Ireland, Scotland\n")
    known = frozenset({"Horgan", "D'Arcy", "Rees", "Kalman"})
    names = [text[a:b] for a, b in surname_lineup_items(text, known)]
    assert names[:7] == ["Murphy", "Horgan", "D'Arcy", "Hickie", "O'Gara", "S Easterby", "Foley"]
    assert {"Sheahan", "G Easterby", "Dempsey", "Balshaw", "Doherty", "McMullen", "Regan"} <= set(names)
    assert not {"TBC", "The game got the go-ahead on Friday", "France", "Leeds"} & set(names)
    # an unlabelled line after a line-up still needs players named elsewhere
    assert "France" not in [text[a:b] for a, b in surname_lineup_items(text, known | {"Spain"})]


def test_a_line_up_with_particles_double_initials_full_names_and_bracketed_notes():
    text = ("Italy named their team.\n\n"
            "R de Marigny (Parma); Mirco Bergamasco (Stade Francais), C Stoica (Montpellier), A Masi (Viadana); "
            "M Bortolami (Narbonne, capt), D dal Maso (Treviso), CA Del Fava (Parma).\n"
            "Mirco Bergamasco, Mauro Bergamasco, Andrea Masi and Marco Bortolami\n")
    assert _names(text) == ["R de Marigny", "Mirco Bergamasco", "C Stoica", "A Masi", "M Bortolami",
                            "D dal Maso", "CA Del Fava"]  # the prose line of full names is no line-up


def test_a_captain_note_standing_as_an_item_is_skipped():
    text = "Ireland named their team.\n\n: Murphy, Dempsey, Horgan, Maggs, Hickie, O'Connell, capt, S Easterby, Foley.\n"
    names = [text[a:b] for a, b in surname_lineup_items(text, frozenset({"Murphy", "Hickie"}))]
    assert names == ["Murphy", "Dempsey", "Horgan", "Maggs", "Hickie", "O'Connell", "S Easterby", "Foley"]


def test_the_bracketed_notes_of_a_line_up_are_clubs_not_people(people_of):
    text = ("Italy named their team.\n\n"
            "L Orquera (Calvisano); A Troncon (Treviso), A Lo Cicero (Calvisano), F Ongaro (Treviso), "
            "M Bortolami (Narbonne, capt).\n")
    assert [text[a:b] for a, b in lineup_notes(text)] == ["Calvisano", "Treviso", "Calvisano", "Treviso",
                                                           "Narbonne, capt"]
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"L Orquera", "A Troncon", "M Bortolami"} <= names
    assert not {"Calvisano", "Treviso", "Narbonne"} & names


def test_a_line_up_initial_stays_when_another_person_shares_the_surname(people_of):
    text = ("England coach Andy Robinson made one change, said Robinson.\n\n"
            "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), O Barkley (Bath), "
            "J Lewsey (Wasps); C Hodgson (Sale Sharks), H Ellis (Leicester).")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Andy Robinson", "J Robinson", "M Cueto"} <= names


def test_a_line_up_with_a_mid_line_label_a_missing_comma_and_an_open_place():
    text = ("Woodward coaches the side.\n\n"
            "C Latham (Australia); R Caucaunibuca (Fiji), J Fourie (S Africa) T Umaga (New Zealand), S Bobo (Fiji); "
            "A Mehrtens (New Zealand). Reserves: B Reihana (New Zealand), B Lima (Samoa), E Taukafa (Tonga), "
            "O Palepoi (Samoa), A N Other.")
    assert _names(text) == ["C Latham", "R Caucaunibuca", "J Fourie", "T Umaga", "S Bobo", "A Mehrtens",
                            "B Reihana", "B Lima", "E Taukafa", "O Palepoi"]


def test_a_note_with_a_bracket_left_open_still_ends_its_item():
    from newsfold.extract.people.lineups import lineup_items
    text = ("G Thomas (Toulouse (capt); H Luscombe (Dragons), T Shanklin (Blues), G Henson (Ospreys), "
            "S Williams (Ospreys); S Jones (Clermont Auvergne), D Peel (Scarlets).")
    assert [text[a:b] for a, b in lineup_items(text)] == [
        "G Thomas", "H Luscombe", "T Shanklin", "G Henson", "S Williams", "S Jones", "D Peel"]


def test_the_referee_line_after_the_attendance_closes_a_match_report(people_of):
    from newsfold.extract.people import extract_people

    text = ("Arsenal ended the match the stronger and Henry put a shot high from eight yards.\n\n"
            "Almunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Fabregas, Reyes, Bergkamp, Henry.\n\n"
            "Henry 2, 29.\n\n38,153\n\nG Poll (Hertfordshire).\n")
    doc, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "G Poll" in names and "Hertfordshire" not in names
    assert "G Poll" not in {p.name for p in extract_people(doc, disabled=frozenset({"referees"}))[0]}


def test_a_closing_initialled_name_after_prose_is_no_referee():
    from newsfold.extract.people.lineups import closing_referee

    assert closing_referee("He scored twice.\n\nJ Smith (Reuters)\n", []) is None
