"""Boilerplate cleaning: chrome goes, every real sentence stays."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from newsspider.extract.cleaning import (
    RULES,
    CleanResult,
    available_languages,
    clean_text,
    line_key,
    load_patterns,
    phrase_key,
)
from newsspider.extract.cleaning.keys import numbered_key

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
SHARED_SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

BODY_EN = ("The minister said the talks would continue next week.\n"
           "Officials declined to comment further.")


def _paras(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


# ---------------------------------------------------------------------------------------------
# Pattern data


def test_pattern_files_cover_required_languages():
    required = {"ar", "fa", "ur", "hi", "bn", "uk", "ru", "pl", "el", "tr", "fr", "es", "pt", "de",
                "it", "nl", "zh", "ja", "ko", "id", "en"}
    assert required <= set(available_languages())
    for lang in required:
        data = load_patterns(lang)
        for rule in ("source", "read_also", "share", "follow", "subscribe", "newsletter",
                     "comments", "copyright", "tagline", "breadcrumb_home", "consent", "consent_cue",
                     "consent_button", "player", "share_on"):
            assert data[rule], (lang, rule)
    assert load_patterns("common")["shortcodes"]["names"]


def test_load_patterns_rejects_paths():
    with pytest.raises(ValueError):
        load_patterns("../x")


# ---------------------------------------------------------------------------------------------
# line_key


def test_line_key_normalises():
    assert line_key("  Subscribe   to our\tchannel!  ") == "subscribe to our channel"
    assert line_key("Updated 12:35") == line_key("UPDATED 09:05")
    assert line_key("Оновлено ٢٠٢٤") == line_key("оновлено 2024") == "оновлено 0000"
    assert line_key("« ﬁne »") == "fine"  # NFKC ligature, edge punctuation
    assert line_key("१२ बजे") == "00 बजे"  # Devanagari digits
    assert line_key("...") == ""


# ---------------------------------------------------------------------------------------------
# Seeds: the four copies of the AFP story


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        path = SHARED_SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {name} not available")
    return path.read_text(encoding="utf-8")


AR_TITLE = "إطلاق صواريخ على قاعدة عراقية تستضيف قوات أميركية: مصادر"
EN_TITLE = "Rockets launched at bases hosting US troops in Iraq and Syria"
UR_TITLE = "عراق اور شام میں امریکی فوجیوں کی میزبانی کرنے والے اڈوں پر راکٹ داغے گئے۔"

SEED_CASES = [
    # name, title, chrome lines (exact paragraphs that must go), expected counts
    ("ar-afp-rockets.txt", AR_TITLE, [AR_TITLE, "[ad_1]", "[ad_2]", "المصدر"],
     {"shortcode": 2, "headline": 2, "source": 1}),
    ("en-uk-site-afp-rockets.txt", EN_TITLE,
     ["завжди свіжі новини", "Всі новини, Політика, Світ", EN_TITLE, "залишити коментар:"],
     {"tagline": 1, "breadcrumb": 1, "headline": 1, "comments": 1}),
    ("ur-afp-rockets.txt", UR_TITLE, [UR_TITLE], {"headline": 1}),
    ("hi-afp-rockets.txt", "अमेरिकी ठिकानों पर रॉकेट हमले", [], {}),
]


@pytest.mark.parametrize("name,title,chrome,counts", SEED_CASES)
def test_seed_chrome_removed_and_sentences_intact(name, title, chrome, counts):
    text = _seed(name)
    result = clean_text(text, title=title)
    assert isinstance(result, CleanResult)
    expected = [p for p in _paras(text) if p not in chrome]
    assert _paras(result.text) == expected
    for line in chrome:
        assert line not in _paras(result.text)
    assert dict(result.removed) == counts


def test_seed_without_title_keeps_one_headline():
    text = _seed("ar-afp-rockets.txt")
    result = clean_text(text)
    paras = _paras(result.text)
    assert paras[0] == AR_TITLE and paras.count(AR_TITLE) == 1
    assert "[ad_1]" not in result.text and "[ad_2]" not in result.text
    assert paras[-1].startswith("تم نشر التحالف")
    assert result.removed["headline"] == 1


def test_seed_en_without_title_still_loses_site_chrome():
    text = _seed("en-uk-site-afp-rockets.txt")
    result = clean_text(text, language="en")
    paras = _paras(result.text)
    assert paras[0] == EN_TITLE
    assert paras[-1] == "Islamic State remnants still carry out attacks and ambushes in both countries."
    assert paras[1].startswith("Baghdad —\u00a0Several rockets")  # dateline inside a sentence stays


def test_paragraph_separators_preserved():
    text = _seed("ar-afp-rockets.txt")
    result = clean_text(text, title=AR_TITLE)
    assert "\n\n\n" not in result.text
    assert result.text.startswith("قال مسؤولون أمنيون")
    assert result.text.endswith("المجاورة.")
    # trafilatura style: single newlines
    trafi = "\n".join(_paras(text))
    assert _paras(clean_text(trafi, title=AR_TITLE).text) == _paras(result.text)
    assert "\n\n" not in clean_text(trafi, title=AR_TITLE).text


# ---------------------------------------------------------------------------------------------
# Trailing chrome


END_CHROME = [
    ("Source: AFP", "source"), ("Source", "source"), ("Sources: Reuters, AP", "source"),
    ("المصدر: وكالات", "source"), ("Джерело: Укрінформ", "source"), ("Источник: ТАСС", "source"),
    ("Quelle: dpa", "source"), ("来源：新华社", "source"), ("출처: 연합뉴스", "source"),
    ("Fuente: EFE", "source"), ("Kaynak: AA", "source"), ("स्रोत: एजेंसी", "source"),
    ("AFP", "source"),
    ("Read also: Iraq war ends after ten years", "read_also"),
    ("اقرأ أيضاً: صواريخ على قاعدة عين الأسد", "read_also"),
    ("Читайте також: Ракети вдарили по базі", "read_also"),
    ("Lire aussi : Les roquettes tombent", "read_also"), ("Baca juga: Roket ditembakkan", "read_also"),
    ("यह भी पढ़ें: इराक में रॉकेट हमला", "read_also"), ("یہ بھی پڑھیں: عراق میں حملہ", "read_also"),
    ("Lesen Sie auch: Raketen auf Stützpunkt", "read_also"), ("Czytaj też: Rakiety", "read_also"),
    ("Share this article", "share"), ("Share on Facebook", "share"),
    ("Facebook Twitter WhatsApp", "share"), ("Поділитися", "share"),
    ("Follow us on Twitter", "follow"), ("Follow AFP on X", "follow"),
    ("Підписуйтесь на наш Telegram-канал", "follow"), ("تابعونا على تويتر", "follow"),
    ("Suivez-nous sur Facebook", "follow"),
    ("Subscribe to our newsletter", "newsletter"), ("Sign up for our newsletter", "newsletter"),
    ("Subscribe now", "subscribe"), ("Abonnez-vous", "subscribe"),
    ("Leave a comment", "comments"), ("залишити коментар:", "comments"), ("12 comments", "comments"),
    ("Comments (3)", "comments"), ("ما رأيك؟", "comments"), ("Yorum yap", "comments"),
    ("© 2024 AFP. All rights reserved.", "copyright"), ("All rights reserved", "copyright"),
    ("جميع الحقوق محفوظة", "copyright"), ("Copyright © 2024 Example News", "copyright"),
    ("Tüm hakları saklıdır", "copyright"), ("版权所有 © 新华网", "copyright"),
    ("무단전재 및 재배포 금지", "copyright"), ("Всі права захищені", "copyright"),
    # spelling variants of listed phrases: harakat, tatweel, hamza and yeh forms, Turkish dotted I
    ("اقرا ايضا: صواريخ على قاعدة عين الأسد", "read_also"), ("اقـرأ أيضًا: صواريخ على القاعدة", "read_also"),
    ("المَصْدَر: وكالات", "source"), ("جميع الحقوق محفوظه", "copyright"), ("TÜM HAKLARI SAKLIDIR", "copyright"),
    ("BİZİ TAKİP EDİN", "follow"),
]


@pytest.mark.parametrize("line,rule", END_CHROME)
def test_trailing_chrome_removed(line, rule):
    result = clean_text(BODY_EN + "\n" + line)
    assert result.text == BODY_EN
    assert result.removed == {rule: 1}


def test_trailing_chrome_peeled_in_sequence():
    tail = "\n".join(["", "Source: AFP", "   ", "Read also: Another story", "Share", "Facebook X",
                      "Leave a comment", "© 2024 Example"])
    result = clean_text(BODY_EN + tail)
    assert result.text == BODY_EN
    assert sum(result.removed.values()) == 6


AP_NOTICE = ("© 2019 Associated Press. All Rights Reserved. This material may not be published, "
             "broadcast, rewritten, or redistributed.")


def test_wire_licence_notice_stays_with_the_story_but_site_copyright_goes():
    result = clean_text(BODY_EN + "\n" + AP_NOTICE + "\n© 2019 Example News")
    assert result.text == BODY_EN + "\n" + AP_NOTICE
    assert result.removed == {"copyright": 1}


def test_wire_licence_notice_is_not_removed_as_learned_site_template():
    result = clean_text(BODY_EN + "\n" + AP_NOTICE + "\nWatch our live stream",
                        site_lines=frozenset({line_key(AP_NOTICE), line_key("Watch our live stream")}))
    assert result.text == BODY_EN + "\n" + AP_NOTICE
    assert result.removed == {"site_learned": 1}


def test_read_also_label_with_headline_on_next_line():
    result = clean_text(BODY_EN + "\nRelated articles\nRockets hit US base in Iraq")
    assert result.text == BODY_EN and result.removed == {"read_also": 2}


# ---------------------------------------------------------------------------------------------
# Leading chrome


START_CHROME = [
    ("завжди свіжі новини", "tagline", {}), ("Breaking news", "tagline", {}),
    ("Example News", "tagline", {"site_name": "Example News"}),
    ("Home › World › Middle East", "breadcrumb", {}),
    ("Всі новини, Політика, Світ", "breadcrumb", {}), ("Accueil > Monde", "breadcrumb", {}),
    ("الرئيسية / عربي ودولي", "breadcrumb", {}), ("首页 > 国际", "breadcrumb", {}),
    ("By John Smith", "byline", {}), ("By J. Smith and Jane Doe, AFP", "byline", {}),
    ("Автор: Іван Петренко", "byline", {}), ("بقلم محمد علي", "byline", {}),
    ("Von Anna Müller", "byline", {}), ("홍길동 기자", "byline", {}), ("AFP", "byline", {}),
    ("12 March 2024", "dateline", {}), ("Published: March 12, 2024 10:35 am", "dateline", {}),
    ("Opublikowano: 12 marca 2024, 10:35", "dateline", {}),
    ("2024年3月12日 14:35", "dateline", {}), ("12.03.2024 14:35", "dateline", {}),
    ("Опубліковано 12 березня 2024, 10:35", "dateline", {}),
    ("نشر في 12 مارس 2024", "dateline", {}), ("입력 2024.03.12 14:35", "dateline", {}),
    ("Talks to continue, minister says", "headline", {"title": "Talks to continue, minister says"}),
    ("TALKS TO CONTINUE, MINISTER SAYS", "headline",
     {"title": "Talks to continue, minister says | Example News"}),
    ("Politics | Europe", "breadcrumb", {"title": "Talks to continue, minister says"}),
    ("Share: Facebook | X | WhatsApp", "share", {}),
]


@pytest.mark.parametrize("line,rule,kwargs", START_CHROME)
def test_leading_chrome_removed(line, rule, kwargs):
    text = line + "\n" + BODY_EN
    if "title" in kwargs and rule != "headline":
        text = line + "\n" + kwargs["title"] + "\n" + BODY_EN
    result = clean_text(text, **kwargs)
    assert result.text == BODY_EN
    assert result.removed[rule] == 1


def test_all_leading_title_copies_removed_and_pre_title_chrome():
    title = "Rockets hit US base in Iraq"
    text = "\n".join(["EXCLUSIVE", "Iraq · Syria", title, title, "By Jane Doe", "12.03.2024",
                      BODY_EN])
    result = clean_text(text, title=title)
    assert result.text == BODY_EN
    assert result.removed["headline"] == 2
    assert result.removed["pre_title"] + result.removed["tagline"] + result.removed["breadcrumb"] == 2


def test_repeated_headline_without_title_keeps_one_and_peels_below():
    head = "Rockets hit US base in Iraq"
    result = clean_text("\n".join([head, head, "By Jane Doe", BODY_EN]))
    assert result.text == head + "\n" + BODY_EN
    assert result.removed == {"headline": 1, "byline": 1}


# ---------------------------------------------------------------------------------------------
# False positives: short real content must survive


KEEP_AT_END = [
    "The investigation continues.", "He said: 'Read also the report.'", "Follow the money.",
    "Follow the money", "Share prices fell 3% on Monday.", "Source code was leaked, police said.",
    "“No.”", "No.", "Comments from the ministry were not immediately available.",
    "Subscribe to the theory, critics say.", "Read also the report.",
    "All rights reserved by the state, the court ruled.", "The source said the attack was planned.",
    "Related talks will follow.", "He criticized the new privacy policy.",
    "Copyright law is complicated, experts say.", "Print media is in decline.", "Popular anger grew.",
    # Arabic, Ukrainian, Russian, French, Spanish, German, Hindi, Urdu, Turkish, Chinese
    "المصدر لم يكشف عن اسمه.", "وقال: اقرأ أيضا التقرير.", "شارك في الاجتماع وزراء الخارجية.",
    "Джерело не уточнює деталі.", "Більше новин не буде.", "Нагадаємо, що обстріл тривав дві години.",
    "Источник не уточнил детали.", "Подробнее он не рассказал.",
    "La source a refusé de commenter.", "Suivez l'argent, dit-il.",
    "Fuente: el ministerio dijo que la situación es grave y que se tomarán medidas.",
    "Quelle des Konflikts bleibt unklar.", "Teilen wollte er das nicht.",
    "स्रोत ने नाम नहीं बताया।", "یہ بھی پڑھیں کہ حکومت نے کیا کہا۔", "Kaynak belirtilmedi.",
    "来源不明的火箭弹落在基地附近。", "Ja.",
]


@pytest.mark.parametrize("line", KEEP_AT_END)
def test_short_real_sentence_at_end_survives(line):
    result = clean_text(BODY_EN + "\n" + line)
    assert _paras(result.text)[-1] == line
    assert not result.removed


KEEP_AT_START = [
    "By Thursday the rebels had retreated from the city.", "By Thursday the rebels had retreated",
    "From Russia With Love", "Breaking news: rockets hit base near Baghdad",
    "Paris, London, Berlin", "“Yes.”", "Home is where the heart is.", "Iraq and Syria",
    "12 people were killed.", "In 2024 the war continued.", "May 12 marked the anniversary.",
    "Von der Leyen said the EU would respond.", "Di Maio ha detto che non ci sono prove.",
    "Автор заяви не уточнив деталей.", "بقلم الرصاص كتب التاريخ.", "Par ailleurs, le ministre a parlé.",
    "Source: un responsable a indiqué que trois roquettes sont tombées près de la base.",
]


@pytest.mark.parametrize("line", KEEP_AT_START)
def test_short_real_sentence_at_start_survives(line):
    result = clean_text(line + "\n" + BODY_EN)
    assert _paras(result.text)[0] == line
    assert not result.removed


def test_one_word_quote_in_middle_survives():
    text = "He was asked if he would resign.\n“No.”\nHe then left the room.\nShare"
    result = clean_text(text)
    assert _paras(result.text) == ["He was asked if he would resign.", "“No.”",
                                   "He then left the room."]


def test_chrome_phrases_in_middle_are_kept_except_read_also():
    middle = ["Source: AFP and a local official", "Share this article", "Leave a comment", "Related",
              "He added: “Read also the report.”", "Related: The ministry said it will respond."]
    for line in middle:
        result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
        assert line in _paras(result.text), line
    for line in ["Read also: Rockets hit base", "اقرأ أيضا: صواريخ على القاعدة",
                 "Читайте також: Новина дня"]:
        result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
        assert _paras(result.text) == ["First paragraph here.", "Last paragraph here."]
        assert result.removed == {"read_also": 1}


def test_long_line_never_edge_removed():
    long = "Source: " + "officials in the province said that " * 5 + "the attack failed"
    result = clean_text(BODY_EN + "\n" + long)
    assert _paras(result.text)[-1] == long


# ---------------------------------------------------------------------------------------------
# Shortcodes


@pytest.mark.parametrize("raw,expected,count", [
    ("Text with [ad_1] inside.", "Text with inside.", 1),
    ("Text [adsense] here [ads] too.", "Text here too.", 2),
    ('[caption id="attachment_5" align="alignnone" width="300"]Photo of the base[/caption]',
     "Photo of the base", 2),
    ("[caption id=”attachment_5″ width=”300″]Photo[/caption]", "Photo", 2),
    ("Watch: [embed]https://youtu.be/abc[/embed]", "Watch:", 1),
    ('[gallery ids="1,2,3"] Images from the scene.', "Images from the scene.", 1),
    ("[sic] is kept, and [1] too, [Video] and [AFP].", "[sic] is kept, and [1] too, [Video] and [AFP].", 0),
])
def test_shortcodes(raw, expected, count):
    result = clean_text("Intro sentence here.\n" + raw + "\nOutro sentence here.")
    assert _paras(result.text) == ["Intro sentence here.", expected, "Outro sentence here."]
    assert result.removed["shortcode"] == count


def test_placeholder_only_lines_dropped_with_their_blank_lines():
    result = clean_text("A first paragraph.\n\n[ad_1]\n\nA second paragraph.\n\n[ad_2]\n")
    assert result.text == "A first paragraph.\n\nA second paragraph."


# ---------------------------------------------------------------------------------------------
# site_lines


def test_site_learned_lines_removed_anywhere():
    lines = ["Intro sentence here.", "Join our WhatsApp group for updates 24/7",
             "Middle sentence here.", "Outro sentence here."]
    learned = frozenset({line_key("Join our WhatsApp group for updates 24/7")})
    result = clean_text("\n".join(lines), site_lines=learned)
    assert _paras(result.text) == ["Intro sentence here.", "Middle sentence here.",
                                   "Outro sentence here."]
    assert result.removed == {"site_learned": 1}
    # digits fold: the same template with another number still matches
    result = clean_text("A first paragraph of the story.\nJoin our WhatsApp group for updates 12/5\n"
                        "A second paragraph of the story.", site_lines=learned)
    assert result.removed == {"site_learned": 1}


def test_site_learned_ignores_long_lines_and_contaminated_sets():
    long = "word " * 50
    result = clean_text(f"Intro.\n{long}\nOutro sentence here.", site_lines={line_key(long)})
    assert long.strip() in _paras(result.text)
    # A learned set that would delete most of the page is distrusted (same story twice).
    text = "First real sentence of the story.\nSecond real sentence of the story.\nShort tail."
    learned = {line_key(p) for p in _paras(text)[:2]}
    result = clean_text(text, site_lines=learned)
    assert _paras(result.text) == _paras(text)


def test_short_site_sentences_go_where_they_stand_in_the_template_not_inside_the_story():
    short = frozenset({line_key("Istina je naš posao."), line_key("Police are investigating.")})
    story = ["A man was injured in a fight outside a bar on Mill Lane on Saturday night.",
             "Police are investigating.", "The bar's owner said the two men had not been drinking there.",
             "A witness said the fight lasted only a few minutes."]
    # Between two paragraphs of the story: the story's own sentence.
    assert clean_text("\n".join(story), site_short_lines=short).text == "\n".join(story)
    # At an edge of the text, or beside other chrome (a shortcode, a learned line): the site's motto.
    for text in ("Istina je naš posao.\n" + "\n".join(story),
                 "\n".join(story) + "\nIstina je naš posao.\nShare this article",
                 "\n".join(story[:3]) + "\nIstina je naš posao.\n[adsense]\n" + story[3],
                 "\n".join(story[:3]) + "\nJoin our channel\nIstina je naš posao.\n" + story[3]):
        result = clean_text(text, site_short_lines=short, site_lines={line_key("Join our channel")})
        assert "Istina" not in result.text and all(p in result.text for p in story), text
        assert ("site_learned", "Istina je naš posao.") in result.removed.lines


def test_a_learned_label_in_a_script_without_full_stops_goes_only_where_a_motto_would():
    # A Thai line ends no sentence with a mark: its end cannot say it is a label, not a sentence.
    line = "ตำรวจกำลังสอบสวน"  # "Police are investigating."
    text = f"สภาเมืองอนุมัติแผนปรับปรุงรถรางเมื่อวันพุธที่ผ่านมา\n{line}\nนายกเทศมนตรีกล่าวว่าจะทำงานเป็นระยะเพื่อลดผลกระทบ"
    learned = frozenset({line_key(line)})
    assert clean_text(text, site_labels=learned).text == text
    assert clean_text(f"{text}\n[ad_1]\n{line}", site_labels=learned, site_short_lines=learned).text == text


SENTENCES_OF_EVERY_SCRIPT = [
    "Τι θα γίνει τώρα με τις συντάξεις;", "Τι είπε ο υπουργός «για το θέμα»;", "Ποιος φταίει\u037e",
    "བོད་ཀྱི་གནས་ཚུལ་གསར་པ།", "ព័ត៌មានថ្មីៗ៕", "ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ᠃", "Հայաստանում նոր օրենք է ընդունվել։",
    "አዲስ ሕግ ጸድቋል።", "नया कानून पास हुआ।", "نیا قانون منظور ہو گیا۔", "新法律已经通过。", "ဥပဒေသစ် အတည်ပြုပြီ။",
]


@pytest.mark.parametrize("line", SENTENCES_OF_EVERY_SCRIPT)
def test_a_sentence_ends_with_the_full_stop_or_question_mark_of_its_script(line):
    from newsspider.extract.cleaning.text import ends_sentence, has_sentence_break
    from newsspider.extract.pagetype import running_text

    assert ends_sentence(line) and running_text(line)
    assert has_sentence_break(f"{line} Next")


def test_a_colon_ends_a_sentence_only_after_an_armenian_word():
    """Many Armenian pages type the Armenian full stop ։ as the colon it looks like."""
    from newsspider.extract.cleaning.text import ends_sentence
    from newsspider.extract.pagetype import running_text

    line = "Հայաստանում նոր օրենք է ընդունվել:"
    assert ends_sentence(line) and running_text(line) and ends_sentence("Քաղաքապետը հայտնեց, որ «աշխատանքները կսկսվեն»:")
    assert not ends_sentence("Read more:") and not ends_sentence("Περισσότερα:") and not ends_sentence("Подробнее:")


def test_a_semicolon_ends_a_sentence_only_after_a_greek_word():
    from newsspider.extract.cleaning.text import ends_sentence

    assert not ends_sentence("the rule applies de facto;") and not ends_sentence("Ειδήσεις από όλο τον κόσμο")
    # A Greek question a site repeats is a sentence: a label learned from its pages leaves it.
    labels = frozenset({line_key("Τι σημαίνει αυτό για εσάς;")})
    text = "Το υπουργείο ανακοίνωσε νέα μέτρα.\nΤι σημαίνει αυτό για εσάς;\nΟι αλλαγές ισχύουν από τον Ιούνιο."
    assert clean_text(text, site_labels=labels).text == text


# ---------------------------------------------------------------------------------------------
# Misc


def test_empty_and_plain_text():
    assert clean_text("").text == ""
    assert clean_text("Just one sentence.").text == "Just one sentence."
    assert clean_text("Line one.\r\nLine two.").text == "Line one.\nLine two."


def test_rule_names_are_known():
    text = _seed("en-uk-site-afp-rockets.txt")
    result = clean_text(text + "\nSource: AFP\n© AFP", title=EN_TITLE)
    assert set(result.removed) <= set(RULES)


def test_chrome_between_headline_copies_is_pre_title():
    # trafilatura emits <h1>, then the chrome planted in the body, then the body's copy.
    title = "Police clash with separatists ahead of vote anniversary"
    text = "\n".join([title, "Always the latest news", "All news | Politics | Europe", title,
                      BODY_EN])
    result = clean_text(text, title=title)
    assert result.text == BODY_EN
    assert result.removed["headline"] == 2


def test_read_also_headline_with_full_stop_mid_text():
    text = ("First paragraph here.\nRead also: Scherzer wants to play spoiler vs. Rockies.\n"
            "Lesen Sie auch: Labour lässt nicht mehr alle Meinungen gelten.\nLast paragraph here.")
    result = clean_text(text)
    assert _paras(result.text) == ["First paragraph here.", "Last paragraph here."]
    # ...but never several sentences after the label.
    keep = "Read also: the report. It says the attack was planned."
    assert keep in clean_text(f"First paragraph here.\n{keep}\nLast paragraph here.").text


def test_bench_pages_deterministic_and_clean(tmp_path):
    bench = pytest.importorskip("bench.extraction_pages")
    ntrex = tmp_path / "ntrex"
    ntrex.mkdir()
    ids = ["s1"] * 4 + ["s2"] * 3
    (ntrex / "DOCUMENT_IDS.tsv").write_text("\n".join(ids) + "\n", encoding="utf-8")
    en = ["Rockets hit base in Iraq", "Several rockets were launched on Thursday.",
          "Nobody was hurt, officials said.", "The investigation continues.",
          "Storm brings floods to the south", "Rivers burst their banks overnight.",
          "Schools were closed."]
    uk = ["Ракети влучили в базу в Іраку", "У четвер було випущено кілька ракет.",
          "Ніхто не постраждав, повідомили посадовці.", "Розслідування триває.",
          "Шторм приніс повені на південь", "Річки вийшли з берегів уночі.", "Школи закрили."]
    (ntrex / "newstest2019-src.eng.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    (ntrex / "newstest2019-ref.ukr.txt").write_text("\n".join(uk) + "\n", encoding="utf-8")
    m1 = bench.build_pages(tmp_path / "a", ntrex_dir=ntrex)
    m2 = bench.build_pages(tmp_path / "b", ntrex_dir=ntrex)
    assert m1 == m2 and len(m1) == 4
    assert len(bench.build_pages(tmp_path / "c", ntrex_dir=ntrex, split="test")) == 2
    listed = [entry for entry in m1 if entry["chrome_group"] == "listed"]
    assert listed
    for entry in m1:
        page = (tmp_path / "a" / entry["path"]).read_text(encoding="utf-8")
        assert page == (tmp_path / "b" / entry["path"]).read_text(encoding="utf-8")
        assert entry["title"] not in entry["gold_sentences"] and entry["planted"]
    for entry in listed:
        # The body container as text: planted chrome around the gold paragraphs. A site language
        # with a phrase list loses all of it to the text rules alone, but for the lines that only
        # structure tells apart (the site's motto is learned from its other pages).
        planted = [p for p in entry["planted"] if p["kind"] not in TEXT_RULES_CANNOT_SEE
                   and not (p["kind"] == "read_also" and entry["site"].startswith("magazine"))]
        start = [p["text"] for p in planted if p["where"] == "start"]
        middle = [p["text"] for p in planted if p["where"] == "middle"]
        end = [p["text"] for p in planted if p["where"] == "end"]
        paras = entry["gold_paragraphs"]
        body = "\n".join(start + paras[:1] + middle + paras[1:] + end)
        cleaned = clean_text(body, title=entry["title"], site_name=entry["site_name"]).text
        score = bench.score_page({**entry, "planted": planted}, cleaned)
        assert score["recall"] == 1.0 and score["planted_leaked"] == 0, (entry["path"], cleaned)


# The site's motto is learned from its other pages; a "read also" label set in bold without a
# separator (the magazine layout) goes by its link, which the text does not show.
TEXT_RULES_CANNOT_SEE = {"motto"}


def test_bench_pages_further_shapes_leave_the_base_pages_as_they_were(tmp_path):
    """``shapes="more"`` adds the shapes of ``bench.chrome_shapes`` (in every site language) and
    draws them apart: each page keeps its base plants, deterministically."""
    bench = pytest.importorskip("bench.extraction_pages")
    shapes = pytest.importorskip("bench.chrome_shapes")
    assert set(shapes.SHAPES) == set(bench.CHROME) | set(bench.FURTHER_CHROME)
    ntrex = tmp_path / "ntrex"
    ntrex.mkdir()
    (ntrex / "DOCUMENT_IDS.tsv").write_text("s1\ns1\ns1\ns1\n", encoding="utf-8")
    en = ["Rockets hit base in Iraq", "Several rockets were launched on Thursday.",
          "Nobody was hurt, officials said.", "The investigation continues."]
    (ntrex / "newstest2019-src.eng.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    base = bench.build_pages(tmp_path / "base", ntrex_dir=ntrex)
    more = bench.build_pages(tmp_path / "more", ntrex_dir=ntrex, shapes="more")
    assert more == bench.build_pages(tmp_path / "again", ntrex_dir=ntrex, shapes="more")
    for before, after in zip(base, more, strict=True):
        added = after["planted"][len(before["planted"]):]
        assert after["planted"][:len(before["planted"])] == before["planted"] and added
        assert {p["where"] for p in added} == {"more"}
        shown = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", (tmp_path / "more" / after["path"]).read_text(
            encoding="utf-8"))).split())
        for plant in added:
            assert " ".join(plant["text"].replace(",", " ,").split()) in shown.replace(",", " ,"), plant


# ---------------------------------------------------------------------------------------------
# Trailing promo/contact paragraphs, credits, related-link blocks


def test_trailing_contact_and_promo_paragraphs_go():
    text = BODY_EN + "\n" + "\n".join([
        "(Reporting by Jane Roe and John Doe; Editing by Sam Poe)",
        "Write to Al Root at allen.root@example.com",
        "Follow The Daily Planet Opinion section on Facebook, Twitter (@DPopinion) and Instagram.",
        "Get the latest updates right in your inbox. Subscribe to our newsletters.",
    ])
    assert _paras(clean_text(text).text) == _paras(BODY_EN)


def test_a_last_sentence_about_social_networks_or_follow_ups_stays():
    for last in ("Facebook and Twitter did not respond to requests for comment.",
                 "Follow-up talks are planned for next week in Geneva.",
                 "Subscribers to the service were told on Friday that prices would rise."):
        text = BODY_EN + "\n" + last
        assert _paras(clean_text(text).text) == _paras(text)


def test_a_last_sentence_opening_with_a_newsletter_word_is_no_promo_by_that_word_alone():
    """A one-word prompt ("Newsletter", "Follow") makes a closing promo only with a cue beside it
    (a network, a handle, an address, a newsletter): the word that opens the sentence is not its
    own cue. "Newsletter editors were told ..." is the story's last sentence; a newsletter named
    after another prompt word, or the word set apart as a label ("Newsletter: ..."), still makes one."""
    for last in ("Newsletter editors were told on Friday to cut their costs by a fifth.",
                 "Newsletters sent by the council will be printed on recycled paper from May."):
        text = BODY_EN + "\n" + last
        assert _paras(clean_text(text).text) == _paras(text), last
    for prompt in ("Subscribe to the newsletter and get the best stories every morning.",
                   "Follow the latest news in our newsletter every morning.",
                   "Newsletter: get the best stories every morning in your inbox, for free, from our editors.",
                   "Newsletter – the best of the week, every Friday in your inbox."):
        assert _paras(clean_text(BODY_EN + "\n" + prompt).text) == _paras(BODY_EN), prompt


def test_a_last_sentence_opening_with_a_polite_imperative_is_no_promo_by_its_verb_alone():
    """"Folgen Sie" is German's "Follow": a verb and the pronoun that addresses the reader, naming
    nothing to follow. As a one-word prompt, it makes a closing promo only with a cue (a network, a
    handle, an address, a newsletter): "Folgen Sie den Anweisungen der Einsatzkräfte, bat die
    Polizei ..." is the story's (bench.real_shapes chrome_word_end); "Folgen Sie uns ..." names the
    site and still goes, as does "Folgen Sie ZDFheute auf Instagram."."""
    body = "Der Brand brach am Morgen in einer Lagerhalle aus.\nDie Feuerwehr war mit 80 Kräften im Einsatz."
    last = "Folgen Sie den Anweisungen der Einsatzkräfte, bat die Polizei die Anwohner am Abend."
    assert _paras(clean_text(body + "\n" + last).text) == _paras(body + "\n" + last)
    for prompt in ("Folgen Sie ZDFheute auf Instagram und verpassen Sie keine Nachricht mehr.",
                   "Folgen Sie uns für mehr Nachrichten aus der Region und dem Rest der Welt."):
        assert _paras(clean_text(body + "\n" + prompt).text) == _paras(body), prompt


def test_a_sign_up_step_ending_a_list_of_the_story_stays_but_a_list_of_prompts_goes():
    """IGN: "Here's how: - Sign up for a Hulu account ... - Sign up for the Disney+ bundle using the
    same email": the last item is a step of the story's list, not a prompt closing the page. A
    prompt of its own, a list of prompts or one under related stories' headlines still goes (the
    headlines themselves are the tree's to judge: the text does not show whether they are links)."""
    steps = BODY_EN + "\n" + "\n".join([
        "- If you already have a Hulu account, visit your account page to upgrade",
        "- Sign up for the Disney+ bundle using the same email as your Hulu account",
    ])
    assert _paras(clean_text(steps).text) == _paras(steps)
    prompt = "Sign up for our newsletter to get the latest stories in your inbox"
    assert _paras(clean_text(BODY_EN + "\n" + prompt).text) == _paras(BODY_EN)
    prompts = "\n".join(["- Follow us on Twitter and Facebook", f"- {prompt}"])
    assert _paras(clean_text(BODY_EN + "\n" + prompts).text) == _paras(BODY_EN)
    related = ["- Moon Rush: Private Lunar Lander Plans", "- Photos: Europa, Mysterious Icy Moon of Jupiter"]
    text = "\n".join([BODY_EN, *related, f"- {prompt}"])
    assert _paras(clean_text(text).text) == _paras("\n".join([BODY_EN, *related]))


