"""A story written as one block whose paragraphs blank lines part ("one.<br><br>two.": Blogger, DLE, a
table's cell, a <p> of <br><br>): the tree's rules read each such paragraph as they read a <p>, so the
"read also" lines inside it go, in any language, while the story's lines, a single <br>'s lines
(an address, verse) and the shapes a <p> keeps stay."""
from __future__ import annotations

import pytest

from newsspider.extract.cleaning.tree import drop_tree_chrome
from newsspider.extract.parse import parse_html

URL = "https://www.example.com/2024/05/this-story.html"
BODY = ["The council met on Tuesday and approved the budget for next year.",
        "The vote was close, and the opposition said it would appeal."]


def block_page(middle: str, br: str = "<br>\n<br>\n", tag: str = "div") -> str:
    inner = br.join([BODY[0], middle, BODY[1]])
    return f"<html><body><div class='post'><h1>Budget</h1><{tag} class='post-body'>{inner}</{tag}></div></body></html>"


def clean(html: str, lines: list[str]) -> list[str]:
    text = "\n".join([BODY[0], *lines, BODY[1]])
    return [line for line in drop_tree_chrome(text, parse_html(html), (URL,)).split("\n") if line]


@pytest.mark.parametrize(("middle", "lines"), [
    # the whole line one link, label inside (an old CMS's "read also")
    ('<strong><a href="/story/1">Llegiu també: El bitllet d\'autobús s\'encarirà al març</a></strong>',
     ["Llegiu també: El bitllet d'autobús s'encarirà al març"]),
    ('<b>Читайте также:</b> <a href="/news/2">Проезд в автобусах подорожает в марте</a>',
     ["Читайте также: Проезд в автобусах подорожает в марте"]),
    ('ასევე წაიკითხეთ <a href="/news/3">მარტიდან ავტობუსის მგზავრობა გაძვირდება</a>',
     ["ასევე წაიკითხეთ მარტიდან ავტობუსის მგზავრობა გაძვირდება"]),
    ('<a href="/news/4">ارتفاع أسعار تذاكر الحافلات في مارس</a>', ["ارتفاع أسعار تذاكر الحافلات في مارس"]),
])
def test_a_read_also_paragraph_of_a_block_parted_by_blank_lines_goes_as_its_p_would(middle, lines):
    assert clean(block_page(middle), lines) == BODY
    assert clean(block_page(middle, "<br />\n<br />\n", "td").replace("<td", "<table><tr><td")
                 .replace("</td>", "</td></tr></table>"), lines) == BODY
    assert clean(block_page(middle, "<br><br>", "p"), lines) == BODY


def test_a_read_also_closing_a_paragraph_of_such_a_block_goes_and_the_paragraph_stays():
    sentence = "The mayor said the vote was fair."
    middle = f'{sentence} <b>Lesen Sie auch:</b> <a href="/story/5">Stadtrat beschließt neuen Haushalt</a>'
    assert clean(block_page(middle), [f"{sentence} Lesen Sie auch: Stadtrat beschließt neuen Haushalt"]) == [
        BODY[0], sentence, BODY[1]]


def test_a_run_of_dated_teasers_in_such_a_block_goes():
    middle = ('<a href="/story/6">Bus fares to rise in March across the region</a> <span>04.03.2026</span><br><br>'
              '<a href="/story/7">Port fire: warehouse burns without injuries</a> <span>03.03.2026</span>')
    lines = ["Bus fares to rise in March across the region 04.03.2026",
             "Port fire: warehouse burns without injuries 03.03.2026"]
    assert clean(block_page(middle), lines) == BODY


@pytest.mark.parametrize(("middle", "lines"), [
    # a link inside a sentence, a sentence opening with "read", a line quoting a headline
    ('The vote came a week after <a href="/story/8">the transport committee\'s report</a> warned of costs.',
     ["The vote came a week after the transport committee's report warned of costs."]),
    ('Read <a href="/story/9">the full council report</a> before the hearing, the mayor urged on Monday.',
     ["Read the full council report before the hearing, the mayor urged on Monday."]),
    ('Местная газета вышла с заголовком <a href="/story/10">«Трамвай наконец одобрен»</a> на первой полосе.',
     ["Местная газета вышла с заголовком «Трамвай наконец одобрен» на первой полосе."]),
    # Q&A lines, results, a document the site holds, another site's story
    ("<b>Q: When will the first trams run?</b><br><br>A: By the end of 2029.",
     ["Q: When will the first trams run?", "A: By the end of 2029."]),
    ('<a href="/team/a">FC Nord</a> – <a href="/team/b">SV Süd</a> 2:1',
     ["FC Nord – SV Süd 2:1"]),
    ('<b>Dokument:</b> <a href="/files/haushalt-2026.pdf">Haushaltsplan der Stadt für 2026</a>',
     ["Dokument: Haushaltsplan der Stadt für 2026"]),
    ('<b>Quelle:</b> <a href="https://other.example.org/a/1">Bericht des Statistischen Landesamts</a>',
     ["Quelle: Bericht des Statistischen Landesamts"]),
])
def test_story_lines_of_such_a_block_stay(middle, lines):
    assert clean(block_page(middle), lines) == [BODY[0], *lines, BODY[1]]


