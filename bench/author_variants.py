"""Are the authors still the gold people when a page declares or prints its byline the ways other sites do?

The fundus-dev pages (bench.realpages) whose gold names a person, as served and rewritten, read by
``read_metadata`` in-process (a stress aid, not a figure). ``N`` are the gold people (the gold
authors that are no agency, no publisher or site, no desk: :func:`people`), "joined" N written
"A, B <and> C" with the page's own language's conjunction (:data:`CONJUNCTIONS`; "and" where the
table has none), "declared" the JSON-LD ``author``/``creator`` and the author meta tags
(``metadata._AUTHOR_META``). The declared-only variants keep the page's visible byline as served;
the visible ones remove the declared authors and the page's own byline elements (:func:`_drop_bylines`)
and print a byline ``<div class="byline">``
right after the headline (:func:`_print_byline`):

``served``        the page as fetched;
``ld_string``     JSON-LD article ``author`` the string "joined";
``ld_person_joined``  JSON-LD ``author`` one Person named "Von <joined>" (a byline in its name field);
``ld_persons``    JSON-LD ``author`` a list of Person objects with names;
``ld_url_only``   JSON-LD ``author`` Person objects with a profile ``url`` and no name: the address
                  of the page's link showing the name where it has one (its author page), else one
                  made of the name (the names then come from the meta tags or byline as served);
``ld_org_person`` JSON-LD ``author`` the site's Organization, then the Person objects;
``meta_joined``   no JSON-LD author, one ``<meta name="author">`` holding "joined";
``and_<lang>``    (pages of two people or more, not named in Han or Hangul) ``meta_joined`` with the conjunction of ``<lang>``,
                  whatever the page's language (the names are the page's; :data:`CONJUNCTIONS`);
``von_agency``    "Von A und B, dpa";          ``por_agency``    "Por A y B | EFE";
``avtor``         "Автор: A и B";
``text_photos_<lang>``  "Text: A und B · Fotos: <photographer>" as ``<lang>`` labels them (:data:`CREDIT_LABELS`);
``slash_agency``  "A and B / AFP";             ``reuters``       "Reporting by A and B; Editing by <editor>";
``by_staff``      "By A and B, Staff Writer(s)";   ``email``     "A a.b@host, B ..." (an address after each);
``image_credit``  "A and B (Image: Getty)";    ``initials``      "A (abc) und B (def)" (lower-case initials);
``caps``          "BY A AND B" (in capitals: the gold's names in capitals);
``dated``         "Von A und B | 12.05.2024, 10:33 Uhr";   ``avec_agency``  "Par A et B, avec AFP";
``di``            "di A e B";                  ``door``          "Door A en B";
``place``         "Por A y B | Madrid";        ``agencias``      "A y B / Agencias";
``the_ap``        "A and B, The Associated Press";
``per_list``      (two people or more) "Per A i B";   ``di_list``   (two people or more) "Di A e B";
``material_agency``  "A und B, mit Material von dpa";  ``reporting_agency``  "A and B, with reporting by Reuters";
``informacion_agency``  "A y B, con información de EFE";  ``in_place``  "A in Kyiv and B in New York";
``picture_agency``  "A and B / Getty Images";
``our_role``      "Von unserem Korrespondenten A" ("unseren Korrespondenten A und B");
``our_role_written``  ``our_role`` in a paragraph without a class (a byline written out, marked by nothing);
``read_time``     "A and B · 5 min read";      ``for_site``      "By A and B For <Host>" (the page's host);
``cjk_title``     (people named in Han or Hangul) "A 기자" in Hangul, "記者 A" in Han, "文/A" for one;
``con_agencias``  "A y B con agencias";        ``com_lusa``      "A e B com Lusa" (an agency after "with", no comma);
``ld_given_family``  JSON-LD ``author`` Person objects named by ``givenName`` and ``familyName`` (no ``name``);
``listed``        the visible byline a list, each name an item (``<ul class="byline"><li>A</li><li>B</li></ul>``);
``surname_first``  (people of two words each) ``<meta name="author">`` "Doe, Jane; Roe, John" (surname, comma,
                  given name: a catalogue's order, as Dublin Core's ``DC.creator`` writes it);
``surname_first_caps``  the same in capitals, "DOE, JANE; ROE, JOHN" (the gold's names in capitals);
``ld_name_list``  JSON-LD ``author`` one Person whose ``name`` is the list of the names;
``copyright_agency``  "A and B © AFP" (a copyright's owner beside the names);
``cjk_reported``  (people named in Han) "〔記者A、B／台北報導〕" (traditional Chinese: title, names, where reported);
``biqalam``       "بقلم A و B" (Arabic "by", the names as the page writes them);  ``lekhak``  "लेखक: A और B" (Hindi);
``place_line``    the byline a list of two lines: "A and B", then "Paris, France" (where they are, no inverted name);
``joined_inverted``  (two people or more, of two words each) ``<meta name="author">`` "A <and> Doe, Jane" with the page's
                  own conjunction (the last name surname first, the others given name first); ``inverted_joined``
                  "Doe, Jane <and> B ..." (the first so);
``desk_<lang>``   "A and B, <desk>" with the newsroom's desk as ``<lang>`` names it (:data:`DESKS`: no person);
``participle_de``  "Geschrieben von A und B";  ``participle_it``  "Scritto da A e B" ("written by" before "von", "da");
``abbreviated``   "oprac. A i B" (Polish "compiled by", abbreviated);
``share_bar``     the byline behind a share bar of more empty elements than metadata.BYLINE_AFTER (washingtonpost.com);
``cjk_title_before``  (people named in Hangul) "기자 A" (the title before the name);
``related_before``  the byline "A and B", then a related story's teaser (a heading linking to it, its writer
                  in the names' script: :data:`TEASER_WRITERS`) before the story (its writer no author);
``cjk_paragraphs_<lang>``  the byline "A and B" behind a share bar, the story in short paragraphs of ``<lang>``
                  (Chinese, Japanese, Korean: :data:`SHORT_PARAGRAPHS`), then a teaser's writer inside the ``<article>``;
``abbreviated_im``  "im. A i B" (a two-letter abbreviation, no picture's word);
``author_desk_class``  "A and B" in a ``<span class="author city-desk">`` (the class naming the desk beside the author);
``segun_source``  "A y B | Según EFE";        ``theo_source``   "A và B - Theo VnExpress" (the story's source, no author);
``dated_<lang>``  the names, then when the story went up as ``<lang>`` prints a date and time beside them
                  (:data:`DATED`: "Par A et B le 5 mars 2024 à 10h30", "A и B, 5 марта 2024, 10:33", "A and B · 3 hours ago");
``follow_<lang>``  each name linked to the author's page with a ``<button>`` to follow them after it, labelled in ``<lang>``
                  (:data:`FOLLOW`: "Follow", "Folgen", "Suivre"; the label no name);
``agency_only``   each of "Von dpa", "Por EFE", "AFP", "Reuters", "Redazione ANSA", "Redacción EFE" (the gold: no person), where the page
                  prints its writer's name nowhere else in a byline's length.

Scored per page: the F1 of the sets of people (bench.realpages.set_f1), the agency a variant credits
and the gold's own non-people (``dpa`` beside the names) left out of what is found (neither right
nor wrong: Fundus's gold lists an agency credited beside people, some pages credit none); on
``agency_only`` right when no one is left.

    python -m bench.author_variants                     # tune split: each variant's mean F1
    python -m bench.author_variants --show email        # that variant's wrong pages ("all": every one)
    python -m bench.author_variants --split test        # the test split, once, at the end
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import DATA, decode_as_crawl, edit_jsonld, load_set, reader_text, set_f1  # noqa: E402

# "and" between the last two names, by the page's language (ISO 639-1): the forms the issue names.
CONJUNCTIONS = {
    "en": "and", "de": "und", "fr": "et", "es": "y", "pt": "e", "it": "e", "ca": "i", "ru": "и", "uk": "і",
    "cs": "a", "sk": "a", "tr": "ve", "hu": "és", "da": "og", "no": "og", "nb": "og", "is": "og", "sv": "och",
    "nl": "en", "fi": "ja", "et": "ja", "pl": "oraz", "ro": "şi", "el": "και", "ar": "و", "zh": "和", "ja": "と",
    "ko": "및", "id": "dan", "vi": "và", "hr": "i", "sr": "и", "bg": "и", "lt": "ir", "lv": "un", "sl": "in",
}
# The conjunctions written between two names with spaces (and_<lang>); Chinese and Japanese join
# names in their own script only, Hebrew joins its "and" to the next word.
SPACED = ("en", "de", "fr", "es", "pt", "ca", "ru", "uk", "cs", "tr", "hu", "da", "sv", "nl", "fi", "pl", "ro", "el",
          "ar", "id", "vi", "lt", "lv")
# "Text: A · Photos: B" as each language labels them (the writers, then the photographer: no author).
CREDIT_LABELS = {
    "de": ("Text", "Fotos"), "fr": ("Texte", "Photos"), "es": ("Texto", "Fotos"), "pt": ("Texto", "Fotos"),
    "it": ("Testo", "Foto"), "nl": ("Tekst", "Beeld"), "sv": ("Text", "Foto"), "da": ("Tekst", "Foto"),
    "fi": ("Teksti", "Kuvat"), "et": ("Tekst", "Foto"), "pl": ("Tekst", "Zdjęcia"), "cs": ("Text", "Foto"),
    "hu": ("Szöveg", "Fotó"), "ro": ("Text", "Foto"), "hr": ("Tekst", "Foto"), "lt": ("Tekstas", "Nuotraukos"),
    "ru": ("Текст", "Фото"), "uk": ("Текст", "Фото"), "el": ("Κείμενο", "Φωτογραφίες"), "tr": ("Haber", "Fotoğraf"),
    "id": ("Teks", "Foto"), "vi": ("Bài", "Ảnh"), "en": ("Words", "Pictures"),
}
# A newsroom's desk by language, printed beside the names (desk_<lang>): no person.
DESKS = {"de": "Redaktion", "pl": "Redakcja", "tr": "Haber Merkezi", "es": "Redacción", "it": "Redazione", "en": "Newsroom",
         "cs": "Redakce", "fi": "Toimitus", "id": "Redaksi", "hu": "Szerkesztőség", "ro": "Redacția", "hr": "Uredništvo",
         "el": "Σύνταξη", "ru": "Редакция", "pt": "Redação", "nl": "Redactie", "fr": "Rédaction"}
SHARE_BAR_ELEMENTS = 90  # a share bar's empty elements before the byline (share_bar): more than BYLINE_AFTER
PHOTOGRAPHER = "Jonas Weber"  # a credit beside the byline, no author
EDITOR = "Clara Neumann"
# A related story's writer, in the script of the page's gold names (related_before, cjk_paragraphs_<lang>).
TEASER_WRITERS = (("\u0400-\u04ff", "Иван Петров"), ("\u0370-\u03ff", "Γιώργος Παπαδόπουλος"),
                  ("\u0600-\u06ff", "محمد أحمد"), ("\uac00-\ud7af", "김영수"), ("\u3400-\u9fff", "王小明"),
                  ("", "Max Muster"))
# A story's short paragraphs in scripts written without spaces or in dense syllables (cjk_paragraphs_<lang>): each
# shorter than metadata.MAX_BYLINE_CHARS characters.
SHORT_PARAGRAPHS = {
    "zh": "市议会经过一夜的漫长谈判，终于批准了明年的预算案，其中包括对公共交通的大量投资。",
    "ja": "市議会は長い夜の協議の末、来年度の予算案を承認した。",
    "ko": "시의회는 긴 밤샘 협상 끝에 내년도 예산안을 승인했다.",
}
# A byline and when the story went up, as each language prints a date and time beside the names (dated_<lang>):
# "{}" the names joined with that language's "and".
DATED = {
    "en": "By {} on March 5, 2024 at 10:33 a.m.", "en_dash": "By {} - Mar 5, 2024", "fr": "Par {} le 5 mars 2024 à 10h30",
    "es": "Por {}, 5 de marzo de 2024 - 10:33", "de": "Von {} Aktualisiert am 5. März 2024, 10:33 Uhr",
    "ru": "{}, 5 марта 2024, 10:33", "pl": "{}, 5 marca 2024, 10:33", "it": "di {} - 5 marzo 2024 ore 10:33",
    "pt": "Por {}, 5 de março de 2024 às 10h33", "nl": "Door {} op 5 maart 2024 om 10:33", "tr": "{} 5 Mart 2024 10:33",
    "en_ago": "{} · 3 hours ago", "de_weekday": "Von {} Dienstag, 5. März 2024",
}
# A control to follow the author after each name in the byline box, labelled in each language (follow_<lang>).
FOLLOW = {"en": "Follow", "de": "Folgen", "fr": "Suivre", "es": "Seguir", "ru": "Подписаться", "pl": "Obserwuj"}
PLACES = ("Kyiv", "New York", "London")  # where each reporter of in_place reports from, in turn
AGENCY_BYLINES = (("Von dpa", "dpa"), ("Por EFE", "EFE"), ("AFP", "AFP"), ("Reuters", "Reuters"),
                  ("Redazione ANSA", "ANSA"), ("Redacción EFE", "EFE"))
_AUTHOR_KEYS = ("author", "creator")
BYLINE_CHARS = 120  # a byline element's text at most (metadata.MAX_BYLINE_CHARS): longer, it holds more
HEADLINE_WORDS = 0.5  # the share of the gold title's words a heading shows to be the story's headline
# The headings a byline is printed after: not a breadcrumb's, which may repeat the title (DieWelt, FAZ): in a
# <nav>, an element of role navigation, a BreadcrumbList (microdata, RDFa) or one a class or id names so.
_CRUMB = "translate({}, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb'"
STORY_HEADINGS = ("//body//*[self::h1 or self::h2][not(ancestor::nav or ancestor::*[@role='navigation'"
                  " or contains(@itemtype, 'BreadcrumbList') or contains(@typeof, 'BreadcrumbList')"
                  f" or contains({_CRUMB.format('@class')}) or contains({_CRUMB.format('@id')})])]")
_ARTICLE_TYPES = ("Article", "Posting", "Report", "Blog")
_CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Gold names of the tune pages that name a newspaper, not a person (nothing on the page types them).
NOT_PEOPLE = frozenset({"Última Hora"})


def people(gold: list[str], organisations: list[str]) -> list[str]:
    """The gold authors that are people: not an agency (the cleaning patterns' list) nor led by
    one ("AFP Deutschland"), not one of the page's ``organisations`` (site, publisher, organisations
    its JSON-LD names), no domain, no desk ("IN-Redaktion"), and a name of two words or more, or of
    two to four Han or Hangul characters; lower-case initials ("ssi") are not scored."""
    from newsspider.extract.bylines import is_role, name_key
    from newsspider.extract.cleaning.keys import fold_key
    from newsspider.extract.cleaning.patterns import compiled_patterns

    agencies = compiled_patterns().agency_keys
    own = {name_key(name) for name in organisations}
    found = []
    for name in gold:
        words = name.split()
        if (not words or name in NOT_PEOPLE or fold_key(words[0]) in agencies or name_key(name) in own
                or "." in name or is_role(name)):
            continue
        if len(words) >= 2 or (_CJK.search(name) and 2 <= len(name) <= 4):
            found.append(name)
    return found


def _is_article(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.endswith(_ARTICLE_TYPES) for kind in kinds)


def joined(names: list[str], conjunction: str) -> str:
    """"A, B and C" ("A and B"; "A"); Han names joined without spaces."""
    if len(names) == 1:
        return names[0]
    space = "" if conjunction in ("和", "と") else " "
    return ", ".join(names[:-1]) + f"{space}{conjunction}{space}" + names[-1]


def _slug(name: str, separator: str = ".") -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return separator.join(re.findall(r"[a-z0-9]+", ascii_name)) or "autor"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "example.com").removeprefix("www.")


def _profile(tree, url: str, name: str) -> str:
    """The address of the page's link showing ``name`` (its author page), else one made of the name."""
    from urllib.parse import urljoin

    for link in tree.xpath("//a[@href]"):
        if reader_text(link.text_content()).casefold() == name.casefold():
            return urljoin(url, link.get("href").strip())
    return f"https://{_host(url)}/autor/{_slug(name, '-')}"


