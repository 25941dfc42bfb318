"""Chrome told apart by the page's tree, in any language: label + link to the site, media-player
fallbacks. Real paragraphs with links stay."""
from __future__ import annotations

import pytest

from newsspider.extract.cleaning.tree import _ends_a_line, _in_flat, _line_ends, drop_tree_chrome
from newsspider.extract.parse import parse_html

URL = "https://www.example.fi/2024/05/this-story.html"
BODY = ["The council met on Tuesday and approved the budget for next year.",
        "The vote was close, and the opposition said it would appeal."]


def page(*blocks: str) -> str:
    body = "".join([f"<p>{BODY[0]}</p>", *blocks, f"<p>{BODY[1]}</p>"])
    return f"<html><body><article><div class='content'>{body}</div></article></body></html>"


def clean(html: str, lines: list[str], urls=(URL,)) -> list[str]:
    text = "\n".join([BODY[0], *lines, BODY[1]])
    return [line for line in drop_tree_chrome(text, parse_html(html), urls).split("\n") if line]


def test_label_and_link_to_another_article_of_the_site_goes_in_any_language():
    cases = [
        ('<p>Lue myös: <a href="/2024/05/other.html">Kunta leikkaa koulujen budjettia</a></p>',
         "Lue myös: Kunta leikkaa koulujen budjettia"),
        ('<p><strong>Læs også</strong> <a href="https://example.fi/2024/other">Byrådet vedtog budgettet</a></p>',
         "Læs også Byrådet vedtog budgettet"),
        ('<p>ALSO READ <a href="https://m.example.fi/x/y">Council approves the budget at last</a></p>',
         "ALSO READ Council approves the budget at last"),
        ('<p>► <a href="/news/123">עוד בנושא: המועצה אישרה את התקציב</a></p>', "► עוד בנושא: המועצה אישרה את התקציב"),
    ]
    for block, line in cases:
        assert clean(page(block), [line]) == BODY, line


def test_label_paragraph_above_a_paragraph_that_is_only_a_link_goes():
    html = page('<p><b>Pročitajte i</b></p>', '<p><a href="/2024/04/old.html">Vijeće je odobrilo proračun</a></p>')
    assert clean(html, ["Pročitajte i", "Vijeće je odobrilo proračun"]) == BODY
    # Without markup too, and when the extraction dropped the linked paragraph and left the label.
    html = page('<p>Irakurri ere</p>', '<p><a href="/2024/04/old.html">Udalak aurrekontua onartu du</a></p>')
    assert clean(html, ["Irakurri ere", "Udalak aurrekontua onartu du"]) == BODY
    assert clean(html, ["Irakurri ere"]) == BODY
    # A sentence above such a link, or a label above a link to another site, stays.
    html = page('<p>The council published its decision.</p>', '<p><a href="/2024/04/old.html">Council budget</a></p>')
    assert clean(html, ["The council published its decision."]) == [BODY[0], "The council published its decision.",
                                                                     BODY[1]]
    html = page('<p>Irakurri ere</p>', '<p><a href="https://other.example/a/1">Udalak aurrekontua onartu du</a></p>')
    assert clean(html, ["Irakurri ere"]) == [BODY[0], "Irakurri ere", BODY[1]]


def test_a_bare_label_before_a_linked_headline_that_ends_the_paragraph_goes():
    cases = [
        ('<p>Soma pia <a href="/2024/05/other.html">Bunge lapitisha bajeti mpya ya mwaka</a></p>',
         "Soma pia Bunge lapitisha bajeti mpya ya mwaka"),
        ('<p>ဆက်စပ်ဖတ်ရှုရန် <a href="/2024/05/other.html">市议会批准新预算方案并公布细节</a></p>',
         "ဆက်စပ်ဖတ်ရှုရန် 市议会批准新预算方案并公布细节"),
        ('<p>Léigh freisin <a href="/2024/05/other.html">2 dead as storm hits the coast</a></p>',
         "Léigh freisin 2 dead as storm hits the coast"),
    ]
    for block, line in cases:
        assert clean(page(block), [line]) == BODY, line
    keep = [  # a clause going on in the link, ended by a full stop, or a person's page
        ('<p>Family: Sister and husband/actor <a href="/people/park-hee-soon">Park Hee Soon</a></p>',
         "Family: Sister and husband/actor Park Hee Soon"),
        ('<p>Officials said <a href="/2024/05/report.html">the attack killed twelve people</a></p>',
         "Officials said the attack killed twelve people"),
        ('<p>المجلس أقر <a href="/2024/05/report.html">الميزانية الجديدة للعام المقبل.</a></p>',
         "المجلس أقر الميزانية الجديدة للعام المقبل."),
        ('<p>सभा ने कहा <a href="/2024/05/report.html">नया बजट पारित हुआ ॥</a></p>',  # the double danda
         "सभा ने कहा नया बजट पारित हुआ ॥"),
    ]
    for block, line in keep:
        assert clean(page(block), [line]) == [BODY[0], line, BODY[1]], line


def test_a_bare_label_before_a_headline_cut_short_with_dots_goes():
    """A teaser's headline cut short ends in an ellipsis, spelled "..." as often as "…": no full
    stop ending a statement."""
    for cut in ("Miasto chce uczcić...", "Miasto chce uczcić…", "Miasto chce uczcić...»"):
        block = f'<p>මෙයත් කියවන්න <a href="/2024/05/other.html">Remont placów ruszy w tym roku. {cut}</a></p>'
        line = f"මෙයත් කියවන්න Remont placów ruszy w tym roku. {cut}"
        assert clean(page(block), [line]) == BODY, line
    block = '<p>Officials said <a href="/2024/05/report.html">The attack killed twelve people.</a></p>'
    line = "Officials said The attack killed twelve people."
    assert clean(page(block), [line]) == [BODY[0], line, BODY[1]]


def test_a_sentence_linked_whole_in_the_storys_own_list_stays():
    """An item of the story's own list (another item has words of its own and links to no page of
    the site: questions, points) that links its words to a page of the site and ends like a
    sentence is one of the story's points, not another story's headline. A menu's entry (no stop;
    its current page unlinked), a headline cut short, and a list linking every item go."""
    questions = ["Is this a planned purchase?", "Where am I going to put it?", "Have I included this in my budget?"]
    html = page("<ul><li>Is this a planned purchase?</li>"
                "<li><a href='/prevent-clutter-1649480461'>Where am I going to put it</a>?</li>"
                "<li>Have I included this in my budget?</li></ul>")
    lines = [f"- {item}" for item in questions]
    assert clean(html, lines) == [BODY[0], *lines, BODY[1]]
    html = page("<ul><li>Baumgutachten (diese Seite)</li>"
                "<li><a href='/gehoelzwertermittlung.html'>Gehölzwertermittlung nach der Methode Koch</a></li></ul>")
    assert "- Gehölzwertermittlung nach der Methode Koch" not in clean(
        html, ["- Baumgutachten (diese Seite)", "- Gehölzwertermittlung nach der Methode Koch"])
    html = page("<ul><li>Is this a planned purchase?</li>"
                "<li><a href='/2024/05/other.html'>Where the council is going to put the new depot...</a></li></ul>")
    assert "- Where the council is going to put the new depot..." not in clean(
        html, ["- Is this a planned purchase?", "- Where the council is going to put the new depot..."])
    html = page("<ul><li><a href='/2024/05/a.html'>Is this a planned purchase?</a></li>"
                "<li><a href='/2024/05/b.html'>Where am I going to put it?</a></li></ul>")
    assert clean(html, ["- Is this a planned purchase?", "- Where am I going to put it?"]) == BODY


def test_a_related_list_of_question_headlines_goes_though_an_item_links_off_the_site():
    """A "related" list's teasers link their headlines whole, a question's mark too: with a
    partner's item linking off the site ("(Reuters)"), an unlinked "(video)" or a date among
    them, each still goes, in any script; the story's own list sets its stop outside the link."""
    notes = {"<a href='https://other-site.com/x'>What the vote means</a> (Reuters)": "What the vote means (Reuters)",
             "Watch the vote in full (video)": "Watch the vote in full (video)"}
    for heads in (["Will the council raise taxes again?", "Why did the mayor resign?"],
                  ["市议会会再次加税吗？", "市议会批准了预算。"], ["هل سيرفع المجلس الضرائب مرة أخرى؟", "لماذا استقال رئيس البلدية؟"],
                  ["परिषद ने बजट को मंजूरी दी।", "क्या परिषद फिर से कर बढ़ाएगी?"], ["Θα αυξήσει το συμβούλιο τους φόρους;", "Mayor resigns!"]):
        for note, shown in notes.items():
            items = "".join(f"<li><a href='/2024/05/s{i}.html'>{head}</a></li>" for i, head in enumerate(heads))
            out = clean(page(f"<ul>{items}<li>{note}</li></ul>"), [*(f"- {head}" for head in heads), f"- {shown}"])
            assert not any(f"- {head}" in out for head in heads), (heads, note)
    html = page("<ul><li>这是计划内的购买吗？</li><li><a href='/2024/05/x.html'>我要把它放在哪里</a>？</li></ul>")
    assert clean(html, ["- 这是计划内的购买吗？", "- 我要把它放在哪里？"]) == [BODY[0], "- 这是计划内的购买吗？", "- 我要把它放在哪里？", BODY[1]]


def test_an_item_of_the_storys_list_naming_a_page_of_the_site_stays():
    """A list whose other items link to no page of the site is the story's (places, steps): an item
    ending in a link to one of the site's pages is one of them, not a "read also"."""
    items = ["Das Elbkantinchen in Geesthacht", "Die Stege an der Dove Elbe",
             "Die Bretterbude und das Beach Motel in Heiligenhafen"]
    html = page("<ul><li>Das <a href='http://elbkantinchen.example/'>Elbkantinchen</a> in Geesthacht</li>"
                "<li>Die Stege an der Dove Elbe</li>"
                "<li>Die Bretterbude und das <a href='/2017/03/11/beach-motel/'>Beach Motel in Heiligenhafen</a></li></ul>")
    lines = [f"- {item}" for item in items]
    assert clean(html, lines) == [BODY[0], *lines, BODY[1]]
    # A list of other stories links every item to one: its bare-labelled item still goes.
    html = page("<ul><li><a href='/2024/05/a.html'>Kunta leikkaa koulujen budjettia</a></li>"
                "<li>Soma pia <a href='/2024/05/other.html'>Bunge lapitisha bajeti mpya ya mwaka</a></li></ul>")
    assert "- Soma pia Bunge lapitisha bajeti mpya ya mwaka" not in clean(
        html, ["- Kunta leikkaa koulujen budjettia", "- Soma pia Bunge lapitisha bajeti mpya ya mwaka"])
    # nor does an item that is nothing but a link to another site: a partner's story
    html = page("<ul><li>Soma pia <a href='/2024/05/other.html'>Bunge lapitisha bajeti mpya ya mwaka</a></li>"
                "<li><a href='https://partner.example/2024/05/x.html'>Kunta leikkaa koulujen budjettia</a></li></ul>")
    assert "- Soma pia Bunge lapitisha bajeti mpya ya mwaka" not in clean(
        html, ["- Soma pia Bunge lapitisha bajeti mpya ya mwaka", "- Kunta leikkaa koulujen budjettia"])


def test_a_long_list_of_bare_labelled_links_is_read_in_linear_time():
    """Each item's list is read once for items linking nowhere on the site, not once per item: a
    list of thousands of "Soma pia <link>" items costs as little as the rest of the page."""
    import time

    count = 3000
    lines = [f"- Soma pia Headline Of Story Number {i} Today" for i in range(count)]
    html = page("<ul>" + "".join(f"<li>Soma pia <a href='/2024/05/s{i}.html'>Headline Of Story Number {i} Today</a></li>"
                                 for i in range(count)) + "</ul>")
    started = time.process_time()
    kept = clean(html, lines)
    assert time.process_time() - started < 3  # ~0.3 s; once per item read: ~60 s
    assert kept == BODY


def test_a_paragraph_that_is_only_a_link_to_another_story_of_the_site_goes():
    for block, line in [
        ('<p><a href="https://www.example.fi/world/what-are-police-stations"><strong>WHAT ARE CHINA\'S OVERSEAS '
         'POLICE STATIONS?</strong></a></p>', "WHAT ARE CHINA'S OVERSEAS POLICE STATIONS?"),
        ('<p><a href="/2024/04/old.html">Vijeće je odobrilo proračun</a></p>', "Vijeće je odobrilo proračun"),
        ('<ul><li><a href="/2024/04/old.html">Moon Rush: Private Lunar Lander Plans</a></li></ul>',
         "- Moon Rush: Private Lunar Lander Plans"),
    ]:
        assert clean(page(block), [line]) == BODY, line
    # The same paragraph linking elsewhere (a source) stays.
    block = '<p><a href="https://www.gov.example/report.pdf">Annual report of the ministry</a></p>'
    assert clean(page(block), ["Annual report of the ministry"]) == [BODY[0], "Annual report of the ministry", BODY[1]]


