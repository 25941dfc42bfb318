"""Subheadings inside the story that the text extractor dropped go back between their paragraphs."""
from __future__ import annotations

from newsspider.extract.parse import parse_html
from newsspider.extract.subheadings import (
    with_block_leads,
    with_lists,
    with_opening,
    with_subheadings,
    without_title_copy,
)

FIRST = "Fréttamenn greindu frá skil\u00adyrðum sem félögum voru sett."
SECOND = "Ný lög um trúfélög tóku gildi árið 2021."
THIRD = "Dómari í Madrid hafnaði bótakröfunni í desember."


def restore(body: str, text: str) -> str:
    """with_subheadings on the body's first element as the story's container."""
    return with_subheadings(text, parse_html(f"<html><body>{body}</body></html>").find("body")[0])


def test_a_heading_between_two_kept_paragraphs_goes_back_between_them():
    body = (f"<div><p>{FIRST}</p><aside>Auglýsing</aside><script>x()</script><h3>Dæmdir söfnuður</h3>"
            f"<p>{SECOND}</p><h3>Hlupu upp tröppurnar</h3><!-- ad --><p>{THIRD}</p></div>")
    text = "\n".join((FIRST.replace("\u00ad", ""), SECOND, THIRD))
    assert restore(body, text).split("\n") == [FIRST.replace("\u00ad", ""), "Dæmdir söfnuður", SECOND,
                                               "Hlupu upp tröppurnar", THIRD]


def test_headings_the_text_does_not_frame_stay_out():
    text = "\n".join((FIRST, THIRD))  # the text skips SECOND: the heading's neighbours are not next to each other
    body = f"<div><p>{FIRST}</p><h3>Dæmdir söfnuður</h3><p>{SECOND}</p><p>{THIRD}</p></div>"
    assert restore(body, text) == text
    teasers = f"<aside><p>{FIRST}</p><h3>Mest lesið</h3><p>{THIRD}</p></aside>"  # a sidebar's box title
    assert restore(teasers, text) == text
    kept = f"<div><p>{FIRST}</p><h3>Dæmdir söfnuður</h3><p>{THIRD}</p></div>"
    assert restore(kept, "\n".join((FIRST, "Dæmdir söfnuður", THIRD))) == "\n".join((FIRST, "Dæmdir söfnuður", THIRD))


def story_of(body: str):
    return parse_html(f"<html><body>{body}</body></html>").find("body")[0]


def test_a_subheading_copying_the_title_below_the_lead_goes_and_the_lead_stays():
    """blinker.de: two lead paragraphs, then the headline again as an ``<h2>`` of the same
    container; the cleaner would take the lead for chrome above the headline."""
    title = "Fishing Masters Show in Rostock im Mai 2022"
    body = f"<div><p>{FIRST}</p><div class='ad'></div><p>{SECOND}</p><h2>{title}</h2><p>{THIRD}</p></div>"
    text = "\n".join((FIRST, SECOND, title, THIRD))
    assert without_title_copy(text, story_of(body), title) == "\n".join((FIRST, SECOND, THIRD))
    assert without_title_copy(text, story_of(body), title.upper() + "!") == "\n".join((FIRST, SECOND, THIRD))


def test_a_title_copy_without_a_sentence_above_it_in_its_container_stays():
    title = "Fishing Masters Show in Rostock im Mai 2022"
    text = "\n".join((title, FIRST, SECOND))
    first = f"<div><h2>{title}</h2><p>{FIRST}</p><p>{SECOND}</p></div>"  # the headline over the story
    assert without_title_copy(text, story_of(first), title) == text
    labels = f"<div><p>Angeln allgemein</p><h2>{title}</h2><p>{FIRST}</p></div>"  # a label, no sentence
    assert without_title_copy("\n".join(("Angeln allgemein", title, FIRST)), story_of(labels), title).count(title) == 1
    other = f"<div><p>{FIRST}</p><h2>Dæmdir söfnuður</h2><p>{SECOND}</p></div>"  # a real subheading
    assert without_title_copy("\n".join((FIRST, "Dæmdir söfnuður", SECOND)), story_of(other), title).count("Dæmdir") == 1
    assert without_title_copy(text, story_of(first), None) == text


