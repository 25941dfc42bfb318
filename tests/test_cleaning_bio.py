"""The author's biography at the end of an article goes, found by the author's name in any
language; the story's own paragraphs stay."""
from __future__ import annotations

import pytest

from newsspider.extract.cleaning.bio import drop_author_bio

STORY = ["The council met on Tuesday and approved the budget for next year.",
         "The vote was close, and the opposition said it would appeal.",
         "The mayor said the schools would be renovated first."]


def test_a_closing_paragraph_about_the_author_goes_in_any_language():
    for bio, author in [
        ("Korrespondent Ulrich Exner ist bei WELT für landespolitische Themen zuständig.", "Ulrich Exner"),
        ("Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland.", "Manuela Conrad"),
        ("Joe Matazzoni is a product manager at the Wikimedia Foundation.", "Joe Matazzoni"),
    ]:
        assert drop_author_bio("\n".join([*STORY, bio]), [author]) == "\n".join(STORY), bio


def test_the_paragraph_above_naming_the_author_by_first_name_goes_with_it():
    text = "\n".join([*STORY, "A 38-year industry veteran, Lance has covered technology since the 1980s.",
                      "Lance Ulanoff makes frequent appearances on national news programs.",
                      "You must confirm your public display name before commenting"])
    assert drop_author_bio(text, ["Lance Ulanoff"]) == "\n".join(
        [*STORY, "You must confirm your public display name before commenting"])


def test_story_paragraphs_stay():
    # An agency named as the author is no person; the name deep in a sentence is not its subject.
    told = "The company told Reuters on Monday that it would appeal."
    assert drop_author_bio("\n".join([*STORY, told]), ["Reuters"]) == "\n".join([*STORY, told])
    column = "Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips."
    assert drop_author_bio("\n".join([*STORY, column]), ["Abigail Van Buren"]) == "\n".join([*STORY, column])
    # Earlier paragraphs and short texts are the story.
    early = "Jane Roe, the council's treasurer, presented the figures."
    text = "\n".join([early, *STORY])
    assert drop_author_bio(text, ["Jane Roe"]) == text
    short = "\n".join(["Jane Roe reports on the council meeting.", STORY[0]])
    assert drop_author_bio(short, ["Jane Roe"]) == short


def test_the_paragraph_above_stays_when_it_names_someone_else_or_uses_a_common_word():
    lead = "The town's budget grows by four percent next year."
    credit = "The Associated Press contributed to this report."
    assert drop_author_bio("\n".join([lead, *STORY, credit]), ["The Associated Press"]) == "\n".join([lead, *STORY])
    other = "David Cameron said on Monday that the plan would fail."
    bio = "David Miller is a reporter at the Herald."
    assert drop_author_bio("\n".join([*STORY, other, bio]), ["David Miller"]) == "\n".join([*STORY, other])


def test_the_byline_repeated_as_a_first_line_goes():
    from newsspider.extract.cleaning.bio import drop_author_line

    text = "\n".join(["von Katja Belousova", *STORY])
    assert drop_author_line(text, ["Katja Belousova"]) == "\n".join(STORY)
    # Under the headline's copy, with a place or a second name.
    text = "\n".join(["Council approves budget", "Jane Doe and John Roe, Washington", *STORY])
    assert drop_author_line(text, ["Jane Doe", "John Roe"]) == "\n".join(["Council approves budget", *STORY])
    # A sentence about the author, a line further down, or a name alone (one word) stays.
    for kept in (["Jane Doe resigned.", *STORY], [*STORY[:2], "Jane Doe", STORY[2]]):
        assert drop_author_line("\n".join(kept), ["Jane Doe"]) == "\n".join(kept)
    assert drop_author_line("\n".join(["Reuters", *STORY]), ["Reuters"]) == "\n".join(["Reuters", *STORY])