def test_the_headline_of_a_teaser_card_linking_another_story_goes_but_a_subheading_stays():
    card = ('<article><a href="/article/10034558"><img src="/i.jpg" alt=""><div><span>Demografie</span>'
            '<h3>Berliner Geburtenrate auf Rekordtief</h3></div></a></article>')
    assert clean(page(card), ["Berliner Geburtenrate auf Rekordtief"]) == BODY
    subheading = '<h3>Berliner Geburtenrate auf Rekordtief</h3>'
    assert clean(page(subheading), ["Berliner Geburtenrate auf Rekordtief"]) == \
        [BODY[0], "Berliner Geburtenrate auf Rekordtief", BODY[1]]


def test_real_sentences_with_links_stay():
    keep = [
        # No label: a sentence whose end is linked.
        ('<p>Officials said <a href="/2024/05/report.html">the attack killed twelve people</a>.</p>',
         "Officials said the attack killed twelve people."),
        # A label-like start that is the sentence's subject, not set apart.
        ('<p>According to <a href="/2024/05/report.html">the ministry\'s statement on Friday</a></p>',
         "According to the ministry's statement on Friday"),
        # Text after the link.
        ('<p>See <a href="/2024/05/report.html">the full report</a> for the figures the council used.</p>',
         "See the full report for the figures the council used."),
        # A link to another site.
        ('<p>Source: <a href="https://www.gov.example/report.pdf">Annual report of the ministry</a></p>',
         "Source: Annual report of the ministry"),
        # A link to the page itself, and a place on it.
        ('<p>Permalink: <a href="/2024/05/this-story.html">This story on our site</a></p>',
         "Permalink: This story on our site"),
        ('<p>Jump to: <a href="#results">The results of the vote</a></p>', "Jump to: The results of the vote"),
        # Two links: a sentence, not a label.
        ('<p>Read: <a href="/a/1">First story here</a> and <a href="/a/2">second story here</a></p>',
         "Read: First story here and second story here"),
    ]
    for block, line in keep:
        assert clean(page(block), [line]) == [BODY[0], line, BODY[1]], line


def test_the_site_is_the_fetched_host_or_the_canonical_one():
    block = '<p>Lue myös: <a href="https://news.example.fi/2024/05/other.html">Kunta leikkaa koulujen budjettia</a></p>'
    line = "Lue myös: Kunta leikkaa koulujen budjettia"
    assert clean(page(block), [line], urls=("http://127.0.0.1:8080/2024/05/this-story.html",)) == \
        [BODY[0], line, BODY[1]]
    assert clean(page(block), [line], urls=("http://127.0.0.1:8080/2024/05/this-story.html", URL)) == BODY


def test_media_player_fallback_goes_but_a_video_caption_stays():
    fallback = "Selaimesi ei tue äänielementtiä."
    html = page(f'<div class="audio-player"><audio controls src="/a.mp3"></audio><p>{fallback}</p></div>')
    assert clean(html, [fallback]) == BODY
    caption = "Footage shows the council chamber during the vote."
    html = page(f'<figure><video src="/v.mp4"></video><figcaption>{caption}</figcaption></figure>')
    assert clean(html, [caption]) == [BODY[0], caption, BODY[1]]


def test_the_text_of_a_sign_up_or_comment_form_goes_in_any_language():
    lines = ["Tilaa uutiskirjeemme", "Saat päivän tärkeimmät uutiset sähköpostiisi joka aamu."]
    form = (f'<div class="newsletter"><h3>{lines[0]}</h3><p>{lines[1]}</p>'
            '<form><input type="email" name="email"><button>OK</button></form></div>')
    assert clean(page(form), lines) == BODY
    prompt = "You must confirm your public display name before commenting"
    comments = f'<div class="comments"><p>{prompt}</p><textarea></textarea></div>'
    assert clean(page(comments), [prompt]) == BODY


def test_a_toggle_or_a_button_does_not_make_a_widget_of_the_article_text():
    """A checkbox opens a table of contents or an accordion, a button a gallery or an FAQ answer:
    their text may be the article's."""
    answer = "Eine Vorsatzschalung wirkt nicht als Dampfbremse, sie muss eigens gedämmt werden."
    faq = f'<div class="faq"><button>Wirkt sie als Dampfbremse?</button><div><p>{answer}</p></div></div>'
    assert clean(page(faq), [answer]) == [BODY[0], answer, BODY[1]]
    heading = "1. Neil Patrick Harris"
    toc = f'<div class="toc"><input type="checkbox" id="t"><ul><li><a href="#h1">{heading}</a></li></ul></div>'
    assert clean(page(toc, f"<h2>{heading}</h2>"), [heading]) == [BODY[0], heading, BODY[1]]


def test_a_short_article_beside_a_search_box_stays():
    html = ('<html><body><div class="page"><form><input type="search"></form>'
            f'<p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>')
    assert clean(html, []) == BODY


def test_a_clips_teaser_with_its_date_and_running_time_goes():
    """A caption beside an element of nothing but a date and a running time describes another
    publication (a video of the broadcaster's library), not the story; a caption alone stays."""
    caption = "Sie sind mutig: Jugendliche, die gegen den Krieg protestieren, erwarten hohe Strafen."
    meta = "05.09.2024 | 2:03 min"
    figure = (f'<figure><div data-testid="player"><img src="/v.jpg"></div>'
              f'<figcaption><p>{caption}</p><small>{meta}</small></figcaption></figure>')
    assert clean(page(figure), [caption, meta]) == BODY
    # Inline, the caption and its metadata run into one line; a script in the box is not its text.
    box = (f'<div class="teaser"><picture><img src="/v.jpg"></picture><script>{"x" * 600}</script>'
           f'<span>{caption}</span> <span>{meta}</span></div>')
    assert clean(page(box), [f"{caption} {meta}"]) == BODY
    # Other scripts: Russian, Japanese.
    for meta in ("5 марта 2024 · 3:18 мин", "2024年3月5日 12分"):
        figure = f'<figure><img src="/v.jpg"><figcaption><p>{caption}</p><span>{meta}</span></figcaption></figure>'
        assert clean(page(figure), [caption, meta]) == BODY, meta
    # A date without a running time (a photo's), or a running time in a sentence, is no clip.
    figure = f'<figure><img src="/p.jpg"><figcaption><p>{caption}</p><span>05.09.2024</span></figcaption></figure>'
    assert clean(page(figure), [caption, "05.09.2024"]) == [BODY[0], caption, "05.09.2024", BODY[1]]
    said = "The minister spoke for 12 min"
    figure = f'<figure><img src="/p.jpg"><figcaption><p>{caption}</p><span>{said}</span></figcaption></figure>'
    assert clean(page(figure), [caption, said]) == [BODY[0], caption, said, BODY[1]]


def test_a_link_to_what_the_page_embeds_goes():
    """"Link zum YouTube-Inhalt" beside the embedded video is the embed's fallback."""
    video = "https://www.youtube.com/watch?v=VAIrKgdwB-Q"
    embed = f'<div class="embed" itemscope itemtype="https://schema.org/MediaObject"><meta itemprop="embedURL" content="{video}"></div>'
    fallback = f'<p class="info">Link zum <a href="{video}">YouTube-Inhalt</a></p>'
    assert clean(page(embed, fallback), ["Link zum YouTube-Inhalt"]) == BODY
    frame = '<iframe src="https://player.vimeo.com/video/123/"></iframe>'
    watch = '<p><a href="http://player.vimeo.com/video/123">Watch the council debate on Vimeo</a></p>'
    assert clean(page(frame, watch), ["Watch the council debate on Vimeo"]) == BODY
    # A link to a video the page does not embed, or a sentence linking the embedded one, stays.
    other = '<p>Link zum <a href="https://www.youtube.com/watch?v=other">YouTube-Inhalt</a></p>'
    assert clean(page(embed, other), ["Link zum YouTube-Inhalt"]) == [BODY[0], "Link zum YouTube-Inhalt", BODY[1]]
    sentence = f'<p>The mayor <a href="{video}">defended the plan in a video</a>.</p>'
    line = "The mayor defended the plan in a video."
    assert clean(page(embed, sentence), [line]) == [BODY[0], line, BODY[1]]


def test_an_embeds_two_click_placeholder_goes():
    """A button or a checkbox with a consent notice or button beside it: the placeholder of an
    embed that loads on a click, with its heading and the embed's title and credit. (In a story of
    some length: a widget never holds half of the text.)"""
    story = "The budget debate lasted the whole afternoon, and several amendments were rejected. " * 6
    lines = ["Rangfolge deutscher Außenhandelspartner 2023", "ZDFheute Infografik", "Ein Klick für den Datenschutz"]
    placeholder = (f'<div class="graphic"><div><span>{lines[0]}</span></div><div><span>{lines[1]}</span></div>'
                   f'<div><div>{lines[2]}</div><div><p>Erst wenn Sie hier klicken, werden die Grafiken nachgeladen. '
                   'Sie können das in den <a href="/einstellungen">Datenschutzeinstellungen</a> ändern.</p></div>'
                   '<div><button>Infografiken anzeigen</button></div></div></div>')
    assert clean(page(placeholder, f"<p>{story}</p>"), [*lines, story]) == [BODY[0], story, BODY[1]]
    lines = ["Empfohlener redaktioneller Inhalt", "An dieser Stelle finden Sie einen ausgewählten externen Inhalt."]
    toggle = (f'<div class="embed"><p>{lines[0]}</p><p>{lines[1]}</p><input id="e" type="checkbox">'
              '<label for="e">Externen Inhalt anzeigen</label></div>')
    assert clean(page(toggle, f"<p>{story}</p>"), [*lines, story]) == [BODY[0], story, BODY[1]]
    # A button beside text that shows no consent (an FAQ's answer) stays: see the test above.


def test_an_address_that_is_no_url_does_not_break_the_embed_rule():
    frame = '<iframe src="https://[ccpa-preferences]/frame"></iframe>'
    link = '<p><a href="http://[ccpa-preferences]/x">Manage your privacy choices here</a></p>'
    assert clean(page(frame, link), ["Manage your privacy choices here"]) == [
        BODY[0], "Manage your privacy choices here", BODY[1]]


def test_a_checkbox_before_a_sign_up_field_does_not_keep_the_sign_up():
    """A widget a checkbox reached first (showing no consent) is still a form around the e-mail
    field read after it."""
    lines = ["Tilaa uutiskirjeemme", "Saat päivän tärkeimmät uutiset sähköpostiisi joka aamu."]
    form = (f'<div class="newsletter"><h3>{lines[0]}</h3><p>{lines[1]}</p>'
            '<form><input type="checkbox" name="daily"><input type="email" name="email"></form></div>')
    assert clean(page(form), lines) == BODY


def test_a_clips_figure_with_an_iso_duration_goes():
    clip = ('<figure><p><span>Live vom 15.05.</span> <span>Die Runde nach dem Spieltag</span></p>'
            '<a href="/video/clip/runde.html"><img alt=""><time datetime="PT50M55S">50:55</time></a></figure>')
    assert clean(page(clip), ["Live vom 15.05. Die Runde nach dem Spieltag"]) == BODY
    # A figure with a date (no running time) keeps its caption.
    photo = '<figure><img alt=""><figcaption>The new council hall</figcaption><time datetime="2024-05-15">15 May</time></figure>'
    assert clean(page(photo), ["The new council hall"]) == [BODY[0], "The new council hall", BODY[1]]


def test_a_closed_dialogs_text_goes_but_hidden_story_paragraphs_stay():
    dialog = '<dialog><p>Bitte melden Sie sich an</p><p>Sie haben noch kein Konto?</p></dialog>'
    assert clean(page(dialog), ["Bitte melden Sie sich an", "Sie haben noch kein Konto?"]) == BODY
    # A paywall hides the story's own paragraphs: they are the article.
    paywalled = '<p aria-hidden="true" class="paywall">The mayor said the schools would be renovated first.</p>'
    line = "The mayor said the schools would be renovated first."
    assert clean(page(paywalled), [line]) == [BODY[0], line, BODY[1]]
    opened = '<dialog open><p>Die Abstimmung ist beendet</p></dialog>'
    assert clean(page(opened), ["Die Abstimmung ist beendet"]) == [BODY[0], "Die Abstimmung ist beendet", BODY[1]]