def _initials(name: str) -> str:
    words = name.split()
    return (words[0][0] + words[-1][:2]).lower() if len(words) > 1 else name[:3].lower()


def _set_ld_author(tree, author: object) -> None:
    """Every JSON-LD node without an author; the article nodes (else one added) with ``author``."""
    found = []

    def visit(node: dict) -> None:
        for key in _AUTHOR_KEYS:
            node.pop(key, None)
        if _is_article(node):
            node["author"] = author
            found.append(node)

    edit_jsonld(tree, visit)
    if not found:
        _add_head(tree, "script", json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "author": author},
                                             ensure_ascii=False), type="application/ld+json")


def _add_head(tree, tag: str, text: str | None = None, **attributes: str) -> None:
    from lxml import html as lxml_html

    head = tree.find("head")
    if head is None:
        head = lxml_html.Element("head")
        tree.insert(0, head)
    element = lxml_html.Element(tag, **attributes)
    element.text = text
    head.insert(0, element)


def _drop_declared(tree) -> None:
    from newsspider.extract.metadata import _AUTHOR_META

    edit_jsonld(tree, lambda node: [node.pop(key, None) for key in _AUTHOR_KEYS])
    for meta in tree.xpath("//meta"):
        if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower() in _AUTHOR_META:
            meta.drop_tree()


