"""Text above the headline: the story's own intro stays, another story's teaser goes, told apart by
the page's tree (``drop_pre_title_teasers``), in any language."""
from __future__ import annotations

from newsspider.extract.cleaning.pretitle import drop_pre_title_teasers
from newsspider.extract.parse import parse_html

# (headline, the blogger's intro above it, the story's first paragraph, another story's blurb)
CASES = [
    ("Rebloggt von gnaddrig ad libitum: Antipoden: Die Wahrheit",
     "Gnaddrigs erstaunliche Betrachtungsweise soll heute als lehrreiches Stück herhalten. Daran sollten sich alle ein Beispiel nehmen.",
     "Es ist noch nicht allzulange her, dass sich namhafte Gelehrte erhitzte Debatten darum lieferten.",
     "Der Nachtmodus nutzt die neue Weitwinkelkamera. Er lässt mehr Licht herein und macht hellere Fotos."),
    ("13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020",
     "I had to share this one from a fellow writer. It sums up the whole keyboard saga nicely.",
     "The report claims the display size will remain 13.3 inches, according to suppliers.",
     "Night mode is an automatic setting which takes advantage of the new camera. It lets in more light."),
    ("Reblogué de Marie : la vérité sur les antipodes",
     "La théorie étonnante de Marie mérite d'être lue. Je la partage ici avec plaisir.",
     "Il n'y a pas si longtemps, des savants se disputaient pour savoir si l'on pouvait vivre de l'autre côté.",
     "Le mode nuit profite du nouvel appareil photo. Il laisse entrer plus de lumière."),
]


def _page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_the_bloggers_intro_in_the_storys_container_stays():
    """An intro is plain prose in the container that also holds the headline's line and the story."""
    for headline, intro, story, _ in CASES:
        tree = parse_html(_page(f"<div class='post'><p>{intro}</p>"
                                f"<p><a href='https://other.example.org/post'>{headline}:</a><br>{story}</p></div>", headline))
        text = "\n".join([intro, f"{headline}:", story])
        assert drop_pre_title_teasers(text, tree, headline, None) == text, headline


def test_another_storys_teaser_above_the_headline_goes():
    """A blurb set inside the link to its story in a list of guides, an item of a list, a card with a
    heading of its own, or a line the tree shows nowhere as one block: no intro."""
    for headline, _, story, blurb in CASES:
        expected = "\n".join([headline, story])
        text = "\n".join([blurb, headline, story])
        pages = [
            f"<ul><li><div><a href='/guide/night'><p>{blurb}</p></a></div></li></ul>",  # a linked blurb
            f"<ul><li>{blurb}</li></ul>",  # an item of a list
            f"<div class='card'><h3>Guide</h3><p>{blurb}</p></div>",  # a box with its own heading
        ]
        for box in pages:
            tree = parse_html(_page(f"<aside>{box}</aside><article><h1>{headline}</h1><p>{story}</p></article>", headline))
            assert drop_pre_title_teasers(text, tree, headline, None) == expected, (headline, box)
        # in the story's container, but as the label of a link to another page
        linked = parse_html(_page(f"<article><p><a href='/other'>{blurb}</a></p><h1>{headline}</h1><p>{story}</p></article>",
                                  headline))
        assert drop_pre_title_teasers(text, linked, headline, None) == expected, headline
        nowhere = parse_html(_page(f"<article><h1>{headline}</h1><p>{story}</p></article>", headline))
        assert drop_pre_title_teasers(text, nowhere, headline, None) == expected, headline


def test_a_headline_deep_in_the_text_or_none_leaves_the_text_whole():
    """Only a headline among the first lines opens the article; without one nothing is above it."""
    headline, intro, story, blurb = CASES[1]
    tree = parse_html(_page(f"<ul><li>{blurb}</li></ul><p>{story}</p>", headline))
    deep = "\n".join([blurb, story, intro, headline, story])
    assert drop_pre_title_teasers(deep, tree, headline, None) == deep
    assert drop_pre_title_teasers("\n".join([blurb, story]), tree, headline, None) == "\n".join([blurb, story])
    assert drop_pre_title_teasers("\n".join([blurb, headline, story]), tree, None, None) == "\n".join([blurb, headline, story])


def test_a_tickers_first_entry_in_a_box_of_its_own_under_the_headline_stays():
    """A live ticker sets each entry in a box of its own under the headline (a time, a paragraph);
    trafilatura may print the first entry above the headline. The box holds no heading and sits in
    the story's container: the story's own line, not a teaser."""
    for headline, _, story, blurb in CASES:
        page = (f"<main><h1>{headline}</h1><div class='entry'><time>09:40</time><p>{blurb}</p></div>"
                f"<div class='entry'><time>09:20</time><p>{story}</p></div></main>")
        text = "\n".join([blurb, headline, story])
        assert drop_pre_title_teasers(text, parse_html(_page(page, headline)), headline, None) == text, headline


def test_a_blurb_in_a_box_set_apart_under_the_headline_still_goes():
    """Look-alike: a box under the headline that holds a heading of its own, or an aside or a list,
    sets its text apart from the story's; so does a sidebar's box beside the box of the headline and the story."""
    for headline, _, story, blurb in CASES:
        expected = "\n".join([headline, story])
        text = "\n".join([blurb, headline, story])
        for box in (f"<div class='card'><h3>Guide</h3><div><p>{blurb}</p></div></div>",
                    f"<aside><div><p>{blurb}</p></div></aside>", f"<ul><li><div><p>{blurb}</p></div></li></ul>"):
            page = f"<main><h1>{headline}</h1>{box}<div><p>{story}</p></div></main>"
            assert drop_pre_title_teasers(text, parse_html(_page(page, headline)), headline, None) == expected, box
        # a sidebar's boxes (no heading, no aside) beside the box holding the headline and the story
        page = (f"<div class='wrap'><div class='story'><h1>{headline}</h1><p>{story}</p></div>"
                f"<div class='sidebar'><div class='entry'><p>{blurb}</p></div><div class='entry'><p>{story}?</p></div></div></div>")
        assert drop_pre_title_teasers(text, parse_html(_page(page, headline)), headline, None) == expected, headline


def test_a_heading_less_box_set_above_the_headline_in_the_storys_container_still_goes():
    """Look-alike of a ticker's entry: a banner with its label, a promo with its button, another story's
    box with its age, set ABOVE the headline in the story's own container (no heading, no aside, no link)
    are not the story's: a ticker's entry is set below the headline, only trafilatura prints it above."""
    for headline, _, story, blurb in CASES:
        expected = "\n".join([headline, story])
        text = "\n".join([blurb, headline, story])
        for box in (f"<div class='breaking'><span class='label'>+++</span><p>{blurb}</p></div>",
                    f"<div class='promo'><p>{blurb}</p><button>OK</button></div>",
                    f"<div class='prev'><div class='inner'><p>{blurb}</p><span class='ago'>2 h</span></div></div>"):
            page = f"<main><article>{box}<h1>{headline}</h1><div class='meta'>3.11.</div><div><p>{story}</p></div></article></main>"
            assert drop_pre_title_teasers(text, parse_html(_page(page, headline)), headline, None) == expected, box
