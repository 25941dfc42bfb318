"""A URL's host as every layer compares it (newsspider.urls.host_key, within_host)."""
from __future__ import annotations

import pytest

from newsspider.urls import host_key, resolve_canonical, url_problem, within_host


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


@pytest.mark.parametrize("url, problem", [
    ("https://x.org/a", None), ("http://127.0.0.1:8080/a", None), ("http://[::1]:80/a", None),
    ("http://пример.испытание/a", None), ("http://x.org:/a", None),
    ("http://x.org:99999/a", "Port out of range 0-65535"), ("http://x.org:-1/a", "Port could not be cast to integer value as '-1'"),
    ("http://x.org:abc/a", "Port could not be cast to integer value as 'abc'"), ("http://[::1/a", "Invalid IPv6 URL"),
    ("http://exa mple.org/a", "no host name holds 'exa mple.org'"), ("http://x\x01y.org/a", "no host name holds 'x\\x01y.org'"),
    ("http:///a", "no host"), ("http://user@/a", "no host"), ("ftp://x.org/a", "not http(s)"), ("/a", "not http(s)"),
])
def test_url_problem_says_why_no_request_can_be_made_to_an_address(url, problem):
    assert url_problem(url) == problem


@pytest.mark.parametrize("declared", ["http://x.org:99999/a", "http://[::1/a", "http://exa mple.org/a"])
def test_a_canonical_no_request_can_be_made_to_is_ignored(declared):
    assert resolve_canonical("https://x.org/news/1.html#top", declared) == "https://x.org/news/1.html"