def _drop_bylines(tree) -> None:
    """The page's own byline elements (a class or id naming an author or byline, ``rel`` or
    ``itemprop`` author) gone where short (:data:`BYLINE_CHARS`: their tail stays), else unmarked
    (their text stays: a block holding the story)."""
    marked = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = [attribute for attribute in ("class", "id")
                 if (value := element.get(attribute)) is not None and ("uthor" in value or "yline" in value or value == "byl")]
        marks += [attribute for attribute in ("rel", "itemprop") if element.get(attribute) == "author"]
        if marks:
            marked.append((element, marks))
    for element, marks in marked:
        if len(" ".join(element.text_content().split())) <= BYLINE_CHARS and element.getparent() is not None:
            element.drop_tree()
        else:
            for attribute in marks:
                element.attrib.pop(attribute, None)


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").casefold()))


def story_heading(tree, titles: tuple[str | None, ...]):
    """The story's headline as the page shows it: the ``<h1>`` or ``<h2>`` outside navigation and
    breadcrumbs (:data:`STORY_HEADINGS`) holding most of the words of one of ``titles`` (the gold
    title, the one the page declares; :data:`HEADLINE_WORDS` of them at least), else None."""
    best, share = None, HEADLINE_WORDS
    for heading in tree.xpath(STORY_HEADINGS):
        words = _words(heading.text_content())
        found = max(len(wanted & words) / max(len(wanted), 1) for wanted in map(_words, titles))
        if found > share or (best is None and found == share):
            best, share = heading, found
    return best


