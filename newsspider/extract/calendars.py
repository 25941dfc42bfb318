"""The day a short printed text (a dateline) names in the forms htmldate's parser reads wrong or
not at all: calendars other than the Gregorian that news sites print, month names dateparser does
not know, and East Asian forms.

Read, where the conversion is exact (arithmetic, or a published table):

- the Solar Hijri calendar of Iran and Afghanistan ("۱۲ آذر ۱۴۰۳", Dari "۱۲ قوس ۱۴۰۳", "۱۴۰۳/۰۹/۱۲" in
  Persian digits): Borkowski's algorithm (as in jalaali-js), exact for the years news is dated in;
- the Thai Buddhist era with Thai month names ("5 มี.ค. 2567": its year is the Gregorian one plus 543;
  "5 มี.ค. 67", its last two digits, from 43 on), or in numbers in a Thai text ("วันที่ 05/03/2567");
- Nepal's Bikram Sambat ("२०८० फागुन २२ गते", "फागुन २२, २०८०"): its months are 29 to 32 days long, a
  different sequence every year, fixed by Nepal's calendar committee; read from a published table
  for BS 2000-2082 (1943-2026), the years in which the tables of three public converters agree;
- Japanese eras ("令和6年3月5日", "令和元年") and the Republic of China's ("民國113年3月5日", "113年3月5日");
- Chinese numerals ("二〇二四年三月五日"), 年月日 and 년월일, Korean dots ("2024. 3. 5.");
- day and month numbers each ended by a dot and a space ("5. 3. 2024", Czech, Slovak, Slovene, Croatian, German),
  day first as every language writes it, which htmldate's parser reads month first;
- Levantine Arabic month names ("٥ آذار ٢٠٢٤", "تشرين الأول"), Khmer names of the Gregorian months ("៥ មីនា ២០២៤");
- the Ethiopian calendar with Amharic month names ("የካቲት 26/2016", "መጋቢት 5 ቀን 2016 ዓ.ም").
- the Hebrew calendar in Hebrew letters ("כ״ה באדר א׳ תשפ״ד"): day and year as letter numerals with their
  marks (a geresh, gershayim), the year's start from its molad and postponements (Calendrical Calculations).

Not read, so that no day is rather than a wrong one: Bikram Sambat years after the table (its
projections differ from 2083 on), its months' Sanskrit names without a Nepali mark (India's
lunisolar Vikram Samvat writes the same names and years), the lunar Hijri calendar (by sighting or
Umm al-Qura's table), a Hebrew leap year's "Adar" without saying which, a Ge'ez month name that Eritrea's Gregorian calendar shares without the Ethiopian
era's mark ("መጋቢት 5, 2016"), a Japanese year without its era ("6年3月5日"), a Buddhist-era year
in numbers in a text not in Thai (Cambodia's and Myanmar's era is 544 years ahead), and the numeric
Solar Hijri dates not written in Persian digits (a lunar Hijri year is in the 1400s too).
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from newsspider.dates import MARKED_DAY
from newsspider.langcodes import cldr_language
from newsspider.unicode_classes import ITEM_SEPARATORS, WORD_CHAR_CLASS, is_cased, is_unspaced, unify_digits

# --- Hebrew ---------------------------------------------------------------------------------------------
_HEBREW_EPOCH = -1373427  # 1 Tishri of year 1 (7 October 3761 BCE, Julian), as date.toordinal() counts
_PARTS_PER_DAY = 25920  # a day's "parts" (halakim), 1,080 an hour
_MOLAD_START, _MONTH_PARTS = 12084, 13753  # the first molad's parts past its day's start; a month's past its 29 days
_TISHRI, _ADAR, _ADAR_II = 7, 12, 13  # months are counted from Nisan (1), the year from Tishri
_HEBREW_MONTHS = {"ניסן": 1, "אייר": 2, "איר": 2, "סיון": 3, "סיוון": 3, "תמוז": 4, "אב": 5, "אלול": 6, "תשרי": 7,
                  "חשון": 8, "חשוון": 8, "מרחשון": 8, "מרחשוון": 8, "כסלו": 9, "כסליו": 9, "טבת": 10, "שבט": 11,
                  "אדר": 12}
_HEBREW_LETTERS = {**dict(zip("אבגדהוזחט", range(1, 10), strict=True)), **dict(zip("יכלמנסעפצ", range(10, 100, 10), strict=True)),
                   **dict(zip("קרשת", range(100, 500, 100), strict=True)), "ך": 20, "ם": 40, "ן": 50, "ף": 80, "ץ": 90}
_HEBREW_YEARS = range(5700, 5900)  # 1939 to 2140
_GERESH, _GERSHAYIM = "['\u05f3]", "[\"\u05f4]"  # the marks of a number in letters: one letter's, several's
# a number of letters: one with a geresh after it ("ג׳"), several with gershayim before the last ("כ״ה", "תשפ״ד")
_HEBREW_NUMBER = rf"(?:[א-ת]{{1,4}}{_GERSHAYIM}[א-ת]|[א-ת]{_GERESH})"
_HEBREW_MONTH = "|".join(sorted(_HEBREW_MONTHS, key=len, reverse=True))
_HEBREW_LETTER = re.compile("[א-ת]")
_HEBREW_DAY = re.compile(rf"(?<![א-ת])({_HEBREW_NUMBER})\s+ב?({_HEBREW_MONTH})(?:\s+([אב]){_GERESH}?)?(?![א-ת])"
                         rf",?\s+(ה?{_GERESH}?)({_HEBREW_NUMBER})(?![א-ת])")


# --- Solar Hijri ---------------------------------------------------------------------------------------
# Years (Solar Hijri) where the 33-year leap cycle is broken (Borkowski, "The Persian calendar
# for 3000 years", 1996; jalaali-js's table).
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
                  2394, 2456, 3178)
# Persian (Iran) and Dari (Afghanistan) month names, in the letters of :data:`_ARABIC_LETTERS`.
_SOLAR_HIJRI_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
    "ابان": 8, "اذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8, "قوس": 9,
    "جدی": 10, "دلو": 11, "حوت": 12,
}
# Solar Hijri years read (1300 is 1921; a later one than the current year is in the future, no
# publication date).
_SOLAR_HIJRI_YEARS = range(1300, 1500)
# Levantine and Iraqi Gregorian month names, in the letters of :data:`_ARABIC_LETTERS` ("آذار" is
# March; Persian "آذر" is another month).
_LEVANTINE_MONTHS = {
    "کانون الثانی": 1, "شباط": 2, "اذار": 3, "نیسان": 4, "ایار": 5, "حزیران": 6, "تموز": 7, "اب": 8,
    "ایلول": 9, "تشرین الاول": 10, "تشرین الثانی": 11, "کانون الاول": 12,
}
# One spelling of the letters Arabic and Persian write differently (ي/ی, ك/ک, the alef's hamzas).
_ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                                 "ـ": None, "\u200c": " "})
# Persian digits: a numeric date in them with a year in the 1300s or 1400s is Solar Hijri, unless
# the text is Urdu (the same digits, and the lunar Hijri calendar): letters Persian does not have.
_PERSIAN_DIGITS = re.compile("[۰-۹]")
_URDU_LETTERS = re.compile("[ٹڈڑںےھ]")

# --- Thai -----------------------------------------------------------------------------------------------
_THAI_MONTHS = {
    "มกราคม": 1, "ม.ค.": 1, "กุมภาพันธ์": 2, "ก.พ.": 2, "มีนาคม": 3, "มี.ค.": 3, "เมษายน": 4, "เม.ย.": 4,
    "พฤษภาคม": 5, "พ.ค.": 5, "มิถุนายน": 6, "มิ.ย.": 6, "กรกฎาคม": 7, "ก.ค.": 7, "สิงหาคม": 8, "ส.ค.": 8,
    "กันยายน": 9, "ก.ย.": 9, "ตุลาคม": 10, "ต.ค.": 10, "พฤศจิกายน": 11, "พ.ย.": 11, "ธันวาคม": 12, "ธ.ค.": 12,
}
BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_ERA_YEARS = range(2400, 2700)  # 1857 to 2156: a year of four digits at or past 2400 is Buddhist era

# The last two digits of a Buddhist-era year after a Thai month's name ("5 มี.ค. 67") are of its 26th century,
# from 43 (2543 is 2000) on: lower ones may be a Gregorian year's ("24" for 2024, or 1981?), higher ones
# cannot (2043 and later lie in the future).
_BUDDHIST_ERA_CENTURY = 2500
MIN_TWO_DIGIT_BUDDHIST_YEAR = 43
_THAI_LETTERS = re.compile("[\u0e01-\u0e4f]")

# --- Bikram Sambat ------------------------------------------------------------------------------------
# The month lengths of Bikram Sambat years from BS 2000, whose 1 Baisakh is 14 April 1943: one string a
# year, each digit a month's length less :data:`_SHORTEST_BS_MONTH`. The table of the nepali-datetime
# package (github.com/amitgaru/nepali-datetime, data/calendar_bs.csv, MIT); the tables of the py-nepali
# and bikram-sambat packages agree with it to BS 2082 and differ from 2083 on (projected years).
_BIKRAM_SAMBAT_START = 2000
_SHORTEST_BS_MONTH = 29
_BIKRAM_SAMBAT_EPOCH = date(1943, 4, 14)
_BIKRAM_SAMBAT_MONTHS = (
    "132321110102", "223222101011", "223321101011", "232321110012", "132321110102", "223222101011", "223321101011",
    "232321110012", "222322011002", "223222101011", "223321101011", "232321110012", "222322011011", "223222101011",
    "223321101011", "232321110012", "222322011011", "223222101011", "232321101011", "232321110102", "222322101011",
    "223222101011", "232321110011", "232321110102", "222322101011", "223222101011", "232321110012", "132321110102",
    "223222101011", "223231101011", "232321110012", "132321110102", "223222101011", "223321101011", "232321110012",
    "132322011002", "223222101011", "223321101011", "232321110012", "222322011011", "223222101011", "223321101011",
    "232321110012", "222322011011", "223222101011", "232321101011", "232321110012", "222322101011", "223222101011",
    "232321110011", "232321110102", "222322101011", "223222101011", "232321110011", "232321110102", "223222101011",
    "223231101011", "232321110012", "132321110102", "223222101011", "223321101011", "232321110012", "222322010102",
    "223222101011", "223321101011", "232321110012", "222322011002", "223222101011", "223321101011", "232321110012",
    "222322011011", "223222101011", "232321101011", "232321110012", "222322101011", "223222101011", "232321110011",
    "232321110102", "222322101011", "223222101011", "232321110011", "232321110102", "223222101011",
)
# Nepali month names: the spoken forms Nepal's press prints ("फागुन"), read wherever they stand, and the
# Sanskrit forms, which India's lunisolar Vikram Samvat writes with the same years: those only beside a
# Nepali mark (:data:`_NEPALI_MARK`).
_NEPALI_MONTHS = {
    "बैशाख": 1, "बैसाख": 1, "जेठ": 2, "असार": 3, "साउन": 4, "भदौ": 5, "असोज": 6, "कात्तिक": 7, "मंसिर": 8,
    "मङ्सिर": 8, "पुस": 9, "माघ": 10, "फागुन": 11, "चैत": 12,
}
_SANSKRIT_MONTHS = {
    "वैशाख": 1, "ज्येष्ठ": 2, "जेष्ठ": 2, "आषाढ": 3, "असाढ": 3, "श्रावण": 4, "भाद्र": 5, "आश्विन": 6, "कार्तिक": 7,
    "मार्ग": 8, "मार्गशीर्ष": 8, "पौष": 9, "फाल्गुन": 11, "चैत्र": 12,
}
# गते (the day's mark: "२२ गते"), a weekday in Nepali spelling ("मंगलबार"; Hindi writes "मंगलवार"), the era's
# abbreviation ("वि.सं.").
_NEPALI_MARK = re.compile(r"गते|बार(?![\u0900-\u097f])|[बव]ि\.\s?सं\.")
_DEVANAGARI_NAMES = "|".join(map(re.escape, sorted({*_NEPALI_MONTHS, *_SANSKRIT_MONTHS}, key=len, reverse=True)))
_NEPALI_MONTH = rf"(?<![\u0900-\u097f])({_DEVANAGARI_NAMES})(?![\u0900-\u097f])"
# Year, month, day ("२०८० फागुन २२ गते"); day, month, year ("२२ फागुन २०८०"); month, day, year ("फागुन २२, २०८०").
_NEPALI_DAY = re.compile(rf"(?<!\d)(\d{{4}})\s*{_NEPALI_MONTH}\s*(\d{{1,2}})(?![\d:])"
                         rf"|(?<!\d)(\d{{1,2}})\s*(?:गते\s*)?{_NEPALI_MONTH}\s*(?:,\s*)?(\d{{4}})(?!\d)"
                         rf"|{_NEPALI_MONTH}\s*(\d{{1,2}})\s*(?:गते\s*)?(?:,\s*)?(\d{{4}})(?!\d)")

# --- Khmer ---------------------------------------------------------------------------------------------
# The Gregorian months' Khmer names (the lunar calendar's months have others: មាឃ, ផល្គុន, ...): "ថ្ងៃទី៥ ខែមីនា
# ឆ្នាំ២០២៤" (day 5, month March, year 2024), "៥ មីនា ២០២៤".
_KHMER_MONTHS = {"មករា": 1, "កុម្ភៈ": 2, "មីនា": 3, "មេសា": 4, "ឧសភា": 5, "មិថុនា": 6, "កក្កដា": 7, "សីហា": 8,
                 "កញ្ញា": 9, "តុលា": 10, "វិច្ឆិកា": 11, "ធ្នូ": 12}
_KHMER_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*(?:ខែ\s*)?(" + "|".join(map(re.escape, _KHMER_MONTHS))
                        + r")(?![\u1780-\u17ff])\s*(?:ឆ្នាំ\s*)?((?:19|20)\d\d)(?!\d)")

# --- Ethiopian ------------------------------------------------------------------------------------------
# Amharic spellings of the Ethiopian calendar's months (13, the last of 5 or 6 days). Tigrinya
# writes the Gregorian months of Eritrea with some of the same names (መጋቢት is March there) and
# the Ethiopian months of Tigray with others: those are read only with the era's mark ዓ.ም.
_ETHIOPIAN_MONTHS = {
    "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4, "ጥር": 5, "የካቲት": 6,
    "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11, "ሀምሌ": 11, "ነሐሴ": 12, "ነሀሴ": 12, "ጳጉሜ": 13,
    "ጳጉሜን": 13,
}
_TIGRINYA_MONTHS = {"ጥሪ": 5, "ለካቲት": 6, "ሰነ": 10, "ሓምለ": 11, "ነሓሰ": 12, "ጥቅምቲ": 2, "ሕዳር": 3, "ታሕሳስ": 4}
_SHARED_GEEZ_MONTHS = frozenset({"መስከረም", "መጋቢት", "ሚያዝያ", "ግንቦት"})
_GEEZ_NAMES = "|".join(map(re.escape, sorted({*_ETHIOPIAN_MONTHS, *_TIGRINYA_MONTHS}, key=len, reverse=True)))
_GEEZ_MONTH = re.compile(_GEEZ_NAMES)
_ETHIOPIAN_ERA = r"(?:\s*(ዓ\.?\s?ም))?"
_GEEZ_DAY = re.compile(rf"(?:({_GEEZ_NAMES})\s*(\d{{1,2}})(?:\s*ቀን)?|(\d{{1,2}})\s*({_GEEZ_NAMES}))\s*[,/፣]?\s*"
                       rf"(\d{{4}})(?!\d){_ETHIOPIAN_ERA}")
_ETHIOPIAN_EPOCH = 1724221  # the Julian day number of 1 Meskerem of year 1 (Amete Mihret)
_JULIAN_DAY_OF_ORDINAL_ZERO = 1721425  # date.toordinal() + this is the Julian day number

# --- East Asian -----------------------------------------------------------------------------------------
# Japanese eras: the year before the first, and the era's first and last days.
_JAPANESE_ERAS = {"昭和": (1925, date(1926, 12, 25), date(1989, 1, 7)),
                  "平成": (1988, date(1989, 1, 8), date(2019, 4, 30)),
                  "令和": (2018, date(2019, 5, 1), date.max)}
_ROC_BASE = 1911  # the Republic of China's year 1 is 1912
_CHINESE_DIGITS = {char: str(number) for number, chars in enumerate(("〇零○", "一", "二", "三", "四", "五", "六", "七",
                                                                      "八", "九")) for char in chars}

_YMD = r"\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_MARKED_DAY = re.compile(r"(?<!\d)(?=19|20)" + MARKED_DAY)  # a year of the 20th or 21st century
_ERA_DAY = re.compile(r"(昭和|平成|令和)\s*(元|\d{1,2})" + _YMD)
# The Republic of China's years, after 民國 or as three digits (Taiwan's "113年3月5日": no Gregorian year has three).
_ROC_DAY = re.compile(r"(?:民[國国]\s*(\d{1,3})|(?<!\d)(1\d\d))" + _YMD)
_CHINESE_NUMERAL_DAY = re.compile(r"([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                                  r"\s*([一二三四五六七八九十]{1,3})\s*日")
_DOTTED_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s(\d{1,2})\.\s?(\d{1,2})(?![\d:])")
# Day and month numbers each ended by a dot and a space, then the year: "5. 3. 2024", "05. 03. 2024."
# (Czech, Slovak, Slovene, Croatian, German), always day first; htmldate's parser reads it month first.
SPACED_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.\s+(\d{1,2})\.\s*((?:19|20)\d\d)(?!\d)")
_MONTH_NAMES = "|".join(map(re.escape, sorted({*_SOLAR_HIJRI_MONTHS, *_LEVANTINE_MONTHS, *_THAI_MONTHS},
                                                key=len, reverse=True)))
# Day, month name (a bracketed other name may follow: "آذار (مارس)"), era and year.
_NAMED_DAY = re.compile(rf"(?<!\d)(\d{{1,2}})\s*({_MONTH_NAMES})(?![^\W\d])\s*(?:[(（][^)）]{{1,15}}[)）]\s*)?"
                        r"(?:[,،]\s*)?(?:(พ\.ศ\.|ค\.ศ\.)\s*)?(\d{4}(?!\d)|\d\d(?![\d:]|\.\d))")
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)")
_YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
# A printed date names a day: a number of one or two digits standing alone ("30 septembre 2018",
# "Nov 3, 2023") or day, month and year in one group ("14.01.2022", "2022-01-14"). A year alone
# ("Vogel des Jahres 2021", "© 2019") or a month ("2019-10", "Januar 2019") is not a date.
DAY_NUMBER = re.compile(r"(?<![\d./:-])\d{1,2}(?![\d:]|[./-]\d{4}(?![./-]\d))|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
YEAR_NUMBER = re.compile(r"(?<!\d)\d{4}(?!\d)")  # a year's four digits standing alone


def printed_day(text: str) -> date | None:
    """The day ``text`` names in one of the forms above; None for any other text."""
    digits = unify_digits(text)
    for reader, form in ((_east_asian_day, digits), (_named_day, digits.translate(_ARABIC_LETTERS)),
                         (_ethiopian_day, digits), (_nepali_day, digits), (_khmer_day, digits),
                         (_spaced_day_first, digits), (_hebrew_day, text)):
        found = reader(form)
        if found is not None:
            return found
    if _PERSIAN_DIGITS.search(text) and not _URDU_LETTERS.search(text):  # "۱۴۰۳/۰۹/۱۲", "۱۲/۰۹/۱۴۰۳"
        match = _YEAR_FIRST.search(digits)
        if match and int(match[1]) in _SOLAR_HIJRI_YEARS:
            return solar_hijri_to_gregorian(*map(int, match.groups()))
        match = _YEAR_LAST.search(digits)
        if match and int(match[3]) in _SOLAR_HIJRI_YEARS:
            return solar_hijri_to_gregorian(int(match[3]), int(match[2]), int(match[1]))
    if _THAI_LETTERS.search(text):  # "วันที่ 05/03/2567": day first, a year of the Buddhist era
        match = _YEAR_LAST.search(digits)
        if match and int(match[3]) in _BUDDHIST_ERA_YEARS:
            return _day(int(match[3]) - BUDDHIST_ERA_OFFSET, int(match[2]), int(match[1]))
    return None


def _east_asian_day(text: str) -> date | None:
    for pattern in (_MARKED_DAY, _DOTTED_YEAR_FIRST):
        match = pattern.search(text)
        if match:
            return _day(int(match[1]), int(match[2]), int(match[3]))
    match = _ROC_DAY.search(text)
    if match:
        return _day(int(match[1] or match[2]) + _ROC_BASE, int(match[3]), int(match[4]))
    match = _ERA_DAY.search(text)
    if match:
        before, first, last = _JAPANESE_ERAS[match[1]]
        found = _day(before + (1 if match[2] == "元" else int(match[2])), int(match[3]), int(match[4]))
        return found if found and first <= found <= last else None
    match = _CHINESE_NUMERAL_DAY.search(text)
    if match:
        year = "".join(_CHINESE_DIGITS[char] for char in match[1])
        return _day(int(year), _chinese_number(match[2]), _chinese_number(match[3]))
    return None


def _hebrew_day(text: str) -> date | None:
    """A Hebrew-calendar date in letters ("כ״ה באדר א׳ תשפ״ד": :data:`_HEBREW_DAY`); a year's thousands left out or
    written "ה" (the 5000s); "Adar" in a leap year says neither Adar I nor II: None."""
    match = _HEBREW_DAY.search(text) if _HEBREW_LETTER.search(text) else None
    if match is None:
        return None
    day, name, adar, _, year = match.groups()
    year_number = 5000 + _hebrew_number(year)
    month = _HEBREW_MONTHS[name]
    if year_number not in _HEBREW_YEARS:
        return None
    if month == _ADAR and _hebrew_leap_year(year_number):
        if adar is None:
            return None
        month = _ADAR if adar == "א" else _ADAR_II
    elif adar is not None and month == _ADAR:
        return None  # Adar I or II in a common year
    return hebrew_to_gregorian(year_number, month, _hebrew_number(day))


def _hebrew_number(letters: str) -> int:
    """The number of Hebrew letters (their marks left out): "תשפ״ד" is 784, "כ״ה" 25."""
    return sum(_HEBREW_LETTERS.get(letter, 0) for letter in letters)


def _hebrew_leap_year(year: int) -> bool:
    """Whether ``year`` has 13 months: 7 years in each 19."""
    return (7 * year + 1) % 19 < 7


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the molad-given start of ``year``, postponed a day where it falls on a Sunday,
    Wednesday or Friday (lo ADU rosh)."""
    months = (235 * year - 234) // 19
    days = 29 * months + (_MOLAD_START + _MONTH_PARTS * months) // _PARTS_PER_DAY
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