def test_a_final_list_of_capitalised_items_stays_for_the_text_does_not_show_links():
    """A list ending the text whose items are capitalised as headlines are is not known to be a
    block of linked headlines ("related stories") from the text: German capitalises its nouns (a
    recipe's ingredients), a profile lists its facts ("- Languages: Korean and English"), a review
    its products. Whether the items are links to other stories is the page's tree's to say
    (``cleaning.tree``: a list of other stories); the text alone keeps them, as plain trafilatura does."""
    for items in (["- Frische Kräuter aus dem Garten", "- Zwei Zehen Knoblauch", "- Ein Glas Olivenöl"],
                  ["- Education: Juyeop High School, Chung Ang University", "- Languages: Korean and English",
                   "- Religion: Protestant"],
                  ["- Moon Rush: Private Lunar Lander Plans", "- Photos: Europa, Mysterious Icy Moon of Jupiter"],
                  ["- challenges coming soon", "- better android support", "- bugs fixed"]):
        text = "\n".join([BODY_EN, *items])
        assert _paras(clean_text(text).text) == _paras(text), items


def test_short_hindi_sentence_with_a_number_is_not_a_dateline():
    first = '"डॉन गोयो" नामक ज्वालामुखी 1994 से ही सक्रिय है।'
    text = first + "\nज्वालामुखी से निकलने वाली राख कई इलाकों में मिली है।"
    assert _paras(clean_text(text).text) == _paras(text)
    assert clean_text("12 मार्च 2024\n" + text).text.startswith(first)


