"""The site's own channels: a line that sends the reader to the site's app or to its profile on a
social network ("Follow us on <a>Facebook</a> and <a>Instagram</a>", "Preuzmite našu <a>aplikaciju</a>").

Phrase lists say "follow us" in the languages someone wrote them for; where such a line links, its
links say it in every language: each goes to the site's own app in an app store, or to the site's
own profile on a social network. What the site calls its own, the page declares: its organisation's
``sameAs`` in JSON-LD, ``article:publisher`` (its Facebook page), ``twitter:site`` (its handle), and
its app in the smart app banner's and app links' metadata (``apple-itunes-app``, ``google-play-app``,
``al:ios:app_store_id``, ``al:android:package``, ``twitter:app:id:*``); undeclared, a profile named
as the site's domain is named ("facebook.com/theguardian" on theguardian.com) and an Android app
whose package is the domain reversed ("com.example.news" on example.com) are the site's too.

A story's link to an app or a profile is someone else's (the ministry's app, the police's Facebook
post, an embedded tweet, a press contact's account) and stays; so does a line that links the site's
channel and anything else, or says more than one sentence (a story about the site itself).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newsspider.extract.addresses import registrable_domain
from newsspider.extract.cleaning.text import has_sentence_break, width_at_most
from newsspider.extract.elements import HEADING_TAGS, PageElements, text_content
from newsspider.extract.pagetype import may_run

__all__ = ["OwnChannels", "channel_lines"]

# A line that only sends the reader to the site's channels is one call ("Follow us on ..."): at
# most this wide, one sentence at most.
MAX_CHANNEL_LINE_WIDTH = 160
# Hosts whose pages are an app's listing in a store (the app's id in the address).
APP_STORE_HOSTS = frozenset({
    "apps.apple.com", "itunes.apple.com", "play.google.com", "appgallery.huawei.com",
    "appgallery.cloud.huawei.com", "apps.microsoft.com", "galaxystore.samsung.com", "apps.rustore.ru",
    "rustore.ru",
})
# Social networks (registrable domains) whose profile is an address of one path segment, the
# account's name ("@name" on some), or a channel's ("/channel/<id>", "/c/<name>", "/user/<name>").
SOCIAL_DOMAINS = frozenset({
    "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "t.me", "telegram.me",
    "tiktok.com", "youtube.com", "linkedin.com", "vk.com", "ok.ru", "threads.net", "bsky.app",
    "pinterest.com", "whatsapp.com", "line.me", "weibo.com", "snapchat.com", "dailymotion.com",
    "kakao.com", "naver.com", "zalo.me", "viber.com", "flipboard.com", "tumblr.com",
})
# Path segments that name a kind of page of a network, no account (a share dialog, a post, a search).
_NOT_ACCOUNTS = frozenset({
    "sharer", "sharer.php", "share", "intent", "home", "search", "hashtag", "explore", "watch", "status",
    "p", "reel", "reels", "posts", "photo", "photo.php", "story.php", "permalink.php", "events", "groups",
    "dialog", "login", "signup", "tr", "plugins", "embed", "i", "s", "sharearticle", "sharing", "send",
})
# The first segment of a channel's address on a network ("/channel/<id>", "/c/<name>", "/company/<name>").
_ACCOUNT_KINDS = frozenset({"channel", "c", "user", "company"})
# Cheap first look, one walk of the page in libxml2: the links whose address may name one of the
# hosts (a call per link would cost 2% of a page's calls on link-heavy pages).
_CHANNEL_LINKS = etree.XPath("//a[" + " or ".join(f'contains(@href, "{host}")'
                                                  for host in sorted(APP_STORE_HOSTS | SOCIAL_DOMAINS)) + "]")
# Metadata naming the site's own app: (attribute, name) -> how its content names the app.
_APP_META = ("apple-itunes-app", "google-play-app", "al:ios:app_store_id", "al:android:package",
             "al:ipad:app_store_id", "al:iphone:app_store_id", "twitter:app:id:iphone",
             "twitter:app:id:ipad", "twitter:app:id:googleplay")
_APP_ID = re.compile(r"app-id\s*=\s*([\w.]+)")
_APPLE_ID = re.compile(r"/id(\d+)")
_ORGANISATIONS = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "LocalBusiness"})


class OwnChannels:
    """The site's own channels, as its page declares them (see the module), read at the first ask."""

    def __init__(self, page: PageElements, page_url: str | None) -> None:
        self.page = page
        self.base = page_url or ""
        site = registrable_domain(urlsplit(self.base).hostname or "") if self.base else ""
        self.site_labels = tuple(reversed(site.split("."))) if site else ()
        self.site_name = _bare(site.split(".")[0]) if site else ""
        self._profiles: set[tuple[str, str]] | None = None
        self._apps: set[str] | None = None

    def owns(self, href: str) -> bool:
        """Whether ``href`` leads to the site's own app in a store or its own profile on a network."""
        try:
            target = urlsplit(urljoin(self.base, href.strip()))
        except ValueError:
            return False
        host = (target.hostname or "").lower()
        if host in APP_STORE_HOSTS:
            return self._own_app(target.path, target.query)
        network = registrable_domain(host)
        if network not in SOCIAL_DOMAINS:
            return False
        account = _account(target.path)
        if account is None:
            return False
        return (_canonical_network(network), account) in self.profiles() or (
            bool(self.site_name) and _bare(account) == self.site_name)

    def profiles(self) -> set[tuple[str, str]]:
        """(network, account) of each profile the page declares as the site's."""
        if self._profiles is None:
            self._profiles = set(_declared_profiles(self.page))
        return self._profiles

    def _own_app(self, path: str, query: str) -> bool:
        if self._apps is None:
            self._apps = set(_declared_apps(self.page))
        ids = parse_qs(query).get("id", [])
        found = _APPLE_ID.search(path)
        if found:
            ids.append(found[1])
        for app in ids:
            if app in self._apps:
                return True
            parts = tuple(app.lower().split("."))
            if self.site_labels and len(parts) > len(self.site_labels) and parts[:len(self.site_labels)] == self.site_labels:
                return True  # an Android package named as the site's domain reversed
        return False


