"""The story report: the story export's records as one self-contained static HTML page.

Opened from disk, it needs no server and loads nothing: the style and the script are inline, and
its Content-Security-Policy allows only those two (by hash), so the page cannot reach the network
or run anything else. Stories come biggest first (members, then languages); each shows its members
side by side (title, language, source, time, kind and score); titles are shown in their own
direction (``dir``, ``lang``). A language filter hides the stories without a member in that
language and marks the members that have it; it is kept in the address
(``stories-<UTC>.html#language=ar&shared``), so a filtered view can be bookmarked or linked.
Every value from the crawl is escaped: titles and URLs are hostile input, and only ``http(s)``
URLs become links.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any
from urllib.parse import urlsplit

LINK_SCHEMES = ("http", "https")
FILTER_ID = "language-filter"
MULTI_ID = "multi-only"
SHOWN_ID = "shown"

STYLE = """
:root { color-scheme: light; --line: #d6d9de; --muted: #5b6470; --accent: #0b5cad; --mark: #fff3bf; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari",
       "Noto Sans CJK SC", "DejaVu Sans", sans-serif; color: #1d232b; background: #f4f5f7; }
header { position: sticky; top: 0; z-index: 1; padding: .75rem 1.25rem; background: #fff;
         border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 .25rem; font-size: 1.3rem; }
.summary, .shown, .meta { color: var(--muted); margin: .2rem 0; }
.controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-top: .4rem; }
main { padding: 1rem 1.25rem 3rem; display: grid; gap: 1rem; }
.story { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; }
.story h2 { margin: 0; font-size: 1.05rem; }
.members { list-style: none; margin: .7rem 0 0; padding: 0; display: grid; gap: .6rem;
           grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
.member { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .6rem; background: #fbfbfc; }
.member.match { background: var(--mark); border-color: #e0b400; }
.member .title { margin: 0 0 .35rem; font-weight: 600; overflow-wrap: anywhere; }
.member a { color: var(--accent); text-decoration: none; }
.member a:hover { text-decoration: underline; }
.facts { display: flex; flex-wrap: wrap; gap: .2rem .4rem; margin: 0; padding: 0; list-style: none;
         font-size: .85rem; color: var(--muted); }
.facts li { background: #eef0f3; border-radius: 4px; padding: 0 .35rem; }
.facts .kind-root { background: #dcefdc; }
.facts .new { background: #dbe8f8; }
.empty { color: var(--muted); }
"""

SCRIPT = """
(function () {
  "use strict";
  var select = document.getElementById("%(filter)s");
  var multi = document.getElementById("%(multi)s");
  var shown = document.getElementById("%(shown)s");
  var stories = Array.prototype.slice.call(document.querySelectorAll("section.story"));
  function apply() {
    var language = select.value, onlyShared = multi.checked, count = 0;
    stories.forEach(function (story) {
      var languages = (story.getAttribute("data-languages") || "").split(" ");
      var visible = (!language || languages.indexOf(language) >= 0) &&
                    (!onlyShared || Number(story.getAttribute("data-size")) > 1);
      story.hidden = !visible;
      if (visible) { count += 1; }
      Array.prototype.forEach.call(story.querySelectorAll("li.member"), function (member) {
        member.classList.toggle("match", language !== "" && member.getAttribute("data-language") === language);
      });
    });
    shown.textContent = count + (count === 1 ? " story" : " stories") + " shown";
  }
  function fromAddress() {
    var wanted = /(?:^#|&)language=([a-z]{2})(?:&|$)/.exec(location.hash);
    var known = wanted && select.querySelector('option[value="' + wanted[1] + '"]');
    select.value = known ? wanted[1] : "";
    multi.checked = /(?:^#|&)shared(?:&|$)/.test(location.hash);
    apply();
  }
  function toAddress() {
    var parts = [];
    if (select.value) { parts.push("language=" + select.value); }
    if (multi.checked) { parts.push("shared"); }
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    apply();
  }
  select.disabled = false;
  multi.disabled = false;
  select.addEventListener("change", toAddress);
  multi.addEventListener("change", toAddress);
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
""" % {"filter": FILTER_ID, "multi": MULTI_ID, "shown": SHOWN_ID}


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CONTENT_SECURITY_POLICY = (f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
                           "base-uri 'none'; form-action 'none'")


def render_report(stories: Sequence[Mapping[str, Any]], *, title: str, generated_at: str) -> str:
    """The HTML page of ``stories`` (story export records, in the order given)."""
    members = [member for story in stories for member in story["members"]]
    languages = Counter(language for story in stories for language in story["languages"])
    written = sum(story["new_members"] for story in stories)
    options = "".join(f'<option value="{_e(code)}">{_e(code)} ({count} {_plural(count, "story", "stories")})</option>'
                      for code, count in sorted(languages.items()))
    body = "\n".join(_story(story) for story in stories) or \
        '<p class="empty">No story gained an article in this run.</p>'
    shared = sum(1 for story in stories if story["member_count"] > 1)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(CONTENT_SECURITY_POLICY)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{_e(title)}</h1>
<p class="summary">{len(stories)} {_plural(len(stories), "story", "stories")} gained an article in this run \
({written} {_plural(written, "article", "articles")} written; {len(members)} \
{_plural(len(members), "article", "articles")} in these stories, {shared} with more than one; \
{len(languages)} {_plural(len(languages), "language", "languages")}). Generated {_e(generated_at)}.</p>
<div class="controls">
<label>Language <select id="{FILTER_ID}" disabled><option value="">all languages</option>{options}</select></label>
<label><input type="checkbox" id="{MULTI_ID}" disabled> only stories with more than one article</label>
<span class="shown" id="{SHOWN_ID}" aria-live="polite">{len(stories)} {_plural(len(stories), "story", "stories")} \
shown</span>
</div>
</header>
<main>
{body}
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _story(story: Mapping[str, Any]) -> str:
    members = story["members"]
    headline = next((m for m in members if m["title"]), members[0] if members else None)
    count, languages = story["member_count"], story["languages"]
    facts = [f"{count} {_plural(count, 'article', 'articles')}",
             f"{len(languages)} {_plural(len(languages), 'language', 'languages')}"
             + (f" ({_e(', '.join(languages))})" if languages else "")]
    if story["new_members"] < count:
        facts.append(f"{story['new_members']} new in this run")
    if story["first_published"]:
        span = _time(story["first_published"], None)
        if story["last_published"] and story["last_published"] != story["first_published"]:
            span += " to " + _time(story["last_published"], None)
        facts.append("published " + span)
    items = "\n".join(_member(member) for member in members)
    return (f'<section class="story" id="story-{_e(story["story_id"])}" data-size="{int(count)}" '
            f'data-languages="{_e(" ".join(languages))}">\n'
            f"<h2>{_title(headline, link=False)}</h2>\n"
            f'<p class="meta">{" · ".join(facts)}</p>\n'
            f'<ol class="members">\n{items}\n</ol>\n</section>')


def _member(member: Mapping[str, Any]) -> str:
    kind = member["kind"]
    facts = [f'<li class="language">{_e(member["language"] or "unknown language")}</li>',
             f'<li class="source"><bdi>{_e(member["source"] or "unknown source")}</bdi></li>',
             f'<li class="time">{_time(member["published_utc"], member["published"])}</li>',
             f'<li class="kind kind-{_e(kind)}">{_e(kind)}</li>']
    if member["score"] is not None:
        facts.append(f'<li class="score" title="strength of the evidence, 0-1">score {member["score"]:.2f}</li>')
    if member["this_run"]:
        facts.append('<li class="new">new in this run</li>')
    return (f'<li class="member kind-{_e(kind)}" data-language="{_e(member["language"] or "")}">'
            f'<p class="title">{_title(member, link=True)}</p>'
            f'<ul class="facts">{"".join(facts)}</ul></li>')


def _title(member: Mapping[str, Any] | None, *, link: bool) -> str:
    """A member's title in its own direction and language, a link to it when its URL is http(s)."""
    if member is None:
        return "(no title)"
    text = member["title"] or member["url"] or member["id"]
    direction = member.get("direction") if member.get("direction") in ("ltr", "rtl") else "auto"
    language = f' lang="{_e(member["language"])}"' if member.get("language") else ""
    url = member.get("url")
    if link and url and urlsplit(url).scheme.lower() in LINK_SCHEMES:
        return (f'<a href="{_e(url)}" dir="{direction}"{language} rel="noopener noreferrer" '
                f'title="{_e(url)}">{_e(text)}</a>')
    return f'<span dir="{direction}"{language}>{_e(text)}</span>'


def _time(utc: str | None, local: str | None) -> str:
    """``2024-07-25 07:00 UTC``, with the publisher's own time as its tooltip."""
    if not utc:
        return "no date"
    shown = utc[:16].replace("T", " ") + " UTC"
    tooltip = f' title="{_e(local)}"' if local else ""
    return f'<time datetime="{_e(utc)}"{tooltip}>{_e(shown)}</time>'


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _e(value: object) -> str:
    return escape(str(value), quote=True)
