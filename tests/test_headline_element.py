"""The story's headline element where the page repeats its title in a breadcrumb's ``<h1>`` and shows
the headline in another heading beside the story (DieWelt, FAZ, SZ): the element bylines and datelines
are looked for by."""
from __future__ import annotations

from newsspider.extract.elements import PageElements
from newsspider.extract.headline import headline_element
from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

TITLE = "Diese Grafiken zeigen, wie schlecht es um die Wirtschaft steht"
REWRITE = "Diese zwei Grafiken zeigen, wie schlecht es um die Wirtschaft steht"
BYLINE = "<p>Von unserem Korrespondenten Max Muster</p>"
STORY = "<p>Die Wirtschaft schrumpft seit zwei Quartalen, und die Grafiken zeigen es.</p>"
HEAD = f"<title>{TITLE}</title><meta property='og:title' content='{TITLE}'>"


def page_of(body: str) -> PageElements:
    return PageElements(parse_html(f"<html><head>{HEAD}</head><body>{body}</body></html>"))


def found(body: str, title: str = TITLE, *, matching: bool = True) -> str | None:
    element = headline_element(page_of(body), title, matching=matching)
    return None if element is None else element.text_content()


def authors(body: str) -> list[str]:
    html = f"<html><head>{HEAD}</head><body>{body}</body></html>"
    return read_metadata(parse_html(html), "https://news.example/wirtschaft/a.html").authors


def trail(entry: str, heading: str = f"<h1>{TITLE}</h1>") -> str:
    """A breadcrumb of two links before the page's title, each entry an ``entry`` element."""
    return (f"<{entry}><a href='/'>Home</a></{entry}><{entry}><a href='/wirtschaft/'>Wirtschaft</a></{entry}>"
            f"<{entry}>{heading}</{entry}>")


def story(heading: str) -> str:
    return f"<article><header>{heading}</header>{BYLINE}{STORY}</article>"


def test_an_h1_ending_a_list_of_links_is_a_breadcrumb_and_the_heading_showing_the_titles_words_is_the_headline():
    body = f"<div class='c-breadcrumb'><ol>{trail('li')}</ol></div>" + story(f"<h2>{REWRITE}</h2>")
    assert found(body) == REWRITE
    assert found(body, matching=False) == REWRITE
    assert authors(body) == ["Max Muster"]  # the written byline after the story's heading


def test_an_h1_ending_a_trail_of_linked_blocks_is_a_breadcrumb():
    body = f"<div id='crumbs'>{trail('div')}</div>" + story(f"<h2>{REWRITE}</h2>")
    assert found(body) == REWRITE
    # items that only separate the links (FreiePresse) are no entries of the trail
    separated = trail("li").replace("</li><li>", "</li><li class='separator'>|</li><li>")
    assert found(f"<div><ul>{separated}</ul></div>" + story(f"<h2>{REWRITE}</h2>")) == REWRITE


def test_an_h1_in_breadcrumb_microdata_or_rdfa_or_a_navigation_role_is_not_the_headline():
    microdata = (f"<div itemscope itemtype='https://schema.org/BreadcrumbList'><span><a href='/'>Home</a></span>"
                 f"<h1>{TITLE}</h1></div>")
    rdfa = f"<div vocab='http://schema.org/' typeof='BreadcrumbList'><h1>{TITLE}</h1></div>"
    role = f"<div role='navigation'><a href='/'>Home</a> › <h1>{TITLE}</h1></div>"
    for crumb in (microdata, rdfa, role):
        assert found(crumb + story(f"<h2>{REWRITE}</h2>")) == REWRITE
        assert found(crumb + STORY) is None


def test_a_heading_that_shows_the_title_after_a_kicker_or_without_it_is_the_headline():
    nav = f"<nav><ol>{trail('li')}</ol></nav>"
    kicker = f"<h2>Grafiken der Woche : {TITLE}</h2>"
    assert found(nav + "<h2>Wirtschaft</h2>" + story(kicker)) == kicker[4:-5]
    title = f"Bruttoinlandsprodukt: {TITLE}"
    assert found(nav + story(f"<h2>{TITLE}</h2>"), title) == TITLE
    assert authors(nav + "<h2>Wirtschaft</h2>" + story(kicker)) == ["Max Muster"]


