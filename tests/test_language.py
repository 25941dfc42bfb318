import pytest

from newsspider.extract.language import choose_language, normalize_language, text_direction

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
