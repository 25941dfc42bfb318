"""The rules deciding which discovered links are followed (``newsspider.discovery.follow``), without Scrapy."""
from __future__ import annotations

from datetime import datetime, timezone

from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.follow import age_limit, canonical_links, not_too_old, skips_seen, split_seen

NOW = datetime(2026, 12, 4, tzinfo=timezone.utc)


def test_a_sources_own_age_limit_wins_over_the_crawls_even_when_it_is_none():
    assert age_limit(None, 30) == 30
    assert age_limit(7, 30) == 7
    assert age_limit(0, 30) == 0  # the source follows links of any age


def test_links_dated_before_the_age_limit_go_and_undated_or_unreadable_ones_stay():
    links = [DiscoveredLink("https://example.org/old", published="2026-10-01T00:00:00+00:00"),
             DiscoveredLink("https://example.org/new", published="2026-12-01T00:00:00+00:00"),
             DiscoveredLink("https://example.org/undated"),
             DiscoveredLink("https://example.org/odd", published="yesterday")]
    assert [link.url for link in not_too_old(links, 30, NOW)] == ["https://example.org/new",
                                                                  "https://example.org/undated",
                                                                  "https://example.org/odd"]
    assert not_too_old(links, 0, NOW) == links


class Settings(dict):
    def getbool(self, name: str, default: bool = False) -> bool:
        return bool(self.get(name, default))


def test_seen_links_are_skipped_unless_emitted_articles_are_fetched_again():
    assert skips_seen(Settings())
    assert not skips_seen(Settings(NEWSSPIDER_REEMIT_MODIFIED=True))
    assert not skips_seen(Settings(NEWSSPIDER_REEMIT_ALL=True))


def test_entries_are_split_by_their_url_in_order_with_one_lookup_and_none_for_nothing():
    calls: list[list[str]] = []

    def seen_urls(urls):
        calls.append(list(urls))
        return {"https://example.org/a"}

    entries = ["first a", "b", "second a", "c"]
    urls = ["https://example.org/a", "https://example.org/b", "https://example.org/a", "https://example.org/c"]
    assert split_seen(entries, urls, seen_urls) == (["b", "c"], ["first a", "second a"])
    assert calls == [urls]
    assert split_seen([], [], seen_urls) == ([], []) and len(calls) == 1
    assert split_seen(["b"], ["https://example.org/b"], lambda urls: set()) == (["b"], [])


def test_a_link_written_in_unicode_is_seen_under_the_percent_encoded_url_its_page_was_fetched_at():
    """The seen store keeps the URL a page was fetched at, the request's (percent-encoded, the host
    in punycode); a feed writes it in Unicode. Not found, the link of every such emitted article was
    fetched and extracted again by each run, to be dropped as seen by its id."""
    fetched = "https://xn--bcher-kva.example/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-1"
    asked = []

    def seen_urls(urls):
        asked.append(list(urls))
        return {fetched}

    entries = ["unicode", "ascii"]
    assert split_seen(entries, ["https://bücher.example/news/новости-1", "https://example.org/a"],
                      seen_urls) == (["ascii"], ["unicode"])
    assert asked == [["https://bücher.example/news/новости-1", fetched, "https://example.org/a"]]


def test_links_are_taken_under_their_canonical_url_and_kept_as_they_are_when_it_is_theirs():
    plain = DiscoveredLink("https://example.org/b", title="B")
    tracked = DiscoveredLink("https://example.org/a?utm_source=rss#top", title="A", published="2026-12-01")
    assert canonical_links([tracked, plain]) == [DiscoveredLink("https://example.org/a", title="A",
                                                                published="2026-12-01"), plain]
    assert canonical_links([plain])[0] is plain