def test_a_teaser_card_inside_the_article_goes_with_its_label():
    card = ('<div><div><p>Noticia relacionada</p></div><ul><li><article>'
            '<a href="/2024/04/otra-noticia.html"><img alt=""></a><p>Baloncesto</p>'
            '<p><a href="/2024/04/otra-noticia.html">El equipo encara su primera final por el ascenso</a></p>'
            '<span>Ana García</span></article></li></ul></div>')
    lines = ["Noticia relacionada", "El equipo encara su primera final por el ascenso", "- Baloncesto Ana García"]
    assert clean(page(card), lines) == BODY
    # A line within one piece of a card stays: the story may use the words too.
    card = ('<article><p>Football</p><p><a href="/2024/04/games.html">Class 5A games to watch this weekend</a></p>'
            '</article>')
    assert clean(page(card, "<h2>Class 5A</h2>"), ["Class 5A"]) == [BODY[0], "Class 5A", BODY[1]]
    # A line that is also a subheading of the story stays.
    card = ('<article><a href="/2024/04/spa.html"><img alt=""></a><div>The thermal baths</div>'
            '<a href="/2024/04/spa.html">A guide to the region\'s spas and their prices</a></article>')
    assert clean(page(card, "<h2>The thermal baths</h2>"), ["The thermal baths"]) == [BODY[0], "The thermal baths",
                                                                                      BODY[1]]
    # A card with a blurb longer than its headline: the headline links to the other story.
    blurb = "Seit dem Angriff hat sich die Lage in der Region verschärft. Aktuelle Entwicklungen im Liveblog."
    card = (f'<article><h3><span>Nahost</span>: <a href="/nachrichten/liveblog-100.html">Aktuelle News</a></h3>'
            f'<div>{blurb}</div></article>')
    assert clean(page(card), ["Nahost: Aktuelle News", blurb]) == BODY
    # An <article> linking elsewhere on the site but holding the story stays: it is the story.
    story = (f"<html><body><article><p>{BODY[0]}</p><p>See <a href='/2024/04/other.html'>the budget</a>.</p>"
             f"<p>{BODY[1]}</p></article></body></html>")
    assert clean(story, ["See the budget."]) == [BODY[0], "See the budget.", BODY[1]]
    # So does a section of the story set in an <article> of its own with a link in its text.
    said = "The mayor said the schools would be renovated first, as the report on the budget had asked."
    section = f'<article><h3>Schools first</h3><p>{said[:40]}<a href="/2024/04/report.html">{said[40:70]}</a>{said[70:]}</p></article>'
    assert clean(page(section), ["Schools first", said]) == [BODY[0], "Schools first", said, BODY[1]]


def test_a_boxs_heading_without_its_box_goes_but_a_subheading_stays():
    links = "".join(f'<li><a href="/news/{i}.html">Another story about the network number {i}</a></li>' for i in range(4))
    box = f'<div class="box"><div class="head">Weiterführende Links</div><ul>{links}</ul></div>'
    assert clean(page(box), ["Weiterführende Links"]) == BODY
    # A subheading comes with its paragraphs.
    section = ('<section><h2>The vote</h2><p>The opposition asked for a recount after the close result of the '
               'vote, and the council agreed to hold it next week.</p></section>')
    lines = ["The vote", "The opposition asked for a recount after the close result of the vote, and the council "
             "agreed to hold it next week."]
    assert clean(page(section), lines) == [BODY[0], *lines, BODY[1]]
    # Also when its paragraph is longer than any line the tree rules look at.
    long = " ".join(["The opposition asked for a recount after the close result of the vote."] * 8)
    section = f"<div><h3>The recount</h3><p>{long}</p></div>"
    assert clean(page(section), ["The recount", long]) == [BODY[0], "The recount", long, BODY[1]]
    # And when a box elsewhere has a heading of the same words (a product table's row).
    row = "".join(f"<div>{i} AA batteries or a rechargeable pack</div>" for i in range(4))
    table = f'<div class="table"><div class="row"><div class="head">The recount</div>{row}</div></div>'
    section = f"<div><h3>The recount</h3><p>{long}</p></div>"
    assert clean(page(table, section), ["The recount", long]) == [BODY[0], "The recount", long, BODY[1]]


def test_a_table_of_contents_label_goes_though_the_text_holds_the_headings_it_lists():
    """outdoor-magazin.com: "In diesem Artikel:" over links to the story's own sections (in-page
    addresses, or none: a script scrolls), whose texts are the subheadings the text holds."""
    sections = ["The budget for next year and the years after", "What the opposition said about the vote",
                "When and where the recount takes place"]
    for link in ('<a href="#s{i}">{title}</a>', '<a data-anchor="#s{i}">{title}</a>'):
        entries = "".join(f"<li>{link.format(i=i, title=title)}</li>" for i, title in enumerate(sections))
        toc = f'<div class="toc"><div class="head"><span>In this article:</span></div><div><ul>{entries}</ul></div></div>'
        story = "".join(f'<h3 id="s{i}">{title}</h3><p>{BODY[1]} ({i})</p>' for i, title in enumerate(sections))
        lines = [line for i, title in enumerate(sections) for line in (title, f"{BODY[1]} ({i})")]
        assert clean(page(toc, story), ["In this article:", *lines]) == [BODY[0], *lines, BODY[1]]


def story_page(*after: str, before: str = "", wrap: tuple[str, str] = ("", "")) -> tuple[str, object]:
    """A page whose story (both BODY paragraphs) is in one container, with ``before`` and ``after``
    around it, all inside ``wrap``; and the story's container."""
    body = f"<div class='story'><p>{BODY[0]}</p><p>{BODY[1]}</p></div>"
    html = f"<html><body>{wrap[0]}{before}<article>{body}{''.join(after)}</article>{wrap[1]}</body></html>"
    tree = parse_html(html)
    return tree, tree.find_class("story")[0]


def clean_story(tree, story, lines: list[str], urls=(URL,)) -> list[str]:
    text = "\n".join([BODY[0], BODY[1], *lines])
    return [line for line in drop_tree_chrome(text, tree, urls, story=story).split("\n") if line]


def test_reader_comments_and_their_form_go_by_their_class_or_id_in_any_language():
    tree, story = story_page(
        "<div id='sf_comment_list'><div class='sf_comment'><p>Hace 28 minutos</p>"
        "<p>Vaya comportamiento tan poco ejemplar del fiscal, defiende lo indefendible.</p></div></div>",
        "<div id='sf_comment_form_container_624c6b1b'><h2>Comentar</h2><ul>"
        "<li>No está permitido verter comentarios contrarios a las leyes.</li></ul></div>")
    lines = ["Hace 28 minutos", "Vaya comportamiento tan poco ejemplar del fiscal, defiende lo indefendible.",
             "Comentar", "- No está permitido verter comentarios contrarios a las leyes."]
    assert clean_story(tree, story, lines) == BODY


def test_the_block_just_before_a_comment_thread_goes_but_a_paragraph_there_stays():
    policy = "ترحب شبكة CNN بالنقاش الحيوي والمفيد، ننصحك بمراجعة إرشادات الاستخدام."
    tree, story = story_page(f"<div style='padding:10px'><p>{policy}</p></div>", "<div class='fb-comments'></div>")
    assert clean_story(tree, story, [policy]) == BODY
    # The story's last paragraph may stand right before the thread: a paragraph stays.
    tree, story = story_page(f"<p>{policy}</p>", "<div class='fb-comments'></div>")
    assert clean_story(tree, story, [policy]) == [*BODY, policy]
    tree, story = story_page(f"<ul><li>{policy}</li></ul>", "<div class='comments-link'>3</div>")
    assert clean_story(tree, story, [f"- {policy}"]) == [*BODY, f"- {policy}"]


def test_a_newsletter_form_and_a_modal_go_with_the_messages_they_hide():
    tree, story = story_page(
        "<div id='newsletter-modal' class='hidden'><form class='newsletter-form'><label>E-Mail Adresse</label>"
        "<input type='email'><small class='error'>Bitte geben Sie Ihre E-Mail-Adresse ein!</small></form>"
        "<div class='success-message hide'><p>Vielen Dank!<br>Sie haben sich soeben angemeldet.</p></div></div>",
        "<div id='copyrightModal' class='reveal-modal'><p>Die Österreich Werbung betreibt diese Website.</p></div>")
    lines = ["E-Mail AdresseBitte geben Sie Ihre E-Mail-Adresse ein!", "Vielen Dank!",
             "Sie haben sich soeben angemeldet.", "Die Österreich Werbung betreibt diese Website."]
    assert clean_story(tree, story, lines) == BODY


def test_the_sites_landmarks_go_aside_nav_footer_and_their_roles():
    tree, story = story_page(
        "<aside><p>Jetzt neu: unser Podcast jeden Morgen.</p></aside>",
        "<div role='complementary'><p>Benötigen Sie noch Tipps für Ihren Urlaub?</p></div>",
        "<footer><p>Alle Inhalte dieser Seite sind urheberrechtlich geschützt.</p></footer>")
    lines = ["Jetzt neu: unser Podcast jeden Morgen.", "Benötigen Sie noch Tipps für Ihren Urlaub?",
             "Alle Inhalte dieser Seite sind urheberrechtlich geschützt."]
    assert clean_story(tree, story, lines) == BODY


def test_a_box_holding_the_story_is_no_box_nor_is_a_story_paragraph_a_box_repeats():
    # A page wrapped in one <form> (ASP.NET), a container whose class names its comments.
    for wrap in (("<form id='aspnetForm'>", "</form>"), ("<div class='post comments-open'>", "</div>")):
        tree, story = story_page(wrap=wrap)
        assert clean_story(tree, story, []) == BODY
    # Nor a wrapper holding another story of the page (with its share bar), in a page of several.
    other = ["Second story of the day: the mayor opened the new bridge on Monday.",
             "Traffic is expected to ease in the old town within weeks, the city said."]
    wrapper = "<div class='sr-body-share-wrapper'><div class='text'>{}</div><a href='#'>Share</a></div>"
    tree = parse_html("<html><body>" + wrapper.format(f"<p>{BODY[0]}</p><p>{BODY[1]}</p>")
                      + wrapper.format("".join(f"<p>{line}</p>" for line in other)) + "</body></html>")
    assert clean_story(tree, tree.find_class("text")[0], other) == [*BODY, *other]


def test_a_line_a_box_repeats_from_the_story_stays():
    # A table of contents in a <nav> lists the story's subheadings.
    tree = parse_html("<html><body><nav class='toc'><ul><li>Erster Vorteil</li><li>Zweiter Vorteil</li></ul></nav>"
                      f"<div class='story'><h2>Erster Vorteil</h2><p>{BODY[0]}</p><h2>Zweiter Vorteil</h2>"
                      f"<p>{BODY[1]}</p></div></body></html>")
    text = "\n".join(["Erster Vorteil", BODY[0], "Zweiter Vorteil", BODY[1]])
    assert drop_tree_chrome(text, tree, (URL,), story=tree.find_class("story")[0]) == text


def test_a_byline_element_goes_when_it_is_one_short_line_but_not_the_header_around_it():
    tree, story = story_page(
        before="<p class='autor pull-left'><strong>Patricio Candia</strong> | Palma | 08/01/2014</p>")
    assert clean_story(tree, story, ["Patricio Candia | Palma | 08/01/2014"]) == BODY
    bio = "Patricio Candia writes on courts and politics for the paper since 2009."
    tree, story = story_page(before=f"<p class='author-bio'>{bio}</p>")
    assert clean_story(tree, story, [bio]) == [*BODY, bio]
    # A byline's box with the standfirst in it: the standfirst stays.
    tree, story = story_page(before="<div class='byline-social'><p class='strapline'>A big shift, but with some "
                                    "room</p><span>By Jane Miller</span></div>")
    assert clean_story(tree, story, ["A big shift, but with some room"]) == [*BODY, "A big shift, but with some room"]


def test_a_box_one_closes_goes_whatever_its_language():
    tree, story = story_page(
        "<div class='support-pay'><button>✕</button><div><strong>เท่าไรก็ได้</strong> ร่วมสนับสนุนเรา<br>"
        "โอนเงิน PayPal คลิกที่นี่</div></div>")
    assert clean_story(tree, story, ["เท่าไรก็ได้ ร่วมสนับสนุนเรา", "โอนเงิน PayPal คลิกที่นี่"]) == BODY
    # A button that shows a word is not a close mark: a gallery's "Next" keeps its caption.
    tree, story = story_page(
        "<div class='gallery'><button>Next</button><p>The new council hall, seen from the square.</p></div>")
    assert clean_story(tree, story, ["The new council hall, seen from the square."]) == [
        *BODY, "The new council hall, seen from the square."]


