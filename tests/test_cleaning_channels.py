"""A line whose links all go to the site's own channels (its app in a store, its profile on a social
network, as the page declares them or as its domain names them) is chrome in any language; a story's
links to someone else's app, profile or post stay, and so does a statement about the site between the
story's paragraphs."""
from __future__ import annotations

import json

from newsspider.extract.cleaning.tree import drop_tree_chrome
from newsspider.extract.parse import parse_html

URL = "https://www.dnevnik-vijesti.ba/2024/05/budzet.html"
BODY = ["Gradsko vijeće je u ponedjeljak nakon duge rasprave usvojilo novi budžet.",
        "Opozicija je povećanje nazvala premalim i najavila žalbu."]
DECLARED = ('<script type="application/ld+json">' + json.dumps({
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budžet",
    "publisher": {"@type": "NewsMediaOrganization", "name": "Dnevnik",
                  "sameAs": ["https://www.facebook.com/DnevnikBiH", "https://t.me/dnevnik_bih"]},
    "author": {"@type": "Person", "name": "Ana Anić", "sameAs": ["https://twitter.com/ana_anic"]}}) + "</script>"
            '<meta name="apple-itunes-app" content="app-id=1234567890">')


def clean(middle: str, lines: list[str], head: str = DECLARED, after: str = "", tail: list[str] | None = None) -> list[str]:
    html = (f"<html><head>{head}</head><body><article><div class='content'><p>{BODY[0]}</p>{middle}"
            f"<p>{BODY[1]}</p>{after}</div></article></body></html>")
    text = "\n".join([BODY[0], *lines, BODY[1], *(tail or [])])
    return [line for line in drop_tree_chrome(text, parse_html(html), (URL,)).split("\n") if line]


def test_a_line_linking_only_the_sites_declared_profiles_goes_in_any_language():
    cases = [
        ('<p>Pratite nas na <a href="https://facebook.com/DnevnikBiH">Facebooku</a> i '
         '<a href="https://t.me/dnevnik_bih">Telegramu</a></p>', "Pratite nas na Facebooku i Telegramu"),
        ('<p><a href="https://www.facebook.com/DnevnikBiH/">追蹤我們的Facebook粉絲專頁</a></p>', "追蹤我們的Facebook粉絲專頁"),
        ('<p>Моро дар <a href="https://telegram.me/dnevnik_bih">Telegram</a> пайгирӣ кунед</p>', "Моро дар Telegram пайгирӣ кунед"),
    ]
    for block, line in cases:
        assert clean(block, [line]) == BODY, line


def test_a_line_linking_the_sites_own_app_goes():
    declared = '<p><a href="https://apps.apple.com/ba/app/dnevnik/id1234567890">Preuzmite našu aplikaciju</a></p>'
    assert clean(declared, ["Preuzmite našu aplikaciju"]) == BODY
    # Undeclared: an Android package named as the site's domain reversed.
    named = '<p><a href="https://play.google.com/store/apps/details?id=ba.dnevnik-vijesti.app">Mobil tətbiqimizi yükləyin</a></p>'
    assert clean(named, ["Mobil tətbiqimizi yükləyin"], head="") == BODY


def test_a_profile_named_as_the_sites_domain_is_the_sites_own_undeclared():
    block = '<p>تابعونا على <a href="https://www.instagram.com/dnevnikvijesti">Instagram</a></p>'
    assert clean(block, ["تابعونا على Instagram"], head="") == BODY