def test_a_long_line_above_the_headline_at_the_top_is_the_trees_to_judge_a_short_label_goes():
    """macrumors: another story's teaser above the headline goes in the extraction, where the tree
    shows it inside a link to its guide (tests/test_cleaning_pretitle.py); the text alone cannot
    tell it from the story's own intro, and keeps it. The short label beside it goes."""
    title = "New Laptop With Scissor Keyboard Expected in First Half of 2020"
    teaser = "Night mode is an automatic setting which takes advantage of the new camera. It works well."
    text = teaser + "\n16-inch Laptop Now Available\n" + title + "\n" + BODY_EN
    assert _paras(clean_text(text, title=title).text) == _paras(teaser + "\n" + BODY_EN)


def test_a_subheading_repeating_a_short_part_of_the_title_is_no_headline_copy():
    title = "Samsung Galaxy Unpacked: Launchtermin soll feststehen – das erwarten wir"
    lead = ["Die niederländische Seite »Sammobile« hat erfahren, dass das Event am 10. Juli stattfinden soll.",
            "Darum ist das wichtig: Wir erwarten zu diesem Event nicht nur neue Foldables."]
    text = "\n".join([*lead, "Das erwarten wir", BODY_EN])
    assert clean_text(text, title=title).text == text
    suffixed = "Rockets hit US base in Iraq and Syria overnight | Example News"
    assert clean_text("\n".join(["Rockets hit US base in Iraq and Syria overnight", BODY_EN]), title=suffixed).text \
        == BODY_EN