def _teaser_writer(names: list[str]) -> str:
    """A related story's writer in the script of ``names`` (:data:`TEASER_WRITERS`)."""
    return next(writer for letters, writer in TEASER_WRITERS if not letters or re.search(f"[{letters}]", "".join(names)))


def _teaser(writer: str, headed: bool = True):
    """A related story's teaser: its headline linking to it (a heading; else a plain link) and its writer."""
    from lxml import html as lxml_html

    link = "<a href='/2024/05/related-story'>Related story</a>"
    return lxml_html.fragment_fromstring(f"<div class='related'>{f'<h3>{link}</h3>' if headed else link}"
                                         f"<span class='author'>{writer}</span></div>")


def _print_byline(tree, text: str, titles: tuple[str | None, ...], marked: bool = True, listed: bool = False,
                  chrome: int = 0, marks: str = "byline", after: list | None = None, control: str | None = None) -> bool:
    """A ``<div class="byline">`` right after the headline as the story shows it: the ``<h1>`` or
    ``<h2>`` outside navigation and breadcrumbs (:data:`STORY_HEADINGS`) holding most of the words of
    the gold title or the one the page declares (:data:`HEADLINE_WORDS` of them at least), else
    opening the body. Not ``marked``: a paragraph without a class (a byline written out); ``listed``: a
    ``<ul class="byline">``, each line of ``text`` an item; ``chrome``: that many empty elements (a share
    bar's icons) between the headline and the byline; ``marks`` the byline's class; ``after``: elements
    printed behind it (a teaser, a story's paragraphs); ``control``: each line of ``text`` a name linked to the
    author's page, a ``<button>`` labelled so after it (a byline box's "Follow")."""
    from lxml import html as lxml_html

    if listed:
        byline = lxml_html.Element("ul", {"class": "byline"})
        for line in text.splitlines():
            item = lxml_html.Element("li")
            item.text = line
            byline.append(item)
    else:
        byline = lxml_html.Element("div", {"class": marks}) if marked else lxml_html.Element("p")
        byline.text = text
    if control:
        byline.text = None  # each name a link to the author's page, a control to follow them after it
        for index, name in enumerate(text.split("\n")):
            link = lxml_html.Element("a", {"href": f"/author/{_slug(name, '-')}"})
            link.text = name
            button = lxml_html.Element("button", {"class": "follow-button"})
            button.text = control
            button.tail = ", " if index < len(text.split("\n")) - 1 else None
            byline.extend([link, button])
    if chrome:
        bar = lxml_html.Element("div", {"class": "share-bar"})
        for _ in range(chrome):
            bar.append(lxml_html.Element("span", {"class": "icon"}))
        bar.append(byline)
        byline = bar
    best = story_heading(tree, titles)
    if best is not None and best.getparent() is not None:
        best.addnext(byline)
    else:
        body = tree.find("body")
        if body is None:
            return False
        body.insert(0, byline)
    for element in reversed(after or []):
        byline.addnext(element)
    return True


