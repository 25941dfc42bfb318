"""Addresses as pages write them: a link to another site told from one to the page's own."""
from __future__ import annotations

from newsspider.extract.addresses import other_site, registrable_domain


def test_a_site_is_its_registrable_part_under_any_prefix_it_serves_under():
    assert registrable_domain("www.Example.fi") == "example.fi"
    assert registrable_domain("m.sport.example.fi") == "example.fi"
    assert registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("127.0.0.1") == "127.0.0.1"


def test_a_link_leads_to_another_site_when_none_of_the_pages_addresses_is_of_its_site():
    page = "https://www.example.fi/2024/05/story.html"
    assert other_site("https://www.facebook.com/events/1", [page])
    assert not other_site("/2024/05/other.html", [page])
    assert not other_site("https://sport.example.fi/x", [page])
    assert not other_site("mailto:desk@example.org", [page])
    assert not other_site("#comments", [page])
    # served under another address, declaring its own: a link to either is the page's site
    assert not other_site("https://example.fi/x", ["http://127.0.0.1:8000/story.html", page])
    assert other_site("https://example.fi/x", ["http://127.0.0.1:8000/story.html", None])
    assert not other_site("http://[not-an-ip/x", [page])


def test_a_site_with_a_short_name_under_a_country_domain_is_one_site_under_its_subdomains():
    """zdf.de, orf.at, srf.ch: a name of three letters under a country's domain is a registered
    name, not a second-level suffix as bbc.co.uk's "co" is: the public suffix list tells."""
    assert registrable_domain("politik.zdf.de") == registrable_domain("www.zdf.de") == "zdf.de"
    assert not other_site("https://wien.orf.at/stories/1", ["https://orf.at/stories/2"])
    assert other_site("https://alice.github.io/post", ["https://bob.github.io/story"])


def test_a_hosts_registrable_domain_is_looked_up_once_and_is_the_hosts_alone():
    registrable_domain.cache_clear()
    for host in ("politik.zdf.de", "news.bbc.co.uk", "politik.zdf.de", "127.0.0.1", "politik.zdf.de"):
        registrable_domain(host)
    assert registrable_domain.cache_info().misses == 3
    assert [registrable_domain(host) for host in ("politik.zdf.de", "news.bbc.co.uk", "127.0.0.1")] == [
        "zdf.de", "bbc.co.uk", "127.0.0.1"]