def channel_lines(page: PageElements, page_url: str | None, candidates: set[str], lines: list[str],
                  block_text: Callable[[HtmlElement], str], block_of: Callable[[HtmlElement], HtmlElement | None]) -> set[str]:
    """The candidate lines (single-spaced) that are the whole text of a block each of whose links
    goes to the site's own channels (:class:`OwnChannels`), one sentence at most and
    :data:`MAX_CHANNEL_LINE_WIDTH` wide at most; not a statement (a line ending like a sentence)
    between two of the story's (:func:`_inside_story`): there it may be the story's own, about the
    site itself ("<a>Our Facebook page</a> passed a million followers."), where a prompt is a call
    with no stop ("Follow us on <a>Facebook</a>") or stands at the story's edge. ``lines``: the
    text's lines that show something, single-spaced; ``block_text``: a block's text, single-spaced;
    ``block_of``: a link's block."""
    links = _CHANNEL_LINKS(page.tree)
    if not links:
        return set()
    channels = OwnChannels(page, page_url)
    found: set[str] = set()
    seen: set[HtmlElement] = set()
    headings: set[str] | None = None
    for link in links:
        block = block_of(link)
        if block is None or block in seen:
            continue
        seen.add(block)
        whole = block_text(block)
        if whole not in candidates and f"- {whole}" not in candidates:
            continue
        if not width_at_most(whole, MAX_CHANNEL_LINE_WIDTH) or has_sentence_break(whole):
            continue
        if not all(channels.owns(other) for other in _hrefs(_quote_of(block))):
            continue
        if headings is None:
            headings = {block_text(heading) for heading in page.of(*HEADING_TAGS)}
        if not _inside_story(whole, lines, headings):
            found.add(whole)
    return found


def _quote_of(block: HtmlElement) -> HtmlElement:
    """The quote around ``block`` (an embedded post: a tweet quotes the site's own account's words
    and links the post itself, no profile), else ``block``."""
    return next(block.iterancestors("blockquote"), block)