def test_links_to_someone_elses_app_profile_or_post_stay():
    cases = [
        ('<p>Aplikaciju ministarstva možete preuzeti <a href="https://play.google.com/store/apps/details?id=gov.ministry.app">ovdje</a>.</p>',
         "Aplikaciju ministarstva možete preuzeti ovdje."),
        ('<p>Policija je objavu podijelila <a href="https://www.facebook.com/DnevnikBiH/posts/123456">na Facebooku</a>.</p>',
         "Policija je objavu podijelila na Facebooku."),
        ('<p>Izvor: <a href="https://www.facebook.com/policija.ks">Facebook</a></p>', "Izvor: Facebook"),
        ('<p>Media contact: Jane Roe, <a href="https://twitter.com/acmecorp">@acmecorp</a></p>', "Media contact: Jane Roe, @acmecorp"),
        ('<p>Pratite autoricu na <a href="https://twitter.com/ana_anic">X</a></p>', "Pratite autoricu na X"),
        ('<p>Pratite nas na <a href="https://facebook.com/DnevnikBiH">Facebooku</a> i <a href="/kontakt">pišite nam</a></p>',
         "Pratite nas na Facebooku i pišite nam"),
    ]
    for block, line in cases:
        assert clean(block, [line]) == [BODY[0], line, BODY[1]], line


def test_a_share_dialog_or_an_embedded_post_of_the_site_is_no_profile():
    cases = [
        ('<p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Podijeli</a></p>', "Podijeli"),
        ('<blockquote class="twitter-tweet"><p>Vijeće je usvojilo budžet.</p>&mdash; Dnevnik (@DnevnikBiH) '
         '<a href="https://twitter.com/DnevnikBiH/status/1790000000000000000">May 6, 2024</a></blockquote>',
         "Vijeće je usvojilo budžet."),
    ]
    for block, line in cases:
        assert clean(block, [line]) == [BODY[0], line, BODY[1]], line


def test_a_statement_linking_the_sites_profile_between_the_storys_paragraphs_stays():
    line = "Naša Facebook stranica u ponedjeljak je prešla milion pratilaca."
    block = f'<p><a href="https://www.facebook.com/DnevnikBiH">{line}</a></p>'
    assert clean(block, [line]) == [BODY[0], line, BODY[1]]
    # A call with no stop there goes, and so does the statement's shape at the story's edge.
    call = "Pratite nas na Facebooku"
    assert clean(f'<p><a href="https://www.facebook.com/DnevnikBiH">{call}</a></p>', [call]) == BODY


def test_a_long_line_or_several_sentences_linking_the_site_stay():
    line = ("Naša redakcija objavila je istraživanje. Pratite nas na Facebooku.")
    block = f'<p>{line[:40]}<a href="https://www.facebook.com/DnevnikBiH">{line[40:]}</a></p>'
    assert clean(block, [line]) == [BODY[0], line, BODY[1]]


def test_a_one_line_prompt_its_class_names_goes_paywall_follow_app():
    cases = [
        ('<div class="paywall-prompt"><p>Барои хондани идомаи мақола обуна шавед</p><a class="btn" href="/subscribe">→</a></div>',
         "Барои хондани идомаи мақола обуна шавед"),
        ('<p class="follow-us">Sledujte nás na Facebooku a Instagrame</p>', "Sledujte nás na Facebooku a Instagrame"),
        ('<div class="social-follow"><p>Bizi izləyin</p></div>', "Bizi izləyin"),
        ('<p class="app-promo">Mobil tətbiqimizi yükləyin</p>', "Mobil tətbiqimizi yükləyin"),
        ('<div class="download-app"><p>この記事は有料会員限定です</p></div>', "この記事は有料会員限定です"),
    ]
    for block, line in cases:
        assert clean(block, [line], head="") == BODY, line


def test_a_paywalls_locked_paragraphs_and_other_app_or_follow_classes_stay():
    cases = [
        # the locked part of the story: paragraphs that end like sentences, or more than one line
        ('<div class="paywall"><p>Vijeće će o žalbi odlučiti u junu.</p></div>', ["Vijeće će o žalbi odlučiti u junu."]),
        ('<div class="paywall"><h2>Šta slijedi</h2><p>Vijeće će o žalbi odlučiti u junu.</p></div>',
         ["Šta slijedi", "Vijeće će o žalbi odlučiti u junu."]),
        # "follow" without "us"/"social" (a story's follow-up), "app" without promotion (a framework's component)
        ('<p class="follow-up">Sud je ročište zakazao za 3. juni</p>', ["Sud je ročište zakazao za 3. juni"]),
        ('<figure><img src="/a.jpg"><figcaption class="App_caption__x7d">Vijećnica u Sarajevu</figcaption></figure>',
         ["Vijećnica u Sarajevu"]),
        # Thai marks no sentence end: a short line there may be the story's
        ('<div class="paywall"><p>สภาเมืองจะตัดสินอุทธรณ์ในเดือนมิถุนายน</p></div>', ["สภาเมืองจะตัดสินอุทธรณ์ในเดือนมิถุนายน"]),
    ]
    for block, lines in cases:
        assert clean(block, lines, head="") == [BODY[0], *lines, BODY[1]], lines