def visible(kind: str, names: list[str], url: str) -> str | None:
    """The byline ``kind`` prints for ``names`` (None where it does not apply)."""
    if kind not in ("cjk_title", "cjk_reported", "cjk_title_before") and any(_CJK.search(name) for name in names):
        return None  # names in Han or Hangul are printed the ways of their own script (cjk_title)
    de, en = joined(names, "und"), joined(names, "and")
    if kind == "von_agency":
        return f"Von {de}, dpa"
    if kind == "por_agency":
        return f"Por {joined(names, 'y')} | EFE"
    if kind == "avtor":
        return f"Автор: {joined(names, 'и')}"
    if kind.startswith("text_photos_"):
        lang = kind.removeprefix("text_photos_")
        text, photos = CREDIT_LABELS[lang]
        return f"{text}: {joined(names, CONJUNCTIONS[lang])} · {photos}: {PHOTOGRAPHER}"
    if kind == "slash_agency":
        return f"{en} / AFP"
    if kind == "reuters":
        return f"Reporting by {en}; Editing by {EDITOR}"
    if kind == "by_staff":
        return f"By {en}, Staff Writer{'s' if len(names) > 1 else ''}"
    if kind == "email":
        return ", ".join(f"{name} {_slug(name)}@{_host(url)}" for name in names)
    if kind == "image_credit":
        return f"{en} (Image: Getty)"
    if kind == "initials":
        return " und ".join(f"{name} ({_initials(name)})" for name in names)
    if kind == "caps":
        return f"BY {en.upper()}"
    if kind == "dated":
        return f"Von {de} | 12.05.2024, 10:33 Uhr"
    if kind.startswith("dated_"):
        lang = kind.removeprefix("dated_")
        return DATED[lang].format(joined(names, CONJUNCTIONS[lang.split("_")[0]]))
    if kind.startswith("follow_"):
        return "\n".join(names)  # one name a line, each with its control (_print_byline)
    if kind == "avec_agency":
        return f"Par {joined(names, 'et')}, avec AFP"
    if kind == "di":
        return f"di {joined(names, 'e')}"
    if kind == "door":
        return f"Door {joined(names, 'en')}"
    if kind == "place":
        return f"Por {joined(names, 'y')} | Madrid"
    if kind == "agencias":
        return f"{joined(names, 'y')} / Agencias"
    if kind == "the_ap":
        return f"{en}, The Associated Press"
    if kind == "per_list":
        return f"Per {joined(names, 'i')}" if len(names) > 1 else None
    if kind == "di_list":
        return f"Di {joined(names, 'e')}" if len(names) > 1 else None
    if kind == "material_agency":
        return f"{de}, mit Material von dpa"
    if kind == "reporting_agency":
        return f"{en}, with reporting by Reuters"
    if kind == "informacion_agency":
        return f"{joined(names, 'y')}, con información de EFE"
    if kind == "in_place":
        return joined([f"{name} in {PLACES[index % len(PLACES)]}" for index, name in enumerate(names)], "and")
    if kind == "picture_agency":
        return f"{en} / Getty Images"
    if kind in ("our_role", "our_role_written"):
        return f"Von unserem Korrespondenten {de}" if len(names) == 1 else f"Von unseren Korrespondenten {de}"
    if kind == "read_time":
        return f"{en} · 5 min read"
    if kind == "for_site":
        return f"By {en} For {_host(url).capitalize()}"
    if kind == "con_agencias":
        return f"{joined(names, 'y')} con agencias"
    if kind == "com_lusa":
        return f"{joined(names, 'e')} com Lusa"
    if kind == "listed":
        return "\n".join(names)  # one item a name (_print_byline)
    if kind == "copyright_agency":
        return f"{en} © AFP"
    if kind == "biqalam":
        return f"بقلم {joined(names, 'و')}"
    if kind == "lekhak":
        return f"लेखक: {joined(names, 'और')}"
    if kind == "place_line":
        return f"{en}\nParis, France"  # one item a line (_print_byline)
    if kind == "segun_source":
        return f"{joined(names, 'y')} | Según EFE"
    if kind == "theo_source":
        return f"{joined(names, 'và')} - Theo VnExpress"
    if kind.startswith("desk_"):
        return f"{en}, {DESKS[kind.removeprefix('desk_')]}"
    if kind == "participle_de":
        return f"Geschrieben von {de}"
    if kind == "participle_it":
        return f"Scritto da {joined(names, 'e')}"
    if kind == "abbreviated":
        return f"oprac. {joined(names, 'i')}"
    if kind == "share_bar":
        return en
    if kind in ("related_before", "abbreviated_im", "author_desk_class") or kind.startswith("cjk_paragraphs_"):
        return f"im. {joined(names, 'i')}" if kind == "abbreviated_im" else en
    if kind == "cjk_title_before":
        return "기자 " + "·".join(names) if all(_HANGUL.search(name) for name in names) else None
    if kind == "cjk_reported":
        if not all(_CJK.search(name) and not _HANGUL.search(name) for name in names):
            return None
        return f"〔記者{'、'.join(names)}／台北報導〕"
    if kind == "cjk_title":
        if not all(_CJK.search(name) for name in names):
            return None
        if all(_HANGUL.search(name) for name in names):
            return "·".join(names) + " 기자"
        return f"文/{names[0]}" if len(names) == 1 else "記者 " + "、".join(names)
    return None


