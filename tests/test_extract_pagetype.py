"""Not-an-article decisions: articles that declare nothing are kept, listings are dropped, in any script."""
from __future__ import annotations

import json

import pytest

from newsspider.extract.article import extract_article
from newsspider.extract.pagetype import prose

POLISH = [
    "Rada Miasta Krakowa przyjęła w środę uchwałę o strefie czystego transportu, która obejmie całe miasto od lipca.",
    "Do strefy nie będą mogły wjeżdżać najstarsze samochody z silnikami Diesla, które nie spełniają norm Euro 4.",
    "Mieszkańcy, których nie stać na wymianę auta, mogą ubiegać się o dopłaty z miejskiego programu wsparcia.",
    "Przeciwnicy uchwały zapowiedzieli zebranie podpisów pod wnioskiem o referendum w tej sprawie przed końcem roku.",
    "Urzędnicy szacują, że nowe przepisy zmniejszą emisję tlenków azotu w centrum miasta o jedną trzecią.",
    "Podobne strefy działają już w wielu miastach zachodniej Europy, między innymi w Berlinie i w Paryżu.",
]
TEASERS_PL = "".join(f"<li><h3><a href='/wiadomosci/inne-{n}.html'>Inna wiadomość numer {n} z regionu</a></h3></li>"
                     for n in range(5))


def page(body: str, head: str = "", lang: str = "pl") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Strona</title>"
            f"<meta property='og:type' content='website'>{head}</head><body>{body}</body></html>")


def polish_article(head: str = "", teasers_inside: bool = False) -> str:
    story = "<h1>Kraków wprowadza strefę czystego transportu</h1>" + "".join(f"<p>{p}</p>" for p in POLISH)
    related = f"<section><h2>Czytaj także</h2><ul>{TEASERS_PL}</ul></section>"
    if teasers_inside:
        return page(f"<article>{story}{related}</article>", head)
    return page(f"<aside>{related}</aside><main>{story}</main><aside><h2>Najnowsze</h2><ul>{TEASERS_PL}</ul></aside>",
                head)


def tag_page(entries: int = 8, lang: str = "en") -> str:
    items = "".join(
        f"<article class='teaser'><h2><a href='/news/{n}.html'>Tram line {n} gets new carriages this year</a></h2>"
        f"<time datetime='2024-05-0{n % 9 + 1}T09:00:00+02:00'>May {n % 9 + 1}</time>"
        f"<p>The city transport company said on Monday that line {n} will run modern low-floor carriages from the "
        f"autumn, with air conditioning and more room for prams.</p></article>" for n in range(entries))
    return page(f"<main><h1>Tag: tram</h1>{items}</main>", lang=lang)


