"""Addresses as pages write them: a link to another site told from one to the page's own."""
from __future__ import annotations

from newsspider.extract.addresses import other_site, site_key


def test_a_site_is_its_registrable_part_under_any_prefix_it_serves_under():
    assert site_key("www.Example.fi") == "example.fi"
    assert site_key("m.sport.example.fi") == "example.fi"
    assert site_key("news.bbc.co.uk") == "bbc.co.uk"
    assert site_key("127.0.0.1") == "127.0.0.1"


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
