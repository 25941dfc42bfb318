"""When a page's rel=canonical is trusted as its article's address (newsspider.discovery.canonical)."""
from __future__ import annotations

from newsspider.discovery.canonical import ArticleAddresses, article_key, is_section_of, trusted_canonical


def test_the_same_articles_other_address_is_trusted():
    assert trusted_canonical("https://x.org/a?utm_medium=rss", "/b") == "https://x.org/b"
    assert trusted_canonical("https://x.org/2026/05/12/budget-vote/amp", "/2026/05/12/budget-vote") == \
        "https://x.org/2026/05/12/budget-vote"
    assert trusted_canonical("https://x.org/story/amp", "/story") == "https://x.org/story"  # the page has no article shape
    assert trusted_canonical("https://x.org/news/12345/photos", "/news/12345") == "https://x.org/news/12345"
    assert trusted_canonical("https://mirror.net/council-approves-budget", "https://x.org/politics/") == \
        "https://x.org/politics/"  # another site's page: syndication, not a section of this page


def test_the_pages_section_is_not_its_articles_address():
    page = "https://x.org/politics/council-approves-new-budget"
    assert trusted_canonical(page, "/politics/") == page
    assert trusted_canonical(page, "https://www.x.org/politics") == page
    assert trusted_canonical("https://x.org/world/europe/story.html", "/world/") == "https://x.org/world/europe/story.html"
    assert trusted_canonical(page, "/") == page  # the home page, as before
    assert is_section_of("https://x.org/politics/", page)
    assert not is_section_of("https://x.org/politics/?page=2", page)
    assert not is_section_of("https://x.org/sport/", page)


def test_a_discovery_page_of_the_source_is_no_articles_address():
    page = "https://x.org/p/abc"
    assert trusted_canonical(page, "https://x.org/latest-news-feed", frozenset({"https://x.org/latest-news-feed"})) == page
    assert trusted_canonical(page, "https://x.org/latest-news-feed") == "https://x.org/latest-news-feed"


def test_an_address_another_article_of_the_source_has_is_not_trusted_for_a_different_article():
    """A CMS declaring one page as every article's canonical: the first article takes it, the
    others keep their own addresses (they were dropped as its copies)."""
    addresses = ArticleAddresses()
    fixed = "https://x.org/top-story-of-the-day"
    assert addresses.address("x", "https://x.org/a-first-long-story", fixed, "first") == fixed
    assert addresses.address("x", "https://x.org/a-second-long-story", fixed, "second") == \
        "https://x.org/a-second-long-story"
    # the first article's copy (its title) still is that article: dropped as a duplicate by its id
    assert addresses.address("x", "https://x.org/a-first-long-story?view=amp", fixed, "first") == fixed
    # an article declaring the address another article was emitted under (its own URL)
    assert addresses.address("x", "https://x.org/a-third-long-story", "https://x.org/a-second-long-story",
                             "third") == "https://x.org/a-third-long-story"
    # another source's page declaring it: a copy across sources (syndication), as before
    assert addresses.address("y", "https://y.org/copied-story", fixed, "copied") == fixed


def test_discovery_pages_are_per_source_and_canonicalized():
    addresses = ArticleAddresses({"x": ["https://X.org/feed/?utm_source=a"]})
    assert addresses.address("x", "https://x.org/p/1", "https://x.org/feed/", "k") == "https://x.org/p/1"
    assert addresses.address("y", "https://x.org/p/2", "https://x.org/feed/", "k") == "https://x.org/feed/"


def test_article_key_reads_the_title_else_the_texts_opening():
    assert article_key("Council  Approves Budget", "text") == article_key("council approves budget", "other")
    assert article_key(None, "Opening words of the text") == "opening words of the text"