def test_long_polish_article_with_og_website_and_linked_headings_is_emitted():
    result = extract_article(polish_article(), "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article is not None, result.reason
    assert result.article.page_type == "undeclared"
    assert all(paragraph in result.article.text for paragraph in POLISH)


STORIES = {
    "ru": ["Городская дума в среду утвердила план реконструкции трамвайной сети на ближайшие пять лет.",
           "Программа предусматривает замену путей на двенадцати улицах и закупку сорока новых вагонов.",
           "По словам мэра, работы начнутся весной и будут вестись поэтапно, чтобы не парализовать движение.",
           "Жители окраин давно жаловались на редкие рейсы и переполненные вагоны в часы пик.",
           "Оппозиционные депутаты потребовали опубликовать смету проекта до начала торгов."],
    "zh": ["市政府周三批准了未来五年的有轨电车网络改造计划，总投资约四十亿元。",
           "该计划包括更换十二条街道的轨道，并采购四十辆新型低地板电车。",
           "市长表示，工程将于明年春季分阶段启动，以尽量减少对交通的影响。",
           "郊区居民长期抱怨班次稀少，高峰时段车厢拥挤不堪。",
           "部分人大代表要求在招标前公开项目预算明细。"],
    "el": ["Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη το σχέδιο ανακαίνισης του δικτύου του τραμ.",
           "Το πρόγραμμα προβλέπει την αντικατάσταση των γραμμών σε δώδεκα δρόμους και σαράντα νέα οχήματα.",
           "Σύμφωνα με τον δήμαρχο, οι εργασίες θα ξεκινήσουν την άνοιξη και θα γίνουν σε φάσεις.",
           "Οι κάτοικοι των προαστίων παραπονιούνται εδώ και χρόνια για τα αραιά δρομολόγια.",
           "Η αντιπολίτευση ζήτησε να δημοσιοποιηθεί ο προϋπολογισμός πριν από τον διαγωνισμό."],
    # Thai ends no sentence with a mark: not one of its paragraphs reads as running text.
    "th": ["สภาเมืองอนุมัติแผนปรับปรุงเครือข่ายรถรางเมื่อวันพุธ หลังจากการอภิปรายที่ยาวนานหลายชั่วโมง",
           "แผนดังกล่าวครอบคลุมการเปลี่ยนรางบนถนนสิบสองสายและการจัดซื้อรถใหม่อีกสี่สิบคัน",
           "นายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิและดำเนินการเป็นระยะเพื่อลดผลกระทบต่อการจราจร",
           "ผู้อยู่อาศัยในเขตชานเมืองร้องเรียนมานานหลายปีว่ารถรางมาไม่บ่อยและแออัดในชั่วโมงเร่งด่วน",
           "ฝ่ายค้านเรียกร้องให้เปิดเผยงบประมาณของโครงการก่อนการประมูล"],
    "hi": ["नगर परिषद ने बुधवार को कई घंटे की बहस के बाद ट्राम नेटवर्क के नवीनीकरण की योजना को मंज़ूरी दी।",
           "योजना में बारह सड़कों पर पटरियाँ बदलने और चालीस नए डिब्बे खरीदने का प्रावधान है।",
           "महापौर ने कहा कि काम वसंत में शुरू होगा और यातायात पर असर कम करने के लिए चरणों में होगा।",
           "उपनगरों के निवासी बरसों से कम फेरों और भीड़ भरे डिब्बों की शिकायत करते रहे हैं।",
           "विपक्ष ने निविदा से पहले परियोजना का बजट सार्वजनिक करने की मांग की।"],
    "he": ["מועצת העיר אישרה ביום רביעי את תוכנית השיפוץ של רשת הרכבת הקלה, לאחר דיון ארוך.",
           "התוכנית כוללת החלפת מסילות בשנים עשר רחובות ורכישה של ארבעים קרונות חדשים.",
           "לדברי ראש העירייה, העבודות יתחילו באביב ויתבצעו בשלבים כדי לצמצם את הפגיעה בתנועה.",
           "תושבי הפרברים מתלוננים כבר שנים על תדירות נמוכה ועל צפיפות בשעות העומס.",
           "האופוזיציה דרשה לפרסם את תקציב הפרויקט לפני המכרז."],
}


HEADLINES = {"ru": "Другие новости города, выпуск", "zh": "本市其他新闻第", "el": "Άλλες ειδήσεις της πόλης, μέρος",
             "th": "ข่าวอื่นของเมือง ตอนที่", "hi": "शहर की अन्य खबरें, भाग", "he": "חדשות נוספות מהעיר, חלק"}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_undeclared_articles_in_other_scripts_are_emitted_among_linked_headings(language):
    paragraphs = STORIES[language]
    teasers = "".join(f"<li><h3><a href='/news/other-{n}.html'>{HEADLINES[language]} {n + 1}</a></h3></li>"
                      for n in range(4))
    body = (f"<aside><ul>{teasers}</ul></aside><main><h1>{paragraphs[0][:25]}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + f"</main><aside><ul>{teasers}</ul></aside>")
    result = extract_article(page(body, lang=language), f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert result.article.language == language


@pytest.mark.parametrize("language", sorted(STORIES))
def test_many_linked_headings_with_blurbs_beside_and_inside_an_undeclared_article_leave_it_an_article(language):
    paragraphs = STORIES[language]
    teasers = "".join(f"<div><h3><a href='/news/other-{n}.html'>{HEADLINES[language]} {n + 1}</a></h3>"
                      f"<p>{paragraphs[n % len(paragraphs)][::-1]}</p></div>" for n in range(24))
    story = f"<h1>{paragraphs[0][:25]}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs[:3])
    for body in (f"<main><div class='post'>{story}<div class='related'>{teasers}</div></div></main>",
                 f"<aside>{teasers}</aside><main>{story}</main><aside>{teasers}</aside>"):
        result = extract_article(page(body, lang=language), f"https://news.example/{language}/story.html")
        assert result.article is not None, result.reason
        assert all(p in result.article.text for p in paragraphs[:3])
        # The blurbs of the other stories are no text of this one, inside its container or not.
        assert not any(p[::-1] in result.article.text for p in paragraphs), result.article.text


def test_a_tag_page_made_of_teasers_with_blurbs_stays_whole_for_the_page_type():
    # Its teasers are a box of linked headlines with blurbs; without them no story is left.
    result = extract_article(tag_page(entries=8), "https://x.org/tag/tram/")
    assert result.reason == "index_page"


def test_teasers_kept_in_the_text_do_not_turn_an_article_into_a_listing():
    result = extract_article(polish_article(teasers_inside=True), "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article is not None, result.reason


def test_a_page_with_its_own_date_and_a_body_is_a_dated_article():
    result = extract_article(polish_article(head="<meta name='date' content='2024-05-02T10:00:00+02:00'>"),
                             "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article.page_type == "dated"


def test_what_a_page_declares_comes_first():
    for head in ("<meta property='og:type' content='article'>",
                 "<script type='application/ld+json'>" + json.dumps(
                     {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "x"}}) + "</script>"):
        result = extract_article(tag_page().replace("<meta property='og:type' content='website'>", head),
                                 "https://x.org/tag/tram/")
        assert result.article is not None and result.article.page_type == "declared"


def test_a_tag_page_is_not_an_article():
    assert extract_article(tag_page(), "https://x.org/tag/tram/").reason == "index_page"


def test_a_tag_page_in_another_script_is_not_an_article_either():
    html = tag_page().replace("Tram line", "有轨电车线路").replace(
        "The city transport company said on Monday that line", "市公交公司周一表示，线路").replace(
        "will run modern low-floor carriages from the autumn, with air conditioning and more room for prams.",
        "将从秋季开始运行配有空调的现代低地板车厢，为婴儿车留出更多空间。")
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_declared_collection_without_a_body_is_not_an_article():
    head = "<script type='application/ld+json'>" + json.dumps({"@type": "CollectionPage", "name": "Tram"}) + "</script>"
    html = tag_page(entries=2).replace("<meta property='og:type' content='website'>", head)
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"



def home_page(story: str = "") -> str:
    """A portal's home page declaring a collection (JSON-LD ``ItemList`` whose page is a
    ``CollectionPage``): teaser cards whose headlines are links holding a ``<div>`` (no heading),
    each with a blurb of two sentences, and a row of linked ``<h3>`` headlines."""
    ld = {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "url": f"/story/{n}/", "position": n}
                                                     for n in range(3)],
          "mainEntityOfPage": {"@type": "CollectionPage", "@id": "https://portal.example"}}
    cards = "".join(
        f"<div class='card'><a href='/story/card-{n}/'><div class='hed'>Card headline number {n}</div></a>"
        f"<div class='dek'>{POLISH[n]} {POLISH[n + 1]}</div><p class='byline'>Jan Kowalski</p></div>"
        for n in range(2))
    row = "".join(f"<div><h3><a href='/story/row-{n}/'>Row headline number {n} of the day</a></h3></div>"
                  for n in range(6))
    return page(f"<main>{cards}{story}{row}</main>",
                "<script type='application/ld+json'>" + json.dumps(ld) + "</script>")


def test_a_declared_collection_whose_text_is_teaser_blurbs_is_not_an_article(monkeypatch):
    """Two blurbs in a row read as a body of two paragraphs; a page declaring a collection needs a long body."""
    import newsspider.extract.article as article

    html = home_page()
    # trafilatura keeps the cards' blurbs without their headlines (as on Wired's home page)
    blurbs = "\n".join(f"{POLISH[n]} {POLISH[n + 1]}" for n in range(2))
    monkeypatch.setattr(article, "trafilatura_text", lambda tree, url, *, precision, fast: blurbs)
    assert extract_article(html, "https://portal.example/").reason == "index_page"
    undeclared = html.replace("CollectionPage", "WebPage")  # a page saying nothing of itself: when in doubt, emit
    assert extract_article(undeclared, "https://portal.example/").article is not None


def test_a_declared_collection_holding_a_long_story_is_an_article():
    story = "<article><h1>Kraków wprowadza strefę</h1>" + "".join(f"<p>{p}</p>" for p in POLISH * 2) + "</article>"
    result = extract_article(home_page(story), "https://portal.example/krakow/strefa/")
    assert result.article is not None, result.reason
    assert POLISH[5] in result.article.text


def test_a_short_story_followed_by_longer_teasers_is_still_an_article(monkeypatch):
    import newsspider.extract.article as article

    blurbs = [f"{POLISH[2 + n]} {POLISH[2 + (n + 1) % 4]}" for n in range(4)]  # not the story's paragraphs
    related = "".join(f"<div class='related'><h3><a href='/wiadomosci/inne-{n}.html'>Inna wiadomość numer {n}</a>"
                      f"</h3><p>{blurb}</p></div>" for n, blurb in enumerate(blurbs))
    html = page("<main><h1>Kraków: strefa czystego transportu</h1>" + "".join(f"<p>{p}</p>" for p in POLISH[:2])
                + related + "</main>")
    # trafilatura keeps the teasers under the story: they outweigh it, and the story is still a body
    text = "\n".join([*POLISH[:2], *(f"Inna wiadomość numer {n}\n{blurb}" for n, blurb in enumerate(blurbs))])
    monkeypatch.setattr(article, "trafilatura_text", lambda tree, url, *, precision, fast: text)
    result = extract_article(html, "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article is not None and result.article.page_type == "undeclared", result.reason


# Scripts with full stops of their own: Amharic ።, Armenian ։, Burmese ။, Khmer ។.
OWN_STOPS = {
    "am": ["የከተማው ምክር ቤት ረቡዕ ዕለት ለሚቀጥሉት አምስት ዓመታት የትራም መስመር እድሳት ዕቅድ አጸደቀ።",
           "ዕቅዱ በአስራ ሁለት መንገዶች ላይ የባቡር ሐዲዶችን መቀየር እና አርባ አዳዲስ ተሽከርካሪዎችን መግዛትን ያካትታል።",
           "ከንቲባው እንዳሉት ሥራው በፀደይ ወቅት ይጀምራል፤ ትራፊክን ላለማስተጓጎልም በደረጃ ይከናወናል።",
           "የከተማ ዳርቻ ነዋሪዎች ለረጅም ጊዜ ስለ ጥቂት ጉዞዎች እና ስለተጨናነቁ ተሽከርካሪዎች ሲያማርሩ ቆይተዋል።",
           "የተቃዋሚ ፓርቲ አባላት ጨረታው ከመጀመሩ በፊት የፕሮጀክቱ በጀት ይፋ እንዲደረግ ጠይቀዋል።"],
    "hy": ["Քաղաքային խորհուրդը չորեքշաբթի օրը հաստատեց տրամվայային ցանցի վերակառուցման ծրագիրը։",
           "Ծրագիրը նախատեսում է գծերի փոխարինում տասներկու փողոցներում և քառասուն նոր վագոնների գնում։",
           "Քաղաքապետի խոսքով՝ աշխատանքները կսկսվեն գարնանը և կիրականացվեն փուլերով։",
           "Ծայրամասերի բնակիչները վաղուց բողոքում էին հազվադեպ չվերթներից և գերբեռնված վագոններից։",
           "Ընդդիմադիր պատգամավորները պահանջեցին հրապարակել նախագծի նախահաշիվը մինչև մրցույթի մեկնարկը։"],
    "my": ["မြို့တော်ကောင်စီက ဗုဒ္ဓဟူးနေ့တွင် နောက်ငါးနှစ်အတွက် ဓာတ်ရထားကွန်ရက် ပြုပြင်ရေး အစီအစဉ်ကို အတည်ပြုခဲ့သည်။",
           "အစီအစဉ်တွင် လမ်းဆယ့်နှစ်လမ်း၌ သံလမ်းများ အစားထိုးခြင်းနှင့် ရထားတွဲအသစ် လေးဆယ် ဝယ်ယူခြင်း ပါဝင်သည်။",
           "မြို့တော်ဝန်၏ပြောကြားချက်အရ လုပ်ငန်းများကို နွေဦးတွင် စတင်ပြီး အဆင့်လိုက် ဆောင်ရွက်မည်ဖြစ်သည်။",
           "ဆင်ခြေဖုံးနေထိုင်သူများသည် ခရီးစဉ်နည်းပါးမှုနှင့် လူကျပ်သော ရထားတွဲများအကြောင်း တိုင်ကြားခဲ့ကြသည်။",
           "အတိုက်အခံ ကိုယ်စားလှယ်များက တင်ဒါမခေါ်မီ စီမံကိန်းဘတ်ဂျက်ကို ထုတ်ပြန်ရန် တောင်းဆိုခဲ့ကြသည်။"],
    "km": ["ក្រុមប្រឹក្សាក្រុងបានអនុម័តនៅថ្ងៃពុធនូវផែនការជួសជុលបណ្តាញរថភ្លើងក្នុងក្រុងសម្រាប់រយៈពេលប្រាំឆ្នាំខាងមុខ។",
           "ផែនការនេះរួមមានការផ្លាស់ប្តូរផ្លូវដែកនៅលើផ្លូវដប់ពីរ និងការទិញរថយន្តថ្មីចំនួនសែសិបគ្រឿង។",
           "យោងតាមអភិបាលក្រុង ការងារនឹងចាប់ផ្តើមនៅរដូវផ្ការីក ហើយនឹងធ្វើជាដំណាក់កាល។",
           "អ្នករស់នៅជាយក្រុងបានត្អូញត្អែរជាយូរមកហើយអំពីការធ្វើដំណើរតិចតួច និងរថយន្តដែលចង្អៀត។",
           "តំណាងរាស្ត្របក្សប្រឆាំងបានទាមទារឱ្យផ្សព្វផ្សាយថវិកាគម្រោងមុនពេលដេញថ្លៃ។"],
}


@pytest.mark.parametrize("language", sorted(OWN_STOPS))
def test_a_story_in_a_script_with_its_own_full_stop_is_a_body_among_longer_teasers(monkeypatch, language):
    _story_among_longer_teasers(monkeypatch, language, OWN_STOPS[language])


def test_an_armenian_story_typing_its_full_stop_as_a_colon_is_a_body_among_longer_teasers(monkeypatch):
    # Many Armenian pages type ։ as the colon it looks like.
    _story_among_longer_teasers(monkeypatch, "hy", [p.replace("։", ":") for p in OWN_STOPS["hy"]])


def _story_among_longer_teasers(monkeypatch, language: str, story: list[str]) -> None:
    import newsspider.extract.article as article

    blurbs = [f"{story[2 + n % 3]} {story[2 + (n + 1) % 3]}" for n in range(4)]  # not the story's paragraphs
    # Teasers whose markup names nothing (a box named "related" goes from the text as chrome).
    related = "".join(f"<div class='teaser'><h3><a href='/news/other-{n}.html'>{story[n % 3][:20]} {n}</a>"
                      f"</h3><p>{blurb}</p></div>" for n, blurb in enumerate(blurbs))
    html = page(f"<main><h1>{story[0][:30]}</h1>" + "".join(f"<p>{p}</p>" for p in story[:2]) + related + "</main>",
                lang=language)
    # trafilatura keeps the teasers under the story: they outweigh it, and the story is still a body
    text = "\n".join([*story[:2], *(f"{story[n % 3][:20]} {n}\n{blurb}" for n, blurb in enumerate(blurbs))])
    monkeypatch.setattr(article, "trafilatura_text", lambda tree, url, *, precision, fast: text)
    result = extract_article(html, f"https://news.example/{language}/story.html")
    assert result.article is not None and result.article.page_type == "undeclared", result.reason


def test_a_tag_page_whose_blurbs_end_in_their_own_full_stop_is_not_an_article():
    html = tag_page(lang="am").replace("Tram line", "የትራም መስመር").replace(
        "The city transport company said on Monday that line", "የከተማው የትራንስፖርት ድርጅት ሰኞ ዕለት እንዳስታወቀው መስመር").replace(
        "will run modern low-floor carriages from the autumn, with air conditioning and more room for prams.",
        "ከበልግ ጀምሮ ዘመናዊ ተሽከርካሪዎችን ያሰማራል፤ ተሽከርካሪዎቹ አየር ማቀዝቀዣ እና ለሕፃናት ጋሪ ሰፊ ቦታ አላቸው።")
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_listing_whose_teasers_are_links_around_their_headings_is_not_an_article():
    html = tag_page()
    html = html.replace("<h2><a href='/news/", "<a href='/news/").replace("</a></h2>", "")
    html = html.replace(".html'>Tram line", ".html'><h2>Tram line").replace("this year<time", "this year</h2><time")
    html = html.replace("prams.</p></article>", "prams.</p></a></article>")
    assert "<a href='/news/0.html'><h2>" in html
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_declared_article_with_only_its_lead_is_emitted_and_an_undeclared_page_is_not():
    lead = "<h1>Wohnungsnot</h1><p>" + POLISH[0] + " " + POLISH[1][:40] + ".</p>"
    assert extract_article(page(lead, head="<meta property='og:type' content='article'>").replace(
        "<meta property='og:type' content='website'>", ""), "https://x.org/a").article is not None
    assert extract_article(page(lead), "https://x.org/a").reason == "too_little_text"


SHORT_NOTICES = {
    "en": ("Library closed on Monday", ["The city library stays closed on Monday for repairs to its roof.",
                                        "Books due that day can be returned on Tuesday without a fee."]),
    "de": ("Bibliothek am Montag geschlossen", ["Die Stadtbibliothek bleibt am Montag wegen Reparaturen zu.",
                                                "Am Dienstag ist sie wieder zu den üblichen Zeiten geöffnet."]),
    "zh": ("图书馆周一闭馆", ["市图书馆下周一因屋顶维修工程全天闭馆，其他分馆照常开放。",
                                   "当天到期的图书可在周二归还，不收取任何逾期费用。"]),
    "ar": ("إغلاق المكتبة يوم الاثنين", ["تغلق مكتبة المدينة أبوابها يوم الاثنين المقبل لإجراء أعمال الصيانة.",
                                       "يمكن إعادة الكتب المستحقة في ذلك اليوم يوم الثلاثاء."]),
}


def short_page(headline: str, paragraphs: list[str], lang: str, dated: str = "", today: str = "") -> str:
    """A page of a site's nav and, in its main, a headline over ``paragraphs``: ``dated`` printed under
    the headline, ``today`` in the header (a site's date of the day)."""
    nav = "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(6))
    body = (f"<header>{today}<nav><ul>{nav}</ul></nav></header><main><h1>{headline}</h1>{dated}"
            + "".join(f"<p>{text}</p>" for text in paragraphs) + "</main>")
    return page(body, f"<meta property='og:title' content='{headline}'>", lang=lang)


@pytest.mark.parametrize("lang", sorted(SHORT_NOTICES))
def test_a_short_notice_of_two_sentences_under_its_headline_is_emitted(lang):
    """A dated page's whole text, two paragraphs that end like sentences directly under its ``<h1>``,
    is its own however short (as a declared article's lead is): plain trafilatura keeps it."""
    headline, paragraphs = SHORT_NOTICES[lang]
    html = short_page(headline, paragraphs, lang, dated="<time datetime='2024-05-28T10:00:00Z'>28.05.2024</time>")
    result = extract_article(html, "https://city.example/notices/library-closed")
    assert result.article is not None, result.reason
    assert all(text in result.article.text for text in paragraphs)


UNDATED_SHORT_PAGES = {
    "en": ("Page not found", ["The page you are looking for does not exist or has been moved to another address.",
                              "Please check the link or return to our home page to continue reading."]),
    "ru": ("Эта статья больше недоступна", ["Запрошенная вами статья была удалена с нашего сайта или устарела.",
                                            "Похожие материалы вы можете найти в нашем архиве или на главной странице."]),
    "hi": ("प्रिया शर्मा", ["प्रिया शर्मा राजनीति विभाग की वरिष्ठ संवाददाता हैं और चुनावों को कवर करती हैं।",
                           "वह 2015 में एक क्षेत्रीय अखबार में दस साल काम करने के बाद हमारे साथ जुड़ीं।"]),
    "zh": ("订阅后继续阅读", ["本文仅向本报付费订阅用户和会员俱乐部成员开放阅读全文。",
                             "立即订阅即可在任何设备上无限制阅读我们的全部新闻和深度报道。"]),
}


@pytest.mark.parametrize("lang", sorted(UNDATED_SHORT_PAGES))
def test_a_headline_over_two_sentences_that_dates_nothing_is_no_short_article(lang):
    """A soft error page, a removed story's notice, an author's bio, a subscription wall: a headline over
    two sentences, dated nowhere (the header's date of the day is not the page's), is no story's page."""
    headline, paragraphs = UNDATED_SHORT_PAGES[lang]
    html = short_page(headline, paragraphs, lang, today="<span>Tuesday, 28 May 2024</span>")
    assert extract_article(html, "https://city.example/x/some-old-page").article is None


def test_a_short_text_is_no_article_with_one_paragraph_a_listing_under_it_or_no_headline():
    """The short text's rule needs a headline over two running paragraphs of the text, and a text
    that was short as read: a listing's description over its link lines (trafilatura leaves them out),
    one paragraph, sentences under no ``<h1>`` stay out."""
    headline, paragraphs = SHORT_NOTICES["en"]
    own = "".join(f"<p>{text}</p>" for text in paragraphs)
    links = "".join(f"<p><a href='/story/{n}'>Another story's headline number {n} here</a></p>" for n in range(8))
    for body in (f"<h1>{headline}</h1>{own}{links}",
                 f"<h1>{headline}</h1><p>{paragraphs[0]}</p>", f"<div>{own}</div>"):
        assert extract_article(page(body, lang="en"), "https://city.example/notices/").article is None, body


# Shapes of the htmldate-dev tuning pages that are article URLs yet hold no article text:
# emitting them would emit chrome. "When in doubt, emit" must not reach them.
HEADLINES_DE = [
    "Nach Corona-Fällen bei EM: THW Kiel wohl nicht mit stärkster Mannschaft beim Pokalviertelfinale",
    "Eintracht Hildesheim gibt Trainerwechsel zur neuen Saison bekannt",
    "Hamburger Handball-Verband nimmt Spielbetrieb nach verlängerter Corona-Weihnachtspause wieder auf",
    "Northeimer HC trennt sich von kroatischem Kreisläufer",
    "Frisch Auf Göppingen testet mit EM-Rückkehrern gegen Balingen",
    "Kurzmeldungen und bunte Nachrichten: Splitter aus der 1. und 2. Bundesliga im Februar",
    "SC DHfK Leipzig: Ankunft von Mohamed El-Tayar und Start des Kurztrainingslagers",
    "Wurfgeschwindigkeit in km/h: Die härtesten Würfe bei der Handball-EM 2022",
]


def test_story_loaded_by_script_leaves_a_headline_sidebar_that_is_not_emitted():
    """handball-world: the body is fetched into an empty ``#news_content`` by script; what the page
    holds is a dated headline over nothing and a sidebar of time-stamped headlines."""
    sidebar = "".join(f"<div><p><small>{9 + n}:{10 + n} Uhr</small></p><p><a href='news-{n}.html'>{headline}</a></p>"
                      f"</div>" for n, headline in enumerate(HEADLINES_DE))
    body = (f"<div><p>02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red</p>"
            f"<h1>HSV Hamburg verpflichtet niederländischen Nationalspieler</h1><div id='news_content'></div></div>"
            f"<div><ul><li><a href='#schlagzeilen'>Schlagzeilen</a></li></ul>{sidebar}</div>")
    result = extract_article(page(body, lang="de"), "https://www.handball-world.example/news-1-1-1-139353.html")
    assert result.article is None  # the headlines are another page's: chrome, or a link list
    assert result.reason in ("index_page", "too_little_text")


def test_forum_thread_whose_only_post_is_an_image_is_not_emitted():
    """hypixel: a dated thread whose post is a screenshot; its text is the poster's card only."""
    head = "<meta property='article:modified_time' content='2020-03-18T12:22:42-04:00'>"
    body = ("<h1>What? Where'd it go?</h1><article class='message'><div class='message-user'>Biggie-Cheese "
            "Well-Known Member Joined May 11, 2017 Messages 3,066 Reactions 4,516</div>"
            "<article class='message-body'><img src='/attachments/2020-03-18.png' alt='2020-03-18.png'></article>"
            "</article><p>You must log in or register to reply here.</p>")
    result = extract_article(page(body, head, lang="en"), "https://forum.example/threads/what-whered-it-go.2675645/")
    assert result.article is None
    assert result.reason == "too_little_text"


def test_a_link_list_is_judged_on_all_its_lines_before_the_trees_chrome_comes_out():
    """handball-world again, as served: kickers above and times below the sidebar's linked
    headlines. The tree takes the headlines and the kickers above them as chrome; the times left
    are too few for a link list, but the text trafilatura read was one."""
    above = "".join(f"<div><p>{20 + n}.01.2022 · Männer · HBL1</p><p><a href='news-a{n}.html'>{headline}</a></p></div>"
                    for n, headline in enumerate(HEADLINES_DE))
    below = "".join(f"<div><p><a href='news-b{n}.html'>{headline} (2)</a></p><p>{10 + n}:16 Uhr · Männer · HBL1 · "
                    f"Bundesliga der Männer, Saison 2021/22</p></div>" for n, headline in enumerate(HEADLINES_DE[:5]))
    body = (f"<div><p>02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine, red</p>"
            f"<h1>HSV Hamburg verpflichtet niederländischen Nationalspieler</h1><div id='news_content'></div></div>"
            f"<div>{above}{below}</div>")
    result = extract_article(page(body, lang="de"), "https://www.handball-world.example/news-1-1-1-139353.html")
    assert result.article is None, result.article.text
    assert result.reason == "index_page"


SHORT_PARAGRAPHS = {
    # Thai and Lao end no sentence with a mark, and their news paragraphs are often a sentence each.
    "th": ["สภาเมืองอนุมัติแผนปรับปรุงรถรางเมื่อวันพุธ", "แผนนี้ครอบคลุมถนนสิบสองสายในเขตเมือง",
           "เมืองจะซื้อรถรางใหม่อีกสี่สิบคันภายในสามปี", "งานก่อสร้างจะเริ่มในฤดูฝนปีหน้าเป็นต้นไป",
           "นายกเทศมนตรีกล่าวว่าจะทำงานเป็นระยะ", "เพื่อลดผลกระทบต่อการจราจรในชั่วโมงเร่งด่วน",
           "ชาวบ้านชานเมืองร้องเรียนเรื่องรถมาไม่บ่อย", "และรถแออัดมากในช่วงเช้าและเย็น",
           "ฝ่ายค้านขอให้เปิดเผยงบประมาณก่อนการประมูล", "สภาจะประชุมเรื่องนี้อีกครั้งในเดือนหน้า"],
    "lo": ["ສະພານະຄອນໄດ້ອະນຸມັດແຜນປັບປຸງລົດເມໃນວັນພຸດ", "ແຜນດັ່ງກ່າວກວມເອົາຖະໜົນສິບສອງສາຍໃນຕົວເມືອງ",
           "ນະຄອນຈະຊື້ລົດເມໃໝ່ອີກສີ່ສິບຄັນພາຍໃນສາມປີ", "ວຽກກໍ່ສ້າງຈະເລີ່ມໃນລະດູຝົນປີໜ້າເປັນຕົ້ນໄປ",
           "ເຈົ້າຄອງນະຄອນກ່າວວ່າຈະເຮັດວຽກເປັນໄລຍະ", "ເພື່ອຫຼຸດຜ່ອນຜົນກະທົບຕໍ່ການຈະລາຈອນ",
           "ປະຊາຊົນຊານເມືອງຈົ່ມວ່າລົດມາບໍ່ເລື້ອຍ", "ແລະລົດແອອັດຫຼາຍໃນຕອນເຊົ້າແລະຕອນແລງ",
           "ສະມາຊິກສະພາຂໍໃຫ້ເປີດເຜີຍງົບປະມານກ່ອນການປະມູນ", "ສະພາຈະປະຊຸມເລື່ອງນີ້ອີກຄັ້ງໃນເດືອນໜ້າ"],
}


@pytest.mark.parametrize("language", sorted(SHORT_PARAGRAPHS))
def test_an_undated_article_of_short_paragraphs_in_a_script_without_full_stops_is_emitted(language):
    # Only its line ends would make it a link list, and this script ends no line with a mark.
    paragraphs = SHORT_PARAGRAPHS[language]
    body = f"<main><h1>{paragraphs[0]}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main>"
    result = extract_article(page(body, lang=language), f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert all(p in result.article.text for p in paragraphs[1:])


@pytest.mark.parametrize("language", sorted(SHORT_PARAGRAPHS))
@pytest.mark.parametrize("link", ["<p><a href='/news/{n}.html'>{text}</a></p>", "<a href='/news/{n}.html'><span>{text}</span></a>"])
def test_an_undated_tag_page_in_a_script_without_full_stops_is_told_by_its_links(language, link):
    # Headlines linking to other pages, each with a blurb: a third of the lines are links, where a
    # story's paragraphs are its own text.
    paragraphs = SHORT_PARAGRAPHS[language]
    items = "".join(f"<div>{link.format(n=n, text=p)}<p>{paragraphs[(n + 3) % 10]} {n}</p></div>"
                    for n, p in enumerate(paragraphs))
    result = extract_article(page(f"<main><h1>#{paragraphs[0][:8]}</h1>{items}</main>", lang=language),
                             f"https://news.example/{language}/tag/tram/")
    assert result.reason == "index_page", result.article and result.article.text


@pytest.mark.parametrize("language", sorted(SHORT_PARAGRAPHS))
def test_an_undated_story_in_a_script_without_full_stops_keeps_its_related_links(language):
    paragraphs = SHORT_PARAGRAPHS[language]
    related = "".join(f"<li><a href='/news/{n}.html'>{p[::-1]}</a></li>" for n, p in enumerate(paragraphs[:8]))
    body = (f"<main><h1>{paragraphs[0]}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + f"<ul class='related'>{related}</ul></main>")
    result = extract_article(page(body, lang=language), f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert all(p in result.article.text for p in paragraphs[1:])


def _grid(language: str, entries: int = 20, headline_end: str = "") -> str:
    """A portal's grid of linked headlines with a long blurb each, other stories' (blurbs reversed)."""
    paragraphs = STORIES[language]
    return "<section class='more'>" + "".join(
        f"<div class='teaser'><h3><a href='/news/other-{n}.html'>{HEADLINES[language]} {n + 1}{headline_end}</a></h3>"
        f"<p>{n} {' '.join(p[::-1] for p in paragraphs[n % 5:] + paragraphs[:n % 5])}</p></div>"
        for n in range(entries)) + "</section>"


def _grid_first(real):
    """trafilatura's choice on a portal's page: its grid of teasers, where the page has one, for the text."""
    def grid_first(tree, url, *, precision, fast):
        text = real(tree, url, precision=precision, fast=fast)
        if tree.xpath("//div[@class='teaser']"):
            return "\n".join(t.text_content() for t in tree.xpath("//div[@class='teaser']/*"))
        return text
    return grid_first


@pytest.mark.parametrize("language", ["ru", "zh", "el"])
def test_an_undeclared_article_whose_text_was_read_from_a_teaser_grid_is_read_again_without_it(monkeypatch, language):
    """The fast pass takes a portal's long grid of teasers for the story (its largest block): the
    text is all teasers. Without the teasers the page still holds its story: an article."""
    import newsspider.extract.article as article

    short = STORIES[language]  # a long story: five paragraphs of two sentences
    paragraphs = [f"{p} {q}" for p, q in zip(short, short[1:] + short[:1], strict=True)]
    story = f"<h1>{paragraphs[0][:25]}</h1><div class='story'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    html = page(f"<main>{story}</main>{_grid(language)}", lang=language)
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    result = extract_article(html, f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert all(p in result.article.text for p in paragraphs), result.article.text
    assert paragraphs[0][::-1] not in result.article.text


def test_a_tag_page_without_its_teasers_is_still_not_an_article():
    for entries in (8, 20):
        assert extract_article(tag_page(entries=entries), "https://x.org/tag/tram/").reason == "index_page"
    # with an intro line and a footer sentence of its own
    html = tag_page(entries=20).replace("<h1>Tag: tram</h1>", "<h1>Tag: tram</h1><p>All our stories about trams.</p>")
    html = html.replace("</main>", "</main><footer><p>© 2024 The City Paper. All rights reserved.</p></footer>")
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_tag_page_whose_teasers_leave_a_consent_notice_is_still_not_an_article():
    # Two paragraphs of running text are left without the teasers: a notice, not a long body.
    notice = ("<div class='consent'><p>We respect your privacy and do not connect to Twitter without your consent. "
              "You can manage your settings here to allow a connection to the social media channels.</p>"
              "<p>We respect your privacy and do not connect to Instagram without your consent. You can manage "
              "your settings here to allow a connection to the social media channels.</p></div>")
    html = tag_page(entries=20).replace("</main>", f"</main>{notice}")
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_teaser_whose_headline_ends_like_a_sentence_is_still_a_teaser():
    # "... gegen Liam Williams!" is the link to another page, not a paragraph of this one.
    from newsspider.extract.elements import PageElements
    from newsspider.extract.pagetype import find_teasers, text_shape
    from newsspider.extract.parse import parse_html

    tree = parse_html(tag_page(entries=8).replace("this year</a>", "this year!</a>"))
    teasers = find_teasers(tree, "https://x.org/tag/tram/", None, PageElements(tree))
    assert len(teasers) == 8 and all(teaser.is_teaser for teaser in teasers)
    shape = text_shape([piece for teaser in teasers for piece in teaser.pieces], teasers)
    assert shape.teasers > 10 * shape.own and not shape.body  # its own: the dates it repeats


BLOG_POST_DE = ("Gestern habe ich meiner Schwester einen langen Brief geschrieben. Sie wohnt seit dem Sommer in Lyon."
                "<br>Wir telefonieren selten, also schreibe ich lieber. Das Papier riecht nach Kaffee."
                "<br>Ob sie antwortet, weiß ich nicht. Vielleicht kommt sie im Winter zu Besuch"
                "<br>Dann backen wir wieder Plätzchen wie früher")


def layout_table_blog_post(paragraph: str = BLOG_POST_DE) -> str:
    """A site builder's blog post: a layout table of menu cells, and the post as one cell of
    sentences joined by <br> (its last one without a full stop), dated nowhere but in its URL."""
    menu = "".join(f"<tr><td><a href='/{n}'>{label}</a></td></tr>" for n, label in enumerate(
        ["Menü", "Basteln", "Radio", "Archiv der Einträge", "Unsere Umfrage", "Statistik", "Freunde",
         "Schnell finden"]))
    rows = (f"<tr><td>Willkommen Gast | <a href='/rss'>RSS</a></td><td></td></tr>"
            f"<tr><td><a href='/'>Hauptseite</a> | <a href='/blog'>Blog</a> | <a href='/login'>Login</a></td></tr>"
            f"<tr><td></td><td></td></tr><tr><td></td><td></td></tr>{menu}"
            f"<tr><td><a href='/'>Hauptseite</a> » 2010 » Oktober » 26 » Briefe</td></tr>"
            f"<tr><td>3:59 PM Briefe</td></tr><tr><td>{paragraph}</td></tr>"
            f"<tr><td>Kommentare insgesamt: 0</td><td></td></tr><tr><td>Homepage-Baukasten</td><td>© 2016</td></tr>")
    return page(f"<table>{rows}</table>", lang="de")


def test_an_undated_blog_post_in_a_layout_table_is_emitted():
    # Short menu lines around one paragraph of several sentences: a story, not a link list.
    result = extract_article(layout_table_blog_post(), "https://blog.example/blog/briefe/2010-10-26-18")
    assert result.article is not None, result.reason
    assert "Wir telefonieren selten" in result.article.text


def test_the_same_layout_with_a_short_paragraph_is_still_a_link_list():
    # Two or three "sentences" (a notice, a headline's abbreviations) are not a story's paragraph.
    html = layout_table_blog_post("Hier gibt es bald Neues. Schauen Sie z. B. im Archiv nach")
    assert extract_article(html, "https://blog.example/blog/").reason in ("index_page", "too_little_text")


@pytest.mark.parametrize(("line", "is_prose"), [
    ("Ein Satz. Zwei Sätze. Drei Sätze. Vier Sätze ohne Punkt", True),
    ("一句话。第二句。第三句。第四句", True),
    ("Er sagte: „So ist es.“ Sie sagte: „Nein.“ Er: „Doch.“ Dann ging er", True),  # quotes closed the German way
    ("Hun sagde: »Ja.« Han sagde: »Nej.« Hun: »Jo.« Så gik han", True),         # ... and the Danish way
    ("Hier gibt es bald Neues. Schauen Sie z. B. im Archiv nach", False),  # initials end no sentence
    ("U.S. v. Google: Dr. Smith testifies. Again.", False),                 # a headline's abbreviations
    ("We use cookies. By using this site you agree. Learn more.", False),   # a notice's three sentences
    # Words that end in a vowel sign (a combining mark, no letter to \\w) before the danda.
    ("योजना को मंज़ूरी दी। प्रावधान है। काम शुरू होगा। विपक्ष ने मांग की", True),
    ("সভা পরিকল্পনা অনুমোদন করেছে। কাজ শুরু হবে। মানুষ খুশি। বিরোধীরা বাজেট চায়", True),
    # The half-width ideographic full stop and the full-width full stop some Japanese and Chinese pages set.
    ("市議会は計画を承認した｡工事は春に始まる｡市長は段階的に進めると述べた｡野党は予算の公開を求めた", True),
    ("市政府批准了计划．工程将于春季开始．市长表示将分阶段进行．部分代表要求公开预算", True),
    # Burmese and Khmer write no spaces between words, nor always one after their full stops ။ and ។.
    ("ကောင်စီက အစီအစဉ်ကို အတည်ပြုခဲ့သည်။လုပ်ငန်းများ နွေဦးတွင် စတင်မည်။မြို့တော်ဝန်က ပြောကြားသည်။အတိုက်အခံက တောင်းဆိုသည်", True),
    ("ក្រុមប្រឹក្សាបានអនុម័តផែនការ។ការងារនឹងចាប់ផ្តើមនៅរដូវផ្ការីក។អភិបាលក្រុងបាននិយាយ។បក្សប្រឆាំងទាមទារថវិកា", True),
])
def test_a_paragraph_of_prose_holds_four_sentences(line, is_prose):
    assert prose(line) is is_prose


def _read_grid_first(monkeypatch, story_text: str) -> None:
    """trafilatura takes the portal's grid of teasers for the story while the page holds them, and
    reads the page without them as ``story_text``."""
    import newsspider.extract.article as article

    def grid_first(tree, url, *, precision, fast):
        if tree.xpath("//div[@class='teaser']"):
            return "\n".join(t.text_content() for t in tree.xpath("//div[@class='teaser']/*"))
        return story_text

    monkeypatch.setattr(article, "trafilatura_text", grid_first)


def test_a_listing_read_again_as_one_line_of_sentences_is_no_long_body(monkeypatch):
    """Without its teasers trafilatura reads the page flattened into one line: its menus, byline and
    notices run together into sentences. One line is no body, however long."""
    chrome = ("Politics Home. Newsletter sign up. By David Faris published 5 May 2023. Sign up to continue reading. "
              "Already have an account? Sign in here. Contact me with news and offers from other brands. ") * 6
    _read_grid_first(monkeypatch, chrome)
    assert extract_article(page(f"<main><h1>Politics</h1><div>{chrome}</div></main>{_grid('ru')}"),
                           "https://x.org/politics/").reason == "index_page"


def test_a_story_whose_paragraphs_end_without_a_mark_is_a_long_body_when_they_are_prose(monkeypatch):
    """Paragraphs of several sentences whose last has no mark (as Thai and Lao write, and short news
    often end a paragraph) are running text all the same: the page without its teasers holds a story."""
    paragraphs = [" ".join(POLISH[n:] + POLISH[:n]).rstrip(".") for n in range(3)]
    story = "<h1>Kraków wprowadza strefę</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    _read_grid_first(monkeypatch, "\n".join(paragraphs))
    result = extract_article(page(f"<main>{story}</main>{_grid('ru')}"), "https://wiadomosci.example.pl/strefa.html")
    assert result.article is not None, result.reason


def test_a_tag_page_whose_left_over_is_one_short_paragraph_of_prose_is_still_not_an_article(monkeypatch):
    # A site's blurb of four short sentences is prose, but no long body: a listing's left-over.
    blurb = "Die Stadtzeitung. Seit 1890. Jeden Tag neu. Lokal und unabhängig."
    _read_grid_first(monkeypatch, blurb)
    assert extract_article(page(f"<main><h1>Tag: Tram</h1><p>{blurb}</p></main>{_grid('ru')}"),
                           "https://x.org/tag/tram/").reason == "index_page"


@pytest.mark.parametrize("closed", ["Er sagte: „So ist es.“", "Hun sagde: »Ja, det er rigtigt.«",
                                    "Řekl: „Je to tak.“", "Il a dit : « C’est ainsi. »"])
def test_a_paragraph_that_closes_its_quote_after_the_full_stop_is_running_text(closed):
    # German and Czech close quotes with “, Danish with «: the paragraph still ends in a sentence.
    from newsspider.extract.pagetype import longest_body, running_text

    assert running_text(closed)
    assert longest_body(f"Überschrift\n{closed}\n{closed}") == f"{closed}\n{closed}"


LAO = ["ສະພານະຄອນໄດ້ອະນຸມັດແຜນການປັບປຸງເຄືອຂ່າຍລົດລາງໃນວັນພຸດ ຫຼັງຈາກການປຶກສາຫາລືທີ່ຍາວນານຫຼາຍຊົ່ວໂມງ",
       "ແຜນດັ່ງກ່າວລວມເຖິງການປ່ຽນລາງໃນຖະໜົນສິບສອງສາຍ ແລະ ການຈັດຊື້ລົດໃໝ່ອີກສີ່ສິບຄັນ",
       "ເຈົ້າຄອງນະຄອນກ່າວວ່າວຽກງານຈະເລີ່ມໃນລະດູໃບໄມ້ປົ່ງ ແລະ ດຳເນີນເປັນໄລຍະເພື່ອຫຼຸດຜ່ອນຜົນກະທົບຕໍ່ການສັນຈອນ",
       "ຜູ້ຢູ່ອາໄສໃນເຂດຊານເມືອງຈົ່ມມາຫຼາຍປີວ່າລົດລາງມາບໍ່ເລື້ອຍ ແລະ ແອອັດໃນຊົ່ວໂມງເລັ່ງດ່ວນ"]


@pytest.mark.parametrize("paragraphs", [STORIES["th"][:4], LAO], ids=["th", "lo"])
def test_a_story_in_a_script_without_sentence_marks_under_a_linked_kicker_is_no_teaser(paragraphs):
    """Thai and Lao end no sentence with a mark: a paragraph there is told from a headline by being
    longer than the page's title. A story whose container also holds a linked heading (a kicker
    to its section) among a grid of teasers is a story, not one more teaser: as in Latin script."""
    long = [" ".join(paragraphs[n:] + paragraphs[:n]) for n in range(len(paragraphs))]
    title = paragraphs[0][:30]
    teasers = "".join(f"<div class='teaser'><h3><a href='/news/other-{n}.html'>{paragraphs[n % 4][:40]} {n}</a></h3>"
                      f"<p>{paragraphs[(n + 1) % 4][::-1]}</p></div>" for n in range(12))
    story = (f"<h1>{title}</h1><div class='story'><h2><a href='/section/city/'>{paragraphs[1][:20]}</a></h2>"
             + "".join(f"<p>{p}</p>" for p in long) + "</div>")
    head = ("<meta property='article:modified_time' content='2024-05-02T10:00:00+07:00'>"
            "<meta name='date' content='2024-05-02T10:00:00+07:00'>")
    html = page(f"<main>{story}</main><section>{teasers}</section>", head=head, lang="th").replace(
        "<title>Strona</title>", f"<title>{title}</title>")
    result = extract_article(html, "https://news.example/city/story.html")
    assert result.article is not None, result.reason
    assert all(p in result.article.text for p in long)


def test_a_tag_page_in_thai_is_still_not_an_article():
    """Teasers with a one-paragraph blurb each, in a script that ends no sentence with a mark."""
    paragraphs = STORIES["th"]
    items = "".join(f"<article class='teaser'><h2><a href='/news/{n}.html'>{paragraphs[n % 5][:35]} {n}</a></h2>"
                    f"<time datetime='2024-05-0{n % 9 + 1}T09:00:00+07:00'>{n % 9 + 1} พ.ค.</time>"
                    f"<p>{paragraphs[(n + 2) % 5]}</p></article>" for n in range(8))
    html = page(f"<main><h1>แท็ก: รถราง</h1>{items}</main>", lang="th").replace("<title>Strona</title>",
                                                                                   "<title>แท็ก: รถราง</title>")
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


@pytest.mark.parametrize("stop", ["｡", "．"])
def test_a_paragraph_ending_in_a_half_width_or_full_width_full_stop_is_running_text(stop):
    from newsspider.extract.pagetype import running_text

    assert running_text(f"市議会は水曜日、路面電車網の改修計画を承認した{stop}")
    assert running_text(f"「工事は春に始まる{stop}」")


@pytest.mark.parametrize(("language", "label"), [("pl", "Czytaj także:"), ("ru", "Читайте также:"), ("zh", "相关阅读：")])
def test_a_story_with_a_link_to_another_story_after_every_paragraph_is_read_again_as_a_story(monkeypatch, language, label):
    """A portal sets a label and a link to another story ("Czytaj także: <headline>") between the
    paragraphs of a story, and trafilatura takes its grid of teasers for the text. Without the
    teasers the story's paragraphs are still one body: the links between them do not end it."""
    import newsspider.extract.article as article

    short = POLISH if language == "pl" else STORIES[language]
    paragraphs = [f"{p} {q}" for p, q in zip(short, short[1:] + short[:1], strict=True)]
    # (to a partner site's stories: the cleaner takes links to the site's own for chrome)
    links = [f"<p><strong>{label}</strong> <a href='https://partner.example/news/{n}.html'>{HEADLINES['ru']} {n} "
             f"{short[n][:30]}</a></p>"
             for n in range(len(paragraphs))]
    story = (f"<h1>{paragraphs[0][:25]}</h1><div class='story'>"
             + "".join(f"<p>{p}</p>{link}" for p, link in zip(paragraphs, links, strict=True)) + "</div>")
    html = page(f"<main>{story}</main>{_grid('ru')}", lang=language)
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    result = extract_article(html, f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert all(p in result.article.text for p in paragraphs), result.article.text


@pytest.mark.parametrize(("line", "is_link"), [
    ("Czytaj także: Inna wiadomość z regionu", True),
    ("相关阅读：本市其他新闻", True),
    ("Inna wiadomość z regionu", False),                         # a link's text alone: no label
    ("Rada Miasta przyjęła uchwałę. Inna wiadomość z regionu", False),  # a sentence before it
    ("Czytaj także: Inna", False),                                 # a label longer than the link's text
])
def test_a_labelled_link_is_a_label_and_then_a_link_to_another_page(line, is_link):
    from newsspider.extract.pagetype import labelled_link

    assert labelled_link(line, {"inna wiadomość z regionu", "本市其他新闻", "inna"}) is is_link


def test_in_thai_a_paragraph_has_more_letters_than_the_title_and_is_no_link_nor_table_row():
    from newsspider.extract.pagetype import unmarked_paragraphs

    story = STORIES["th"]
    paragraph = unmarked_paragraphs("\n".join(story), "ข่าวรถราง - เมือง", lambda: {story[4]})
    assert paragraph is not None
    assert paragraph(story[0])                                    # a paragraph: more letters than the title
    assert not paragraph("12 พฤศจิกายน 2558 / 13:48")             # a date line: digits and signs, few letters
    assert not paragraph(story[4])                                 # another story's headline: a link's text
    assert not paragraph(f"| {story[1]} | {story[2]} |")           # a layout table's row
    assert unmarked_paragraphs("\n".join(STORIES["ru"]), "Новости", set) is None  # the line's end decides there


def test_a_flattened_pages_one_long_line_is_no_labelled_link_and_is_read_at_once():
    """A page read flattened into one line of hundreds of thousands of characters: only a
    separator near its end could set off a link's text, so it is not searched from each space."""
    import time

    from newsspider.extract.pagetype import labelled_link

    links = {"tram line extended to the north"}
    started = time.process_time()
    assert not labelled_link("word " * 100_000, links)
    assert labelled_link("Czytaj także: " + "Tram line extended to the north", links)
    assert time.process_time() - started < 1  # ~0.01 s; from each space: ~4 s



def test_a_list_of_thousands_of_links_is_searched_for_labelled_links_at_once():
    """A link list of 5,000 lines on a page of 5,000 links: the longest link's length is found
    once for the page, not once per line."""
    import time

    from newsspider.extract.pagetype import longest_body

    links = {f"story number {n} about something happening" for n in range(5000)}
    text = "\n".join(f"Story number {n} about something happening" for n in range(5000))
    started = time.process_time()
    assert longest_body(text, None, links) == ""
    assert time.process_time() - started < 0.5  # ~0.04 s; once per line: ~0.8 s


def _flattening(real):
    """trafilatura's reading of a page whose story it cannot place (a layout table's cell, a CMS's
    blocks): the whole page run into one line once the grid is gone, the grid taken while there."""
    def flattened(tree, url, *, precision, fast):
        real(tree, url, precision=precision, fast=fast)
        if tree.xpath("//div[@class='teaser']"):
            return "\n".join(t.text_content() for t in tree.xpath("//div[@class='teaser']/*"))
        return " ".join(tree.xpath("string(//body)").split())
    return flattened


def _unmarked(paragraph: str) -> str:
    return paragraph.rstrip("。.!?")


@pytest.mark.parametrize("language", ["pl", "ru", "zh"])
def test_a_story_block_without_sentence_marks_among_a_teaser_grid_is_an_article(monkeypatch, language):
    """Short news often end no paragraph with a full stop. trafilatura takes the portal's grid of
    teasers for the text; without the teasers, one block of the page still holds paragraphs of
    text that link nowhere, more of it than any teaser: the story, whatever its lines end with."""
    import newsspider.extract.article as article

    short = POLISH if language == "pl" else STORIES[language]
    paragraphs = [_unmarked(f"{p} {q}") for p, q in zip(short, short[1:] + short[:1], strict=True)]
    story = f"<h1>{paragraphs[0][:25]}</h1><div class='story'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    html = page(f"<main>{story}</main>{_grid('ru')}", lang=language)
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    result = extract_article(html, f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert all(p in result.article.text for p in paragraphs), result.article.text


def test_a_story_block_that_trafilatura_reads_as_one_line_is_an_article(monkeypatch):
    """Without the grid trafilatura finds no story and runs the page into one line (no body of
    paragraphs in the text): the page's tree still shows one block of paragraphs, the story's."""
    import newsspider.extract.article as article

    paragraphs = [f"{p} {q}" for p, q in zip(POLISH, POLISH[1:] + POLISH[:1], strict=True)]
    story = "<h1>Kraków wprowadza strefę</h1><div class='story'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    html = page(f"<main>{story}</main>{_grid('ru')}")
    monkeypatch.setattr(article, "trafilatura_text", _flattening(article.trafilatura_text))
    result = extract_article(html, "https://news.example/pl/story.html")
    assert result.article is not None, result.reason
    assert paragraphs[0] in result.article.text


def test_a_block_of_linked_lines_or_short_labels_left_by_a_tag_page_is_no_story(monkeypatch):
    """A tag page's headlines set as paragraphs that are links, and its labels: no text of its own."""
    import newsspider.extract.article as article

    linked = "".join(f"<p><a href='/news/{n}.html'>{HEADLINES['ru']} {n} {STORIES['ru'][n % 5]}</a></p>" for n in range(12))
    html = page(f"<main><h1>Tag: tram</h1><div class='list'>{linked}<p>Więcej</p><p>Archiwum</p></div></main>"
                f"{_grid('ru')}")
    monkeypatch.setattr(article, "trafilatura_text", _flattening(article.trafilatura_text))
    assert extract_article(html, "https://news.example/pl/tag/tram/").reason == "index_page"


def test_a_dated_page_whose_headline_stands_over_a_short_story_is_an_article(monkeypatch):
    """A short story (two paragraphs) and a portal's grid of 20 long teasers: by its text, the page
    is teasers. It declares its publication date, and its headline stands directly over text of its
    own that links nowhere: a story, however short (a tag page's headline stands over its teasers)."""
    import newsspider.extract.article as article

    story = f"<h1>Kraków wprowadza strefę</h1><div class='story'><p>{POLISH[0]}</p><p>{POLISH[1]}</p></div>"
    dated = "<meta name='date' content='2024-05-02T10:00:00+02:00'>"
    html = page(f"<main>{story}</main>{_grid('ru')}", head=dated)
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    result = extract_article(html, "https://news.example/pl/story.html")
    assert result.article is not None, result.reason
    assert POLISH[0] in result.article.text
    # the same story without a date of its own: nothing tells it from a listing's intro
    undated = page(f"<main>{story}</main>{_grid('ru')}")
    assert extract_article(undated, "https://news.example/pl/story.html").reason == "index_page"


def test_a_dated_tag_page_whose_headline_stands_over_its_teasers_is_not_an_article(monkeypatch):
    """Its own lines (a notice, a footer) come after the teasers, not under the headline."""
    import newsspider.extract.article as article

    notice = ("<footer><p>We respect your privacy and do not connect to Twitter without your consent. You can "
              "manage your settings here to allow a connection to the social media channels.</p>"
              "<p>© 2024 The City Paper. All rights reserved. Reproduction without our consent is not allowed.</p></footer>")
    dated = "<meta name='date' content='2024-05-02T10:00:00+02:00'>"
    html = page(f"<main><h1>Tag: tramwaje</h1>{_grid('ru')}</main>{notice}", head=dated)
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    assert extract_article(html, "https://news.example/pl/tag/tramwaje/").reason == "index_page"


def test_a_read_also_heading_between_a_dated_headline_and_its_short_story_leaves_it_an_article(monkeypatch):
    """"Czytaj także: <headline>" set as a heading under the headline is a pointer to another story
    (a label, then the link), no entry of a list: the headline still stands over the story's text."""
    import newsspider.extract.article as article

    pointers = "".join(f"<h4>Czytaj także: <a href='/news/{n}.html'>{HEADLINES['ru']} {n}</a></h4>" for n in range(3))
    story = (f"<h1>Kraków wprowadza strefę</h1><div class='story'>{pointers}"
             f"<p>{POLISH[0]}</p><p>{POLISH[1]}</p></div>")
    html = page(f"<main>{story}</main>{_grid('ru')}", head="<meta name='date' content='2024-05-02T10:00:00+02:00'>")
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    result = extract_article(html, "https://news.example/pl/story.html")
    assert result.article is not None, result.reason
    assert POLISH[0] in result.article.text
    # a heading that is nothing but its link is a teaser's: the headline stands over teasers
    teasers = pointers.replace("Czytaj także: ", "")
    html = html.replace(pointers, teasers)
    assert extract_article(html, "https://news.example/pl/story.html").reason == "index_page"


@pytest.mark.parametrize(("heading", "is_pointer"), [
    ("<h4>Czytaj także: <a href='/a.html'>Inna wiadomość z regionu</a></h4>", True),
    ("<h4>相关阅读：<a href='/a.html'>本市其他新闻第一</a></h4>", True),
    ("<h4><a href='/a.html'>Inna wiadomość z regionu</a></h4>", False),   # a teaser's headline
    ("<h4>Czytaj także: <a>Inna wiadomość z regionu</a></h4>", False),    # no link
    ("<h2>Rada Miasta przyjęła uchwałę</h2>", False),
])
def test_a_pointer_heading_is_a_label_and_a_link(heading, is_pointer):
    from lxml.html import fragment_fromstring

    from newsspider.extract.pagetype import pointer_heading

    assert pointer_heading(fragment_fromstring(heading)) is is_pointer


@pytest.mark.parametrize(("path", "headline"), [("autor/jan-kowalski/", "Jan Kowalski"),
                                                 ("szukaj/?q=tramwaje", "Wyniki wyszukiwania: tramwaje")])
def test_a_dated_listing_whose_headline_stands_over_one_intro_paragraph_is_not_an_article(monkeypatch, path,
                                                                                           headline):
    """An author's page (a bio), a search page, a section's page (its description) set one paragraph
    of their own under the headline, then the teasers; some declare a date. One paragraph is no
    story's body (:func:`longest_body`), however long: the short story's lead is two or more."""
    import newsspider.extract.article as article

    intro = ("Jan Kowalski jest dziennikarzem działu miejskiego od 2010 roku. Pisze o transporcie publicznym, "
             "urbanistyce i samorządzie. Wcześniej pracował w radiu i w tygodniku regionalnym, gdzie prowadził "
             "dział gospodarczy.")
    html = page(f"<main><h1>{headline}</h1><p>{intro}</p>{_grid('ru')}</main>",
                head="<meta name='date' content='2024-05-02T10:00:00+02:00'>")
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    assert extract_article(html, f"https://news.example/pl/{path}").reason == "index_page"


@pytest.mark.parametrize("kicker", ["Kraków:", "<span class='kicker'>Sport</span>", "Sport |"])
def test_a_dated_tag_page_whose_teasers_carry_a_kicker_before_their_headline_is_not_an_article(monkeypatch,
                                                                                                kicker):
    """"Sport: <a>headline</a>" over a blurb is a teaser's heading with its kicker, a list's entry,
    though it reads as a label and a link like "Czytaj także: <a>headline</a>" set in a story
    (:func:`pointer_heading`): the headline of the tag page stands over teasers, not over a lead."""
    import newsspider.extract.article as article

    grid = _grid("ru").replace("<h3><a ", f"<h3>{kicker} <a ")
    html = page(f"<main><h1>Tag: tramwaje</h1>{grid}</main>",
                head="<meta name='date' content='2024-05-02T10:00:00+02:00'>")
    monkeypatch.setattr(article, "trafilatura_text", _grid_first(article.trafilatura_text))
    assert extract_article(html, "https://news.example/pl/tag/tramwaje/").reason == "index_page"


def flat_tag_page(entries: int = 8, head: str = "") -> str:
    """``tag_page`` without an element around each teaser: its linked headings, dates and blurbs one
    after another in one container (a blog's archive)."""
    html = tag_page(entries).replace("<article class='teaser'>", "").replace("</article>", "")
    return html.replace("<meta property='og:type' content='website'>", f"<meta property='og:type' content='website'>{head}")


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
def test_a_tag_page_whose_teasers_have_no_box_each_is_not_an_article(head):
    """A teaser is its linked heading and what follows it up to the next heading, whether or not
    an element holds them: a sequence of such units in one container is a listing's, dated or not."""
    assert extract_article(flat_tag_page(head=head), "https://x.org/tag/tram/").reason == "index_page"


def test_a_flat_teaser_reaches_from_its_linked_heading_to_the_next_heading():
    from newsspider.extract.elements import PageElements
    from newsspider.extract.pagetype import find_teasers
    from newsspider.extract.parse import parse_html

    tree = parse_html(flat_tag_page(entries=4))
    teasers = find_teasers(tree, "https://x.org/tag/tram/", None, PageElements(tree))
    assert len(teasers) == 4
    assert all(len(teaser.pieces) == 3 and teaser.pieces[2].startswith("The city transport") for teaser in teasers)
    assert all(teaser.block == teaser.text for teaser in teasers)  # the heading's block: as the date search reads it


ENGLISH = [
    "The city council approved on Wednesday a plan to rebuild the tram network over the next five years.",
    "The programme replaces the tracks on twelve streets and buys forty new low-floor carriages for the lines.",
    "The mayor said that the works will start in spring and will be done in stages to keep the traffic moving.",
    "Residents of the suburbs have complained for years about rare services and crowded carriages at rush hour.",
    "Opposition councillors asked for the project's budget to be published before the tender is announced.",
    "The first new carriages are expected to run on the northern line before the end of next year, officials said.",
]


def _flat_sections(heading: str, paragraphs_each: int = 1) -> str:
    """The story's paragraphs under subheadings (``heading`` formats ``n``), each over ``paragraphs_each``."""
    out = ""
    for n, at in enumerate(range(0, len(ENGLISH), paragraphs_each)):
        out += heading.format(n=n) + "".join(f"<p>{p}</p>" for p in ENGLISH[at:at + paragraphs_each])
    return out


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
@pytest.mark.parametrize("heading", [
    "<h2><a href='#part-{n}'>Part {n} of the plan</a></h2>",                       # a table of contents' anchors
    "<h3><time datetime='2024-05-02T1{n}:00:00+02:00'>1{n}:00</time> Update {n}</h3>",  # a live blog's entries
    "<h2>Part {n} of the plan</h2>",
])
def test_a_story_whose_subheadings_open_sections_of_one_paragraph_is_an_article(head, heading):
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{_flat_sections(heading)}</main>", head=head, lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason
    assert all(paragraph in result.article.text for paragraph in ENGLISH)


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
def test_a_long_story_followed_by_teasers_without_a_box_each_is_an_article(head):
    teasers = flat_tag_page(entries=10).split("<h1>Tag: tram</h1>")[1].split("</main>")[0]
    story = "".join(f"<p>{p}</p>" for p in ENGLISH)
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{story}<h2>More news</h2>{teasers}</main>", head=head,
                lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason
    assert all(paragraph in result.article.text for paragraph in ENGLISH)


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
def test_a_story_whose_lead_is_followed_by_linked_subheadings_is_an_article(head):
    """Subheadings that link to other pages of the site inside a story that begins before them: a
    story's sections, or its related links, not a listing's entries."""
    body = (f"<p>{ENGLISH[0]}</p><p>{ENGLISH[1]}</p>"
            + "".join(f"<h3><a href='/news/other-{n}.html'>Other story number {n} about the city</a></h3><p>{p}</p>"
                      for n, p in enumerate(ENGLISH[2:])))
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{body}</main>", head=head, lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason
    assert all(paragraph in result.article.text for paragraph in ENGLISH)


def line_tag_page(headline: str, boxed: bool, entries: int = 8, head: str = "") -> str:
    """``tag_page`` whose teasers' headlines are links outside any heading (``headline`` formats the
    link ``n``), a box each (``boxed``) or one after another in one container."""
    items = "".join(
        ("<div class='teaser'>" if boxed else "") + headline.format(n=n)
        + f"<time datetime='2024-05-0{n % 9 + 1}T09:00:00+02:00'>May {n % 9 + 1}</time>"
        f"<p>The city transport company said on Monday that line {n} will run modern low-floor carriages from the "
        f"autumn, with air conditioning and more room for prams.</p>" + ("</div>" if boxed else "") for n in range(entries))
    return page(f"<main><h1>Tag: tram</h1>{items}</main>", head=head, lang="en")


LINK_LINES = ["<a href='/news/{n}.html'><strong>Tram line {n} gets new carriages this year</strong></a>",
              "<p><a href='/news/{n}.html'>Tram line {n} gets new carriages this year</a></p>"]


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("headline", LINK_LINES)
def test_a_tag_page_whose_teasers_headlines_are_links_outside_headings_is_not_an_article(head, boxed, headline):
    """A teaser's headline may be a line that is one link to another page, in no heading: what
    follows it up to the next such line (in its box, or beside it) is the teaser's."""
    html = line_tag_page(headline, boxed, head=head)
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
def test_a_story_with_lines_linking_to_other_stories_between_its_paragraphs_is_an_article(head):
    """A story that begins before them sets lines that link to other stories between its paragraphs
    ("<p><a>Other headline</a></p>"): pointers, not a listing's entries."""
    body = (f"<p>{ENGLISH[0]}</p><p>{ENGLISH[1]}</p>"
            + "".join(f"<p><a href='/news/other-{n}.html'>Other story number {n} about the city</a></p><p>{p}</p>"
                      for n, p in enumerate(ENGLISH[2:])))
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{body}</main>", head=head, lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason
    assert all(paragraph in result.article.text for paragraph in ENGLISH)


def test_a_story_followed_by_a_menu_of_links_is_an_article():
    menu = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(12))
    story = "".join(f"<p>{p}</p>" for p in ENGLISH[:2])
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{story}</main><nav><ul>{menu}</ul></nav>", lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
def test_a_story_holding_a_list_of_links_each_with_its_description_is_an_article(head):
    """A list in a story whose items are a link and a description in one line ("<li><a>name</a> -
    what it is.</li>") names other pages as the story goes: no teaser stands apart from its line."""
    items = "".join(f"<li><a href='/places/{n}.html'>Stop number {n}</a> - the carriages of line {n} stop here "
                    f"every ten minutes from the autumn</li>" for n in range(8))
    html = page(f"<main><h1>Tram network to be rebuilt</h1><p>{ENGLISH[0]} {ENGLISH[1]}</p><ul>{items}</ul></main>",
                head=head, lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("head", ["", "<meta name='date' content='2024-05-02T10:00:00+02:00'>"])
@pytest.mark.parametrize("marked", [True, False])
def test_a_story_whose_own_block_ends_with_teasers_without_a_box_each_is_an_article(head, marked):
    """Flat teasers appended to the story's own container, no heading between: the story's
    paragraphs stand before the first, so they are its trailing teasers, not a listing's entries,
    also where its paragraphs do not end like sentences (a blog's lines, a caption) or are few."""
    teasers = flat_tag_page(entries=10).split("<h1>Tag: tram</h1>")[1].split("</main>")[0]
    paragraphs = ENGLISH if marked else [p.rstrip(".") for p in ENGLISH]
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{story}{teasers}</main>", head=head, lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason
    assert all(paragraph in result.article.text for paragraph in paragraphs)


def test_a_story_of_lines_broken_in_its_own_block_before_teasers_without_a_box_each_is_an_article():
    """The story's text standing loose in the container (lines split by <br>) before the flat
    teasers is text before the first: the teasers are its trailing ones."""
    teasers = flat_tag_page(entries=10).split("<h1>Tag: tram</h1>")[1].split("</main>")[0]
    story = "<br><br>".join(p.rstrip(".") for p in ENGLISH)
    html = page(f"<main><h1>Tram network to be rebuilt</h1>{story}{teasers}</main>", lang="en")
    result = extract_article(html, "https://x.org/news/trams.html")
    assert result.article is not None, result.reason


ARABIC = ["وافق مجلس المدينة يوم الأربعاء على خطة لإعادة بناء شبكة الترام خلال السنوات الخمس المقبلة.",
          "تشمل الخطة استبدال القضبان في اثني عشر شارعا وشراء أربعين عربة جديدة منخفضة الأرضية.",
          "وقال رئيس البلدية إن الأعمال ستبدأ في الربيع وستنفذ على مراحل لتخفيف أثرها على حركة المرور.",
          "يشكو سكان الضواحي منذ سنوات من قلة الرحلات واكتظاظ العربات في ساعات الذروة.",
          "وطالبت المعارضة بنشر ميزانية المشروع قبل الإعلان عن المناقصة."]
DATED_SECTION_STORIES = {"en": ENGLISH, "ar": ARABIC, **{language: STORIES[language] for language in ("ru", "zh", "hi")}}


def dated_sections_story(language: str, title: str, href: str, days: list[str], boxed: bool = True) -> str:
    """A story told in sections of two paragraphs, each under a heading that links to a page of its own
    (``href``, formatted with the section's ``n``) and carrying its own ``<time>`` (``days``, each
    another day): a live page's updates over several days with permalinks, a chronology linking to
    earlier coverage, a week's roundup. The page declares no article."""
    paragraphs = DATED_SECTION_STORIES[language]
    sections = "".join(
        ("<article class='entry'>" if boxed else "")
        + f"<h2><a href='{href.format(language=language, n=n)}'>{n + 1}: {paragraphs[(n + 2) % len(paragraphs)][:12]}</a></h2>"
        + f"<time datetime='{day}'>{day[:16]}</time>"
        + "".join(f"<p>{paragraphs[(n + i) % len(paragraphs)]}</p>" for i in range(2))
        + ("</article>" if boxed else "") for n, day in enumerate(days))
    return page(f"<main><h1>{title}</h1>{sections}</main>", lang=language)


@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("language", sorted(DATED_SECTION_STORIES))
@pytest.mark.parametrize("title, href, days", [
    ("Live", "/{language}/live/tram/update-{n}",
     [f"2024-05-{20 - n // 2:02d}T{10 + n}:00:00+02:00" for n in range(6)]),     # a live page over three days
    ("Key events since 2019", "/{language}/news/{n}/earlier.html",
     [f"{2019 + n}-0{n + 1}-01" for n in range(5)]),                              # a chronology
    ("What happened this week", "/{language}/news/2024/05/0{n}/day.html",
     [f"2024-05-0{n + 1}" for n in range(5)]),                                     # a week's roundup
])
def test_a_story_in_sections_dated_on_days_of_their_own_linking_elsewhere_is_an_article(language, boxed, title,
                                                                                       href, days):
    """A story whose sections each link to another page and carry a date of their own, on several days,
    is no list of other publications by its shape alone: a live page over days with its updates'
    permalinks, a chronology, a week's roundup look as a blog's front page does. When in doubt, emit
    (session 55's base kept them all; 2f3502c dropped them as index pages)."""
    html = dated_sections_story(language, title, href, days, boxed)
    result = extract_article(html, f"https://news.example/{language}/live/tram")
    assert result.article is not None, result.reason



# A blog's front page: its posts newest first, each dated a day before the one above it.
NEWEST_FIRST = [f"2024-05-{20 - n:02d}T09:00:00+02:00" for n in range(5)]


@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("language", sorted(DATED_SECTION_STORIES))
@pytest.mark.parametrize("url, href", [
    ("https://blog.example/{language}/", "/{language}/2024/05/{n}/post.html"),             # a blog's front page
    ("https://news.example/{language}/tram", "https://other.example/{language}/{n}.html"),  # a planet of blogs
])
def test_a_blogs_front_page_whose_entries_show_two_paragraphs_each_newest_first_is_not_an_article(
        language, boxed, url, href):
    """The same entries as a story told in dated sections (a linked heading, a date of its own, two
    paragraphs), listed newest first on days of their own: a blog's front page or a category page
    showing each post's start (article_keep longlisting), as a feed lists its posts. A chronology or a
    week's roundup tells its days in the order they came, a live page's updates link to its own pages."""
    html = dated_sections_story(language, "Blog", href, NEWEST_FIRST, boxed)
    result = extract_article(html, url.format(language=language))
    assert result.article is None
    assert result.reason == "index_page"



@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("language", sorted(DATED_SECTION_STORIES))
def test_a_live_page_whose_updates_newest_first_link_to_their_own_pages_under_its_address_is_an_article(language,
                                                                                                        boxed):
    """A live page over days lists its updates newest first, as a blog's front page its posts; each
    update's own page lies under the live page's address (a story's, dated: a section's address,
    "/live/tram", names none): a part of this page, no other publication."""
    html = dated_sections_story(language, "Live", "/{language}/live/tram-2024-05-20/update-{n}", NEWEST_FIRST, boxed)
    result = extract_article(html, f"https://news.example/{language}/live/tram-2024-05-20")
    assert result.article is not None, result.reason


ENGLISH_STORY = [
    "The city council approved on Wednesday a plan to rebuild the tram network over the next five years.",
    "The programme replaces the tracks on twelve streets and buys forty new low-floor carriages.",
    "According to the mayor, the works will start in spring and go on in stages to keep traffic moving.",
    "Residents of the outskirts have long complained about rare services and crowded carriages.",
    "Opposition councillors asked for the budget to be published before the tender opens.",
    "The first new carriages are expected on line 4 in the autumn of next year, the council said.",
]


def _teasers_of(html: str, url: str) -> list:
    from newsspider.extract.elements import PageElements
    from newsspider.extract.pagetype import find_teasers
    from newsspider.extract.parse import parse_html

    tree = parse_html(html)
    return find_teasers(tree, url, None, PageElements(tree))


def test_a_photo_stories_figures_linking_to_their_own_photo_pages_are_no_teasers():
    # A photo story: each figure's image and heading link to the photo's own page (under the
    # story's address, named after the image: a gallery's attachment page), its caption the story's text.
    url = "https://x.org/2024/05/tram-plan"
    figures = "".join(
        f"<figure><a href='/2024/05/tram-plan/photo-{n}'><img src='/media/photo-{n}-640x480.jpg'></a>"
        f"<h3><a href='/2024/05/tram-plan/photo-{n}'>Tram line {n}</a></h3><figcaption><p>{text}</p></figcaption></figure>"
        for n, text in enumerate(ENGLISH_STORY))
    assert _teasers_of(page(f"<main><h1>Tram plan</h1>{figures}</main>", lang="en"), url) == []


def test_a_section_pages_teasers_with_thumbnails_under_its_address_stay_teasers():
    # A section page's entries lie under its address and show a picture, named after no entry.
    url = "https://x.org/politics"
    entries = "".join(
        f"<figure><a href='/politics/story-{n}'><img src='/media/2024/abc{n}.jpg'></a>"
        f"<h3><a href='/politics/story-{n}'>Tram line {n}</a></h3><figcaption><p>{text}</p></figcaption></figure>"
        for n, text in enumerate(ENGLISH_STORY))
    assert len(_teasers_of(page(f"<main><h1>Politics</h1>{entries}</main>", lang="en"), url)) == len(ENGLISH_STORY)


@pytest.mark.parametrize("url", ["https://x.org/politics", "https://x.org/gallery/"])
def test_a_section_pages_thumbnails_named_after_its_entries_leave_them_teasers(url):
    # A section's address (a few directories, no date or id) is no photo story's: its entries under it
    # with thumbnails named after each entry (story-1-300x200.jpg) are teasers still.
    base = url.rstrip("/")
    entries = "".join(
        f"<figure><a href='{base}/story-{n}'><img src='/media/story-{n}-300x200.jpg'></a>"
        f"<h3><a href='{base}/story-{n}'>Tram line {n}</a></h3><figcaption><p>{text}</p></figcaption></figure>"
        for n, text in enumerate(ENGLISH_STORY))
    assert len(_teasers_of(page(f"<main><h1>Politics</h1>{entries}</main>", lang="en"), url)) == len(ENGLISH_STORY)


def test_a_live_pages_updates_linking_to_their_own_anchors_are_no_teasers():
    # A live page's update carries its permalink (a link to its own anchor): a part of this page,
    # whatever page its heading links to.
    url = "https://x.org/live/tram-plan"
    updates = "".join(
        f"<article id='update-{n}'><a href='#update-{n}'><time datetime='2024-05-02T1{n}:00:00+02:00'>1{n}:00</time></a>"
        f"<h3><a href='/live/tram-plan/update-{n}'>Update {n}</a></h3><p>{text}</p></article>"
        for n, text in enumerate(ENGLISH_STORY))
    assert _teasers_of(page(f"<main><h1>Tram plan live</h1>{updates}</main>", lang="en"), url) == []
    listing = updates.replace("href='#update-", "href='#other-")  # an anchor of another element: a teaser still
    assert len(_teasers_of(page(f"<main><h1>Trams</h1>{listing}</main>", lang="en"), url)) == len(ENGLISH_STORY)


def test_paragraphs_split_by_line_breaks_are_paragraphs_in_a_teasers_box():
    # <p>one.<br><br>two.</p> (idw-online's boxes): two paragraphs of a section, no teaser's one blurb.
    url = "https://x.org/news/tram-plan"
    boxes = "".join(
        f"<section><h2><a href='/news/other-{n}'>Other story {n}</a></h2><p>{a}<br><br>{b}</p></section>"
        for n, (a, b) in enumerate(zip(ENGLISH_STORY[::2], ENGLISH_STORY[1::2], strict=True)))
    teasers = _teasers_of(page(f"<main><h1>Tram plan</h1>{boxes}</main>", lang="en"), url)
    assert len(teasers) == 3 and not any(teaser.is_teaser() for teaser in teasers)


def test_an_entrys_in_page_toggle_is_no_permalink_and_the_entry_stays_a_teaser():
    # A listing's entry with a share menu it opens (<a href="#share-1"> beside <div id="share-1">):
    # a link to an element beside it, not to the entry holding it, so no live update's permalink.
    url = "https://x.org/tag/trams/"
    entries = "".join(
        f"<article><h2><a href='/2024/05/story-{n}/'>Tram line {n}</a></h2><a href='#share-{n}'>Share</a>"
        f"<div id='share-{n}'><a href='https://social.example/share'>Post</a></div><p>{text}</p></article>"
        for n, text in enumerate(ENGLISH_STORY))
    html = page(f"<main><h1>Trams</h1>{entries}</main>", lang="en")
    assert len(_teasers_of(html, url)) == len(ENGLISH_STORY)
    assert extract_article(html, url).reason == "index_page"



SIDEBAR_TEASERS = "".join(
    f"<li><h3><a href='/news/other-{n}'>Another story number {n} of the site</a></h3><p>What the council said on "
    f"Monday about the other plan number {n}, which the city will put to a vote.</p></li>" for n in range(8))


def photo_story(head: str, url: str = "/2024/05/tram-plan", photo: str = "{url}/photo-{n}", dateline: str = "") -> str:
    """A photo story: its text in the captions of its figures (a picture and a heading linking to the
    photo's own page), a sidebar of other stories beside it."""
    figures = "".join(
        f"<figure><a href='{photo.format(url=url, n=n)}'><img src='{photo.format(url=url, n=n)}.jpg'></a>"
        f"<h3><a href='{photo.format(url=url, n=n)}'>Photo {n}</a></h3><figcaption><p>{text}</p></figcaption></figure>"
        for n, text in enumerate(ENGLISH_STORY))
    return page(f"<main><h1>Tram plan in pictures</h1>{dateline}{figures}</main><section><ul>{SIDEBAR_TEASERS}</ul></section>",
                head, lang="en")


@pytest.mark.parametrize("head", [
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>",            # it says it is an article
    "<meta property='article:published_time' content='2024-05-02T10:00:00+02:00'>",  # it dates itself
    "<script type='application/ld+json'>{\"@type\": \"WebPage\", \"datePublished\": \"2024-05-02T10:00:00+02:00\"}</script>",
])
def test_a_photo_storys_captions_are_its_body(head):
    # trafilatura drops <figure> with its caption: a photo story whose captions make most of its text
    # was read as its sidebar of teasers (an index page), or too little text.
    result = extract_article(photo_story(head), "https://x.org/2024/05/tram-plan")
    assert result.article is not None, result.reason
    assert all(line in result.article.text for line in ENGLISH_STORY)
    assert "Another story number" not in result.article.text


def test_a_photo_story_declaring_nothing_is_read_from_its_captions_when_it_prints_a_date_by_its_headline():
    url = "https://x.org/2024/05/tram-plan"
    result = extract_article(photo_story("", dateline="<div class='meta'>2 May 2024</div>"), url)
    assert result.article is not None, result.reason
    assert all(line in result.article.text for line in ENGLISH_STORY)
    undated = extract_article(photo_story(""), url)  # nothing says it is a story: as before, no captions read
    assert undated.article is None or ENGLISH_STORY[0] not in undated.article.text


def test_a_gallery_listings_captions_linking_to_other_stories_are_no_story_captions():
    # A gallery section's figures link to other pages (its entries): their captions are teasers' blurbs.
    from newsspider.extract.elements import PageElements
    from newsspider.extract.pagetype import story_captions
    from newsspider.extract.parse import parse_html

    url = "https://x.org/2024/05/tram-plan"
    for photo, own in (("{url}/photo-{n}", True), ("/gallery/story-{n}", False)):
        tree = parse_html(photo_story("", photo=photo))
        assert len(story_captions(PageElements(tree), url, None)) == (len(ENGLISH_STORY) if own else 0)


def test_an_articles_photo_captions_stay_out_of_its_body():
    # A story told in paragraphs with a few captioned photos: the captions are not most of its text,
    # and its body is what trafilatura reads (the gold of real pages leaves captions out).
    captions = "".join(f"<figure><img src='/media/photo-{n}.jpg'><figcaption>Photo {n}: the new carriages on line {n}."
                       f"</figcaption></figure>" for n in range(2))
    paragraphs = "".join(f"<p>{text}</p>" for text in ENGLISH_STORY)
    html = page(f"<main><article><h1>Tram plan</h1>{paragraphs[:300]}{captions}{paragraphs[300:]}</article></main>",
                "<meta property='og:type' content='article'>", lang="en")
    result = extract_article(html, "https://x.org/2024/05/tram-plan")
    assert result.article is not None and "new carriages on line" not in result.article.text


def test_an_articles_gallery_whose_captions_outweigh_its_paragraphs_stays_out_of_its_body():
    # A story told in paragraphs (a body of its own, read) above a gallery of captioned photos whose
    # captions hold more text than it: no photo story, whose text trafilatura lost; the captions
    # were appended to the story's text.
    caption = ("Photo {n} of the gallery: crowds gather on the square by the old depot as the first tram of "
               "the new fleet is shown to residents and the press.")
    gallery = "".join(f"<figure><img src='/media/g{n}.jpg'><figcaption>{caption.format(n=n)}</figcaption></figure>"
                      for n in range(8))
    paragraphs = "".join(f"<p>{text}</p>" for text in ENGLISH_STORY)
    html = page(f"<main><article><h1>Tram plan</h1>{paragraphs}<div class='gallery'>{gallery}</div></article></main>",
                "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>", lang="en")
    result = extract_article(html, "https://x.org/2024/05/tram-plan")
    assert result.article is not None, result.reason
    assert all(line in result.article.text for line in ENGLISH_STORY)
    assert "of the gallery" not in result.article.text


def test_a_live_pages_updates_with_their_permalinks_all_stay_in_its_text():
    # Each update an <article> holding its permalink (a link to its own anchor) and a heading linking
    # to its own page: parts of this page, not teaser cards or boxes of other stories (the tree's
    # chrome rules dropped the short updates, kept those of two paragraphs).
    url = "https://x.org/2024/05/02/tram-plan-live"
    updates = "".join(
        f"<article class='update' id='update-{n}'><a href='#update-{n}'><time datetime='2024-05-02T1{n}:00:00+02:00'>"
        f"1{n}:00</time></a><h3><a href='/2024/05/02/tram-plan-live/update-{n}'>Update number {n} on the tram plan</a>"
        f"</h3>{''.join(f'<p>{text}</p>' for text in texts)}</article>"
        for n, texts in enumerate((ENGLISH_STORY[:1], ENGLISH_STORY[1:3], ENGLISH_STORY[3:4], ENGLISH_STORY[4:])))
    lead = "".join(f"<p>{text}</p>" for text in POLISH[:2])  # the page's own lead above them
    html = page(f"<main><h1>Tram plan: the council votes, live</h1>{lead}{updates}</main>",
                "<meta property='article:published_time' content='2024-05-02T10:00:00+02:00'>", lang="en")
    result = extract_article(html, url)
    assert result.article is not None, result.reason
    assert all(line in result.article.text for line in ENGLISH_STORY)


def test_a_teasers_blurb_shown_twice_in_the_text_counts_twice_as_teaser_text():
    """A blurb the text shows twice (a post's start shown again under the next entry, a teaser in two
    grids) is teaser text each time: counted once, its second showing passed for the page's own text."""
    from newsspider.extract.pagetype import Teaser, text_shape

    blurb = "The city transport company said on Monday that line 4 will run new carriages from the autumn."
    teaser = Teaser("Line 4 gets new carriages", "https://x.org/news/4.html", f"Line 4 gets new carriages {blurb}",
                    ["Line 4 gets new carriages", blurb])
    shape = text_shape([blurb, "Line 4 gets new carriages", blurb, "About us"], [teaser])
    assert shape.teasers == 2 * len(blurb.casefold()) + len("line 4 gets new carriages")


@pytest.mark.parametrize("anchor", ["<a href='#post-{n}'>Permalink</a>", "<a href='#post-{n}' class='more-link'>#</a>"])
def test_a_tag_pages_entries_each_holding_an_anchor_to_themselves_stay_teasers(anchor):
    # WordPress's archive: each entry an <article id="post-N"> whose heading links to its own story elsewhere on the
    # site and which links its own anchor on this page: a teaser for that story (its permalink is that story's
    # page), not a live update of this page (whose heading, if linked, leads under this page's address)
    entries = "".join(
        f"<article id='post-{n}' class='post'><h2><a href='/news/{n}/'>Tram line {n} gets new carriages this year</a></h2>"
        f"<time datetime='2024-05-0{n % 9 + 1}T09:00:00+02:00'>May {n % 9 + 1}</time>"
        f"<p>The city transport company said on Monday that line {n} will run modern low-floor carriages from the "
        f"autumn, with air conditioning and more room for prams. {anchor.format(n=n)}</p></article>" for n in range(8))
    assert extract_article(page(f"<main><h1>Tag: tram</h1>{entries}</main>", lang="en"),
                           "https://x.org/tag/tram/").reason == "index_page"


@pytest.mark.parametrize("boxed", [True, False])
def test_an_entrys_placeholder_date_beyond_the_calendar_in_utc_loses_no_page(boxed):
    """A year-1 placeholder date with its zone's offset (.NET's DateTime.MinValue written with "zzz",
    "0001-01-01T00:00:00+01:00") lies before the calendar's start in UTC: no date of an entry's own,
    and extraction goes on (it raised OverflowError, losing the page)."""
    days = ["2024-05-20T09:00:00+02:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
            "2024-05-18T09:00:00+02:00"]
    html = dated_sections_story("en", "Blog", "/en/2024/05/{n}/post.html", days, boxed)
    result = extract_article(html, "https://blog.example/en/")
    assert result.article is not None or result.reason == "index_page"


LIVE_LEADS = {  # a live page's own paragraphs: its lead, its subheading's paragraph (or a listing's description)
    "en": ["Follow the latest on the tram strike here.", "Unions said the walkout will last until Friday.",
           "Trams on three lines stopped at noon.", "Buses replace them on the busiest routes."],
    "ar": ["تابعوا هنا آخر أخبار إضراب الترام.", "قالت النقابات إن الإضراب سيستمر حتى يوم الجمعة.",
           "توقف الترام على ثلاثة خطوط عند الظهر.", "تحل الحافلات محله على أكثر الخطوط ازدحاما."],
    "hi": ["ट्राम हड़ताल की ताज़ा जानकारी यहाँ पढ़ें।", "यूनियनों ने कहा कि हड़ताल शुक्रवार तक चलेगी।",
           "तीन लाइनों पर ट्राम दोपहर में रुक गईं।", "सबसे व्यस्त मार्गों पर बसें चलाई जा रही हैं।"],
    "ru": ["Следите за новостями о забастовке трамвайщиков.", "Профсоюзы заявили, что забастовка продлится до пятницы.",
           "Трамваи на трёх линиях остановились в полдень.", "На самых загруженных маршрутах их заменяют автобусы."],
    "zh": ["在这里关注有轨电车罢工的最新消息。", "工会表示罢工将持续到周五。",
           "三条线路的有轨电车在中午停运。", "最繁忙的线路改由公交车替代。"],
}
LIVE_SUBHEADING = {"en": "Why they strike", "ar": "لماذا يضربون", "hi": "हड़ताल क्यों", "ru": "Почему они бастуют",
                   "zh": "罢工原因"}


def updates_page(language: str, href: str, lead: bool, boxed: bool = True, head: str = "",
                 title: str = "Tram strike: what we know") -> str:
    """A live page or a "what we know" timeline: under its headline (``lead``) a paragraph of its own,
    a subheading and another paragraph, and then its updates, newest first a day apart
    (:data:`NEWEST_FIRST`), each a heading linking to the story it sums up (``href``, formatted with the
    update's ``n``), its own ``<time>`` and two paragraphs; in an ``<article>`` each (``boxed``) or one
    after another. ``head`` stands for the page's ``og:type``."""
    own = LIVE_LEADS[language]
    paragraphs = [*DATED_SECTION_STORIES[language], *own[2:]]
    updates = "".join(
        ("<article class='update'>" if boxed else "")
        + f"<h2><a href='{href.format(language=language, n=n)}'>{n + 1}: {paragraphs[2 * n][:20]}</a></h2>"
        + f"<time datetime='{day}'>{day[:16]}</time><p>{paragraphs[2 * n]}</p><p>{paragraphs[2 * n + 1]}</p>"
        + ("</article>" if boxed else "") for n, day in enumerate(NEWEST_FIRST[:len(paragraphs) // 2]))
    opening = f"<h1>{title}</h1>" + (f"<p>{own[0]}</p><h2>{LIVE_SUBHEADING[language]}</h2><p>{own[1]}</p>" if lead else "")
    html = page(f"<main>{opening}{updates}</main>", lang=language)
    return html.replace("<meta property='og:type' content='website'>", head) if head else html


@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("language", sorted(LIVE_LEADS))
@pytest.mark.parametrize("url", ["https://news.example/{language}/live/tram-strike",           # a story address without digits
                                 "https://news.example/{language}/2024/05/20/tram-strike-live"])
def test_a_live_page_whose_dated_updates_link_to_other_stories_under_its_headline_and_lead_is_an_article(
        language, boxed, url):
    """A live page or timeline tells its story under its headline (paragraphs of its own, a subheading
    between them: no run of paragraphs) and then its updates, newest first, each two paragraphs linking
    to the story they sum up on another page of the site: no feed's entries, whatever its address (one
    without digits reads as a section's) and with no declaration; its updates' text is its own."""
    html = updates_page(language, "/{language}/news/story-{n}", True, boxed)
    result = extract_article(html, url.format(language=language))
    assert result.article is not None, result.reason
    assert all(paragraph in result.article.text for paragraph in LIVE_LEADS[language][:2])
    # each update tells two paragraphs: no teaser card nor box for the tree's cleaning either
    assert all(paragraph in result.article.text for paragraph in DATED_SECTION_STORIES[language])


@pytest.mark.parametrize("head", [
    "<meta property='og:type' content='article'>",
    "<meta property='og:type' content='website'><script type='application/ld+json'>"
    "{\"@type\": \"LiveBlogPosting\", \"headline\": \"Tram strike: what we know\"}</script>",
])
@pytest.mark.parametrize("language", sorted(LIVE_LEADS))
def test_a_live_page_declaring_itself_an_article_with_all_its_text_in_updates_linking_elsewhere_is_an_article(
        language, head):
    """No lead of its own, every paragraph in an update linking to another story, newest first: the page's
    word on itself (og:type article, a LiveBlogPosting) comes before its shape."""
    html = updates_page(language, "/{language}/news/story-{n}", False, head=head)
    result = extract_article(html, f"https://news.example/{language}/live/tram-strike")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", sorted(LIVE_LEADS))
@pytest.mark.parametrize("url, head, opening", [
    ("https://blog.example/{language}/", "", "<h1>Blog</h1>{p0}"),                                    # one paragraph about it
    ("https://blog.example/{language}/", "", "<h1><a href='/'>Blog</a></h1>{p0}"),                    # the site's name links home
    ("https://news.example/{language}/tag/tram/", "", "<h1>Tram</h1>{p0}"),
    ("https://news.example/{language}/category/tram/page/2/", "", "<h1>Tram</h1>"),
    ("https://news.example/{language}/tram", "<script type='application/ld+json'>"
     "{\"@type\": \"CollectionPage\", \"mainEntity\": {\"@type\": \"ItemList\"}}</script>", "<h1>Tram</h1>{p0}"),
])
def test_a_listing_whose_name_stands_over_no_lead_of_its_own_is_not_an_article(language, url, head, opening):
    """A blog's, tag's or section's page names itself over its entries (newest first, each showing two
    paragraphs of another post), with one paragraph describing it at most, or under a name that links
    home: no story's lead, its entries a feed's."""
    lead = LIVE_LEADS[language]
    body = dated_sections_story(language, "Blog", "/{language}/2024/05/{n}/post.html", NEWEST_FIRST).split(
        "<h1>Blog</h1>")[1].split("</main>")[0]
    html = page(f"<main>{opening.format(p0=f'<p>{lead[0]}</p>', p1=f'<p>{lead[1]}</p>')}{body}</main>", head=head,
                lang=language)
    result = extract_article(html, url.format(language=language))
    assert result.article is None, result.article and result.article.page_type  # index_page, or too_little_text
    # where the entries, boxes of teasers, came out of the text as chrome


@pytest.mark.parametrize("language", sorted(LIVE_LEADS))
@pytest.mark.parametrize("url", ["https://news.example/{language}/tag/tram/", "https://news.example/{language}/author/anna/",
                                 "https://news.example/{language}/search?q=tram"])
def test_a_listing_whose_name_stands_over_a_two_paragraph_description_is_not_an_article(language, url):
    """A tag's SEO text or an author's bio of two paragraphs under the listing's name, its entries (newest
    first, each showing two paragraphs of another post) after it: the same shape as a live page's lead
    over its updates, but the address names a listing (a tag's, an author's, a search's): the page says
    what it is, and its description is no story's lead nor body."""
    lead = LIVE_LEADS[language]
    body = dated_sections_story(language, "Blog", "/{language}/2024/05/{n}/post.html", NEWEST_FIRST).split(
        "<h1>Blog</h1>")[1].split("</main>")[0]
    html = page(f"<main><h1>Tram</h1><p>{lead[0]}</p><p>{lead[1]}</p>{body}</main>", lang=language)
    result = extract_article(html, url.format(language=language))
    assert result.article is None, result.article and result.article.page_type


LISTING_PAGE_TEXTS = {  # a listing's two-paragraph description, and an entry's two sentences (``{n}``: its number)
    "ja": ("東京の交通に関する最新ニュースと解説をお届けします。", "編集部はストライキや工事、新しい路線について毎日報道しています。",
           "市は月曜日、{n}号線の新しい計画を発表した。", "工事は秋に始まり、2年間続く予定だ。"),
    "th": ("ติดตามข่าวสารล่าสุดเกี่ยวกับการคมนาคมในกรุงเทพฯ ได้ที่นี่", "กองบรรณาธิการของเรารายงานเรื่องการประท้วง งานก่อสร้าง และเส้นทางใหม่ทุกวัน",
           "เมืองได้เสนอแผนใหม่สำหรับสาย {n} เมื่อวันจันทร์", "งานจะเริ่มในฤดูใบไม้ร่วงและใช้เวลาสองปี"),
    "el": ("Όλες οι ειδήσεις για τις συγκοινωνίες της Αθήνας συγκεντρωμένες εδώ.",
           "Η σύνταξή μας καλύπτει καθημερινά απεργίες, έργα και νέες γραμμές του δικτύου.",
           "Ο δήμος παρουσίασε τη Δευτέρα νέο σχέδιο για τη γραμμή {n}.",
           "Τα έργα αναμένεται να ξεκινήσουν το φθινόπωρο και να διαρκέσουν δύο χρόνια."),
    "pl": ("Najnowsze wiadomości i komentarze na temat transportu w Krakowie znajdziesz tutaj.",
           "Nasza redakcja codziennie opisuje remonty, strajki i nowe linie komunikacji miejskiej.",
           "Miasto przedstawiło w poniedziałek nowy plan dla linii {n}.", "Prace mają ruszyć jesienią i potrwać dwa lata."),
    "tr": ("İstanbul ulaşımıyla ilgili son dakika haberleri ve analizleri burada.",
           "Editörlerimiz her gün grevleri, yol çalışmalarını ve yeni hatları takip ediyor.",
           "Belediye pazartesi günü {n} numaralı hat için yeni bir plan açıkladı.",
           "Çalışmaların sonbaharda başlaması ve iki yıl sürmesi bekleniyor."),
    "sw": ("Pata habari za hivi punde kuhusu usafiri jijini Nairobi hapa.",
           "Wahariri wetu huripoti kila siku kuhusu migomo, ujenzi na njia mpya za mabasi.",
           "Jiji lilitangaza Jumatatu mpango mpya wa njia ya {n}.", "Kazi inatarajiwa kuanza mwezi ujao na kudumu miaka miwili."),
}


def listing_page(language: str, opening: str, boxed: bool, title: str = "Transport", head: str = "",
                 href: str = "/{language}/2024/05/{day}/story-{n}.html") -> str:
    """A page whose ``<h1>`` (``title``) stands over ``opening`` and six dated entries newest first, each a
    heading linking to another page (``href``), its ``<time>`` and two paragraphs; in an ``<article>``
    each (``boxed``) or one after another."""
    _, _, first, second = LISTING_PAGE_TEXTS[language]
    entries = "".join(
        ("<article class='teaser'>" if boxed else "")
        + f"<h2><a href='{href.format(language=language, day=20 - n, n=n)}'>{first.format(n=n + 1)[:40]}</a></h2>"
        + f"<time datetime='2024-05-{20 - n}T09:00:00+02:00'>2024-05-{20 - n}</time>"
        + f"<p>{first.format(n=n + 1)}</p><p>{second}</p>" + ("</article>" if boxed else "") for n in range(6))
    return page(f"<main><h1>{title}</h1>{opening}{entries}</main>", head=head, lang=language)


@pytest.mark.parametrize(("address", "listing"), [
    ("https://n.example/pl/tag/tramwaje/", True),
    ("https://n.example/tr/yazar/ayse-kaya", True),                  # an author's page
    ("https://n.example/de/autor/anna-nowak/", True),
    ("https://n.example/cs/stitky/", True),                          # the index of topics
    ("https://n.example/?s=tramwaj", True),                          # WordPress's search
    ("https://n.example/zh/search?q=%E5%9C%B0%E9%93%81", True),
    ("https://n.example/en/category/transport/page/3/", True),       # a listing's later page
    ("https://n.example/de/autoren/benjamin-hoff/heute-schon-an-morgen-denken", False),  # a story filed deeper
    ("https://n.example/at/thema/vw-chef-diess-warnt/497533355", False),
    ("https://n.example/en/live/tram-strike", False),
    ("https://n.example/en/2024/05/20/tram-strike-live", False),
    ("https://n.example/en/story.html?page=2", False),               # an article's second page
    ("https://n.example/en/story.html?s=", False),                   # a search parameter holding no words
    ("https://n.example/en/story.html?s=20", False),                 # X/Twitter's share code: no word either
    ("https://n.example/en/politics/", False),                       # a section: its address says nothing of its kind
])
def test_an_address_names_a_listing_by_its_topic_author_search_or_page_directory(address, listing):
    from newsspider.extract.addresses import names_listing

    assert names_listing(address) is listing


@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("language", sorted(LISTING_PAGE_TEXTS))
@pytest.mark.parametrize("url", ["https://n.example/{language}/etiket/ulasim/", "https://n.example/{language}/autor/anna-nowak/",
                                 "https://n.example/{language}/?s=tramwaj", "https://n.example/{language}/topics/transport/page/2/"])
def test_a_listing_at_a_listings_address_with_its_description_before_its_entries_is_not_an_article(language, url, boxed):
    """A tag's, an author's or a search's page: its name over a description of two paragraphs, in a box or bare
    before its entries (side by side with them in one container: no story's text first), each showing two
    paragraphs of another post. Its address says what it is; the description outweighs none of the entries."""
    intro, more, _, _ = LISTING_PAGE_TEXTS[language]
    for opening in (f"<p>{intro}</p><p>{more}</p>", f"<div class='intro'><p>{intro}</p><p>{more}</p></div>"):
        result = extract_article(listing_page(language, opening, boxed), url.format(language=language))
        assert result.article is None, (opening, result.article and result.article.page_type)


@pytest.mark.parametrize(("language", "boxed"), [
    *((language, boxed) for language in sorted(LISTING_PAGE_TEXTS) for boxed in (True, False)
      if (language, boxed) != ("th", True)),
    pytest.param("th", True, marks=pytest.mark.xfail(strict=True, reason="a Thai live page's boxed updates leave "
                                                      "too little text (a gap older than session 60's address rule)")),
])
def test_a_live_page_whose_lead_stands_over_dated_updates_linking_elsewhere_stays_an_article_in_any_script(
        language, boxed):
    """The same shape as a tag's page with its description (a headline over two paragraphs of its own, dated
    entries newest first linking to other stories), at a story's address: a live page or timeline, emitted."""
    intro, more, _, _ = LISTING_PAGE_TEXTS[language]
    html = listing_page(language, f"<p>{intro}</p><p>{more}</p>", boxed, "Tram strike: what we know so far",
                        href="/{language}/news/story-{n}")
    for url in ("https://n.example/{language}/live/tram-strike", "https://n.example/{language}/2024/05/20/tram-strike-live"):
        result = extract_article(html, url.format(language=language))
        assert result.article is not None, (url, result.reason)


@pytest.mark.parametrize("language", sorted(LISTING_PAGE_TEXTS))
def test_a_dated_story_filed_at_a_topics_address_with_dated_entries_after_it_is_an_article(language):
    """A story filed right under a topic's directory ("/thema/<its slug>") that dates itself: its paragraphs a
    body of its own, however much text the entries after it show (a page that dates itself and holds a body
    is an article before its address is asked)."""
    intro, more, first, second = LISTING_PAGE_TEXTS[language]
    story = "".join(f"<p>{text}</p>" for text in (intro, more, first.format(n=7), second, intro))
    html = listing_page(language, f"<div class='story'>{story}</div>", True, "Tram strike: what we know so far",
                        head="<meta name='date' content='2024-05-21T10:00:00+02:00'>")
    result = extract_article(html, f"https://n.example/{language}/thema/tram-strike-what-we-know")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", sorted(LISTING_PAGE_TEXTS))
def test_a_listing_declaring_a_collection_with_its_description_before_its_flat_entries_is_not_an_article(language):
    """A section's page declaring a ``CollectionPage`` (at an address that says nothing): its name and
    description, then its entries one after another in the same container, no box each. The page's word on
    itself makes the description no story's text before trailing teasers."""
    intro, more, _, _ = LISTING_PAGE_TEXTS[language]
    head = ("<script type='application/ld+json'>{\"@type\": \"CollectionPage\", "
            "\"mainEntity\": {\"@type\": \"ItemList\"}}</script>")
    html = listing_page(language, f"<p>{intro}</p><p>{more}</p>", False, head=head)
    result = extract_article(html, f"https://n.example/{language}/transport")
    assert result.article is None, result.article and result.article.page_type


@pytest.mark.parametrize("language", sorted(LISTING_PAGE_TEXTS))
@pytest.mark.parametrize("url", ["https://n.example/{language}/tema/tram-strike-what-we-know",
                                 "https://n.example/{language}/2024/05/tram-strike/page/2",
                                 "https://n.example/{language}/news/tram-strike?q=share"])
def test_an_undated_story_of_three_paragraphs_at_a_listings_address_with_more_entry_text_after_it_is_an_article(
        language, url):
    """A story that declares nothing, filed right under a topic's directory (or an article's second page, or shared
    with a search parameter), its three paragraphs followed by a most-read block of entries in the same container
    showing more text than the story: a run of paragraphs longer than a listing's description is a body of its own."""
    intro, more, first, second = LISTING_PAGE_TEXTS[language]
    story = "".join(f"<p>{text}</p>" for text in (intro, more, first.format(n=7)))
    html = listing_page(language, story, False, "Tram strike: what we know so far")
    result = extract_article(html, url.format(language=language))
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "el", "zh", "ko", "th"])
def test_a_teasers_piece_running_from_one_line_of_the_text_into_the_next_is_no_teaser_text(language):
    """A teaser's piece is one block of another page's: it stands in one line of the text, or over whole
    lines (a blurb broken by a <br>). A match from inside one of this page's lines into the next (a related
    headline sharing the end of this story's headline and the start of its first paragraph) is none."""
    from newsspider.extract.pagetype import Teaser, text_shape
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    lines = [headline, *paragraphs[:2]]
    straddling = f"{headline[len(headline) // 2:]} {paragraphs[0][:len(paragraphs[0]) // 3]}"
    teaser = Teaser(straddling, "https://n.example/kraj/inne-1.html", straddling, [straddling])
    assert text_shape(lines, [teaser]).teasers == 0
    inside = headline[len(headline) // 2:]  # inside one line: teaser text
    teaser = Teaser(inside, "https://n.example/kraj/inne-1.html", inside, [inside])
    assert text_shape(lines, [teaser]).teasers == len(inside.casefold())


def test_a_teasers_blurb_broken_over_whole_lines_of_the_text_is_still_teaser_text():
    from newsspider.extract.pagetype import Teaser, text_shape

    blurb = "Tramwaje linii 4 pojadą nowym torem. Prace potrwają do jesieni."
    teaser = Teaser("Nowy tor na Woli", "https://n.example/kraj/tor.html", f"Nowy tor na Woli {blurb}",
                    ["Nowy tor na Woli", blurb])
    lines = ["Nowy tor na Woli", "Tramwaje linii 4 pojadą nowym torem.", "Prace potrwają do jesieni.", "O nas"]
    assert text_shape(lines, [teaser]).teasers == len("Nowy tor na Woli".casefold()) + len(blurb.casefold())


@pytest.mark.parametrize("language", ["pl", "ro", "el", "uk"])
def test_a_two_paragraph_brief_at_a_topics_address_whose_related_headlines_echo_its_own_is_emitted(language):
    """An undated two-paragraph brief filed at "/tema/<slug>" beside related stories whose headlines repeat
    the words of its own (a follow-up's headline: the end of this one's and the start of its first paragraph,
    as the text runs them on) keeps its body: those headlines are no teaser text of its lines."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    ending, opening = headline.split(), paragraphs[0].split()
    related = "".join(
        f"<article><h3><a href='/news/other-{n}.html'>{' '.join(ending[-2 - n % 4:] + opening[:2 + n // 4])}</a></h3>"
        f"<p>{paragraphs[2]}</p></article>" for n in range(8))
    html = (f"<html lang='{language}'><head><meta charset='utf-8'><title>{headline}</title></head><body><main>"
            f"<article><h1>{headline}</h1><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p></article>"
            f"<aside><h2>Related</h2>{related}</aside></main></body></html>")
    assert extract_article(html, "https://n.example/tema/story-slug-123").article is not None


def _other_sentence(text: str, k: int) -> str:
    """Another sentence of ``text``'s script, never a piece of it: its words (or, unspaced, its characters)
    rotated by ``k`` and reversed, its end mark kept."""
    end = text[-1] if not text[-1].isalnum() else ""
    body = text[:-1] if end else text
    words = body.split()
    if len(words) > 3:
        k %= len(words)
        return " ".join(reversed(words[k:] + words[:k])) + end
    k %= len(body)
    return (body[k:] + body[:k])[::-1] + end


def _short_story_page(language: str, story: str) -> str:
    """A page declaring nothing whose short story (``story``, under its ``<h1>``) stands beside a related
    block of 14 teasers (a linked thumbnail, a linked headline and a one-sentence blurb each) that holds
    more text than the story: trafilatura takes the teasers for the page's text."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    teasers = "".join(
        f"<div class='teaser'><a href='/news/other-{n}.html'><img src='/i/{n}.jpg'></a>"
        f"<h3><a href='/news/other-{n}.html'>{_other_sentence(headline, n + 1)}</a></h3>"
        f"<p>{_other_sentence(paragraphs[n % 3], n + 40)}</p></div>" for n in range(14))
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>{headline}</title>"
            f"<meta property='og:type' content='website'></head><body><header><nav><a href='/'>Home</a> "
            f"<a href='/world/'>World</a></nav></header>{story.format(headline=headline, teasers=teasers)}"
            f"<footer>(c) n.example</footer></body></html>")


def _story_paragraphs(language: str, count: int, per: int = 2) -> list[str]:
    """``count`` paragraphs of ``per`` sentences each, every sentence seen once on the page."""
    from tests.charset_texts import TEXTS

    _, paragraphs, _ = TEXTS[language]
    sentences = [paragraphs[n] if n < 3 else _other_sentence(paragraphs[n % 3], n + 7) for n in range(count * per)]
    joiner = "" if language in ("zh", "ja") else " "
    return [joiner.join(sentences[n * per:(n + 1) * per]) for n in range(count)]


@pytest.mark.parametrize("language", ["pl", "ru", "th", "hu", "el", "fa"])
def test_a_short_story_in_a_layout_tables_cell_beside_a_cell_of_teasers_is_an_article(language):
    """An old layout's story: its headline and three paragraphs in one cell, a cell of teasers outweighing
    it beside (trafilatura runs the row into one line). Three paragraphs of the page's own in a row are more
    than a listing's description holds: a story's body however short."""
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    html = _short_story_page(language, f"<table><tr><td class='main'><h1>{{headline}}</h1>{story}</td>"
                                       "<td class='side'>{teasers}</td></tr></table>")
    result = extract_article(html, "https://n.example/news/8812345")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "hu", "el", "th"])
@pytest.mark.parametrize("url", ["https://n.example/tag/sejm", "https://n.example/temat/sejm"])
def test_a_tags_two_paragraph_description_in_divs_over_its_teasers_is_not_an_article(language, url):
    """A tag's page whose description is two ``<div>`` paragraphs over its teasers: no more paragraphs than a
    listing's description holds, so no story of its own once its teasers are out."""
    texts = _story_paragraphs(language, 2)
    description = "<div class='desc'>" + "".join(f"<div>{text}</div>" for text in texts) + "</div>"
    html = _short_story_page(language, f"<div class='page'><h1>Sejm</h1>{description}{{teasers}}</div>")
    assert extract_article(html, url).article is None


@pytest.mark.parametrize("language", ["pl", "ru", "el", "fa", "tr", "zh", "th", "hu"])
def test_a_section_fronts_footer_notice_of_three_sentences_under_no_headline_is_not_an_article(language):
    """A section front of teasers only, its footer a notice of three sentence paragraphs (a cookie consent,
    an "about us", a newsletter's sign-up): once the teasers are out the notice is the page's story block,
    but no headline stands over it, so it is no short story's body."""
    notice = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3, per=1))
    html = _short_story_page(language, f"<main><h1>Sejm</h1>{{teasers}}</main><footer>{notice}</footer>")
    assert extract_article(html, "https://n.example/kraj/").article is None


BYLINE_NAMES = {"pl": "Anna Nowak", "ru": "Анна Петрова", "zh": "王小明", "th": "สมชาย ใจดี", "el": "Γιώργος Παπαδόπουλος",
                "fa": "علی رضایی", "ko": "김민수"}


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
@pytest.mark.parametrize("credit", ["<p>{name}, (PAP)</p>{story}", "<p>21.05.2024 10:15</p>{story}<p>(PAP)</p>"])
def test_a_short_story_in_a_layout_tables_cell_with_a_byline_or_credit_line_is_an_article(language, credit):
    """A layout table's short story whose cell also holds a byline, a dateline or an agency's credit, each a
    short ``<p>`` of its own above or below the story: lines set at a story's edges, no paragraph of a
    listing's description, so its three paragraphs are still a short story's body."""
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    cell = credit.format(name=BYLINE_NAMES[language], story=story)
    html = _short_story_page(language, f"<table><tr><td class='main'><h1>{{headline}}</h1>{cell}</td>"
                                       "<td class='side'>{teasers}</td></tr></table>")
    result = extract_article(html, "https://n.example/news/8812345")
    assert result.article is not None, result.reason


def _authors_page(language: str, url: str, byline_href: str | None, boxed: bool) -> str:
    """An author's page: their name as its ``<h1>``, a bio of three sentence paragraphs, and their stories,
    each with a byline linking to ``byline_href`` (none: the name unlinked; boxed or one after another)."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    name = BYLINE_NAMES[language]
    byline = name if byline_href is None else f"<a rel='author' href='{byline_href}'>{name}</a>"
    entries = "".join(
        f"<h3><a href='/news/other-{n}.html'>{_other_sentence(headline, n + 1)}</a></h3>"
        f"<span class='by'>{byline}</span>"
        f"<p>{_other_sentence(paragraphs[n % 3], n + 40)}</p>" for n in range(12))
    if boxed:
        entries = entries.replace("<h3>", "<article><h3>").replace("</p><article>", "</p></article><article>")
        entries += "</article>"
    bio = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>{name}</title>"
            f"<meta property='og:type' content='website'></head><body><main><h1>{name}</h1>"
            f"<div class='bio'>{bio}</div><div class='list'>{entries}</div></main></body></html>")


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
@pytest.mark.parametrize("boxed", [True, False])
def test_an_authors_page_whose_stories_bylines_link_back_to_it_is_not_an_article(language, boxed):
    """An author's page at an address that says nothing, their three-sentence bio under their name: each of
    their stories' bylines links to this very page, so the page lists its own subject; a short bio is no
    story's body."""
    url = "https://n.example/osoba-1"
    assert extract_article(_authors_page(language, url, url, boxed), url).article is None


@pytest.mark.parametrize("language", ["pl", "zh", "fa"])
def test_a_short_story_whose_related_teasers_bylines_link_to_their_authors_pages_is_an_article(language):
    """The same shape as an author's page, but each teaser's byline links to the author's own page, not back
    to this one, and the page is headlined with a story's headline: a story's list of its author's other
    stories, and its three paragraphs a short story's body. (Headlined with the name that bylines each
    teaser and dating nothing, it is the author's page at another address.)"""
    from tests.charset_texts import TEXTS

    url = "https://n.example/osoba-1"
    html = _authors_page(language, url, "https://n.example/autor/osoba-1/", boxed=True)
    name = BYLINE_NAMES[language]
    html = html.replace(f"<h1>{name}</h1>", f"<h1>{TEXTS[language][0]}</h1>").replace(
        f"<title>{name}</title>", f"<title>{TEXTS[language][0]}</title>")
    assert extract_article(html, url).article is not None


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
@pytest.mark.parametrize("boxed", [True, False])
def test_an_authors_page_whose_stories_are_bylined_with_its_heading_is_not_an_article(language, boxed):
    """An author's page whose stories' bylines link nowhere (or elsewhere): under each story's headline
    stands the page's ``<h1>``, the author's name. The page dates nothing by its heading: it lists its
    own subject's stories, and a three-sentence bio is no story's body."""
    url = "https://n.example/ludzie/osoba-1"
    assert extract_article(_authors_page(language, url, None, boxed), url).article is None


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
def test_a_story_headlined_with_a_persons_name_dated_by_its_headline_listing_their_stories_is_an_article(language):
    """A short story headlined with a person's name (a columnist's obituary), a date by its headline, and
    a list of the person's stories bylined with it: a page dated by its headline is a story's, whatever
    its teasers' bylines say."""
    url = "https://n.example/ludzie/osoba-1"
    html = _authors_page(language, url, None, boxed=True).replace(
        "</h1>", "</h1><time datetime='2024-05-21T10:15:00+02:00'>21.05.2024 10:15</time>", 1)
    result = extract_article(html, url)
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
@pytest.mark.parametrize("url", ["https://n.example/szukaj/sejm", "https://n.example/search?q=sejm"])
def test_a_search_results_page_showing_its_query_in_its_search_box_is_not_an_article(language, url):
    """A search's results: the query in the search form's field and in the page's heading, two lines of
    its own over the teasers. Whatever the address, the page shows the words it was asked for."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    query = headline.split()[0] if " " in headline else headline[:2]
    form = f"<form action='/szukaj' role='search'><input type='search' name='q' value='{query}'><button>OK</button></form>"
    page = f"{form}<main><h1>{query}</h1><p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>{{teasers}}</main>"
    html = _short_story_page(language, page).replace(f"<title>{headline}</title>", f"<title>{query}</title>")
    assert extract_article(html, url).article is None


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
@pytest.mark.parametrize("form", [
    "<form action='/szukaj'><input type='search' name='q' value='' placeholder='{query}'></form>",
    "<form method='post' action='/newsletter'><input type='text' name='topic' value='{query}'></form>",
    "<form action='/szukaj'><input type='hidden' name='site' value='{query}'></form>",
    "<form action='/szukaj'><input class='hidden' type='text' name='section' value='{query}'></form>",
    "<form class='share-by-mail'><input type='text' name='section' value='{query}'></form>",
    "<form action='#search'><input type='text' name='section' value='{query}'></form>"])
def test_a_short_story_beside_a_form_holding_no_search_query_is_an_article(language, form):
    """A short story whose page holds a search box left empty (its hint a ``placeholder``), a POSTed form
    (a newsletter's sign-up, a comment's), a hidden field or one hidden from sight, or a script's form sent
    nowhere or to a place on the page (``#search``), holding a word of its headline: no search's words shown,
    and its three paragraphs are its body."""
    from tests.charset_texts import TEXTS

    headline = TEXTS[language][0]
    query = headline.split()[0] if " " in headline else headline[:2]
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    page = form.format(query=query) + f"<main><article><h1>{{headline}}</h1>{story}</article>{{teasers}}</main>"
    result = extract_article(_short_story_page(language, page), "https://n.example/news/8812345")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
@pytest.mark.parametrize("form", [
    "<form action='/szukaj' role='search'><input type='search' name='q' value='{query}'></form>",
    "<div class='weather'><form action='/pogoda'><input type='text' name='city' value='{query}'></form></div>",
    "<form action='/follow' method='get'><input name='topic' value='{query}'></form>"])
def test_a_short_story_dated_by_its_headline_beside_a_prefilled_get_form_is_an_article(language, form):
    """A short story that prints its date by its headline, whose page holds a GET form sent to an address
    with a field in sight prefilled with a word of its headline (a search box keeping the section's name or a
    previous query, a weather box's city, a topic to follow): a story dates itself, a search's results do
    not; its three paragraphs are its body."""
    from tests.charset_texts import TEXTS

    headline = TEXTS[language][0]
    query = headline.split()[0] if " " in headline else headline[:2]
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    page = form.format(query=query) + (
        "<main><article><h1>{headline}</h1><time datetime='2024-05-21T10:15:00+02:00'>21.05.2024 10:15</time>"
        f"{story}</article>{{teasers}}</main>")
    result = extract_article(_short_story_page(language, page), "https://n.example/news/8812345")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
@pytest.mark.parametrize("form", [
    "<form action='/szukaj' role='search'><input type='search' name='q' value='{query}'></form>",
    "<div class='weather'><form action='/pogoda'><input type='text' name='city' value='{query}'></form></div>"])
def test_an_undated_short_story_in_its_article_element_beside_a_prefilled_get_form_is_an_article(language, form):
    """A short story that dates nothing, its ``<h1>`` and three paragraphs in an ``<article>`` holding no
    teaser, beside a GET form whose field keeps a word of its headline (a search box, a weather box's city):
    the page's heading heads a composition of its own, which a search's results never are."""
    from tests.charset_texts import TEXTS

    headline = TEXTS[language][0]
    query = headline.split()[0] if " " in headline else headline[:2]
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    page = form.format(query=query) + f"<main><article><h1>{{headline}}</h1>{story}</article>{{teasers}}</main>"
    result = extract_article(_short_story_page(language, page), "https://n.example/news/8812345")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
def test_an_undated_story_headlined_with_a_name_in_its_article_element_listing_their_stories_is_an_article(
        language):
    """An undated obituary headlined with the person's name alone, its ``<h1>`` and three paragraphs in an
    ``<article>``, beside a list of the person's stories bylined with the name: a composition of its own."""
    url = "https://n.example/ludzie/osoba-1"
    html = _authors_page(language, url, None, boxed=True).replace("<main><h1>", "<main><article><h1>").replace(
        "</div><div class='list'>", "</div></article><div class='list'>")
    result = extract_article(html, url)
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
def test_an_authors_page_whose_article_element_holds_its_heading_and_its_entries_is_not_an_article(language):
    """An author's page set in one ``<article>``: their name, their bio and their stories bylined with it. The
    element holding the heading holds the entries too: a list, no composition of its own."""
    url = "https://n.example/ludzie/osoba-1"
    html = _authors_page(language, url, None, boxed=True).replace("<main>", "<main><article>").replace(
        "</main>", "</article></main>")
    assert extract_article(html, url).article is None


def _topic_hub(language: str, dated: bool) -> str:
    """A page declaring a ``CollectionPage``: a four-paragraph intro under its ``<h1>`` (with a date by it
    where ``dated``) over 20 dated teasers, each a linked headline and a blurb."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    intro = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 4))
    date = "<time datetime='2024-05-21T10:15:00+02:00'>21.05.2024 10:15</time>" if dated else ""
    entries = "".join(
        f"<div class='card'><h2><a href='/news/other-{n}.html'>{_other_sentence(headline, n + 1)}</a></h2>"
        f"<time datetime='2024-05-{20 - n % 19:02d}T08:30:00+02:00'>{20 - n % 19}.05.2024</time>"
        f"<p>{_other_sentence(paragraphs[n % 3], n + 40)}</p></div>" for n in range(20))
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage",'
          '"name":"x"}</script>')
    return (f"<html lang='{language}'><head><meta charset='utf-8'><title>{headline}</title>{ld}</head><body>"
            f"<main><h1>{headline}</h1>{date}{intro}<div class='list'>{entries}</div></main></body></html>")


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
def test_a_page_declaring_a_collection_dating_nothing_its_long_intro_outweighed_by_its_entries_is_not_an_article(
        language):
    """A topic hub that declares a ``CollectionPage``, dates nothing and shows a four-paragraph intro over 20
    dated entries that outweigh it: the intro describes the entries, however long."""
    assert extract_article(_topic_hub(language, dated=False), "https://n.example/susza").article is None


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "ko"])
def test_a_story_its_template_declares_a_collection_dated_by_its_headline_is_an_article(language):
    """The same page with a date by its headline: a story dates itself, and its four paragraphs are its
    body whatever its template declares. (Not Persian: its four paragraphs fall under the long body's
    length, ``article.RESCUED_BODY_SHARE``, before this rule as after.)"""
    result = extract_article(_topic_hub(language, dated=True), "https://n.example/susza")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa", "ko"])
def test_an_authors_page_at_an_authors_address_its_heading_and_bio_in_an_article_element_is_not_an_article(
        language):
    """An author's page at an address naming an author's ("/autor/osoba-1/") that sets their name and bio in an
    ``<article>`` of their own, their stories bylined with the name outside it: the address says what the page
    is, and the bio heads no story of its own (the undated obituary's shape at a story's address is one)."""
    url = "https://n.example/autor/osoba-1/"
    html = _authors_page(language, url, None, boxed=True).replace("<main><h1>", "<main><article><h1>").replace(
        "</div><div class='list'>", "</div></article><div class='list'>")
    assert extract_article(html, url).article is None


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "el", "ko", "ar", "ja", "hu"])
def test_an_undated_long_story_in_its_article_element_its_template_declaring_a_collection_is_an_article(language):
    """An undated long story (eight paragraphs of three sentences), its ``<h1>`` and paragraphs in an
    ``<article>`` of their own, on a template declaring a ``CollectionPage``, its related grid of 24 dated
    teasers with two-sentence blurbs outside and outweighing it: the page's heading heads a story of its
    own, no description of entries (a topic hub's intro stands in the listing's element, not an article)."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 8, per=3))
    entries = "".join(
        f"<div class='card'><h3><a href='/news/other-{n}.html'>{_other_sentence(headline, n + 1)}</a></h3>"
        f"<time datetime='2024-05-{20 - n % 19:02d}T08:30:00+02:00'>{20 - n % 19}.05.2024</time>"
        f"<p>{_other_sentence(paragraphs[n % 3], n + 40)} {_other_sentence(paragraphs[(n + 1) % 3], n + 9)}</p></div>"
        for n in range(24))
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage",'
          '"name":"x"}</script>')
    html = (f"<html lang='{language}'><head><meta charset='utf-8'><title>{headline}</title>{ld}</head><body>"
            f"<main><article><h1>{headline}</h1>{story}</article><section class='related'>{entries}</section>"
            f"</main></body></html>")
    result = extract_article(html, "https://n.example/news/8812345")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "ko", "el"])
def test_a_most_read_list_of_headlines_with_their_blurbs_is_not_an_article(language):
    """A "most read" page: a list (``<ol>``) whose items each hold a linked headline and a blurb, run
    together in the item's text. trafilatura writes each as one "- " line; that line is the teaser's, no
    paragraph of the page's own."""
    from tests.charset_texts import TEXTS

    headline, paragraphs, _ = TEXTS[language]
    items = "".join(f"<li><h3><a href='/news/other-{n}.html'>{_other_sentence(headline, n + 1)}</a></h3>"
                    f"<p>{_other_sentence(paragraphs[n % 3], n + 40)}</p></li>" for n in range(20))
    html = (f"<html lang='{language}'><head><meta charset='utf-8'><title>Top</title></head><body>"
            f"<main><h1>Top</h1><ol>{items}</ol></main></body></html>")
    assert extract_article(html, "https://n.example/najczesciej-czytane/").article is None


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
@pytest.mark.parametrize("self_link", ["<a class='share' href='{url}?share=facebook'>f</a>",
                                       "<a href='/news/8812345#comments'>0</a>",
                                       "<a class='permalink' href='{url}#post-{n}'>#</a>",
                                       "<a class='share' href='{url}'>share</a>"])
def test_a_short_story_whose_related_teasers_carry_its_own_address_is_an_article(language, self_link):
    """A short story whose related teasers each carry its own address, templated: a share button's (with a
    query, or bare under a word naming no subject of the page's), a comments link to a place on it, a live
    page's entry's permalink. None is a byline or label naming the page's subject: the page lists nothing of
    its own, and its three paragraphs are a short story's body."""
    url = "https://n.example/news/8812345"
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    html = _short_story_page(language, f"<main><article><h1>{{headline}}</h1>{story}</article>{{teasers}}</main>")
    teasers = html.split("<div class='teaser'>")
    html = teasers[0] + "".join(f"<div class='teaser'>{self_link.format(url=url, n=n)}{teaser}"
                                for n, teaser in enumerate(teasers[1:]))
    result = extract_article(html, url)
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", ["pl", "ru", "zh", "th", "el", "fa"])
def test_a_short_story_whose_canonical_link_is_the_front_page_is_an_article(language):
    """A short story whose canonical link is, wrongly, the site's front page, and whose related teasers each
    credit the site by its name (the ``<title>``'s suffix) linking there: the front page is no page an author's
    or a tag's teasers link back to, and the story's three paragraphs are its body."""
    url = "https://n.example/news/8812345"
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 3))
    html = _short_story_page(language, f"<main><article><h1>{{headline}}</h1>{story}</article>{{teasers}}</main>")
    html = html.replace("</title>", " | n.example</title><link rel='canonical' href='https://n.example/'>")
    html = html.replace("<div class='teaser'>", "<div class='teaser'><a class='site' href='https://n.example/'>n.example</a>")
    result = extract_article(html, url)
    assert result.article is not None, result.reason


_PROFILE_NAMES = {"pl": "Katarzyna Wiśniewska", "ru": "Дмитрий Соколов", "zh": "李建国", "ko": "박지영", "th": "วิชัย ศรีสุข",
                  "ar": "فاطمة الزهراء", "el": "Μαρία Νικολάου", "vi": "Trần Thị Mai", "bg": "Георги Димитров"}


@pytest.mark.parametrize("language", sorted(_PROFILE_NAMES))
@pytest.mark.parametrize("mark", ["<h1><a rel='author' href='{url}'>{name}</a></h1>",
                                  "<h1>{name}</h1><p class='who'><a rel='author' href='{url}'>{name}</a></p>"])
def test_an_authors_page_whose_rel_author_link_leads_to_itself_is_not_emitted(language, mark):
    """An author's page at a bare address ("/k-wisniewska/"), their name and a two-paragraph bio in an
    ``<article>`` of their own over a list of their stories, links its ``rel=author`` (HTML's link to the
    document's author) to itself: it is the author's own page, as a ``ProfilePage`` says, and its bio
    describes its entries. An undated obituary of the same shape links its author elsewhere."""
    url = "https://n.example/k-wisniewska/"
    bio = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 2))
    name = _PROFILE_NAMES[language]
    html = _short_story_page(language, f"<main><article class='author-bio'>{mark.format(url=url, name=name)}{bio}"
                                       "</article><section>{teasers}</section></main>")
    result = extract_article(html, url)
    assert result.article is None, result.article and result.article.page_type


@pytest.mark.parametrize("language", sorted(_PROFILE_NAMES))
@pytest.mark.parametrize("href", ["", "#", "#author", "/", "{url}?share=facebook", "https://x.example/news/8812345",
                                  "/autor/k-wisniewska/"])
def test_a_short_storys_rel_author_link_to_no_page_of_its_own_names_no_profile(language, href):
    """A short undated story whose byline's ``rel=author`` link leads to its author's page elsewhere, or,
    templated, nowhere of its own: empty, a place on the page, the site's front page (a one-author blog's
    home), another view of the story (a share button's query) or another site's page of the same path. Only a
    link leading to the page itself makes it an author's page; the story's two paragraphs are its body."""
    url = "https://n.example/news/8812345"
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 2))
    byline = f"<p class='byline'><a rel='author' href='{href.format(url=url)}'>{_PROFILE_NAMES[language]}</a></p>"
    html = _short_story_page(language, f"<main><article><h1>{{headline}}</h1>{byline}{story}</article>"
                                       "<aside>{teasers}</aside></main>")
    result = extract_article(html, url)
    assert result.article is not None, result.reason