def test_a_headline_copy_in_other_punctuation_is_a_headline_copy():
    title = 'Schnellere Integration: "Job-Turbo" hilft Geflüchteten auf dem Arbeitsmarkt'
    text = "\n".join(['Schnellere Integration "Job-Turbo" hilft Geflüchteten auf dem Arbeitsmarkt', BODY_EN])
    result = clean_text(text, title=title)
    assert result.text == BODY_EN and result.removed["headline"] == 1


def test_line_keys_fold_every_character_with_a_digit_value():
    import unicodedata

    from newsspider.extract.cleaning.keys import ANY_DIGIT

    mismatched = [cp for cp in range(0x110000)
                  if (ANY_DIGIT.fullmatch(chr(cp)) is not None) != (unicodedata.digit(chr(cp), None) is not None)]
    assert mismatched == []
    assert line_key("Оновлено ١٢:٣٠ ²") == line_key("Оновлено 00:00 0")


# ---------------------------------------------------------------------------------------------
# Consent notices, media-player fallbacks, share-on-a-network prompts, agency credits


CONSENT = [
    "We use cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.",
    "Wir verwenden Cookies, um unsere Website zu verbessern. Mit der Nutzung stimmen Sie unserer Datenschutzerklärung zu.",
    "Nous utilisons des cookies pour mesurer l'audience. En savoir plus.",
    "Мы используем файлы cookie. Продолжая просмотр, вы соглашаетесь с политикой конфиденциальности.",
    "本网站使用Cookie来改善体验。继续浏览即表示您同意我们的隐私政策。",
    "Externer Inhalt", "Alle akzeptieren", "Accept all cookies",
]


@pytest.mark.parametrize("notice", CONSENT)
def test_consent_notice_at_the_start_goes(notice):
    result = clean_text(notice + "\n" + BODY_EN)
    assert result.text == BODY_EN and result.removed == {"consent": 1}


def test_sentences_about_cookies_and_consent_stay():
    for line in ("We use cookies sparingly, the company's privacy chief told the committee on Tuesday.",
                 "“We use cookies to track users and we ask for consent,” the spokesman said.",
                 "Wir verwenden Cookies nur selten, sagte der Sprecher."):
        assert _paras(clean_text(line + "\n" + BODY_EN).text)[0] == line
        assert _paras(clean_text(BODY_EN + "\n" + line).text)[-1] == line


PLAYER = ["Your browser does not support the audio element.", "Ihr Browser unterstützt das Audio-Element nicht.",
          "Votre navigateur ne prend pas en charge la balise vidéo.", "您的浏览器不支持视频播放。",
          "Listen to this article", "Ваш браузер не поддерживает HTML5 видео."]


@pytest.mark.parametrize("line", PLAYER)
def test_media_player_fallback_goes_anywhere(line):
    result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
    assert _paras(result.text) == ["First paragraph here.", "Last paragraph here."]
    assert result.removed == {"player": 1}


def test_sentences_about_browsers_stay():
    for line in ("Your browser does not support this feature, experts warned on Tuesday.",
                 "Your browser does not support the new standard yet. Google says it will by June."):
        text = "First paragraph here.\n" + line + "\nLast paragraph here."
        assert _paras(clean_text(text).text) == _paras(text)


@pytest.mark.parametrize("line", ["Auf Facebook teilen", "Udostępnij na Facebooku", "Facebook'ta paylaş",
                                  "分享到微信", "Share on X | Share via Email", "فیس بک پر شیئر کریں"])
def test_share_on_a_network_goes_anywhere(line):
    result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
    assert _paras(result.text) == ["First paragraph here.", "Last paragraph here."]
    assert result.removed == {"share": 1}


