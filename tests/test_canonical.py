"""When a page's rel=canonical is trusted as its article's address (newsspider.discovery.canonical)."""
from __future__ import annotations

from dataclasses import dataclass

from newsspider.discovery.canonical import (
    ArticleAddresses,
    article_key,
    is_another_article,
    is_section_of,
    key_digest,
    trusted_canonical,
)


def test_the_same_articles_other_address_is_trusted():
    assert trusted_canonical("https://x.org/a?utm_medium=rss", "/b").url == "https://x.org/b"
    assert trusted_canonical("https://x.org/2026/05/12/budget-vote/amp", "/2026/05/12/budget-vote").url == \
        "https://x.org/2026/05/12/budget-vote"
    assert trusted_canonical("https://x.org/story/amp", "/story").url == "https://x.org/story"  # the page has no article shape
    assert trusted_canonical("https://x.org/news/12345/photos", "/news/12345").url == "https://x.org/news/12345"
    assert trusted_canonical("https://mirror.net/council-approves-budget", "https://x.org/politics/").url == \
        "https://x.org/politics/"  # another site's page: syndication, not a section of this page


def test_the_pages_section_is_not_its_articles_address():
    page = "https://x.org/politics/council-approves-new-budget"
    assert trusted_canonical(page, "/politics/").url == page
    assert trusted_canonical(page, "https://www.x.org/politics").url == page
    assert trusted_canonical("https://x.org/world/europe/story.html", "/world/").url == "https://x.org/world/europe/story.html"
    assert trusted_canonical(page, "/").url == page  # the home page, as before
    assert is_section_of("https://x.org/politics/", page)
    assert not is_section_of("https://x.org/politics/?page=2", page)
    assert not is_section_of("https://x.org/sport/", page)


def test_a_discovery_page_of_the_source_is_no_articles_address():
    page = "https://x.org/p/abc"
    assert trusted_canonical(page, "https://x.org/latest-news-feed", frozenset({"https://x.org/latest-news-feed"})).url == page
    assert trusted_canonical(page, "https://x.org/latest-news-feed").url == "https://x.org/latest-news-feed"


def test_an_address_another_article_of_the_source_has_is_not_trusted_for_a_different_article():
    """A CMS declaring one page as every article's canonical: the first article takes it, the
    others keep their own addresses (they were dropped as its copies)."""
    addresses = ArticleAddresses()
    fixed = "https://x.org/top-story-of-the-day"
    assert addresses.address("x", "https://x.org/a-first-long-story", fixed, "first") == (fixed, None)
    assert addresses.address("x", "https://x.org/a-second-long-story", fixed, "second") == \
        ("https://x.org/a-second-long-story", "taken_in_run")
    # the first article's copy (its title) still is that article: dropped as a duplicate by its id
    assert addresses.address("x", "https://x.org/a-first-long-story?view=amp", fixed, "first") == (fixed, None)
    # the second article's copy is given the address the second article got: dropped as its duplicate
    assert addresses.address("x", "https://x.org/amp/a-second-long-story", fixed, "second") == \
        ("https://x.org/a-second-long-story", "taken_in_run")
    # an article declaring the address another article was emitted under (its own URL)
    assert addresses.address("x", "https://x.org/a-third-long-story", "https://x.org/a-second-long-story",
                             "third") == ("https://x.org/a-third-long-story", "taken_in_run")
    # another source's page declaring it: a copy across sources (syndication), as before
    assert addresses.address("y", "https://y.org/copied-story", fixed, "copied") == (fixed, None)


def test_address_says_why_a_declared_canonical_was_refused():
    addresses = ArticleAddresses({"x": ["https://x.org/feed/"]})
    page = "https://x.org/politics/council-approves-new-budget"
    assert addresses.address("x", page, "/politics/", "k") == (page, "not_an_article")
    assert addresses.address("x", page, "https://x.org/feed/", "k") == (page, "not_an_article")
    assert addresses.address("x", page, "/", "k") == (page, None)  # the home page: no canonical, as before
    assert addresses.address("x", page, None, "k") == (page, None)
    assert addresses.address("x", page + "?utm_source=rss", page, "k") == (page, None)


@dataclass(frozen=True)
class Earlier:
    key: str | None
    reached_at: bool = False


def test_an_address_an_earlier_run_emitted_another_article_under_is_not_trusted():
    """Run 1 emitted article A under the canonical the CMS copies into every page: a new article
    declaring it in run 2 keeps its own URL instead of being dropped as already emitted."""
    fixed = "https://x.org/2026/11/30/top-story-of-the-day"
    stored = {fixed: Earlier(key_digest("council approves budget"))}
    asked: list[tuple[str, tuple[str, ...]]] = []

    def earlier(address, urls):
        asked.append((address, tuple(urls)))
        return stored.get(address)

    addresses = ArticleAddresses(earlier=earlier)
    new = "https://x.org/2026/12/01/bridge-reopens"
    assert addresses.address("x", new, fixed, "bridge reopens") == (new, "taken_by_earlier_run")
    assert asked == [(fixed, (new, new))]
    # its copy in this run (the same title, the same declared address) gets the address it got
    assert addresses.address("x", new + "/amp", fixed, "bridge reopens") == (new, "taken_by_earlier_run")
    # the emitted article itself, reached at a new URL: that article (dropped as seen by its id)
    assert addresses.address("x", "https://x.org/amp/council-approves", fixed, "council approves budget") == \
        (fixed, None)
    # another site's page declaring it: a syndicated copy (as in a run), not looked up
    asked.clear()
    assert addresses.address("y", "https://y.org/bridge-reopens-today", fixed, "bridge reopens today") == (fixed, None)
    assert asked == []
    # a page that declares its own URL is never looked up
    assert addresses.address("x", "https://x.org/2026/12/02/other", None, "other") == \
        ("https://x.org/2026/12/02/other", None)
    assert asked == []


def test_the_article_an_earlier_run_emitted_is_the_same_at_its_own_page_or_with_no_key_recorded():
    key = "council approves budget"
    assert not is_another_article(None, key)  # nothing emitted there
    assert not is_another_article(Earlier(key_digest(key)), key)  # the same title
    assert not is_another_article(Earlier(None), "another title")  # recorded by an older release: as before
    assert not is_another_article(Earlier(key_digest(key), reached_at=True), "council approves budget, amended")
    assert is_another_article(Earlier(key_digest(key)), "council approves budget, amended")  # strict: a series'
    assert is_another_article(Earlier(key_digest("live: war day 100")), "live: war day 101")  # next day differs


def test_discovery_pages_are_per_source_and_canonicalized():
    addresses = ArticleAddresses({"x": ["https://X.org/feed/?utm_source=a"]})
    assert addresses.address("x", "https://x.org/p/1", "https://x.org/feed/", "k").url == "https://x.org/p/1"
    assert addresses.address("y", "https://x.org/p/2", "https://x.org/feed/", "k").url == "https://x.org/feed/"


def test_article_key_reads_the_title_else_the_texts_opening():
    assert article_key("Council  Approves Budget", "text") == article_key("council approves budget", "other")
    assert article_key(None, "Opening words of the text") == "opening words of the text"


def test_key_digest_is_short_and_tells_titles_apart():
    assert len(key_digest("a")) == 16 and key_digest("a") != key_digest("b") and key_digest("a") == key_digest("a")
