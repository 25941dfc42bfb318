"""Dated bylines in the scripts and calendars news sites print: read to the right day, or not at all."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from newsspider.extract.calendars import bikram_sambat_to_gregorian, printed_day
from tests.test_dates import dateline_published


def test_bikram_sambat_dates_convert_by_the_month_lengths_of_their_year():
    assert str(bikram_sambat_to_gregorian(2000, 1, 1)) == "1943-04-14"  # the table's first day
    assert str(bikram_sambat_to_gregorian(2080, 11, 22)) == "2024-03-05"
    assert str(bikram_sambat_to_gregorian(2081, 1, 1)) == "2024-04-13"  # New Year: 2081's Baisakh 1
    assert str(bikram_sambat_to_gregorian(2082, 8, 17)) == "2025-12-03"
    assert str(bikram_sambat_to_gregorian(2082, 12, 30)) == "2026-04-13"  # the table's last day
    assert bikram_sambat_to_gregorian(2081, 3, 32) is None  # Asar 2081 has 31 days (2082's has 32)
    assert str(bikram_sambat_to_gregorian(2082, 3, 32)) == "2025-07-16"
    assert bikram_sambat_to_gregorian(2083, 1, 1) is None  # past the years the published tables agree on


# (dateline, the page's language, the day; None: no day rather than a wrong one)
AGO = "ago"  # a relative dateline's: counted back from the page's fetch
BYLINES = [
    # Nepali: Bikram Sambat in the spoken month names, year first, day first or month first
    ("२०८० फागुन २२ गते १४:२०", "ne", "2024-03-05"), ("फागुन २२, २०८०", "ne", "2024-03-05"),
    ("मंगलबार, फागुन २२, २०८०", "ne", "2024-03-05"), ("२२ फागुन २०८०", "ne", "2024-03-05"),
    ("मंसिर १७, २०८२", "ne", "2025-12-03"), ("असार ३२, २०८२", "ne", "2025-07-16"),
    ("२०८१ वैशाख १ गते", "ne", "2024-04-13"),  # a Sanskrit month name beside गते
    ("प्रकाशित : मंगलबार, फाल्गुन २२, २०८०", "ne", "2024-03-05"),  # ... or a weekday in Nepali spelling
    ("मार्च ५, २०२४", "ne", "2024-03-05"),  # the Gregorian calendar in Nepali
    # a Sanskrit month name alone is India's lunisolar Vikram Samvat as well; no such day; a year past the table
    ("प्रकाशित : २०८० फाल्गुन २२", "ne", None), ("कार्तिक 15, 2081", "hi", None), ("असार ३२, २०८१", "ne", None),
    ("२०८५ फागुन २२", "ne", None), ("२ घण्टा अगाडि", "ne", None),
    # Thai: a Buddhist-era year's last two digits, and Buddhist-era years in numbers in a Thai text
    ("5 มี.ค. 67", "th", "2024-03-05"), ("5 มี.ค. 67 14:20 น.", "th", "2024-03-05"),
    ("วันที่ 05/03/2567", "th", "2024-03-05"), ("อังคาร 5 มีนาคม 2567 เวลา 14:20 น.", "th", "2024-03-05"),
    ("5 มี.ค. 24", "th", None),  # 2024 or the Buddhist era's 2524?
    ("05/03/2567", "th", None),  # Cambodia's and Myanmar's Buddhist era is 544 years ahead
    ("5 มี.ค. 14:20 น.", "th", None), ("2 ชั่วโมงที่แล้ว", "th", AGO),
    # Korean
    ("입력 2024.03.05 14:20", "ko", "2024-03-05"), ("2024년 3월 5일 오후 2:20", "ko", "2024-03-05"),
    ("기사입력 : 2024-03-05 오후 2:20:00", "ko", "2024-03-05"), ("승인 2024.03.05 14:20", "ko", "2024-03-05"),
    ("3시간 전", "ko", AGO), ("2일 전", "ko", AGO), ("03.05 14:20", "ko", None),
    # a year's two last digits first in Korean and Japanese (htmldate: 2005-03-24), day first elsewhere
    ("입력 24.03.05 14:20", "ko", "2024-03-05"), ("24/03/05 14:20", "ja", "2024-03-05"), ("24.03.05", "de", "2005-03-24"),
    # Japanese
    ("2024年3月5日 14時20分", "ja", "2024-03-05"), ("公開日：2024年3月5日", "ja", "2024-03-05"),
    ("令和6年3月5日(火)", "ja", "2024-03-05"), ("2024/03/05 14:20", "ja", "2024-03-05"),
    ("3/5(火) 14:20配信", "ja", None), ("3時間前", "ja", AGO), ("3月5日 14時20分", "ja", None),
    # Serbian, Cyrillic and Latin
    ("05. март 2024. 14:20", "sr", "2024-03-05"), ("уторак, 5. марта 2024.", "sr", "2024-03-05"),
    ("05. mart 2024. 14:20", "sr-Latn", "2024-03-05"), ("utorak, 5. marta 2024.", "sr-Latn", "2024-03-05"),
    ("05.03.2024. u 14:20", "sr-Latn", "2024-03-05"), ("пре 2 сата", "sr", AGO), ("pre 2 sata", "sr-Latn", AGO),
    # Persian
    ("سه شنبه ۱۵ اسفند ۱۴۰۲ ساعت ۱۴:۲۰", "fa", "2024-03-05"), ("تاریخ انتشار: ۱۴۰۲/۱۲/۱۵", "fa", "2024-03-05"),
    ("۵ مارس ۲۰۲۴", "fa", "2024-03-05"), ("۲ ساعت پیش", "fa", AGO),
    ("1402/12/15", "fa", None),  # a lunar Hijri year is in the 1400s too
    # Amharic
    ("የካቲት 26 ቀን 2016 ዓ.ም", "am", "2024-03-05"), ("ሰኞ፣ የካቲት 26 2016", "am", "2024-03-05"), ("ከ2 ሰዓታት በፊት", "am", AGO),
    # Hindi
    ("5 मार्च 2024, 14:20 IST", "hi", "2024-03-05"), ("प्रकाशित: 5 मार्च 2024", "hi", "2024-03-05"),
    ("अपडेटेड Mar 05, 2024 | 14:20 IST", "hi", "2024-03-05"), ("५ मार्च २०२४", "hi", "2024-03-05"),
    ("2 घंटे पहले", "hi", AGO), ("कल 14:20", "hi", None),
    # Bengali
    ("৫ মার্চ ২০২৪, ১৪:২০", "bn", "2024-03-05"), ("মঙ্গলবার, ৫ মার্চ, ২০২৪", "bn", "2024-03-05"),
    ("প্রকাশিত: ০৫ মার্চ ২০২৪", "bn", "2024-03-05"), ("২ ঘণ্টা আগে", "bn", AGO),
    ("২১ ফাল্গুন ১৪৩০", "bn", None),  # the Bengali calendar
    # Turkish
    ("05 Mart 2024 14:20", "tr", "2024-03-05"), ("5 Mart 2024 Salı", "tr", "2024-03-05"),
    ("Yayınlanma: 05.03.2024 - 14:20", "tr", "2024-03-05"), ("2 saat önce", "tr", AGO), ("5 Mart 14:20", "tr", None),
    # Greek
    ("05 Μαρτίου 2024, 14:20", "el", "2024-03-05"), ("Τρίτη, 5 Μαρτίου 2024", "el", "2024-03-05"),
    ("5 Μαρ 2024", "el", "2024-03-05"), ("πριν από 2 ώρες", "el", AGO), ("5 Μαρτίου, 14:20", "el", None),
    # Vietnamese
    ("Thứ ba, 5/3/2024, 14:20 (GMT+7)", "vi", "2024-03-05"), ("Ngày 5 tháng 3 năm 2024", "vi", "2024-03-05"),
    ("Cập nhật: 14:20, 05/03/2024", "vi", "2024-03-05"), ("2 giờ trước", "vi", AGO), ("14:20 hôm nay", "vi", None),
    # Indonesian
    ("Selasa, 05 Mar 2024 14:20 WIB", "id", "2024-03-05"), ("5 Maret 2024, 14:20 WIB", "id", "2024-03-05"),
    ("Diterbitkan 5 Maret 2024", "id", "2024-03-05"), ("2 jam yang lalu", "id", AGO), ("Hari ini, 14:20", "id", None),
    # Ukrainian
    ("5 березня 2024, 14:20", "uk", "2024-03-05"), ("Вівторок, 5 березня 2024", "uk", "2024-03-05"),
    ("05 березня 2024 р.", "uk", "2024-03-05"), ("2 години тому", "uk", AGO), ("Вчора, 14:20", "uk", None),
    ("5 березня, 14:20", "uk", None),
    # Hebrew
    ("05/03/2024 14:20", "he", "2024-03-05"), ("5 במרץ 2024", "he", "2024-03-05"),
    ("פורסם: 05.03.24 , 14:20", "he", "2024-03-05"), ("לפני 2 שעות", "he", AGO),
    ("כ״ה באדר א׳ תשפ״ד", "he", "2024-03-05"),  # the Hebrew calendar (25 Adar I 5784)
    # Khmer: the Gregorian months' names; a lunar date with the Buddhist era is not read
    ("ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤", "km", "2024-03-05"), ("៥ មីនា ២០២៤ ម៉ោង ១៤:២០", "km", "2024-03-05"),
    ("ថ្ងៃអង្គារ ១០រោច ខែមាឃ ឆ្នាំថោះ បញ្ចស័ក ព.ស.២៥៦៧", "km", None),
    # day and month numbers each followed by a dot and a space: day first (Czech, Slovak, Slovene, Croatian,
    # German), never month first as the US writes slashes
    ("5. 3. 2024 14:20", "cs", "2024-03-05"), ("05. 03. 2024", "sk", "2024-03-05"),
    ("Objavljeno: 5. 3. 2024. u 14:20", "hr", "2024-03-05"), ("Di, 5. 3. 2024", "de", "2024-03-05"),
    ("2024. 3. 5. 14:20", "ko", "2024-03-05"), ("12. 3. 2024", "sl", "2024-03-12"),
    # Polish: the publication's label after the update's
    ("Aktualizacja: 06.03.2024 10:00 Publikacja: 05.03.2024 14:05", "pl", "2024-03-05"),
    # relative dates in other languages: counted back from the fetch (:data:`AGO`)
    ("2 hours ago", "en", AGO), ("Yesterday at 14:20", "en", None), ("vor 2 Stunden", "de", AGO),
    ("2 часа назад", "ru", AGO), ("hace 2 horas", "es", AGO),
    # Arabic counts back before the count ("منذ", "قبل"), its dual in one word ("ساعتين", two hours); Urdu and
    # Persian write "پہلے"/"پیش" or "قبل" after it
    ("منذ 3 ساعات", "ar", AGO), ("قبل ساعتين", "ar", AGO), ("منذ ٥ ساعات", "ar", AGO), ("قبل يومين", "ar", AGO),
    ("3 گھنٹے پہلے", "ur", AGO), ("2 دن قبل", "ur", AGO), ("۲ ساعت قبل", "fa", AGO),
]


@pytest.mark.parametrize(("dateline", "lang", "day"), BYLINES)
def test_a_dated_byline_is_read_to_its_day_or_not_at_all(dateline, lang, day):
    fetched = datetime.now(timezone.utc)
    published = dateline_published(dateline, lang)  # fetched now
    if day is AGO:  # hours (to the minute) or days (the day) before the fetch
        assert published is not None and timedelta(hours=1) < fetched - datetime.fromisoformat(published) \
            <= timedelta(days=3), dateline
        return
    assert (published[:10] if published else None) == day


def test_a_month_name_before_a_long_run_of_spaces_is_read_in_linear_time():
    # two runs of spaces around an optional comma ("\\s*,?\\s*") split a long run of spaces every way
    # before failing: quadratic, ~17 s (Nepali) and ~60 s (Thai) on these texts
    started = time.perf_counter()
    assert printed_day("१७ मंसिर" + " " * 50_000 + "x") is None
    assert printed_day("5 มี.ค." + " " * 50_000 + "x") is None
    assert printed_day("5 มี.ค. , 2567") is not None and printed_day("१७ मंसिर , २०८१") is not None
    assert time.perf_counter() - started < 5  # milliseconds when read in linear time


# (a text that is a date alone, its day): read by our own code as htmldate's parser reads it (its last
# resort, dateparser, loads each language's data on its first date: 6-106 ms of CPU)
DATES_ALONE = [
    ("Nov. 19, 2019", "2019-11-19"), ("November 18th, 2019", "2019-11-18"), ("19 NOV 2019", "2019-11-19"),
    ("24 сентября 2018", "2018-09-24"), (", 20 septembrie 2020", "2020-09-20"), ("25. September 2018", "2018-09-25"),
    ("19 de noviembre de 2019", "2019-11-19"), ("2019. november 19.", "2019-11-19"), ("19 Kasım 2019", "2019-11-19"),
    ("19 Νοεμβρίου 2019", "2019-11-19"), ("19 листопада 2019", "2019-11-19"), ("19. новембар 2019.", "2019-11-19"),
    ("19. novembar 2019.", "2019-11-19"), ("19 नवंबर 2019", "2019-11-19"), ("১৯ নভেম্বর ২০১৯", "2019-11-19"),
    ("۱۹ نوامبر ۲۰۱۹", "2019-11-19"), ("19 נובמבר 2019", "2019-11-19"), ("19 Maret 2019", "2019-03-19"),
    ("19 listopadu 2019", "2019-11-19"), ("19 lapkričio 2019", "2019-11-19"),
    ("الأربعاء، 07 أكتوبر 2020", "2020-10-07"), ("Tue., Nov. 19, 2019", "2019-11-19"),  # a weekday first
    ("Martes, 19 de noviembre de 2019", "2019-11-19"),
]


@pytest.mark.parametrize(("text", "day"), DATES_ALONE)
def test_a_date_alone_is_read_to_the_day_htmldate_reads(text, day):
    from htmldate import find_date

    from newsspider.extract.calendars import date_alone

    assert str(date_alone(text)) == day
    assert find_date(f"<html><body><p>{text}</p></body></html>", extensive_search=True, original_date=True) == day


@pytest.mark.parametrize("text", ["Published Nov. 19, 2019", "Nov 19, 9:41", "31 February 2019", "19 Top 2019",
                                  "5 במרץ 2024", "19 11 2019", "Nov 19 and 20, 2019", "19 nov 2019 - 3 dec 2019",
                                  "19 listopada 2019"])
def test_a_text_that_is_more_or_less_than_a_date_is_left_to_htmldate(text):
    from newsspider.extract.calendars import date_alone

    assert date_alone(text) is None  # a label, a clock, no such day, no month's name, a prefixed name, two dates,
    # a name two languages give different months (Polish November, Croatian October)


def test_hebrew_calendar_dates_convert_by_the_years_molad_and_postponements():
    """The Hebrew calendar's arithmetic (Dershowitz and Reingold, Calendrical Calculations): a year's start from
    its molad and the postponement rules, Heshvan and Kislev of 29 or 30 days, Adar I in a leap year."""
    from newsspider.extract.calendars import hebrew_to_gregorian

    for (year, month, day), gregorian in (((5785, 7, 1), "2024-10-03"),   # Rosh Hashanah 5785
                                          ((5784, 7, 10), "2023-09-25"),  # Yom Kippur 5784
                                          ((5784, 9, 25), "2023-12-08"),  # Hanukkah's first day, 5784
                                          ((5784, 12, 25), "2024-03-05"),  # 25 Adar I of the leap year 5784
                                          ((5784, 13, 14), "2024-03-24"),  # Purim 5784, in Adar II
                                          ((5784, 1, 15), "2024-04-23"),  # Passover 5784
                                          ((5785, 12, 14), "2025-03-14"),  # Purim 5785, a common year
                                          ((5783, 3, 6), "2023-05-26")):  # Shavuot 5783
        assert str(hebrew_to_gregorian(year, month, day)) == gregorian, (year, month, day)
    assert hebrew_to_gregorian(5785, 13, 1) is None  # no Adar II in a common year
    assert hebrew_to_gregorian(5784, 2, 30) is None  # Iyyar has 29 days


@pytest.mark.parametrize(("text", "day"), [
    ("כ\"ה באדר א' תשפ\"ד", "2024-03-05"),
    ("יום שלישי, כ״ה באדר א׳ התשפ״ד", "2024-03-05"),  # the thousands as "ה", the Hebrew marks
    ("ט\"ו בניסן תשפ\"ד", "2024-04-23"),
    ("י\"ד באדר תשפ\"ה", "2025-03-14"),
    ("ג' בתשרי תשפ\"ה", "2024-10-05"),
    ("כ\"ה בכסלו תשפ\"ד", "2023-12-08"),
    ("י\"ד באדר תשפ\"ד", None),  # Adar of a leap year: Adar I or Adar II, which it does not say
    ("כ\"ה באדר ב' תשפ\"ה", None),  # no Adar II in 5785
    ("כה באדר תשפד", None),  # numbers without their marks: words as well
])
def test_a_hebrew_calendar_date_is_read_to_its_day_or_not_at_all(text, day):
    found = printed_day(text)
    assert (str(found) if found else None) == day
    if day:
        assert (dateline_published(text, "he", "https://news.example.co.il/story") or "")[:10] == day