def _inside_story(line: str, lines: list[str], headings: set[str]) -> bool:
    """Whether ``line`` ends like a sentence (:func:`~newsspider.extract.pagetype.may_run`) and each place it stands in
    ``lines`` has a line of the story's running text (:func:`~newsspider.extract.pagetype.running_text`) before and after it, past
    the story's subheadings (``headings``: the page's headings' texts) and list items between: a
    statement of the story's ("How to watch" / "The debate streams live on our YouTube channel." /
    the next subheading), where the site's call to follow it stands at the story's edge."""
    if not may_run(line):
        return False
    places = [index for index, other in enumerate(lines) if other == line or other == f"- {line}"]
    return bool(places) and all(_story_line(lines[:index][::-1], headings) and _story_line(lines[index + 1:], headings)
                                for index in places)


def _story_line(lines: list[str], headings: set[str]) -> bool:
    """Whether the first of ``lines`` that is no heading and no list item of a few words (a list of
    the site's networks) is running text; or a list item that is."""
    for line in lines:
        item = line.startswith("- ")
        if line in headings or (item and not may_run(line[2:])):
            continue
        return may_run(line[2:] if item else line)
    return False


def _hrefs(block: HtmlElement) -> Iterator[str]:
    for link in block.iter("a"):
        yield link.get("href") or ""


def _account(path: str) -> str | None:
    """The account a network's address names (its profile's), or None where it names a page of
    another kind (a post, a share dialog, a search)."""
    parts = [part for part in path.split("/") if part]
    if len(parts) == 2 and parts[0] in _ACCOUNT_KINDS:
        parts = parts[1:]
    if len(parts) != 1 or parts[0].lower() in _NOT_ACCOUNTS or parts[0].lower().endswith(".php"):
        return None
    return parts[0].lstrip("@").lower() or None


def _canonical_network(network: str) -> str:
    return {"x.com": "twitter.com", "fb.com": "facebook.com", "telegram.me": "t.me"}.get(network, network)


def _bare(name: str) -> str:
    """A name's letters and digits, lower-cased: "The-Guardian" and "theguardian" are one name."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _declared_profiles(page: PageElements) -> Iterator[tuple[str, str]]:
    for address in _declared_addresses(page):
        try:
            target = urlsplit(address.strip())
        except ValueError:
            continue
        network = registrable_domain((target.hostname or "").lower())
        if network in SOCIAL_DOMAINS and (account := _account(target.path)):
            yield _canonical_network(network), account


def _declared_addresses(page: PageElements) -> Iterator[str]:
    """The addresses the page declares as its organisation's own: ``sameAs`` of an organisation or
    website node in JSON-LD, ``article:publisher``; ``twitter:site`` as an address."""
    for meta in page.of("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        if name == "article:publisher" and "/" in content:
            yield content
        elif name == "twitter:site":
            yield f"https://twitter.com/{content.lstrip('@')}"
    for script in page.of("script"):
        if script.get("type") != "application/ld+json":
            continue
        raw = text_content(script)
        if "sameAs" not in raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        yield from _same_as(data, 0)


def _same_as(data: object, depth: int) -> Iterator[str]:
    if depth > 8:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _same_as(entry, depth + 1)
        return
    if not isinstance(data, dict):
        return
    kinds = data.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if any(isinstance(kind, str) and kind.rsplit("/", 1)[-1] in _ORGANISATIONS for kind in kinds):
        same = data.get("sameAs")
        for address in same if isinstance(same, list) else [same]:
            if isinstance(address, str):
                yield address
    for key, value in data.items():
        if key not in ("author", "creator", "mentions", "about", "sameAs") and isinstance(value, (dict, list)):
            yield from _same_as(value, depth + 1)


def _declared_apps(page: PageElements) -> Iterable[str]:
    for meta in page.of("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip().lower()
        if name not in _APP_META:
            continue
        content = (meta.get("content") or "").strip()
        found = _APP_ID.search(content)
        yield found[1] if found else content