def test_a_list_of_links_to_other_stories_between_line_breaks_goes():
    block = ("<p><strong>เรื่องที่เกี่ยวข้อง</strong><br><a href='/journal/2018/12/80211'>ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก</a>"
             "<br><a href='/journal/2018/12/80328'>ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง</a></p>")
    lines = ["เรื่องที่เกี่ยวข้อง", "ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก",
             "ตร.เร่งหาเบาะแสคดีฆ่ายัดเสาถ่วงน้ำโขง"]
    assert clean(page(block), lines) == BODY
    # Prose between the links, or links to another site, stay.
    block = ("<p>The council said so.<br><a href='/2024/01/a.html'>Council approves the budget</a>"
             "<br><a href='/2024/01/b.html'>Mayor resigns after the vote</a></p>")
    lines = ["The council said so.", "Council approves the budget", "Mayor resigns after the vote"]
    assert clean(page(block), lines) == [BODY[0], *lines, BODY[1]]
    block = ("<p><b>Sources</b><br><a href='https://other.example/a'>Council approves the budget</a>"
             "<br><a href='https://other.example/b'>Mayor resigns after the vote</a></p>")
    lines = ["Sources", "Council approves the budget", "Mayor resigns after the vote"]
    assert clean(page(block), lines) == [BODY[0], *lines, BODY[1]]


def test_a_list_of_links_to_other_stories_ending_the_story_goes_and_a_list_of_its_items_stays():
    """The story's end: a ``<ul>`` whose every item is one link to another page of the site is a
    list of other stories (the text cleaner, which does not see links, keeps any list); the same
    items unlinked are the story's list."""
    items = ["Moon Rush: Private Lunar Lander Plans", "Photos: Europa, Mysterious Icy Moon of Jupiter"]
    linked = "<ul>" + "".join(f"<li><a href='/2024/05/story-{i}.html'>{item}</a></li>"
                              for i, item in enumerate(items)) + "</ul>"
    html = f"<html><body><article><div class='content'><p>{BODY[0]}</p><p>{BODY[1]}</p>{linked}</div></article></body></html>"
    text = "\n".join([*BODY, *(f"- {item}" for item in items)])
    assert drop_tree_chrome(text, parse_html(html), (URL,)) == "\n".join(BODY)
    unlinked = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    html = f"<html><body><article><div class='content'><p>{BODY[0]}</p><p>{BODY[1]}</p>{unlinked}</div></article></body></html>"
    assert drop_tree_chrome(text, parse_html(html), (URL,)) == text


def test_a_subheadings_id_naming_its_own_text_is_no_mark():
    # In a section of the story (its block's own headings are never looked at).
    tree = parse_html("<html><body><article><div class='story'>"
                      f"<p>{BODY[0]}</p><section><h3 id='nav_nur_die_folie__1'>Nur die Folie bleibt zurück</h3>"
                      f"<p>{BODY[1]}</p></section></div></article></body></html>")
    text = "\n".join([BODY[0], "Nur die Folie bleibt zurück", BODY[1]])
    story = tree.find_class("story")[0]
    assert drop_tree_chrome(text, tree, (URL,), story=story) == text


def test_an_element_above_the_story_whose_class_names_comments_is_an_opinions_lead_and_stays():
    lead = "Vor wenigen Tagen hat das Kammergericht Berlin begründet, warum es die Verfügung einkassiert hat."
    tree, story = story_page(before=f"<div class='PageArticle_commentLead'><p>{lead}</p></div>")
    assert clean_story(tree, story, [lead]) == [*BODY, lead]


def test_a_live_blogs_other_entries_are_no_box_though_each_has_its_own_numbered_class():
    """The story's wrapper's kind is its classes but the numbered ones: each entry of a live blog
    numbers its own ("lb-entry-0"), and a mark in the rest ("share-enabled") names every entry."""
    other = ["Second update: the mayor opened the new bridge on Monday, an hour late.",
             "Traffic is expected to ease in the old town within weeks, the city said."]
    entry = "<div class='lb-entry lb-entry-{} share-enabled'>{}</div>"
    tree = parse_html("<html><body><div class='liveblog'>"
                      + entry.format(0, f"<div class='text'><p>{BODY[0]}</p><p>{BODY[1]}</p></div>")
                      + entry.format(1, "".join(f"<p>{line}</p>" for line in other)) + "</div></body></html>")
    assert clean_story(tree, tree.find_class("text")[0], other) == [*BODY, *other]
    # A class that is only numbered names no kind: a share bar "share-1" is no entry's.
    tree = parse_html("<html><body><div class='text'>" + f"<p>{BODY[0]}</p><p>{BODY[1]}</p></div>"
                      f"<div class='share-1'><p>{other[0]}</p></div></body></html>")
    assert clean_story(tree, tree.find_class("text")[0], other[:1]) == BODY


def test_a_subscribers_part_of_the_story_and_a_notice_box_in_it_are_no_marked_boxes():
    """"subscription" names a paywall's locked part of the story as often as an offer, and Bulma's
    "notification" is any notice box (a story's key facts): neither is a mark."""
    locked = ["Opposition members criticised the cost and asked for an audit before work begins.",
              "Construction is expected to start in March, with the first trams running by 2027."]
    for box in ("<div class='subscription-content'>{}</div>", "<div class='notification is-info'>{}</div>"):
        tree = parse_html(f"<html><body><article><div class='story'><p>{BODY[0]}</p><p>{BODY[1]}</p>"
                          + box.format("".join(f"<p>{line}</p>" for line in locked)) + "</div></article></body></html>")
        assert clean_story(tree, tree.find_class("story")[0], locked) == [*BODY, *locked], box


def test_a_share_button_for_x_is_no_close_mark():
    """A listicle's sections, each with its share buttons, one of which shows "X" (the network's
    name): a letter is no close mark, and the sections stay."""
    sections = [("The northern line", BODY[0]), ("The depot", BODY[1])]
    html = "<html><body><article><div class='body'>" + "".join(
        f"<section><h2>{head}</h2><p>{text}</p><div class='tools'><button>X</button><button>f</button></div></section>"
        for head, text in sections) + "</div></article></body></html>"
    text = "\n".join(line for section in sections for line in section)
    assert drop_tree_chrome(text, parse_html(html), (URL,)) == text


def test_links_to_the_sites_documents_are_a_storys_sources_not_other_stories():
    block = ("<p><b>Sources</b><br><a href='/documents/tram-report-2023.pdf'>Tram extension feasibility report</a>"
             "<br><a href='/documents/tram-audit.PDF'>Independent audit of the tram budget</a></p>")
    lines = ["Sources", "Tram extension feasibility report", "Independent audit of the tram budget"]
    assert clean(page(block), lines) == [BODY[0], *lines, BODY[1]]
    block = "<p>Read the study: <a href='/files/tram-study.docx'>Tram extension feasibility study</a></p>"
    assert clean(page(block), ["Read the study: Tram extension feasibility study"]) == [
        BODY[0], "Read the study: Tram extension feasibility study", BODY[1]]


def test_a_container_before_a_comment_thread_holding_more_than_a_policy_stays():
    """The box just before a comment thread is its policy only while it holds a widget's text at
    most: a longer one is the story's last section."""
    tail = ["The line's second phase, to the airport, is to be decided by the council next year. " * 4,
            "Until then, buses will run every ten minutes between the new terminus and the airport. " * 4,
            "The mayor said the city would ask the region and the state to share the cost of it. " * 4]
    tree, story = story_page("<div>" + "".join(f"<p>{line}</p>" for line in tail) + "</div>",
                             "<div class='fb-comments'></div>")
    assert clean_story(tree, story, [line.strip() for line in tail]) == [*BODY, *(line.strip() for line in tail)]


def test_a_line_the_story_shows_in_its_list_stays_though_a_box_repeats_it():
    """A marked box that repeats an item of the story's list: the story's line stays (no heading or
    paragraph of the page shows it, only the story's block)."""
    item = "Six new stations between the centre and the northern district"
    tree = parse_html("<html><body><article><div class='story'>"
                      f"<p>{BODY[0]}</p><ul><li>{item}</li></ul><p>{BODY[1]}</p></div>"
                      f"<div class='related'><p>{item}</p></div></article></body></html>")
    text = "\n".join([BODY[0], f"- {item}", BODY[1]])
    assert drop_tree_chrome(text, tree, (URL,), story=tree.find_class("story")[0]) == text


def test_the_pages_heading_stays_though_a_link_in_it_has_a_marking_class():
    """A heading outside the story's block that is no box's (the page's headline whose link a menu's
    class marks as its current entry) keeps its line."""
    headline = "Tram line extended to the northern district"
    tree = parse_html(f"<html><body><h1><a class='menu-current' href='/2024/05/other.html'>{headline}</a></h1>"
                      f"<article><div class='story'><p>{BODY[0]}</p><p>{BODY[1]}</p></div></article></body></html>")
    text = "\n".join([headline, *BODY])
    assert drop_tree_chrome(text, tree, (URL,), story=tree.find_class("story")[0]) == text


def test_a_marked_box_is_found_from_a_link_whose_text_is_a_line():
    """No heading or paragraph in the box: its link (to another site, so no "label + link") leads to it."""
    line = "Jetzt den Newsletter der Redaktion abonnieren"
    tree, story = story_page(f"<div class='newsletter-box'><div><a href='https://news.example.org/x'>{line}</a></div></div>")
    assert clean_story(tree, story, [line]) == BODY


def test_one_link_below_a_label_is_no_list_of_stories():
    block = "<p><b>Gallery</b><br><a href='/2024/05/tram-gallery.html'>The new trams in pictures</a></p>"
    lines = ["Gallery", "The new trams in pictures"]
    assert clean(page(block), lines) == [BODY[0], *lines, BODY[1]]


def test_a_read_also_closing_a_paragraph_goes_and_the_paragraph_stays():
    """The label and the link to another page of the site after a paragraph's last sentence go,
    in markup of its own, after a separator or in parentheses; the sentences stay."""
    said = "The mayor said the plan would cost less than expected."
    cases = [
        f'<p>{said} <strong>Прочетете още:</strong> <a href="/2024/05/other.html">Общината прие нов бюджет</a></p>',
        f'<p>{said} (Lesen Sie auch: <a href="/2024/05/other.html">Stadtrat beschließt den Haushalt</a>)</p>',
        f'<p>{said} <em>Llegiu també:</em> <a href="https://example.fi/a/b.html">El ple aprova el pressupost</a></p>',
        f'<p>{said} <strong>延伸阅读:</strong> <a href="/2024/05/other.html">市议会批准新预算</a></p>',
    ]
    for block in cases:
        html = page(block)
        line = " ".join(parse_html(html).xpath("//p")[1].text_content().split())
        assert clean(html, [line]) == [BODY[0], said, BODY[1]], block
    # Markup or parentheses set the label apart, a separator ends it: whatever ends the words before.
    for words in ("„Warum nicht?“", "the keeper was largely untroubled,"):
        for label in ("<b>Lesen Sie auch:</b>", "(Lesen Sie auch:"):
            close = ")" if label.startswith("(") else ""
            html = page(f'<p>{words} {label} <a href="/2024/05/other.html">Stadtrat beschließt den Haushalt</a>{close}</p>')
            line = " ".join(parse_html(html).xpath("//p")[1].text_content().split())
            assert clean(html, [line]) == [BODY[0], words, BODY[1]], html


def test_a_read_also_and_a_subheading_are_found_in_a_text_spaced_otherwise():
    """The link's text and a subheading's paragraph are looked for in the text single-spaced: a text
    whose line breaks, tabs or doubled spaces fall inside them still holds them."""
    said = "The mayor said the plan would cost less than expected."
    html = page(f'<p>{said} <b>Lesen Sie auch:</b> <a href="/2024/05/other.html">Stadtrat beschließt den Haushalt</a></p>')
    text = "\n".join([BODY[0], f"{said} Lesen Sie auch: Stadtrat  beschließt\tden Haushalt", BODY[1]])
    assert [line for line in drop_tree_chrome(text, parse_html(html), (URL,)).split("\n") if line] == [
        BODY[0], said, BODY[1]]
    section = ('<section><h2>The vote</h2><p>The opposition asked for a recount after the close result of the '
               'vote, and the council agreed to hold it next week.</p></section>')
    lines = ["The vote", "The  opposition\tasked for a recount after the close result of the vote, and the council "
             "agreed to hold it next week."]
    assert clean(page(section), lines) == [BODY[0], *lines, BODY[1]]