VISIBLE = ("von_agency", "por_agency", "avtor", *(f"text_photos_{lang}" for lang in CREDIT_LABELS), "slash_agency", "reuters", "by_staff", "email",
           "image_credit", "initials", "caps", "dated", "avec_agency", "di", "door", "place", "agencias", "the_ap",
           "per_list", "di_list", "material_agency", "reporting_agency", "informacion_agency", "in_place", "picture_agency",
           "our_role", "our_role_written", "read_time", "for_site", "cjk_title", "con_agencias", "com_lusa", "listed",
           "copyright_agency", "cjk_reported", "biqalam", "lekhak", "place_line", "segun_source", "theo_source",
           *(f"desk_{lang}" for lang in DESKS), "participle_de", "participle_it", "abbreviated", "share_bar", "cjk_title_before",
           "related_before", *(f"cjk_paragraphs_{lang}" for lang in SHORT_PARAGRAPHS), "abbreviated_im", "author_desk_class",
           *(f"dated_{lang}" for lang in DATED), *(f"follow_{lang}" for lang in FOLLOW))
AGENCIES = {"von_agency": "dpa", "por_agency": "EFE", "slash_agency": "AFP", "avec_agency": "AFP",
            "agencias": "Agencias", "the_ap": "The Associated Press", "material_agency": "dpa",
            "reporting_agency": "Reuters", "informacion_agency": "EFE", "con_agencias": "agencias",
            "com_lusa": "Lusa", "copyright_agency": "AFP"}  # the agency each credits