def test_sentences_naming_networks_stay():
    for line in ("Share prices on Facebook fell.", "Auf Facebook teilen viele Nutzer Falschmeldungen."):
        text = "First paragraph here.\n" + line + "\nLast paragraph here."
        assert _paras(clean_text(text).text) == _paras(text)


@pytest.mark.parametrize("line", ["Lähde: STT", "Kilde: Ritzau", "Källa: TT", "Zdroj: ČTK", "Photos: Reuters/AP"])
def test_a_label_and_agency_names_at_the_end_go_in_any_language(line):
    result = clean_text(BODY_EN + "\n" + line)
    assert result.text == BODY_EN and result.removed == {"source": 1}


def test_a_turkish_agency_credit_written_with_its_dotted_capital_goes_at_the_end():
    # The agency's own spelling is "İHA"; case folding gives "i" and a combining dot above, so
    # the list's "IHA" alone does not name it.
    body = "Polis, olayla ilgili bilgisi olanların en yakın karakola başvurmasını istedi."
    for credit in ("İHA", "(İHA)"):
        assert clean_text(body + "\n" + credit).text == body, credit


def test_a_label_and_a_phrase_naming_no_agency_stays():
    for line in ("Lähde: hallituksen tiedote", "Warning: AP style guide changes", "Iran: Reuters reporter freed"):
        assert _paras(clean_text(BODY_EN + "\n" + line).text)[-1] == line


def test_learned_labels_go_only_where_the_line_is_no_sentence():
    labels = frozenset({line_key("Independent reporting since 1998"), line_key("The war began in 2022.")})
    text = "First paragraph here.\nIndependent reporting since 1998\nThe war began in 2022.\nLast paragraph here."
    result = clean_text(text, site_labels=labels)
    assert _paras(result.text) == ["First paragraph here.", "The war began in 2022.", "Last paragraph here."]
    assert result.removed == {"site_learned": 1}


def test_lines_the_sources_file_names_are_removed_anywhere_whatever_their_quotes_and_case():
    text = ("The council met on Tuesday to discuss the plan for the market square.\n"
            "This newsroom follows the press council\u2019s code of practice\n"
            "A vote is expected next month after a second round of consultation.\n"
            "THIS NEWSROOM FOLLOWS THE PRESS COUNCIL'S CODE OF PRACTICE.")
    assert "code of practice" in clean_text(text).text  # no rule of its own removes it
    result = clean_text(text, source_lines=frozenset({phrase_key("This newsroom follows the press council's code of practice")}))
    assert result.text == ("The council met on Tuesday to discuss the plan for the market square.\n"
                           "A vote is expected next month after a second round of consultation.")
    assert result.removed["source_boilerplate"] == 2


def test_a_sources_file_phrase_never_removes_a_line_that_only_contains_it():
    text = "Officials said the press council's code of practice was followed in every case last year."
    assert clean_text(text, source_lines=frozenset({phrase_key("code of practice")})).text == text


def test_peeling_the_start_folds_the_first_lines_only(monkeypatch):
    """The start pass reads lines up to the first line of content: a long text's other lines are
    not folded for it (about half of the cleaning's CPU, for nothing)."""
    from newsspider.extract.cleaning import passes
    from newsspider.extract.cleaning.keys import fold_key

    folded: list[str] = []

    def counting(line: str) -> str:
        folded.append(line)
        return fold_key(line)

    monkeypatch.setattr(passes, "fold_key", counting)
    words = ["council", "harbour", "budget", "river", "school", "railway", "market", "museum", "bridge", "forest"]
    body = [f"The {a} and the {b} were discussed at length by the members, who will meet again."
            for a in words for b in words]
    cleaned = clean_text("\n".join(["Home", "The headline of the story", *body]), title="The headline of the story")
    assert cleaned.text.split("\n") == body
    assert len(folded) < 20


def test_a_clips_date_and_running_time_go_from_the_middle_in_any_language():
    """A line of nothing but a date (and time) and a running time is a video's or a podcast's
    metadata; a running time in a sentence, or a date alone, stays."""
    for line in ["18.04.2024 | 0:21 min", "5 March 2024 · 12 min", "05.03.2024 – 1:02:45 Std.",
                 "5 марта 2024 | 3:18 мин", "2024年3月5日 12分", "12 Mart 2024 | 4 dk"]:
        result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
        assert _paras(result.text) == ["First paragraph here.", "Last paragraph here."], line
        assert result.removed == {"media": 1}
    for line in ["The minister spoke for 12 min", "Dauer: 45 Min.", "18.04.2024", "Am 18.04.2024 lief er 5 km in 21 min."]:
        result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
        assert line in _paras(result.text), line


def test_a_credit_to_news_agencies_alone_goes_from_the_middle():
    """"Quelle: AFP" under a picture's caption: a label and nothing but agency names, in any
    language; a credit that names anyone else, or a sentence, stays."""
    for line in ["Quelle: AFP", "Foto: Reuters/AP", "Lähde: STT", "Фото: ТАСС"]:
        result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
        assert _paras(result.text) == ["First paragraph here.", "Last paragraph here."], line
        assert result.removed == {"source": 1}
    for line in ["Quelle: AFP und eigene Recherchen", "Foto: Max Mustermann", "AFP said it had seen the letter."]:
        result = clean_text("First paragraph here.\n" + line + "\nLast paragraph here.")
        assert line in _paras(result.text), line


def test_end_credits_of_two_lines_or_more_go():
    credits = "Redaktion: Marcus Weber, Elena Schmidt\nFaktencheck: Marcus Weber"
    assert _paras(clean_text(BODY_EN + "\n" + credits).text) == _paras(BODY_EN)
    assert _paras(clean_text(BODY_EN + "\nText: Anna Nowak\nZdjęcia: Piotr Zieliński").text) == _paras(BODY_EN)
    # One such line may be the story's fact sheet; lines that are no names stay.
    for kept in ("Ort: Stadthalle Bonn", "Venue: the town hall\nTickets: Free at the door",
                 "Redaktion: Marcus Weber\nTermin: 12. Mai"):
        assert _paras(clean_text(BODY_EN + "\n" + kept).text)[-1] == kept.split("\n")[-1], kept


def test_a_dateline_with_a_time_zone_goes():
    for line in ("17:41 JST, October 13, 2024", "13.05.2024, 10:30 (CET)", "October 13, 2024 12:00 UTC+2"):
        assert _paras(clean_text(line + "\n" + BODY_EN).text) == _paras(BODY_EN), line
    kept = "Meeting at 10:30 CET with the minister\n" + BODY_EN
    assert _paras(clean_text(kept).text) == _paras(kept)


# ---------------------------------------------------------------------------------------------
# Text above the headline, and an e-mail address in a closing paragraph: decided by what the text is


def test_text_above_a_headline_that_opens_the_article_stays_for_the_tree_to_judge():
    """A long line or a sentence above the headline is another story's teaser or the story's own
    intro: the text cannot tell, the extraction's tree can (``drop_pre_title_teasers`` drops the
    teasers before the cleaner runs). The cleaner keeps it and still peels the headline below it;
    short labels above the headline go as before."""
    cases = [
        ("Rebloggt von gnaddrig: Antipoden: Die Wahrheit",
         "Gnaddrigs erstaunliche Betrachtungsweise soll heute als lehrreiches Stück herhalten. Daran sollten sich alle ein Beispiel nehmen."),
        ("Reblogué de Marie : la vérité sur les antipodes",
         "La théorie étonnante de Marie mérite d'être lue. Je la partage ici avec plaisir."),
        ("Reblogueado de Ana: la verdad sobre las antípodas",
         "La teoría asombrosa de Ana merece una lectura. La comparto aquí con gusto."),
    ]
    for title, intro in cases:
        result = clean_text("\n".join(["Blog", intro, title, "By Jane Doe", BODY_EN]), title=title)
        assert _paras(result.text) == _paras(intro + "\n" + BODY_EN), title
        assert result.removed["headline"] == 1 and result.removed["pre_title"] == 1


def test_a_closing_contact_sentence_of_the_story_stays_a_prompt_giving_an_address_goes():
    """A press release's closing sentence naming whom to ask, with the address in its prose, is the
    story's text, in any language; an address given after a label ("Contact: ...", "Kontakt: ..."), in
    a line that is no sentence ("Write to ... at ..."), or with a prompt ("Follow us ...") is the
    site's promo."""
    for sentence in (
            "Weitere Informationen erteilt Anne Althaus in der Leitstelle unter Tel. 02382 59743 (althausa@stadt.ahlen.de).",
            "Further information is available from Anne Smith at the city's press office (a.smith@city.example.org).",
            "Pour tout renseignement, la mairie répond à l'adresse contact@ville-exemple.fr jusqu'au 31 janvier.",
            "Las inscripciones pueden enviarse a cultura@ayto-ejemplo.es hasta el viernes."):
        text = BODY_EN + "\n" + sentence
        assert _paras(clean_text(text).text) == _paras(text), sentence
    for promo in (
            "Is your listed company doing something interesting? Contact: matt.birney@news.example.com",
            "Hinweise an die Redaktion? Kontakt: redaktion@zeitung.example.de",
            "Une info à nous signaler ? Écrivez-nous : redaction@journal.example.fr",
            "Write to Al Root at allen.root@example.com",
            "Follow us on Twitter or send your tips to tips@news.example.com."):
        assert _paras(clean_text(BODY_EN + "\n" + promo).text) == _paras(BODY_EN), promo


