"""Names glued to page furniture: two inner capitals in one word."""

from __future__ import annotations

from newsfold.extract.people.not_people.glued import is_glued


def test_widget_text_glued_to_a_name_is_no_name():
    assert is_glued("Jen BenderyFlagShareLikeReplyPaige")
    assert not is_glued("Jim VandeHei")
    assert not is_glued("KellyAnne Conway")
    assert not is_glued("Ronald MacDonald-McKay")


def test_a_glued_person_is_dropped_and_a_real_one_stays(people_of):
    text = ('"The memorized 25-second speech. There it is, everybody." Jen BenderyFlagShareLikeReplyPaige '
            "Lavender 5ptsmoderatorFeatured. Senator Marco Rubio said he would go on.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Marco Rubio" in names and not any("Flag" in n for n in names)