def test_lines_a_single_line_break_parts_are_one_paragraph_as_inside_a_p():
    # An address, verse: a single <br> parts lines of one paragraph; a "read also" between single
    # breaks is no paragraph of its own (as inside a <p>), so the tree leaves it to the text's rules.
    middle = '<b>Read also:</b> <a href="/story/11">Council approves the budget at last</a>'
    lines = ["Read also: Council approves the budget at last"]
    assert clean(block_page(middle, "<br>\n"), lines) == [BODY[0], *lines, BODY[1]]


def test_paragraphs_apart_parts_at_blank_lines_and_boxes_only():
    from newsspider.extract.elements import paragraphs_apart

    block = parse_html("<html><body><div>one<br>line<br>\n<br><b>two</b> <a href='/x'>link</a><div>box</div>"
                       "three<br><br><br>four</div></body></html>").find(".//body/div")
    holder, links = paragraphs_apart(block, {"div", "p"}, "a")
    assert [(child.tag, " ".join(child.text_content().split())) for child in holder] == [
        ("p", "oneline"), ("p", "two link"), ("div", "box"), ("p", "three"), ("p", "four")]
    assert [child.tag for child in holder[0]] == ["br"]  # the single break stays inside its paragraph
    (link,) = links.values()
    assert link.getparent() is holder[1] and link.text == "link"
    assert paragraphs_apart(parse_html("<html><body><p>a<br>b<br>c</p></body></html>").find(".//body/p"), {"div"}, "a") is None


@pytest.mark.parametrize(("middle", "lines"), [
    # the story's own sentence linked whole to another page of the site (its earlier story, a document):
    # a full stop ends it, which no headline has; with a short line above it, a quote after a speaker's name
    ('<a href="/2024/05/earlier-plan.html">Last week the council rejected an earlier version of the plan.</a>',
     ["Last week the council rejected an earlier version of the plan."]),
    ('<a href="/news/earlier">На прошлой неделе совет отклонил прежнюю версию плана.</a>',
     ["На прошлой неделе совет отклонил прежнюю версию плана."]),
    ('<a href="/news/earlier">وكان المجلس قد رفض الأسبوع الماضي نسخة سابقة من الخطة.</a>',
     ["وكان المجلس قد رفض الأسبوع الماضي نسخة سابقة من الخطة."]),
    ('<a href="/news/earlier">पिछले हफ्ते परिषद ने योजना का पुराना संस्करण खारिज कर दिया था।</a>',
     ["पिछले हफ्ते परिषद ने योजना का पुराना संस्करण खारिज कर दिया था।"]),
    ('<a href="/news/earlier">上周市议会否决了该计划的早期版本。</a>', ["上周市议会否决了该计划的早期版本。"]),
    ('Der Hintergrund<br><br><a href="/news/earlier">Vergangene Woche hatte der Rat eine frühere Fassung des Plans '
     'abgelehnt.</a>', ["Der Hintergrund", "Vergangene Woche hatte der Rat eine frühere Fassung des Plans abgelehnt."]),
    ('Anna Marsh: <a href="/news/interview">“We will not raise fares this year.”</a>',
     ["Anna Marsh: “We will not raise fares this year.”"]),
    # its stop written outside the link, the link inside inline markup
    ('<a href="/news/earlier">Last week the council rejected an earlier version of the plan</a>.',
     ["Last week the council rejected an earlier version of the plan."]),
    ('<b><a href="/news/earlier">上周市议会否决了该计划的早期版本</a></b>。', ["上周市议会否决了该计划的早期版本。"]),
])
def test_a_sentence_of_such_a_block_linked_whole_to_the_site_stays(middle, lines):
    assert clean(block_page(middle), lines) == [BODY[0], *lines, BODY[1]]
    assert clean(block_page(middle, "<br />\n<br />\n"), lines) == [BODY[0], *lines, BODY[1]]