@cache
def _hebrew_new_year(year: int) -> int:
    """The ordinal (as :meth:`date.toordinal`) of 1 Tishri of ``year``, with the postponements that keep a year
    from being 356 days long or a leap year's successor 382."""
    before, now, after = (_hebrew_elapsed_days(each) for each in (year - 1, year, year + 1))
    delay = 2 if after - now == 356 else 1 if now - before == 382 else 0
    return _HEBREW_EPOCH + now + delay


def _hebrew_month_days(year: int, month: int) -> int:
    """The days of ``month`` (Nisan 1 ... Adar II 13) in ``year``: Heshvan and Kislev have 29 or 30 by the year's length."""
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)
    if month in (2, 4, 6, 10, _ADAR_II) or (month == _ADAR and not _hebrew_leap_year(year)):
        return 29
    if month == 8:
        return 30 if length % 10 == 5 else 29  # a full year: 355 or 385 days
    if month == 9:
        return 29 if length % 10 == 3 else 30  # a deficient year: 353 or 383 days
    return 30


def hebrew_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of the Hebrew ``day`` of ``month`` (Nisan 1 ... Adar 12, Adar II 13) of ``year``; None
    for a day the month lacks, or Adar II in a common year."""
    last = _ADAR_II if _hebrew_leap_year(year) else _ADAR
    if not 1 <= month <= last or not 1 <= day <= _hebrew_month_days(year, month):
        return None
    months = range(_TISHRI, month) if month >= _TISHRI else (*range(_TISHRI, last + 1), *range(1, month))
    return date.fromordinal(_hebrew_new_year(year) + sum(_hebrew_month_days(year, each) for each in months) + day - 1)


def _spaced_day_first(text: str) -> date | None:
    match = SPACED_DAY_FIRST.search(text)
    return _day(int(match[3]), int(match[2]), int(match[1])) if match else None


def _named_day(text: str) -> date | None:
    """Day, month name and year: a Solar Hijri, Thai or Levantine month (``text`` in the letters
    of :data:`_ARABIC_LETTERS`)."""
    for match in _NAMED_DAY.finditer(text):
        day, key, era, year = int(match[1]), match[2], match[3], int(match[4])
        if key in _THAI_MONTHS and len(match[4]) == 2:  # "5 มี.ค. 67": the Buddhist era's last digits
            if era == "ค.ศ." or year < MIN_TWO_DIGIT_BUDDHIST_YEAR:
                return None
            return _day(_BUDDHIST_ERA_CENTURY + year - BUDDHIST_ERA_OFFSET, _THAI_MONTHS[key], day)
        if len(match[4]) == 2:
            continue
        if key in _THAI_MONTHS:
            if era == "ค.ศ." or (era is None and 1900 <= year < _BUDDHIST_ERA_YEARS.start):
                return _day(year, _THAI_MONTHS[key], day)
            if year in _BUDDHIST_ERA_YEARS:
                return _day(year - BUDDHIST_ERA_OFFSET, _THAI_MONTHS[key], day)
            return None
        if key in _SOLAR_HIJRI_MONTHS:
            return solar_hijri_to_gregorian(year, _SOLAR_HIJRI_MONTHS[key], day) if year in _SOLAR_HIJRI_YEARS else None
        if key in _LEVANTINE_MONTHS:
            return _day(year, _LEVANTINE_MONTHS[key], day) if year >= 1900 else None
    return None


def _ethiopian_day(text: str) -> date | None:
    """An Ethiopian-calendar date ("የካቲት 26 ቀን 2016 ዓ.ም", "የካቲት 26/2016"): its month in Amharic
    spelling, or any Ge'ez month name with the era's mark."""
    match = _GEEZ_DAY.search(text)
    if match is None:
        return None
    name, day, year, era = match[1] or match[4], int(match[2] or match[3]), int(match[5]), match[6]
    if name not in _ETHIOPIAN_MONTHS or (name in _SHARED_GEEZ_MONTHS and not era):
        return None
    return ethiopian_to_gregorian(year, _ETHIOPIAN_MONTHS[name], day)


def _nepali_day(text: str) -> date | None:
    """A Bikram Sambat date in Nepali month names (:data:`_NEPALI_DAY`); a Sanskrit name only beside
    a Nepali mark."""
    match = _NEPALI_DAY.search(text)
    if match is None:
        return None
    if match[1]:
        year, name, day = match[1], match[2], match[3]
    elif match[4]:
        day, name, year = match[4], match[5], match[6]
    else:
        name, day, year = match[7], match[8], match[9]
    if name in _NEPALI_MONTHS:
        month = _NEPALI_MONTHS[name]
    elif _NEPALI_MARK.search(text):
        month = _SANSKRIT_MONTHS[name]
    else:
        return None
    return bikram_sambat_to_gregorian(int(year), month, int(day))


def _khmer_day(text: str) -> date | None:
    """A Gregorian date with a Khmer month's name (:data:`_KHMER_DAY`)."""
    match = _KHMER_DAY.search(text)
    return _day(int(match[3]), _KHMER_MONTHS[match[2]], int(match[1])) if match else None


