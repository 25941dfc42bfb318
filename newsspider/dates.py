"""Date normalisation: every time in the JSONL record is ISO 8601 with a UTC offset.

Pages write their times in many forms, and not all of them say which zone they mean. A value
that names no offset is kept naive (:class:`Timestamp` says so) until a caller that knows the
page decides what it means (:func:`best_timestamp`); :func:`to_iso8601` reads it as UTC.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from difflib import SequenceMatcher
from email.utils import parsedate_to_datetime
from functools import cache
from importlib.resources import files
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsspider.langcodes import cldr_language, normalize_language
from newsspider.unicode_classes import CJK_CLASS, CLAUSE_MARKS, ITEM_SEPARATORS, WORD_CHAR_CLASS
from newsspider.zone_names import KINDS, cldr_greenwich_names, cldr_region_places, cldr_zone_names, zone_table

# The UTC offsets zones use: whole hours from -12:00 to +14:00, and these others (tz database:
# Marquesas, Newfoundland, Iran, Afghanistan, India, Nepal, Myanmar, Eucla, Central Australia,
# Lord Howe, Chatham). A clock shown a quarter hour off any of them is another time, not a zone.
MAX_ZONE_OFFSET = timedelta(hours=14)
WESTMOST_OFFSET = timedelta(hours=-12)
_PART_HOUR_OFFSETS = frozenset(timedelta(minutes=minutes) for minutes in (
    -570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825))


def _words(words: Iterable[str]) -> str:
    """A regular expression's alternation of ``words``, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# A zone written as its offset from Greenwich or UTC ("GMT+3", "UTC+05:30", "GMT-0400"), as pages print
# it beside a clock (Arabic, Vietnamese, Russian sites) and some CMSs after a timestamp.
GMT_OFFSET = r"(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?"
_OFFSET = re.compile(r"(?:GMT|UTC)?\s?([+-])(\d{1,2})(?::?(\d{2}))?")
# A zone's abbreviation as written: capitals ("CEST"), or capitals with a lower-case letter second (the Philippines'
# "PhST", Guam's "ChST"); a lower-case word after a time is a word ("art", Latin "est"), not a zone.
ZONE_WORD = r"[A-Z]{2,5}|[A-Z][a-z][A-Z]{2}"
# W3C datetime profile of ISO 8601 (what sitemaps and most CMS meta tags use): year, optionally
# month, day, time with seconds and fraction, and a zone (an offset, else a name of :data:`ZONE_HOURS`:
# "2024-03-05 14:20 CET"); a space may stand for the "T".
_W3C_DATETIME = re.compile(
    r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})"
    r"(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)?)?"
    rf"\s*(Z|z|{GMT_OFFSET}|[+-]\d{{2}}(?::?\d{{2}})?|{ZONE_WORD})?"
)
# Java's ZonedDateTime.toString() ends with its region in brackets ("2024-03-05T14:20+03:00[Europe/Moscow]").
_REGION_ID = re.compile(r"\[([A-Za-z][\w+\-]*(?:/[\w+\-]+)*)\]$")
# Java's Date.toString() ("Fri Apr 28 19:20:36 CEST 2023"), which some CMSs put in JSON-LD.
_JAVA_DATE = re.compile(r"(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                        r"\s+([A-Za-z]{1,5})\s+(\d{4})")
# Day-first dates with dots ("28.04.2023 19:20"), the European form some meta tags use.
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
# A date or time, then the name or offset of its zone ("05.03.2024 14:20 MEZ", "Tue, 05 Mar 2024 14:20:00 GMT+3").
_NAMED_ZONE = re.compile(rf"^(.*\d)\s+({GMT_OFFSET}|[A-Za-z]{{2,5}})$")
# Numbers with slashes ("11/01/2023 12:43:42"): month first in the United States and in .NET's
# invariant culture, day first in most of the world. Read only when one number cannot be a month.
_SLASHED_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
# A date with slashes and a time on the 12-hour clock with its English AM/PM ("3/5/2024 2:20:00 PM"): .NET's
# invariant culture and en-US write a DateTime "M/d/yyyy h:mm:ss tt", month first, neither number zero-padded.
_TWELVE_HOUR_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}),?\s+(\d{1,2})(:\d{2}(?::\d{2})?)\s*([AaPp])\.?[Mm]\.?")
# A zone of the United States named without its season (:data:`ZONE_REGIONS`) after a time ("2024-03-05 14:20 ET",
# "March 5, 2024 2:20 PM CT").
_SEASONLESS_ZONE = re.compile(r"(?<=[\dMm.])\s*\(?(?<![A-Za-z])(ET|CT|MT|PT)\)?$")  # a word: not "MET", "MMT"
# Year, month and day marked by 年月日 (Chinese, Japanese) or 년월일 (Korean): "2024年3月5日", "2024년 3월 5일"
# (also how ``newsspider.extract.calendars`` finds such a day in a text).
MARKED_DAY = r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
# JavaScript's Date.toString() ("Fri Apr 28 2023 18:11:00 GMT+0900 (Japan Standard Time)").
_JS_DATE = re.compile(r"(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                      r"\s*(?:GMT|UTC)([+-]\d{2}:?\d{2})?(?:\s*\(.*\))?")
# An English month's name with the day and year, and a time of day that may be on the 12-hour clock
# ("April 28, 2023 6:11 PM", "28 April 2023, 18:11 CEST"): email.utils reads "6:11 PM" as 06:11.
_NAMED_MONTH = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})(?:st|nd|rd|th)?\.?\s+"
    r"([A-Za-z]{3,9})\.?,?)\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp])?\.?(?:[Mm]\.?)?)?"
    rf"(?:\s+({GMT_OFFSET}|[A-Za-z]{{1,5}}|[+-]\d{{2}}:?\d{{2}}))?")
# A clock time as a page shows it: "12:35", "12:35:41", "6:11 PM", "0 h 23", "18h11" (French writes
# its clock with an "h", spaced or not); not "03.04" (a dot separates a date's numbers), nor the time of a timestamp that names its own offset
# ("2020-04-15T20:41:13+02:00") or the offset itself.
_CLOCK = (r"(?<![\d:.+\-T])(\d{1,2})(?::| ?h ?)(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?![\d:]|[.,]\d)"
          r"(?:\s*([AaPp])\.?[Mm]\b\.?)?")
_SHOWN_CLOCK = re.compile(_CLOCK + r"(?!(?:\s*[AaPp]\.?[Mm]\b\.?)?\s*(?:[+-]\d|Z\b|UTC|GMT))")
_ANY_CLOCK = re.compile(_CLOCK)
_CLOCK_SECONDS = re.compile(r"^\d{1,2}:\d{2}:(\d{2})")  # a clock's seconds, written after its minutes ("12:35:41")
MAX_SECOND = 59  # a clock's last second (a leap second, 60, is none a page's time is published at)
# The 12-hour clock's hours 1-12 in a part of the day, by the first hour (24-hour clock) they stand
# for: a morning's 0-11 (12 is midnight: "12:30 a.m." is 00:30), an afternoon's 12-23 (12 is noon),
# an evening's or night's 13-24 (12 is midnight at the day's end: Chinese "晚上12:00"), noon's
# 11-22 (Chinese "中午", Korean "정오": "中午11:30" is 11:30, "中午1:30" 13:30).
MORNING, AFTERNOON, NIGHT, NOON = 0, 12, 13, 11
# The words for the parts of the day of other languages, before the clock (Korean "오후 2:20",
# Chinese "下午2:20", Japanese "午後2:20") or after it (Spanish "2:20 p. m.", Arabic "٢:٢٠ م", Persian
# "۲:۲۰ ب.ظ", Hindi "२:२० अपराह्न", Bengali "২:২০ পিএম", Greek "2:20 μ.μ."): a clock read without
# its word is 12 hours off, which is a zone's offset too often to be noticed.
_DAY_PARTS = {
    **dict.fromkeys(("오전", "上午", "午前", "早上", "凌晨", "ÖÖ", "π.μ.", "ص", "صباحا", "صباحاً", "ق.ظ", "صبح",
                     "पूर्वाह्न", "এএম", "পূর্বাহ্ন", "a. m.", "a.m."), MORNING),
    **dict.fromkeys(("오후", "下午", "午後", "傍晚", "ÖS", "μ.μ.", "م", "مساء", "مساءً", "مساءا", "ب.ظ", "بعدازظهر",
                     "عصر", "अपराह्न", "পিএম", "অপরাহ্ন", "p. m.", "p.m."), AFTERNOON),
    "晚上": NIGHT, "中午": NOON, "정오": NOON,
}
_DAY_PART_WORDS = _words(_DAY_PARTS)
# The halves of the 12-hour clock in every CLDR language that prints one, after the clock ("3:20 PTG", "3:20 m.d.")
# or before it, as its pattern writes them (``day_periods.json``: scripts/cldr_day_periods.py writes it); the
# words of :data:`_DAY_PARTS` as they are.
_CLDR_HALVES = json.loads(files("newsspider").joinpath("day_periods.json").read_text(encoding="utf-8"))
_CLDR_PARTS = {place: {word: AFTERNOON if half == "pm" else MORNING for word, half in _CLDR_HALVES[place].items()
                       if word not in _DAY_PARTS} for place in ("before", "after")}
_HALF_DAYS = {**_CLDR_PARTS["before"], **_CLDR_PARTS["after"], **_DAY_PARTS}  # a word -> its part of the day
# The languages (ISO 639-1 where there is a code, an individual language as its macrolanguage: Central Kurdish's words
# are Kurdish's) that write each CLDR word; one of a language English does not share is read on a page of that
# language only, or of no language declared: Oromo's "WB", Tongan's "EA", Ga's "SN" are words or initials in others'
# texts ("11:00 WB" is no afternoon on an English page), Torwali's "پی ایم" is its morning where Urdu pages write the
# English PM so. English's words ("AM", "p.m.") and :data:`_DAY_PARTS` are read on every page, as pages print them.
_HALF_LANGUAGES = {word: frozenset(normalize_language(code) or code for code in codes)
                   for word, codes in _CLDR_HALVES["languages"].items()
                   if word not in _DAY_PARTS and "en" not in codes}