@pytest.mark.parametrize("language", sorted(_PROFILE_NAMES))
@pytest.mark.parametrize("mark", ["<p class='byline'><a rel='author' href='{url}'>{name}</a></p>",
                                  "<p class='byline'><a rel='author' href='./'>{name}</a></p>",
                                  "<link itemprop='url' rel='author' href='{url}'><p class='byline'>{name}</p>",
                                  "<link rel='author' href='{url}'><p class='byline'>{name}</p>"])
def test_a_short_storys_template_linking_rel_author_to_the_story_itself_keeps_it_an_article(language, mark):
    """A short undated story whose template links its byline, or a ``<link rel=author>``, to the story's own
    permalink (WordPress themes printing ``the_permalink()`` there): the link heads no page, so it names no
    author's page, and the story is emitted (rev66f: a101b81 dropped every such story of up to three
    paragraphs, with or without teasers beside)."""
    url = "https://n.example/news/2024/06/some-story/"
    story = "".join(f"<p>{text}</p>" for text in _story_paragraphs(language, 2))
    byline = mark.format(url=url, name=_PROFILE_NAMES[language])
    html = _short_story_page(language, f"<main><article><h1>{{headline}}</h1>{byline}{story}</article>"
                                       "<aside>{teasers}</aside></main>")
    result = extract_article(html, url)
    assert result.article is not None, result.reason


