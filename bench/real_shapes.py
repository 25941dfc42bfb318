"""Real story sentences in the shapes chrome takes: what the cleaning rules must keep.

The chrome benches (``bench.extraction pages --pages-shapes more``) plant chrome in pages and check
the story's sentences survive, but those sentences always sit where story text sits. This bench is
the opposite: every page is one story on a plain news template (an NTREX story of
../shared/data/ntrex-dev in 11 languages, or a real article of semeval-dev of four paragraphs or
more: en, de, tr, es, ar, pl), and one or more of its own sentences is given a SURFACE FORM that chrome rules key
on, in a shape real articles use:

linked_part     a one-sentence paragraph with a link to another article of the site on a few words
linked_start    the same, the link on the sentence's first words ("As we reported ...")
link_tail       the same, the link on all but the sentence's first two words, its full stop inside
label_link      a paragraph of an interview: a bold speaker's label, then the sentence with a link in it
linked_whole    a paragraph that is nothing but a link on the whole sentence (no real sentence by
                what it is, a link covering it: another story's headline; shown, not to be kept)
link_list       a list of three sentences, each holding a link to another article of the site
box_<class>     a paragraph in a ``<div>`` whose class names a widget, related, teaser, ad-free, share
dateline        the lead opening with a dateline ("LONDON (AFP) - ...")
place_dash      a paragraph opening with a place and a dash ("London – ...")
copyright       a sentence followed by a copyright credit ("... (© AFP)")
under_heading   a paragraph under a subheading of its own ("Background")
caption_figure  a sentence as a picture's ``<figcaption>``
caption_beside  a sentence in the small box holding a picture
short_paras     the whole story one sentence a paragraph (every sentence counts)
link_dense      the whole story in one ``<div>``, sentences apart by ``<br>``, each with a link
quote_line      a sentence in quotation marks, a paragraph of its own
blockquote      a sentence in a ``<blockquote>``
pull_quote      a sentence in the story, repeated as a pull quote after it
aside           a sentence in an ``<aside>`` inside the story's body
final_short     the story's shortest sentence as its last paragraph
chrome_word_end a sentence of a story opening with a word chrome opens with (``CHROME_WORDS``: "Read",
                "Follow", "Shares", "Source", "Lesen", "Folgen", "Quelle", "Lire", "Suivre" ...), written
                here per language, as the story's last paragraph (one page per sentence)
chrome_word_mid the same sentence between two of the story's paragraphs
standfirst      the story's first sentence as the standfirst below the headline, in the article's header
lead_above_title  the same above the headline (a template's kicker slot)

Each page goes through the crawl's extraction and cleaning in-process (``bench.lost_text``'s traced
extraction: no site-learned lines) and through plain trafilatura; a sentence is lost when its text
(NFC, spaces collapsed, case folded) is not in the output. Per shape and language: the shaped
sentences, those we lose, those plain trafilatura loses, and those we lose that plain keeps (ours
to fix), with the step or cleaning rule that removed them (``--show``).

``--edges``: the text rules alone (``clean_text``, no page): every unit of every story of the split
(a sentence, a real article's paragraph) moved to the start and to the end of its story's text,
where the peels of the cleaner read lines as chrome; the units they remove are printed.

Split as ``bench.ntrex`` (even story positions tune, odd ones test) and ``bench.semeval`` (its
articles' own split, ``bench.splits``).

    python -m bench.real_shapes --split tune --show
    python -m bench.real_shapes --split tune --edges
"""
from __future__ import annotations

import argparse
import html
import random
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extraction_pages import compared_text, keyed_rng, position_in_split  # noqa: E402
from bench.ntrex import DATELINES, NTREX_DIR, VARIANTS, read_stories  # noqa: E402

