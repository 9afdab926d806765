"""Other names of one person: the alias joins the person named before it and is never the name."""

from __future__ import annotations


def test_a_real_name_joins_the_stage_name_and_is_not_the_name(people_of):
    text = 'Jay-Z, real name Shawn Carter, said: "I have inherited two brands." Jay-Z added more.'
    _, people, _ = people_of(text)
    assert [p.name for p in people] == ["Jay-Z"]
    assert "Shawn Carter" in people[0].variants


def test_a_nickname_joins_the_person_everywhere(people_of):
    text = ('Carlos Moya won the final. And Moya, nicknamed Charly, admitted: "The Davis Cup is my dream." '
            'Spanish captain Jordi Arrese said: "Charly played a great game."')
    _, people, _ = people_of(text)
    assert "Charly" not in {p.name for p in people}
    assert "Charly" in next(p for p in people if p.name == "Carlos Moya").variants


def test_a_name_with_a_fuller_form_elsewhere_stays_a_person_of_its_own(people_of):
    text = ("Jeb Bush spoke in Iowa. A friend remembers Mr. Bush, known as Jeb, as a larger-than-life presence. "
            "Barbara Bush, his mother, agreed.")
    _, people, _ = people_of(text)
    assert "Jeb Bush" in {p.name for p in people}


def test_a_former_name_after_then_known_as_joins_the_person(people_of):
    text = ("WikiLeaks posted documents provided by the now-imprisoned Chelsea Manning - then known as "
            "Bradley Manning - in 2010.")
    _, people, _ = people_of(text)
    assert [p.name for p in people] == ["Chelsea Manning"]