def test_a_heading_sharing_only_some_of_the_titles_words_or_a_few_words_of_it_is_not_the_headline():
    teaser = "<h3>Wie steht es um die Rente?</h3>"  # five of the title's ten words
    assert found(story(teaser)) is None
    assert found(story("<h2>Wirtschaft</h2>")) is None


def test_an_h1_after_a_linked_kicker_or_in_a_list_of_other_items_stays_the_headline():
    kicker = f"<div><a href='/wirtschaft/'>Wirtschaft</a></div><div><h1>{TITLE}</h1></div>"
    assert found(kicker + STORY) == TITLE
    menu = "<div><a href='#main'>Skip</a><a href='/corona/'>Corona</a><a href='/wahl/'>Wahl</a></div>"
    assert found(f"<header>{menu}{kicker}</header>" + STORY) == TITLE  # a menu's block is no step of a trail
    items = f"<ul><li>3 min read</li><li>Teilen</li><li><h1>{TITLE}</h1></li></ul>"
    assert found(items + STORY) == TITLE


def test_the_headline_element_with_and_without_matching_asked_of_one_page_in_either_order():
    """Both answers come of one search a page (kept for the title): asked in either order, a page
    whose only ``<h1>`` is its logo gives that ``<h1>`` without ``matching`` and nothing with it,
    and a page showing its headline gives the headline's element either way."""
    logo = "<h1>Wirtschaftsblatt</h1><p>Eine Meldung ohne Überschrift.</p>"
    for order in ((True, False), (False, True)):
        page = page_of(logo)
        answers = {matching: headline_element(page, TITLE, matching=matching) for matching in order}
        assert answers[True] is None
        assert answers[False] is not None and answers[False].text_content() == "Wirtschaftsblatt"
        shown = page_of(f"<h1>Wirtschaftsblatt</h1>{story(f'<h1>{TITLE}</h1>')}")
        both = {matching: headline_element(shown, TITLE, matching=matching) for matching in order}
        assert both[True] is both[False] and both[True].text_content() == TITLE


def test_an_h1_showing_the_whole_title_is_the_headline_before_an_earlier_one_showing_a_part_of_it():
    # an alert's or a section's <h1> holding a word of the title ("Wirtschaft") before the story's
    assert found(f"<h1>Wirtschaft</h1>{story(f'<h1>{TITLE}</h1>')}") == TITLE
    # the part alone, or the longer part of a title with the site's name: the headline as before
    assert found(f"<h1>Wirtschaft</h1>{story('<p>Text</p>')}") == "Wirtschaft"
    assert found(f"<h1>{TITLE}</h1>", f"{TITLE} | Zeitung") == TITLE


def test_of_two_h1s_showing_parts_of_the_title_the_first_is_the_headline():
    # each a word of the title, neither the whole: the first (a text-only element, which lxml calls false)
    assert found("<h1>Wirtschaft</h1><p>Text</p><h1>Grafiken</h1><p>Text</p>") == "Wirtschaft"


def test_a_list_of_many_linked_headings_is_read_once_not_once_for_each_heading(monkeypatch):
    # an archive's thousand sibling <h1> links: each heading's trail test read every sibling again (3,000 took 48 s)
    import newsspider.extract.headline as headline_module

    calls = []
    is_link = headline_module._is_link
    monkeypatch.setattr(headline_module, "_is_link", lambda element: calls.append(element) or is_link(element))
    count = 400
    teasers = "".join(f'<h1><a href="/story/{number}.html">Teaser {number}</a></h1>' for number in range(count))
    body = f"<div>{teasers}</div>" + story(f"<h1>{TITLE}</h1>")
    assert found(body) == TITLE
    assert len(calls) <= 3 * count  # each teaser read as a step once, and once as the entry asked about
    calls.clear()
    assert found(f"<div>{teasers}</div>", matching=False) is None  # every teaser a step of a list of links
    assert len(calls) <= 3 * count