def test_a_learned_sentence_inside_the_story_is_the_storys_and_goes_above_or_below_it():
    # Formulaic local news repeats real sentences inside its stories; when the pages holding one
    # come first, it is on every page the site has shown and is learned as its template text.
    council = "The council meets on the first Tuesday of each month in the town hall on Market Street."
    learned = frozenset({line_key(council), line_key("Police are investigating."), line_key("Advertisement")})
    story = ["The council voted on Monday to close the old library on Mill Lane by the end of June.",
             council, "Police are investigating.",
             "Residents who opposed the plan said they would ask the county to review the decision."]
    assert clean_text("\n".join(story), site_lines=learned).text == "\n".join(story)
    # Inside the story beside the site's chrome (an advert's label, a shortcode) too; the label goes.
    result = clean_text(f"{story[0]}\nAdvertisement\n{council}\n[ad_1]\n{story[3]}", site_lines=learned)
    assert result.text == f"{story[0]}\n{council}\n{story[3]}"
    # Thai ends sentences with no mark: a learned line inside the story may be one.
    thai = ["สภาเทศบาลลงมติเมื่อวันจันทร์ให้ปิดห้องสมุดเก่าบนถนนมิลล์เลนภายในสิ้นเดือนมิถุนายนนี้ตามแผนเดิม",
            "ตำรวจกำลังสอบสวน",
            "ผู้อยู่อาศัยที่คัดค้านแผนดังกล่าวกล่าวว่าพวกเขาจะขอให้จังหวัดทบทวนการตัดสินใจครั้งนี้อีกครั้ง"]
    assert clean_text("\n".join(thai), site_lines={line_key(thai[1])}).text == "\n".join(thai)
    # Above or below the story, a learned sentence is the template's.
    for text in (f"{council}\n{story[0]}\n{story[3]}", f"{story[0]}\n{story[3]}\n{council}",
                 f"{council}\nAdvertisement\n{story[0]}\n{story[3]}"):
        result = clean_text(text, site_lines=learned)
        assert council not in result.text, text
        assert ("site_learned", council) in result.removed.lines
    # Above the headline is the page's header, however long the headline's copy above it.
    title = "North Korea says it will not disarm first unless it can trust the United States again"
    consent = "We use cookies to improve your experience. By continuing to browse you agree to their use."
    text = "\n".join([title, consent, "Latest news", "Home, World, Politics", title, *story])
    result = clean_text(text, title=title, site_lines=learned | {line_key(consent)})
    assert consent not in result.text and ("site_learned", consent) in result.removed.lines


def test_a_learned_story_sentence_closed_by_a_wires_bracketed_credit_stays_inside_the_story():
    """A formulaic site's line "... . (dpa)" repeats on every page and is learned; between two of the
    story's paragraphs it is the story's sentence, its bracketed credit an aside, in any script."""
    cases = [
        ("Der Gemeinderat hat am Montag beschlossen, die alte Bibliothek in der Mühlgasse zu schließen.",
         "Der Fahrer wurde leicht verletzt in ein Krankenhaus gebracht. (dpa)",
         "Anwohner, die den Plan ablehnen, wollen den Kreis bitten, die Entscheidung zu überprüfen."),
        ("当地官员表示，周一的暴雨导致城市多个街区发生洪水。", "警方呼吁知情者尽快与当地派出所联系。 （新华社）",
         "他们补充说，救援队正在将低洼地区的居民转移到临时避难所。"),
        ("የአካባቢው ባለሥልጣናት ሰኞ ዕለት ከባድ ዝናብ በከተማዋ በርካታ ሰፈሮች ጎርፍ ማስከተሉን ገልጸዋል።",
         "ፖሊስ ስለ አደጋው መረጃ ያላቸው ሰዎች እንዲያሳውቁ ጠይቋል። (ኢዜአ)",
         "የነፍስ አድን ቡድኖች ነዋሪዎችን ከዝቅተኛ ቦታዎች ወደ ጊዜያዊ መጠለያዎች እያስወጡ መሆኑን አክለዋል።"),
        ("Градска скупштина усвојила је буџет за изградњу нове болнице у центру града.",
         "Полиција моли сведоке да се јаве на број 192. (Танјуг)",
         "Према наводима полиције, синоћ су у несрећи повређене две особе на улазу у град."),
        # A right-to-left page's direction mark after the credit's bracket writes nothing.
        ("قالت السلطات المحلية إن الأمطار الغزيرة تسببت في فيضانات في عدة أحياء من المدينة.",
         "ودعت الشرطة الشهود إلى التواصل معها. (واس)\u200f",
         "وأضافت أن فرق الإنقاذ تعمل على نقل السكان من المناطق المنخفضة إلى ملاجئ مؤقتة."),
    ]
    for first, wire, last in cases:
        text = "\n".join([first, wire, last])
        assert clean_text(text, site_lines={line_key(wire)}).text == text, wire
    # No sentence before the brackets: a learned label with a count goes ("Kommentare (12)").
    first, _, last = cases[0]
    result = clean_text(f"{first}\nKommentare (12)\n{last}", site_lines={line_key("Kommentare (12)")})
    assert "Kommentare" not in result.text
    # Above or below the story, the learned line is the template's.
    result = clean_text(f"{first}\n{last}\n{cases[0][1]}", site_lines={line_key(cases[0][1])})
    assert "(dpa)" not in result.text


def test_what_strip_takes_off_is_spaces_and_controls_so_punctuation_only_is_decided_on_the_rest():
    """is_punct_only looks at ``s.strip()``: exact only while every character ``str.isspace`` holds
    is of Unicode's space or control categories (a Unicode update could add one that is not)."""
    import sys
    import unicodedata

    from newsspider.extract.cleaning.text import is_punct_only

    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert spaces and all(unicodedata.category(char)[0] in "ZC" for char in spaces)
    assert is_punct_only("\n   ") and is_punct_only(" | \u3000") and is_punct_only("")
    assert not is_punct_only("\n  and more ") and not is_punct_only(" 1 ")


def test_a_numbered_key_marks_each_number_whatever_its_width_and_digits():
    """Template counters are keyed with their numbers marked as one, in any script's digits:
    a reading time, a view count, a gallery's counter, French grouping by spaces."""
    from newsspider.extract.cleaning.keys import numbered_key
    assert numbered_key("7 min read") == numbered_key("112 min read") == "N min read"
    assert numbered_key("👁 1.234") == numbered_key("👁 ۹۰.۸۱۶") == numbered_key("👁 ５") == "N"
    assert numbered_key("Foto 3/12") == numbered_key("Foto ๑๗/๓๐") == "foto N"
    assert numbered_key("1 234 vues") == numbered_key("56 vues") == "N vues"
    assert numbered_key("Tempo di lettura: 112 minuti") == "tempo di lettura: N minuti"


def test_a_sentence_a_long_line_or_a_line_without_a_number_has_no_numbered_key():
    """Formulaic news repeats sentences that differ in their numbers only: they end like a
    sentence, or hold more words than a counter's label."""
    from newsspider.extract.cleaning.keys import numbered_key
    assert numbered_key("Police said 3 people were hurt.") is None
    assert numbered_key("Three people were hurt in the crash on 12 May") is None  # more than a label's words
    assert numbered_key("Min read") is None
    assert numbered_key("Aktualisiert am 12.03.2024 um 14:05 Uhr und 30 Sekunden") is None  # too wide


def test_a_long_title_copy_is_found_however_its_opening_is_spelled_and_a_near_miss_is_none():
    """The search for the headline's copy keys a long line by its opening first (a paragraph that
    parts from the title there is no copy): the opening must fold as the whole line does, so a copy
    in capitals with "ß" written "SS" and full-width digits is still the headline, and a line that
    opens like the title and parts from it later is not."""
    from newsspider.extract.cleaning.passes import headline_line

    title = ("Die Straße in Köln: 2024 endet der Umbau der großen Brücke über den Rhein nach zwölf langen "
             "Jahren Bauzeit")
    copy = ("DIE STRASSE IN KÖLN: ２０２４ endet der Umbau der großen Brücke über den Rhein nach zwölf langen "
            "Jahren Bauzeit")
    near = title.replace("Bauzeit", "Planung und Streit")
    lead = "Seit dem Frühjahr 2012 war die Rheinbrücke nur einspurig befahrbar, und die Pendler standen täglich im Stau."
    assert headline_line([lead, copy, BODY_EN], title, None) == 1
    assert headline_line([lead, near, BODY_EN], title, None) is None
    assert headline_line([near, copy, BODY_EN], title, None) == 1


def test_a_numbered_site_line_between_the_storys_paragraphs_stays_beside_chrome_too():
    """A result line between two paragraphs of the story is the story's, even where chrome stands
    beside it (an ad label, a "read also"); the same learned numbered line above or below the
    story, beside chrome, is the site's."""
    short = frozenset({"final score: N"})
    top = "The home side took the lead after ten minutes of the match."
    bottom = "The visitors never found a way back into the game after that."
    inside = f"{top}\nFinal score: 4-12\n[adsense]\n{bottom}"
    assert clean_text(inside, site_short_lines=short).text == f"{top}\nFinal score: 4-12\n{bottom}"
    outside = f"{top}\n{bottom}\nFinal score: 4-12\n[adsense]\nShare this article"
    assert clean_text(outside, site_short_lines=short).text == f"{top}\n{bottom}"


def test_a_short_sentence_holding_a_number_is_the_storys_at_an_edge_too():
    """A closing sentence with a number ("The match ended 2-1.") whose key a quarter of the site's
    pages share is the story's: its number says what happened on this page, a motto has none. Its
    number changes, so it is learned by its numbered key alone (``learned_lines.varying_numbers``)."""
    short = frozenset({"the match ended N", line_key("Truth first.")})
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for text in (f"{story}\nThe match ended 2-1.", f"{story}\nThe match ended 2-1.\n[adsense]\nShare this article"):
        assert clean_text(text + "\nTruth first.", site_short_lines=short).text == f"{story}\nThe match ended 2-1."


def test_a_counter_whose_unit_is_abbreviated_with_a_full_stop_is_numbered_and_goes_above_the_story():
    """"Lecture 4 min." ends with an abbreviation's full stop: the same numbered line as "Lecture
    13 min", removed above the story; the same shape below the story's start ends like a sentence
    and is the story's ("The match ended 2-1.")."""
    from newsspider.extract.cleaning.keys import numbered_key
    assert numbered_key("Lecture 4 min.") == numbered_key("Lecture 13 min") == "lecture N min"
    short = frozenset({"lecture N min", "the match ended N"})
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    text = f"Lecture 13 min.\n{story}\nThe match ended 2-1.\n[adsense]"
    assert clean_text(text, site_short_lines=short).text == f"{story}\nThe match ended 2-1."


def test_a_counter_with_a_full_stop_below_other_chrome_at_the_end_is_the_sites():
    """At the end of the text, a learned numbered line ending with a full stop is the story's only
    right below its last paragraph; below the site's other chrome (a copyright line) it is the
    template's, and the chrome above it goes too."""
    short = frozenset({"czas czytania: N min"})
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    text = f"{story}\n© 2019 The Meridian. Wszelkie prawa zastrzeżone.\nCzas czytania: 34 min."
    assert clean_text(text, site_short_lines=short,
                      site_lines={line_key("© 2019 The Meridian. Wszelkie prawa zastrzeżone.")}).text == story