def test_a_section_heading_over_a_picture_and_its_first_sub_section_goes_back():
    """beachbodyondemand.com: a plan's sections, each an ``<h2>`` over a picture and the ``<h3>`` of
    its first part, the parts' headings and paragraphs the same in every section: the ``<h2>`` goes
    back above the sub-section's heading of its own section."""
    body = (f"<div><p>{FIRST}</p><h2>Plan A</h2><p><img src='a.jpg'></p><h3>Meal 1</h3><p>{SECOND}</p>"
            f"<p>{THIRD}</p><h2>Plan B</h2><h3>Meal 1</h3><p>{SECOND}</p></div>")
    text = "\n".join((FIRST, "Meal 1", SECOND, THIRD, "Meal 1", SECOND))
    assert restore(body, text).split("\n") == [FIRST, "Plan A", "Meal 1", SECOND, THIRD, "Plan B", "Meal 1", SECOND]
    # each heading between two paragraphs the text holds twice in that order goes at the copy below
    # the heading placed before it, as the page has them
    twice = f"<div><p>{FIRST}</p><h3>Day 1</h3><p>{SECOND}</p><p>{FIRST}</p><h3>Day 2</h3><p>{SECOND}</p></div>"
    assert restore(twice, "\n".join((FIRST, SECOND) * 2)).split("\n") == [FIRST, "Day 1", SECOND, FIRST, "Day 2", SECOND]


def test_a_heading_over_another_heading_of_its_rank_stays_out():
    """Two headings of one rank in a row are a list of titles (teasers), not a section opening."""
    body = f"<div><p>{FIRST}</p><h3>Mest lesið</h3><h3>Dæmdir söfnuður</h3><p>{SECOND}</p></div>"
    text = "\n".join((FIRST, "Dæmdir söfnuður", SECOND))
    assert restore(body, text) == text


def test_the_lead_that_opens_the_story_s_container_goes_back_above_the_text():
    """bike-magazin.de: ``<p class="teasertext">`` opens the story's container and trafilatura
    discards it by its class; it goes back above the paragraph the text opens with. A picture
    between them does not stop the walk; a byline, a caption holding its picture, a teaser's title
    (all one link) or a line without a sentence end it."""
    lead = "Strava wertet mit einem Update sein Routen-Tool auf."
    text = "\n".join((SECOND, THIRD))
    body = f"<div><p>Von Stefan Loibl</p><p class='teasertext'>{lead}</p><div class='ad'></div><p>{SECOND}</p><p>{THIRD}</p></div>"
    assert with_opening(text, story_of(body)).split("\n") == [lead, SECOND, THIRD]
    for before in (f"<p><img src='a.jpg'><span>{lead}</span></p>", f"<p><a href='/other'>{lead}</a></p>",
                   "<p>Von Stefan Loibl</p>", f"<h2>{lead}</h2>"):
        assert with_opening(text, story_of(f"<div>{before}<p>{SECOND}</p><p>{THIRD}</p></div>")) == text
    assert with_opening(text, story_of(f"<div><p>{lead}</p><p>{FIRST}</p><p>{THIRD}</p></div>")) == text


def test_a_list_a_kept_paragraph_announces_goes_back_below_it_item_by_item():
    """dsv.de, achgut.com: a paragraph announces a list ("... folgende Angaben erforderlich:") that
    trafilatura's fast pass, recovering the page's loose paragraphs, left out."""
    body = (f"<div><p>{FIRST}</p><p>Für die Bestellung sind folgende Angaben erforderlich:</p>"
            "<ul><li>Name des Bestellers</li><li>Anzahl der <b>Pässe</b></li><li></li></ul>"
            f"<!-- ad --><p>{SECOND}</p><p>Zwei Fragen sind zu klären:&nbsp;</p><ol><li>Wie schwer ist die Krankheit?</li></ol>"
            f"<p>{THIRD}</p></div>")
    text = "\n".join((FIRST, "Für die Bestellung sind folgende Angaben erforderlich:", SECOND,
                      "Zwei Fragen sind zu klären:", THIRD))
    assert with_lists(text, story_of(body)).split("\n") == [
        FIRST, "Für die Bestellung sind folgende Angaben erforderlich:", "- Name des Bestellers",
        "- Anzahl der Pässe", SECOND, "Zwei Fragen sind zu klären:", "- Wie schwer ist die Krankheit?", THIRD]