def _ld(*nodes: dict) -> str:
    return "".join(f"<script type='application/ld+json'>{json.dumps(node, ensure_ascii=False)}</script>" for node in nodes)


JOB = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Redaktor nocny (m/k)", "datePosted": "2026-11-01",
       "hiringOrganization": {"@type": "Organization", "name": "Gazeta"}}
JOB_AD = "<h1>Redaktor nocny (m/k)</h1>" + "".join(f"<p>{p}</p>" for p in POLISH[:4])


@pytest.mark.parametrize("og_type", ["website", "article"])
def test_a_page_declaring_its_job_posting_is_no_article_whatever_its_og_type(og_type):
    """A job ad says what it is in its JSON-LD (a JobPosting bearing the page's headline, no Article):
    however long its text, and whatever og:type a CMS prints on every page, it is no story."""
    html = page(f"<main>{JOB_AD}</main>", _ld(JOB)).replace("content='website'", f"content='{og_type}'")
    assert extract_article(html, "https://x.org/praca/redaktor-nocny").reason == "other_work"
    graph = page(f"<main>{JOB_AD}</main>", _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Redaktor nocny"}, {k: v for k, v in JOB.items() if k != "@context"}]}))
    assert extract_article(graph, "https://x.org/praca/redaktor-nocny").reason == "other_work"


def test_a_story_beside_a_job_posting_stays_an_article():
    """Look-alikes: a story that declares its Article next to a JobPosting (about it, or in one graph),
    or declares none and carries another page's JobPosting (a jobs widget: another title)."""
    story = polish_article()
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Kraków wprowadza strefę"}
    for head in (_ld({**article, "about": JOB}), _ld({"@context": "https://schema.org", "@graph": [article, JOB]}),
                 _ld(JOB) + "<meta name='date' content='2026-11-03'>"):
        result = extract_article(story.replace("</head>", f"{head}</head>"), "https://x.org/krakow/strefa.html")
        assert result.article is not None, head


def test_a_forum_thread_declaring_its_posting_is_an_article():
    """A DiscussionForumPosting is a SocialMediaPosting: a thread whose posts are each headed by their
    author's link is the page's own text, not a list of teasers."""
    posts = "".join(f"<div class='post'><h4><a href='/forum/user/{user}'>{user}</a></h4><p>{text}</p></div>"
                    for user, text in zip(("anna_k", "tomek77", "lee.w", "anna_k"), POLISH[:4], strict=True))
    posting = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Strefa czystego transportu",
               "author": {"@type": "Person", "name": "anna_k"}, "datePublished": "2026-11-03T09:10:00+01:00"}
    html = page(f"<main><h1>Strefa czystego transportu</h1>{posts}</main>", _ld(posting))
    assert extract_article(html, "https://x.org/forum/t/strefa").article is not None