def test_the_headline_opening_the_text_is_no_paragraph_a_story_line_stands_between():
    """The dateline right below the headline's copy that opens the text stands in the page's header,
    not between two of the story's paragraphs: it is no story line (``story_short_lines``)."""
    from newsspider.extract.cleaning import story_short_lines
    title = "Maxine Waters denies staffer leaked the senators' data, blasts lies"
    lines = [title, "Publicat el 2019-08-17", "U.S. Rep. Maxine Waters on Saturday denounced the allegations.",
             "Final score: 2-1", "The released information reportedly included home addresses."]
    assert story_short_lines(lines, title) == ["Final score: 2-1"]


def test_a_motto_whose_number_stays_goes_at_the_end_as_a_motto_does():
    """A motto with a year and a full stop ("Muryar gaskiya tun 1999.") learned by its line key
    (its number stays: ``learned_lines.varying_numbers``) is no closing sentence of the story."""
    motto = "Muryar gaskiya tun 1999."
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    short = frozenset({line_key(motto), "muryar gaskiya tun N"})
    assert clean_text(f"{story}\n{motto}", site_short_lines=short).text == story


def test_bench_pages_tune2_part_is_apart_from_the_other_parts(tmp_path):
    """The tune2 part (``bench.chrome_tune2``) has site languages of no other part, is built only when
    asked for (the other selections stay as they were), and shows every string it plants."""
    bench = pytest.importorskip("bench.extraction_pages")
    tune2 = pytest.importorskip("bench.chrome_tune2")
    assert not set(tune2.TUNE2_CHROME) & (set(bench.CHROME) | set(bench.FURTHER_CHROME))
    ntrex = tmp_path / "ntrex"
    ntrex.mkdir()
    body = [f"Sentence {i} of the story was written down." for i in range(12)]  # paragraphs enough for every slot
    stories = [["Rockets hit base in Iraq", *body], ["Storm closes airport", *body], ["Council passes budget", *body]]
    (ntrex / "DOCUMENT_IDS.tsv").write_text("".join(f"s{i}\n" * 13 for i in range(3)), encoding="utf-8")
    (ntrex / "newstest2019-src.eng.txt").write_text("\n".join(s for story in stories for s in story) + "\n",
                                                   encoding="utf-8")
    assert not any(m["chrome_group"] == "tune2" for m in bench.build_pages(tmp_path / "all", ntrex_dir=ntrex))
    pages = bench.build_pages(tmp_path / "t2", ntrex_dir=ntrex, chrome="tune2", shapes="more")
    ntrex_pages = [m for m in pages if not m["story"].startswith("semeval")]
    assert ntrex_pages and {m["chrome_group"] for m in pages} == {"tune2"}
    for entry in ntrex_pages:
        shown = "".join(html.unescape(re.sub(r"<[^>]+>", " ", (tmp_path / "t2" / entry["path"]).read_text(
            encoding="utf-8"))).split())
        for plant in entry["planted"]:
            assert "".join(plant["text"].split()).rstrip(":") in shown, plant


def test_a_label_that_introduces_nothing_at_the_end_goes_in_any_language():
    """A short label ending with a colon as the text's last line: what it introduced (a box of
    related stories, a list of links) is gone, so it is the box's heading; with it gone, the lines
    above it stand at the edge ("Quell: ..." and a motto the site's pages teach)."""
    for label in ("Ähnlech Artikelen:", "Inkuru bifitanye isano:", "相关新闻：", "Verwante artikels :"):
        assert _paras(clean_text(f"{BODY_EN}\n{label}").text) == _paras(BODY_EN), label
    # In a script without spaces no word count tells a heading from a clause: only one as wide as a
    # heading goes; a clause introducing a dropped quote stays.
    for label in ("声明全文如下：", "外交部发言人表示：", "大臣は次のように述べた："):
        text = f"{BODY_EN}\n{label}"
        assert _paras(clean_text(text).text) == _paras(text), label
    # Inside the text, or a sentence ending with a colon, or a long line: the story's.
    kept = [f"{BODY_EN}\nThe ministry listed three demands:\n- a ceasefire",
            f"Results:\n{BODY_EN}",
            f"{BODY_EN}\nThe minister then told reporters who had waited outside for hours:"]
    for text in kept:
        assert _paras(clean_text(text).text) == _paras(text), text


def test_a_short_tibetan_sentence_is_running_text():
    """A Tibetan sentence ends with the shad, short or long: a short one counts as running text, so a
    short line between two of them stands between two of the story's paragraphs."""
    from newsspider.extract.cleaning import story_short_lines

    lines = ["དེ་ནི་ཧ་ཅང་གལ་ཆེན་རེད།", "ཁོང་གིས་འདི་སྐད་གསུངས།", "ད་ལྟའི་ཆར་གནས་ཚུལ་གསལ་པོ་མེད།"]
    assert story_short_lines(lines) == [lines[1]]
    story = ["The minister said the talks would continue next week, and that both sides had agreed on a date.",
             "Officials declined to comment further on the talks, which began in March and have stalled twice."]
    assert story_short_lines([story[0], "ཁྱབ་བསྒྲགས།", story[1]]) == ["ཁྱབ་བསྒྲགས།"]


def test_a_short_line_beside_a_count_line_is_no_line_inside_a_story():
    """A short line holding a number (a reading time, a counter, a date: "སྐར་མ་ 2 ཀློག་ཡུན།", which
    ends with the shad a Tibetan sentence ends with, "Lesezeit: 4 Minuten") is no paragraph of the
    story: a short line beside it (a site's comment counter below its reading time) is not counted as
    a line inside a story, which would keep it from being learned as the site's, in any script."""
    from newsspider.extract.cleaning import story_short_lines

    story = ["The minister said the talks would continue next week, and that both sides had agreed on a date.",
             "Officials declined to comment further on the talks, which began in March and have stalled twice."]
    for count, short in (("སྐར་མ་ 2 ཀློག་ཡུན།", "བསམ་འཆར་འབྲི་རོགས།: 3"), ("Lesezeit: 4 Minuten", "Kommentare: 12"),
                         ("Σχόλια: 5", "Μοιραστείτε το"), ("阅读 3 分钟", "评论：5")):
        assert story_short_lines([story[0], count, short, story[1]]) == [], count
        assert story_short_lines([story[0], short, count, story[1]]) == [], count
    assert story_short_lines([story[0], "Final score: 2-1", story[1]]) == ["Final score: 2-1"]
    # A short sentence with a number is the story's: the short line below it stands inside the story.
    assert story_short_lines([story[0], "The match ended 2-1.", "Police are investigating.", story[1]]) == [
        "The match ended 2-1.", "Police are investigating."]


def test_a_short_label_with_a_bracketed_count_at_an_edge_of_the_text_is_a_counter():
    """A gallery's picture count or a comment count is a short label and a bracketed number in a
    line of its own ("Picha (25)", "फोटो (४९)" in Devanagari digits, "Toa maoni yako (14)"): at an
    edge of the text, above the story's first paragraph or below its last, it is the page's
    counter however few of the site's pages print it, in any language and digits."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for counter in ("Picha (25)", "फोटो (४९)", "Toa maoni yako (14)", "Kommentare (1.204)", "Фото [7]",
                    "תגובות (\u200f7\u200f)"):
        assert clean_text(f"{counter}\n{story}").text == story, counter
        assert clean_text(f"{story}\n{counter}").text == story, counter
    end = clean_text(f"{story}\n© 2019 Svizhi Novyny\nToa maoni yako (14)\nPicha (25)")
    assert end.text == story
    assert end.removed["counter"] == 2


def test_a_line_with_a_bracketed_number_that_is_no_counter_stays_at_the_edges():
    """What is not a short label and a count stays where it stands: a heading with a year ("Nike's
    Tiger Woods ad (2010)"), a sentence ending in a bracketed number,
    a label of many words, a list's item (a table of results: "- Arsenal (3)") and the story's
    text between two of its paragraphs."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for line in ("Nike's Tiger Woods ad (2010)", "The council voted in favour (7).",
                 "The number of seats won by the party in the last election (12)", "- Arsenal (3)"):
        assert clean_text(f"{line}\n{story}").text == f"{line}\n{story}", line
        assert clean_text(f"{story}\n{line}").text == f"{story}\n{line}", line
    top, bottom = story.split("\n")
    assert clean_text(f"{top}\nPicha (25)\n{bottom}").text == f"{top}\nPicha (25)\n{bottom}"


def test_a_bracketed_number_after_a_label_that_is_no_bare_label_stays_at_the_edges():
    """A counter's label is a bare label: a line whose words before the bracketed number hold a colon
    (a match report's "Tore: Müller (2)"), quotation marks ("„Wir machen weiter“ (12)") or other
    punctuation between its words is the story's line, at either edge of the text."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for line in ("Tore: Müller (2)", "Gelbe Karten: Kimmich (3)", "„Wir machen weiter“ (12)", "\"We go on\" (12)",
                 "Smith, Jones (2)", "Müller; Kimmich (3)"):
        assert clean_text(f"{line}\n{story}").text == f"{line}\n{story}", line
        assert clean_text(f"{story}\n{line}").text == f"{story}\n{line}", line
    for counter in ("Picha (25)", "फोटो (४९)", "Toa maoni yako (14)", "Kommentare (1.204)", "Photo-galerie (7)"):
        assert clean_text(f"{story}\n{counter}").text == story, counter


def test_a_label_and_a_date_in_numbers_above_the_story_is_its_dateline_in_any_language():
    """A label of a word or two and nothing but a date in numbers ("པར་སྐྲུན་དུས་ཚོད། 2019-04-14",
    "Publikigita: 14.04.2019") above the story's first paragraph is the page's dateline, whatever the
    label's language (the record has the date); the same shape among the story's paragraphs, a
    sentence or a label beside a lone number stays."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for dateline in ("པར་སྐྲུན་དུས་ཚོད། 2019-04-14", "Publikigita: 14.04.2019", "Ilitolewa | 2019-04-14 10:31"):
        assert clean_text(f"{dateline}\n{story}").text == story, dateline
    top, bottom = story.split("\n")
    for line in ("Publikigita: 14.04.2019", "The deadline is 2019-04-14.", "Stage 3: 14-04", "Score: 2-1"):
        assert clean_text(f"{top}\n{line}\n{bottom}").text == f"{top}\n{line}\n{bottom}", line
    for line in ("Stage 3: 14-04", "Score: 2-1", "Deadline extended to 2019-04-14 by the council"):
        assert clean_text(f"{line}\n{story}").text == f"{line}\n{story}", line


