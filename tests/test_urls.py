"""A URL's host as every layer compares it (newsspider.urls.host_key, within_host)."""
from __future__ import annotations

import pytest

from newsspider.urls import host_key, within_host


@pytest.mark.parametrize("url, host", [
    ("https://www.Example.com/a", "example.com"), ("http://sport.example.com:8080/", "sport.example.com"),
    ("http://[not-an-ip/1.html", ""), ("http:///a", ""), ("/relative/path", ""), (None, ""), ("", ""),
])
def test_host_key_is_the_lower_case_host_without_www_and_empty_for_none_or_a_malformed_address(url, host):
    assert host_key(url) == host


@pytest.mark.parametrize("host, other, within", [
    ("example.com", "example.com", True), ("sport.example.com", "example.com", True),
    ("example.com", "sport.example.com", True),
    ("sport.example.com", "news.example.com", False),  # one registrable domain, not one host's family
    ("badexample.com", "example.com", False), ("", "example.com", False), ("", "", False),
])
def test_within_host_is_one_host_or_a_subdomain_of_the_other(host, other, within):
    assert within_host(host, other) is within