def bikram_sambat_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bikram Sambat date (:data:`_BIKRAM_SAMBAT_MONTHS`); None outside the
    table or for a day its month does not have."""
    index = year - _BIKRAM_SAMBAT_START
    if not 0 <= index < len(_BIKRAM_SAMBAT_MONTHS) or not 1 <= month <= 12:
        return None
    lengths = [_SHORTEST_BS_MONTH + int(digit) for digit in _BIKRAM_SAMBAT_MONTHS[index]]
    if not 1 <= day <= lengths[month - 1]:
        return None
    before = sum(_SHORTEST_BS_MONTH + int(digit) for earlier in _BIKRAM_SAMBAT_MONTHS[:index] for digit in earlier)
    return _BIKRAM_SAMBAT_EPOCH + timedelta(days=before + sum(lengths[:month - 1]) + day - 1)


def names_unread_calendar(text: str) -> bool:
    """Whether ``text`` names a Ge'ez month: a day in it is Eritrea's Gregorian calendar or
    Ethiopia's, which only :func:`printed_day` tells apart (by the Ethiopian era's mark), so no
    other parser should guess it (dateparser reads the Ethiopian መጋቢት as March)."""
    return _GEEZ_MONTH.search(text) is not None


def ethiopian_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Ethiopian-calendar date: 12 months of 30 days and a 13th of 5,
    6 in the year before a year divisible by 4."""
    if not 1 <= month <= 13 or not 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3 else 5):
        return None
    julian_day = _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return date.fromordinal(julian_day - _JULIAN_DAY_OF_ORDINAL_ZERO)