def test_a_piece_is_in_the_text_single_spaced_exactly_when_in_flat_says_so():
    """:func:`_in_flat` answers as a search of the single-spaced text, which it joins only where
    the text as it is does not tell."""
    texts = ["Budget approved\nin Turku.", "Budget  approved in Turku ", "  Budget\u00a0approved", "a\tb c\n",
             "市议会批准新预算\n延伸阅读", "Budget approved in Turku"]
    pieces = ["Budget approved", "approved in Turku", "Turku ", " Budget", "in Turku.", "b c", "c ", "a b c",
              "批准新预算 延伸", "Budget approved in Turku", "", "x"]
    joined: list[str] = []

    def flat_of(text: str):
        def flat() -> str:
            joined.append(text)
            return " ".join(text.split())
        return flat
    for text in texts:
        for piece in pieces:
            assert _in_flat(piece, text, flat_of(text)) == (piece in " ".join(text.split())), (piece, text)
    joined.clear()
    assert _in_flat("approved in Turku", "Budget approved in Turku", flat_of("Budget approved in Turku"))
    assert not _in_flat("approved in Oulu", "Budget approved in Turku", flat_of("Budget approved in Turku"))
    assert not joined  # the text as it is told: it was not joined


def test_a_link_closing_a_sentence_of_the_story_stays():
    """No label set apart, no sentence before the label, or a link to another site: the story's."""
    cases = [
        '<p>The council met. The minutes are in <a href="/2024/05/minutes.html">the council archive pages</a>.</p>',
        '<p>The mayor said the plan <b>would cost</b> <a href="/2024/05/other.html">less than expected</a></p>',
        '<p>The council met. <b>Read also:</b> <a href="https://other.example/a/1">Budget approved in Turku</a></p>',
        '<p>The council met (see <a href="/2024/05/decision.html">the decision in full</a>).</p>',
        '<p>The forum has places left. Anmeldung online: <a href="/events/forum/">https://example.fi/events/forum/</a>.</p>',
    ]
    for block in cases:
        html = page(block)
        line = " ".join(parse_html(html).xpath("//p")[1].text_content().split())
        assert clean(html, [line]) == [BODY[0], line, BODY[1]], block


def test_a_credit_below_a_picture_goes():
    """A line shaped as a credit in the small box of a picture, on a line of its own below it."""
    for block in ('<div class="image"><img src="/p.jpg" alt=""><p class="credit">Fot.: Anna Nowak</p></div>',
                  '<p><img src="/p.jpg" alt=""><br><small>Picha: Amina Juma</small></p>',
                  '<figure><img src="/p.jpg"><figcaption>Kuva: Mikko Korhonen</figcaption></figure>'):
        html = page(block)
        line = " ".join(parse_html(html).xpath("//img/..")[0].text_content().split())
        assert clean(html, [line]) == BODY, block


def test_a_line_beside_a_picture_that_is_no_credit_stays():
    """A sentence below a picture, a line the picture stands in (an icon), a long box: the story's."""
    games = "The games went on. " * 12
    for block, lines in (
            ('<div><img src="/p.jpg"><p>The mayor opened the new bridge on Monday.</p></div>',
             ["The mayor opened the new bridge on Monday."]),
            ('<p><img src="/flag.png"> Germany: 12 medals</p>', ["Germany: 12 medals"]),
            ('<div><img src="/radio.png"><p>Techno – Stream: http://radio.example:8000/techno.m3u</p></div>',
             ["Techno – Stream: http://radio.example:8000/techno.m3u"]),
            (f'<div><img src="/p.jpg"><p>Results: Germany</p><p>{games}</p></div>',
             ["Results: Germany", games.strip()])):
        assert clean(page(block), lines) == [BODY[0], *lines, BODY[1]], block


def test_an_ads_slot_goes_by_its_class_with_its_label_in_any_language():
    """An ad's slot beside the story: the label the site prints in it ("Anzeige", "Реклама") goes,
    whatever its language; "heading", "shadow" or a hex id's letters ("orgd7109ad") name no ad."""
    for box in ("<div class='advert-slot'><p>Anzeige</p><div id='div-gpt-ad-123'></div></div>",
                "<div class='ads-container'><p>Реклама</p></div>", "<div class='advertisement'><p>PUBLICIDAD</p></div>",
                "<div class='inlineAdvertising'><p>Mainos</p></div>"):
        tree, story = story_page(box)
        line = " ".join(tree.xpath("//article/*[2]")[0].text_content().split())
        assert clean_story(tree, story, [line]) == BODY, box
    for box in ("<div class='heading shadow'><p>Mainos</p></div>", "<div id='outline-container-orgd7109ad'><p>Mainos</p></div>"):
        tree, story = story_page(box)
        assert clean_story(tree, story, ["Mainos"]) == [*BODY, "Mainos"], box


def test_a_label_between_the_storys_two_paragraphs_does_not_keep_a_marked_box():
    """A short story whose paragraphs an ad's label parts still keeps a body: the box its class
    names (a call for donations) goes. A headline's length between them parts them (a page of
    teasers: headline, blurb, headline, blurb), and the box stays for the page type to judge."""
    appeal = "Support independent journalism. Every gift keeps our reporting free to read."
    for between, gone in (("ANZEIGE", True), ("Council approves the budget for the new school year", False)):
        tree = parse_html(f"<html><body><article><div class='story'><p>{BODY[0]}</p><p>{between}</p><p>{BODY[1]}</p>"
                          f"</div><div class='donate-box'><p>{appeal}</p></div></article></body></html>")
        text = "\n".join([BODY[0], between, BODY[1], appeal])
        kept = drop_tree_chrome(text, tree, (URL,), story=tree.find_class("story")[0]).split("\n")
        assert kept == [BODY[0], between, BODY[1], *([] if gone else [appeal])], between


def test_a_shortcode_line_between_the_storys_two_paragraphs_does_not_keep_a_marked_box():
    """A CMS shortcode left in the text ("[caption id=... width=640]", WordPress's) is markup, no
    text: between the story's two paragraphs it parts them no more than a label does, in any
    language, and the box its class names goes. A bracketed line of words is text and parts them."""
    appeal = "آزاد صحافت کا ساتھ دیں۔ آپ کا ہر عطیہ ہمیں کام جاری رکھنے میں مدد دیتا ہے۔"
    caption = '[caption id="attachment_1612" align="alignnone" width="640"]'
    bracketed = "[Council approves the budget for the new school year]"
    for between, gone in ((caption, True), ("[/caption]", True), (bracketed, False)):
        tree = parse_html(f"<html><body><article><div class='story'><p>{BODY[0]}</p><p>{between}</p><p>{BODY[1]}</p>"
                          f"</div><div class='donate-box'><p>{appeal}</p></div></article></body></html>")
        text = "\n".join([BODY[0], between, BODY[1], appeal])
        kept = drop_tree_chrome(text, tree, (URL,), story=tree.find_class("story")[0]).split("\n")
        assert kept == [BODY[0], between, BODY[1], *([] if gone else [appeal])], between


def test_an_ads_label_among_the_storys_paragraphs_goes_by_its_class():
    """A block of the story's own whose class names an ad and that holds a label goes; a paragraph
    of the story with such a class, or a label with a class naming no ad, stays."""
    def kept(block: str, line: str) -> list[str]:
        tree = parse_html(f"<html><body><article><div class='story'><p>{BODY[0]}</p>{block}<p>{BODY[1]}</p>"
                          "</div></article></body></html>")
        text = "\n".join([BODY[0], line, BODY[1]])
        return drop_tree_chrome(text, tree, (URL,), story=tree.find_class("story")[0]).split("\n")

    assert kept("<p class='advertisement'>ANZEIGE</p>", "ANZEIGE") == BODY
    assert kept("<div class='ads-inline'>REKLAAM</div>", "REKLAAM") == BODY
    sentence = "The vote was delayed by an hour, the clerk said."
    assert kept(f"<p class='advertisement'>{sentence}</p>", sentence) == [BODY[0], sentence, BODY[1]]
    assert kept("<p class='lead'>ANZEIGE</p>", "ANZEIGE") == [BODY[0], "ANZEIGE", BODY[1]]


def test_a_signed_credit_below_a_picture_goes():
    """"© <owner>" in the small box of a picture, on a line of its own below it: the picture's
    credit, whoever it names (an outlet, a photographer), in any language."""
    for block in ('<div class="img"><img src="/p.jpg" alt=""><p class="photo-credit">© Kanal Nord</p></div>',
                  '<figure><img src="/p.jpg"><figcaption>© Getty Images / Jane Doe</figcaption></figure>'):
        html = page(block)
        line = " ".join(parse_html(html).xpath("//img/..")[0].text_content().split())
        assert clean(html, [line]) == BODY, block
    # A sentence under a picture that starts with the sign stays.
    block = '<div><img src="/p.jpg"><p>© The picture was taken by the mayor himself, officials said.</p></div>'
    line = "© The picture was taken by the mayor himself, officials said."
    assert clean(page(block), [line]) == [BODY[0], line, BODY[1]]


def test_a_read_also_line_after_a_pin_goes_whole():
    """"📌 <b>Read also:</b> <link>": the pin is no sentence of the story the label closes; the
    whole line goes, not the label and link with the pin left alone."""
    html = page('<p>📌 <strong>Lees ook:</strong> <a href="/2024/05/other.html">Kunta leikkaa koulujen budjettia</a></p>')
    assert clean(html, ["📌 Lees ook: Kunta leikkaa koulujen budjettia"]) == BODY


def test_a_bare_label_before_a_short_headline_in_a_script_without_spaces_goes():
    """A CJK headline is short in characters ("杀人猪咬死中国农民", 9): it is wide enough to be one."""
    html = page('<p>Vakio koa <a href="/2024/05/other.html">杀人猪咬死中国农民</a></p>')
    assert clean(html, ["Vakio koa 杀人猪咬死中国农民"]) == BODY


def test_tibetan_labels_end_with_the_shad_their_sentences_end_with():
    """The Tibetan shad ། closes a label as it closes a sentence: a label's shad does not make it
    one. A label above a linked headline, an ad slot's label, a picture's credit go."""
    html = page('<p><strong>འདི་ཡང་ཀློག་རོགས།</strong></p>',
                '<p><a href="/2024/04/old.html">Udalak aurrekontua onartu du</a></p>')
    assert clean(html, ["འདི་ཡང་ཀློག་རོགས།", "Udalak aurrekontua onartu du"]) == BODY
    html = page('<h3>འདི་ཡང་ཀློག་རོགས།</h3>', '<p><a href="/2024/04/old.html">Udalak aurrekontua onartu du</a></p>')
    assert clean(html, ["འདི་ཡང་ཀློག་རོགས།", "Udalak aurrekontua onartu du"]) == BODY
    html = page('<p>འདི་ཡང་ཀློག་རོགས། <a href="/2024/04/old.html">Udalak aurrekontua onartu du gaur</a></p>')
    assert clean(html, ["འདི་ཡང་ཀློག་རོགས། Udalak aurrekontua onartu du gaur"]) == BODY
    html = page('<div class="image"><img src="/p.jpg" alt=""><p class="credit">པར།: བཀྲ་ཤིས་སྒྲོལ་མ།</p></div>')
    assert clean(html, ["པར།: བཀྲ་ཤིས་སྒྲོལ་མ།"]) == BODY
    html = page('<p class="advertisement">ཁྱབ་བསྒྲགས།</p>')
    tree = parse_html(html)
    text = "\n".join([BODY[0], "ཁྱབ་བསྒྲགས།", BODY[1]])
    assert drop_tree_chrome(text, tree, (URL,), story=tree.xpath("//div[@class='content']")[0]).split("\n") == BODY


def test_a_bare_label_before_a_chinese_headline_with_a_latin_name_in_it_goes():
    """A Chinese headline's spaces around a Latin name do not make it three words, too few for a
    headline: "坎耶·维斯特（Kanye West）:饶舌歌手更名为 Ye" is one."""
    html = page('<p>Şeýle hem okaň <a href="/2024/05/other.html">坎耶·维斯特（Kanye West）:饶舌歌手更名为 Ye</a></p>')
    assert clean(html, ["Şeýle hem okaň 坎耶·维斯特（Kanye West）:饶舌歌手更名为 Ye"]) == BODY
    # A linked name of two or three words in a Latin script stays.
    html = page('<p>Family: sister of <a href="/people/park.html">Park Hee Soon</a></p>')
    assert clean(html, ["Family: sister of Park Hee Soon"]) == [BODY[0], "Family: sister of Park Hee Soon", BODY[1]]