SEED = 20261205
# One variant per language (the English source, not its two reference translations).
LANGUAGES = {variant: lang for variant, lang in VARIANTS.values() if variant not in ("en-GB", "en-US")}
# Stories per shape and language (drawn from the split's stories).
STORIES_PER_CELL = 4
# A story of fewer units (sentences, a real article's paragraphs) is left out: a shape takes three.
MIN_REAL_UNITS = 4
BOX_CLASSES = ("text-widget", "related-context", "teaser-text", "ad-free", "share-quote")
SHAPES = ("linked_part", "linked_start", "link_tail", "label_link", "linked_whole", "link_list", *(f"box_{c}" for c in BOX_CLASSES), "dateline", "place_dash",
          "copyright", "under_heading", "caption_figure", "caption_beside", "short_paras", "link_dense",
          "quote_line", "blockquote", "pull_quote", "aside", "final_short", "standfirst", "lead_above_title",
          "chrome_word_end", "chrome_word_mid")
# A subheading of the story's own, per language (written here).
HEADINGS = {"en": "Background", "de": "Hintergrund", "fr": "Contexte", "es": "Contexto", "ru": "Предыстория",
            "uk": "Передісторія", "ar": "خلفية", "tr": "Arka plan", "hi": "पृष्ठभूमि", "ur": "پس منظر", "zh": "背景",
            "pl": "Tło"}
QUOTES = {"en": ("“", "”"), "de": ("„", "“"), "fr": ("« ", " »"), "es": ("«", "»"), "ru": ("«", "»"),
          "uk": ("«", "»"), "ar": ("«", "»"), "tr": ("“", "”"), "hi": ("“", "”"), "ur": ("“", "”"), "zh": ("“", "”"),
          "pl": ("„", "”")}