def _chinese_number(text: str) -> int:
    """十 10, 十五 15, 二十 20, 三十一 31; a digit alone is itself."""
    if "十" not in text:
        return int("".join(_CHINESE_DIGITS[char] for char in text))
    tens, _, ones = text.partition("十")
    return int(_CHINESE_DIGITS[tens] if tens else 1) * 10 + (int(_CHINESE_DIGITS[ones]) if ones else 0)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri (Jalali) date; None for a day the year does not have."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    since_leap, march_day = _jalali_year(year)
    if month == 12 and day == 30 and since_leap:
        return None
    nowruz = date(year + 621, 3, march_day)  # 1 Farvardin
    return nowruz + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def _jalali_year(year: int) -> tuple[int, int]:
    """(years since the last leap year, 0 for a leap year; the March day of 1 Farvardin) of a Solar Hijri year."""
    jump, jp, leap_j = 0, _JALALI_BREAKS[0], -14
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gregorian = year + 621
    leap_g = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    march_day = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    cycle = (n + 1) % 33 - 1  # -1 for the cycle's last year, which is not leap
    return (4 if cycle == -1 else cycle % 4), march_day


def names_day_in_words(text: str) -> bool:
    """Whether ``text`` may name a day in a form a search for a day's number misses: Chinese
    numerals ("二〇二四年三月五日"), a Ge'ez month name ("የካቲት 26/2016"), a Hebrew-calendar date in letters
    ("כ״ה באדר א׳ תשפ״ד")."""
    return (_CHINESE_NUMERAL_DAY.search(text) is not None or names_unread_calendar(text)
            or _hebrew_day(text) is not None)