def test_a_preposition_or_a_version_before_numbers_above_the_story_is_no_labelled_date():
    """A labelled date's label ends with a colon, a separator or the Tibetan shad, and its numbers
    are a calendar date (day 1-31, month 1-12, a year of 2 or 4 digits): a preposition before a
    date without one is a sentence's fragment ("Bis 14.04.2019", "Until 31/12/2020") and "1.2.3"
    is no date, so such a first line stays."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for line in ("Bis 14.04.2019", "Ab 1.1.2020", "Until 31/12/2020", "Version 1.2.3", "Version: 1.2.3",
                 "Publikigita: 14.13.2019", "Dyddiad 14/04/2019"):
        assert clean_text(f"{line}\n{story}").text == f"{line}\n{story}", line
    for dateline in ("Publikigita: 14.04.2019", "Publikigita: 14.04.19", "Dato: 4/14/2019",
                     "པར་སྐྲུན་དུས་ཚོད། 2019-04-14"):
        assert clean_text(f"{dateline}\n{story}").text == story, dateline


def test_a_run_of_label_and_count_lines_at_an_edge_is_the_storys_table():
    """A page prints a counter or two (its pictures, its comments); three lines or more of a label
    and a bracketed number in a row are a table the story gives (a tournament's medal count, the
    league's top scorers), which stays whole at either edge of the text."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for table in ("Norway (16)\nGermany (12)\nCanada (11)", "Haaland (27)\n\nKane (25)\nSalah (20)\nMbappé (19)"):
        assert clean_text(f"{story}\n{table}").text == f"{story}\n{table}", table
        assert clean_text(f"{table}\n{story}").text == f"{table}\n{story}", table
    assert clean_text(f"{story}\nToa maoni yako (14)\nPicha (25)").text == story


def test_a_label_and_an_unbracketed_count_beyond_the_templates_lines_is_a_counter_in_any_script():
    """A comment count after its label's colon ("Kommentare: 12", a Tibetan label closed by its shad,
    Ethiopic's preface colon) or a picture count before its word ("12 Fotos", "५५ छायाचित्र", "25 ፎቶ")
    is the page's counter at either edge of the text, in any language and digits, also two of them,
    where a line of the template stands between it and the story: a byline or a date line, or a
    line the edge's peel takes (a share prompt)."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for counter in ("Kommentare: 12", "Fág trácht: 29", "བསམ་འཆར་འབྲི་རོགས།: 3", "አስተያየት፦ 4", "Коментари: ١٢",
                    "12 Fotos", "41 Grianghraf", "५५ छायाचित्र", "25 ፎቶ", "7 சித்திரங்கள்", "評論：5"):
        assert clean_text(f"{counter}\nBy Jane Doe\n{story}").text == story, counter
        assert clean_text(f"{counter}\n12.03.2024\n{story}").text == story, counter
        assert clean_text(f"By Jane Doe\n{counter}\n12.03.2024\n{story}").text == story, counter
        for share in ("Share on Facebook", "Share this article"):
            assert clean_text(f"{counter}\n{share}\n{story}").text == story, counter
            assert clean_text(f"{story}\n{share}\n{counter}").text == story, counter
            assert clean_text(f"{story}\n{share}\n{counter}\n© 2024 Example News").text == story, counter
    assert clean_text(f"{story}\nShare on Facebook\nMaoni: 7\n14 picha").text == story
    assert clean_text(f"Maoni: 7\n\n14 picha\nShare on Facebook\n{story}").text == story


def test_a_storys_own_count_line_between_the_templates_lines_and_the_story_stays_in_any_script():
    """A count after a label or before a word or two right beside the story, with the template's
    lines only on its other side (a byline, a date line or a share prompt above the story's first
    line; a share prompt, a copyright or a follow prompt below its last), is as likely the story's
    own as the site's ("12 dead" opening a brief, "Toll: 12" closing it): nothing in the text tells
    them apart, and a sentence eaten is worse than a counter left. It stays."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for first in ("12 dead", "2 Tote", "2 قتلى", "12 раненых", "2 की मौत", "12 伤", "2 ศพ", "Odcinek: 5", "2 ሞቱ",
                  "12 morts", "Jakso: 5"):
        for chrome in ("By Jane Doe", "12.03.2024", "Share on Facebook", "Updated 12.03.2024 14:05"):
            for sep in ("\n", "\n\n"):
                assert clean_text(f"{chrome}{sep}{first}{sep}{story}").text == f"{first}{sep}{story}", (first, chrome)
    for last in ("Toll: 12", "Zuschauer: 800", "観客：800", "Vifo: 12", "ሟቾች፦ 12", "Bilan : 12", "12 doden"):
        for chrome in ("Share this article", "© 2024 Example News", "Follow us on Twitter", "Read more:"):
            assert clean_text(f"{story}\n{last}\n{chrome}").text == f"{story}\n{last}", (last, chrome)


def test_a_storys_own_count_line_alone_at_an_edge_stays_in_any_script():
    """A count after a label or before a word or two that stands alone at an edge, beside no line of
    the template, is as likely the story's own: a brief's kicker ("12 dead", "2 ሞቱ"), a closing fact
    ("Toll: 12", "Zuschauer: 800", "観客：800"), a title ("3 Musketeers"); it stays, and so does a
    pair of them."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for first in ("12 dead", "10 Downing Street", "3 Musketeers", "Chapter: 4", "2 Tote", "2 قتلى", "12 раненых",
                  "2 की मौत", "12 伤", "2 ศพ", "2 νεκροί", "Odcinek: 5", "2 ölü", "12 wafariki", "2 ሞቱ"):
        for text in (f"{first}\n{story}", f"{first}\n\n{story}"):
            assert clean_text(text).text == text, first
    for last in ("Toll: 12", "Zuschauer: 800", "Final score: 2", "Pages: 120", "الحضور: 800", "Счёт: 2",
                 "मृतक: 12", "観客：800", "Σκορ: 2", "Ölü: 12", "Vifo: 12", "ሟቾች፦ 12", "5 stars"):
        assert clean_text(f"{story}\n{last}").text == f"{story}\n{last}", last
    assert clean_text(f"{story}\n2 dead\n3 injured").text == f"{story}\n2 dead\n3 injured"
    assert clean_text(f"2 dead\n3 injured\n{story}").text == f"2 dead\n3 injured\n{story}"


def test_an_unbracketed_count_in_a_field_list_a_heading_or_a_clause_stays_at_the_edges():
    """A count after a label is the story's where a field a label names in words stands beside it (a
    match report's fact box: "Schiedsrichter: Felix Zwayer" above "Zuschauer: 800"), where lines of
    counts follow one another (a result table), where the count is grouped or longer than three
    digits (an attendance), where a number opens a numbered heading another line continues ("1
    Introduction" ... "2 Method"), or where more than two words follow the count (a clause)."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    for end in ("Schiedsrichter: Felix Zwayer\nZuschauer: 800", "Arsenal: 3\nChelsea: 1\nEverton: 0",
                "Zuschauer: 45.000", "Zuschauer: 45000", "12 people were injured", "Score: 2-1"):
        assert clean_text(f"{story}\n{end}").text == f"{story}\n{end}", end
    numbered = f"1 Introduction\n{story}\n2 Method\n{story}"
    assert clean_text(numbered).text == numbered


def test_a_counter_below_a_template_line_the_peel_took_is_no_row_of_a_table():
    """The lines an edge's peel took are the template's: a count-shaped line among them (a site's
    reading time in a unit the CLDR abbreviates, learned as the site's) makes no table of the two
    counters below it (they go with the byline below them; beside the story only where the site's
    pages taught them too)."""
    story = "The home side took the lead after ten minutes of the match.\nThe visitors never found a way back."
    learned = "8 nóiméad léitheoireachta"
    short = frozenset({numbered_key(learned, line_key(learned))})
    text = f"{learned}\nFág trácht: 29\n41 Grianghraf\nBy Jane Doe\n{story}"
    assert clean_text(text, site_short_lines=short).text == story
    text = f"{learned}\nFág trácht: 29\n41 Grianghraf\n{story}"
    counters = frozenset(numbered_key(line, line_key(line)) for line in ("Fág trácht: 29", "41 Grianghraf"))
    assert clean_text(text, site_short_lines=short | counters).text == story
    assert clean_text(f"{story}\nSchiedsrichter: Felix Zwayer\n12 Fotos\nZuschauer: 800\nArsenal: 3").text == (
        f"{story}\nSchiedsrichter: Felix Zwayer\n12 Fotos\nZuschauer: 800\nArsenal: 3")


def test_a_label_link_line_the_site_taught_goes_wherever_it_stands_but_not_most_of_a_text():
    from newsspider.extract.cleaning import line_key
    story = ["Bunge lilipitisha bajeti mpya ya mwaka ujao siku ya Jumanne baada ya mjadala mrefu.",
             "Upinzani ulisema utakata rufaa dhidi ya uamuzi huo mahakamani."]
    line = "Soma pia Reli mpya"
    cleaned = clean_text("\n".join([story[0], line, story[1]]), site_label_links={line_key(line)}).text
    assert cleaned.split("\n") == story
    assert clean_text(line, site_label_links={line_key(line)}).text == line  # the whole text: kept


def test_the_rule_of_a_learned_label_link_is_one_of_the_rules_reported():
    from newsspider.commands.article import WHY
    from newsspider.extract.cleaning import line_key
    text = "Bunge lilipitisha bajeti mpya ya mwaka ujao siku ya Jumanne baada ya mjadala mrefu.\nSoma pia Reli mpya"
    removed = clean_text(text, site_label_links={line_key("Soma pia Reli mpya")}).removed
    assert dict(removed) == {"site_label_link": 1} and set(removed) <= set(RULES) and "site_label_link" in WHY