def test_a_short_tibetan_sentence_is_no_label_by_its_shad_alone():
    """A short Tibetan sentence ends with the shad a label ends with: on a line of its own above a
    dropped link, or bold before a link, it stays; the shad with no other sign makes no label."""
    sentence, headline = "དེ་ནི་ཧ་ཅང་གལ་ཆེན་རེད།", "ལྷ་སར་དཔལ་འབྱོར་ཚོགས་འདུ་བསྐོངས་པ།"
    html = page(f"<p>{sentence}</p>", f'<p><a href="/2024/04/old.html">{headline}</a></p>')
    assert clean(html, [sentence]) == [BODY[0], sentence, BODY[1]]
    html = page(f'<p><b>{sentence}</b> <a href="/2024/04/old.html">{headline}</a></p>')
    assert clean(html, [f"{sentence} {headline}"]) == [BODY[0], f"{sentence} {headline}", BODY[1]]


def test_a_short_cjk_link_written_on_from_its_label_or_naming_a_list_is_the_story_s():
    """A CJK link of 6 to 11 characters at a paragraph's end: written on from the words before it
    with no space ("据<link>新华社北京分社</link>") it is one phrase with them; names listed with
    spaces between ideographs ("记者 <link>李明 王芳 张伟</link>") are no headline. Both stay."""
    for before, link in (("据", "新华社北京分社"), ("详情请见", "国家统计局官方网站"), ("東京都の", "小池百合子知事は"),
                         ("记者 ", "李明 王芳 张伟"), ("首相は ", "岸田文雄 内閣総理大臣")):
        line = before + link
        html = page(f'<p>{before}<a href="/2024/05/other.html">{link}</a></p>')
        assert clean(html, [line]) == [BODY[0], line, BODY[1]], line


@pytest.mark.parametrize("box", ["article", "div"])
def test_updates_telling_two_paragraphs_each_under_headings_linking_to_other_stories_are_no_teasers(box):
    """A live page's updates (or a story's sections) tell two paragraphs each under a heading linking to
    the story each sums up: no teaser cards (``<article>``) nor a box of teasers, which show a headline
    and a blurb; a box of one-blurb teasers still goes."""
    updates = [[f"Update {n}: trams on line {n} stopped at noon.", f"Buses replace line {n} until the evening."]
               for n in range(1, 4)]
    html = page("".join(f"<{box} class='update'><h3><a href='/2024/05/story-{n}.html'>Line {n} stops</a></h3>"
                        + "".join(f"<p>{line}</p>" for line in lines) + f"</{box}>"
                        for n, lines in enumerate(updates, 1)))
    lines = [line for update in updates for line in update]
    assert clean(html, lines) == [BODY[0], *lines, BODY[1]]
    blurbs = [lines[0] for lines in updates]
    html = page("".join(f"<{box} class='teaser'><h3><a href='/2024/05/story-{n}.html'>Line {n} stops</a></h3>"
                        f"<p>{blurb}</p></{box}>" for n, blurb in enumerate(blurbs, 1)))
    assert clean(html, blurbs) == BODY


def _story_with(box: str) -> tuple[object, object]:
    """A story whose element holds ``box`` between its two paragraphs."""
    tree = parse_html(f"<html><body><article><div class='story'><p>{BODY[0]}</p>{box}<p>{BODY[1]}</p></div>"
                      "</article></body></html>")
    return tree, tree.find_class("story")[0]


def _kept(tree, story, lines: list[str]) -> list[str]:
    text = "\n".join([BODY[0], *lines, BODY[1]])
    return [line for line in drop_tree_chrome(text, tree, (URL,), story=story).split("\n") if line]


def test_a_sentence_set_apart_in_a_related_or_share_box_of_the_story_without_links_stays():
    """A box whose class names other stories or sharing lists links (the stories, the networks):
    one within the story's element that shows none, only sentences found nowhere else in the text,
    is the story's text set apart, in any language and script."""
    for sentence in ("The defendant is expected to appear at Belfast Magistrates' Court on Monday.",
                     "被告人应在周一贝尔法斯特地方法院开庭之前现身。",
                     "توقع کی جاتی ہے کہ مدعا علیہ بیلفاسٹ میجسٹریٹ عدالت میں سوموار کو پیش ہو گا۔"):
        for mark in ("related-context", "share-quote", "recommended"):
            tree, story = _story_with(f"<div class='{mark}'><p>{sentence}</p></div>")
            assert _kept(tree, story, [sentence]) == [BODY[0], sentence, BODY[1]], (mark, sentence)


def test_a_related_or_share_box_with_links_a_label_or_a_repeated_quote_still_goes():
    sentence = "The defendant is expected to appear at Belfast Magistrates' Court on Monday."
    # Its stories' links, a share button, a label that is no sentence.
    for box, lines in ((f"<div class='related'><p><a href='/2024/05/other.html'>{sentence}</a></p></div>", [sentence]),
                       (f"<div class='share-quote'><p>{sentence}</p><button>Tweet</button></div>", [sentence]),
                       (f"<div class='related-box'><p>Related</p><p>{sentence}</p></div>", ["Related", sentence])):
        tree, story = _story_with(box)
        assert _kept(tree, story, lines) == BODY, box
    # Outside the story's element: a box of the page's, not the story's text.
    tree, story = story_page(f"<div class='related-context'><p>{sentence}</p></div>")
    assert clean_story(tree, story, [sentence]) == BODY
    # A quote set out to be shared that a paragraph of the story holds: the text has it already.
    quoted = f"Officials said: {sentence} No date was given."
    tree = parse_html(f"<html><body><article><div class='story'><p>{BODY[0]}</p><p>{quoted}</p>"
                      f"<div class='share-quote'><p>{sentence}</p></div><p>{BODY[1]}</p></div></article></body></html>")
    assert _kept(tree, tree.find_class("story")[0], [quoted, sentence]) == [BODY[0], quoted, BODY[1]]
    # A box naming a notice or a form (a sign-up, a donation) shows sentences of its own: it goes.
    appeal = "Support independent journalism. Every gift keeps our reporting free to read."
    for mark in ("donate-box", "newsletter-signup"):
        tree, story = _story_with(f"<div class='{mark}'><p>{appeal}</p></div>")
        assert _kept(tree, story, [appeal]) == BODY, mark


def test_a_share_or_related_box_whose_sentence_stands_beside_icons_an_image_or_a_placeholder_goes():
    """A share bar drawn by a script shows its prompt beside networks that are icons (empty spans,
    an image, an empty element the script fills with buttons); a teaser shows its picture: the
    sentence beside them is the bar's or the teaser's, in any script, not the story's set apart."""
    for prompt in ("Share this article with your friends.", "شارك هذا المقال مع أصدقائك.",
                   "इस लेख को अपने दोस्तों के साथ साझा करें।", "与朋友分享这篇文章。", "この記事を友達とシェアしましょう。",
                   "Поделитесь этой статьей с друзьями.", "Μοιραστείτε αυτό το άρθρο με τους φίλους σας.",
                   "Udostępnij ten artykuł znajomym.", "Bu makaleyi arkadaşlarınızla paylaşın.",
                   "Shiriki makala hii na marafiki zako."):
        for box in (f"<div class='social-share'><p>{prompt}</p><span class='icon-facebook'></span></div>",
                    f"<div class='sns'><p>{prompt}</p><img src='/qr.png' alt=''></div>",
                    f"<div class='share-box'><p>{prompt}</p><div class='sharethis-inline-share-buttons'></div></div>",
                    f"<div class='related-story'><img src='/p.jpg' alt=''><p>{prompt}</p></div>"):
            tree, story = _story_with(box)
            assert _kept(tree, story, [prompt]) == BODY, box
    # The story's sentence set apart with words set off inside it (each showing text) is still its text.
    sentence = "The defendant is expected to appear at <em>Belfast Magistrates' Court</em> on Monday."
    tree, story = _story_with(f"<div class='share-quote'><p>{sentence}</p></div>")
    line = "The defendant is expected to appear at Belfast Magistrates' Court on Monday."
    assert _kept(tree, story, [line]) == [BODY[0], line, BODY[1]]


def _dated(href: str, headline: str, note: str, tag: str = "span") -> tuple[str, str]:
    return f'<p><a href="{href}">{headline}</a> <{tag}>{note}</{tag}></p>', f"{headline} {note}"


def test_a_run_of_dated_headlines_linking_to_the_site_goes_with_its_heading_in_any_script():
    """Two or more paragraphs, each another story's headline linked to the site and a short note
    in an element of its own (a date), are a list of other stories, and the heading over them its
    label, whatever the language."""
    runs = [
        ("Related", [_dated("/x/1", "Council approves new budget after long debate", "2 hours ago"),
                     _dated("/x/2", "Storm leaves thousands without power in the north", "3 hours ago")]),
        ("Читайте также", [_dated("/x/1", "Совет утвердил новый бюджет после долгих споров", "2 часа назад"),
                           _dated("/x/2", "Шторм оставил тысячи домов без света на севере", "12.03.2024", "time")]),
        ("関連記事", [_dated("/x/1", "議会が長い議論の末に新予算を承認", "2時間前"),
                     _dated("/x/2", "嵐で北部の数千世帯が停電", "3時間前", "small")]),
        ("أخبار ذات صلة", [_dated("/x/1", "المجلس يوافق على الميزانية الجديدة بعد نقاش طويل", "١٢ مارس ٢٠٢٤"),
                          _dated("/x/2", "العاصفة تترك الآلاف بلا كهرباء في الشمال", "منذ ساعتين")]),
        ("संबंधित खबरें", [_dated("/x/1", "लंबी बहस के बाद परिषद ने नया बजट मंजूर किया", "2 घंटे पहले"),
                        _dated("/x/2", "तूफान से उत्तर में हजारों घरों की बिजली गुल", "3 घंटे पहले")]),
    ]
    for heading, items in runs:
        html = page(f"<h3>{heading}</h3>", *(block for block, _ in items))
        assert clean(html, [heading, *(line for _, line in items)]) == BODY, heading


def test_a_single_dated_headline_and_linked_sentences_of_the_story_stay():
    """One linked headline with a date is no list; a paragraph whose link runs on in words of its
    own, a linked name with a note, a linked full sentence, or a link off the site is the story's."""
    keep = [
        [_dated("/x/1", "Council approves new budget after long debate", "2 hours ago")],
        [('<p><a href="/x/1">The minister</a> said the plan <span>would cost less</span></p>',
          "The minister said the plan would cost less"),
         ('<p><a href="/x/2">The opposition</a> said it <span>would appeal</span></p>',
          "The opposition said it would appeal")],
        [_dated("/people/1", "Anna Nowak", "Labour"), _dated("/people/2", "John Smith", "Green")],
        [_dated("/x/1", "The council approved the budget on Tuesday.", "(2023)"),
         _dated("/x/2", "The opposition said it would appeal the vote.", "(2024)")],
        [_dated("/reports/1", "Annual report on air quality in the region", "(March 2024)"),
         _dated("/reports/2", "Survey of the city's bridges and tunnels", "(May 2023)")],
        [_dated("https://other.example.org/x/1", "Council approves new budget after long debate", "2 hours ago"),
         _dated("https://other.example.org/x/2", "Storm leaves thousands without power in the north", "3 hours ago")],
    ]
    for items in keep:
        html = page("<h3>Background</h3>", *(block for block, _ in items))
        lines = ["Background", *(line for _, line in items)]
        assert clean(html, lines) == [BODY[0], *lines, BODY[1]], items


def test_a_run_of_linked_headlines_whose_notes_say_no_day_is_the_storys_own_list():
    """A story's own list of pages of the site carries notes that are no date of publication: a
    share of the vote, a running time, a kick-off clock, a photo credit, a score. Only a count back
    or a day (or year) makes the run other stories' teasers."""
    keep = [
        [_dated("/elections/1", "Anna Maria Nowak Civic Coalition", "45.2%"),
         _dated("/elections/2", "Jan Piotr Kowalski Law and Justice", "38.1%")],
        [_dated("/podcast/12", "How the city lost its river", "42 min", "small"),
         _dated("/podcast/13", "Inside the budget fight at city hall", "51 min", "small")],
        [_dated("/sport/1", "Спартак против Зенита в центральном матче", "20:00", "time"),
         _dated("/sport/2", "ЦСКА против Локомотива на домашнем стадионе", "21:30", "time")],
        [_dated("/gallery/1", "The old harbour of Gdańsk at dawn", "Photo: Jan Kowalski"),
         _dated("/gallery/2", "Fishermen unload the morning catch", "Photo: Anna Nowak")],
        [_dated("/sport/1", "الأهلي ضد الزمالك في قمة الدوري", "2-1"),
         _dated("/sport/2", "الهلال ضد النصر في ديربي الرياض", "0-0")],
    ]
    for items in keep:
        html = page("<p><strong>Background</strong></p>", *(block for block, _ in items))
        lines = ["Background", *(line for _, line in items)]
        assert clean(html, lines) == [BODY[0], *lines, BODY[1]], items


