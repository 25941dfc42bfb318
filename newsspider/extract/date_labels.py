"""The labels pages print before a date, by what the date is: the page's publication, its last
update, a member's registration on a forum, or the event a page announces.

A page that shows two dates says which is which: "Veröffentlicht: 03.04.2020 ... Aktualisiert:
11.04.2020". The publication date is the one a record's ``published`` means; an update date is
the page's date only where it shows no other (a page whose only label is "Letzte Änderung:"),
and a forum's "Registriert: 18.09.2008" beside a post dates its author's account, not the post,
an event listing's "Termin: 21.02.2020, 19 Uhr" the event, not the page.
Labels in the languages the cleaning rules cover and a few more; matched case-insensitively at
the start of a word (anywhere in a script written without spaces between words: "本文发布时间：").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from newsspider.unicode_classes import ITEM_SEPARATORS, is_unspaced

PUBLISHED, UPDATED, PROFILE, EVENT = "published", "updated", "profile", "event"

_LABELS = {
    PUBLISHED: (
        "published", "first published", "posted", "publication date", "date published",
        "online since", "online version", "online-version", "veröffentlicht", "publiziert", "erschienen",
        "online seit", "erstellt", "publié", "publie", "mis en ligne", "publicado",
        "publicada", "fecha de publicación", "pubblicato", "pubblicata", "gepubliceerd", "geplaatst",
        "opublikowano", "data publikacji", "publikacja", "publikováno", "zveřejněno", "publikované", "publicat", "objavljeno",
        "közzétéve", "megjelent", "julkaistu", "publicerad", "publiceret", "publisert", "δημοσιεύθηκε",
        "δημοσίευση", "опубликовано", "дата публикации", "опубліковано", "дата публікації", "публикувано",
        "yayınlanma", "yayın tarihi", "yayınlandı", "diterbitkan", "dipublikasikan", "đăng lúc", "ngày đăng",
        "xuất bản", "เผยแพร่", "نشر في", "تاريخ النشر", "نُشر في", "نشر بتاريخ", "تاریخ انتشار", "انتشار",
        "شائع", "प्रकाशित", "प्रकाशन तिथि", "প্রকাশিত", "প্রকাশ", "发布时间", "發布時間", "发布日期", "發佈時間", "发表于",
        "發表於", "公開日", "公開日時", "掲載日", "掲載日時", "配信日", "配信日時", "投稿日", "投稿日時", "입력", "등록", "기사입력", "발행일", "게시",
        "paskelbta", "publicēts", "avaldatud", "објављено", "објавено", "publikuar", "פורסם", "გამოქვეყნდა",
    ),
    UPDATED: (
        "updated", "update", "last updated", "last modified", "modified", "aktualisiert", "zuletzt aktualisiert",
        "letzte änderung", "letzte aktualisierung", "zuletzt geändert", "geändert", "mis à jour", "mise à jour",
        "modifié", "actualizado", "actualizada", "última actualización", "aggiornato", "aggiornata",
        "ultimo aggiornamento", "aggiornamento", "actualización", "atualizado", "atualizada",
        "atualização", "actualisé", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja",
        "aktualizováno", "aktualizované", "actualizat", "ažurirano", "frissítve", "päivitetty", "uppdaterad",
        "opdateret", "oppdatert", "uppfært", "ενημερώθηκε", "ενημέρωση", "обновлено", "обновлён", "обновление", "оновлено", "оновлення", "обновено",
        "güncelleme", "güncellendi", "son güncelleme", "diperbarui", "cập nhật", "อัปเดต", "آخر تحديث",
        "تم التحديث", "تحديث", "به‌روزرسانی", "بروزرسانی", "اپڈیٹ", "अपडेट", "अद्यतन", "আপডেট", "更新时间", "更新時間",
        "更新日", "更新日時", "最終更新", "수정", "최종수정", "업데이트",
        "atnaujinta", "atjaunots", "atjaunināts", "uuendatud", "muudetud", "posodobljeno", "ажурирано",
        "përditësuar", "עודכן", "עדכון", "განახლდა", "actualitzat", "actualitzada", "dikemas kini", "frissítés",
    ),
    PROFILE: (
        "registriert", "registriert seit", "mitglied seit", "dabei seit", "anmeldedatum", "registered", "joined",
        "join date", "member since", "inscrit le", "inscrit", "inscription", "membre depuis", "registrado",
        "miembro desde", "fecha de registro", "iscritto", "iscritto il", "registrato", "membro dal", "lid sinds",
        "geregistreerd", "dołączył", "rejestracja", "registrován", "зарегистрирован", "регистрация",
        "на форуме с", "зареєстрований", "реєстрація", "kayıt tarihi", "katılım", "bergabung", "tham gia",
        "تاريخ التسجيل", "تاریخ عضویت", "注册时间", "註冊時間", "加入时间", "登録日", "가입일",
    ),
    EVENT: (
        "event date", "date of event", "termin", "veranstaltungsdatum", "veranstaltungstermin",
        "date de l'événement", "fecha del evento", "data dell'evento", "data evento", "datum evenement",
        "termin wydarzenia", "дата проведения", "дата события", "etkinlik tarihi", "开始时间", "活动时间", "開催日",
        "開催日時", "행사일",
    ),
}
# Where a label sets off its date: a colon, a dash, "am"/"on"/"le"/"el"/"il"/"em", or a space.
_LINK = r"(?:\s*(?:am|on|le|el|il|em|op|dne|в|am:|on:)?\s*[:：\-–—|]?\s*)"
_WORD_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# The marks a line of fields ends one with, a label's field after them ("Jane Doe | Published: ..."):
# not a comma, which a sentence's clause ends with ("The trial, first published on ...").
_FIELD_SEPARATOR = re.compile(rf"[{ITEM_SEPARATORS}]\s*\Z")


def _fold(text: str) -> str:
    """``text`` with Turkish dotted and dotless i as plain "i", before lower-casing: "YAYINLANMA" is
    "yayınlanma" (lower-casing makes "I" "i", never "ı"), and "İ" lower-cased is two characters."""
    if "İ" in text:
        text = text.replace("İ", "i")
    return text.replace("ı", "i") if "ı" in text else text


def _label_source(label: str) -> str:
    """A label's pattern: not followed by a letter, but in a script written without spaces between words
    (:func:`~newsspider.unicode_classes.is_unspaced`: Han, kana, Thai, ...), where a label is one where it
    stands, a word's letters before or after it ("本文发布时间", "公開日時", "ข่าวเผยแพร่")."""
    return re.escape(_fold(label)) + ("" if is_unspaced(label[-1]) else r"(?![^\W\d_])")