# A dateline per language: bench.ntrex's, and Polish (semeval-dev's real articles).
DATELINE = {**DATELINES, "pl": "LONDYN (PAP) -"}
SITE = "meridian-news.example"
# Sentences a story may hold that open with a word chrome opens with ("Read", "Follow", "Source",
# "Photo", "Newsletter", a byline's "By"), written for this benchmark (not from the cleaner's lists).
CHROME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Reading the report, the committee found no evidence of fraud.",
           "Read together, the two rulings leave the law unchanged.",
           "Follow-up inspections are planned for next spring.",
           "Shares in the company fell 4 per cent on Monday.",
           "Sources close to the minister said she would not resign.",
           "Photos of the damage were shared widely on social media.",
           "Newsletter subscribers were the first to learn of the closure.",
           "Subscribers will pay two pounds more a month from January.",
           "Listen to the residents, the mayor told the council.",
           "By the end of the week, the water had receded."),
    "de": ("Lesen und Schreiben lernen die Kinder in der ersten Klasse.",
           "Folgen hatte der Streit für die Anwohner bisher keine.",
           "Folgen Sie den Anweisungen der Einsatzkräfte, bat die Polizei die Anwohner.",
           "Quelle der Verunreinigung war nach Angaben der Stadtwerke ein defektes Rohr.",
           "Fotos von der Unfallstelle verbreiteten sich schnell im Netz.",
           "Teilen wollten die Erben das Grundstück nicht.",
           "Mehr als 200 Menschen kamen zu der Versammlung.",
           "Abonnenten zahlen ab Januar zwei Euro mehr im Monat.",
           "Von der Entscheidung sind rund 3000 Haushalte betroffen."),
    "fr": ("Lire le rapport prend du temps, reconnaît le député.",
           "Suivre l'enquête sera la tâche du nouveau procureur.",
           "Source de conflit, le projet divise la commune depuis des années.",
           "Partager les frais reste la solution privilégiée par la mairie.",
           "Plus de 200 personnes ont assisté à la réunion.",
           "Par ailleurs, la préfecture a interdit tout rassemblement samedi."),
    "es": ("Leer el informe completo llevó semanas a la comisión.",
           "Seguir así no es una opción, dijo el ministro.",
           "Fuentes del ministerio confirmaron la dimisión el lunes.",
           "Compartir gastos es la única salida para muchas familias.",
           "Más de 200 personas asistieron a la reunión.",
           "Por su parte, el alcalde pidió calma a los vecinos."),
    "ru": ("Читать книги дети начинают всё позже, считают учителя.",
           "Подробнее о проекте власти расскажут в понедельник.",
           "Источник в министерстве сообщил, что решение уже принято.",
           "Фото с места аварии быстро разошлись по соцсетям.",
           "Подписчики сервиса заплатят больше с января."),
    "pl": ("Czytanie książek to dla dzieci wciąż ważna rozrywka.",
           "Źródłem skażenia okazała się pęknięta rura.",
           "Zdjęcia z miejsca wypadku obiegły internet.",
           "Więcej niż 200 osób przyszło na spotkanie.",
           "Udostępnianie danych innym firmom jest zakazane."),
    "tr": ("Kaynak sorunu nedeniyle proje iki yıl gecikti.",
           "Paylaşım yapan kullanıcılar hakkında soruşturma başlatıldı.",
           "Takip eden günlerde sular çekildi."),
    "ar": ("المصدر الرئيسي للتلوث هو المصنع القديم، بحسب الخبراء.",
           "تابعت الشرطة التحقيق طوال الليل."),
}


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _linked(sentence: str, href: str, rng: random.Random, *, start: bool = False, tail: bool = False) -> str:
    """The sentence's HTML with a link on a few of its words: in its middle (a third of the words,
    neither the first nor the last), or its first three words (``start``). Unspaced scripts: characters."""
    unspaced = " " not in sentence.strip()
    pieces = list(sentence) if unspaced else sentence.split(" ")
    n = len(pieces)
    if start:
        a, b = 0, min(n - 1, 8 if unspaced else 3)
    elif tail:
        a, b = min(n - 1, 6 if unspaced else 2), n
    else:
        width = max(1, n // 3)
        a = rng.randint(1, max(1, n - width - 1))
        b = min(n - 1, a + width)
    join = "" if unspaced else " "
    before, inside, after = join.join(pieces[:a]), join.join(pieces[a:b]), join.join(pieces[b:])
    sep = "" if unspaced else " "
    return (f"{_esc(before)}{sep if before else ''}<a href=\"{_esc(href)}\">{_esc(inside)}</a>"
            f"{sep if after else ''}{_esc(after)}")


def _paras(sentences: list[str], lang: str) -> list[str]:
    joiner = "" if lang == "zh" else " "
    return [f"<p>{_esc(joiner.join(sentences[i:i + 2]))}</p>" for i in range(0, len(sentences), 2)]


def build_page(shape: str, lang: str, title: str, body: list[str], others: list[tuple[str, str]],
               rng: random.Random, word: str | None = None) -> tuple[str, list[str]]:
    """(page HTML, the shaped sentences that must survive) of one story in one shape (``word``:
    the written sentence of a chrome_word shape, else one drawn)."""
    def href() -> str:
        return rng.choice(others)[1]

    body = [s for s in body if s]
    at = min(len(body) - 1, max(1, len(body) // 2))
    target, rest = body[at], body[:at] + body[at + 1:]
    head, tail = rest[:at], rest[at:]
    targets = [target]
    shaped: list[str]
    if shape == "linked_part":
        shaped = [f"<p>{_linked(target, href(), rng)}</p>"]
    elif shape == "linked_start":
        shaped = [f"<p>{_linked(target, href(), rng, start=True)}</p>"]
    elif shape == "link_tail":
        shaped = [f"<p>{_linked(target, href(), rng, tail=True)}</p>"]
    elif shape == "label_link":
        label = {"zh": "部长：", "ar": "الوزير:", "ur": "وزیر:"}.get(lang, "Minister:" if lang == "en" else "A:")
        shaped = [f"<p><strong>{_esc(label)}</strong> {_linked(target, href(), rng)}</p>"]
    elif shape == "linked_whole":
        shaped = [f'<p><a href="{_esc(href())}">{_esc(target)}</a></p>']
    elif shape == "link_list":
        targets = body[at:at + 3]
        tail = body[at + 3:]
        shaped = ["<ul>" + "".join(f"<li>{_linked(s, href(), rng)}</li>" for s in targets) + "</ul>"]
    elif shape.startswith("box_"):
        shaped = [f'<div class="{shape[4:]}"><p>{_esc(target)}</p></div>']
    elif shape == "dateline":
        target, head, tail = body[0], [], body[1:]
        targets = [target]
        shaped = [f"<p>{_esc(DATELINE[lang])} {_esc(target)}</p>"]
    elif shape == "place_dash":
        place = DATELINE[lang].split(" (")[0].split(" -")[0]
        shaped = [f"<p>{_esc(place.title() if lang != 'zh' else '伦敦')} – {_esc(target)}</p>"]
    elif shape == "copyright":
        shaped = [f"<p>{_esc(target)} (© AFP)</p>"]
    elif shape == "under_heading":
        shaped = [f"<h2>{_esc(HEADINGS[lang])}</h2>", f"<p>{_esc(target)}</p>"]
    elif shape == "caption_figure":
        shaped = [f'<figure><img src="/img/{rng.randint(100, 9999)}.jpg" alt=""><figcaption>{_esc(target)}'
                  "</figcaption></figure>"]
    elif shape == "caption_beside":
        shaped = [f'<div class="image"><img src="/img/{rng.randint(100, 9999)}.jpg" alt=""><p>{_esc(target)}</p></div>']
    elif shape == "short_paras":
        return _page(lang, title, [f"<p>{_esc(s)}</p>" for s in body], others), body
    elif shape == "link_dense":
        inner = "<br><br>".join(_linked(s, href(), rng) for s in body)
        return _page(lang, title, [f"<div>{inner}</div>"], others), body
    elif shape == "quote_line":
        left, right = QUOTES[lang]
        shaped = [f"<p>{_esc(left + target + right)}</p>"]
    elif shape == "blockquote":
        shaped = [f"<blockquote><p>{_esc(target)}</p></blockquote>"]
    elif shape == "pull_quote":
        shaped = [f"<p>{_esc(target)}</p>", f'<blockquote class="pullquote"><p>{_esc(target)}</p></blockquote>']
    elif shape == "aside":
        shaped = [f"<aside><p>{_esc(target)}</p></aside>"]
    elif shape in ("chrome_word_end", "chrome_word_mid"):
        written = CHROME_WORDS[lang][rng.randrange(len(CHROME_WORDS[lang]))] if word is None else word
        shaped = [f"<p>{_esc(written)}</p>"]
        if shape == "chrome_word_end":
            head, tail = body, []
        else:
            head, tail = body[:at], body[at:]
        return _page(lang, title, [*_paras(head, lang), *shaped, *_paras(tail, lang)], others), [written]
    elif shape in ("standfirst", "lead_above_title"):
        lead = f'<p class="standfirst">{_esc(body[0])}</p>'
        return _page(lang, title, _paras(body[1:], lang), others,
                     header=(lead, "") if shape == "lead_above_title" else ("", lead)), [body[0]]
    elif shape == "final_short":
        target = min(body[1:], key=len)
        rest = [s for s in body if s is not target]
        head, tail, targets = rest, [], [target]
        shaped = [f"<p>{_esc(target)}</p>"]
    else:
        raise ValueError(shape)
    return _page(lang, title, [*_paras(head, lang), *shaped, *_paras(tail, lang)], others), targets


def _page(lang: str, title: str, blocks: list[str], others: list[tuple[str, str]],
          header: tuple[str, str] = ("", "")) -> str:
    """The page of a story: the site's header and nav, the article (its own header: what
    ``header`` puts above and below the headline), a box of other stories, the footer."""
    rtl = ' dir="rtl"' if lang in ("ar", "ur") else ""
    nav = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in ("world", "politics", "business", "sport"))
    more = "".join(f'<li><a href="{_esc(h)}">{_esc(t)}</a></li>' for t, h in others[:5])
    body = "\n".join(blocks)
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{_esc(title)} | Meridian'
            f'</title><meta property="og:type" content="article"><meta property="og:title" content="{_esc(title)}">'
            '<meta property="og:site_name" content="Meridian"></head><body>'
            f'<header><a href="/">Meridian</a><nav><ul>{nav}</ul></nav></header>'
            f'<main><article><header>{header[0]}<h1>{_esc(title)}</h1>{header[1]}</header>'
            f'<div class="article-body">\n{body}\n</div></article>'
            f'<section class="most-read"><h2>Most read</h2><ul>{more}</ul></section></main>'
            '<footer><p><a href="/about">About us</a> <a href="/contact">Contact</a></p></footer></body></html>')


def _stories(split: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Language -> [(story id, [headline, unit, ...])] of the split: NTREX stories (a unit is a
    sentence), and semeval-dev's real articles of MIN_REAL_UNITS paragraphs or more (a unit is a
    paragraph, its key's split: ``bench.semeval``)."""
    from bench.extraction_pages import real_articles

    out: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for i, (sid, variants) in enumerate(read_stories(NTREX_DIR)):
        if position_in_split(i, split):
            for variant, lang in LANGUAGES.items():
                out[lang].append((sid, variants[variant]))
    for art_split, doc_id, lang, title, paras in real_articles():
        if art_split == split and len(paras) >= MIN_REAL_UNITS:
            out[lang].append((f"semeval-{doc_id}", [title, *paras]))
    return out


def pages(split: str, seed: int = SEED) -> list[dict]:
    """Every page of the split: shape, language, story, url, html and the shaped sentences."""
    out = []
    for lang, stories in sorted(_stories(split).items()):
        usable = [(sid, units) for sid, units in stories if len([s for s in units[1:] if s]) >= MIN_REAL_UNITS]
        titles = [(units[0], f"https://{SITE}/2019/{_slug(sid)}-{lang}.html") for sid, units in usable]
        for shape in SHAPES:
            rng = keyed_rng(f"{seed}:{shape}:{lang}")
            if shape.startswith("chrome_word"):
                words: list[str | None] = list(CHROME_WORDS.get(lang, ()))
                drawn = [rng.choice(usable) for _ in words]
            else:
                drawn = rng.sample(usable, min(STORIES_PER_CELL, len(usable)))
                words = [None] * len(drawn)
            for (sid, units), word in zip(drawn, words, strict=True):
                others = [t for t in titles if t[0] != units[0]]
                page, targets = build_page(shape, lang, units[0], units[1:], others, rng, word)
                out.append({"shape": shape, "language": lang, "story": sid, "html": page, "targets": targets,
                            "url": f"https://{SITE}/2019/{_slug(sid)}-{lang}-{shape}.html"})
    return out


def _slug(story: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in story.lower())


def _run(args: tuple[str, bytes]) -> tuple[dict, str]:
    from bench.lost_text import traced_extraction
    from bench.realpages import plain_job

    return traced_extraction(args), plain_job(args).get("text") or ""


def _lost_at(sentence: str, result: dict) -> str:
    """The step of ours that lost ``sentence``: the first traced step without it, else the cleaning rule."""
    if result["text"] is None:
        return f"not emitted ({result['reason']})"
    has = lambda text: sentence in compared_text(text or "")  # noqa: E731
    steps = result["steps"]
    if not steps or not has(steps[0][1]):
        return "not read"
    step = next((name for name, text in steps[1:] if not name.startswith("pass(") and not has(text)), None)
    if step is not None:
        return step
    rules = sorted({rule for rule, removed in result["removed"] if has(removed)})
    return f"cleaning:{','.join(rules)}" if rules else "?"


def edges(split: str) -> int:
    """``--edges``: the units the cleaner removes at the start or the end of their story's text."""
    from newsspider.extract.cleaning import clean_text

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for lang, stories in sorted(_stories(split).items()):
        joiner = "\n"
        for _, units in stories:
            title, body = units[0], [u for u in units[1:] if u]
            for i, unit in enumerate(body):
                others = body[:i] + body[i + 1:]
                for where, lines in (("start", [unit, *others]), ("end", [*others, unit])):
                    cleaned = clean_text(joiner.join(lines), title=title, site_name="Meridian")
                    counts[lang][0] += 1
                    rules = sorted({rule for rule, line in cleaned.removed.lines if line.strip() == unit.strip()})
                    if rules:
                        counts[lang][1] += 1
                        print(f"  {where:5s} {lang} {','.join(rules):12s} {unit[:150]}")
    print(f"\nreal_shapes --edges ({split}): units placed at an edge, removed by the cleaner")
    for lang, (n, lost) in counts.items():
        print(f"  {lang}: {n} placed, {lost} removed")
    print(f"  all: {sum(n for n, _ in counts.values())} placed, {sum(lost for _, lost in counts.values())} removed")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="tune", choices=["tune", "test"])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=SHAPES)
    ap.add_argument("--show", action="store_true", help="print every sentence we lose, with the step that lost it")
    ap.add_argument("--edges", action="store_true", help="the text rules alone: every unit at its text's edges")
    args = ap.parse_args(argv)
    if args.edges:
        return edges(args.split)
    todo = [p for p in pages(args.split) if p["shape"] in args.shapes]
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(_run, [(p["url"], p["html"].encode("utf-8")) for p in todo], chunksize=4))
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    steps: dict[str, int] = defaultdict(int)
    for page, (ours, plain) in zip(todo, results, strict=True):
        text, plain_text = compared_text(ours["text"] or ""), compared_text(plain)
        for sentence in page["targets"]:
            s = compared_text(sentence)
            lost, plain_lost = s not in text, s not in plain_text
            cell = cells[page["shape"], page["language"]]
            cell[0] += 1
            cell[1] += lost
            cell[2] += plain_lost
            cell[3] += lost and not plain_lost
            if lost:
                step = _lost_at(s, ours)
                steps[f"{page['shape']:16s} {step}{'' if plain_lost else ' (plain keeps)'}"] += 1
                if args.show:
                    print(f"  {page['shape']:16s} {page['language']} {page['story'][:20]:20s} {step}"
                          f"{'' if plain_lost else ' [plain keeps]'}: {sentence[:120]}")
    langs = sorted({lang for _, lang in cells})
    print(f"\nreal_shapes ({args.split}): shaped sentences lost by us / by plain trafilatura / by us where plain keeps them")
    print(f"{'shape':16s} " + " ".join(f"{lang:>9s}" for lang in langs) + "      total (n, ours, plain, ours only)")
    grand = [0, 0, 0, 0]
    for shape in args.shapes:
        row = [cells.get((shape, lang), [0, 0, 0, 0]) for lang in langs]
        total = [sum(c[k] for c in row) for k in range(4)]
        grand = [g + t for g, t in zip(grand, total, strict=True)]
        print(f"{shape:16s} " + " ".join(f"{c[1]:>3d}/{c[2]:<2d}/{c[3]:<2d}" for c in row)
              + f"  {total[0]:4d} {total[1]:4d} {total[2]:4d} {total[3]:4d}")
    print(f"{'all':16s} {'':{10 * len(langs)}s} {grand[0]:4d} {grand[1]:4d} {grand[2]:4d} {grand[3]:4d}")
    print("\nwhere we lose them:")
    for key, n in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
