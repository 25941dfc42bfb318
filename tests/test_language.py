import pytest

from newsspider.extract.language import choose_language, declared_script, language_probabilities, text_direction
from newsspider.langcodes import cldr_language, normalize_language

SAMPLES = {
    "ar": "قال مسؤولون أمنيون إن عدة صواريخ أطلقت اليوم الخميس على قاعدة تستضيف قوات من التحالف الدولي في العراق.",
    "ur": "عراق اور شام میں امریکی فوجیوں کی میزبانی کرنے والے اڈوں پر جمعرات اور جمعہ کو کئی راکٹ داغے گئے۔",
    "fa": "شورای شهر تهران روز سه‌شنبه طرح تازه‌ای برای گسترش خطوط مترو و کاهش آلودگی هوا تصویب کرد.",
    "hi": "इराक और सीरिया में अमेरिकी नेतृत्व वाले गठबंधन के ठिकानों पर गुरुवार और शुक्रवार को कई रॉकेट दागे गए।",
    "uk": "Міська рада Львова у вівторок ухвалила рішення про ремонт трамвайних колій на центральних вулицях міста.",
    "ru": "В четверг городской совет Казани утвердил план строительства новой линии метро до аэропорта.",
    "zh": "市政府周二宣布，将在明年春天之前完成老城区供水管网的全面改造工程，以改善居民用水质量。",
    "tr": "Belediye meclisi salı günü şehir merkezindeki tarihi çarşının restorasyonu için yeni bir bütçe onayladı.",
    "fr": "Le conseil municipal a adopté mardi un plan visant à rénover les écoles primaires de la ville d'ici deux ans.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie bis zum neuen Wohngebiet zu verlängern.",
    "en": "The city council approved on Tuesday a plan to renovate the primary schools of the town within two years.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_text_detection_wins_over_wrong_page_hint(language):
    assert choose_language(SAMPLES[language], ["en" if language != "en" else "fr"]) == language


def test_hints_decide_when_text_is_too_short_to_detect():
    assert choose_language("نعم", ["ar-SA", "ar", "en"]) == "ar"
    assert choose_language("2024", []) is None


def test_hint_in_another_script_than_the_text_is_ignored():
    assert choose_language("市政府周二宣布将改造供水管网", ["en"]) == "zh"


@pytest.mark.parametrize("tag, code", [("ar-SA", "ar"), ("en_US", "en"), ("zh-Hans-CN", "zh"), ("ara", "ar"),
                                       ("iw", "he"), ("", None), ("not a tag", None), (None, None)])
def test_language_tags_normalise_to_iso_639_1(tag, code):
    assert normalize_language(tag) == code


@pytest.mark.parametrize("language, direction", [("ar", "rtl"), ("ur", "rtl"), ("fa", "rtl"), ("hi", "ltr"),
                                                 ("uk", "ltr"), ("zh", "ltr"), ("en", "ltr")])
def test_direction_follows_the_script_of_the_text(language, direction):
    assert text_direction(SAMPLES[language]) == direction


def test_hebrew_is_rtl_and_no_letters_falls_back_to_language():
    assert text_direction("ראש העיר הודיע היום על תוכנית חדשה") == "rtl"
    assert text_direction("2024 — 12:30", "ar") == "rtl"
    assert text_direction("2024 — 12:30", "en") == "ltr"


def test_a_declared_close_relative_wins_over_a_confident_detection():
    """The detector tells Czech from Slovak, Danish from Norwegian by a few spellings; a page that
    declares one of the pair knows which it is. A declaration of an unrelated language does not."""
    slovak_looking = "Mestská rada v utorok schválila plán na renováciu základných škôl v meste do dvoch rokov."
    assert choose_language(slovak_looking, ["cs"]) == "cs"
    assert choose_language(slovak_looking, ["en", "sk", "cs"]) == "sk"  # the detected one is declared too
    assert choose_language(slovak_looking, ["en"]) == "sk"
    assert choose_language(SAMPLES["de"], ["nl"]) == "de"


def test_a_declared_relative_of_another_script_does_not_win():
    """Serbian written in Cyrillic declared "hr" (a Latin-only relative) stays Serbian."""
    serbian = "Влада Србије је данас усвојила предлог закона о буџету за следећу годину и упутила га скупштини."
    assert choose_language(serbian, []) == "sr"
    assert choose_language(serbian, ["hr"]) == "sr"


def test_a_declared_standard_of_the_detected_macrolanguage_keeps_the_detected_code():
    """Norwegian detected as "no" on a page declaring Bokmål stays "no": copies of one text on
    two sites, one declaring "nb" and one nothing, keep one language."""
    bokmal = "Regjeringen la i dag fram et forslag om nye regler for strømstøtte til husholdningene i hele landet."
    assert choose_language(bokmal, []) == "no"
    assert choose_language(bokmal, ["nb"]) == "no"
    assert choose_language(bokmal, ["nb-NO"]) == "no"


@pytest.mark.parametrize(("tag", "code"), [("yue", "zh"), ("wuu", "zh"), ("cmn-Hant-TW", "zh"), ("arz", "ar"),
                                           ("ces", "cs"), ("swe", "sv"), ("fil", "tl"), ("in", "id"), ("pes", "fa")])
def test_individual_languages_three_letter_and_withdrawn_codes_name_their_iso_639_1_language(tag, code):
    assert normalize_language(tag) == code


def test_a_short_chinese_text_the_detector_spreads_over_chinese_varieties_is_chinese():
    # py3langid gives Wu Chinese ("wuu") 0.62 and Chinese 0.38 here: together, Chinese.
    text = "飓风“罗莎”余威致美国西南部大范围暴雨 据预测，随着飓风“罗莎”行进至墨西哥北部海岸温度较低水域，其强度将变弱。"
    assert choose_language(text, []) == "zh"
    assert choose_language(text, ["en"]) == "zh"


def test_a_hint_the_text_rules_out_is_no_hint_but_a_plausible_one_still_decides():
    # A short Spanish text: the detector is unsure between Spanish and its neighbours, but sure
    # it is not English; a site-wide <html lang="en"> does not name its language.
    spanish = "Accidente de tráfico en Deptford: un ciclista fallece tras colisionar con un vehículo"
    assert choose_language(spanish, ["en"]) == "es"
    assert choose_language(spanish, ["gl"]) == "gl"  # a neighbour it finds plausible: the page knows
    english = "Indonesia Tsunami Toll Soars Above 800. It Is Very Bad."  # the detector guesses Indonesian
    assert choose_language(english, ["en"]) == "en"


def test_chrome_lines_in_another_script_at_the_start_of_the_text_do_not_decide_its_language():
    # Chrome in the site's script starts the text (the detector reads its start); the story is Spanish.
    chrome = "আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সর্বশেষ খবর\n"
    story = ("Más de 20 millones de personas siguieron los testimonios que el candidato al Tribunal Supremo y la "
             "mujer que lo acusó dieron el jueves en seis cadenas de televisión. ") * 6
    assert choose_language(chrome * 3 + story, ["es"]) == "es"


def test_languages_of_the_scripts_of_south_asia_and_the_caucasus_are_not_latin():
    # A Tamil portal's chrome over an English story: Tamil is written in its own script.
    chrome = "முகப்பு › உலகம் › செய்திகள்\nசமீபத்திய செய்திகள்\n"
    story = "The city council approved on Tuesday a plan to renovate the primary schools of the town. " * 8
    assert choose_language(chrome + story, ["ta"]) == "en"
    for language, text in (("ka", "თბილისის საკრებულომ სამშაბათს დაამტკიცა ახალი გეგმა ქალაქის სკოლების შესაკეთებლად."),
                           ("hy", "Երևանի ավագանին երեքշաբթի հաստատեց քաղաքի դպրոցների վերանորոգման նոր ծրագիրը։")):
        assert choose_language(text, ["en"]) == language


def test_the_dominant_script_counts_letters_or_bytes_and_ties_go_to_the_script_met_first():
    from newsspider.extract.language import dominant_script

    assert dominant_script("ab бвг") == "CYRILLIC" and dominant_script("абв 中文") == "CYRILLIC"
    assert dominant_script("аб 中文", by_bytes=True) == "CJK"  # 4 bytes of Cyrillic, 6 of Chinese
    assert dominant_script("абв 中文", by_bytes=True) == "CYRILLIC"  # 6 bytes each: the first met
    assert dominant_script("ab вг") == "LATIN" and dominant_script("вг ab") == "CYRILLIC"  # as many: the first met
    assert dominant_script("कि", by_bytes=True) == "DEVANAGARI" and dominant_script("कि") == "DEVANAGARI"
    assert dominant_script("12 \ud800 !") is None and dominant_script("a\ud800", by_bytes=True) == "LATIN"


@pytest.mark.parametrize(("tag", "code"), [("en-GB", "en"), ("zsm", "ms"), ("sr_Latn", "sr"), ("haw", "haw"),
                                           ("HAW-US", "haw"), ("tl", "fil"), ("tl-PH", "fil"), ("iw", "he")])
def test_a_language_tag_is_keyed_as_cldr_keys_its_data(tag, code):
    """Its ISO 639-1 code, else its first subtag ("haw"); Tagalog's "tl" is CLDR's "fil", withdrawn "iw" is "he"."""
    assert cldr_language(tag) == code


def test_punjabi_declared_in_the_arabic_script_is_punjabi_not_urdu():
    """Shahmukhi Punjabi reads as Urdu to a detector that learnt Punjabi in Gurmukhi: the page's
    declaration decides; undeclared it stays the detector's Urdu, and Gurmukhi is Punjabi whatever is declared."""
    shahmukhi = "لاہور وچ اج توں نویں الیکٹرک بساں دی سروس شروع ہو گئی اے جیہڑی شہر دے دس وڈے روٹاں اتے چلے گی۔"
    assert choose_language(shahmukhi, ["pa"]) == "pa"
    assert choose_language(shahmukhi, ["pa-Arab-PK"]) == "pa"
    assert choose_language(SAMPLES["ur"], ["ur"]) == "ur"
    assert choose_language(SAMPLES["ur"], ["en"]) == "ur"
    gurmukhi = "ਲੁਧਿਆਣਾ ਜ਼ਿਲ੍ਹੇ ਦੀਆਂ ਮੰਡੀਆਂ ਵਿੱਚ ਸੋਮਵਾਰ ਤੋਂ ਕਣਕ ਦੀ ਸਰਕਾਰੀ ਖਰੀਦ ਸ਼ੁਰੂ ਹੋ ਗਈ ਹੈ ਅਤੇ ਪਹਿਲੇ ਦਿਨ ਹੀ ਹਜ਼ਾਰਾਂ ਟਨ ਫ਼ਸਲ ਮੰਡੀਆਂ ਵਿੱਚ ਪਹੁੰਚੀ।"
    assert choose_language(gurmukhi, ["ur"]) == "pa"


@pytest.mark.parametrize("tag", ["pa-Guru", "pa-IN", "pa_Guru_IN"])
def test_urdu_on_a_page_declaring_punjabi_in_gurmukhi_is_urdu(tag):
    """A tag saying its Punjabi is written in Gurmukhi (its script subtag, or India, whose Punjabi is
    Gurmukhi by CLDR's likely subtags) declares the site's other pages, not an Arabic-script text."""
    assert choose_language(SAMPLES["ur"], [tag]) == "ur"
    assert choose_language(SAMPLES["ur"], ["pa-PK"]) == "pa"  # Pakistan's Punjabi is Shahmukhi


@pytest.mark.parametrize(("tag", "script"), [("pa-Guru", "GURMUKHI"), ("pa-IN", "GURMUKHI"), ("pa-PK", "ARABIC"),
                                             ("ur-IN", "ARABIC"), ("sr-Latn", "LATIN"), ("pa", None), ("zh-TW", None)])
def test_a_language_tag_declares_the_script_its_subtags_name(tag, script):
    assert declared_script(tag) == script


def test_a_declared_language_the_detector_has_no_model_of_wins_in_its_own_script():
    """The detector knows no Tigrinya or Kashmiri: it answers the neighbour it knows in the script
    (Amharic, Urdu or Persian), so a page declaring the language in that script is believed. In the
    Latin script, or declared for text of another script, the detection stands."""
    tigrinya = ("ኣብ ከተማ መቐለ ንሽሕ ተማሃሮ ዘገልግል ሓድሽ ቤት ትምህርቲ ብወግዒ ተኸፊቱ። ሓላፊ ቢሮ ትምህርቲ ከም ዝበሎ ህንጻ "
                "ንክልተ ዓመት ዝወሰደ ኮይኑ ብሓገዝ ግብረ ሰናይ ትካላት እዩ ተሰሪሑ።")
    kashmiri = ("سرینگرس منز کوٚر سرکارن اَکھ نوٚو ہسپتال شروٗع، یَتھ منز ژور ہَتھ بسترٕ چھِ۔ صحت محکمُک افسر "
                "دوپ زِ یہِ ہسپتال بناونس لوٚگ زٕ ؤری تہٕ یتھ پیٹھ آو ترٛے اَرب روپیہٕ خرچ۔")
    assert choose_language(tigrinya, ["ti"]) == "ti"
    assert choose_language(tigrinya, ["ti-ER", "en"]) == "ti"
    assert choose_language(tigrinya, ["en"]) != "ti"  # undeclared: the detector's answer
    assert choose_language(kashmiri, ["ks"]) == "ks"
    assert choose_language(kashmiri, ["en"]) != "ks"
    assert choose_language(SAMPLES["en"], ["haw"]) == "en"  # Latin: a site-wide default may name any language
    assert choose_language(SAMPLES["en"], ["ti"]) == "en"  # another script's language
    assert choose_language(SAMPLES["zh"], ["bo"]) == "zh"


@pytest.mark.parametrize(("tag", "neighbour"), [("sd-Deva", "ur"), ("ks-Deva", "ur"), ("yi-Latn", "he"), ("ti-Latn", "am")])
def test_a_tag_declaring_an_unmodelled_language_in_another_script_leaves_the_detection(tag, neighbour):
    """"sd-Deva" declares Sindhi in Devanagari: over text in the Arabic script it declares the site's
    other pages, not this Urdu text (as "pa-Guru" around Urdu). A tag naming the text's own script, or a
    region whose likely script is another (Sindhi in India is printed in both), still declares it."""
    texts = {"ur": SAMPLES["ur"],
             "he": "המשטרה עצרה שני חשודים בפריצה לחנות תכשיטים במרכז תל אביב. לפי עדי ראייה, החשודים הסתתרו במרתף הבניין.",
             "am": "በአዲስ አበባ አዲስ የሕፃናት ሆስፒታል ተከፈተ። የጤና ሚኒስትሯ እንደገለጹት ሆስፒታሉ አምስት መቶ አልጋዎች ያሉት ሲሆን "
                   "ግንባታው በሁለት ዓመት ተጠናቋል።"}
    assert choose_language(texts[neighbour], [tag]) == neighbour


def test_a_tag_naming_the_texts_own_script_or_only_a_region_declares_the_unmodelled_language():
    sindhi = ("ڪراچيءَ ۾ ٻارن لاءِ نئين اسپتال کوليو ويو آهي. صحت واري وزير ٻڌايو ته اسپتال ۾ پنج سؤ بسترا آهن ۽ ان "
              "جي اڏاوت ٻن سالن ۾ مڪمل ٿي.")
    for tag in ("sd-Arab", "sd-IN", "sd-Arab-IN", "SD_pk"):
        assert choose_language(sindhi, [tag]) == "sd"


DHIVEHI = ("މާލޭގައި ކުޑަކުދިންނަށް އައު ހޮސްޕިޓަލެއް ހުޅުވައިފި. ސިއްހީ ވަޒީރު ވިދާޅުވީ ހޮސްޕިޓަލުގައި ފަސްސަތޭކަ އެނދު ހުރި "
           "ކަމަށާއި، އިމާރާތް ނިމުނީ ދެ އަހަރުން ކަމަށެވެ.")


@pytest.mark.parametrize("hints", [[], ["en"], [None, "en-US"]])
def test_an_unsure_guess_of_another_script_is_the_only_language_written_in_the_texts(hints):
    """The detector knows no language written in Thaana: it spreads Dhivehi thinly over Chinese,
    Korean and Amharic, none of which can be written in it. Dhivehi is the only one the script table
    writes in Thaana."""
    assert choose_language(DHIVEHI, hints) == "dv"


def test_a_script_of_several_languages_or_none_in_the_table_keeps_the_unsure_guess():
    """Tibetan is written for Tibetan and Dzongkha (the detector's only Tibetan-script language:
    undeclared, its answer stands); a script the table does not know (Syriac) and a Latin text with a
    line of Thaana keep what they had; a tiny Dzongkha headline declared ``dz`` is Dzongkha, and a
    country code written as a language (``lang="dz"``, Algeria) over Latin text names no Dzongkha."""
    tibetan = "ལྷ་སར་བྱིས་པའི་སྨན་ཁང་གསར་པ་ཞིག་སྒོ་ཕྱེ་བ་རེད། འཕྲོད་བསྟེན་བློན་པོས་གསུངས་དོན།"
    assert choose_language(tibetan, []) == "dz"
    assert choose_language("ཐིམ་ཕུ", ["dz"]) == "dz"
    assert choose_language("Bonjour", ["dz"]) is None
    assert choose_language("The Maldives parliament met on Monday. " * 3 + DHIVEHI[:20], ["en"]) == "en"
    syriac = "ܫܠܡܐ ܥܠܝܟܘܢ ܐܚܝ ܘܚܬܝ ܒܡܪܢ"
    probabilities = language_probabilities(syriac)
    assert choose_language(syriac, []) == max(probabilities, key=probabilities.__getitem__)


def test_every_language_the_detector_or_the_script_table_names_reads_from_its_iso_639_2_code():
    """Feeds and Dublin Core write three-letter codes ("div", "kas"): each language the detector has a
    model of, or the script table writes, is read from its ISO 639-2 code too."""
    assert normalize_language("div") == "dv" and normalize_language("kas") == "ks" and normalize_language("dzo") == "dz"
    assert choose_language(DHIVEHI, ["div"]) == "dv"
    from newsspider.extract.language import _SCRIPT_LANGUAGES, _label_codes
    from newsspider.langcodes import _ISO639_2_TO_1
    named = {code for code in _label_codes() if code} | set().union(*_SCRIPT_LANGUAGES.values())
    assert named <= set(_ISO639_2_TO_1.values())


@pytest.mark.parametrize("text", [DHIVEHI, "ܫܠܡܐ ܥܠܝܟܘܢ ܐܚܝ ܘܚܬܝ ܒܡܪܢ", "ߒߞߏ ߞߊ߲ ߘߐ߬ߞߊ߬ߙߊ߬ߟߌ", "𞤆𞤵𞤤𞤢𞤪 𞤀𞤣𞤤𞤢𞤥",
                                  DHIVEHI + " (Malé, Maldives)"])
def test_every_script_unicode_writes_right_to_left_is_rtl(text):
    """Thaana, Syriac, N'Ko and Adlam are written right to left as Arabic and Hebrew are (Unicode's
    right-to-left blocks); a Latin text with one Thaana word stays left to right."""
    assert text_direction(text) == "rtl"
    assert text_direction("The Maldives parliament met on Monday in Male. މާލެ") == "ltr"


def _direction_by_each_letter(text: str, language: str | None = None) -> str:
    """text_direction as a count of its letters one by one (a letter: a character ``\\w`` matches that
    is no digit nor the underscore; right to left: in Unicode's right-to-left blocks)."""
    import re

    from newsspider.extract.language import _RTL_RANGES, RTL_LANGUAGES, SAMPLE_CHARS

    letters = [char for char in text[:SAMPLE_CHARS] if re.fullmatch(r"[^\W\d_]", char)]
    rtl = sum(any(low <= ord(char) <= high for low, high in _RTL_RANGES) for char in letters)
    if not letters:
        return "rtl" if language in RTL_LANGUAGES else "ltr"
    return "rtl" if rtl > len(letters) - rtl else "ltr"


@pytest.mark.parametrize("text", [
    SAMPLES["ar"], SAMPLES["fa"], SAMPLES["ur"], "ראש העיר הודיע: 12 צעדים (Tel Aviv, 2024)",
    "Tel Aviv - ראש העיר הודיע", "Tel Aviv — ראש", "Tel Aviv — ראש העיר", "ab שלום", "abcde שלום",
    "١٢٣٤٥٦ خبر ١٢٣", "٢٠٢٤ News ½ ² Ⅻ خبر", "ﻻ ﷲ ﺑ abc", "𞤆𞤵𞤤𞤢𞤪 Fulani Fulfulde", "߁߂߃ ߒߞߏ ab",
    "ܫܠܡܐ snake_case_words", "\u200fخبر\u200e a b c d", "٪ ، ؟", "a\u0651b\u064e ي", "שָׁלוֹם ab",
    (SAMPLES["ar"] + " The Associated Press. ") * 40,
])
def test_text_direction_counts_letters_as_one_by_one(text):
    """Mixed texts near the tie and around it, with digits of both scripts, numbers that are no digits
    (½, ², Ⅻ: letters to the count), presentation forms, combining marks, direction marks, the
    supplementary planes' scripts and a text past the sample's length: the counts taken in C give
    the answer a count of each letter gives."""
    for language in (None, "ar", "en"):
        assert text_direction(text, language) == _direction_by_each_letter(text, language)