# Year first with slashes or dots ("2023/04/28 18:11:00", "2023.04.28", Korean "2024. 3. 5. 14:20",
# "2024.03.05. 오후 2:20" on the 12-hour clock after its word for the part of the day): read one way
# everywhere.
_YEAR_FIRST = re.compile(rf"(\d{{4}})([/.])\s?(\d{{1,2}})\2\s?(\d{{1,2}})\.?(?:[T ,]+(?:({_DAY_PART_WORDS})\s*)?"
                         r"(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?")
# The signs that mark a clock's hour: Japanese and Chinese 時/时, Chinese 点/點 ("下午2点20分"), Korean
# 시; not where they begin a word for a length of time (時間, 时间, 시간: "3시간 전" is hours ago).
HOUR_SIGN = r"[時时點点시](?![間间간])"
# That day, a weekday in brackets, and a time as digits with colons or marked by 時分秒 / 시분초 (the
# hour alone: "오후 2시", "下午2点"), on the 12-hour clock after its word for the part of the day:
# "2024年3月5日 14:20", "2024년 3월 5일 14시 20분", "2024年03月05日(火) 14時20分30秒", "2024년 3월 5일
# 오후 2시 20분", "2024年3月5日下午2:20".
_MARKED_DATE = re.compile(MARKED_DAY + rf"(?:\s*[(（]\w[)）])?(?:\s*(?:({_DAY_PART_WORDS})\s*)?"
                          rf"(\d{{1,2}})\s*(?:(?::|{HOUR_SIGN})\s*(\d{{1,2}})\s*(?:分|분)?|{HOUR_SIGN})"
                          r"(?:\s*:?\s*(\d{1,2})\s*(?:秒|초)?)?)?")