def closing(*blocks: str) -> str:
    body = "".join([f"<p>{BODY[0]}</p>", f"<p>{BODY[1]}</p>", *blocks])
    return f"<html><body><article><div class='content'>{body}</div></article></body></html>"


def clean_end(html: str, lines: list[str]) -> list[str]:
    text = "\n".join([*BODY, *lines])
    return [line for line in drop_tree_chrome(text, parse_html(html), (URL,)).split("\n") if line]


@pytest.mark.parametrize("heading, count, prompt", [
    ("Comments", "12 comments", "Log in to join the conversation"),
    ("Коментарі", "12 коментарів", "Увійдіть, щоб залишити коментар"),
    ("التعليقات", "12 تعليقا", "سجل الدخول للمشاركة في النقاش"),
    ("评论", "12条评论", "登录后参与讨论"),
    ("コメント", "コメント12件", "ログインしてコメントする"),
    ("댓글", "댓글 12개", "로그인하고 댓글을 남겨주세요"),
    ("Maoni", "Maoni 12", "Ingia ili kutoa maoni"),
    ("Σχόλια", "١٢ σχόλια", "Συνδεθείτε για να σχολιάσετε"),
])
def test_closing_section_whose_heading_is_counted_below_it_goes_in_any_script(heading, count, prompt):
    html = closing(f"<h3>{heading}</h3>", f"<p>{count}</p>", f"<p>{prompt}</p>")
    assert clean_end(html, [heading, count, prompt]) == BODY
    assert clean_end(html, [count, prompt]) == BODY  # the extraction dropped the heading


def test_heading_holding_the_count_of_its_own_thing_goes_with_the_lines_below_it():
    html = closing("<h3>Kommentare <span>12 Kommentare</span></h3>", "<p>Melden Sie sich an</p>")
    assert clean_end(html, ["Kommentare 12 Kommentare", "Melden Sie sich an"]) == BODY


def test_closing_section_counting_other_things_or_saying_a_sentence_stays():
    fact_box = closing("<h3>Key figures</h3>", "<p>12 dead</p>", "<p>Bridge closed until Monday</p>")
    assert clean_end(fact_box, ["Key figures", "12 dead", "Bridge closed until Monday"])[-3:] == [
        "Key figures", "12 dead", "Bridge closed until Monday"]
    story = closing("<h3>Comments</h3>", "<p>12 comments</p>", "<p>The council read every one of them.</p>")
    assert clean_end(story, ["Comments", "12 comments", "The council read every one of them."])[-3:] == [
        "Comments", "12 comments", "The council read every one of them."]
    middle = page("<h3>Comments</h3>", "<p>12 comments</p>")
    assert clean(middle, ["Comments", "12 comments"]) == [BODY[0], "Comments", "12 comments", BODY[1]]


def test_side_label_among_many_paragraphs_and_line_breaks_goes():
    # a transcript's container of thousands of <p> and <br>: each container is read once, not asked
    # of each of its children
    lines = [f"Sentence number {index} of the story is here." for index in range(600)]
    paragraphs = "".join(f"<p>{line}</p><br>" for line in lines)
    html = (f"<html><body><article><div>{paragraphs}<p><small>Anzeige</small></p>{paragraphs}"
            "<div><span>Werbung</span><div></div></div>" f"{paragraphs}</div></article></body></html>")
    text = "\n".join([*lines, "Anzeige", *lines, "Werbung", *lines])
    kept = drop_tree_chrome(text, parse_html(html), (URL,)).split("\n")
    assert "Anzeige" not in kept and "Werbung" not in kept and len(kept) == 3 * len(lines)


def test_many_counted_headings_are_read_in_one_pass():
    # a page of hundreds of "Comments" / "n comments" pairs: the blocks below a count are read for
    # the closing one only
    pairs = [("Comments", f"{index} comments") for index in range(1, 400)]
    html = closing(*(f"<h3>{title}</h3><p>{count}</p>" for title, count in pairs))
    kept = clean_end(html, [line for pair in pairs for line in pair])
    assert kept[:len(BODY)] == BODY


def test_closing_fact_box_counting_its_heading_and_more_stays():
    for heading, count, more in [("Casualties", "12 casualties", "40 injured"), ("Tore", "2 Tore", "Müller 12., Kane 78."),
                                 ("死傷者", "死傷者12人", "負傷者40人")]:
        html = closing(f"<h3>{heading}</h3>", f"<p>{count}</p>", f"<p>{more}</p>")
        assert clean_end(html, [heading, count, more])[-3:] == [heading, count, more]


def test_photo_story_or_live_page_lines_under_their_count_stay():
    captions = ["Crowds gather at the new station", "The mayor cuts the ribbon", "The first train leaves the depot"]
    gallery = closing("<h2>Photos</h2>", "<p>12 photos</p>", *(f"<p>{line}</p>" for line in captions))
    assert clean_end(gallery, ["Photos", "12 photos", *captions])[-3:] == captions
    updates = ["Police close the bridge", "Trains resume on the north line"]
    live = closing("<h2>Live updates</h2>", "<p>12 updates</p>", *(f"<p>{line}</p>" for line in updates))
    assert clean_end(live, ["Live updates", "12 updates", *updates])[-2:] == updates


def test_counted_widget_goes_above_a_footer_line_outside_it():
    html = closing("<h3>Comments</h3>", "<p>12 comments</p>", "<p>Log in to join the conversation</p>").replace(
        "</article>", "</article><div><p>Contact us</p></div>")
    assert clean_end(html, ["Comments", "12 comments", "Log in to join the conversation", "Contact us"]) == BODY


@pytest.mark.parametrize("block, label", [
    ("<p><small>Source: Eurostat</small></p>", "Source: Eurostat"),
    ("<p><small>— Angela Merkel</small></p>", "— Angela Merkel"),
    ("<div class='wp-block-group'><p>What happens next</p><div class='wp-block-spacer'></div></div>", "What happens next"),
    ("<div class='block'><p>आगे क्या होगा</p><div class='ad-slot'></div></div>", "आगे क्या होगा"),
])
def test_story_line_in_small_print_or_a_paragraph_beside_an_empty_block_stays(block, label):
    assert clean(page(block), [label]) == [BODY[0], label, BODY[1]]


THAI_BODY = ["กรุงเทพมหานครประกาศว่าจะเปิดให้บริการรถไฟฟ้าสายใหม่ในวันที่หนึ่งของเดือนหน้า เส้นทางใหม่จะเชื่อมใจกลางเมืองกับชานเมือง",
             "โครงการนี้ใช้งบประมาณกว่าสามหมื่นล้านบาทและใช้เวลาก่อสร้างหกปี ชาวบ้านในพื้นที่ต่างดีใจที่การเดินทางจะสะดวกขึ้น"]


def clean_thai_end(blocks: list[str], lines: list[str]) -> list[str]:
    body = "".join(f"<p>{line}</p>" for line in THAI_BODY) + "".join(blocks)
    html = f"<html><body><article><div class='content'>{body}</div></article></body></html>"
    text = "\n".join([*THAI_BODY, *lines])
    return [line for line in drop_tree_chrome(text, parse_html(html), (URL,)).split("\n") if line]


def test_counted_section_in_a_script_without_sentence_marks_keeps_a_short_closing_sentence():
    # Thai ends a sentence with no mark: the short line below the count may be the story's own.
    sentence = "ผู้ว่าฯ กล่าวว่าจะติดตามเรื่องนี้ต่อไป"
    lines = ["ความคิดเห็น", "12 ความคิดเห็น", sentence]
    assert clean_thai_end([f"<h3>{lines[0]}</h3>", f"<p>{lines[1]}</p>", f"<p>{sentence}</p>"], lines) == [
        *THAI_BODY, *lines]
    # a control's text there (a login link) is the widget's
    prompt = "เข้าสู่ระบบเพื่อแสดงความคิดเห็น"
    widget = [f"<h3>{lines[0]}</h3>", f"<p>{lines[1]}</p>", f"<p><a href='/login'>{prompt}</a></p>"]
    assert clean_thai_end(widget, [*lines[:2], prompt]) == THAI_BODY


@pytest.mark.parametrize(("brief", "widget", "widget_html"), [
    (["Storm closes the bridge.", "Police expect delays.", "Trains run as usual."],
     ["Comments", "12 comments", "Log in to join the conversation"],
     "<h3>Comments</h3><p>12 comments</p><p>Log in to join the conversation</p>"),
    (["ฝนตกหนักในกรุงเทพ", "ถนนหลายสายปิด"], ["ความคิดเห็น", "12 ความคิดเห็น", "เข้าสู่ระบบเพื่อแสดงความคิดเห็น"],
     "<h3>ความคิดเห็น</h3><p>12 ความคิดเห็น</p><p><a href='/login'>เข้าสู่ระบบเพื่อแสดงความคิดเห็น</a></p>"),  # a control's
], ids=["english", "thai"])
def test_counted_widget_under_a_brief_of_short_lines_goes_and_the_brief_stays(brief, widget, widget_html):
    # every line short: the text's closing run reaches its first line; the brief's sentences end the
    # run of no sentences, its first line never opens the section
    html = "<html><body><article>" + "".join(f"<p>{line}</p>" for line in brief) + widget_html + "</article></body></html>"
    assert [line for line in drop_tree_chrome("\n".join(brief + widget), parse_html(html), (URL,)).split("\n")
            if line] == brief


@pytest.mark.parametrize("block, label", [
    ("<p><small>Anzeige</small></p>", "Anzeige"),
    ("<p><small>إعلان</small></p>", "إعلان"),
    ("<div class='slot-7'><span>विज्ञापन</span><div></div></div>", "विज्ञापन"),
    ("<div><div>广告</div><div id='x'></div><div></div></div>", "广告"),
])
def test_side_label_between_two_paragraphs_goes(block, label):
    assert clean(page(block), [label]) == BODY


@pytest.mark.parametrize("paragraphs", [
    ["Storm closes the bridge.", "Police expect delays."],  # short sentences: paragraphs where a mark ends them
    THAI_BODY,  # long lines with no mark: paragraphs where the script marks no sentence end
], ids=["short-sentences", "thai"])
def test_side_label_between_paragraphs_the_texts_script_alone_tells_apart_goes(paragraphs):
    # the two readings of a paragraph line disagree on these neighbours: the text's script decides
    html = ("<html><body><article>" f"<p>{paragraphs[0]}</p><p><small>Anzeige</small></p><p>{paragraphs[1]}</p>"
            "</article></body></html>")
    kept = drop_tree_chrome("\n".join([paragraphs[0], "Anzeige", paragraphs[1]]), parse_html(html), (URL,))
    assert kept.split("\n") == paragraphs


@pytest.mark.parametrize("block, label", [
    ("<h3>Reaction</h3>", "Reaction"),
    ("<p><strong>Reaction</strong></p>", "Reaction"),
    ("<p><small>Note: names were changed.</small></p>", "Note: names were changed."),
    ("<div><span>Reaction</span><div><img src='/chart.png'></div></div>", "Reaction"),
    ("<p><small>Reaction</small> of the mayor</p>", "Reaction of the mayor"),
    ("<div class='wp-block-group'><h3>Reaction</h3><div class='wp-block-spacer'></div></div>", "Reaction"),
])
def test_story_short_lines_between_paragraphs_stay(block, label):
    assert clean(page(block), [label]) == [BODY[0], label, BODY[1]]


def test_side_label_at_the_text_edge_stays():
    html = closing("<p><small>Anzeige</small></p>")
    assert clean_end(html, ["Anzeige"]) == [*BODY, "Anzeige"]


@pytest.mark.parametrize("heading, line, link, tail", [
    ("Read more", "Council approves new budget after long debate — Storm leaves thousands without power",
     "Council approves new budget after long debate", " — Storm leaves thousands without power"),
    ("Читайте также", "Совет утвердил новый бюджет после долгих споров — 2 часа назад",
     "Совет утвердил новый бюджет после долгих споров", " — 2 часа назад"),
    ("延伸阅读", "议会经过长时间辩论后通过新预算 — 暴风雨导致北部数千户停电", "议会经过长时间辩论后通过新预算", " — 暴风雨导致北部数千户停电"),
])
def test_closing_section_of_linked_headlines_of_the_site_goes(heading, line, link, tail):
    html = closing(f"<h3>{heading}</h3>", f"<p><a href='/2024/05/other.html'>{link}</a>{tail}</p>")
    assert clean_end(html, [heading, line]) == BODY