def test_the_byline_is_found_in_any_case_as_re_ignorecase_pairs_letters():
    # In capitals, in ASCII or not; and beyond ASCII by re.IGNORECASE's pairs ("ſ" for "s", the Kelvin
    # sign for "k", "İ" for "i"), which lower-casing alone does not make.
    from newsspider.extract.cleaning.bio import drop_author_line

    for line, author in (("BY JANE DOE", "Jane Doe"), ("von ŁUKASZ NOWAK", "Łukasz Nowak"),
                         ("Von Jane Doſe", "Jane Dose"), ("By \u212aate Doe", "Kate Doe"), ("İlker Yilmaz", "ilker yilmaz")):
        assert drop_author_line("\n".join([line, *STORY]), [author]) == "\n".join(STORY), line
    assert drop_author_line("\n".join(["By Jane Dolittle", *STORY]), ["Jane Doe"]) == "\n".join(["By Jane Dolittle", *STORY])


def test_the_byline_goes_below_a_headline_copy_ending_in_a_full_stop_and_a_tagline():
    # Every page of a site loses it alike, whatever stands above it (the site's learned lines count on that).
    from newsspider.extract.cleaning.bio import drop_author_line

    head = ["North Korea says no disarmament without trust in the U.S.", "The paper of the nation"]
    text = "\n".join([*head, "Per Laia Puig", "Publicat el 2019-04-19", *STORY])
    assert drop_author_line(text, ["Laia Puig"]) == "\n".join([*head, "Publicat el 2019-04-19", *STORY])


def test_a_tibetan_byline_ending_in_a_shad_goes_as_any_byline_does():
    """Tibetan writes its syllables apart with the tsheg and no space between words: a name of two
    syllables or more names a person ("བཀྲ་ཤིས་སྒྲོལ་མ།"), and the shad closing the byline and the
    name (a label's mark too) ends no sentence, so the byline under the headline's copy goes. A
    Tibetan line that names no author, or says more than a label beside the name, stays."""
    from newsspider.extract.cleaning.bio import drop_author_line

    author = "བཀྲ་ཤིས་སྒྲོལ་མ།"
    head = ["哈莱姆的教堂疲于生存，圣马丁教堂的钟声陷于沉寂"]
    text = "\n".join([*head, f"རྩོམ་པ་པོ། {author}", "པར་སྐྲུན་དུས་ཚོད། 2019-02-12", *STORY])
    assert drop_author_line(text, [author]) == "\n".join([*head, "པར་སྐྲུན་དུས་ཚོད། 2019-02-12", *STORY])
    for kept in ([*head, "དེ་ནི་ཧ་ཅང་གལ་ཆེན་རེད།", *STORY],
                 [*head, f"{author} ཁོང་གིས་དེ་རིང་ལྷ་སར་ཚོགས་འདུ་ཆེན་པོ་ཞིག་ལ་ཞུགས་ནས་གསུང་བཤད་གནང་། ད་ལྟ་ཕེབས་སོང་། ཡང་བསྐྱར་ཡོང་།", *STORY]):
        assert drop_author_line("\n".join(kept), [author]) == "\n".join(kept)