_KIND_SOURCES = {
    kind: r"(?:" + "|".join(_label_source(label) for label in sorted(labels, key=len, reverse=True)) + r")" + _LINK
    for kind, labels in _LABELS.items()
}
# Matched in the lower-cased text and at a word's start tested apart (:func:`_matches`): ten times
# faster than ignoring case and a look-behind at every character (a page's text is searched whole
# where it declares no date); Turkish i's folded first (:func:`_fold`, the text's length kept);
# ignoring case where lower-casing still changes the text's length and the positions found would
# not be the text's.
_KIND_PATTERNS = {kind: re.compile(source) for kind, source in _KIND_SOURCES.items()}
_KIND_PATTERNS_ANY_CASE = {kind: re.compile(source, re.IGNORECASE) for kind, source in _KIND_SOURCES.items()}


def _patterns(text: str) -> tuple[str, dict[str, re.Pattern[str]]]:
    """The text to search and the patterns to search it with (see :data:`_KIND_PATTERNS`)."""
    text = _fold(text)
    lowered = text.lower()
    return (lowered, _KIND_PATTERNS) if len(lowered) == len(text) else (text, _KIND_PATTERNS_ANY_CASE)
# A label is the last thing before the date it names, but for a weekday's or month's name
# (:data:`NAMES_BETWEEN` them: "Published on Tuesday, March 5", "Publicado em: segunda-feira, 15"): within this many characters of
# the date's first number.
LABEL_REACH = 40
NAMES_BETWEEN = re.compile(r"[\s,.\xa0]*(?:[^\W\d_]+(?:-[^\W\d_]+)*\.?,?[\s\xa0]*){0,2}")  # "segunda-feira,"