# A clock time marked by 時分 / 시분 ("오후 2시 20분", "14時20分", "下午2点20分"), which a page shows without
# colons; the hour alone ("오후 2시", "下午2点") is its full hour.
_MARKED_CLOCK = re.compile(rf"(?<!\d)(\d{{1,2}})\s*{HOUR_SIGN}(?:\s*(\d{{1,2}})\s*[分분]?)?(?!\d)")
HALF_DAY_REACH = 12  # characters before a clock its half-day word is looked for in (the longest, 9, and spaces)
# A word for the part of the day starts a word, or is Chinese or Japanese (written without spaces:
# "3月5日下午2:20").
_HALF_DAY_BEFORE = re.compile(rf"(?:(?<!\w)|(?=[{CJK_CLASS}]))({_words([*_DAY_PARTS, *_CLDR_PARTS['before']])})\s*$")
_HALF_DAY_AFTER = re.compile(rf"\s*({_words([*_DAY_PARTS, *_CLDR_PARTS['after']])})(?!\w)")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, start=1)}
# Zone abbreviations with one meaning (IST, CST, AST and GST name several zones and are left out), as they are
# written: a name is read in its own case only (ISO 8601's "z" and Russian "мск" are written so too).
ZONE_HOURS = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
    "AWST": 8, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "WIB": 7,
    "PKT": 5, "TRT": 3, "МСК": 3, "мск": 3,
    # the tz database's abbreviations of one meaning for the clocks of countries news is dated in, where a
    # country runs several (Indonesia's WITA and WIT beside WIB, Brazil's, Russia's beyond Moscow's) or a page
    # names its zone whatever its domain ("EAT" on a .com), and Quebec's French (CLDR fr_CA: "HNE" for EST)
    "WITA": 8, "WIT": 9, "BRT": -3, "BRST": -2, "ART": -3, "CLT": -4, "CLST": -3, "NST": -3.5, "NDT": -2.5,
    "ADT": -3, "EAT": 3, "CAT": 2, "WAT": 1, "SAST": 2, "PHT": 8, "PHST": 8, "PhST": 8, "ChST": 10, "ICT": 7, "MYT": 8, "NPT": 5.75,
    "IRST": 3.5, "IRDT": 4.5, "AFT": 4.5, "UZT": 5, "OEZ": 2, "OESZ": 3, "WEZ": 0, "WESZ": 1, "SAMT": 4, "YEKT": 5,
    "OMST": 6, "KRAT": 7, "IRKT": 8, "YAKT": 9, "VLAT": 10, "MAGT": 11, "PETT": 12,
    "HNE": -5, "HAE": -4, "HNC": -6, "HAC": -5, "HNR": -7, "HAR": -6, "HNP": -8, "HAP": -7, "HNA": -4, "HAA": -3,
}
# Those that spell a word too (English "art", "eat", "cat", "wit", "aft"; Dutch "wat"): before another capitalised word (not a weekday's or month's name,
# :data:`_DATE_WORDS`) they begin a name ("10:00 ART BASEL", "19:30 EAT Festival"), not a zone. An abbreviation of
# no other meaning followed by a name is a zone and a place ("10:00 MYT PUTRAJAYA", "10:00 EST Miami").
ZONE_WORDS = frozenset({"AFT", "ART", "CAT", "EAT", "WAT", "WIT"})
_DATE_WORDS = frozenset({*_MONTHS, "mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_NEXT_WORD = re.compile(r"[\s\xa0]+([^\W\d_]+)")
CITY_WORDS = 3  # the words of a zone city's longest names ("Dar es Salaam", "Port of Spain")
_CITY_WORDS = re.compile(rf"(?:[\s\xa0]+[^\W\d_]+){{1,{CITY_WORDS}}}")
# A zone alone in a text of its own (:func:`zone_alone`): "| CET", "(MESZ)", "· GMT+2".
_ZONE_ALONE = re.compile(rf"[\s\xa0,{ITEM_SEPARATORS}-]*\(?({GMT_OFFSET}|{ZONE_WORD}|МСК|мск)\)?\s*")
# Zone abbreviations of several meanings, by the country each names a zone of there ("CST" is Chicago's clock in the
# United States, Beijing's in China, where Java's Date.toString() writes "Tue Mar 05 14:20:00 CST 2024"; "IST"
# India's, Ireland's summer's, Israel's; "AST" Halifax's or Riyadh's): the page's country tells which
# (:func:`on_shared_zone`); the zone's clock on the day, as for :data:`ZONE_REGIONS`.
SHARED_ZONE_NAMES = {
    "IST": {"IN": "Asia/Kolkata", "IE": "Europe/Dublin", "IL": "Asia/Jerusalem"},
    "CST": {"US": "America/Chicago", "CA": "America/Winnipeg", "MX": "America/Mexico_City", "CN": "Asia/Shanghai",
            "TW": "Asia/Taipei", "CU": "America/Havana"},
    "AST": {"CA": "America/Halifax", "PR": "America/Puerto_Rico", "SA": "Asia/Riyadh", "KW": "Asia/Kuwait",
            "IQ": "Asia/Baghdad", "BH": "Asia/Bahrain", "QA": "Asia/Qatar", "YE": "Asia/Aden"},
    "GST": {"AE": "Asia/Dubai", "OM": "Asia/Muscat"},  # the Gulf's; South Georgia's, India's goods and services tax
}
# One of them right after a time's digits or its AM/PM ("14:20:00 CST 2024", "2:20 PM (IST)").
_SHARED_ZONE = re.compile(r"(?:\d|(?<![A-Za-z])[AaPp]\.?[Mm]\.?)\s*\(?(IST|CST|AST|GST)(?![A-Za-z])")
# One of them right after a clock's digits and its AM/PM (:func:`names_shared_zone`): not another clock's ("14:20 Uhr
# (Indien: 18:50 IST)") nor a number's ("Rs 500 GST").
_SHARED_ZONE_AFTER = re.compile(r"(?::\d{2})?\s*\(?(IST|CST|AST|GST)(?![A-Za-z])")
# The zones of the United States by the names that leave summer time open ("9:22 a.m. ET"): the offset is the
# zone's clock's on the day.
ZONE_REGIONS = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
# What a clock time carries after its digits: its half of the day, German "Uhr" and the zone it is on
# ("6:11 PM EDT", "9:22 a.m. ET", "16:15 Uhr MESZ", "18:11 (GMT)", "14:20 GMT+3", Russian "14:20 мск"), a
# name of :data:`ZONE_HOURS` or :data:`ZONE_REGIONS`, or an offset from GMT. Between the clock and a zone's
# abbreviation of one meaning, a short word not in capitals (:data:`CLOCK_UNIT_LETTERS`, a dot after it) is the
# language's word for "o'clock" as German's "Uhr" is (Dutch "14.20 uur CET", Luxembourgish "Auer", Bulgarian
# "ч", Czech "hod.", Lithuanian "val.", Hungarian "óra", Vietnamese "giờ"): the abbreviation is still the
# clock's zone (:func:`_unit_before_zone`; one in capitals is a word of its own, "14:20 TO CET").
# The abbreviation closes the phrase then: one a word follows is a name's ("by ET Bureau", "on TRT World", "oleh PT
# KAI"), and the word before it a preposition, not the clock's unit.
CLOCK_UNIT_LETTERS = 4
_CLOCK_WORDS = re.compile(r"(?:\s*[AaPp]\.?[Mm]\b\.?)?(?:\s*[Uu]hr(?![^\W\d_]))?"
                          rf"(?:\s*(?P<unit>[^\W\d_]{{1,{CLOCK_UNIT_LETTERS}}})(?![^\W\d_])\.?(?=\s*\(?(?:{GMT_OFFSET}|"
                          + "|".join(sorted((name for name in (*ZONE_HOURS, *ZONE_REGIONS) if len(name) > 1), key=len, reverse=True))
                          + r")\)?(?![^\W\d_])(?![\s\xa0]*[^\W\d_])))?"
                          rf"(?:\s*\(?(?P<zone>{GMT_OFFSET}|{ZONE_WORD}|МСК|мск)\)?(?![^\W\d_]))?")
# Two timestamps this close denote the same moment (pages round to the minute differently).
SAME_MOMENT = timedelta(seconds=60)
# A publication time more than this after the moment the page is read is no publication time: a
# year of another calendar read as Gregorian (Nepal's Bikram Sambat writes 2081 in 2024), a typo.
# A day covers every zone's offset from UTC and a publisher's clock running ahead.
FUTURE_SLACK = timedelta(days=1)
# The moment a CMS writes for a date it does not have (a timestamp of 0): "1970-01-01T00:00:00Z",
# "1970-01-01T01:00:00+01:00" in a local offset; no page is dated then.
UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Timestamp:
    """A parsed time: ``moment`` is naive when the text named no offset; ``has_time`` is False for
    a date alone."""

    moment: datetime
    has_time: bool = True

    @property
    def has_offset(self) -> bool:
        """Whether the text named its zone."""
        return self.moment.tzinfo is not None

    # (the properties below test ``has_offset``'s condition themselves: the date readers ask them ~130 times a page)
    @property
    def complete(self) -> bool:
        """A time of day with its offset: nothing left to guess."""
        return self.has_time and self.moment.tzinfo is not None

    @property
    def in_utc(self) -> bool:
        """A complete time written in UTC (which a page may show in its publisher's offset)."""
        return self.has_time and self.moment.tzinfo is not None and self.moment.utcoffset() == timedelta(0)

    @property
    def aware(self) -> datetime:
        """The moment with its offset, a naive time read as UTC (the common CMS behaviour)."""
        return self.moment if self.moment.tzinfo is not None else self.moment.replace(tzinfo=timezone.utc)

    def iso(self, timespec: str = "auto") -> str:
        """ISO 8601 with offset (a naive time read as UTC)."""
        return self.aware.isoformat(timespec=timespec)


def to_iso8601(value: object, *, timespec: str = "auto") -> str | None:
    """Parse an ISO 8601 / W3C datetime (reduced precision too: ``2024-01``), an RFC 2822 date, or
    a datetime into ISO 8601 with offset.

    Naive times are taken as UTC (the common CMS behaviour); a date alone becomes midnight UTC.
    Unparseable or implausible values give None rather than a guess. ``timespec`` as in
    :meth:`datetime.isoformat` (sitemaps use ``"seconds"``).
    """
    stamp = parse_timestamp(value)
    return stamp.iso(timespec) if stamp else None


def parse_timestamp(value: object) -> Timestamp | None:
    """A :class:`Timestamp` from a string or datetime, None when it is not a plausible time (nor
    :data:`UNIX_EPOCH`, a missing date's)."""
    stamp: Timestamp | None
    if isinstance(value, datetime):
        stamp = Timestamp(value)
    elif isinstance(value, str) and value.strip():
        stamp = _parse_text(value.strip())
    else:
        return None
    if stamp is None or not 1970 <= stamp.moment.year <= 2200 or not _plausible_offset(stamp.moment.utcoffset()):
        return None
    return None if stamp.aware == UNIX_EPOCH else stamp


def _parse_text(text: str) -> Timestamp | None:
    region = _REGION_ID.search(text)
    if region is not None:
        return _in_region(_parse_text(text[:region.start()].rstrip()), region[1])
    seasonless = _SEASONLESS_ZONE.search(text)
    if seasonless is not None:
        return _in_region(_parse_text(text[:seasonless.start()]), ZONE_REGIONS[seasonless[1]])
    try:
        match = _TWELVE_HOUR_SLASHED.fullmatch(text)
        if match:
            return _from_twelve_hour_slashed(match)
        match = _W3C_DATETIME.fullmatch(text)
        if match:
            return Timestamp(_from_w3c(match), has_time=match[4] is not None)
        match = _JAVA_DATE.fullmatch(text)
        if match:
            return _from_java(match)
        match = _DOTTED_DATE.fullmatch(text)
        if match:
            return _day_first(*match.groups())
        readings = slashed_readings(text)
        if len(readings) == 1:
            return readings[0]
        match = _YEAR_FIRST.fullmatch(text)
        if match:
            year, _, month, day, word, hour, minute, second, zone = match.groups()
            return _on_clock(year, month, day, word, hour, minute, second, tzinfo=_zone(zone) if hour and zone else None)
        match = _MARKED_DATE.fullmatch(text)
        if match:
            return _on_clock(*match.groups())
        match = _JS_DATE.fullmatch(text)
        if match:
            return _from_javascript(match)
        match = _NAMED_MONTH.fullmatch(text)
        if match:
            return _from_named_month(match)
    except (ValueError, OverflowError):
        return None
    try:
        return Timestamp(datetime.fromisoformat(text), has_time=len(text) > 10)
    except ValueError:
        pass
    named = _NAMED_ZONE.match(text)
    zone = _written_zone(named[2]) if named else None
    if named and zone is not None:  # "Fri, 28 Apr 2023 19:20:36 CEST", "... GMT+3": email.utils knows US zones only
        text = named[1]
        stamp = _parse_text(text)
        if stamp is not None and stamp.has_time:
            return Timestamp(stamp.moment.replace(tzinfo=zone))
    if named and zone is None and not named[2].isupper():  # a word after the time ("... 6:11 PM art", "... Cet"),
        return _parse_text(named[1])  # not a zone (a zone counts in its written case): the wall clock
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        # a name of several zones ("2024-03-05 14:20:00 CST"): the wall clock, for the page to place
        return _parse_text(named[1]) if named and named[2] in SHARED_ZONE_NAMES else None
    if zone is not None:
        moment = moment.replace(tzinfo=zone)
    return Timestamp(moment)


def on_shared_zone(stamp: Timestamp, written: str, country: Callable[[], str | None]) -> Timestamp:
    """``stamp``, read from ``written``, on the clock of the zone a name of several meanings written after its time
    (:data:`SHARED_ZONE_NAMES`: "CST", "IST", "AST") names in ``country`` (the page's, asked only then), its wall
    clock kept: email.utils reads "CST" as Chicago's everywhere, and a page's main zone is not its country's other
    ones. As it was where ``written`` names none, or the country has no zone of that name."""
    match = _SHARED_ZONE.search(written) if stamp.has_time else None
    region = SHARED_ZONE_NAMES[match[1]].get(country() or "") if match is not None else None
    if region is None:
        return stamp
    return _in_region(Timestamp(stamp.moment.replace(tzinfo=None)), region) or stamp


def names_shared_zone(written: str) -> bool:
    """Whether ``written`` names a zone of several meanings right after a time (:data:`SHARED_ZONE_NAMES`: "2:20 PM
    IST"): where the page's country names none of them (:func:`on_shared_zone`), the time is of a zone it names but
    no data resolves, India's, Ireland's or Israel's, and not the clock of the page's country either."""
    clock = _ANY_CLOCK.search(written)
    return clock is not None and _SHARED_ZONE_AFTER.match(written, clock.end()) is not None


def _in_region(stamp: Timestamp | None, region: str) -> Timestamp | None:
    """``stamp`` in the offset of the tz database's ``region`` it was written with, where it names
    none ("2024-03-05T14:20[Europe/Berlin]"); as it was where it names one, or the region is unknown."""
    if stamp is None or stamp.has_offset or not stamp.has_time:
        return stamp
    try:
        offset = stamp.moment.replace(tzinfo=ZoneInfo(region)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of the database ("America")
        return stamp
    return Timestamp(stamp.moment.replace(tzinfo=timezone(offset))) if offset is not None else stamp


def slashed_readings(text: str) -> list[Timestamp]:
    """The days a date with slashes can be ("11/01/2023": 11 January or 1 November; "24/09/2020"
    only 24 September): both when both numbers could be a month, for the page to decide."""
    match = _SLASHED_DATE.fullmatch(text.strip())
    if match is None:
        return []
    first, second, *rest = match.groups()
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            stamp = _day_first(day, month, *rest)
        except ValueError:
            continue
        if stamp not in readings:
            readings.append(stamp)
    return readings


def _day_first(day: str, month: str, year: str, hour: str | None, minute: str | None,
               second: str | None, *, tzinfo: timezone | None = None) -> Timestamp:
    return Timestamp(datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                              tzinfo=tzinfo), has_time=hour is not None)


def _on_clock(year: str, month: str, day: str, word: str | None, hour: str | None, minute: str | None,
              second: str | None, *, tzinfo: timezone | None = None) -> Timestamp:
    """A date and its time, a 12-hour clock after its word for the part of the day
    (:data:`_DAY_PARTS`: "오후 2시 20분" is 14:20; "晚上12:00" midnight at the day's end, the next
    day's 00:00)."""
    if word is None or hour is None or not 1 <= int(hour) <= 12:  # past 12 a 24-hour clock whatever the word
        return _day_first(day, month, year, hour, minute, second, tzinfo=tzinfo)
    midnight = _day_first(day, month, year, "0", minute, second, tzinfo=tzinfo)
    return Timestamp(midnight.moment + timedelta(hours=_hours_into_day(int(hour), _DAY_PARTS[word])))


def _from_twelve_hour_slashed(match: re.Match[str]) -> Timestamp | None:
    """"3/5/2024 2:20:00 PM" (:data:`_TWELVE_HOUR_SLASHED`) on the 24-hour clock: month first where neither
    number is zero-padded and the half-day is "AM"/"PM" (.NET's invariant culture's and en-US's "M/d/yyyy
    h:mm:ss tt", which CMSs built on .NET put in JSON-LD and meta tags; a lower-case or dotted one is another
    culture's: JavaScript's en-IN writes 5 March "5/3/2024, 2:20:00 pm"); otherwise the one day it reads as
    (:func:`slashed_readings`), none where it reads both ways ("03/05/2024 02:20 PM": the page decides)."""
    first, second, year, hour, rest, half = match.groups()
    if not 1 <= int(hour) <= 12:
        return None
    clock = f"{twelve_hour(int(hour), AFTERNOON if half.lower() == 'p' else MORNING)}{rest}"
    month_first = match[0].endswith(("AM", "PM")) and not first.startswith("0") and not second.startswith("0")
    if month_first and int(first) <= 12:
        readings = slashed_readings(f"{second}/{first}/{year} {clock}")  # day first, then month first
        return readings[0] if readings else None
    readings = slashed_readings(f"{first}/{second}/{year} {clock}")
    return readings[0] if len(readings) == 1 else None


def day_first_twelve_hour(value: object) -> Timestamp | None:
    """"5/3/2024 2:20:00 PM" (:data:`_TWELVE_HOUR_SLASHED`, neither number zero-padded) read day first, 5 March, as
    the English of a country writing the day first on a 12-hour clock prints it (.NET's en-SG, en-MY: "d/M/yyyy
    h:mm:ss tt"; :data:`newsspider.extract.zones.DAY_FIRST_TWELVE_HOUR`), where :func:`parse_timestamp` reads it
    month first (en-US's); None for any other value, and for one whose day reads one way only (then read alike)."""
    match = _TWELVE_HOUR_SLASHED.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None or not 1 <= int(match[4]) <= 12:
        return None
    first, second, year = match[1], match[2], match[3]
    if first.startswith("0") or second.startswith("0") or not (int(first) <= 12 and int(second) <= 12):
        return None
    clock = f"{twelve_hour(int(match[4]), AFTERNOON if match[6].lower() == 'p' else MORNING)}{match[5]}"
    readings = slashed_readings(f"{first}/{second}/{year} {clock}")  # day first, then month first
    return readings[0] if readings and 1970 <= readings[0].moment.year <= 2200 else None


def _from_w3c(match: re.Match[str]) -> datetime:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if zone in SHARED_ZONE_NAMES:  # a name of several zones: the wall clock, for the page to place
        zone = None
    if zone and _zone(zone) is None:
        raise ValueError(f"no zone of this name: {zone}")
    return datetime(
        int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0),
        int((fraction or "0")[:6].ljust(6, "0")), tzinfo=_zone(zone) if hour is not None or zone else None,
    )


def _from_java(match: re.Match[str]) -> Timestamp | None:
    month, day, hour, minute, second, zone, year = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    hours = ZONE_HOURS.get(zone)
    return Timestamp(datetime(int(year), number, int(day), int(hour), int(minute), int(second or 0),
                              tzinfo=_hours(hours) if hours is not None else None))


def _from_javascript(match: re.Match[str]) -> Timestamp | None:
    month, day, year, hour, minute, second, zone = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    return Timestamp(datetime(int(year), number, int(day), int(hour), int(minute), int(second or 0),
                              tzinfo=_zone(zone) if zone else timezone.utc))


def _from_named_month(match: re.Match[str]) -> Timestamp | None:
    """"April 28, 2023 6:11 PM", "28 Apr. 2023, 18:11 CEST": a month's English name or its first
    letters; a zone this module knows by name or offset, else a naive time."""
    name, day, day2, name2, year, hour, minute, second, half, zone = match.groups()
    name = (name or name2).lower()
    number = _MONTHS.get(name[:3])
    if number is None or not _MONTH_NAMES[number - 1].startswith(name):
        return None
    clock = int(hour or 0)
    if half:  # the 12-hour clock: 12 AM is midnight, 12 PM noon
        if not 1 <= clock <= 12:
            return None
        clock = twelve_hour(clock, AFTERNOON if half.lower() == "p" else MORNING)
    offset = _zone(zone)
    return Timestamp(datetime(int(year), number, int(day or day2), clock, int(minute or 0), int(second or 0),
                              tzinfo=offset if hour else None), has_time=hour is not None)


def twelve_hour(hour: int, part: int) -> int:
    """The 24-hour clock's hour of ``hour`` (1-12) of the 12-hour clock in the part of the day whose
    hours start at ``part`` (:data:`MORNING`, :data:`AFTERNOON`, :data:`NIGHT`, :data:`NOON`)."""
    return _hours_into_day(hour, part) % 24


def _hours_into_day(hour: int, part: int) -> int:
    """:func:`twelve_hour`'s hour counted from the day's start: 24 for a night's 12, the midnight
    that ends the day."""
    return part + (hour - part) % 12


def _hours(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _zone(zone: str | None) -> timezone | None:
    """The offset a zone is written as: "Z", a name of :data:`ZONE_HOURS` ("CEST"), an offset ("+0200",
    "+02:00", "GMT+2", "UTC+05:30"); None for another name."""
    if not zone:
        return None
    if zone in ZONE_HOURS:
        return _hours(ZONE_HOURS[zone])
    offset = _OFFSET.fullmatch(zone)
    if offset is None:
        return None
    sign, hours, minutes = offset.groups()
    if int(minutes or 0) >= 60:
        raise ValueError(f"zone offset minutes out of range: {zone}")
    return timezone((-1 if sign == "-" else 1) * timedelta(hours=int(hours), minutes=int(minutes or 0)))


def _written_zone(zone: str | None) -> timezone | None:
    """:func:`_zone`, None where the offset is none a clock can be at (minutes of 60 or more, a day or
    more: "GMT+25"): a page's text may write anything after "GMT", and reading it must not cost the page."""
    try:
        return _zone(zone)
    except ValueError:
        return None


def offset_in_use(offset: timedelta) -> bool:
    """Whether some zone's clock runs ``offset`` from UTC (see ``_PART_HOUR_OFFSETS``)."""
    if offset % timedelta(hours=1):
        return offset in _PART_HOUR_OFFSETS
    return WESTMOST_OFFSET <= offset <= MAX_ZONE_OFFSET


def _plausible_offset(offset: timedelta | None) -> bool:
    """Zone offsets in use run from -12:00 to +14:00; "+3000" or "+1500" is a broken value."""
    return offset is None or abs(offset) <= MAX_ZONE_OFFSET


def best_timestamp(candidates: Iterable[Timestamp | None], page: Iterable[Timestamp | None] = ()) -> Timestamp | None:
    """The first candidate (they come in order of trust), completed from the others.

    A time without an offset, or a date without a time, never beats a complete one for the same
    moment: "2023-04-28 18:11:01" in JSON-LD and ``<meta content="2023-04-28T18:11:01+02:00">``
    are one time, and only the second says which. Failing that, a naive time takes the offset of
    the page's other times (``page``: its modified dates, its ``<time>`` elements) when they all
    agree on one: a CMS writes its times in one zone. A time in UTC is written in the publisher's
    offset when the page shows that offset for the same moment, or names no other offset for its
    other times, so that its date is the publisher's day.
    """
    found = _without_mislabelled_utc([stamp for stamp in candidates if stamp is not None])
    others = [stamp for stamp in page if stamp is not None]
    if not found:
        return None
    best = found[0]
    if not best.complete:
        match = next((other for other in found[1:] if other.complete and _same_moment(best, other)), None)
        if match is not None:
            best = match
        elif (utc := _wall_clock_of_utc(best, found[1:])) is not None:
            best = utc
        elif best.has_time and not best.has_offset:
            offsets = {offset for stamp in (*found, *others) if stamp.complete
                       for offset in (stamp.moment.utcoffset(),) if offset is not None}
            if len(offsets) == 1:
                best = Timestamp(best.moment.replace(tzinfo=timezone(offsets.pop())))
    return _in_publisher_offset(best, [*found, *others]) if best.complete else best


def _wall_clock_of_utc(naive: Timestamp, declared: list[Timestamp]) -> Timestamp | None:
    """The publication time another declaration writes in UTC that ``naive`` (a time without an
    offset) shows on some zone's wall clock, to the minute, written in that zone's offset: JSON-LD
    "2024-03-05T14:05:00" beside ``article:published_time`` "2024-03-05T13:05:00Z" is 14:05 in
    +01:00, the CMS writing one declaration in UTC and the other on its own clock (read as UTC it
    is an hour late). Both declare the publication, so a time to the minute counts here (among the
    page's other times it may be another event's: :func:`_zone_shift`); a naive time beside an
    offset other than UTC whose wall clock it does not show names no zone that tells which is
    right. None where no UTC declaration is a zone's offset (:func:`offset_in_use`) away."""
    if not naive.has_time or naive.has_offset:
        return None
    for other in declared:
        shift = _wall_clock_shift(naive, other) if other.in_utc else None
        if shift:  # (none: the same wall clock is UTC's, which :func:`_same_moment` matched)
            return Timestamp(other.moment.astimezone(timezone(shift)))
    return None


def _without_mislabelled_utc(found: list[Timestamp]) -> list[Timestamp]:
    """The declarations less any UTC time whose wall-clock time another declaration gives with
    its offset: ``article:published_time`` "10:34:00Z" beside JSON-LD "10:34:00+05:30" (the page
    shows "10.34 AM IST") is the local time with a "Z" appended, a CMS's slip. The reverse slip,
    a UTC time written with a local offset, would need the CMS to convert twice."""
    local = [stamp.moment.replace(tzinfo=None) for stamp in found if stamp.complete and stamp.moment.utcoffset()]
    if not local:
        return found
    return [stamp for stamp in found if not (
        stamp.in_utc and any(abs(stamp.moment.replace(tzinfo=None) - wall) < SAME_MOMENT for wall in local))]


def shown_in_offset(stamp: Timestamp | None, text: str | None, language: str | None = None) -> Timestamp | None:
    """A UTC ``stamp`` written in the offset of the wall-clock time ``text`` shows for it:
    ``<time datetime="2020-04-03T10:35:41Z">Publiziert: 03.04.2020, 12:35</time>`` is
    12:35 in +02:00, the publisher's zone (its datetime is what a script reads, its text what the
    reader sees). A 12-hour clock is read with its word for the part of the day in the languages of
    ``_DAY_PARTS`` ("오후 2:20" is 14:20, "晚上12:00" midnight) and CLDR's of ``language`` (:func:`shown_clock`), in
    every script's digits. None when the text
    shows no clock time, or one that is UTC too, or one no zone's offset away (another time), or
    one that two offsets could explain (+13:00 and -11:00)."""
    if stamp is None or not stamp.in_utc or not text:
        return None
    clock = shown_clock(text, language)
    if clock is None:
        return None
    shown = timedelta(hours=clock[0], minutes=clock[1])
    utc = timedelta(hours=stamp.moment.hour, minutes=stamp.moment.minute)
    shift = (shown - utc) % timedelta(days=1)
    shifts = [offset for offset in (shift, shift - timedelta(days=1)) if offset_in_use(offset)]
    if len(shifts) != 1 or not shifts[0]:
        return None
    return Timestamp(stamp.moment.astimezone(timezone(shifts[0])))


def shown_clock(text: str, language: str | None = None) -> tuple[int, int] | None:
    """The (hour, minute) of the first clock time ``text`` shows ("12:35", "6:11 PM", "오후 2:20",
    "14時20分"), on the 24-hour clock: a 12-hour clock read with its word for the part of the day
    in the languages of ``_DAY_PARTS``, and CLDR's of ``language`` (the page's; every language's where
    None: :data:`_HALF_LANGUAGES`), in every script's digits; None for none, or one past 23:59."""
    match = _SHOWN_CLOCK.search(text) or _MARKED_CLOCK.search(text)
    return _clock_of(text, match, language) if match is not None else None


def shown_seconds(text: str, minute: int) -> int:
    """The seconds the first clock time ``text`` shows writes ("12:35:41", "6:11:05 PM": :data:`_ANY_CLOCK`), where
    its minute is ``minute`` (the one read of it: :func:`shown_clock`); 0 for a clock without them. A page that
    prints its time to the second means that moment: the time a CMS declares is to the second too."""
    match = _ANY_CLOCK.search(text)
    if match is None or int(match[2]) != minute:
        return 0
    seconds = _CLOCK_SECONDS.search(match[0])
    return int(seconds[1]) if seconds is not None and int(seconds[1]) <= MAX_SECOND else 0


def zoned_clock(text: str, day: date, language: str | None = None) -> tuple[int, int, timezone] | None:
    """The (hour, minute) of the first clock time ``text`` shows (:func:`shown_clock`) and the offset
    of the zone its abbreviation names right after it on ``day`` ("6:11 PM EDT", "9:22 a.m. ET",
    "16:15 Uhr MESZ", "18:11 GMT": :data:`ZONE_HOURS`, :data:`ZONE_REGIONS`), or the offset from GMT
    or UTC it writes ("14:20 GMT+3", "(GMT+07:00)", "UTC+05:30"; not one no zone's clock runs at): the
    clock says which instant it means; or, in the page's ``language``, a zone CLDR names in it (:func:`_zone_name_after`:
    "14:20 Türkiye Saati", "14h20 (heure de Paris)"). None where it names no zone."""
    match = _ANY_CLOCK.search(text)
    words = _CLOCK_WORDS.match(text, match.end()) if match is not None else None
    zone = words["zone"] if words is not None and not _begins_name(words, day) and not _capitals_before(words) else None
    if zone is None and words is not None and language:
        cldr_zone = _zone_name_after(text, words.end(), language) or _zone_place_after(text, words.end(), language)
        if cldr_zone is None or match is None:
            return None
        clock = _clock_of(text, match, language)
        return (*clock, _offset_on(cldr_zone, day, clock)) if clock is not None else None
    clock = _clock_of(text, match, language) if match is not None and zone else None
    if clock is None or zone is None:
        return None
    named = _written_zone(zone)
    if named is not None:  # an abbreviation of one meaning, or an offset from GMT a zone's clock runs at
        return (*clock, named) if offset_in_use(named.utcoffset(None)) else None
    region = ZONE_REGIONS.get(zone)
    if region is None:
        return None
    offset = datetime.combine(day, time(*clock), ZoneInfo(region)).utcoffset()
    return (*clock, timezone(offset)) if offset is not None else None


def _offset_on(named: str, day: date, clock: tuple[int, int]) -> timezone:
    """The offset a zone's CLDR name (:func:`_zone_names`: a tz database zone and what the name says of its clock,
    :data:`newsspider.zone_names.KINDS`) gives a clock at ``clock`` on ``day``: the zone's clock then (a generic
    name's, a location's), its standard offset (a standard time's), or the summer time's hour ahead of that."""
    region, _, kind = named.partition("|")
    zone = ZoneInfo(region)
    offset = datetime.combine(day, time(*clock), zone).utcoffset() or timedelta(0)
    if kind:
        standard = min(offset_of for offset_of in (zone.utcoffset(datetime(day.year, month, 15)) for month in (1, 7))
                       if offset_of is not None)
        offset = standard + (SUMMER_HOUR if named.endswith(KINDS["daylight"]) else timedelta(0))
    return timezone(offset)


SUMMER_HOUR = timedelta(hours=1)  # a summer time's clock ahead of its zone's standard one (CLDR's "daylight" names)


def _zone_name_after(text: str, end: int, language: str) -> str | None:
    """The tz database zone whose CLDR name in ``language`` (:func:`_zone_names`) ``text`` writes from ``end``, after
    spaces, a comma or an opening bracket, and ending a word ("14:20 (বাংলাদেশ সময়)", "14:20 Türkiye Saati", "2:20 TSİ",
    "14:20 heure normale d’Europe centrale"), or after a short word before it (:data:`_ZONE_NAME_CONNECTOR`: a
    preposition, "14:20 به وقت تهران", "14:20 לפי שעון ישראל", "14:20 حسب توقيت غرينتش") or one written joined to it
    (:data:`JOINED_PREPOSITIONS`: "14:20 بتوقيت غرينتش"); None where it writes none."""
    gap = _ZONE_NAME_GAP.match(text, end)
    start = gap.end() if gap is not None else end
    if not text[start:start + 1].isalpha():
        return None
    names = _zone_names(cldr_language(language))
    if names is None:
        return None
    def named_from(at: int) -> str | None:
        return _zone_named_at(text[at:at + MAX_ZONE_NAME_CHARS].casefold(), names)
    zone = named_from(start)
    connector = _ZONE_NAME_CONNECTOR.match(text, start) if zone is None else None
    if connector is not None:
        zone = named_from(connector.end())
    if zone is None and text[start] in JOINED_PREPOSITIONS:
        zone = named_from(start + 1)
    return zone


PLACE_PHRASE_WORDS = 3  # the preposition, the place's adjective and the word for a zone's time ("по московскому времени")
# The letters an inflection adds to a place's name or changes at its end ("Москва", "по Москве"; "Київ", "за Києвом").
PLACE_ENDING_LETTERS = 3
# A place's name shorter than this is read as written only: without its ending, three letters begin too many other
# words to tell an inflection of it ("перу", "pero"; "nome", "nombre"; "mali", "matin").
MIN_PLACE_LETTERS = 5
ADJECTIVE_STEM_LETTERS = 4  # an adjective's stem of a place's name ("моск" of "москва"; "кие" of "киев", one less)


def _zone_place_after(text: str, end: int, language: str) -> str | None:
    """The zone of the place a clause ending ``text``'s clock words at ``end`` names its time by: the short word the
    language's CLDR name of Greenwich Mean Time puts before Greenwich (:func:`_place_clock_prepositions`: ru "по",
    uk "за"; a clock by a place's), then the place inflected (:func:`_place_form`: "14:20 по Москве", "14:20 за
    Москвою", "14:20 па Мінску"), or an adjective of it and the language's word for a zone's time closing the
    phrase as its CLDR names close with it (:func:`_zone_word`, :func:`_zone_word_leads`: "14:20 по московскому
    времени", "14:20 за київським часом"). Another preposition says where, not whose clock ("14h20 à Paris",
    "14:20 Uhr in Berlin", "14:20 в Москве"). The places are the cities of the zones of the countries the
    language is spoken in and those countries of one clock, as CLDR writes them
    (:func:`newsspider.zone_names.cldr_region_places`); a clause that goes on after the phrase ("14:20 по Москве
    прошёл митинг"), or a word that is the form of two zones' places, names none."""
    phrase = _CLOCK_PHRASE.match(text, end)
    region = cldr_region_places(cldr_language(language)) if phrase is not None else None
    if phrase is None or region is None:
        return None
    code = cldr_language(language)
    words = _folded_words(phrase[1])
    if not 1 < len(words) <= PLACE_PHRASE_WORDS or words[0] not in _place_clock_prepositions(code):
        return None
    word = _zone_word(code) if len(words) == PLACE_PHRASE_WORDS else None
    if len(words) == PLACE_PHRASE_WORDS and (word is None or _zone_word_leads(code)
                                             or not _holds_zone_word(words[-1], word)):
        return None
    adjective = len(words) == PLACE_PHRASE_WORDS
    if not adjective and _PHRASE_WORDS.findall(phrase[1])[1][:1].islower():
        return None  # a common noun, not a place's name: "по москвичам", "по грузинам", "за торонтцями"
    named = {zone for place, zone in region[2].items() if _place_form(words[1], place, adjective=adjective)}
    return named.pop() if len(named) == 1 else None


@cache
def _place_clock_prepositions(language: str) -> frozenset[str]:
    """The short words (:data:`CONNECTOR_LETTERS`) ``language``'s CLDR names of Greenwich Mean Time write right before
    a word naming Greenwich (:func:`_greenwich_words`) and its other CLDR zone names write only with the word for a
    zone's time after it (:func:`_zone_word`): how the language says a clock is by a place's ("среднее время
    по Гринвичу", "за Гринвічем", "за київським часом"). Not one its names write before a place ending the name,
    its genitive's word (es "hora de Argentina", fr "heure normale de l’Europe centrale": "14:20 de Salta" is no
    phrase of a clock), nor where the language has no such word; empty where its names hold none (de, pl, en)."""
    greenwich = _greenwich_words(language)
    word = _zone_word(language)
    found = {words[at - 1] for words in map(_folded_words, cldr_greenwich_names(language))
             for at, named in enumerate(words) if at and named in greenwich and len(words[at - 1]) <= CONNECTOR_LETTERS}
    if word is None:
        return frozenset()
    names = list(map(_folded_words, cldr_zone_names(language)))
    return frozenset(preposition for preposition in found if all(
        words[at + 1:at + 2] and (words[at + 1] in greenwich or any(_holds_zone_word(after, word)
                                                                   for after in words[at + 1:]))
        for words in names for at, named in enumerate(words) if named == preposition))


def _place_form(word: str, place: str, *, adjective: bool) -> bool:
    """Whether ``word`` (case-folded) is ``place``'s name (case-folded) as written or inflected: its letters but the
    last with an ending of up to :data:`PLACE_ENDING_LETTERS` ("москве", "москвою" of "москва", "минску"; a name of
    :data:`MIN_PLACE_LETTERS` or more); or, with ``adjective``, a longer word its stem opens (its letters but the
    last two where :data:`ADJECTIVE_STEM_LETTERS` stay, else but the last: "московскому", "киевскому",
    "київським"), the word for a zone's time after it telling that it is one."""
    if word == place:
        return True
    if word[:2] != place[:2]:
        return False
    if adjective:
        stem = place[:-2] if len(place) - 2 >= ADJECTIVE_STEM_LETTERS else place[:-1]
        return len(word) > len(place) and len(stem) >= ADJECTIVE_STEM_LETTERS - 1 and word.startswith(stem)
    return (len(place) >= MIN_PLACE_LETTERS and len(word) <= len(place) - 1 + PLACE_ENDING_LETTERS
            and word.startswith(place[:-1]))


def _zone_named_at(written: str, names: _ZoneNames) -> str | None:
    """The zone of the CLDR name or region phrase (:class:`_ZoneNames`) ``written`` (case-folded) begins with."""
    found = names.pattern.match(written)
    if found is not None:
        return names.zones[found[0]]
    place = names.region.match(written) if names.region is not None else None
    return names.place_zones[place["place"]] if place is not None else None


_ZONE_NAME_GAP = re.compile(r"[\s\xa0]*[(（,]?[\s\xa0]*")
# The longest zone name a clock is read with (:func:`_zone_name_after`); CLDR's longest run to ~60 characters
# ("heure normale des Îles Marshall" and the like; a longer one is left unread).
MAX_ZONE_NAME_CHARS = 80


class _ZoneNames(NamedTuple):
    """A language's CLDR zone names as :func:`_zone_name_after` reads them (:func:`_zone_names`)."""

    pattern: re.Pattern[str]  # every name, longest first, ending a word
    zones: dict[str, str]  # each name -> its zone (:func:`newsspider.zone_names.cldr_zone_names`)
    region: re.Pattern[str] | None  # the region format's words with a place ("heure de Paris"), the place's group
    place_zones: dict[str, str]  # each place -> its zone (:func:`newsspider.zone_names.cldr_region_places`)


@cache
def _zone_names(language: str) -> _ZoneNames | None:
    """CLDR's names of time zones in ``language`` (:func:`newsspider.zone_names.cldr_zone_names`: metazones' names, and
    a zone's location format in the countries the language is spoken in), case-folded, as one pattern, longest first,
    that ends a word, and each name's zone; then the language's region format's words with a place in those countries
    (:func:`newsspider.zone_names.cldr_region_places`: a zone's city, a country of one clock), a short word between
    them at most ("heure de Paris", "hora de Madrid", "Dhaka সময়"), as a pattern naming the place, and each place's
    zone. None for a language CLDR names no zones in. Built once a process and language, from Babel's data."""
    names = cldr_zone_names(language)
    if not names:
        return None
    pattern = re.compile(rf"(?:{_longest_first(names)})(?![^\W\d_])")
    region = cldr_region_places(language)
    if region is None:
        return _ZoneNames(pattern, names, None, {})
    words, before, places = region
    gap = rf"[\s\xa0:]*(?:{_ZONE_NAME_CONNECTOR.pattern})?"  # "heure de Paris", "hora de Madrid"
    place = f"(?P<place>{_longest_first(places)})"
    written = rf"{re.escape(words)}{gap}{place}" if before else rf"{place}[\s\xa0,]*{re.escape(words)}"
    return _ZoneNames(pattern, names, re.compile(rf"{written}(?![^\W\d_])"), places)


CONNECTOR_LETTERS = 3  # a word between a region format's words and its place ("de", "di", "din", "of"), or a clock and a name
# A word of a preposition's length between a clock and its zone's name ("به", "לפי", "حسب", "in"): one word of at most
# :data:`CONNECTOR_LETTERS` letters (:func:`_zone_name_after` tries the name right after the clock first).
# The prepositions "at"/"by" of scripts that write a one-letter preposition joined to the next word: Arabic's "ب"
# ("بتوقيت غرينتش", by Greenwich time, as every Arabic newsroom writes a clock's zone) and Hebrew's "ב" ("בשעון
# ישראל"). :func:`_zone_name_after` reads the zone's name after it where none stands right after the clock.
JOINED_PREPOSITIONS = frozenset("بב")
_ZONE_NAME_CONNECTOR = re.compile(rf"[^\W\d_]{{1,{CONNECTOR_LETTERS}}}[\s\xa0]+")


def _longest_first(names: Iterable[str]) -> str:
    """``names`` as one pattern's alternatives, the longest first (so that none stops at a shorter one's end)."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def warm_zone_names(languages: Iterable[str]) -> None:
    """Build CLDR's zone names of ``languages`` now (:func:`_zone_names`, 60-110 ms of CPU a language): in the
    workers' zygote (:func:`newsspider.extract.zones.warm_up`), not at each worker's first clock followed by a word
    on a page in one of them. Another language's are built where a page needs them."""
    for language in languages:
        _zone_names(cldr_language(language))


def clock_words_end(text: str, end: int) -> int:
    """Where the words a clock time ending at ``end`` in ``text`` carries end: its half of the day,
    "Uhr" and the abbreviation of a zone it is on (:func:`zoned_clock`; not a capitalised word that
    names no zone): "6:11 PM EDT Fri April 28" has the clock's words and a weekday's name before its
    date, not three words between."""
    words = _CLOCK_WORDS.match(text, end)
    if words is None:
        return end
    zone = words["zone"]
    if _capitals_before(words):
        return words.start("unit")
    if zone and (_begins_name(words) or (_written_zone(zone) is None and zone not in ZONE_REGIONS)):
        return words.start("zone")
    return words.end()


def clock_with_zone_apart(text: str, day: date, language: str | None = None) -> tuple[int, int, timezone] | None:
    """:func:`zoned_clock`, or the first clock time ``text`` shows, its half of the day read, and the offset on ``day``
    of the zone that alone ends the text after a separator (:func:`zone_alone`: "Published 10:15 | CET",
    "6:11 PM · (ET)"); None else."""
    zoned = zoned_clock(text, day, language)
    match = _ANY_CLOCK.search(text) if zoned is None else None
    if match is None:
        return zoned
    zone = zone_alone(text[match.end():])
    return zoned_clock(f"{text[:match.end()]} {zone}", day, language) if zone else None


ZONE_PHRASE_WORDS = 5  # words of a zone's phrase after a clock: CLDR's long names run to five ("hora de verano de Chile")
# The share of a language's CLDR zone names one word must be in to be its word for a zone's time (ru "время" in 236 of
# 261, ro "ora" in all, ar "توقيت" in 279 of 293): a word in fewer (German "zeit" in 126 of 399, Japanese "時間" in 39)
# is one way among several the language names a zone, and its absence says nothing.
ZONE_WORD_SHARE = 0.5
# The fewest letters a cased script's word for a zone's time has: shorter words in most of a language's names are
# its prepositions (uk "за" in 274 of 329, beside "часом" in 273); a syllabary's or ideographs' word is shorter (ko "시간").
MIN_ZONE_WORD_LETTERS = 3
INFLECTED_WORD_LETTERS = 5  # a zone's word this long or longer may end otherwise when inflected (ru "время", "времени")
_PHRASE_LETTER = rf"(?![\d_])[{WORD_CHAR_CLASS}]"
_PHRASE_WORD = rf"{_PHRASE_LETTER}+(?:['’]{_PHRASE_LETTER}+)?"
# The words that end a dateline's clause after a clock, in brackets or not: nothing after them but a closing bracket,
# then the text's end or a separator ("14:20 по московскому времени", "14:20 (hora local) | Madrid").
_CLOCK_PHRASE = re.compile(rf"[\s\xa0]*[(（]?[\s\xa0]*({_PHRASE_WORD}(?:[\s\xa0]+{_PHRASE_WORD}){{0,{ZONE_PHRASE_WORDS - 1}}})"
                           rf"[\s\xa0]*[)）]?[\s\xa0]*(?:[{ITEM_SEPARATORS}{CLAUSE_MARKS}.]|$)")
_PHRASE_WORDS = re.compile(rf"{_PHRASE_LETTER}+")


def names_unread_zone(text: str, language: str | None) -> bool:
    """Whether the first clock time of ``text`` is followed, to the end of its clause, by a phrase that says which
    zone's time it is in words :func:`zoned_clock` cannot read: the language's word for a zone's time (the word most
    of its CLDR zone names hold, :func:`_zone_word`) with another word ("14:20 по московскому времени", "14:20 ora
    României", "14:20 hora local", "2:20 p.m. Eastern Time", "14:20 بتوقيت مكة"), or ending a longer word of a script
    without case, which writes the place and the word as one ("14:20 (한국시간)", "بالتوقيت"). Such a clock is of a
    zone the page names but no data resolves, so not UTC: its instant is unknown. Not a word alone ("14:20 hora"),
    nor a phrase with a number ("Время чтения 3 мин", a reading time) or an abbreviation (UTC, GMT: :func:`zoned_clock`
    reads those), nor one naming Greenwich (:func:`_greenwich_words`), nor one whose word for a zone's time stands at
    the end the language's CLDR names do not write it at (:func:`_zone_word_leads`): a sentence's subject ("14:20
    time was running out", "14:20 время шло медленно") opens the words a name of the zone's time would close."""
    match = (_ANY_CLOCK.search(text) or _MARKED_CLOCK.search(text)) if language else None
    if match is None or not language:
        return False
    words_end = _CLOCK_WORDS.match(text, match.end())
    phrase = _CLOCK_PHRASE.match(text, words_end.end() if words_end is not None else match.end())
    code = cldr_language(language)
    word = _zone_word(code) if phrase is not None else None  # CLDR's names built only where words follow the clock
    if phrase is None or word is None:
        return False
    words = _folded_words(phrase[1])
    if any(found.isupper() for found in _PHRASE_WORDS.findall(phrase[1])):
        return False
    if len(words) == 1:
        return words[0] != word and _holds_zone_word(words[0], word) and words[0].lower() == words[0].upper()
    return _zone_word_placed(phrase[1], words, word, _zone_word_leads(code)) and not any(
        map(_names_greenwich(language), words))


def _folded_words(text: str) -> list[str]:
    """The words of ``text`` (:data:`_PHRASE_WORDS`), NFC and case-folded as :func:`_zone_word` compares them."""
    return [unicodedata.normalize("NFC", found).casefold() for found in _PHRASE_WORDS.findall(text)]


def _zone_word_placed(phrase: str, words: list[str], word: str, leads: bool) -> bool:
    """Whether a phrase's ``words`` (case-folded, of ``phrase``) hold the language's ``word`` for a zone's time where its
    CLDR names write it (:func:`_zone_word_leads`): where they open with it (``leads``), first (es "hora local") or
    after a preposition's word (:data:`_ZONE_NAME_CONNECTOR`: fa "به وقت محلی"); else last (ru "по московскому
    времени") or before a postposition's word of that length (:data:`CONNECTOR_LETTERS`: ko "(현지시간 기준)", tr
    "yerel saat ile")."""
    if leads:
        return _holds_zone_word(words[0], word) or (
            _ZONE_NAME_CONNECTOR.match(phrase) is not None and _holds_zone_word(words[1], word))
    return _holds_zone_word(words[-1], word) or (
        len(words[-1]) <= CONNECTOR_LETTERS and _holds_zone_word(words[-2], word))


SPELLING_VARIANT_RATIO = 0.8  # a loanword's spellings differ by a letter or a vowel sign in five or six ("جرينتش", "غرينتش")


def _names_greenwich(language: str) -> Callable[[str], bool]:
    """Whether a case-folded word is, or is spelt like (:data:`SPELLING_VARIANT_RATIO`), a word of ``language``'s CLDR
    names of Greenwich Mean Time (:func:`_greenwich_words`): Egypt's "جرينتش" is the Levant's "غرينتش"."""
    greenwich = _greenwich_words(cldr_language(language))
    return lambda found: any(found == name or SequenceMatcher(None, found, name).ratio() >= SPELLING_VARIANT_RATIO
                             for name in greenwich)


@cache
def _greenwich_words(language: str) -> frozenset[str]:
    """The words of ``language``'s CLDR names of Greenwich Mean Time (:func:`newsspider.zone_names.cldr_greenwich_names`)
    but its word for a zone's time and short words (its prepositions): "hora de Greenwich", "по Гринвичу" write UTC's
    clock in words that are no CLDR name, and the clock is read as UTC already."""
    code = cldr_language(language)
    word = _zone_word(code)
    return frozenset(found for name in cldr_greenwich_names(code) for found in _PHRASE_WORDS.findall(name)
                     if found != word and (len(found) > MIN_ZONE_WORD_LETTERS or found.lower() == found.upper()))


def _holds_zone_word(found: str, word: str) -> bool:
    """Whether ``found`` (case-folded) is a language's ``word`` for a zone's time: the word, its inflection (a long
    word's stem, :data:`INFLECTED_WORD_LETTERS`: "времени"), or, in a script without case, a word ending with it (a
    prefix joined to it, "بتوقيت", "بالتوقيت"; a compound, "한국시간")."""
    if found == word:
        return True
    if found.lower() == found.upper():
        return found.endswith(word)
    return len(word) >= INFLECTED_WORD_LETTERS and found.startswith(word[:-1]) and len(found) <= len(word) + 2


@cache
def _zone_word(language: str) -> str | None:
    """``language``'s word for a zone's time: the word in :data:`ZONE_WORD_SHARE` or more of its CLDR zone names
    (:func:`newsspider.zone_names.cldr_zone_names`: ru "время", uk "часом", ro "ora", ar "توقيت", es "hora", en "time"),
    NFC, case-folded; None where no word is (German, Japanese, Swedish name zones in several ways)."""
    names = cldr_zone_names(language)
    counts: dict[str, int] = {}
    for name in names:
        for found in {unicodedata.normalize("NFC", found) for found in _PHRASE_WORDS.findall(name)}:
            if len(found) >= MIN_ZONE_WORD_LETTERS or found.lower() == found.upper():
                counts[found] = counts.get(found, 0) + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] >= ZONE_WORD_SHARE * len(names) else None


@cache
def _zone_word_leads(language: str) -> bool:
    """Whether ``language``'s CLDR zone names holding its word for a zone's time (:func:`_zone_word`) open with it more
    often than they close with it: es "hora de Argentina", ar "توقيت مكة", fr "heure normale d’Europe centrale" open
    with it, en "Central European Time", ru "Московское время", tr "Türkiye saati", ko "한국 표준시간" close with it
    (each language one way in every name or nearly: nl's "tijd" closes 127 of its 160, opens 33)."""
    word = _zone_word(language)
    if word is None:
        return False
    opens = closes = 0
    for name in cldr_zone_names(language):
        words = _folded_words(name)
        opens += bool(words) and _holds_zone_word(words[0], word)
        closes += bool(words) and _holds_zone_word(words[-1], word)
    return opens > closes


def zone_alone(text: str) -> str | None:
    """The zone a short text names alone, after a separator, as pages set it in an element of its own beside the
    clock ("| CET", "(MESZ)", "ET", "GMT+2"; :data:`ZONE_HOURS`, :data:`ZONE_REGIONS`, :data:`SHARED_ZONE_NAMES`, an
    offset from GMT or UTC), in its written case; None for any other text."""
    match = _ZONE_ALONE.fullmatch(text)
    zone = match[1] if match is not None else None
    if zone is None or not (zone in ZONE_REGIONS or zone in SHARED_ZONE_NAMES or _written_zone(zone) is not None):
        return None
    return zone


def _capitals_before(words: re.Match[str]) -> bool:
    """Whether the word :data:`_CLOCK_WORDS` read between a clock and its zone is in capitals, so a word of its own
    (an abbreviation, "14:20 TO CET"), not the language's word for "o'clock" ("14.20 uur CET")."""
    unit = words["unit"]
    return unit is not None and unit.isupper()


def _begins_name(words: re.Match[str], day: date | None = None) -> bool:
    """Whether the zone ``words`` (:data:`_CLOCK_WORDS`) end with is a word of :data:`ZONE_WORDS` that begins a
    name: another capitalised word follows, not a weekday's or month's ("10:00 ART BASEL", not "10:00 EAT Fri"),
    nor, on ``day``, the city of a zone whose clock runs at the abbreviation's offset then ("10:15 EAT Nairobi",
    "10:00 ART Buenos Aires": the zone and the place the story is from; "10:00 ART Paris" is a fair's name)."""
    if words["zone"] not in ZONE_WORDS:
        return False
    following = _NEXT_WORD.match(words.string, words.end())
    if following is None or not following[1][0].isupper() or following[1][:3].lower() in _DATE_WORDS:
        return False
    return day is None or not _zone_city_on_clock(words.string, words.end(), _hours(ZONE_HOURS[words["zone"]]), day)


def _zone_city_on_clock(text: str, end: int, offset: timezone, day: date) -> bool:
    """Whether the words after ``end`` in ``text`` (up to :data:`CITY_WORDS`) name the city of a zone of the tz
    database ("Nairobi", "Dar es Salaam") whose clock runs at ``offset`` at noon of ``day``."""
    words = _CITY_WORDS.match(text, end)
    if words is None:
        return False
    names = words[0].split()
    noon = datetime.combine(day, time(12))
    return any(ZoneInfo(zone).utcoffset(noon) == offset.utcoffset(None)
               for count in range(1, len(names) + 1) for zone in _zone_cities().get(" ".join(names[:count]).casefold(), ()))


@cache
def _zone_cities() -> dict[str, tuple[str, ...]]:
    """The case-folded city of each zone of the tz database's ``zone.tab`` ("nairobi", "buenos aires") -> the
    zones named after it (read once, where a zone's word is followed by a capitalised word)."""
    cities: dict[str, tuple[str, ...]] = {}
    for _, zone in zone_table():
        city = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        cities[city] = (*cities.get(city, ()), zone)
    return cities


def _clock_of(text: str, match: re.Match[str], language: str | None = None) -> tuple[int, int] | None:
    """:func:`shown_clock`'s reading of a clock time found in ``text`` on a page in ``language``."""
    hour, minute, half = int(match[1]), int(match[2] or 0), match[3] if match.re is not _MARKED_CLOCK else None
    word = (_HALF_DAY_BEFORE.search(text, max(0, match.start() - HALF_DAY_REACH), match.start())
            or _HALF_DAY_AFTER.match(text, match.end()))
    if word is not None and not _reads_half(word[1], language):
        word = None
    part = _HALF_DAYS[word[1]] if word else (AFTERNOON if half.lower() == "p" else MORNING) if half else None
    if part is not None and 1 <= hour <= 12:  # past 12 it is a 24-hour clock and "am" a word (German "on")
        hour = twelve_hour(hour, part)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def is_half_day_before(word: str) -> bool:
    """Whether ``word`` is a half of the day some language writes before its clock ("오후", "下午", "午後", "ص"):
    :data:`_DAY_PARTS` and CLDR's words set before the clock."""
    return word in _DAY_PARTS or word in _CLDR_PARTS["before"]


def _reads_half(word: str, language: str | None) -> bool:
    """Whether a page in ``language`` (a tag; None where it declares none) reads ``word`` as a half of the day: a
    CLDR word of languages English is not among (:data:`_HALF_LANGUAGES`) on a page of one of them, or of no
    language known; every other word of :data:`_HALF_DAYS` on every page."""
    languages = _HALF_LANGUAGES.get(word)
    if languages is None or not language:
        return True
    code = cldr_language(language)
    return code in languages or _script_of(word) not in (None, _written_script(code))


def _script_of(word: str) -> str | None:
    """The Unicode script of ``word``'s first letter as its character name opens ("LATIN", "ETHIOPIC"), None for none.
    A word in a script the page's language does not write is no initial nor word of that language (:func:`_reads_half`:
    Amharic's "ከሰዓት" on a page declaring English, as a CMS's default declares it, is Amharic's afternoon)."""
    letter = next((char for char in word if char.isalpha()), None)
    if letter is None:
        return None
    return unicodedata.name(letter, "").split(" ", 1)[0] or None


@cache
def _written_script(language: str) -> str | None:
    """The script ``language`` is most likely written in, by its Unicode name ("en": "LATIN", "ur": "ARABIC"; CLDR's
    likely subtags through Babel), None where CLDR does not know the language. A script whose CLDR name is not its
    Unicode one ("Bangla", "Simplified") matches no word's: the word is read, as on a page declaring nothing."""
    from babel import Locale
    from babel.core import get_global  # paid only where a clock has a CLDR word of another language beside it

    likely = get_global("likely_subtags").get(language, "").split("_")
    name = Locale("en").scripts.get(likely[1]) if len(likely) > 1 else None
    return name.upper() if name else None


def _same_moment(partial: Timestamp, complete: Timestamp) -> bool:
    """Whether ``complete`` says what ``partial`` says: the same day for a date alone; for a naive
    time, the same wall-clock time, the same instant read as UTC, or the same instant written in
    some zone's local time (whole quarter hours apart to the second)."""
    local = complete.moment.replace(tzinfo=None)
    if not partial.has_time:
        return partial.moment.date() == local.date()
    if partial.has_offset:  # an offset but no time: a date-only value with "Z"
        return partial.moment == complete.moment
    as_utc = complete.moment.astimezone(timezone.utc).replace(tzinfo=None)
    return (abs(partial.moment - local) < SAME_MOMENT or abs(partial.moment - as_utc) < SAME_MOMENT
            or _zone_shift(partial, complete) is not None)


def _zone_shift(naive: Timestamp, complete: Timestamp) -> timedelta | None:
    """The UTC offset that turns ``complete`` into the wall-clock time ``naive`` shows, when they
    are a zone's offset apart (:func:`offset_in_use`) to the second; None otherwise."""
    if naive.has_offset or not naive.has_time or not (naive.moment.second or naive.moment.microsecond):
        return None  # a time to the minute could be another event's time
    return _wall_clock_shift(naive, complete)


def _wall_clock_shift(naive: Timestamp, complete: Timestamp) -> timedelta | None:
    """The offset from UTC of the zone whose wall clock shows ``complete``'s instant as ``naive``'s
    time (a zone's offset: :func:`offset_in_use`); None where no zone's does."""
    shift = naive.moment - complete.moment.astimezone(timezone.utc).replace(tzinfo=None)
    return shift if offset_in_use(shift) else None


def _in_publisher_offset(best: Timestamp, others: list[Timestamp]) -> Timestamp:
    """``best`` (a UTC time) written in the offset another declaration shows for the same moment;
    else in the offset the page shows for another moment it also declares in UTC (JSON-LD's
    ``dateModified`` "03:15:39Z" and ``og:updated_time`` "22:15:39-05:00": the page's times in UTC
    are the publisher's in -05:00); else in the one offset other than UTC the page's other times
    name (``article:published_time`` "22:30:00Z", ``article:modified_time`` "09:00:00+02:00": the
    publisher's clock runs in +02:00, and 00:30 is its day), unless one of them shows ``best``'s
    wall clock (a local time with "Z" appended: which of the two is right, nothing tells)."""
    if best.moment.utcoffset():
        return best
    for other in others:
        if other.complete and other.moment.utcoffset() and other.moment == best.moment:
            return Timestamp(best.moment.astimezone(other.moment.tzinfo))
        shift = _zone_shift(other, best)
        if shift:
            return Timestamp(best.moment.astimezone(timezone(shift)))
    in_utc = {stamp.moment for stamp in others if stamp.in_utc}
    shown = {stamp.moment.tzinfo for stamp in others
             if stamp.complete and stamp.moment.utcoffset() and stamp.moment in in_utc}
    if len(shown) == 1:
        return Timestamp(best.moment.astimezone(shown.pop()))
    offsets = {offset for stamp in others if stamp.complete for offset in (stamp.moment.utcoffset(),) if offset}
    wall = best.moment.replace(tzinfo=None)
    if len(offsets) == 1 and not any(  # not where "Z" may have been appended to that zone's clock
            stamp.complete and abs(stamp.moment.replace(tzinfo=None) - wall) < SAME_MOMENT for stamp in others
            if stamp.moment.utcoffset()):
        return Timestamp(best.moment.astimezone(timezone(offsets.pop())))
    return best


def to_utc_iso(value: str | None) -> str | None:
    """An ISO 8601 time of the record (``published``, ``modified``) in UTC, to the second, with
    ``Z``: ``2024-07-25T07:00:00Z`` (fixed width, so text order is time order; what jq's
    ``fromdateiso8601``, pandas and DuckDB read without options). None when there is no time."""
    stamp = parse_timestamp(value)
    if stamp is None:
        return None
    return stamp.aware.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_now_iso() -> str:
    """The current time, ISO 8601 in UTC, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def http_date_iso(value: bytes | str | None) -> str | None:
    """An HTTP ``Date`` header (when the server answered, by its clock) as :func:`utc_now_iso`
    writes times, so the two compare as strings; None when absent or unreadable."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    moment = http_date(value) if value else None
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat() if moment else None


def http_date(text: str) -> datetime | None:
    """An HTTP date (``Date``, ``Retry-After``: RFC 9110's IMF-fixdate or its obsolete forms) as an
    aware time; None when unreadable."""
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # RFC 9110's dates are GMT; asctime carries no zone, "-0000" reads as naive
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def is_future(stamp: Timestamp, now: datetime) -> bool:
    """Whether ``stamp`` (a naive one read as UTC) lies more than :data:`FUTURE_SLACK` after ``now``
    (when the page was fetched): not a time a page that existed then was published or modified."""
    return stamp.aware - now > FUTURE_SLACK


def is_too_old(published: str | None, max_age_days: float, now: datetime | None = None) -> bool:
    """True when ``published`` (ISO 8601) lies more than ``max_age_days`` back; 0 means no limit,
    and an unknown date is never too old (the page itself may tell)."""
    if not max_age_days or not published:
        return False
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (now or datetime.now(timezone.utc)) - moment > timedelta(days=max_age_days)


# Every offset a zone's clock runs at (:func:`offset_in_use`), nearest UTC first.
_OFFSETS_IN_USE = sorted({*(timedelta(hours=hours) for hours in range(-12, 15)), *_PART_HOUR_OFFSETS},
                         key=lambda offset: (abs(offset), offset))


def on_day(stamp: Timestamp, day: date, preferred: timezone | None = None) -> Timestamp | None:
    """The complete ``stamp`` written in an offset that shows it on ``day``: ``preferred`` when it
    does, else the zone's offset nearest UTC that does (what a page's printed day tells of its
    publisher's clock: at least that far from UTC); None when no zone's clock shows it on that day."""
    utc = stamp.moment.astimezone(timezone.utc)
    for offset in ([preferred.utcoffset(None)] if preferred else []) + _OFFSETS_IN_USE:
        if offset is not None and (utc + offset).date() == day:
            return Timestamp(utc.astimezone(timezone(offset)))
    return None
