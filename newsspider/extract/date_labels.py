"""The labels pages print before a date, by what the date is: the page's publication, its last
update, or a member's registration on a forum.

A page that shows two dates says which is which: "Veröffentlicht: 03.04.2020 ... Aktualisiert:
11.04.2020". The publication date is the one a record's ``published`` means; an update date is
the page's date only where it shows no other (a page whose only label is "Letzte Änderung:"),
and a forum's "Registriert: 18.09.2008" beside a post dates its author's account, not the post.
Labels in the languages the cleaning rules cover and a few more; matched case-insensitively at
the start of a word.
"""
from __future__ import annotations

import re

PUBLISHED, UPDATED, PROFILE = "published", "updated", "profile"

_LABELS = {
    PUBLISHED: (
        "published", "first published", "posted", "publication date", "date published",
        "veröffentlicht", "publiziert", "erschienen", "erstellt", "publié", "publie", "mis en ligne", "publicado",
        "publicada", "fecha de publicación", "pubblicato", "pubblicata", "gepubliceerd", "geplaatst",
        "opublikowano", "data publikacji", "publikováno", "zveřejněno", "publikované", "publicat", "objavljeno",
        "közzétéve", "megjelent", "julkaistu", "publicerad", "publiceret", "publisert", "δημοσιεύθηκε",
        "δημοσίευση", "опубликовано", "дата публикации", "опубліковано", "дата публікації", "публикувано",
        "yayınlanma", "yayın tarihi", "yayınlandı", "diterbitkan", "dipublikasikan", "đăng lúc", "ngày đăng",
        "xuất bản", "เผยแพร่", "نشر في", "تاريخ النشر", "نُشر في", "نشر بتاريخ", "تاریخ انتشار", "انتشار",
        "شائع", "प्रकाशित", "प्रकाशन तिथि", "প্রকাশিত", "প্রকাশ", "发布时间", "發布時間", "发布日期", "發佈時間", "发表于",
        "發表於", "公開日", "掲載日", "配信日", "投稿日", "입력", "등록", "기사입력", "발행일", "게시",
    ),
    UPDATED: (
        "updated", "last updated", "last modified", "modified", "aktualisiert", "zuletzt aktualisiert",
        "letzte änderung", "letzte aktualisierung", "zuletzt geändert", "geändert", "mis à jour", "mise à jour",
        "modifié", "actualizado", "actualizada", "última actualización", "aggiornato", "aggiornata",
        "ultimo aggiornamento", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja",
        "aktualizováno", "aktualizované", "actualizat", "ažurirano", "frissítve", "päivitetty", "uppdaterad",
        "opdateret", "oppdatert", "uppfært", "ενημερώθηκε", "ενημέρωση", "обновлено", "обновлён", "оновлено", "обновено",
        "güncelleme", "güncellendi", "son güncelleme", "diperbarui", "cập nhật", "อัปเดต", "آخر تحديث",
        "تم التحديث", "تحديث", "به‌روزرسانی", "بروزرسانی", "اپڈیٹ", "अपडेट", "अद्यतन", "আপডেট", "更新时间", "更新時間",
        "更新日", "最終更新", "수정", "최종수정", "업데이트",
    ),
    PROFILE: (
        "registriert", "registriert seit", "mitglied seit", "dabei seit", "anmeldedatum", "registered", "joined",
        "join date", "member since", "inscrit le", "inscrit", "inscription", "membre depuis", "registrado",
        "miembro desde", "fecha de registro", "iscritto", "iscritto il", "registrato", "membro dal", "lid sinds",
        "geregistreerd", "dołączył", "rejestracja", "registrován", "зарегистрирован", "регистрация",
        "на форуме с", "зареєстрований", "реєстрація", "kayıt tarihi", "katılım", "bergabung", "tham gia",
        "تاريخ التسجيل", "تاریخ عضویت", "注册时间", "註冊時間", "加入时间", "登録日", "가입일",
    ),
}
# Where a label sets off its date: a colon, a dash, "am"/"on"/"le"/"el"/"il", or a space.
_LINK = r"(?:\s*(?:am|on|le|el|il|op|dne|в|am:|on:)?\s*[:：\-–—|]?\s*)"
_WORD_LETTER = re.compile(r"[^\W\d_]")
_KIND_SOURCES = {
    kind: r"(?:" + "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
          + r")(?![^\W\d_])" + _LINK
    for kind, labels in _LABELS.items()
}
# Matched in the lower-cased text and at a word's start tested apart (:func:`_matches`): ten times
# faster than ignoring case and a look-behind at every character (a page's text is searched whole
# where it declares no date); ignoring case where lower-casing changes the text's length (Turkish
# "İ" becomes two characters) and the positions found would not be the text's.
_KIND_PATTERNS = {kind: re.compile(source) for kind, source in _KIND_SOURCES.items()}
_KIND_PATTERNS_ANY_CASE = {kind: re.compile(source, re.IGNORECASE) for kind, source in _KIND_SOURCES.items()}


def _patterns(text: str) -> tuple[str, dict[str, re.Pattern[str]]]:
    """The text to search and the patterns to search it with (see :data:`_KIND_PATTERNS`)."""
    lowered = text.lower()
    return (lowered, _KIND_PATTERNS) if len(lowered) == len(text) else (text, _KIND_PATTERNS_ANY_CASE)
# A label is the last thing before the date it names, but for a weekday's or month's name
# (:data:`NAMES_BETWEEN` them: "Published on Tuesday, March 5"): within this many characters of
# the date's first number.
LABEL_REACH = 40
NAMES_BETWEEN = re.compile(r"[\s,.\xa0]*(?:[^\W\d_]+\.?,?[\s\xa0]*){0,2}")


def label_before(text: str, end: int | None = None) -> str | None:
    """The kind of the label (:data:`PUBLISHED`, :data:`UPDATED`, :data:`PROFILE`) ending just
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


def _matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """The pattern's matches in ``text[start:end]`` that start a word (a label inside a word is none)."""
    return [match for match in pattern.finditer(text, start, end)
            if not match.start() or not _WORD_LETTER.match(text, match.start() - 1)]