# --- Gregorian month names of every language ------------------------------------------------------------
# The names of the Unicode CLDR's languages (scripts/cldr_month_names.py writes them), for a printed day
# htmldate's parser does not read: Mongolian "2023 оны дөрөвдүгээр сарын 28", Basque "2023(e)ko apirilaren
# 28(a)". A wide name may go on with a case ending of up to this many letters; an abbreviated one is a word.
CASE_ENDING_LETTERS = 3
_MONTH_WORD = re.compile(r"(?<!\w)\w")
_LONE_DAY = re.compile(r"(?<![\d:])(?:0?[1-9]|[12]\d|3[01])(?![\d:])")
_LONE_YEAR = re.compile(r"(?<![\d:])(?:19|20)\d\d(?![\d:])")


def _shipped_table(name: str) -> dict[str, Any]:
    """The CLDR table ``name`` beside this module, as scripts/cldr_*.py wrote it: each reader of one caches what it
    makes of it, so that a process reads a table once a reader (``month_names.json`` twice: its names and its
    numbered forms, ~1 ms in the workers' zygote, :func:`warm_up`, against keeping its parsed copy alive)."""
    table: dict[str, Any] = json.loads(Path(__file__).with_name(name).read_text(encoding="utf-8"))
    return table


@cache
def _month_names() -> dict[str, list[tuple[str, int, bool]]]:
    """The CLDR month names by their first two characters: (name, month, whether wide), longest first."""
    table = _shipped_table("month_names.json")
    names: dict[str, list[tuple[str, int, bool]]] = {}
    for wide in (True, False):
        for name, month in table["wide" if wide else "abbreviated"].items():
            names.setdefault(name[:2], []).append((name, month, wide))
    for entries in names.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return names