def test_lists_no_paragraph_announces_lists_of_links_and_lists_the_text_has_stay_out():
    text = "\n".join((FIRST, SECOND, THIRD))
    unannounced = f"<div><p>{FIRST}</p><ul><li>Name des Bestellers</li></ul><p>{SECOND}</p></div>"
    assert with_lists(text, story_of(unannounced)) == text
    announced = "Lesen Sie auch:"
    teasers = (f"<div><p>{announced}</p><ul><li><a href='/a'>Ein anderer Artikel der Seite</a></li>"
               f"<li>Noch ein Satz ohne Link.</li></ul><p>{SECOND}</p></div>")
    assert with_lists("\n".join((announced, SECOND)), story_of(teasers)) == "\n".join((announced, SECOND))
    kept = f"<div><p>{announced}</p><ul><li>Name des Bestellers</li></ul><p>{SECOND}</p></div>"
    with_items = "\n".join((announced, "- Name des Bestellers", SECOND))
    assert with_lists(with_items, story_of(kept)) == with_items
    apart = f"<div><p>{announced}</p><ul><li>Name des Bestellers</li></ul><p>{THIRD}</p></div>"  # not next to each other
    assert with_lists("\n".join((announced, SECOND, THIRD)), story_of(apart)) == "\n".join((announced, SECOND, THIRD))
    sidebar = f"<aside><p>{announced}</p><ul><li>Name des Bestellers</li></ul><p>{SECOND}</p></aside>"
    assert with_lists("\n".join((announced, SECOND)), story_of(sidebar)) == "\n".join((announced, SECOND))


def test_a_heading_over_a_list_the_text_keeps_goes_back_above_it():
    """outdoor-magazin.com: "Allgemeine Reisetipps" over a list of tips, below a paragraph (and a
    picture's caption the text leaves out); the next section's heading below the list."""
    body = (f"<div><p>{FIRST}</p><div><img src='a.jpg'>Kjell Holmner</div><h3>Allgemeine Reisetipps</h3>"
            "<ul><li>Corona: Schweden ist Hochrisikogebiet.</li><li>Reisezeit: Mitte Juni bis August.</li></ul>"
            f"<h3>Praxistipps für den Roadtrip</h3><p>{SECOND}</p></div>")
    text = "\n".join((FIRST, "- Corona: Schweden ist Hochrisikogebiet.", "- Reisezeit: Mitte Juni bis August.", SECOND))
    assert restore(body, text).split("\n") == [
        FIRST, "Allgemeine Reisetipps", "- Corona: Schweden ist Hochrisikogebiet.",
        "- Reisezeit: Mitte Juni bis August.", "Praxistipps für den Roadtrip", SECOND]


def test_a_heading_over_a_list_of_links_stays_out():
    body = (f"<div><p>{FIRST}</p><h3>Weitere Tourentipps</h3>"
            "<ul><li><a href='/a'>Das große Ski-Abenteuer</a></li><li><a href='/b'>Der Kattegattleden</a></li></ul></div>")
    text = "\n".join((FIRST, "- Das große Ski-Abenteuer", "- Der Kattegattleden"))
    assert restore(body, text) == text


POINTS = ("운정에서 서울역까지 구간은 올해 12월에 개통될 예정이다.", "요금은 기본 3천200원으로 책정될 것으로 보인다.")


def test_a_list_of_sentences_between_two_kept_paragraphs_goes_back_though_no_colon_announces_it():
    """A Daum-like story: "... 다음과 같다." (a sentence, where German writes a colon) over a list of
    sentences, which trafilatura's recovery of a short page's paragraphs leaves out."""
    announce = "이번 발표의 주요 내용은 다음과 같다."
    body = (f"<section><p>{FIRST}</p><p>{announce}</p><ul><li>{POINTS[0]}</li><li><b>{POINTS[1]}</b></li></ul>"
            f"<p>{SECOND}</p></section>")
    text = "\n".join((FIRST, announce, SECOND))
    assert with_lists(text, story_of(body)).split("\n") == [FIRST, announce, f"- {POINTS[0]}", f"- {POINTS[1]}", SECOND]


