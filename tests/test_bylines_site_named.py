"""Authors that are the site naming itself (a meta or JSON-LD author repeating the name its ``<title>`` or
logo shows), and readers' comment postings titled with the story's headline: neither is the story's byline."""
from __future__ import annotations

import json

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

URL = "https://www.hafen.example/2026/11/03/tram-hafen.html"
STORY = "".join(f"<p>{sentence}</p>" for sentence in (
    "The city council voted on Tuesday evening to build a new tram line to the harbour district.",
    "Construction is due to start next spring, the transport department said.",
    "Residents welcomed the decision, although shop owners warned of two years of roadworks."))
# (headline, site, person) in several languages and scripts
CASES = [
    ("Council approves tram line", "Riverside Courier", "Sarah Collins"),
    ("Stadtrat beschließt Straßenbahn", "Hafenblatt Nord", "Katrin Schäfer"),
    ("Совет одобрил трамвай", "Портовые Вести", "Анна Смирнова"),
    ("المجلس يوافق على خط الترام", "أخبار الميناء", "أحمد حسن"),
    ("नगर परिषद ने ट्राम लाइन को मंजूरी दी", "बंदरगाह समाचार", "प्रिया सिंह"),
    ("市议会批准新电车线路", "港口日报", "王伟"),
]


def page(headline: str, title: str, meta_author: str | None, header: str, byline: str, post: str = "",
         head: str = "") -> str:
    author = f"<meta name='author' content='{meta_author}'>" if meta_author else ""
    return (f"<html><head><title>{title}</title>{author}<meta property='og:type' content='article'>{head}</head>"
            f"<body>{header}<main><article><h1>{headline}</h1><div class='meta'>{byline}</div>{STORY}{post}"
            "</article></main></body></html>")


def authors(html: str, url: str = URL) -> list[str]:
    return read_metadata(parse_html(html), url).authors


def logo(site: str) -> str:
    return f"<header><div class='logo'><a href='/'><img src='/logo.svg' alt='{site}'></a></div></header>"


@pytest.mark.parametrize(("headline", "site", "person"), CASES)
def test_a_meta_author_repeating_the_titles_site_name_gives_way_to_the_bylined_person(headline, site, person):
    byline = f"<span class='byline author vcard'><a href='/author/p1/' rel='author'>{person}</a></span>"
    assert authors(page(headline, f"{headline} | {site}", site, "", byline)) == [person]


@pytest.mark.parametrize(("headline", "site", "person"), CASES)
def test_a_meta_author_repeating_the_logos_name_gives_way_to_the_bylined_person(headline, site, person):
    byline = f"<span class='byline' itemprop='author'>{person}</span>"
    assert authors(page(headline, headline, site, logo(site), byline)) == [person]


def test_a_byline_paragraph_over_the_story_names_the_person_where_the_meta_author_is_the_site():
    html = page("Tram", "Tram | Riverside Courier", "Riverside Courier", "", "").replace(
        "<div class='meta'></div>", "<p class='byline'>By <a href='/author/sc/' rel='author'>Sarah Collins</a></p>")
    assert authors(html) == ["Sarah Collins"]


@pytest.mark.parametrize(("headline", "site", "person"), CASES)
def test_a_jsonld_person_named_as_the_site_gives_way_to_the_bylined_person(headline, site, person):
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                     "author": {"@type": "Person", "name": site}}, ensure_ascii=False)
    byline = f"<span class='byline'><a rel='author' href='/author/p1/'>{person}</a></span>"
    html = page(headline, f"{headline} – {site}", None, "", byline, head=f"<script type='application/ld+json'>{ld}</script>")
    assert authors(html) == [person]


@pytest.mark.parametrize(("headline", "site", "person"), CASES)
def test_the_site_stays_the_author_where_no_person_is_bylined_above_the_story(headline, site, person):
    title = f"{headline} | {site}"
    assert authors(page(headline, title, site, logo(site), "")) == [site]
    # a teaser's writer or an author box under the story, a staff or newsroom credit: the site stays
    teaser = f"<div class='more'><article><h3><a href='/x'>Other</a></h3><span class='byline'>{person}</span></article></div>"
    assert authors(page(headline, title, site, logo(site), "", post=teaser)) == [site]
    box = f"<div class='author-box'><span class='author-name'>{person}</span></div>"
    assert authors(page(headline, title, site, logo(site), "", post=box)) == [site]
    assert authors(page(headline, title, site, "", "<span class='byline'>Staff</span>")) == [site]
    assert authors(page(headline, title, site, "", f"<span class='byline'>Redaktion {site}</span>")) == [site]


def test_a_site_named_after_its_founder_keeps_the_founder_as_author():
    founder = "Daniel Price"
    html = page("A post", f"A post | {founder}", founder, logo(founder), f"<span class='byline'>{founder}</span>")
    assert authors(html) == [founder]
    assert authors(page("A post", f"A post | {founder}", founder, logo(founder), "")) == [founder]


def test_a_person_sharing_a_word_with_the_site_name_stays_the_author():
    assert authors(page("Tram", "Tram | Riverside Courier", "Anna Riverside", "", "")) == ["Anna Riverside"]