@cache
def _numbered_months() -> re.Pattern[str]:
    """The forms CLDR writes every month of a language in around its number (``month_names.json``'s "numbered":
    Mongolian "{}-р сар", "3-р сар"; Vietnamese "tháng {}"), as one expression whose group is the month; a
    case ending of letters may follow as after a wide name (Mongolian's genitive "2024 оны 3-р сарын 5"), not a
    digit: "tháng 12" is December, not January with a "2" as its ending."""
    table = _shipped_table("month_names.json")
    forms = (_loosely(form).replace(re.escape("{}"), r"(0?[1-9]|1[0-2])")
             for form in sorted(table["numbered"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?:(?<=\d)(?!\d)|[^\W\d_]{{0,{CASE_ENDING_LETTERS}}}(?!\w))")


def warm_up() -> None:
    """Read the CLDR month names now (~4 ms of CPU): in the workers' zygote (:mod:`newsspider.worker_process`),
    once for all of them, not by each worker's first printed date or byline; CLDR's numbered months and counts back
    (:func:`_numbered_months`, :func:`_time_ago_table`, ~2 ms) with them."""
    _month_names()
    _numbered_months()
    _time_ago_table()


def month_name_day(text: str) -> date | None:
    """The day a short ``text`` names with a Gregorian month's name in any CLDR language, a year of the
    20th or 21st century and a day's number standing alone (the one nearest the name): the day order of
    every language. None without all three, or where two months are named."""
    folded = unify_digits(text).casefold()
    year = _LONE_YEAR.search(folded)
    if year is None:
        return None
    names = _month_names()
    found: list[tuple[int, int, int]] = []  # (start, end, month)
    for word in _MONTH_WORD.finditer(folded):
        start = word.start()
        for name, month, wide in names.get(folded[start:start + 2], ()):
            if folded.startswith(name, start):
                end = start + len(name)
                rest = len(re.match(r"\w*", folded[end:])[0])  # type: ignore[index]
                if rest == 0 or (wide and rest <= CASE_ENDING_LETTERS):
                    found.append((start, end + rest, month))
                    break
    found += [(match.start(), match.end(), _matched_number(match)) for match in _numbered_months().finditer(folded)]
    if len({month for _, _, month in found}) != 1:
        return None
    start, end, month = min(found)
    days = [match for match in _LONE_DAY.finditer(folded) if (match.end() <= year.start() or match.start() >= year.end())
            and not any(begins <= match.start() < ends for begins, ends, _ in found)]  # not a numbered month's number
    if not days:
        return None
    day = min(days, key=lambda match: min(abs(match.start() - end), abs(start - match.end())))
    return _day(int(year[0]), month, int(day[0]))


def is_month_name(word: str) -> bool:
    """Whether ``word`` (case aside, a full stop after it too: "Sept.") is a Gregorian month's CLDR name,
    wide or abbreviated, in any language ("March", "März", "marca", "марта", "Μαρτίου")."""
    folded = word.casefold().rstrip(".")
    return any(name == folded for name, _, _ in _month_names().get(folded[:2], ()))


# A text that is a Gregorian date and nothing else, its month named in a CLDR language: day, month, year
# ("24 сентября 2018", "25. September 2018", "19 de noviembre de 2019"); month, day, year ("Nov. 19, 2019",
# "November 18th, 2019"); year, month, day ("2019. november 19."); a weekday may come first. htmldate
# hands such a text in a language it has no pattern for to dateparser, whose first reading in each
# language loads its data.
_DAY = r"(\d{1,2})"
_NAME = r"([^\s\d.,;:()]+)\.?"  # a word: the vowel signs of Indic scripts are no letters to \w
_YEAR = r"((?:19|20)\d\d)"
# A word before a comma: a weekday ("الأربعاء، 07 أكتوبر 2020", "Tue., Nov. 19, 2019").
_WEEKDAY = r"(?:[^\s\d.,،]+\.?[,،]\s*)?"
_DATE_ALONE = re.compile(rf"{_WEEKDAY}(?:{_DAY}\.?\s*(?:de\s+)?{_NAME},?\s*(?:de\s+)?{_YEAR}\.?"
                         rf"|{_NAME}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}"
                         rf"|{_YEAR}\.?\s+{_NAME}\s+{_DAY}\.?)")
_AROUND_DATE = " \t\n,;:|-–—"  # what may stand before or after such a date (", 20 septembrie 2020")


def date_alone(text: str) -> date | None:
    """The day ``text`` names where it is a date alone (:data:`_DATE_ALONE`), its month's name a whole
    CLDR name (wide, or abbreviated with or without its full stop); None for any other text."""
    match = _DATE_ALONE.fullmatch(unify_digits(text).strip(_AROUND_DATE).casefold())
    if match is None:
        return None
    day, name, year = ((match[1], match[2], match[3]) if match[1] else (match[5], match[4], match[6]) if match[4]
                       else (match[9], match[8], match[7]))
    entries = _month_names().get(name[:2], ())
    month = next((number for entry, number, _ in entries if entry == name), None)
    return _day(int(year), month, int(day)) if month else None


# --- relative datelines -------------------------------------------------------------------------------
# A dateline that counts back from the moment the page was served ("vor 5 Stunden", "5 hours ago", "il y a
# 5 heures", "5時間前"): the minutes, hours or days (a week's or month's count says no day), and the word
# that makes the count past, before it or after it, in the languages the date labels cover. Such a page's
# moment is its fetch's less the count (a page is served as it is rendered). The units by their stems.
_UNIT_STEMS = {
    "minutes": ("min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "minut", "minuty", "минут", "минуту",
                "минуты", "минута", "minuta", "хвилин", "хвилини", "хвилину", "λεπτά", "λεπτό", "menit", "dakika", "dk", "دقیقه",
                "ደቂቃ", "मिनट", "মিনিট", "דקות", "분", "分", "分钟", "分鐘", "phút", "นาที", "دقيقة", "دقائق", "منٹ"),
    "hours": ("h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden", "heure", "heures", "hora", "horas",
              "ora", "ore", "uur", "godzin", "godzina", "godziny", "godzinę", "час", "часа", "часов", "сата", "сат",
              "sata", "sat", "години", "годину", "годин", "ώρες", "ώρα", "jam", "saat", "ساعت", "ሰዓታት", "ሰዓት",
              "घंटे", "घंटा", "ঘণ্টা", "שעות", "שעה", "시간", "時間", "小时", "小時", "giờ", "ชั่วโมง", "ساعة", "ساعات",
              "گھنٹے", "گھنٹہ", "گھنٹوں"),
    "days": ("day", "days", "tag", "tagen", "jour", "jours", "día", "días", "dia", "dias", "giorno", "giorni",
             "dag", "dagen", "dni", "dzień", "день", "дня", "дней", "дана", "dana", "днів", "дні", "ημέρες", "μέρες",
             "hari", "gün", "روز", "ቀን", "दिन", "দিন", "ימים", "일", "日", "天", "ngày", "วัน", "يوم", "أيام", "ايام", "دن"),
}
# Arabic's counts said by the unit's word alone, after "منذ" or "قبل" ("منذ ساعة", an hour ago; "قبل ساعتين", two
# hours ago: the dual); not a day alone ("قبل يوم الجمعة" is before Friday).
_ARABIC_COUNTED = {"ساعة": ("hours", 1), "ساعتين": ("hours", 2), "ساعتان": ("hours", 2), "دقيقة": ("minutes", 1),
                   "دقيقتين": ("minutes", 2), "دقيقتان": ("minutes", 2), "يومين": ("days", 2), "يومان": ("days", 2)}
_UNITS = {stem: unit for unit, stems in _UNIT_STEMS.items() for stem in stems}
_UNIT_WORDS = "|".join(map(re.escape, sorted(_UNITS, key=len, reverse=True)))
# "vor 5 Stunden", "il y a 5 heures", "hace 5 horas", "há 5 horas", "пре 2 сата", "πριν από 2 ώρες", "לפני 2 שעות";
# "5 hours ago", "5 ore fa", "5 uur geleden", "5 godzin temu", "5 часов назад", "2 години тому", "5 saat önce",
# "2 jam yang lalu", "۲ ساعت پیش", "ከ2 ሰዓታት በፊት", "2 घंटे पहले", "২ ঘণ্টা আগে", "5시간 전", "5時間前", "5小时前",
# "5 giờ trước", "5 ชั่วโมงที่แล้ว"; Arabic "منذ 3 ساعات", "قبل 3 ساعات"; Urdu "3 گھنٹے پہلے", Urdu and Persian "۲ ساعت قبل".
_ARABIC_AGO = r"(?:منذ|قبل)"
_AGO_BEFORE = rf"(?:vor|il y a|hace|há|пре|pre|πριν από|לפני|{_ARABIC_AGO})"
# A word that runs on into more letters is another ("10 days agony", "5 minuti fantastici"); not Korean's,
# Chinese's and Japanese's, whose particles follow unspaced ("5時間前に", "3시간 전에"), nor Thai's (unspaced).
_AGO_AFTER = (r"(?:(?:ago|fa|geleden|temu|назад|тому|önce|atrás|yang lalu|lalu|پیش|پہلے|قبل|በፊት|पहले|আগে|trước)(?![^\W\d_])"
              r"|전|前|ที่แล้ว)")
# "قبل" and "پیش"/"پہلے"/"पहले" say "before" too: before what a word names, after the count (Arabic's "من", "على",
# "عن", Persian's "از": "قبل 3 أيام من الانتخابات", 3 days before the elections; "۲ ساعت قبل از آغاز") or before it
# (Urdu's and Hindi's "سے"/"से": "الیکشن سے 3 دن پہلے"), a span of time before an event, no count back from now;
# before now it is one ("قبل 3 ساعات من الآن").
_BEFORE_WHAT = r"(?!\s*(?:من|على|عن|از)(?![^\W\d_])(?!\s*(?:الآن|الان|اکنون|حالا)(?![^\W\d_])))"
_FROM_WHAT = r"(?<!سے\s)(?<!से\s)"
_TIME_AGO = re.compile(rf"(?<![^\W\d_]){_AGO_BEFORE}\s+(\d{{1,3}})\s*({_UNIT_WORDS})\.?(?![^\W\d_]){_BEFORE_WHAT}"
                       rf"|{_FROM_WHAT}(?<![\d.,:])(\d{{1,3}})\s*({_UNIT_WORDS})\.?\s*{_AGO_AFTER}{_BEFORE_WHAT}"
                       rf"|(?<![^\W\d_]){_ARABIC_AGO}\s+({'|'.join(_ARABIC_COUNTED)})(?![^\W\d_]){_BEFORE_WHAT}",
                       re.IGNORECASE)


def time_ago_start(text: str) -> int | None:
    """Where in ``text`` a count back from the moment the page was served begins (:func:`time_ago`: "Jane Doe
    5 hours ago" -> 9), or None where it holds none."""
    match = _TIME_AGO.search(unify_digits(text))
    return None if match is None else match.start()


def time_ago(text: str, language: str | None = None) -> timedelta | None:
    """How long before the page was served a short dateline ``text`` says it appeared ("vor 5 Stunden",
    "5 hours ago", "il y a 2 jours", "3시간 전"), or None where it counts back no minutes, hours or days. Where
    the short list reads nothing, the count as CLDR writes it in the page's ``language`` (:func:`_cldr_time_ago`:
    Swahili "saa 2 zilizopita", Finnish "3 tuntia sitten", Georgian "3 საათის წინ")."""
    match = _TIME_AGO.search(unify_digits(text))
    if match is None:
        return _cldr_time_ago(text, language) if language else None
    if match[5]:
        said, number = _ARABIC_COUNTED[match[5]]
        return timedelta(**{said: number})
    count, stem = (match[1], match[2]) if match[1] else (match[3], match[4])
    unit = _UNITS.get(stem.lower())
    return timedelta(**{unit: int(count)}) if unit else None


def dateline_time_ago(text: str, language: str | None = None) -> timedelta | None:
    """:func:`time_ago` of a dateline's ``text``, where the count back stands as a dateline's item, not a sentence's
    opening (:func:`_opens_a_clause`: "Hace 3 días el ministro dijo", three days ago the minister said; "3 дня назад
    министр заявил"; "3天前往北京的代表团", the delegation that went to Beijing, read as "3天前" and a run of unspaced
    text): nothing after it but the end or a separator opening the next item (:data:`_ITEM_AFTER`, as CLDR's forms are
    read: "5 hours ago | Politics"), or the next item's words (a credit, a byline, a place: "hace 3 horas por EFE",
    "5 hours ago by Jane Doe", "3 часа назад, Москва", "3小时前 来源：新华社"). What stands before it is not asked: a
    byline's name may ("Jane Doe 5 hours ago")."""
    digits = unify_digits(text)
    match = _TIME_AGO.search(digits)
    if (match is not None and _ITEM_AFTER.fullmatch(digits, match.end()) is None
            and _opens_a_clause(digits[match.end():])):
        return None
    return time_ago(text, language)


def _opens_a_clause(rest: str) -> bool:
    """Whether ``rest``, the text after a count back, runs on as its sentence: a word of its own at once (no space:
    "3天前往北京", "3月3日前後に開催"), or, in a script spaced between words, two words in a row that are no proper
    name's (:data:`_CLAUSE_WORD`: "el ministro dijo", "министр заявил", "قال الوزير": an uncased script's words are
    no name's by their case). A script without spaces sets no space inside a sentence, so a space there ends the
    item ("3小时前 新华社"); a name (a byline's, an agency's, a place's, a section's) is capitalised, and one word
    may lead into it ("by", "por", "von", "in")."""
    if not rest or rest[0].isalnum():
        return True
    words = _CLAUSE_WORD.findall(rest)
    if words and is_unspaced(words[0][0]):
        return False
    return any(not first[0].isupper() and not second[0].isupper() for first, second in pairwise(words))


# --- relative datelines as CLDR writes them -------------------------------------------------------------
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # zero-width spaces and joiners some patterns write
_TRAILING_STOP = ".。"  # a pattern's closing full stop ("ezinsukwini ezingu-{0} ezedlule."): a dateline may drop it
# A count back dates the page where it is a dateline's item, not a sentence's or a heading's ("Acum 3 zile, ministrul a
# declarat", three days ago the minister said; "3 napja tart a sztrájk", the strike has gone on for three days; "Mvua
# kubwa katika saa 24 zilizopita", heavy rain in the past 24 hours): after it the text ends or a separator opens the
# dateline's next item ("3 órája | Belföld", "πριν από 3 ώ. | Αθλητικά": a pattern's stop, :data:`_TRAILING_STOP`, may
# stand between); before it stands nothing, a label's one word ("Imechapishwa saa 3 zilizopita") or items a separator,
# a comma or a colon ends ("Siasa · saa 3 zilizopita", "Julkaistu: 3 tuntia sitten").
# The one word of a script written without spaces may be a whole phrase ("ฝนตกหนักใน 24 ชั่วโมงที่ผ่านมา", heavy rain
# in the past 24 hours): no label there.
_ITEM_SEPARATORS = rf"{ITEM_SEPARATORS}(\[\-"  # inside a character class: what opens a dateline's next item
_ITEM_AFTER = re.compile(rf"[^\w{_ITEM_SEPARATORS}]*(?:[{_ITEM_SEPARATORS}].*)?", re.DOTALL)
# A word after a dateline's count back (:func:`_opens_a_clause`).
_CLAUSE_WORD = re.compile(rf"[^\W\d_][{WORD_CHAR_CLASS}]*")
_ITEM_BEFORE = re.compile(rf"(?:.*[{_ITEM_SEPARATORS},:;])?\s*(?:([^\W\d_][{WORD_CHAR_CLASS}]*)[.:]?\s+)?", re.DOTALL)


def _cldr_time_ago(text: str, language: str) -> timedelta | None:
    """The count back ``text`` holds as CLDR's past patterns of minutes, hours and days write it in ``language``
    (``time_ago.json``, scripts/cldr_time_ago.py writes it from Babel's ``date_fields``), the first in the text;
    None where the language has none or the text holds none as a dateline's item (:data:`_ITEM_AFTER`,
    :data:`_ITEM_BEFORE`). Only the page's declared language: another's words may say something else in this one
    (CLDR's "{0} napja", Hungarian "3 days ago", is no past elsewhere)."""
    patterns = _time_ago_patterns(language)
    if not patterns:
        return None
    folded = _INVISIBLE.sub("", unify_digits(text)).casefold()
    found = [(match.start(), unit, match) for unit, pattern in patterns for match in pattern.finditer(folded)
             if _dateline_item(folded, match)]
    if not found:
        return None
    _, unit, match = min(found, key=lambda item: item[0])
    return timedelta(**{unit: _matched_number(match)})


def _matched_number(match: re.Match[str]) -> int:
    """The number ``match`` read, in the group of whichever of its expression's alternatives matched (one
    group a form: :func:`_numbered_months`, :func:`_time_ago_patterns`)."""
    return int(next(group for group in match.groups() if group))


def _dateline_item(text: str, match: re.Match[str]) -> bool:
    """Whether the count back ``match`` of ``text`` stands as a dateline's item (:data:`_ITEM_AFTER`, :data:`_ITEM_BEFORE`)."""
    before = _ITEM_BEFORE.fullmatch(text, 0, match.start())
    return (_ITEM_AFTER.fullmatch(text, match.end()) is not None and before is not None
            and not (before[1] and is_unspaced(before[1][0])))


@cache
def _time_ago_patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``language``'s CLDR past patterns (:func:`_cldr_time_ago`) as one expression a unit, each pattern's count
    in a group of its own; empty where CLDR writes none for it. A word of a cased script is whole at either end
    ("3 órája" is no "3 óra"); a caseless script's is not bounded (Thai and CJK run on unspaced)."""
    table = _time_ago_table().get(cldr_language(language), ())
    alternatives: dict[str, set[str]] = {}
    for pattern, unit in table:
        alternatives.setdefault(unit, set()).add(_INVISIBLE.sub("", pattern).casefold().rstrip(_TRAILING_STOP))
    return tuple((unit, re.compile("|".join(map(_ago_expression, sorted(forms, key=len, reverse=True)))))
                 for unit, forms in alternatives.items())


def _ago_expression(pattern: str) -> str:
    """A CLDR past pattern (``"{0} hours ago"``, ``"saa {0} zilizopita"``) as an expression whose group is the count,
    spaced as loosely as datelines write it, bounded as :func:`_time_ago_patterns` says, and never a span before
    something the text names after it (:data:`_BEFORE_WHAT`, :data:`_FROM_WHAT`)."""
    before, _, after = (part.strip() for part in pattern.partition("{0}"))
    opening = (r"(?<![^\W\d_])" if is_cased(before[:1]) else "") if before else r"(?<![\d.,:])" + _FROM_WHAT
    closing = r"(?![^\W\d_])" if is_cased(after[-1:]) else ""
    return (opening + (rf"{_loosely(before)}\s*" if before else "") + r"(\d{1,3})"
            + (rf"\s*{_loosely(after)}" if after else "") + closing + _BEFORE_WHAT)


def _loosely(words: str) -> str:
    """``words`` of a pattern as an expression any run of spaces between them matches."""
    return r"\s+".join(map(re.escape, words.split()))


@cache
def _minute_words() -> frozenset[str]:
    """The unit's words in CLDR's past patterns of minutes (``time_ago.json``: "{0} min. ago", "vor {0} Minuten",
    "dakika {0} zilizopita"): the word beside the count that the language's patterns of hours and days do not set
    there too (the frame "ago", "vor", "hace", "zilizopita" is no unit), case-folded, with and without a closing
    full stop; not a lone letter of a cased script ("{0}m ago", "{0} m.": a metre's "m" too). Read once a process, where a
    byline's part is asked of it."""
    words: set[str] = set()
    for patterns in _time_ago_table().values():
        beside: dict[bool, set[str]] = {True: set(), False: set()}  # by whether the pattern counts minutes
        for pattern, unit in patterns:
            if "{0}" not in pattern:
                continue
            before, after = _INVISIBLE.sub("", pattern).casefold().split("{0}", 1)
            beside[unit == "minutes"].update(word for side in (*before.split()[-1:], *after.split()[:1])
                                             for word in (side, side.rstrip(_TRAILING_STOP)) if word)
        words.update(word for word in beside[True] - beside[False]
                     if len(word.rstrip(_TRAILING_STOP)) > 1 or not is_cased(word[0]))
    return frozenset(words)


# A count and the word after it or before it ("3 min read", "4 Min. Lesezeit", "dakika 5"), its digits of any script.
_COUNT_AND_WORDS = re.compile(r"(?:(\S+)\s+)?\d+\s*(\S+)?")


def counts_minutes(text: str) -> bool:
    """Whether ``text`` counts minutes as CLDR writes the unit in any language (:func:`_minute_words`): a reading time
    beside a byline ("3 min read", "4 min leestijd", "5 menit baca"), not a count of other things ("Part 2", "700 km",
    "Folge 3")."""
    words = _minute_words()
    return any(word is not None and word.casefold() in words
               for match in _COUNT_AND_WORDS.finditer(unify_digits(text)) for word in match.groups())


@cache
def _time_ago_table() -> dict[str, list[tuple[str, str]]]:
    """CLDR's past patterns of minutes, hours and days by language (``time_ago.json``), read once a process."""
    table = _shipped_table("time_ago.json")
    return {language: [(pattern, unit) for pattern, unit in patterns] for language, patterns in table["patterns"].items()}