def test_a_box_marked_otherwise_inside_a_prompt_of_many_lines_still_goes():
    block = ('<div class="follow-us"><p>Pratite nas</p><div class="newsletter"><p>Prijavite se na newsletter</p>'
             '<a href="/newsletter">Prijava</a></div></div>')
    assert clean(block, ["Pratite nas", "Prijavite se na newsletter"], head="") == [BODY[0], "Pratite nas", BODY[1]]


def test_a_statement_linking_the_sites_channel_under_a_subheading_or_before_a_list_stays():
    # "How to watch" sections: the story's statement stands between its subheadings, or before its list.
    line = "Debata počinje u devet, a uživo je prenosi naš kanal na Facebooku."
    block = '<p>Debata počinje u devet, a uživo je prenosi naš kanal na <a href="https://www.facebook.com/DnevnikBiH">Facebooku</a>.</p>'
    assert clean(f"<h2>Kako gledati</h2>{block}<h2>Ko učestvuje</h2>", ["Kako gledati", line, "Ko učestvuje"]) == [
        BODY[0], "Kako gledati", line, "Ko učestvuje", BODY[1]]
    item = "- Vijećnici glasaju poimenično."
    assert clean(f"{block}<ul><li>Vijećnici glasaju poimenično.</li></ul>", [line, item]) == [BODY[0], line, item, BODY[1]]
    # Thai marks no sentence end: a line between the story's cannot be told from a call, and stays.
    thai = "การดีเบตจะถ่ายทอดสดทางเฟซบุ๊กของเรา"
    thai_block = '<p>การดีเบตจะถ่ายทอดสดทาง<a href="https://www.facebook.com/DnevnikBiH">เฟซบุ๊กของเรา</a></p>'
    assert clean(thai_block, [thai]) == [BODY[0], thai, BODY[1]]
    # At the story's edge, with a list of the site's networks after it, the call still goes.
    call = "Pratite nas na društvenim mrežama."
    tail = f'<p><a href="https://www.facebook.com/DnevnikBiH">{call}</a></p><ul><li><a href="https://t.me/dnevnik_bih">Telegram</a></li></ul>'
    assert clean("", [], after=tail, tail=[call, "- Telegram"]) == BODY


def test_an_embedded_post_of_the_site_naming_its_own_handle_stays():
    line = "Uživo sa sjednice vijeća @DnevnikBiH"
    credit = "— Dnevnik (@DnevnikBiH) May 6, 2024"
    block = ('<blockquote class="twitter-tweet"><p>Uživo sa sjednice vijeća <a href="https://twitter.com/DnevnikBiH?ref_src=twsrc%5Etfw">'
             '@DnevnikBiH</a></p>&mdash; Dnevnik (@DnevnikBiH) <a href="https://twitter.com/DnevnikBiH/status/1790000000000000000">'
             'May 6, 2024</a></blockquote>')
    head = DECLARED + '<meta name="twitter:site" content="@DnevnikBiH">'
    assert clean(block, [line, credit], head=head) == [BODY[0], line, credit, BODY[1]]


def test_a_paywalls_blocks_each_wrapped_alike_keep_their_one_line_subheading():
    block = ('<div class="paywall"><h2>Šta slijedi</h2></div><div class="paywall"><p>Vijeće će o žalbi odlučiti u junu.</p></div>'
             '<div class="paywall"><p>Pročitajte odluku:</p></div>')
    lines = ["Šta slijedi", "Vijeće će o žalbi odlučiti u junu.", "Pročitajte odluku:"]
    assert clean(block, lines, head="") == [BODY[0], *lines, BODY[1]]