def test_a_column_titled_with_another_name_keeps_the_meta_author():
    assert authors(page("Tram", "Tram | Notebook | Riverside Courier", "Sarah Collins", "",
                        "<span class='byline'>Sarah Collins</span>")) == ["Sarah Collins"]


# Review rev68e: where the meta author is the site's name, what stands over the story naming a person is often not
# its byline (a photo's, a quote's or a book's credit, a neighbouring story's byline, a reviewer, a teaser in the
# header, a personal blog's user name under the owner's name) declares no author (no rel/itemprop author): the
# page's declared author stays.
OVER_THE_STORY = {
    "photo credit": "<div class='image'><img src='/a.jpg' alt=''><span class='image-author'>{person}</span></div>",
    "quote": "<blockquote class='pullquote'>We waited long.<cite class='quote-author'>{person}</cite></blockquote>",
    "book reviewed": "<div class='book-info'><span class='book-author'>{person}</span></div>",
    "reviewer": "<div class='byline-reviewer'>Medically reviewed by {person}</div>",
    "teaser in the header": ("<div class='related'><article><h3><a href='/other'>Other story</a></h3>"
                             "<span class='byline'>{person}</span></article></div>"),
    "byline class alone": "<span class='byline author vcard'><a href='/author/p1/'>{person}</a></span>",
    "category in the byline": "<div class='byline'><a href='/category/city/' rel='category tag'>{person}</a></div>",
    "correspondent line": "<p class='byline'>From our correspondent in Kyiv</p>",
    "photographer's link": ("<figure><img src='/a.jpg' alt=''><figcaption>Photo: <a rel='author' "
                            "href='https://photos.example/p/1'>{person}</a></figcaption></figure>"),
}


@pytest.mark.parametrize("shape", sorted(OVER_THE_STORY))
@pytest.mark.parametrize(("headline", "site", "person"), CASES)
def test_a_meta_author_naming_the_site_is_kept_over_a_credit_above_the_story(headline, site, person, shape):
    html = page(headline, f"{headline} | {site}", site, "", OVER_THE_STORY[shape].format(person=person))
    assert authors(html) == [site]


@pytest.mark.parametrize(("headline", "site", "person"), CASES)
def test_a_personal_blogs_owner_named_by_title_and_meta_stays_the_author(headline, site, person):
    byline = "<span class='byline'><span class='author vcard'><a href='/author/x/'>wheeler77</a></span></span>"
    assert authors(page(headline, f"{headline} | {person}", person, "", byline)) == [person]


COMMENTS = ("<section id='comments' class='comments'>" + "".join(
    f"<div class='comment'><span class='comment-author'>user{n}</span><p>Finally! I waited years for this.</p></div>"
    for n in range(3)) + "</section>")


def posting(headline: str, url: str | None, text: str) -> str:
    node = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": headline,
            "author": {"@type": "Person", "name": "user0"}, "text": text, **({"url": url} if url else {})}
    return f"<script type='application/ld+json'>{json.dumps(node)}</script>"


@pytest.mark.parametrize("address", [f"{URL}#comment-1", "#comments", None])
def test_a_comment_posting_titled_with_the_headline_names_no_author_of_the_story(address):
    byline = "<span class='byline'><a href='/author/sc/'>Sarah Collins</a></span>"
    html = page("Tram line approved", "Tram line approved | Courier", None, "", byline, post=COMMENTS,
                head=posting("Tram line approved", address, "Finally! I waited years for this."))
    assert authors(html) == ["Sarah Collins"]


THREAD = "https://forum.hafen.example/t/tram/812"
POSTS = "".join(f"<div class='post'><div class='author'><a href='/u/user{n}'>user{n}</a></div><p>Post number {n} says "
                "something long enough about the tram.</p></div>" for n in range(3))


@pytest.mark.parametrize("markup", [
    f"<main><h1>Tram thread</h1>{POSTS}</main>",
    # a forum classing every post a comment (Flarum's CommentPost): the opening post stands first
    "<main><h1>Tram thread</h1>" + POSTS.replace("class='post'", "class='Post CommentPost'") + "</main>",
    # a reply quoting the opening post in the comments below it
    # Invision Community: every post an ipsComment, a short line under the headline outside them (review rev68e)
    "<main><h1>Tram thread</h1><p class='ipsType_reset'>By <a href='/profile/1-user0/'>user0</a>, November 3 in "
    "<a href='/forum/5/'>Transport</a></p><div id='comments'>" + POSTS.replace("class='post'", "class='cPost ipsComment'")
    + "</div></main>",
    f"<main><h1>Tram thread</h1>{POSTS}<div class='comments'><div class='comment'><blockquote><p>Post number 0 says "
    "something long enough about the tram.</p></blockquote></div></div></main>",
])
def test_a_forum_threads_opening_post_keeps_its_author(markup):
    html = (f"<html><head><title>Tram thread</title>{posting('Tram thread', THREAD, 'Post number 0 says something long enough about the tram.')}"
            f"</head><body>{markup}</body></html>")
    assert authors(html, THREAD) == ["user0"]