def test_a_forum_index_declaring_its_threads_postings_stays_a_listing():
    """Look-alike: an index declaring each thread's posting, each naming its own page, is no thread."""
    threads = "".join(f"<div class='thread'><h3><a href='/forum/t/{n}'>Wątek numer {n} o strefie czystego transportu</a></h3>"
                      f"<p>{POLISH[n % 6]}</p></div>" for n in range(8))
    postings = [{"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": f"Wątek {n}",
                 "url": f"https://x.org/forum/t/{n}", "datePublished": "2026-11-03"} for n in range(8)]
    html = page(f"<main><h1>Forum</h1>{threads}</main>", _ld(*postings))
    assert extract_article(html, "https://x.org/forum/").article is None


def test_a_storys_comment_thread_posting_does_not_stand_for_its_article():
    """Look-alike: a story declaring its NewsArticle and its comments' DiscussionForumPosting keeps the
    NewsArticle's headline and date."""
    comments = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Komentarze",
                "url": "https://x.org/krakow/strefa.html#comments", "datePublished": "2026-11-05"}
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Kraków wprowadza strefę czystego transportu",
               "datePublished": "2026-11-03T09:15:00+01:00"}
    html = polish_article().replace("</head>", _ld(comments, article) + "</head>")
    result = extract_article(html, "https://x.org/krakow/strefa.html")
    assert result.article is not None and result.article.published.startswith("2026-11-03")