VARIANTS = ("served", "ld_string", "ld_person_joined", "ld_persons", "ld_url_only", "ld_org_person", "ld_given_family",
            "ld_name_list", "meta_joined", "surname_first", "surname_first_caps", "joined_inverted", "inverted_joined",
            *(f"and_{lang}" for lang in SPACED), *VISIBLE, "agency_only")


def _still_printed(tree, names: list[str]) -> bool:
    """Whether a short element of the body (a byline's length) still shows one of ``names``."""
    body = tree.find("body")
    return body is not None and any(
        name in text for element in body.iter() if isinstance(element.tag, str)
        for text in [" ".join(element.text_content().split())] if len(text) <= BYLINE_CHARS for name in names)


def variant(html: str, url: str, names: list[str], lang: str, site: str, titles: tuple[str | None, ...], kind: str,
            agency: str = ""):
    """The parsed page in variant ``kind``; None where it does not apply."""
    from newsspider.extract.parse import parse_html

    tree = parse_html(html)
    if tree is None:
        return None
    conjunction = CONJUNCTIONS.get(lang, "and")
    if kind == "served":
        return tree
    if kind == "ld_string":
        _set_ld_author(tree, joined(names, conjunction))
    elif kind == "ld_person_joined":
        _set_ld_author(tree, {"@type": "Person", "name": f"Von {joined(names, conjunction)}"})
    elif kind == "ld_persons":
        _set_ld_author(tree, [{"@type": "Person", "name": name} for name in names])
    elif kind == "ld_url_only":
        _set_ld_author(tree, [{"@type": "Person", "url": _profile(tree, url, name)} for name in names])
    elif kind == "ld_given_family":
        if any(len(name.split()) < 2 for name in names):
            return None  # a name in Han or Hangul, written without a space: no given and family name to part
        _set_ld_author(tree, [{"@type": "Person", "givenName": name.rsplit(" ", 1)[0], "familyName": name.rsplit(" ", 1)[1]}
                              for name in names])
    elif kind == "ld_name_list":
        _set_ld_author(tree, {"@type": "Person", "name": list(names)})
    elif kind == "ld_org_person":
        _set_ld_author(tree, [{"@type": "Organization", "name": site},
                              *({"@type": "Person", "name": name} for name in names)])
    elif kind in ("surname_first", "surname_first_caps"):
        if any(len(name.split()) != 2 for name in names):
            return None  # a name of one word or of three: no single surname and given name to invert
        _drop_declared(tree)
        inverted = "; ".join(", ".join(name.split()[::-1]) for name in names)
        _add_head(tree, "meta", name="author", content=inverted.upper() if kind == "surname_first_caps" else inverted)
    elif kind in ("joined_inverted", "inverted_joined"):
        if len(names) < 2 or any(len(name.split()) != 2 for name in names):
            return None  # two people or more, each of a given name and a surname
        at = -1 if kind == "joined_inverted" else 0
        written = list(names)
        written[at] = ", ".join(names[at].split()[::-1])
        _drop_declared(tree)
        _add_head(tree, "meta", name="author", content=f" {conjunction} ".join(written) if conjunction not in ("和", "と")
                  else " and ".join(written))
    elif kind == "meta_joined" or kind.startswith("and_"):
        if kind.startswith("and_"):
            if len(names) < 2 or any(_CJK.search(name) for name in names):
                return None  # names in Han or Hangul are joined in their own script (meta_joined)
            conjunction = CONJUNCTIONS[kind.removeprefix("and_")]
        _drop_declared(tree)
        _add_head(tree, "meta", name="author", content=joined(names, conjunction))
    else:
        text = agency if kind == "agency_only" else visible(kind, names, url)
        if not text:
            return None
        _drop_declared(tree)
        _drop_bylines(tree)
        after = []
        if kind == "related_before":
            after = [_teaser(_teaser_writer(names))]
        elif kind.startswith("cjk_paragraphs_"):
            from lxml import html as lxml_html

            paragraph = SHORT_PARAGRAPHS[kind.removeprefix("cjk_paragraphs_")]
            after = [*(lxml_html.fragment_fromstring(f"<p>{paragraph}</p>") for _ in range(3)),
                     _teaser(_teaser_writer(names), headed=False)]
        if not _print_byline(tree, text, titles, marked=not kind.endswith("_written"), listed=kind in ("listed", "place_line"),
                             chrome=SHARE_BAR_ELEMENTS if kind in ("share_bar", *(f"cjk_paragraphs_{lang}" for lang in SHORT_PARAGRAPHS)) else 0,
                             marks="author city-desk" if kind == "author_desk_class" else "byline", after=after,
                             control=FOLLOW.get(kind.removeprefix("follow_")) if kind.startswith("follow_") else None):
            return None
        if kind == "agency_only" and _still_printed(tree, names):
            return None  # the page prints its writer's name where no byline is marked: not agency-only
    return tree