def test_unannounced_lists_of_links_icons_controls_or_labels_stay_out():
    text = "\n".join((FIRST, SECOND))
    for items in (f"<li><a href='/n/1'>{POINTS[0]}</a></li>",  # a teaser's headline
                  f"<li><a href='/n/1'>Morgen</a> {POINTS[0]}</li>",  # a teaser with its summary
                  "<li><i class='icon-x'></i>Follow us on X.</li>",  # a follow list's icon
                  "<li><input type='radio'>Yes.</li>",  # a poll
                  f"<li>{POINTS[0]}</li><li>Name des Bestellers</li>"):  # an item that is no sentence
        assert with_lists(text, story_of(f"<div><p>{FIRST}</p><ul>{items}</ul><p>{SECOND}</p></div>")) == text


def test_a_question_over_its_answer_in_a_block_of_the_story_goes_back_above_the_answer():
    question, answer = "개통 시기는 언제인가요?", "운정∼서울역 구간은 12월 말에 개통되며 정확한 날짜는 다음 달에 발표된다."
    body = (f"<section><p>{FIRST}</p><div class='faq'><strong>{question}</strong><p>{answer}</p></div>"
            f"<div class='faq'><b>Ai sẽ trả tiền?</b> <p>{SECOND}</p></div><p>{THIRD}</p></section>")
    text = "\n".join((FIRST, answer, SECOND, THIRD))
    assert with_block_leads(text, story_of(body)).split("\n") == [FIRST, question, answer, "Ai sẽ trả tiền?", SECOND, THIRD]


def test_block_lines_that_are_captions_teaser_labels_or_no_sentence_stay_out():
    text = "\n".join((FIRST, SECOND, THIRD))
    for block in (f"<div><img src='a.jpg'><span>Der Minister am Dienstag in Berlin.</span><p>{SECOND}</p></div>",
                  f"<div><a href='/n/2'>Lesen Sie auch.</a><p>{SECOND}</p></div>",
                  f"<div><span>Mehr dazu.</span><p><a href='/n/2'>{SECOND}</a></p></div>",
                  f"<div><span>Von Stefan Loibl</span><p>{SECOND}</p></div>",
                  f"<div class='firstSection'><span>Chemnitz. </span><p>{SECOND}</p></div>",  # freiepresse.de's dateline
                  f"<div><b>Mehr</b> dazu.<p>{SECOND}</p></div>"):
        assert with_block_leads(text, story_of(f"<section><p>{FIRST}</p>{block}<p>{THIRD}</p></section>")) == text
    apart = f"<section><p>{THIRD}</p><div><b>Warum?</b><p>{SECOND}</p></div></section>"  # not the line above in the text
    assert with_block_leads(text, story_of(apart)) == text


def test_a_list_of_sentences_trafilatura_discards_by_its_name_stays_out():
    """A cookie notice's or a newsletter's list of sentences between two story paragraphs: trafilatura's
    reading left it out by its class or id, not for want of a colon above it (a plain list of the same
    sentences, which its recovery of a short page drops, still goes back)."""
    text = "\n".join((FIRST, SECOND))
    for names in ("class='cookie-notice'", "class='newsletter-benefits'", "id='newsletter'", "class='share-list'"):
        body = f"<div><p>{FIRST}</p><ul {names}><li>{POINTS[0]}</li><li>{POINTS[1]}</li></ul><p>{SECOND}</p></div>"
        assert with_lists(text, story_of(body)) == text
    plain = f"<div><p>{FIRST}</p><ul class='wp-block-list'><li>{POINTS[0]}</li><li>{POINTS[1]}</li></ul><p>{SECOND}</p></div>"
    assert with_lists(text, story_of(plain)).split("\n") == [FIRST, f"- {POINTS[0]}", f"- {POINTS[1]}", SECOND]