@pytest.mark.parametrize("job", [
    {"@id": "https://x.org/krakow/strefa.html#job-123"},  # a graph's node: the page's address and a fragment
    {"url": "https://x.org/krakow/strefa.html"},  # a widget printing the page's address as its posting's
    {"@id": "https://x.org/krakow/strefa.html#jobposting", "mainEntityOfPage": {"@id": "https://x.org/krakow/strefa.html"}},
])
def test_a_story_carrying_a_jobs_widgets_posting_that_names_the_page_stays_an_article(job):
    """Look-alike: a story declaring no Article whose jobs widget's JobPosting names the page (as every node
    of a graph does) bears its job's title, not the story's headline: the story is emitted."""
    posting = {**JOB, **job}
    html = polish_article(_ld(posting) + "<meta property='article:published_time' content='2026-11-03T09:15:00+01:00'>")
    result = extract_article(html, "https://x.org/krakow/strefa.html")
    assert result.article is not None, result.reason


@pytest.mark.parametrize("address", [{"url": "https://x.org/krakow/strefa.html#comments"}, {}])
def test_a_storys_comment_posting_gives_it_no_author_where_it_declares_no_article(address):
    """Look-alike: a story declaring no Article in JSON-LD (only its date) under which a reader's
    comment is declared as a DiscussionForumPosting (naming the page with a fragment, or no page): the
    posting bears the comment's words, not the page's headline; its author is a reader, not the story's."""
    comment = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Nareszcie, czekam na to od lat",
               "text": "Nareszcie, czekam na to od lat.", "datePublished": "2026-11-05T21:40:00+01:00",
               "author": {"@type": "Person", "name": "Anna Kowalska"}, **address}
    head = _ld(comment) + "<meta property='article:published_time' content='2026-11-03T09:15:00+01:00'>"
    result = extract_article(polish_article(head), "https://x.org/krakow/strefa.html")
    assert result.article is not None and result.article.authors == [], result.article and result.article.authors
    assert result.article.published.startswith("2026-11-03")
