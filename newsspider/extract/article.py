"""Article extraction: trafilatura first, the page's JSON-LD article when trafilatura finds
(almost) nothing, page metadata for precise dates, and the language decision.

Runs in worker processes (trafilatura is not thread-safe and costs tens of ms per page), so
inputs and outputs are plain picklable values.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

import trafilatura
from trafilatura.utils import load_html

from newsspider.dates import to_iso8601
from newsspider.extract.language import choose_language, normalize_language, text_direction
from newsspider.extract.metadata import PageMetadata, read_metadata

logger = logging.getLogger(__name__)

MAX_HTML_CHARS = 5_000_000
# Precision mode must keep at least this share of the balanced text to be trusted with the span.
MIN_PRECISE_SHARE = 0.2
# The JSON-LD articleBody arbitrates only when some candidate agrees with it at least this well
# (teaser-only or truncated bodies agree with nothing).
JSONLD_TRUST = 0.8
# trafilatura drops every non-printable character, including the zero-width (non-)joiners that
# Persian, Urdu and Indic scripts need inside words ("سه‌شنبه" would become "سهشنبه"), and the
# bidi marks and zero-width spaces that pages carry inside sentences. They travel through it as
# rare printable stand-ins instead, so the text keeps the page's characters.
_JOINERS = {"\u200c": "\u2e3b\u2e3aN", "\u200d": "\u2e3b\u2e3aJ", "\u200b": "\u2e3b\u2e3aB",
            "\u200e": "\u2e3b\u2e3aL", "\u200f": "\u2e3b\u2e3aR"}
_JOINER_ENTITIES = re.compile(
    r"&(?:(zwnj|zwj|lrm|rlm|zwsp)|#(8203|8204|8205|8206|8207)|#x(200[b-f]));", re.IGNORECASE)
_ENTITY_CHARS = {"zwnj": "\u200c", "zwj": "\u200d", "lrm": "\u200e", "rlm": "\u200f", "zwsp": "\u200b"}


@dataclass
class ExtractOptions:
    """Extraction knobs, filled from ``NEWSSPIDER_*`` settings."""

    min_text_chars: int = 200
    min_language_confidence: float = 0.9
    favor_precision: bool = False    # precision mode only (no reconciliation with the balanced mode)
    reconcile_modes: bool = True     # balanced text cut to the span precision mode agrees on


@dataclass
class Extraction:
    """What extraction found: ``fields`` for an article, or ``reason`` why the page is not one."""

    fields: dict | None = None
    reason: str | None = None
    via_jsonld: bool = False
    site_name: str | None = None
    notes: list[str] = field(default_factory=list)


def extract_article(html: str, url: str, hints: dict | None = None, source_language: str | None = None,
                    options: ExtractOptions | None = None) -> Extraction:
    """Extract one page. Never raises for bad input: a broken page is reported as a reason."""
    options = options or ExtractOptions()
    hints = hints or {}
    if not html or not html.strip():
        return Extraction(reason="empty_page")
    if _looks_binary(html):
        return Extraction(reason="binary_content")
    protected = protect_joiners(html[:MAX_HTML_CHARS])
    tree = load_html(protected)
    if tree is None:
        return Extraction(reason="unparseable_html")
    meta = read_metadata(tree)
    jsonld = meta.jsonld
    document, text = _trafilatura_text(tree, protected, url, options, jsonld.body if jsonld else None)
    via_jsonld = False
    if jsonld and jsonld.body and (
        (text_size(text) < options.min_text_chars and len(jsonld.body) > len(text))
        or " ".join(text.split()) == " ".join(jsonld.body.split())  # trafilatura read it flattened
    ):
        text, via_jsonld = jsonld.body.strip(), True
    if text_size(text) < options.min_text_chars:
        return Extraction(reason="too_little_text")
    if _looks_like_index(text, meta):
        return Extraction(reason="index_page")
    language = choose_language(
        text, [meta.html_lang, hints.get("language"), jsonld.language if jsonld else None, source_language],
        options.min_language_confidence,
    )
    fields = {
        "canonical": meta.canonical,
        "title": _title(document, meta, hints),
        "authors": _authors(document, meta),
        "published": meta.published or to_iso8601(hints.get("published"))
        or to_iso8601(getattr(document, "date", None)),
        "modified": meta.modified,
        "language": language,
        "direction": text_direction(text, language),
        "text": text,
        "description": _first(getattr(document, "description", None), jsonld and jsonld.description),
        "image": _first(getattr(document, "image", None), jsonld and jsonld.image),
        "tags": _tags(document, meta),
    }
    fields = {key: [restore_joiners(v) for v in value] if isinstance(value, list) else restore_joiners(value)
              for key, value in fields.items()}
    return Extraction(fields=fields, via_jsonld=via_jsonld,
                      site_name=restore_joiners(getattr(document, "sitename", None)))


def _bare(tree, url: str, *, precision: bool, with_metadata: bool = True):
    """One trafilatura pass; None when it finds nothing or fails on this page."""
    try:
        return trafilatura.bare_extraction(
            tree, url=url, include_comments=False, with_metadata=with_metadata, favor_precision=precision,
            include_tables=True, deduplicate=False,
        )
    except Exception:  # trafilatura bugs on odd pages must not cost the article
        logger.debug("trafilatura failed (precision=%s) on %s", precision, url, exc_info=True)
        return None


def _trafilatura_text(tree, html: str, url: str, options: ExtractOptions, jsonld_body: str | None):
    """(document, text): trafilatura's balanced and precision modes, reconciled.

    Precision mode finds where the article starts and ends better (it leaves out teasers, related
    links and comment blocks around it) but sometimes drops a real paragraph inside the article
    (a short line, a list, a quote box). So the balanced text is cut to the span that precision
    mode agrees on: from the first to the last paragraph both modes share, keeping what only
    the balanced mode found *inside* that span. When precision mode finds (almost) nothing, the
    balanced text stands. The JSON-LD ``articleBody``, when the page has a full one, arbitrates
    between the candidates: the one that agrees with it best wins.
    """
    balanced = _bare(tree, url, precision=options.favor_precision)
    text = _doc_text(balanced)
    if options.favor_precision or not options.reconcile_modes:
        return balanced, text
    precise_tree = load_html(html)
    # Only its text is used: the metadata (a sixth of trafilatura's time) came with the first pass.
    precise = _bare(precise_tree, url, precision=True, with_metadata=False) if precise_tree is not None else None
    candidates = [text]
    span = _precision_span(text, _doc_text(precise))
    if span and span != text:
        candidates.append(span)
    best = candidates[-1]
    if jsonld_body and len(candidates) > 1:
        scores = [_agreement(candidate, jsonld_body) for candidate in candidates]
        if max(scores) >= JSONLD_TRUST:
            best = candidates[max(range(len(candidates)), key=lambda i: (scores[i], i))]
    return balanced if balanced is not None else precise, best


def _doc_text(document) -> str:
    return (document.text or "").strip() if document is not None else ""


def _para_key(line: str) -> str:
    return " ".join(line.strip().lstrip("-•*").split()).casefold()


def _precision_span(balanced: str, precise: str) -> str | None:
    """The precise text, with the paragraphs that only the balanced text has *between* two
    paragraphs both share put back (a real paragraph precision mode dropped); None when
    precision mode found too little to go by."""
    if not precise or text_size(precise) < MIN_PRECISE_SHARE * text_size(balanced):
        return None
    b_lines = [line.strip() for line in balanced.split("\n")]
    b_keys = [_para_key(line) for line in b_lines]
    p_lines = [line.strip() for line in precise.split("\n") if line.strip()]
    p_keys = {_para_key(line) for line in p_lines}
    out: list[str] = []
    last = -1
    for line in p_lines:
        key = _para_key(line)
        at = next((j for j in range(last + 1, len(b_keys)) if b_keys[j] == key), -1) if key else -1
        if at > last >= 0:
            out.extend(b_lines[j] for j in range(last + 1, at)
                       if b_keys[j] and b_keys[j] not in p_keys and _sentence_like(b_lines[j]))
        if at >= 0:
            last = at
        out.append(line)
    return "\n".join(out).strip()


def _sentence_like(line: str) -> bool:
    """A paragraph of running text (it ends like a sentence), not a caption, teaser or label."""
    core = line.rstrip().rstrip("\"'”’»)]）」』》")
    return bool(core) and core[-1] in ".!?…؟۔।。！？:;"


def _agreement(candidate: str, reference: str) -> float:
    """F1 of word 4-gram overlap between two texts (0 when either has none)."""
    a, b = _shingles(candidate), _shingles(reference)
    if not a or not b:
        return 0.0
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values()))


def _shingles(text: str) -> Counter:
    tokens = re.findall(r"\w+", text.casefold())
    return Counter(tuple(tokens[i:i + 4]) for i in range(max(len(tokens) - 3, 0)))


def protect_joiners(html: str) -> str:
    """Replace ZWNJ/ZWJ (as characters or entities) by printable stand-ins trafilatura keeps."""
    html = _JOINER_ENTITIES.sub(_entity_char, html)
    for joiner, stand_in in _JOINERS.items():
        html = html.replace(joiner, stand_in)
    return html


def _entity_char(match: re.Match) -> str:
    name, decimal, hexa = match.groups()
    if name:
        return _ENTITY_CHARS[name.lower()]
    return chr(int(decimal) if decimal else int(hexa, 16))


def restore_joiners(text):
    """Undo :func:`protect_joiners` (non-strings pass through)."""
    if isinstance(text, str):
        for joiner, stand_in in _JOINERS.items():
            text = text.replace(stand_in, joiner)
    return text


def text_size(text: str) -> int:
    """Length in Latin-equivalent characters: a Chinese, Japanese or Korean character carries about
    as much as three Latin letters, so a fixed minimum would reject short CJK articles."""
    wide = sum(1 for char in text if "\u2e80" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af")
    return len(text) + 2 * wide


def _title(document, meta: PageMetadata, hints: dict) -> str | None:
    return _first(getattr(document, "title", None), meta.jsonld and meta.jsonld.headline, hints.get("title"))


def _authors(document, meta: PageMetadata) -> list[str]:
    raw = getattr(document, "author", None)
    authors = [name.strip() for name in raw.split(";")] if raw else []
    if not authors and meta.jsonld:
        authors = list(meta.jsonld.authors)
    return [name for name in dict.fromkeys(authors) if name]


def _tags(document, meta: PageMetadata) -> list[str]:
    tags = list(getattr(document, "tags", None) or [])
    if not tags and meta.jsonld:
        tags = list(meta.jsonld.keywords)
    return [tag.strip() for tag in dict.fromkeys(tags) if tag and tag.strip()]


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _looks_binary(html: str) -> bool:
    """Binary data served as text/html decodes into control characters and U+FFFD."""
    sample = html[:4096]
    junk = sum(1 for char in sample if char == "\ufffd" or (ord(char) < 32 and char not in "\r\n\t\f"))
    return junk > len(sample) * 0.1


def _looks_like_index(text: str, meta: PageMetadata) -> bool:
    """A section, tag or archive page: it declares no article and is shaped like a list of
    teasers (linked headlines), or its text is nothing but short headline lines."""
    if meta.declares_article:
        return False
    if meta.teasers >= 3 and meta.og_type not in (None, "article"):
        return True
    if meta.jsonld or meta.published:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 8 and sum(map(len, lines)) / len(lines) < 60 and not any(
        line.rstrip().endswith((".", "。", "۔", "।", "!", "?", "؟")) for line in lines[: len(lines) // 2]
    )


__all__ = ["ExtractOptions", "Extraction", "extract_article", "normalize_language"]