def _job(args: tuple[str, str, bytes, list[str], str, str | None, list[tuple[str, str]]]) -> list[tuple[str, str, list[str]]]:
    ident, url, raw, gold, lang, title, agency = args
    from newsspider.extract.elements import PageElements
    from newsspider.extract.jsonld import read_jsonld
    from newsspider.extract.metadata import read_metadata
    from newsspider.extract.parse import parse_html

    html = decode_as_crawl(raw, url)
    tree = parse_html(html)
    page = PageElements(tree)
    served = read_metadata(tree, url, page)
    ld = read_jsonld(page.of("script"), url)
    organisations = [name for name in (served.site_name, *(ld.article.organisations if ld.article else ()),
                                       ld.article.publisher if ld.article else None, _host(url)) if name]
    names = people(gold, organisations)
    site = served.site_name or _host(url)
    found = [(ident, "people", names)]
    if not names:
        return found
    for kind in VARIANTS:
        if kind == "agency_only":
            for byline, _ in agency:
                tree = variant(html, url, names, lang, site, (title, served.title), kind, byline)
                if tree is not None:
                    found.append((ident, f"agency_only:{byline}", read_metadata(tree, url, PageElements(tree)).authors))
            continue
        tree = variant(html, url, names, lang, site, (title, served.title), kind)
        if tree is not None:
            found.append((ident, kind, read_metadata(tree, url, PageElements(tree)).authors))
    return found


def _neutral(kind: str, gold: list[str]) -> set[str]:
    """What a page's found authors may hold beside the people without counting: the gold's own
    non-people (an agency credited beside them) and the agency the variant credits."""
    neutral = {reader_text(name) for name in gold}
    if kind in AGENCIES:
        neutral.add(AGENCIES[kind])
    if kind.startswith("agency_only:"):
        neutral.add(dict(AGENCY_BYLINES)[kind.split(":", 1)[1]])
    return neutral



def print_variant_scores(scores: dict[str, list[float]], variants: Iterable[str], width: int) -> None:
    """One row a variant (pages, mean F1, pages all right), then the mean over every variant but ``served``."""
    print(f"{'variant':{width}s} pages  mean F1  all right")
    total: list[float] = []
    for kind in variants:
        row = scores.get(kind, [])
        total += row if kind != "served" else []
        if row:
            print(f"{kind:{width}s} {len(row):4d}   {sum(row) / len(row):.3f}   {sum(f == 1 for f in row):4d}")
    print(f"all variants but served: {len(total)} pages, mean F1 {sum(total) / max(len(total), 1):.3f}")

def variant_arguments(argv: list[str] | None, description: str, field: str) -> tuple[argparse.Namespace, list]:
    """A variant bench's arguments (``--split``, ``--show``) and the fundus-dev pages of the split
    whose gold names ``field``."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--show", help="list the wrong pages of this variant (or 'all')")
    args = parser.parse_args(argv)
    return args, [page for page in load_set("fundus", DATA) if args.split in ("all", page.split) and page.gold.get(field)]


def main(argv: list[str] | None = None) -> int:
    args, pages = variant_arguments(argv, __doc__, "authors")
    jobs = []
    for page in pages:
        jobs.append((page.ident, page.url, page.html, page.gold["authors"], page.gold.get("lang") or "",
                     page.gold.get("title"), AGENCY_BYLINES))
    with ProcessPoolExecutor(2) as pool:
        results = [row for rows in pool.map(_job, jobs) for row in rows]
    persons = {ident: names for ident, kind, names in results if kind == "people"}
    gold_all = {page.ident: page.gold["authors"] for page in pages}
    scores: dict[str, list[float]] = defaultdict(list)
    wrong = []
    for ident, kind, got in results:
        if kind == "people" or not persons[ident]:
            continue
        gold = [] if kind.startswith("agency_only") else persons[ident]
        if kind in ("caps", "surname_first_caps"):
            gold = [name.upper() for name in gold]
        neutral = _neutral(kind, [name for name in gold_all[ident] if name not in persons[ident]])
        kept = [name for name in got if reader_text(name) not in neutral or reader_text(name) in gold]
        f1 = set_f1(kept, gold)
        scores[kind.split(":")[0]].append(f1)
        if f1 < 1:
            wrong.append((kind, ident, got, gold))
    print(f"fundus-dev {args.split}: {sum(bool(names) for names in persons.values())} pages whose gold names a person "
          f"(of {len(pages)} with gold authors)")
    print_variant_scores(scores, VARIANTS, width=16)
    if args.show:
        for kind, ident, got, gold in wrong:
            if args.show in (kind.split(":")[0], "all"):
                print(f"  {kind:16s} {ident}\n      gold {gold!r}\n      ours {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