@pytest.mark.parametrize("heading, block, line", [
    ("Sources", "<p><a href='/docs/annual-report-2024.pdf'>Annual report of the city council 2024</a> — PDF</p>",
     "Annual report of the city council 2024 — PDF"),
    ("Further reading", "<p><a href='https://other.org/x'>A study of urban transit in Europe</a> — other.org</p>",
     "A study of urban transit in Europe — other.org"),
    ("Standings", "<p><a href='/team/bayern'>Bayern München</a> 12 Punkte</p>", "Bayern München 12 Punkte"),
    ("Background", "<p><a href='/2024/05/other.html'>Council approves new budget after long debate</a> was our first report.</p>",
     "Council approves new budget after long debate was our first report."),
    ("今後の見通し", "<p><a href='/tag/tokyo'>東京都</a>では新たに12人の感染を確認</p>", "東京都では新たに12人の感染を確認"),
    ("各地", "<li><a href='/tag/beijing'>北京市</a>新增确诊病例12例</li>", "北京市新增确诊病例12例"),
])
def test_closing_section_of_the_story_own_links_stays(heading, block, line):
    assert clean_end(closing(f"<h3>{heading}</h3>", block), [heading, line]) == [*BODY, heading, line]


def test_section_of_linked_headlines_inside_the_story_stays():
    block = "<p><a href='/2024/05/other.html'>Council approves new budget after long debate</a> — earlier</p>"
    line = "Council approves new budget after long debate — earlier"
    assert clean(page("<h3>Read more</h3>", block), ["Read more", line]) == [BODY[0], "Read more", line, BODY[1]]


def test_a_bare_label_before_a_georgian_headline_goes():
    """Georgian's Mkhedruli letters have capitals (Mtavruli, for all-caps only) but are their own
    titlecase: a Georgian headline opens with a small letter, as a caseless script's does."""
    line = "ასევე წაიკითხეთ მთავრობამ ახალი ბიუჯეტი ხანგრძლივი დებატების შემდეგ დაამტკიცა"
    html = page('<p>ასევე წაიკითხეთ <a href="/2024/05/other.html">მთავრობამ ახალი ბიუჯეტი ხანგრძლივი დებატების შემდეგ '
                'დაამტკიცა</a></p>')
    assert clean(html, [line]) == BODY


def test_a_georgian_sentence_running_on_into_its_link_stays():
    """It closes with its full stop after the link."""
    line = "მერიამ განაცხადა, რომ ახალი ხიდი მომავალ თვეში გაიხსნება."
    html = page('<p>მერიამ განაცხადა, რომ <a href="/2024/05/report.html">ახალი ხიდი მომავალ თვეში გაიხსნება</a>.</p>')
    assert clean(html, [line]) == [BODY[0], line, BODY[1]]


def test_a_latin_link_opening_with_a_small_letter_is_a_clause_going_on_and_stays():
    line = "Officials said the attack killed twelve people"
    assert clean(page('<p>Officials said <a href="/2024/05/r.html">the attack killed twelve people</a></p>'),
                 [line]) == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize(("label", "anchor"), [
    ("អានបន្ថែម", "រដ្ឋាភិបាលអនុម័តថវិកាថ្មី ក្រោយការជជែកដេញដោលយូរ"),  # Khmer: a space parts phrases
    ("ဒါလည်း ဖတ်ပါ", "အစိုးရက ဘတ်ဂျက်သစ်ကို အတည်ပြု"),  # Myanmar
    ("ꦮꦕꦤ꧀ꦕꦁꦒꦶꦃ", "ꦧꦚ꧀ꦗꦶꦂꦒꦼꦝꦺ ꦲꦶꦁꦱꦼꦩꦫꦁ"),  # Javanese: a space parts phrases, the pada lungsi ends sentences
])
def test_a_bare_label_before_a_headline_of_phrases_in_a_script_without_word_spaces_goes(label, anchor):
    """Khmer and Myanmar write no spaces between words; a space parts phrases, so a headline of two
    or three of them is no short linked name."""
    html = page(f'<p>{label} <a href="/2024/05/other.html">{anchor}</a></p>')
    assert clean(html, [f"{label} {anchor}"]) == BODY


def test_a_khmer_sentence_ending_in_a_link_of_phrases_stays():
    """A sentence running on into its link closes with its mark (the khan) after it."""
    line = "របាយការណ៍ត្រូវបានចេញផ្សាយ នៅលើ គេហទំព័រក្រសួង ថ្ងៃចន្ទ។"
    html = page('<p>របាយការណ៍ត្រូវបានចេញផ្សាយ <a href="/2024/05/r.html">នៅលើ គេហទំព័រក្រសួង ថ្ងៃចន្ទ</a>។</p>')
    assert clean(html, [line]) == [BODY[0], line, BODY[1]]


def test_a_javanese_sentence_ending_in_a_link_of_phrases_stays():
    """Javanese script, written without word spaces, closes a sentence with its pada lungsi after the link."""
    line = "ꦥꦺꦴꦭꦶꦱꦶꦏꦤ꧀ꦝ ꦮꦺꦴꦁꦭꦺꦴꦫꦺꦴꦠꦠꦸ ꦲꦶꦁꦏꦕꦶꦭꦏꦄꦤ꧀꧉"
    html = page('<p>ꦥꦺꦴꦭꦶꦱꦶꦏꦤ꧀ꦝ <a href="/2024/05/r.html">ꦮꦺꦴꦁꦭꦺꦴꦫꦺꦴꦠꦠꦸ ꦲꦶꦁꦏꦕꦶꦭꦏꦄꦤ꧀</a>꧉</p>')
    assert clean(html, [line]) == [BODY[0], line, BODY[1]]


def test_a_short_thai_line_ending_in_a_link_of_two_phrases_stays():
    """Thai marks no sentence end: a short closing sentence ends in its link as a headline does."""
    line = "รายละเอียดดูได้ที่ เว็บไซต์กระทรวง ฉบับเต็ม"
    html = page('<p>รายละเอียดดูได้ที่ <a href="/2024/05/r.html">เว็บไซต์กระทรวง ฉบับเต็ม</a></p>')
    assert clean(html, [line]) == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize(("label", "anchor"), [
    ("ข้อมูลจาก", "Bangkok Post ออนไลน์"),  # Thai: Latin letters outnumber the Thai ones
    ("ที่มา", "Samsung Galaxy ใหม่"),
    ("ប្រភព", "Facebook Page របស់ក្រសួង"),  # Khmer beside a Latin name
])
def test_a_short_link_mixing_a_latin_name_with_a_script_without_word_spaces_stays(label, anchor):
    """A space beside a Latin name parts words, not phrases: a link of three such words is a short
    linked name (a source, a product), and the story's line ending in it stays."""
    line = f"{label} {anchor}"
    html = page(f'<p>{label} <a href="/2024/05/r.html">{anchor}</a></p>')
    assert clean(html, [line]) == [BODY[0], line, BODY[1]]


def label_links_of(html: str, lines: list[str], urls=(URL,)) -> tuple[list[str], list[tuple[str, str]]]:
    text = "\n".join([BODY[0], *lines, BODY[1]])
    found: list[tuple[str, str]] = []
    kept = drop_tree_chrome(text, parse_html(html), urls, label_links=found)
    return [line for line in kept.split("\n") if line], found


def test_a_bare_label_before_a_short_link_to_the_site_stays_and_is_handed_on_with_its_label():
    # Two or three words, or fewer than a headline's characters, may be a linked name: the page keeps
    # the line, and hands it on, so that the label seen before headlines on the site's other pages is learned.
    for block, line, label in [
            ('<p>Soma pia <a href="/2024/05/other.html">Reli mpya yazinduliwa</a></p>',
             "Soma pia Reli mpya yazinduliwa", "Soma pia"),
            ('<p>यो पनि पढ्नुहोस् <a href="/2024/05/other.html">तराईमा बाढी</a></p>',
             "यो पनि पढ्नुहोस् तराईमा बाढी", "यो पनि पढ्नुहोस्")]:
        kept, found = label_links_of(page(block), [line])
        assert line in kept and found == [(line, label)]
    # Before a headline the tree takes the line itself, and hands it on too: the label is the site's.
    line = "Soma pia Bunge lapitisha bajeti mpya ya mwaka"
    kept, found = label_links_of(page(f'<p>Soma pia <a href="/2024/05/other.html">{line[9:]}</a></p>'), [line])
    assert line not in kept and found == [(line, "Soma pia")]


def test_every_end_of_a_short_line_after_its_first_words_is_found_in_the_lines_joined():
    # The C search that spares most pages the set of line ends misses none of them, the last line's too.
    lines = {"Soma pia Reli mpya", "यो पनि पढ्नुहोस् तराईमा बाढी", "Read more"}
    for joined in ("\n".join(lines), "\n".join(sorted(lines)), "\n".join(sorted(lines, reverse=True))):
        assert _line_ends(lines) and all(_ends_a_line(end, joined) for end in _line_ends(lines))
        assert not _ends_a_line("Reli", joined) and not _ends_a_line("Soma", joined)


def test_a_sentence_running_into_its_link_or_a_link_to_another_site_is_no_label_link():
    for block, line in [
            ('<p>According to <a href="/2024/05/report.html">the ministry</a>, prices rose.</p>',
             "According to the ministry, prices rose."),
            ('<p>Soma pia <a href="https://other.example/2024/05/x.html">Reli mpya yazinduliwa</a></p>',
             "Soma pia Reli mpya yazinduliwa"),
            ('<p>The report was written by <a href="/2024/05/x.html">Jane Smith</a> for the council.</p>',
             "The report was written by Jane Smith for the council.")]:
        kept, found = label_links_of(page(block), [line])
        assert line in kept and found == []


def test_a_modal_box_is_a_dialog_and_goes_but_never_the_story_it_holds():
    """``aria-modal="true"`` marks a modal dialog (WAI-ARIA allows it on dialogs only): a consent or sign-up
    box between the story's paragraphs goes in any language, its class or role unnamed; a story an app
    opens in a modal overlay is the story."""
    for notice in ("Ushbu sayt tajribangizni yaxshilash uchun cookie fayllaridan foydalanadi.",
                   "ይህ ድረ ገጽ አገልግሎቱን ለማሻሻል ኩኪዎችን ይጠቀማል።", "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלכם."):
        block = f"<div id='cmp' aria-modal='true'><p>{notice}</p><a role='button' href='#ok'>OK</a></div>"
        assert clean(page(block), [notice]) == BODY, notice
    overlay = page().replace("<body>", "<body><div class='overlay' role='dialog' aria-modal='true'>").replace("</body>", "</div></body>")
    assert clean(overlay, []) == BODY


def test_an_element_marked_modal_that_holds_no_link_or_control_is_no_dialog_and_its_text_stays():
    """A dialog holds what the reader answers or closes it with (WAI-ARIA: focus moves into it): an
    ``aria-modal="true"`` element holding nothing but text (a pull quote or a story paragraph a site set
    in a pop-over) is the story's, in any script; with a button, a link or a checkbox it is a box."""
    for quote in ("Ο δήμαρχος είπε ότι η βιβλιοθήκη θα ανοίξει ξανά τον Σεπτέμβριο.",
                  "市长表示，图书馆将于九月重新开放。", "قال رئيس البلدية إن المكتبة ستفتح أبوابها مجددا في سبتمبر."):
        block = f"<div class='popover' aria-modal='true'><blockquote><p>{quote}</p></blockquote></div>"
        assert clean(page(block), [quote]) == [BODY[0], quote, BODY[1]], quote
        for action in ("<button type='button'>OK</button>", "<a href='/privacy'>i</a>", "<input type='checkbox'>"):
            box = f"<div aria-modal='true'><p>{quote}</p>{action}</div>"
            assert clean(page(box), [quote]) == BODY, (quote, action)


def test_a_chrome_line_goes_however_spaced_or_marked_and_blank_lines_stay_as_written():
    """Each line is single-spaced once for the rules and the last filter: a form's prompt written with a
    tab, no-break or ideographic spaces, or after a list's mark, goes as its plain spelling does; lines
    blank in any script's spaces, and the story's own lines, stay exactly as the text wrote them."""
    prompt = "Tilaa uutiskirjeemme"
    form = (f'<div class="newsletter"><h3>{prompt}</h3><p>Saat päivän uutiset sähköpostiisi joka aamu.</p>'
            '<form><input type="email" name="email"><button>OK</button></form></div>')
    for written in (prompt, "Tilaa\tuutiskirjeemme ", "Tilaa\u00a0uutiskirjeemme", "\u3000Tilaa  uutiskirjeemme",
                    "- Tilaa\u2003uutiskirjeemme"):
        text = "\n".join([BODY[0], "\u00a0", written, "\u3000 \t", f" {BODY[1]}\u00a0"])
        kept = drop_tree_chrome(text, parse_html(page(form)), (URL,))
        assert kept.split("\n") == [BODY[0], "\u00a0", "\u3000 \t", f" {BODY[1]}\u00a0"], written
