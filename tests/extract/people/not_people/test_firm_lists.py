"""Firms named after people, known by the firms they are listed with."""

from __future__ import annotations


def test_a_name_listed_with_firms_is_a_firm(people_of):
    text = ("Denominations are of 10,000 francs. Co-leads are Midland Bank SA and Samuel Montagu. "
            "Donaldson Lufkin, Salomon Brothers and Mabon Nugent co-managed the issue, said Jane Rivers.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Samuel Montagu" not in names and "Mabon Nugent" not in names
    assert "Jane Rivers" in names


def test_a_titled_person_listed_with_a_firm_stays(people_of):
    text = ("The regulator charged Acme Group Inc and Mr John Walsh with fraud. It also named chief "
            "executive Ann Brody and Beta Holdings Inc. in the suit.")
    _, people, _ = people_of(text)
    assert {"John Walsh", "Ann Brody"} <= {p.name for p in people}


def test_a_name_listed_with_an_untagged_incorporated_firm_is_a_firm(people_of):
    text = ("NEW YORK - AFG Industries Inc and Wagner and Brown ended their hostile bid to acquire GenCorp "
            "Inc after the company's dramatic announcement, said Michael Davidoff.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert not names & {"Wagner", "Brown", "Wagner and Brown"} and "Michael Davidoff" in names


def test_a_name_listed_with_works_is_a_work(people_of):
    text = ("Films with medium budgets, a similar level to box office hits Vera Drake, Calendar Girls and "
            "Enduring Love, are expected to be worst hit, said Marc Samuelson. The movies starring Jude Law "
            "and Keira Knightley were postponed.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Vera Drake" not in names
    assert {"Marc Samuelson", "Jude Law", "Keira Knightley"} <= names


def test_a_name_listed_with_a_band_labelled_a_work_stays(people_of):
    text = ("D12 were surprise winners in the best hip-hop category, beating the Beastie Boys, Jay-Z, Kanye West "
            "and Nelly. Other artists in the top 10 include Kelly Clarkson, The Game and the Killers.")
    _, people, _ = people_of(text)
    assert {"Kanye West", "Kelly Clarkson"} <= {p.name for p in people}
