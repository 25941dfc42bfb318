"""Canonical URLs (one article, one URL, whatever tracking parameters it was shared with), and a
URL's host as every layer compares it."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "ocid", "cmpid", "ref_src", "ref_url", "_ga", "_gl", "spm", "smid", "smtyp", "at_medium",
    "at_campaign", "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
FORBIDDEN_HOST_CHARACTERS = frozenset("\x00\t\n\r <>\\^|%")
"""Characters no host name holds (the URL Standard's forbidden host code points that ``urlsplit``
leaves in a host: it splits at the others, "#/?@:[]"), besides the control characters."""

NOT_HTTP = "not http(s)"
"""``url_problem``'s answer for an address of another scheme (or none)."""


def url_problem(url: str) -> str | None:
    """Why ``url`` is no http(s) address a request can be made to, or None when it is one.

    ``urlsplit`` splits "http://x.org:99999/" and "http://[::1/" without a word; their port and
    host raise only when read, which a request for the link (Scrapy's) does: one such link in a
    feed would fail the whole feed where its links are made into requests, so a link is asked
    this first."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018  (parses the port: "x.org:99999" and "x.org:abc" fail here)
    except ValueError as exc:
        return str(exc)
    if parts.scheme not in _DEFAULT_PORTS:
        return NOT_HTTP
    if not host:
        return "no host"
    if any(character in FORBIDDEN_HOST_CHARACTERS or not character.isprintable() for character in host):
        return f"no host name holds {host!r}"
    return None


def canonicalize_url(url: str) -> str:
    """Drop the fragment and tracking parameters, lowercase scheme and host, drop default ports.

    Other query parameters keep their order: many news CMSs route on them (``?id=123``).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = host
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode(
        [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(key)],
        doseq=True,
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


HOME_PAGE_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/index.asp", "/index.aspx",
                             "/index.jsp", "/default.aspx", "/default.asp"})
"""Paths that name a site's home page (without a query: ``/?p=123`` is a WordPress article)."""


def resolve_canonical(page_url: str, declared: str | None) -> str:
    """The page's canonical URL: its ``rel=canonical`` if it is a usable http(s) URL, else itself.

    A canonical naming a home page (``is_home_page``) is not that of a page elsewhere: templates
    that declare the site's root on every page would make all its articles one, so that a run
    emitted the first of them and dropped the others as the same page (and the next run none)."""
    if declared:
        try:
            candidate = urljoin(page_url, declared.strip())
        except ValueError:  # "http://[::1/": urljoin splits the address, and that raises
            candidate = ""
        if url_problem(candidate) is None and not (is_home_page(candidate) and not is_home_page(page_url)):
            return canonicalize_url(candidate)
    return canonicalize_url(page_url)


def is_home_page(url: str) -> bool:
    """Whether ``url`` names a site's home page: a path of ``HOME_PAGE_PATHS`` and no query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return not parts.query and parts.path.lower() in HOME_PAGE_PATHS


def host_key(url: str | None) -> str:
    """The URL's host, lower case, without ``www.``: the same site's host however a page or an
    archive spells it; "" for an address without one or one that does not parse (pages and
    archives hold "http://[not-an-ip]/", which ``urlsplit`` refuses)."""
    try:
        return (urlsplit(url or "").hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def registered_domain(url: str) -> str | None:
    """The domain the site at ``url`` registered, by the public suffix list (courlan's
    ``extract_domain``): "https://news.bbc.co.uk/x" is bbc.co.uk, "https://alice.github.io/" a site
    of its own; None where the host is no domain under a public suffix (localhost, an IP address)."""
    # Imported by the first address judged: the crawl process imports the modules that ask, and
    # courlan's import (urllib3, babel: ~25 ms of CPU) is paid only where a domain is asked for.
    from courlan import extract_domain

    return extract_domain(url)


def within_host(host: str, other: str) -> bool:
    """Whether two :func:`host_key` hosts are one or one is a subdomain of the other ("x.com",
    "sport.x.com"): a narrower test than the registrable domain's (``newsspider.discovery.links``),
    under which two subdomains of one domain ("sport.x.com", "news.x.com") are one site too."""
    return bool(host and other) and (host == other or host.endswith(f".{other}") or other.endswith(f".{host}"))


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)