def label_before(text: str, end: int | None = None) -> str | None:
    """The kind of the label (:data:`PUBLISHED`, :data:`UPDATED`, :data:`PROFILE`, :data:`EVENT`) ending just
    before ``end`` in ``text`` (default: its end), but for the names of a weekday or month:
    "Aktualisiert am 11.04.2020" has an update's label before its date's first number, "Published
    on March 5" a publication's; None where no label is."""
    end = len(text) if end is None else end
    start = max(0, end - LABEL_REACH)
    text, patterns = _patterns(text)
    found: tuple[int, str] | None = None
    for kind, pattern in patterns.items():
        for match in _matches(pattern, text, start, end):
            if NAMES_BETWEEN.fullmatch(text, match.end(), end) and (found is None or match.start() > found[0]):
                found = (match.start(), kind)
    return found[1] if found else None


def labelled_dates(text: str, kind: str) -> list[int]:
    """Where in ``text`` the dates labelled as ``kind`` start: the ends of its labels."""
    text, patterns = _patterns(text)
    return [match.end() for match in _matches(patterns[kind], text, 0, len(text))]


def field_dates(texts: Sequence[str], kind: str, max_chars: int) -> list[int]:
    """Where in the ``texts`` joined by spaces the dates labelled as ``kind`` start, of the labels
    that start a field: in a line of a text of at most ``max_chars`` characters, with nothing
    before them in it but punctuation ("| Published: ..."), else after a field's separator ("Jane
    Doe | Published: ...", :data:`_FIELD_SEPARATOR`) or another dated field ("Aktualisiert:
    11.04.2020, veröffentlicht: 03.04.2020"); a line labelling both the page's publication and its
    update may be twice as long (:func:`dateline_chars`). A label within a sentence ("The trial, first
    published on 3 March 2019 in The Lancet") dates what the sentence is about, not the page."""
    joined = " ".join(texts)
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    folded, patterns = _patterns(joined)
    found = []
    for match in _matches(patterns[kind], folded, 0, len(folded)):
        node = bisect_right(starts, match.start()) - 1
        node_end = starts[node] + len(texts[node])
        line_start = max(starts[node], folded.rfind("\n", starts[node], match.start()) + 1)
        line_end = folded.find("\n", match.start(), node_end)
        line_end = node_end if line_end < 0 else line_end
        before = folded[line_start:match.start()]
        if line_end - line_start <= max_chars * _dated_lines(folded, line_start, line_end, patterns) and (
                not _WORD_LETTER.search(before) or _FIELD_SEPARATOR.search(before)
                or _starts_dated_field(folded, line_start, match.start(), patterns)):
            found.append(match.end())
    return found


def dateline_chars(text: str, max_chars: int) -> int:
    """How long a dateline ``text`` may be, one dateline being ``max_chars`` long: twice that where it
    labels both the page's publication and its update ("Diperbarui: Senin, 13 Juli 2026 10:30 WIB ·
    Diterbitkan: Sabtu, 11 Juli 2026 09:30 WIB"), each a dateline of its own in one line."""
    if len(text) <= max_chars:
        return max_chars
    folded, patterns = _patterns(text)
    return max_chars * _dated_lines(folded, 0, len(folded), patterns)


def _dated_lines(text: str, start: int, end: int, patterns: dict[str, re.Pattern[str]]) -> int:
    """2 where ``text[start:end]`` labels both a publication and an update, else 1 (:func:`dateline_chars`)."""
    return 2 if all(_matches(patterns[kind], text, start, end) for kind in (PUBLISHED, UPDATED)) else 1


def _starts_dated_field(text: str, start: int, end: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text[start:end]`` is a dated field: a label first (after punctuation), a number after it."""
    letter = _WORD_LETTER.search(text, start, end)
    return (letter is not None and any(pattern.match(text, letter.start(), end) for pattern in patterns.values())
            and _DIGIT.search(text, letter.start(), end) is not None)


def _matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """The pattern's matches in ``text[start:end]`` that start a word (a label inside a word is none;
    but in a script without spaces, :func:`~newsspider.unicode_classes.is_unspaced`)."""
    return [match for match in pattern.finditer(text, start, end)
            if not match.start() or not _WORD_LETTER.match(text, match.start() - 1)
            or is_unspaced(text[match.start()])]
