"""The article budget: a source's links become requests within its max_articles, newest first, and an
article that ends unwritten hands its place to the next link (newsspider.discovery.budget)."""
from __future__ import annotations

from newsspider.discovery.budget import ArticleBudget, article_limit
from newsspider.discovery.entry import DiscoveredLink


def link(n: int, day: int | None = None) -> DiscoveredLink:
    return DiscoveredLink(f"https://x.org/story-{n}", published=f"2026-11-{day:02d}T08:00:00+00:00" if day else None)


def urls(links: list[DiscoveredLink]) -> list[str]:
    return [entry.url.rsplit("-", 1)[1] for entry in links]


def test_a_source_without_a_limit_requests_every_link():
    budget = ArticleBudget(lambda source: 0)
    links = [link(n) for n in range(10)]
    assert budget.admit("x", links) == links
    assert budget.left("x") == 0 and budget.ended("x", written=False) == []


def test_the_newest_links_get_the_places_and_the_others_wait():
    budget = ArticleBudget(lambda source: 2)
    assert urls(budget.admit("x", [link(1, 3), link(2, 9), link(3, 5), link(4)])) == ["2", "3"]
    assert budget.left("x") == 2


def test_an_article_not_written_hands_its_place_to_the_newest_waiting_link():
    budget = ArticleBudget(lambda source: 2)
    budget.admit("x", [link(1, 1), link(2, 2), link(3, 3), link(4, 4)])
    assert budget.ended("x", written=True) == []
    assert urls(budget.ended("x", written=False)) == ["2"]  # of 1 and 2 waiting, 2 is newer
    assert budget.ended("x", written=True) == []
    assert budget.ended("x", written=False) == []  # two written: the limit is reached
    assert budget.left("x") == 1


def test_a_later_document_fills_only_the_free_places_and_joins_the_queue_by_date():
    budget = ArticleBudget(lambda source: 2)
    budget.admit("x", [link(1, 1), link(2, 2), link(3, 3)])
    assert budget.admit("x", [link(4, 9), link(3, 3)]) == []  # full; link 3 is not taken twice
    assert urls(budget.ended("x", written=False)) == ["4"]
    assert budget.left("x") == 1


def test_at_idle_every_place_no_written_article_holds_is_given_again():
    """An ending the budget was not told of (nothing is out when the crawl is idle)."""
    budget = ArticleBudget(lambda source: 3)
    budget.admit("x", [link(n, n) for n in range(1, 7)])
    budget.ended("x", written=True)
    released = budget.at_idle()
    assert {source: urls(links) for source, links in released.items()} == {"x": ["3", "2"]}
    # at the next idle those have ended too, unwritten: the last link waiting takes a place
    assert {source: urls(links) for source, links in budget.at_idle().items()} == {"x": ["1"]}
    assert budget.at_idle() == {} and budget.left("x") == 0


def test_limits_are_per_source():
    budget = ArticleBudget({"a": 1, "b": 2}.__getitem__)
    assert len(budget.admit("a", [link(n) for n in range(5)])) == 1
    assert len(budget.admit("b", [link(n) for n in range(5)])) == 2
    assert (budget.left("a"), budget.left("b")) == (4, 3)


def test_a_sources_own_limit_wins_over_the_crawls():
    assert article_limit(None, 1000) == 1000
    assert article_limit(5, 1000) == 5
    assert article_limit(0, 1000) == 0  # its own "no limit"


def test_the_places_wait_for_every_listed_document_and_go_to_the_newest_of_all():
    budget = ArticleBudget(lambda source: 2)
    budget.expect("x", 2)
    assert budget.admit("x", [link(1, 1), link(2, 2), link(3, 3)]) == []  # the older feed came first
    assert budget.document_read("x") == []
    assert budget.admit("x", [link(4, 20), link(5, 21)]) == []
    assert urls(budget.document_read("x")) == ["5", "4"]
    assert budget.document_read("x") == [] and budget.left("x") == 3


def test_a_listed_document_never_told_of_is_not_waited_for_after_idle():
    budget = ArticleBudget(lambda source: 2)
    budget.expect("x", 2)
    budget.admit("x", [link(1, 1), link(2, 2)])
    budget.document_read("x")
    assert {source: urls(links) for source, links in budget.at_idle().items()} == {"x": ["2", "1"]}