def test_a_tibetan_name_inside_a_run_of_syllables_names_no_author():
    """A Tibetan name of two syllables is a common word too (ཉི་མ "sun, day", བཀྲ་ཤིས "good
    fortune"), and a name a tsheg joins to the next syllable is a word's part or a sentence's subject
    ("བཀྲ་ཤིས་དོན་གྲུབ་ཀྱིས་..." "Tashi Dhondup said"): a byline's name stands alone, between spaces,
    shads and the line's edges, so the story's first lines stay."""
    from newsspider.extract.cleaning.bio import drop_author_line

    head = ["ལྷ་སར་ཆར་པ་ཆེན་པོ་བབས།"]
    for author, line in (("ཉི་མ", "ཉི་མ་གཉིས་ཀྱི་རྗེས་སུ་ཚོགས་འདུ་འཚོགས་རྒྱུ་རེད།"), ("བཀྲ་ཤིས", "བཀྲ་ཤིས་བདེ་ལེགས།"),
                         ("བཀྲ་ཤིས་དོན་གྲུབ", "ཞིང་པ་ཚོ་སེམས་འཚབ་ཡོད། བཀྲ་ཤིས་དོན་གྲུབ་ཀྱིས་དེ་རིང་བཤད།"),
                         ("སྒྲོལ་མ", "སྒྲོལ་མི་ཚོ་ཕེབས་སོང་།")):
        text = "\n".join([*head, line, *STORY])
        assert drop_author_line(text, [author]) == text, author
    text = "\n".join([*head, "རྩོམ་པ་པོ། བཀྲ་ཤིས་དོན་གྲུབ", *STORY])
    assert drop_author_line(text, ["བཀྲ་ཤིས་དོན་གྲུབ"]) == "\n".join([*head, *STORY])


@pytest.mark.parametrize(("heading", "bio", "author"), [
    ("About the author", "Jane Doe is a political correspondent based in Cardiff.", "Jane Doe"),
    ("Об авторе", "Иван Петров — политический обозреватель.", "Иван Петров"),
    ("लेखक के बारे में", "राहुल शर्मा दिल्ली में राजनीतिक संवाददाता हैं।", "राहुल शर्मा"),
])
def test_the_bio_heading_goes_with_the_bio_in_any_script(heading, bio, author):
    story = ["The council met on Tuesday.", "The vote was close.", "The opposition will appeal.", "It meets again in May."]
    assert drop_author_bio("\n".join([*story, heading, bio]), [author]) == "\n".join(story)


@pytest.mark.parametrize("above", ["(Reporting by Tom Lee)", "It meets again in May.", "Updated 12 May"])
def test_a_line_above_the_bio_that_is_no_bare_heading_stays(above):
    story = ["The council met on Tuesday.", "The vote was close.", "The opposition will appeal."]
    text = "\n".join([*story, above, "Jane Doe is a political correspondent based in Cardiff."])
    assert drop_author_bio(text, ["Jane Doe"]) == "\n".join([*story, above])


@pytest.mark.parametrize("dateline, author", [
    ("GOIÂNIA (Agência Brasil) – A colheita de soja deve superar 18 milhões de toneladas, segundo a Conab.",
     "Agência Brasil"),
    ("MADRID (Europa Press) – El Gobierno aprobó este martes el plan de vivienda para jóvenes.", "Europa Press"),
    ("WASHINGTON (Associated Press) — The Senate passed the spending bill late on Tuesday night.",
     "Associated Press"),
    ("КИЕВ (Интерфакс Украина) – Правительство утвердило новый план ремонта дорог на год.", "Интерфакс Украина"),
    ("القاهرة (وكالة الأنباء) - أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في الدلتا.", "وكالة الأنباء"),
    ("東京（共同 通信）国会は火曜日、新しい予算案を可決した。", "共同 通信"),
])
def test_a_wire_dateline_naming_the_agency_in_brackets_is_story_not_a_bio(dateline, author):
    """A story's opening paragraph credits its agency in brackets after the dateline: the name is no
    bio's subject, so a short wire story keeps its first paragraph."""
    text = "\n".join([STORY[0], dateline, *STORY[1:]])  # a standfirst above it: the dateline among the last
    assert drop_author_bio(text, [author]) == text


def test_a_bio_naming_the_author_outside_brackets_still_goes_beside_a_bracketed_credit():
    bio = "Maria Souza (Agência Brasil) cobre agricultura desde 2010."
    assert drop_author_bio("\n".join([*STORY, bio]), ["Maria Souza"]) == "\n".join(STORY)


def test_a_closing_credit_that_is_the_bracketed_name_alone_still_goes():
    assert drop_author_bio("\n".join([*STORY, "(Ed de Leon)"]), ["Ed de Leon"]) == "\n".join(STORY)
