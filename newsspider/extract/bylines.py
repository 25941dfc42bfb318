"""Author names from what pages put in their author fields.

A page's author field is a byline more often than a list of names: "By Samya Kullab and Vasilisa
Stepanenko", "Felix Schröder und Jörg Soldwisch, dpa", "Elena Oberholzer (obe)", an e-mail address,
the publisher itself ("STERN.de", "Deutsche Welle (www.dw.com)"), a photo credit, a numeric id.
:func:`author_names` turns such values into people (and the agencies credited beside them).
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from newsspider.extract.calendars import counts_minutes, is_month_name, time_ago_start
from newsspider.extract.cleaning.keys import ARABIC_FOLD, fold_key
from newsspider.extract.cleaning.patterns import available_languages, compiled_patterns
from newsspider.extract.places import PLACE_LANGUAGES, is_city_in_country, is_place_name, place_codes
from newsspider.unicode_classes import (
    BRAHMIC_MARK_CLASS,
    LABEL_COLONS,
    MARK_CLASS,
    UNSPACED_ALPHABET_RANGES,
    char_class,
    without_direction_marks,
)

# How many names' comparison keys (name_key) are kept: a few pages' worth of bylines and publishers.
NAME_KEYS_KEPT = 1024
# The colons that set a label off in every script's text (:data:`~newsspider.unicode_classes.LABEL_COLONS`:
# "ጸሐፊ፦ ...", Khmer's "ដោយ៖ ...").
_COLONS = LABEL_COLONS
# "By ..." in the languages we cover (the word opens the byline; "Von" as in "Von Jane Doe"). The
# Italian "di" is written in lower case before a name; a capitalised "Di" opens a surname ("Di Maio
# Luigi"), and is the byline word only as a label ("Di: Marco Rossi").
_BY = "by|von|par|por|door|deur|av|af|od"  # the word "by" itself ("autor", "written by" are labels)
# The word for the author, the writer or the reporter, or "written by", that opens a plain-text byline without a
# colon ("Autorius Jonas Jonaitis", "ጸሐፊ አበበ ከበደ", "লিখেছেন রাহুল দাস"), in languages whose by-word no
# other list holds: Lithuanian, Latvian, Slovene, Albanian, Icelandic, Finnish, Hungarian, Uzbek, Azerbaijani, Kazakh,
# Mongolian, Armenian, Georgian, Amharic and Tigrinya, Somali, Swahili, Hausa, Bengali and Assamese, Hindi, Marathi
# and Nepali, Gujarati, Punjabi, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala, Khmer, Burmese, Persian, Urdu,
# Pashto, Kurdish. Each is a noun or a verb of writing (or Khmer's "by"); Telugu's రచన is a given name too.
_AUTHOR_WORDS = ("autorius|autorė|autors|autore|avtor(?:ica)?|autori|höfundur|kirjoittaja|szerző|muallif|müəllif|"
                 "авторы|сурвалжлагч|зохиогч|հեղինակ|ავტორი|ጸሐፊ|ፀሐፊ|ጸሓፊ|waxaa qoray|qoraa|mwandishi|marubuci|"
                 "লেখক|লিখেছেন|লিখক|लेखक|लेखिका|લેખક|ਲੇਖਕ|ଲେଖକ|எழுதியவர்|రచన|రచయిత|ಲೇಖಕ|ലേഖകൻ|എഴുതിയത്|"
                 "ලියන්නේ|ලේඛක|ដោយ|អ្នកនិពន្ធ|ရေးသားသူ|نویسنده|تحریر|لیکوال|نووسەر|"
                 # Yiddish's "by" ("פֿון משה כהן"), with and without the rafe
                 "פֿון|פון")
# ... and the words of this kind that are given names too, read only set off by a mark: the Turkish "Yazan: Ayşe
# Kaya" (written by), while "Yazan Ali Hassan" is an Arabic name.
_LABEL_ONLY_AUTHOR_WORDS = "yazan"
# ... and what may set such a word off from the name: a colon of any script (:data:`_COLONS`), or the Armenian
# comma ՝, which Armenian sets after a label ("Հեղինակ՝ Արամ Պետրոսյան").
_AUTHOR_WORD_MARK = "՝"
_AUTHOR_WORD_SET_OFF = rf"\s*[{_COLONS}{_AUTHOR_WORD_MARK}](?:\s+|$)"
# Set off so, such a word opens a byline anywhere. Without the mark it is a noun or a verb a headline, a kicker, a
# caption or a sentence opens with ("Mwandishi Mkongwe Afariki Dunia", "ጸሐፊ ታሰረ": a writer dies, is arrested), and a
# given name or a surname too (Telugu's Rachana "రచన శర్మ", the Italian "Autore Mario"): bare, it opens a byline only
# in a byline's element (:data:`_BYLINE_WORD`; not :data:`_WRITTEN_BYLINE_WORD`, the story's own lines), before a name
# of two words or more, as :data:`_BY_BEFORE_NAME`'s words, or of a script written without spaces (a Burmese name is
# one word: "ရေးသားသူ ကျော်ဇော"), or alone (a label on its line).
_BARE_AUTHOR_WORD = (rf"(?i:{_AUTHOR_WORDS})(?:{_AUTHOR_WORD_SET_OFF}|\s*$|\s+(?=\S+\s+\S)"
                     rf"|\s+(?=[{char_class(UNSPACED_ALPHABET_RANGES)}]))|(?i:{_LABEL_ONLY_AUTHOR_WORDS}){_AUTHOR_WORD_SET_OFF}")
_LABELLED_AUTHOR_WORD = rf"(?i:{_AUTHOR_WORDS}|{_LABEL_ONLY_AUTHOR_WORDS}){_AUTHOR_WORD_SET_OFF}"
# The nouns for the author or the text among the by-words of the languages first covered: as _AUTHOR_WORDS', they open
# headlines and captions too ("Yazar Gözaltına Alındı": a writer is detained; "Autor Günter Grass").
_AUTHOR_NOUNS = "autor(?:in)?|author|yazar|автор|penulis"
_WRITER_NOUNS = f"{_AUTHOR_NOUNS}|text|texte|redacción|redaccion"
# One word that is a language's noun (or verb) for the author alone, of either list: a page names its byline's
# element so in its own language as much as in English ("autor", "avtor", "yazar", "penulis"; not "text").
_AUTHOR_WORD_ALONE = re.compile(rf"(?i:{_AUTHOR_WORDS}|{_AUTHOR_NOUNS})")
# ... as a whole word of a class or id name: no letter runs on before it or in lower case after it (the words of
# :func:`newsspider.extract.navigation.class_words`: "autor-nome", "fullAutor", "autorName"; not "autorefresh").
_AUTHOR_WORD_IN_NAME = re.compile(rf"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?:{_AUTHOR_WORD_ALONE.pattern})(?![a-z])")


def is_author_word(word: str) -> bool:
    """Whether ``word`` alone is a language's word for the author (:data:`_AUTHOR_WORD_ALONE`): a class or id named
    by it marks the byline's element as "author" does (DataLife Engine's ``<span class="autor">``, a Slovene
    site's ``class="avtor"``); no word that is only the text's or the desk's ("text", "redacción")."""
    return bool(_AUTHOR_WORD_ALONE.fullmatch(word))


def names_author(marks: str) -> bool:
    """Whether a class or id name (``marks``) holds a whole word that :func:`is_author_word` takes, in one search
    (asked of every element around a headline)."""
    return _AUTHOR_WORD_IN_NAME.search(marks) is not None


def _byline_word(writer_noun: str, author_word: str) -> re.Pattern[str]:
    """The byline word opening a line (``^``): "by" in the languages covered, their other words, ``writer_noun``
    (:data:`_WRITER_NOUNS` as a byline's element or the story's own line sets them off) and ``author_word``
    (:data:`_AUTHOR_WORDS` so)."""
    return re.compile(
        rf"^(?:(?i:{_BY}|від|από(?:\s+(?:τον|την|το|της|του))?|"
        r"written by|reported by|posted by|words by|story by|escrito por|"
        r"oleh|napisał(?:a)?|przez|от|bởi|(?:รายงาน|เขียน|เรื่อง)?โดย|ໂດຍ|מאת|بقلم|كتب|γράφει\s+(?:ο|η)|"
        r"(?:additional\s+)?reporting\s+(?:by|from))(?:\s*:?\s+|\s*:?$)"
        rf"|{writer_noun}|{author_word}"
        r"|di(?:\s*:?\s+|\s*:?$)|(?i:di)(?:\s*:\s*|$))")


_BYLINE_WORD = _byline_word(rf"(?i:{_WRITER_NOUNS})(?:\s*:?\s+|\s*:?$)", _BARE_AUTHOR_WORD)
# The byline word opening a line of the story's own text that may be its byline (:func:`is_written_byline`): the words
# of :data:`_AUTHOR_WORDS` and :data:`_WRITER_NOUNS` only set off by a mark ("Szerző: Kovács Anna", "Autor: Jan Nowak").
_WRITTEN_BYLINE_WORD = _byline_word(rf"(?i:{_WRITER_NOUNS}){_AUTHOR_WORD_SET_OFF}", _LABELLED_AUTHOR_WORD)
# Words that open a byline in one case only, before a name of two words or more: the Greek genitive
# article ("Του Γιώργου Παπαδόπουλου", "Της Μαρίας ..."), the Swahili "Na", the Tagalog "Ni", the
# Albanian "Nga", the Hausa "Daga", the Romanian and Spanish "de" ("de Andrei Popescu"). Lower case, "na" is Swahili's
# "and"; before one word, "de" is a name's own particle ("de Vries").
_BY_BEFORE_NAME = re.compile(r"^(?:(?i:του|της)|Na|Ni|Nga|Daga|de)\s+(?=\S+\s+\S)")
# "Jane Doe © AFP", "(c) dpa", "Copyright Reuters": the copyright's owner, credited beside the names as
# after a comma (an agency; a picture agency goes: "© Getty Images").
_COPYRIGHT = re.compile(r"\s*(?:(?:(?i:copyright)\s*)?(?:©|\([cC]\))|(?i:copyright)(?=\s))\s*")
# Hindi, Marathi and Nepali write "by" after the name, a postposition ("राहुल शर्मा द्वारा").
_BY_AFTER = re.compile(r"(?:^|\s+)द्वारा$")
# ... but "Na" and "Ni" are also a Korean and a Chinese surname (나, 倪): before a romanised Korean or
# Chinese given name ("Na Kyung Won", "Ni Hao Ming"), whose words are one syllable each (an initial of
# a few consonants, a vowel or two or three, a final n, ng or stop), they open the name. Swahili and
# Tagalog names have two syllables or more a word ("Na Rehema Mwakyusa", "Ni Carlo Mendoza").
_SURNAME_BY_WORDS = frozenset({"Na", "Ni"})
_ROMANISED_SYLLABLE = re.compile(r"(?i:[b-df-hj-np-tv-z]{0,3}[aeiouyü]{1,3}(?:ng|[nklmpt])?)")
# "Kirjoittaja: ...", "Tác giả: ...", "Muhabir: ...", "Text und Fotos: ...": a label of a few words
# and a colon before the names, in any language (a picture's credit is recognised before: _CREDIT).
# The label's words are letters and the combining marks that write vowels and signs in the Indic,
# Thai, Hebrew, Arabic and Thaana scripts (not letters to ``\w``: "ผู้เขียน:", "लेखक:"), and the joiners of
# Persian and Indic words; "取材・文：", "Text/Fotos:" join a label's words with a middle dot or slash,
# and Korean sets such a label off with "=" ("글·사진=김철수 기자": text and photos by).
_MARKS = f"{MARK_CLASS}\u200c\u200d"  # every script's marks: Thaana's vowel signs ("ލިޔުނީ:") as the Brahmic scripts'
# Thai and Indic letters are in both classes: the word is taken whole (possessive), else each of its
# characters would be tried both ways, exponentially, on a long word that is no label.
_LABEL_WORD = rf"(?:[^\W\d_]|[{_MARKS}])++"
# A label's word may hold an apostrophe between letters (Dutch's plural "foto's": "Tekst en foto's: Jan de Vries").
_LABEL_TERM = rf"{_LABEL_WORD}(?:['’]{_LABEL_WORD})?"


def _label_words(joiners: str) -> str:
    """A label's regular expression up to its colon: one to three words (:data:`_LABEL_TERM`), ``joiners``
    (a character class's characters) between them, then a colon (:data:`_COLONS`)."""
    return rf"{_LABEL_TERM}(?:[{joiners}]+{_LABEL_TERM}){{0,2}}\s*[{_COLONS}]"


# What joins a label's words: spaces, full stops, apostrophes, hyphens ("Text und Fotos:"); after a full stop
# (:data:`_STOP_BEFORE_LABEL`) no full stop, else a name's abbreviation would reach the next label through the
# name's words and its stop ("St. Louis Post. Text: Jane Doe" would be split after "St.").
_LABEL_JOINERS = " .'-"
_LABEL_JOINERS_AFTER_STOP = " '-"
_LABEL = re.compile(rf"^{_label_words(_LABEL_JOINERS)}\s*(?=\S)")
# "Text: Иван Петров. Видео: Анна Смирнова", "Jane Doe. Photos: John Roe": a full stop after a word of two letters
# or more (not an initial's: "J. Doe"), then such a label (its words joined by no full stop) opens the next role's
# credit, as a comma or semicolon would set it off: a name holds no colon, so the stop ends the name before it.
_STOP_BEFORE_LABEL = re.compile(rf"(?<=[^\W\d_]{{2}})\.\s+(?={_label_words(_LABEL_JOINERS_AFTER_STOP)}\s*\S)")
_JOINED_LABEL = re.compile(rf"^{_LABEL_WORD}(?:\s*[・·/&]\s*{_LABEL_WORD})+\s*[{_COLONS}=＝]\s*(?=\S)")
_LABEL_WORDS = re.compile(_LABEL_WORD)
# "Editor:", "Reporter:", "Fotos:": a label whose name is missing (printed in another element, or
# not at all) names nobody; a label is one word before its colon.
_EMPTY_LABEL = re.compile(rf"^{_LABEL_WORD}\s*[{_COLONS}=＝]$")
# The scripts of Chinese, Japanese and Korean names, as the byline rules read them: Han ideographs
# (the basic block and extension A), kana, Hangul syllables.
_HAN = r"\u3400-\u9fff"
_KANA = r"\u3040-\u30ff"
_HANGUL = r"\uac00-\ud7af"
# "文・写真 高橋健": Japanese joins a label's words (one or two kanji each: 文, 写真, 取材) with a middle
# dot and may set it off by a space alone; two names joined so have more characters a side.
_SPACED_CJK_LABEL = re.compile(rf"^[{_HAN}]{{1,2}}(?:・[{_HAN}]{{1,2}})+\s+(?=[{_KANA}{_HAN}])")
# "Jane Doe and John Roe": the conjunction of each language between two names. Only split where
# both sides have two words or more, so that "José Ortega y Gasset" stays one name, unless a side
# is an agency's acronym ("Jane Doe and AP"). A one-letter conjunction is written in lower case (a
# capital is an initial: "Nguyễn Văn A và Trần Thị B"), except in a byline all in capitals.
_CONJUNCTION_WORDS = (
    "and|und|og|och|et|ve|və|و|en|и|і|és|ja|și|şi|si|oraz|και|ir|un|та|và|dan|na|at|dhe|"
    "और|اور|এবং|ও|და|և|และ|እና|र|மற்றும்|"
    "eta|ac|agus|va|kaj|iyo|және|жана|ва|ба|եւ|आणि|एवं|तथा|અને|ਅਤੇ|మరియు|ಮತ್ತು|සහ|និង|ແລະ|او")
_ONE_LETTER_CONJUNCTIONS = "yeiau"
# CLDR's "and" of every other language (list_conjunctions.json, scripts/cldr_list_conjunctions.py writes it
# from Babel's list patterns: Yiddish "און", Tatar "һәм", Javanese "lan", Kurdish "û", Assamese "আৰু"), but
# the words major languages write before a capitalised name as its particle or a preposition (Hausa's
# "da": "Maria Clara da Silva"; Slovene's "in": "Jane Doe in New York"; Luxembourgish "an": German's "an
# Bord der Gorch Fock", whose nouns are capitalised).
NOT_CONJUNCTIONS = frozenset({"da", "in", "an"})


def _cldr_conjunctions() -> list[str]:
    """The conjunctions CLDR writes apart between a list's last two items in any language (the shipped
    ``list_conjunctions.json``), but :data:`NOT_CONJUNCTIONS` and those already in :data:`_CONJUNCTION_WORDS`
    and :data:`_ONE_LETTER_CONJUNCTIONS`, longest first (a regex alternation takes the first that matches).
    Shipped rather than read from Babel's data of every language (about a second of CPU a process)."""
    table = json.loads(Path(__file__).with_name("list_conjunctions.json").read_text(encoding="utf-8"))
    known = {*_CONJUNCTION_WORDS.casefold().split("|"), *_ONE_LETTER_CONJUNCTIONS, *NOT_CONJUNCTIONS}
    return sorted((word for word in table["words"] if word.casefold() not in known), key=lambda word: (-len(word), word))


# ... matched as CLDR writes them, in lower case where the script has case: a capitalised one is a name's
# word (Vietnamese "Lan", Korean "Ha", Akan's "ne" as "Ne"); in a byline all in capitals, in capitals.
_CLDR_CONJUNCTIONS = _cldr_conjunctions()


def _own_language_conjunctions() -> dict[str, str]:
    """Each language's conjunction among :data:`NOT_CONJUNCTIONS`, as CLDR writes it (``list_conjunctions.json``):
    Hausa's "da", Slovene's "in", Luxembourgish's "an". On a page in that language the word is its "and"
    between two names, as any other language's (:func:`_conjunction_sides`); elsewhere it stays a name's particle or a
    preposition."""
    table = json.loads(Path(__file__).with_name("list_conjunctions.json").read_text(encoding="utf-8"))
    return {language: word for word, languages in table["words"].items() if word in NOT_CONJUNCTIONS
            for language in languages}


_OWN_LANGUAGE_CONJUNCTIONS = _own_language_conjunctions()
_CLDR_CONJUNCTION = "|".join(map(re.escape, _CLDR_CONJUNCTIONS))
_CONJUNCTION_WORD = rf"(?:(?i:{_CONJUNCTION_WORDS})|[{_ONE_LETTER_CONJUNCTIONS}]|{_CLDR_CONJUNCTION})"
# ... Azerbaijani, Tagalog, Albanian, Hindi, Urdu, Bengali, Georgian, Armenian, Thai, Amharic, Nepali, Tamil;
# Slovene, Basque, Welsh, Irish, Uzbek, Esperanto, Somali, Kazakh, Kyrgyz, Tajik, Mongolian, Armenian's
# other spelling, Marathi, Hindi's formal "and"s, Gujarati, Punjabi, Telugu, Kannada, Sinhala, Khmer, Lao,
# Pashto; the one-letter "u" is Maltese's; Romanian's "și" also with the cedilla ("şi") of the encodings
# before Unicode gave its s a comma below, which pages still write. (Not Hausa's "da": a particle of
# Portuguese and Italian names, "Maria Clara da Silva Santos"; not Slovene's "in", English's before a
# place: "Jane Doe in New York".)
_CONJUNCTION = re.compile(rf"\s+{_CONJUNCTION_WORD}\s+")
_CONJUNCTION_ALONE = re.compile(_CONJUNCTION_WORD)  # a word that is one (fullmatch)
_CONJUNCTION_KEPT = re.compile(rf"(\s+{_CONJUNCTION_WORD}\s+)")  # the same, kept by a split between its sides
# "Jane Doe, John Roe, and Max Muster": a list's last name after the separator with its conjunction
# (the serial comma), not capitalised (a capitalised "Na" or "Ni" opens a Korean or Chinese name).
_OPENING_CONJUNCTION = re.compile(rf"^{_CONJUNCTION_WORD}\s+(?=\S)")
_ENDING_CONJUNCTION = re.compile(rf"(?:^|\s){_CONJUNCTION_WORD}$")
# Arabic and Hebrew write "and" as a letter joined to the next word ("أحمد حسن وسارة خليل", "יוסי
# לוי ומיכל אברהם"): split before it where both sides are names of two words or more.
_JOINING_AND = "وו"
_JOINED_CONJUNCTION = re.compile(rf"(?<=[\u0590-\u06ff])\s+(?=[{_JOINING_AND}][\u0590-\u06ff])")
_SEMITIC_LETTER = re.compile(r"[\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3]")  # a Hebrew or Arabic-script letter
# ... but common given names open with that letter (Walid, Wael, Wissam, Wafaa, Vered): after a comma
# such a name stands alone, and its first letter is no "and" (a list writes "and Walid" "ووليد").
_NAMES_OPENING_WITH_AND = frozenset({
    "وليد", "وائل", "وسام", "وفاء", "وجدي", "وحيد", "وداد", "وعد", "ولاء", "وئام", "وديع", "وصفي", "وفيق",
    "ورد", "وهبة", "وجيه", "وهيب", "وضاح", "ورود", "ورده", "ولید", "وحید", "ורד", "ורדה", "וילי"})
# "Jane Doe mit dpa", "... with additional reporting by John Roe": an agency or more reporters credited
# with the author (not "X im Gespräch mit Y", an interview's people).
_WITH_WORDS = "with|mit|avec|con|com|met|med"
_WITH = re.compile(rf"\s+(?i:{_WITH_WORDS})\s+")
_OPENING_WITH = re.compile(rf"^(?i:{_WITH_WORDS})\s+(?=\S)")  # the same word opening a bracketed note
# A byline all in capitals writes its conjunctions in capitals, the one-letter ones too ("JANE DOE AND
# JOHN ROE", "ANA GARCÍA Y JUAN PÉREZ").
_CAPITAL_CONJUNCTION = re.compile(rf"\s+(?:(?i:{_CONJUNCTION_WORDS})|[{_ONE_LETTER_CONJUNCTIONS.upper()}])\s+")
# ... and CLDR's words in capitals, where capitals hide what tells them from a name's word ("NGUYỄN THỊ LAN
# ANH", "KIM HA NA", "MO YAN"), and a word alone in capitals reads as an agency's acronym: split only
# between names of two words or more each (:func:`_capital_sides`).
_CAPITAL_CLDR_CONJUNCTION = re.compile(rf"\s+(?:{'|'.join(re.escape(word.upper()) for word in _CLDR_CONJUNCTIONS)})\s+")
# "Jane Doe at NPR", "John Roe at The New York Times": English "at" names where a person works, while
# Tagalog's "at" ("and") joins people (:data:`_CONJUNCTION`); no person's name is an agency's acronym,
# opens with an article or a word in capitals, or is the page's own publisher. (Bylines are single-spaced.)
_AT = re.compile(r" (?i:at) ")
_ARTICLE = re.compile(r"(?i:the) ")
# "Jane Doe for Example News", "Juan Pérez para EL PAÍS": the publication written for follows.
_WRITTEN_FOR = re.compile(r"\s+(?i:for|für|pour|para|per|voor|för|dla|для)\s+\S.*$")  # "By Jane Doe For Dailymail.com"
_ACRONYM = re.compile(r"[^\W\d_]{2,4}")  # an agency's acronym ("AP", "AFP", "dpa")
# The list separators of the scripts, between names as between any items: Latin/Cyrillic/Greek comma
# and semicolon, the Arabic comma and semicolon ("محمد أحمد، علي حسن": Arabic, Persian, Urdu), the
# ideographic and fullwidth comma and semicolon ("张三、李四"), the Ethiopic comma and semicolon, the Myanmar
# comma (CLDR's list separators of every language hold no other: "{0}၊ {1}"); no name
# holds one (nor the fullwidth slash of CJK bylines, "記者王小明／台北報導"); a spaced middle dot or bullet sets a byline's parts apart ("Jane Doe · 5 min read"; unspaced,
# Catalan's middle dot is inside a word: "col·lega").
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;|/／&+،؛、，；፣፤၊]|\s-\s|\s–\s|\s—\s|\s[·•]\s)\s*"
                             # a middle dot between names in Hangul ("김철수·이영희 기자"), and Japanese's
                             # between names in kanji ("山田太郎・佐藤花子"); Chinese's "·" joins the parts of
                             # a foreign or Uyghur name ("买买提·依明") as Japanese's does between katakana
                             rf"|(?<=[{_HANGUL}])\s*[·・･]\s*(?=[{_HANGUL}])"
                             rf"|(?<=[{_HAN}])\s*[・･]\s*(?=[{_HAN}])"
                             # "and" between names of two Han characters or more ("王小明和李华", "山田太郎と
                             # 佐藤花子"): one character before or after it is a part of a name ("李和平"); Korean
                             # spaces its "및" between names of one word each ("김철수 및 이영희 기자")
                             rf"|(?<=[{_HAN}]{{2}})\s*[和与與及と]\s*(?=[{_HAN}]{{2}})"
                             rf"|(?<=[{_HANGUL}])\s+및\s+(?=[{_HANGUL}])")
# A Chinese reporter's title before the names it is theirs, spaced ("本报记者 张三 李四 通讯员 王五": two
# reporters, then a correspondent), the outlet before it ("新华社记者"); simplified Chinese only, as
# Japanese spaces a one-kanji surname from its given name ("林 真理子") and writes 記者 after the name.
# ... and in traditional Chinese, as Taiwan's and Hong Kong's papers write them ("記者王小明／台北報導"),
# with the special correspondent (特派員), whom Japanese names after the name (_CJK_ROLE), not before it.
_CHINESE_TITLE_WORD = re.compile("记者|通讯员|实习生|記者|通訊員|實習生|特派員")  # reporter (特派记者: special correspondent), correspondent, intern
_CHINESE_TITLE = re.compile(rf"[{_HAN}]*?(?:{_CHINESE_TITLE_WORD.pattern})")
# A reporter's title after or before a name in Korean, Japanese and Chinese ("홍길동 기자", "山田太郎記者",
# "本报记者 王小明"): the title, not a part of the name.
_CJK_ROLE = re.compile(r"\s*(?:(?:선임|수습)?기자|특파원|논설위원|(?:編集)?記者|特派員|編集委員|论说委员|记者|特派记者|通讯员)$"
                       rf"|^{_CHINESE_TITLE.pattern}\s*(?=\S)"  # "新华社记者王小明": the outlet goes too
                       # ... and Korean's title spaced before the one word of a name ("기자 홍길동")
                       rf"|^(?:(?:선임|수습)?기자|특파원|논설위원)\s+(?=[{_HANGUL}]{{2,4}}$)")
_CHINESE_NAME = re.compile(rf"[{_HAN}]{{2,4}}")
# A line that is names in Hangul or Han, listed by a middle dot, and the reporter's title Korean and Japanese write
# after them ("최유진 기자", "박성훈·김민지 기자", "中村美咲記者"), then nothing or the story's time: the byline written
# out, as "By Jane Doe" is (:func:`is_written_byline`; Daum prints it so in a span of no class naming it).
_NAMES_BEFORE_ROLE = re.compile(rf"([{_HANGUL}{_HAN}]{{2,4}}(?:\s*[·・･]\s*[{_HANGUL}{_HAN}]{{2,4}})*)"
                                r"\s*(?:(?:선임|수습)?기자|특파원|논설위원|(?:編集)?記者|特派員|編集委員)(?=\s|$)")
# ... its names apart: a place's name there is the post a correspondent reports from, written before the title as a
# person's name is ("東京特派員", "台北記者": no one's name; :func:`newsspider.extract.places.is_place_name`).
_NAMES_LIST_DOT = re.compile(r"\s*[·・･]\s*")
# ... and after the names, where or what they report ("北京报道": reports from Beijing, "摄影报道": a
# photo report, "发自北京": sent from Beijing): no name, though as many characters.
# A part of its own (set off by a slash: "记者王小明/北京报道"), it names no one either.
_CHINESE_REPORTED = re.compile(rf"[{_HAN}]*(?:报道|報導|報道)|(?:发自|發自)[{_HAN}]+")
# A name written in Han or Hangul has a surname and a given name: one such character alone is a
# label ("文/陈静": text by; "图/李华": picture by), not a person.
_ONE_HAN = re.compile(f"[{_HAN}{_HANGUL}]")
# ... and one Hangul syllable before a Korean name is such a label ("글 홍길동 기자": text by); Korean
# writes a surname and its given name together (Japanese may space a one-kanji surname: "林 真理子").
_HANGUL_LABEL = re.compile(rf"^[{_HANGUL}]\s+(?=[{_HANGUL}]{{2}})")
# A Korean name is one word of two to four syllables: before a reporter's title it is the last word,
# what precedes it the outlet or desk ("아시아경제 홍길동 기자", "뉴스1 홍길동 기자").
_KOREAN_NAME_BEFORE_ROLE = re.compile(rf"(?:^|\s)([{_HANGUL}]{{2,4}})\s*(?:(?:선임|수습)?기자|특파원|논설위원)$")
# A byline all in brackets, as Korean, Japanese and Chinese papers print it ("[아시아경제 홍길동 기자]",
# "（记者 王小明）", "【ワシントン=山田太郎】": place or outlet "=" name): its inside.
_CJK_WRAPPED = re.compile(r"^[\[(（【〔]([^\[\]()（）【】〔〕]*)[\])）】〕]$")
_CJK = re.compile(f"[{_KANA}{_HAN}{_HANGUL}]")
_PLACE_EQUALS = re.compile(r"^[^=＝]+[=＝]\s*(?=\S)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # from a run's start only: linear
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_NOTE = re.compile(r"[(\[]\s*([^()\[\]:]*?)\s*[)\]]")  # "(Fotos)": a role in brackets after a name
# "Photo: Getty Images", "(Foto: dpa)": what follows is a picture's credit, not a byline.
# "Photo" in the scripts and languages whose pages print a picture's credit beside the byline ("ภาพ:
# ...", "사진=...", "צילום: ...", "Ảnh: ...", "عکس: ..."), alone or as a label's first word ("Photo credit:",
# "Foto copyright:").
_PICTURE_WORDS = (r"photos?|fotos?|fotó|фото|снимк[аи]|φωτογραφί(?:α|ες)|pictures?|bild(?:er)?|images?|grafik|illustrations?|"
                  # Dutch's plural written with an apostrophe ("Foto's"), Malay's and Indonesian's picture
                  r"foto['’]s|gambar|"
                  # Bulgarian (снимка, above); Dutch, Finnish, Polish, Lithuanian, Spanish, Portuguese, Italian, Estonian,
                  # Hungarian
                  r"beeld|kuva(?:t)?|zdjęci[ea]|nuotrauk(?:a|os)|imagen(?:es)?|imagem|imagens|immagin[ei]|pildi(?:d)?|"
                  r"kép(?:ek)?|"
                  r"ภาพ|사진|写真|摄影|图片|圖片|照片|عکس|تصوير|صورة|צילום|फोटो|तस्वीर|ছবি|படம்|ảnh|ფოტო|ፎቶ|fotoğraf(?:lar)?|fotod|"
                  # Swahili, Hausa, Zulu, Yoruba
                  r"picha|hoto|isithombe|àwòrán|"
                  # Khmer, Burmese, Sinhala, Armenian
                  r"រូបថត|ဓာတ်ပုံ|ඡායාරූප|լուսանկար(?:ը|ներ)?")
# "Foto: dpa/Max Muster", "Снимка: Getty Images/Guliver": a picture's credit names the agencies and
# photographers it joins with slashes, up to the byline's next separator: none of them is an author.
_SLASHED_CREDIT = re.compile(rf"(?:^|(?<=[\s|;,·•]))(?i:{_PICTURE_WORDS})(?:\s+[^\W\d_]+)?\s*[{_COLONS}{_AUTHOR_WORD_MARK}=]\s*[^|;,·•/]*(?:/[^|;,·•/]*)+")
_CREDIT = re.compile(rf"^(?:(?:{_PICTURE_WORDS})(?:\s+[^\W\d_]+)?|credit|video|видео|"
                     # the video's word as Spanish, Portuguese, Catalan, French, Hungarian, Polish, Ukrainian, Greek write it
                     r"vídeo|vidéo|videó|wideo|відео|βίντεο|영상|動画|视频|vaizdo įrašas|"
                     r"quelle|source|fuente|nguồn|sumber|crédit|credits?|"
                     # a source's label in more languages (Italian/Portuguese, Dutch, Polish, Russian, Ukrainian,
                     # Czech/Slovak, Swedish, Danish/Norwegian, Turkish, Finnish, Hungarian, Romanian, the South
                     # Slavic languages, Greek, Hebrew, Arabic, Persian, Hindi, Japanese, Chinese, Korean): "Bron: ANP"
                     # credits the agency the story is taken from, as "Quelle: dpa" does, not its writer
                     r"fonte|bron|źródło|источник|джерело|zdroj|källa|kilde|kaynak|lähde|forrás|surs[aă]|izvor|πηγή|"
                     r"מקור|المصدر|منبع|स्रोत|出典|出处|來源|来源|출처|"
                     # ... Swahili, Hausa, Zulu, Amharic ("Chanzo: Reuters")
                     r"chanzo|majiya|umthombo|ምንጭ|"
                     # who edited the story, beside who wrote it ("Penulis: Siti | Editor: Agus"; Swahili "Mhariri")
                     r"editor|redaktur|penyunting|biên tập(?: viên)?|编辑|责任编辑|責任編集|mhariri)"
                     # ... set off by any script's colon (:data:`_COLONS`: Khmer's "រូបថត៖ ...", Ethiopic's "ፎቶ፦ ...") or
                     # Armenian's label mark ("Լուսանկարը՝ ...")
                     rf"(?:\s*[{_COLONS}{_AUTHOR_WORD_MARK}=]|\s+(?:by|von|de|par|di|door|av|af)\s)",
                     re.IGNORECASE)
# "Theo TTXVN", "theo Reuters", "Theo Tuổi Trẻ": Vietnamese "according to", the story's source, not its author.
# Capitalised, "Theo" is also a given name ("Theo Sommer"): the credit's only before an agency's acronym
# (a word in capitals) alone or a name in Vietnamese's own letters (ă, đ, ơ, ư and the tone-marked vowels).
_ACCORDING_TO = re.compile(r"^(?:theo\s|Theo\s+(?:[A-ZĐ]{2,6}$|\S*[ăđơưĂĐƠƯ\u1ea0-\u1ef9]))")
# ... and in other languages: "Según EFE", "Selon Le Monde", "Laut dpa", "Menurut Kompas", "Volgens de NOS" (a word
# no name is), or after the source ("Anadolu Ajansına göre", "dpa zufolge"): the source, not the writer.
_ACCORDING_BEFORE = re.compile(r"^(?i:según|selon|laut|gem[äa]ß|gem[äa]ss|menurut|volgens|enligt|ifølge|iflg\.|"
                               r"według|podle|conform|согласно|по данным|за даними|σύμφωνα με|according to)\s+(?=\S)")
_ACCORDING_AFTER = re.compile(r"(?<=\S)\s+(?i:göre|zufolge|szerint|mukaan)$")
# "Theo", "Segundo", "Secondo", "Segun", "Prema" (Vietnamese, Portuguese, Italian, Spanish without its accent,
# Croatian "according to") and "Via" are given names too ("Theo Sommer", "Segundo Romero", "Segun Adeyemi",
# "Prema Kumar"): capitalised, they credit a source before an article ("Segundo a Folha"), an
# agency, a web address, or an outlet's one word with a capital inside ("VnExpress"; not a name's after
# "Mc", "Mac" or a particle: "McDonald", "DeVito").
_AMBIGUOUS_ACCORDING = re.compile(r"^(?:(theo|segundo|secondo|segun|prema|via)|(?:Theo|Segundo|Secondo|Segun|Prema|Via))"
                                  r"\s+(\S.*)$")
_OUTLET_ARTICLE = re.compile(r"(?i:a|o|os|as|il|la|lo|l['’]|gli|le|i)(?:\s|(?<=['’]))")
_CAMEL_OUTLET = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z])[^\W\d_]*[a-z][A-Z][^\W\d_]*")
_VIETNAMESE_LETTER = re.compile(r"[ăđơưĂĐƠƯâêôÂÊÔ\u1ea0-\u1ef9]")
# "Penulis Budi Santoso | Editor Agus Salim": who edited the story, labelled without a colon before a name.
_EDITOR_BEFORE_NAME = re.compile(r"^(?i:editor|redaktur|penyunting)\s+(?=[A-Z])")
# ... while a writer's title there, with a word or two saying which (:data:`MAX_TITLE_QUALIFIERS`: "Staff Reporter",
# "Senior Correspondent"), is the author's own: "Korrespondent Hans Meier", "Reporter Jane Doe" name Hans
# Meier and Jane Doe, before a name of two words or more (the words of _ROLE that name who writes); not
# after an article ("The Writer Magazine": an outlet's name).
# Title words in a row are one title, taken whole ("Freelance Journalist Jane Doe"), and none opens the name
# after it ("Freelance Journalist Network" names an organisation, kept whole).
MAX_TITLE_QUALIFIERS = 2
# The words for who writes, one each (a role's word in :data:`_ROLE` too, plural there).
_WRITER_WORDS = ("writer|reporter|correspondent|redakteur(?:in)?|korrespondent(?:in)?|correspondant(?:e)?|corresponsal|"
                 "redactor(?:a)?|giornalista|journalist(?:in)?|journaliste|contributor|columnist|kolumnist(?:in)?|chroniqueur|"
                 "chroniqueuse|columnista|colaborador(?:a)?|freelancer?|gastautor(?:in)?|"
                 # ... and the reporter's, journalist's or correspondent's word in more languages written with capitals
                 "rep[oó]rter|dziennikar(?:z|ka)|muhabiri?|корреспондент(?:ка)?|журналист(?:ка)?|кореспондент(?:ка)?|"
                 "журналіст(?:ка)?|wartawan|jurnalis|toimittaja|novinář(?:ka)?|újságíró|tudósító|δημοσιογράφος|ανταποκριτής|"
                 "ziarist[aă]|corespondent|novinar(?:ka)?|dopisnik|verslaggever")
_TITLE_WORD = rf"(?i:{_WRITER_WORDS})"
_TITLE_WORD_ALONE = re.compile(_TITLE_WORD)  # one word that is a writer's title (:func:`_without_title_after`)
_WRITER_TITLE_ENDING = re.compile(rf"{_TITLE_WORD}$")  # ... or ends a compound one ("Chefredakteurin": is_writer_title)
# The other one-word titles a newsroom gives in a JSON-LD ``jobTitle`` beside the writer's (is_writer_title): the
# writer's words' feminine and other forms (German "Reporterin", Polish/Czech "redaktorka", Swedish "redaktör", Dutch
# "redacteur", French "rédactrice", Turkish "editör", Russian "редактор", "обозреватель"; Spanish and Portuguese
# "periodista", "jornalista"), who photographs, films, presents, produces, comments or writes a book: a title a
# name ends in is cut off, where another word there is the surname ("Mary Ann Cook" / "Cook").
_NEWSROOM_TITLE_ENDING = re.compile(
    r"(?i:(?:reporter(?:in|ka)|redakt(?:or|ör)(?:ka|in)?|r[ée]dact(?:eur|rice)|edit[öo]r(?:in|ka)?|"
    r"редактор|обозреватель|оглядач|periodista|jornalista|photographer|fot[oó]graf(?:in|o|a|ka)?|fotoreporter|"
    r"kameramann|cameraman|camerawoman|producer|produzent(?:in)?|anchor|presenter|moderator(?:in|ka)?|"
    r"author|autor(?:in|a|ka)?|auteur|critic|kritiker(?:in)?|analyst(?:in)?|commentator|kommentator(?:in)?|intern|"
    r"praktikant(?:in)?|stagiaire|blogger(?:in)?))$")
_WRITER_TITLE = re.compile(rf"^(?!{_ARTICLE.pattern})(?:[^\W\d_]+\s+){{0,{MAX_TITLE_QUALIFIERS}}}?(?:{_TITLE_WORD}\s+)+"
                           rf"(?!{_TITLE_WORD}\b)(?=[^\W\d_]+\s+\S)")
# "القاهرة - محمود سامي", "غزة ـ أحمد حسن": an Arabic-script dateline, one word (the place) and a dash or a
# tatweel before a name of two words or more; Arabic joins two people with "و", not a dash.
_ARABIC_DATELINE = re.compile(r"^[\u0621-\u063f\u0641-\u06ff]+\s*[-ـ–—]\s*(?=[\u0621-\u06ff]+\s+[\u0621-\u06ff])")
# ... but a side that opens with Arabic's article "ال" is the dateline's place ("القاهرة", "الدار البيضاء"),
# whatever the other side's words: a given name does not open with the article. So a one-word name before
# such a dateline stays ("محمود - الدار البيضاء"), and one after it ("القاهرة - محمود"). Only a byline of
# two sides of Arabic-script words (single-spaced).
_ARABIC_WORDS = r"[\u0621-\u063f\u0641-\u06ff]+(?: [\u0621-\u063f\u0641-\u06ff]+)*"
_ARABIC_DASHED = re.compile(rf"({_ARABIC_WORDS}) ?[-ـ–—] ?({_ARABIC_WORDS})")
_ARABIC_ARTICLE = "ال"
# Amharic writes "by" as the letter በ joined to the name ("በአበበ ከበደ"). It opens names too (በቀለ), so it
# is read as "by" only before a vowel-initial word (a glottal letter, the አ and ዐ rows: no native word has
# one after a consonant) or where each name of a joined byline opens with it ("በሰላም ታደሰ እና በዮሐንስ ገብሬ").
_ETHIOPIC_BY_VOWEL = re.compile(r"^በ(?=[\u12a0-\u12af\u12d0-\u12d7])")
_ETHIOPIC_BY_EACH = re.compile(r"^በ(\S+(?:\s+\S+)*?\s+እና\s+)በ(?=\S)")
# "写真" alone: a credit's word the middle dot split from its name ("写真・山田太郎"), naming nobody (a
# Latin word alone may name a publication: "BILD").
_PICTURE_WORD = re.compile(r"사진|写真|摄影|图片|圖片|照片")
_PICTURE_DOT = re.compile(rf"(?<![^\s;,])({_PICTURE_WORD.pattern})\s*[・·]")  # "写真・小林誠": a credit, as "写真：小林誠"
# "文/陈静 图/李华": "图" (picture) before a slash after the text's author is a credit, as "图片：李华".
_PICTURE_SLASH = re.compile(r"(?<=\s)[图圖]\s*/\s*\S.*$")
# "Von unserem Korrespondenten Max Muster", "De notre envoyée spéciale Marie Dupont", "By our correspondent": the
# paper's "our" and the staff member's role (a word, and the lower-case words after it) before the name (or
# naming nobody), with the byline word before them; "our" in German, English, French, Spanish, Italian,
# Portuguese, Dutch, the Scandinavian languages, Polish, Czech, Slovak, Russian and Ukrainian.
_OUR = re.compile(r"(?:(?<=\s)|^)(?:(?i:von|vom|by|from|de|du|par|por|dal|dalla|di|da|door|van|av|af|fra|od|от|від)\s+)?"
                  r"(?i:unser(?:em|er|en|e)?|our|notre|nuestr[oa]|nostr[oa]|noss[oa]|onze|vår|vårt|vores|"
                  r"nasz(?:ego|ej|a)?|n[aá]š(?:eho|ej|a|e)?|наш(?:его|ого|а|ей|ої)?)\s+(?=[^\W\d_])")
# "Edited by ...", "Updated March 5, 2024", "Fact-checked by ...": who revised the story and when, no author.
# "Posted on", "Veröffentlicht am": when the story went up, the label of a date (not "Posted by Jane Doe").
# "Publiziert am", "Publicado el", "Publié le", "Opublikowano": the same label in other languages (a
# blog template's date label in its byline's author slot).
_REVISION = re.compile(r"^(?:edit(?:ed|ing)|updated|reviewed|fact[- ]checked|translated|produced|compiled"
                       r"|(?:posted|published|veröffentlicht|publiziert|publicad[oa]|publiée?|pubblicat[oa]|gepubliceerd"
                       r"|opublikowan[oey]|publicerad|publiceret|julkaistu)(?!\s+(?:by|von|por|par|da|door|przez|av|af)\b))(?!\w)",
                       re.IGNORECASE)
# A picture's licence in its author field ("public domain", "CC BY-SA 4.0").
_LICENCE = re.compile(r"(?:public domain|creative commons|cc[ -]by|cc0)\b", re.IGNORECASE)
# "A column by Jane Doe", "Un article par Jeanne Dupont": words naming the piece, then its byline word
# (not "von" or "de", which are particles of names too: "Ursula von der Leyen").
_BYLINE_INSIDE = re.compile(r"^(?:[^\W\d_]+\s+){1,3}(?:by|par|por|door|av|od)\s+(?=[^\W\d_])"
                            # ... and German's and Italian's "written by", "posted by": a participle before "von"
                            # or "da", which open no name after one ("Ursula von der Leyen", "Maria da Silva")
                            r"|^(?:geschrieben|verfasst|eingestellt|gepostet|veröffentlicht|publiziert|erstellt|scritt[oa]|pubblicat[oa]"
                            r"|postat[oa]|inviat[oa])\s+(?:von|da)\s+(?=[^\W\d_])", re.IGNORECASE)
# ... and the byline word a label ends in where the name it introduces is printed in another element.
_DANGLING_BY = re.compile(_BY)
_REPORTING = re.compile(r"(?:additional\s+)?reporting\s+(?:by|from)\s", re.IGNORECASE)
# "Jane Doe @janedoe": a social handle beside the name.
_HANDLE = re.compile(r"\s+@\w+")
# A name's words start with a capital; a part that opens with a lower-case word this long is a phrase
# ("lives in Paris") unless it is one word (an agency, "dpa"; a handle).
PHRASE_WORD_CHARS = 4
# ... and a capitalised part holding this many such words after its first is a sentence: a name holds
# one particle of that length at most ("Luca della Valle").
SENTENCE_WORDS = 2
# What a biography says of the person after the name, in lower case ("is a reporter", "est un journaliste"): this
# many words at least (:func:`_without_predicate`). Two read as a particle and a surname the page writes in lower case
# ("Gareth Wyn ap dafydd", "David Levi ben david", "Síle Máire ní chinnéide") as much as a verb and a role ("Matti
# Virtanen on tutkija"): those stay whole, as written.
PREDICATE_WORDS = 3
# ... but a particle joined to a capitalised name by a hyphen or an apostrophe opens a name ("al-Hassan
# Ahmed", "d'Alembert Jean", "dell'Acqua Marco").
_PARTICLE = re.compile(r"[^\W\d_]+['’-](?=[^\W\d_])")
# A picture's credit after the name, unseparated ("Jens Bergmann Foto: Michael Hudler").
_CREDIT_AFTER = re.compile(rf"\s+(?:{_PICTURE_WORDS})\s*[:：=].*$", re.IGNORECASE)
# "AP Auto Writer", "Staff Reporter", "FOCUS-Online-Korrespondent": a role beside the names, not a person.
# Reporter, correspondent, editor in Arabic, Persian, Urdu, Hindi, Bengali, Tamil, Thai, Hebrew, Georgian, Amharic.
_UNCASED_ROLES = ("مراسل(?:ة)?|محرر(?:ة)?|خبرنگار|نامہ نگار|رپورٹر|संवाददाता|रिपोर्टर|संपादक|प्रतिनिधि|"
                  "প্রতিবেদক|সংবাদদাতা|প্রতিনিধি|நிருபர்|ผู้สื่อข่าว|นักข่าว|כתב(?:ת)?|"
                  "კორესპონდენტი|ჟურნალისტი|ዘጋቢ|ሪፖርተር")
_ROLE = re.compile(rf"(?:^|[\s-])(?:(?:{_WRITER_WORDS})s?|editors?|staff|"
                   # a newsroom's desk ("IN-Redaktion", "Redazione", "Редакция") and a site's account
                   r"redaktion|rédaction|redaction|redazione|redacció|redacci[oó]n|redação|redakcja|redactie|redaksjon(?:en)?|"
                   r"редакция|редакція|newsroom|news desk|desk|admin(?:istrator)?|webmaster|"
                   # ... in Czech, Indonesian, Finnish, Hungarian, Romanian, Croatian, Greek, Turkish ("NTV Haber
                   # Merkezi": news centre), Japanese (編集部) and Korean (편집국)
                   r"redakce|redaksi|toimitus|szerkesztőség|redacția|redacţia|redactia|uredništvo|σύνταξη|"
                   r"haber merkezi|haber masası|編集部|편집국|"
                   # who else writes, and a degree after a name ("Jane Doe, MD", "Jane Doe, MS, RDN")
                   r"guest author|"
                   r"ph\.?\s?d\.?|m\.?d\.?|m\.?\s?sc\.?|mba|m\.?s\.?|m\.?p\.?h\.?|r\.?d\.?n?\.?|r\.?n\.?)$|^special to\b"
                   # a Master of Arts alone in its part, in capitals ("Jane Doe, MA"): "Ma" is also a surname
                   r"|^(?-i:M\.?A\.?)$"
                   # Indonesian names the role before whose it is: "Laporan Wartawan Tribunnews.com" (the
                   # report of Tribunnews.com's reporter), "Kontributor Kompas.com"
                   r"|^(?:laporan\s+)?(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+\S+\.[a-z]{2,}$"
                   # scripts without capitals, where a role is not told from a name by its case (a cased
                   # one's in lower case beside a name: _beside_name): the word for a reporter, alone or
                   # before the outlet ("أحمد حسن - مراسل الجزيرة")
                   rf"|(?:^|\s)(?:{_UNCASED_ROLES})(?:\s|$)",
                   re.IGNORECASE)
# ... and such a word before or after a name of two words or more in the same part ("रिपोर्टर राहुल शर्मा",
# "ประเสริฐ วงศ์ใหญ่ ผู้สื่อข่าว"), as the title of Korean, Japanese and Chinese reporters (_CJK_ROLE).
_UNCASED_ROLE_BEFORE = re.compile(rf"^(?:{_UNCASED_ROLES})\s+(?=\S+\s+\S)")
_UNCASED_ROLE_AFTER = re.compile(rf"(?<=\S)\s+(?:{_UNCASED_ROLES})$")
# "Jane Doe, mit Material von dpa", "... with reporting by Reuters", "... con información de EFE": a
# clause crediting what an agency supplied, after the names (German, English, Spanish, Portuguese,
# Italian, French, Catalan); where it credits agencies only, none of them wrote the story.
_MATERIAL_CLAUSE = re.compile(
    r"(?:^|\s*[,;|·]\s*|\s+)(?i:(?:mit|with|con|com|amb|avec)\s+)?(?i:additional\s+)?"
    r"(?i:material\s+(?:von|der|des|from)|reporting\s+(?:by|from)|informaci[oó]n(?:es)?\s+de|"
    r"informaç(?:ão|ões)\s+d[aeo]s?|informazioni\s+d[ia]|(?:des\s+)?informations\s+d[eu]|informació\s+de)\s+(?=\S)")
# A name list's byline word written capitalised where it is also a given name: Catalan's "Per" (a
# Scandinavian name), Italian's "Di" (a surname's particle: "Di Maio"). Before a list of two names or
# more, each of two words or more, joined by that language's own "and", it is the byline word.
_LIST_BY = {"Per": "i", "Di": "e"}
# "Jane Doe in Kyiv": where the person reports from, after a name of two words or more; the place's
# words capitalised (not a particle: "Sophie in 't Veld"). The word "in" or "from" of the languages
# _PLACE_ALONE reads ("Hans Meier aus Berlin", "Иван Петров из Москвы", "Jan Novák v Praze"), but a name's
# particle ("dal", "dalla": "Carlo Alberto dalla Chiesa"), a language's "and" ("en", "we", "ve"), and the Polish
# "z", which is "with" too ("Jan Kowalski z Anną Nowak" names two).
PLACE_WORDS = 3  # a place's words at most ("New York City")
_PLACE_AFTER = re.compile(r"(?<=\S)\s+(?:in|im|em|à|au|aux|dans|aus|from|desde|w|v|в|во|из|у|σε|στην|στη|στο)"
                          rf"((?:\s+[^\W\d_][\w.'’-]*){{1,{PLACE_WORDS}}})$")
# ... and a part that is such a place alone after the word "in" or "from" ("Em São Paulo", "In Kyiv", "en Madrid",
# "à Paris", "aus Berlin", "w Warszawie", "в Москве", "στην Αθήνα"): where the byline's people report from, no person.
# Capitalised as a line's first word in the languages none of whose names it opens ("Im", "Im Jae-won", is a Korean surname);
# "In", "Em", "En" also open names ("In Soon-hee", a Korean surname; "Em Steck", "En Li", given names) of two words,
# so capitalised they are a place's only before two words at least ("Em São Paulo", "In New York").
_PLACE_ALONE = re.compile(r"^(?:in|im|em|en|à|au|aux|dans|aus|from|desde|dalla|dal|w|we|v|ve|z|ze|в|во|из|у|σε|στην|στη|στο|"
                          rf"Aus|From|Desde|(?:In|Em|En)(?=\s+\S+\s+\S))((?:\s+[^\W\d_][\w.'’-]*){{1,{PLACE_WORDS}}})$")
# "Redazione ANSA", "Redaktion dpa": a newsroom's desk word before the agency it belongs to.
_DESK_BEFORE = re.compile(r"^(?i:redazione|redaktion|rédaction|redacció|redakcja|redactie|redaksjon(?:en)?|newsroom)\s+(?=\S)")
# "Getty Images", "imago images", "Alamy Photos": a picture agency, whose name ends in its pictures' word.
_PICTURE_AGENCY = re.compile(r"\s(?i:images|photos|pictures|bilder|fotos|imágenes|imagens|immagini)$")
_ADDRESS = "\ufffc"  # stands for a web address while a byline is split
# An "&" between two words of a firm's name ("Ernst & Young", "Procter & Gamble", "Dupont & Associés") stands for
# this while a byline is split: an "&" lists names only where each side is a full name of two words or more
# ("Jane Doe & John Roe"), as the conjunctions do (:func:`_names_someone`), or an agency ("Jane Doe & AP").
_FIRM_AND = "\ue000"
_AMPERSAND_SIDES = re.compile(r"([^,;|/／&+،؛、，；]*)&(?=([^,;|/／&+،؛、，；]*))")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()\[\]]+", re.IGNORECASE)  # not the bracket around it
_HAS_LETTER = re.compile(r"[^\W\d_]")
_LETTERS_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # a word of letters ("O'Brien", "Müller-Lüdenscheidt")
_DIGIT = re.compile(r"\d")
# A date or a time a byline prints beside its names ("By Jane Doe - March 5, 2024", "Par Jeanne Dupont le 5 mars
# 2024 à 10h30", "Jane Doe 3 hours ago", "홍길동 기자 2024.03.05 10:33"): no name holds one. A time ("10:33",
# "10.33", "10h30", "10 a.m."), a date in numbers ("05.03.2024", "2024-03-05"), a year of the 20th or 21st
# century; a day's number beside a month's name is :func:`_date_start`'s (not a number alone: "France 24").
_CLOCK = r"\d{1,2}[:h]\d{2}(?!\d)|\d{1,2}\.\d{2}(?![\d.])|\d{1,2}\s?(?i:[ap]\.?m\.?)(?![^\W\d_])"
_TIME_OR_DATE = re.compile(rf"(?<![\w.:/-])(?:{_CLOCK}"
                           r"|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|(?:19|20)\d\d(?!\d))")
_TIME = re.compile(_CLOCK)  # ... the time alone: what a day named from today in one word is the date's before
# ... a date in numbers that slashes divide ("05/03/2024"), read before the slash splits the byline's list.
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,4})/(\d{1,2})/(\d{2,4})(?![\d/])")
# A day's number ("5", "5.", "5th", "1er"), a date's where a month's name stands before or after it ("March 5",
# "5. März", "5 de marzo": :func:`newsspider.extract.calendars.is_month_name`, any CLDR language).
_DAY_NUMBER = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?,?")
_DAY_LINKS = frozenset({"de", "of"})  # between a day's number and its month: "5 de marzo", "5th of March"
DATE_PHRASE_WORDS = 3  # the words of a date's phrase at most ("Mis à jour", "Zuletzt aktualisiert am")
# A word in lower case before a date this long at most is its preposition ("on", "le", "op", "às", "kl."), not a
# name's (a name the page writes in lower case: "By viktor hedlund on March 5").
PREPOSITION_CHARS = 3
# A capitalised word run on after a word's lower-case letter ("FoustMonday": a name's element and the date's
# element after it, their texts joined without a space).
_GLUED_WORD = re.compile(r"(\w*[^\W\d_](?<=[a-zß-ÿ]))([A-ZÀ-Þ][^\W\d_]+)")
MIN_MONTH_CHARS = 3  # a month's abbreviation ("Mar", "Mär"; not a date token "h", "de")
MAX_NAME_WORDS = 6
# A name of this many words may end in a month's or weekday's name that is its own ("Maria Cristina Mayo",
# "Juan Carlos Domingo"): where that word opens no date with what follows (:func:`_opens_date`).
NAME_AND_DATE_WORDS = 3
# The languages whose weekday and relative day names a byline's date is read by (:func:`_weekday_names`,
# :func:`_relative_days`): those whose places are read and those of the cleaning patterns.
_DATE_LANGUAGES = tuple(dict.fromkeys((*PLACE_LANGUAGES, *available_languages())))
# CLDR's fields naming days relative to today: the day's ("yesterday") and each weekday's ("last Monday").
_RELATIVE_DAY_FIELDS = ("day", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
MIN_RELATIVE_DAY_CHARS = 3  # shorter, such a name is a person's too (Hungarian "ma", today: the surname "Ma")
_YEAR_OPENING = re.compile(r"(?:19|20)\d\d(?![\d./:-]*\d)")  # a year alone, no date in numbers it opens ("2024-03-05")
# What a template prints where its author has no name ("Eingestellt von Unknown": Blogger's profile without
# one; a script's empty value): no one.
_PLACEHOLDERS = frozenset({"unknown", "undefined", "null", "none"})
# "Jane Doe 12345": a user's or an author's numeric id after the name, a number of this many digits at
# least (a day, "March 5", has two at most: not an id, and no name either), after words without digits.
MIN_ID_DIGITS = 3
_TRAILING_ID = re.compile(rf"(?<=[^\W\d_])\s+\d{{{MIN_ID_DIGITS},}}$")
# A word of a byline in lower case this long at least may be a name's: shorter, a writer's initials ("ssi, dan").
MIN_UNCASED_NAME_CHARS = 4
# The particles before a surname ("van der Berg", "de la Cruz", "von Weizsäcker", "dos Santos", "al-" aside):
# written before it when the name is inverted ("van der Berg, Anna"), the first capitalised too at times.
SURNAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di", "da", "das",
                               "do", "dos", "du", "la", "le", "les", "ten", "ter", "zu", "zur", "af", "al", "el",
                               "bin", "ibn"})
# "oprac. Jan Kowalski" (Polish "compiled by"), "red. Anna Nowak": a label abbreviated in lower case before
# the name; where its letters open a picture's word ("fot.", "zdj.", "phot.": :data:`_PICTURE_ABBREVIATED`)
# the name is a photographer's: three letters at least ("fot.", "zdj.", "kép."), as two open too many other
# words ("im.", Polish "named after", opens image, imagen, immagine).
_ABBREVIATED_LABEL = re.compile(r"^([^\W\d_]{2,6})\.\s+(?=[^\W\d_])")
MIN_PICTURE_ABBREVIATION = 3
_PICTURE_ABBREVIATED = ("photo", "foto", "fotó", "фото", "bild", "image", "imagen", "immagine", "zdjęci", "kuva", "nuotrauk",
                        "pildi", "kép", "beeld", "grafik", "illustration")
# A publisher's name of this many words at least, opening a byline, is the publisher's with its tagline after.
MIN_PUBLISHER_WORDS = 2


def author_names(values: Iterable[str], organisations: Iterable[str] = (), *, apart: bool = False,
                 language: str | None = None) -> list[str]:
    """People (and credited agencies) named by ``values``, in order, each once.

    ``organisations`` are the page's own publisher and site names (and host): named beside
    people they are the publisher's credit and left out; named alone they are the author (a
    page without a personal byline). So are roles ("TOM KRISHER, AP Auto Writer").
    ``values`` are the texts of one byline (a byline box's elements), whose one word after a full
    name is said of that person (:func:`_beside_name`), or with ``apart`` each an author declared
    on its own (JSON-LD's, a meta tag's): one word there is a person of one name ("Kurniawan").
    ``language`` is the language the page declares (a BCP 47 tag): CLDR's "and" of that language joins names
    there even where it is a particle or a preposition elsewhere (:func:`_conjunction_pattern`).
    """
    conjunctions = _conjunction_pattern(language)
    own = _keys(organisations)
    found: dict[str, str] = {}
    previous = ""
    values = list(values)
    given_first = not apart and len(values) > 1 and any(map(_written_given_name_first, values))
    for value in values:
        if apart:
            previous = ""
        for name in _split(value, own, inverted=not given_first, conjunctions=conjunctions):
            name = _without_publication(name, own)
            if not _beside_name(name, previous) and not _shortened(name, found.values()):
                found.setdefault(name_key(name), name)
                previous = name
    found.pop("", None)
    people = [name for name in found.values() if not _publishers(name, own) and not is_role(name)]
    return people or list(found.values())


def is_role(name: str) -> bool:
    """Whether ``name`` is a role (:data:`_ROLE`), alone or with where it is held after it: a role's word,
    then a word in lower case opening the place or desk ("Korrespondentin in Paris", "Correspondent in
    Paris", "Redakteurin im Ressort Politik"; a name's particle follows a given name, not a role)."""
    if _ROLE.search(name):
        return True
    words = name.split()
    return len(words) > 2 and words[1].islower() and bool(_ROLE.search(words[0]))


def ends_with_conjunction(text: str) -> bool:
    """Whether ``text``'s last word is a conjunction of a byline's names (:data:`_CONJUNCTION_WORD`)."""
    return bool(_ENDING_CONJUNCTION.search(text))


def is_writer_title(word: str) -> bool:
    """Whether ``word`` is a role (:func:`is_role`: "Editor", "Korrespondentin") or a compound ending in a
    writer's title word (:data:`_WRITER_WORDS`: "Chefredakteurin", "Sportreporter", "Auslandskorrespondent") or in
    another newsroom title (:data:`_NEWSROOM_TITLE_ENDING`: "Reporterin", "Fotografin", "Periodista")."""
    return (is_role(word) or _WRITER_TITLE_ENDING.search(word) is not None
            or _NEWSROOM_TITLE_ENDING.search(word) is not None)


def is_byline_label(text: str, written: bool = False) -> bool:
    """Whether ``text`` is a byline word alone ("By", "Autor:"): a label the writer's name follows
    on a line of its own; ``written``: a line of the story's own text (:data:`_WRITTEN_BYLINE_WORD`)."""
    match = (_WRITTEN_BYLINE_WORD if written else _BYLINE_WORD).match(text)
    return match is not None and match.end() == len(text)


# A byline's parts set apart on its line, as the byline, the date and the reading time are ("By Jane Doe · 12 May
# 2024", "Von Hans Meier | 3 Min."): a middle dot, a bullet or a bar spaced on both sides.
_SPACED_PARTS = re.compile(r"\s[·•|]\s")


def is_written_byline(text: str) -> bool:
    """Whether ``text`` is a byline written out in the story (:func:`_written_names`), or one whose parts after
    the first, set apart by a spaced middle dot, bullet or bar (:data:`_SPACED_PARTS`), are each a date, a time or
    a reading time, or names in Hangul or Han and the title written after them, then a date or nothing
    (:data:`_NAMES_BEFORE_ROLE`: "최유진 기자") ("By Jane Doe · 12 May 2024", "Par Jeanne Dupont | 3 min": :func:`_dates_or_reading_time`): there
    the byline is the first part, names of two words or more, each word capitalised but a surname's particle or a
    conjunction (not "Von der Leyen · 12. Mai", "От Москвы до Питера · 700 км"; not "By Air · 12 May")."""
    if _written_names(text):
        return True
    role = _NAMES_BEFORE_ROLE.match(text)
    if (role is not None and (role.end() == len(text) or _date_start(text[role.end():]) is not None)
            and not any(map(is_place_name, _NAMES_LIST_DOT.split(role.group(1))))):
        return True  # "최유진 기자", "최유진 기자 입력 2024.09.11 06:05"; not a correspondent's post ("東京特派員")
    parts = _SPACED_PARTS.split(text)
    if len(parts) < 2 or not all(_DIGIT.search(part) for part in parts[1:]) or not _written_names(parts[0]):
        return False
    if not _dates_or_reading_time(parts[1:]):
        return False  # a series' or a route's label: "By The Book | Season 3", "Przez Polskę i Czechy · 700 km"
    match = _WRITTEN_BYLINE_WORD.match(parts[0])
    rest = parts[0][match.end():].split() if match else []
    return len(rest) >= 2 and rest[0][0].isupper() and all(
        word[0].isupper() or word in SURNAME_PARTICLES or _CONJUNCTION_ALONE.fullmatch(word) for word in rest)


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")  # a part that is a year and nothing else (:func:`_dates_or_reading_time`)


def _dates_or_reading_time(parts: list[str]) -> bool:
    """Whether each of a byline's later ``parts`` holds a date or a time (:func:`_date_start`: "12 May 2024", "Updated
    12:30 PM") or counts minutes (:func:`newsspider.extract.calendars.counts_minutes`: "3 min read"), as a byline
    sets them beside the names; not a count of other things a label's or a headline's line holds ("Part 2", "Folge
    3", "700 km"), nor a year alone, which dates an edition or a label, no story's day ("By The Numbers · 2024")."""
    return all(not _YEAR_ALONE.fullmatch(part.strip()) and (_date_start(part) is not None or counts_minutes(part))
               for part in parts)


def opens_uncased_byline(text: str) -> bool:
    """Whether ``text`` opens with a byline word (:data:`_BYLINE_WORD`) and a word of a script without capitals
    after it ("โดย สมชาย ใจดี, AP", "بقلم أحمد حسن"): where capitals tell no name from a sentence's words, an element
    the page marks as the byline's holds a byline so written."""
    match = _BYLINE_WORD.match(text)
    words = text[match.end():].split() if match else []
    return bool(words) and words[0].upper() == words[0].lower()


def _written_names(text: str) -> bool:
    """Whether ``text`` is a byline written out in the story ("By Jane Doe", "Written by: Jane Doe
    and John Roe"): a byline word, then names only: each listed part two names and a conjunction
    at most (:data:`MAX_NAME_WORDS` words a name), every word of :data:`PHRASE_WORD_CHARS` letters
    or more capitalised (a sentence opening with "By" or "Von" has words in lower case: "Von der
    Leyen sagte am Montag"; not "our" and a role, :func:`_without_our_role`), no digits (a date: "By 2030")."""
    match = _WRITTEN_BYLINE_WORD.match(text)
    if match is None or match.end() == len(text) or any(char.isdigit() for char in text):
        return False
    rest = _without_our_role(text[match.end():]).strip() if _OUR.search(text) else text[match.end():]  # "Von unserem Korrespondenten ..."
    if not rest:
        return False
    names = [name.split() for name in _LIST_SEPARATOR.split(rest)]
    return all(0 < len(words) <= MAX_NAME_WORDS * 2 + 1 for words in names) and all(
        word[0].isupper() or len(word) < PHRASE_WORD_CHARS for words in names for word in words)


def _publishers(name: str, own: set[str]) -> bool:
    """Whether ``name`` is one of the page's own publisher or site names (their :func:`name_key`), or
    opens with one of two words or more and goes on with its tagline ("Amar Ujala Hindi News Live"
    on a page of "Amar Ujala"); one word may open a person's name too ("Stern", "Welt")."""
    words = name.split()
    key = ""
    for count, word in enumerate(words[:-1], 1):
        key += _folded(word)
        if count >= MIN_PUBLISHER_WORDS and key in own:
            return True
    return name_key(name) in own


def _without_publication(name: str, own: Collection[str]) -> str:
    """``name`` without the publication it writes for when that is the page's own or a web
    address ("NJ Advance Media for NJ.com", "Juan Pérez para El País"): not an organisation's own
    "for" ("Bayerische Landesanstalt für Wald und Forstwirtschaft")."""
    match = _WRITTEN_FOR.search(name)
    if match is None or match.start() == 0:
        return name
    publication = match[0].split(None, 1)[1]
    return name[:match.start()] if name_key(publication) in own or _DOMAIN.match(publication) else name


def is_organisation_only(names: list[str], organisations: Iterable[str]) -> bool:
    """Whether every name is one of the page's own publisher or site names."""
    own = _keys(organisations)
    return all(_publishers(name, own) for name in names)


def _keys(organisations: Iterable[str]) -> set[str]:
    return {key for key in map(name_key, filter(None, organisations)) if key}


def _conjunction_pattern(language: str | None) -> re.Pattern[str]:
    """The conjunctions a byline is split at on a page in ``language``: :data:`_CONJUNCTION_KEPT`, and the
    language's own "and" where CLDR gives it one of :data:`NOT_CONJUNCTIONS` (Hausa's "da": "Musa Ibrahim da
    Abdullahi Sani"; Slovene's "in": "Maja Kovač in Luka Zupan")."""
    word = _OWN_LANGUAGE_CONJUNCTIONS.get((language or "").strip().replace("_", "-").split("-")[0].casefold())
    return _own_conjunction(word) if word else _CONJUNCTION_KEPT


@lru_cache(maxsize=None)
def _own_conjunction(word: str) -> re.Pattern[str]:
    """:data:`_CONJUNCTION_KEPT` and ``word``, written as CLDR writes it (in lower case: a capitalised one
    is a name's word, "Anna Da Silva")."""
    return re.compile(rf"(\s+(?:{_CONJUNCTION_WORD}|{re.escape(word)})\s+)")


def _split(value: str, own: Collection[str] = frozenset(), inverted: bool = True,
           conjunctions: re.Pattern[str] = _CONJUNCTION_KEPT) -> list[str]:
    lines = without_direction_marks(html.unescape(value or "")).splitlines()  # one name a line
    text = _unwrapped(" ; ".join(" ".join(line.split()) for line in lines if line.strip()))  # before the slash splits
    if not text or _URL.fullmatch(text):
        return []
    # an address is marked before the split ("Frank Bueltge - http://bueltge.de" must not leave "http"),
    # and a part holding one is no name ("Web Commerce GmbH www.w-commerce.de": who built the site)
    # "Jane Doe. Video: John Roe": two credits, parted before an address goes ("Jane Doe. Contact: jane@...")
    text = _STOP_BEFORE_LABEL.sub(" ; ", text) if "." in text else text
    text = _WEB_ADDRESS.sub(_ADDRESS, _EMAIL.sub(" ", text))
    text = _COPYRIGHT.sub(" ; ", text) if "©" in text or "(" in text or "opyright" in text.lower() else text
    text = _PICTURE_DOT.sub(r"\1：", _SPACED_CJK_LABEL.sub("", _without_joined_label(_without_abbreviated_label(text))))  # before the dot splits
    text = _SLASHED_CREDIT.sub("", _PICTURE_SLASH.sub("", text))  # before the slash splits
    text = _NOTE.sub(_agency_listed, text) if "(" in text or "[" in text else text  # "Jan Kowalski (PAP)": the agency credited, as after a comma
    text = _ETHIOPIC_BY_VOWEL.sub("", _ETHIOPIC_BY_EACH.sub(r"\1", _without_arabic_dateline(text)))
    text = _without_our_role(text) if _OUR.search(text) else text
    text = _without_list_by(_without_agency_material(text))
    text = _chinese_reporters(text) if _CHINESE_TITLE_WORD.search(text) else text
    text = _without_desk_place(_uninverted(text, own) if inverted else text) if "," in text else text
    names: list[str] = []
    text = _SLASHED_DATE.sub(r"\1.\2.\3", text) if "/" in text else text  # "05/03/2024": one date, no list
    text = _AMPERSAND_SIDES.sub(_firm_ampersand, text) if "&" in text else text
    parts = [part.replace(_FIRM_AND, "&") for part in _LIST_SEPARATOR.split(text)]
    for index, part in enumerate(parts):
        if index and (_one_word_relative_day(part) or _dated_caption(part) or _headline_caption(part)):
            continue  # "Jane Doe, Yesterday", "Jane Doe. Last update: 14:20": the date's own part (a byline "Hoy" alone names its writer)
        if _DIGIT.search(part) or time_ago_start(part) is not None:  # a count in words: "قبل ساعتين" (two hours ago)
            part = _without_date(part, own_part=bool(index))
        elif index + 1 < len(parts) and _DIGIT.search(parts[index + 1]) and _date_start(parts[index + 1]) == 0:
            part = _without_weekday(part)  # "Jane Doe Monday, March 5, 2024"
        part = _without_joined_opening_and(part) if index else part
        for piece in _split_conjunction(_without_affiliation(_without_opening_conjunction(part), own), conjunctions):
            name = _clean(_without_publication(_without_title_after(piece, own), own))  # before the case of its words is read
            if name:
                names.append(name)
    return names


def _dated_caption(part: str) -> bool:
    """Whether ``part`` is a field's caption and its clock or date in numbers: a label (:data:`_LABEL`) whose value
    holds no letter, a word of it opening in lower case where the part writes capitals ("Last update: 14:20",
    "Thời gian: 14:20", "Data publikacji: 05.03.2024"): a name's words open with a capital, so "John Roe: 14:20"
    is not one, nor a label of a script without capitals (no telling it from a name)."""
    label = _LABEL.match(part)
    if label is None or _HAS_LETTER.search(part, label.end()) is not None:
        return False
    return _has_capital(part) and any(word[0].islower() for word in _LABEL_WORDS.findall(part, 0, label.end()))


def _headline_caption(part: str) -> bool:
    """Whether ``part`` is a label (:data:`_LABEL`) and a headline after it, not a credit and a name: what follows the
    label writes a capital and ends in a word opening in lower case ("Analysis: The budget", "Kommentar: Die Wahl ist
    entschieden"). A name's last word is capitalised where its script writes capitals (a particle, "van der",
    "de la", stands before a capitalised surname: "Interview: Jan van der Berg" stays a credit); a value all in lower
    case ("Text: jane doe") and a script without capitals tell nothing, and stay names. Nor does a last word of a few
    letters (:func:`_agency`): an agency or a suffix after the names ("Text: Eva Schmidt mit dpa", "John Smith jr.")."""
    label = _LABEL.match(part)
    if label is None:
        return False
    words = _LETTERS_WORD.findall(part, label.end())
    return len(words) >= 2 and _has_capital(" ".join(words)) and words[-1][0].islower() and not _agency(words[-1])


def _without_date(part: str, own_part: bool = False) -> str:
    """A byline's part without the date or time it prints after its names (:func:`_date_start`), nor the
    words before it that are the date's: no letters (a dash), the date words of the cleaning patterns ("Updated",
    "Publié le", "Mis à jour le", "on", "um": :func:`_date_words`), a weekday (:func:`_weekday_names`: "Sa"), a
    revision's word (:data:`_REVISION`), and, where the part writes capitals, short words in lower case ("le", "op":
    :data:`PREPOSITION_CHARS`; a name's particle stands before a capitalised word, not before a number); "" where the part is a date alone
    ("March 5", what a comma left of "March 5, 2024"). The part as it is where what is left holds a digit, or
    opens in lower case where the part writes capitals: no name's words ("ca. 8 Min. 12.01.2022"). ``own_part``: names
    stand before the part (:func:`_names_day`)."""
    start = _date_start(part)
    if start is None:
        return part
    kept = _without_date_words(part[:start].split(), _has_capital(part[:start]), part[start:], own_part)
    if _DIGIT.search(kept) or (kept and not _has_capital(kept[0]) and _has_capital(part)):
        return part
    return kept


def _without_date_words(words: list[str], cased: bool, date: str = "", own_part: bool = False) -> str:
    """``words`` without the date's words ending them (:func:`_without_date`), joined; ``date`` is the date's text
    after them, where known; ``own_part``: names stand before them."""
    while words:
        last = words[-1]
        dated = _date_words(words)  # a phrase first: "Mis à jour" is no "Mis" and lower-case words
        if dated == 1 and (_surname(words, date) or _names_day(words, date, own_part)):
            break
        if dated:
            del words[-dated:]
        elif (not _HAS_LETTER.search(last) or _REVISION.match(last) or _is_weekday(words, date)
              or (cased and last.islower() and len(last.rstrip(".,")) <= PREPOSITION_CHARS and not _DIGIT.search(last))):
            words.pop()
        else:
            break
    return " ".join(words)


def _is_weekday(words: list[str], date: str = "") -> bool:
    """Whether the last of ``words`` is a weekday's name (:func:`_weekday_names`) a date's, not a surname
    (:func:`_surname`)."""
    return words[-1].rstrip(",").casefold() in _weekday_names() and not _surname(words, date)


def _surname(words: list[str], date: str) -> bool:
    """Whether the last of ``words``, a month's or a weekday's name, is a surname: a given name's
    (:func:`_given_names_surname`), or the last of three capitalised words (a byline word aside) that opens no date
    with the ``date`` after it (:func:`_opens_date`: "Maria Cristina Mayo 5 de marzo", "Juan Carlos Domingo 3 hours
    ago"; "Hans Peter Müller Dienstag, 5. März" is a name and its weekday)."""
    if _given_names_surname(words):
        return True
    names = _without_byline_word(words)
    last = names[-1].rstrip(",") if names else ""
    return (len(names) == NAME_AND_DATE_WORDS and all(_has_capital(word[0]) for word in names)
            and (is_month_name(last) or last.casefold() in _weekday_names())
            and not _date_words(names[:-1]) and not _opens_date(last, date))


def _opens_date(word: str, date: str) -> bool:
    """Whether a month's or a weekday's name ``word`` opens the ``date`` after it: a weekday before a day's number, a
    time or a date in numbers ("Monday 10:33"), or before the comma's next part that opens with the date (``date``
    empty: "Dienstag, 5. März"); a month before a year ("March 2024"). Not before a count back ("Domingo 3 hours ago":
    it counts no day), nor a month before another date ("Mayo 5 de marzo", "Mayo 05.03.2024", "Mayo 10:33")."""
    if word.rstrip(",").casefold() in _weekday_names():
        return not date or date[:1].isdigit() and time_ago_start(date) != 0
    return _YEAR_OPENING.match(date) is not None


def _without_byline_word(words: list[str]) -> list[str]:
    """``words`` without the byline word opening them ("By", "Von", "Par": :data:`_BYLINE_WORD`)."""
    match = _BYLINE_WORD.match(" ".join(words[:3]) + " ")  # a bare author's word only before two words
    return words[1:] if words and match is not None and match.end() <= len(words[0]) + 1 else words


def _given_names_surname(words: list[str]) -> bool:
    """Whether the last of ``words``, capitalised, follows a capitalised word alone (a byline word aside): a
    given name's surname, even where it is a month's or a weekday's name ("Theresa May", "Lucia Marzo",
    "Thomas Sonntag", "Placido Domingo", "Ayşe Ekim"); "Malcolm Owen Monday", "Max Muster am Samstag" leave a
    name and its preposition, and their weekday is the date's; a date's word before it makes it the date's too
    ("Aktualisiert Montag", "Updated Monday")."""
    names = _without_byline_word(words)
    return (len(names) == 2 and all(_has_capital(word[0]) for word in names)
            and not _date_words(names[:1]) and not _REVISION.match(names[0]))  # "Aktualisiert Montag": the date's


def _without_weekday(part: str) -> str:
    """A byline's part without the weekday ending it and the date's words before it, where the next part opens
    with the date ("Jane Doe Monday, March 5, 2024", "Jane Doe am Samstag, 12. Dezember 2020": the comma split the
    date from its weekday)."""
    words = part.split()
    glued = _GLUED_WORD.fullmatch(words[-1]) if len(words) > 1 else None
    if glued is not None and glued[2].casefold() in _weekday_names():
        return " ".join([*words[:-1], glued[1]])  # "Jeff FoustMonday": the name's element and the date's run together
    if len(words) < 2 or words[-1].casefold() not in _weekday_names():
        return part
    return _without_date_words(words, _has_capital(part)) or part


def _names_day(words: list[str], date: str, own_part: bool) -> bool:
    """Whether the last of ``words``, a day named from today in one word (:func:`_relative_days`) that no cleaning
    pattern dates, is a name's: it is the date's before a time ("Jane Doe Yesterday 10:33") or alone in a part after
    the names' ("Jane Doe, Ahir 12.03.2024"), not ending a run of names before another date ("Hansraj Gangaram Ahir
    12.03.2024": Catalan's yesterday, an Indian surname)."""
    last = words[-1].rstrip(",.:").casefold()
    return (last in _relative_days() and not compiled_patterns().date_re.fullmatch(last)
            and not _TIME.match(date) and not (own_part and len(words) == 1))


def _one_word_relative_day(part: str) -> bool:
    """Whether ``part`` is a day named from today in one word alone ("Yesterday", "Hoy"): after the names, the
    date's."""
    word = part.strip(" \t-–—:,.;|").casefold()
    return bool(word) and " " not in word and word in _relative_days()


def _date_words(words: list[str]) -> int:
    """How many of the last words (:data:`DATE_PHRASE_WORDS` at most) are a date's word or phrase of the
    cleaning patterns ("Mon", "Aktualisiert", "Mis à jour"), the most that are; 0 where none is."""
    date_words, relative = compiled_patterns().date_re, _relative_days()
    for count in range(min(DATE_PHRASE_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-count:]).rstrip(",.:").casefold()
        if date_words.fullmatch(phrase) or phrase in relative:
            return count
    return 0


@cache
def _relative_days() -> frozenset[str]:
    """CLDR's names of the days counted back from today, today's included ("yesterday", "today", "last Monday",
    "this Monday", "vorgestern", "lundi dernier", "в прошлый понедельник"), case-folded, in the languages whose
    weekdays are read (:func:`_weekday_names`) and those of the cleaning patterns: a dateline's day, no name ("Jane
    Doe, Last Monday 10:33"); the days ahead ("morgen", "mañana") no story is dated by. Read once a process."""
    from babel import localedata

    phrases: set[str] = set()
    for language in _DATE_LANGUAGES:
        if not localedata.exists(language):
            continue
        fields = localedata.load(language).get("date_fields", {})
        for field in _RELATIVE_DAY_FIELDS:
            for offset, phrase in fields.get(field, {}).get("relative", {}).items():
                if offset <= 0 and len(phrase) >= MIN_RELATIVE_DAY_CHARS:
                    phrase = " ".join(phrase.casefold().split())
                    phrases.update((phrase, phrase.replace("’", "'")))
    return frozenset(phrases)


@cache
def _weekday_names() -> frozenset[str]:
    """The weekdays' CLDR names, wide and abbreviated, case-folded, in the languages whose places are read
    (:data:`newsspider.extract.places.PLACE_LANGUAGES`: "Montag", "Sa.", "Sa", "lun."): a date's first word
    ("Sa 13 Jul 2019"), read once a process."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    for language in PLACE_LANGUAGES:
        try:
            days = Locale(language).days
        except (UnknownLocaleError, ValueError):
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(name.casefold() for name in days[context][width].values())
    return frozenset(names)


def warm_up() -> None:
    """Read the CLDR weekday and relative day names and the place names bylines are checked against now
    (Babel's locale data of :data:`_DATE_LANGUAGES`): in the workers' zygote
    (:mod:`newsspider.worker_process`), once for all of them, not by each worker's first byline."""
    _weekday_names()
    _relative_days()
    place_codes()


def _month_word(word: str) -> bool:
    """A month's name in any CLDR language (:func:`newsspider.extract.calendars.is_month_name`) or the cleaning
    patterns' (their abbreviations: "Mar", "Mär"; case-folded, as the patterns are), a full stop or comma after it."""
    word = word.rstrip(",")
    return is_month_name(word) or len(word) >= MIN_MONTH_CHARS and compiled_patterns().date_re.fullmatch(word.rstrip(".").casefold()) is not None


def _date_start(part: str) -> int | None:
    """Where the first date or time in ``part`` begins (:data:`_TIME_OR_DATE`; a day's number beside a month's
    name, from the name where it comes first: "March 5"; a count back, "3 hours ago", "vor 3 Stunden":
    :func:`newsspider.extract.calendars.time_ago_start`), or None."""
    starts = [match.start() for match in [_TIME_OR_DATE.search(part)] if match is not None]
    ago = time_ago_start(part)
    if ago is not None:
        starts.append(ago)
    words = list(re.finditer(r"\S+", part))
    for index, word in enumerate(words):
        if ago is not None and word.start() >= ago:
            break  # the count back's number counts hours, no day ("Theresa May 5 hours ago": May is a name)
        if not _DAY_NUMBER.fullmatch(word[0]):
            continue
        after = [other[0] for other in words[index + 1:index + 3]]
        if after and (_month_word(after[0]) or len(after) > 1 and after[0] in _DAY_LINKS and _month_word(after[1])):
            starts.append(word.start())  # "5 mars", "5. März", "5 de marzo" (before "Marzo 5 marzo": its month follows)
            break
        if index and _month_word(words[index - 1][0]):
            starts.append(words[index - 1].start())  # "March 5"
            break
    return min(starts) if starts else None


def _uninverted(text: str, own: Collection[str]) -> str:
    """``text`` with each name written surname first given name first: in each of the names a
    conjunction joins (:func:`_uninverted_joined`: "Jane Doe and Müller, Hans"), else in its list
    (:func:`_uninverted_list`)."""
    joined = _uninverted_joined(text, own)
    return _uninverted_list(text, own) if joined is None else joined


def _uninverted_joined(text: str, own: Collection[str]) -> str | None:
    """``text`` with the sides of its conjunctions each read as a list of its own (:func:`_uninverted_list`):
    a conjunction joins two people, so one side written given name first says nothing of the other's
    order ("Jane Doe and Müller, Hans", "Doe, Jane and Roe, John"); None where no side is inverted, or
    where a conjunction would then stand beside a name of one word ("Ortega y Gasset, José": the
    "y" is inside a surname)."""
    conjunction = _CAPITAL_CONJUNCTION if text.isupper() else _CONJUNCTION
    sides = conjunction.split(text)
    if len(sides) < 2:
        return None
    uninverted = [_uninverted_list(side, own) for side in sides]
    if uninverted == sides:
        return None
    for before, after in pairwise(uninverted):
        if len(_LIST_SEPARATOR.split(before)[-1].split()) < 2 or len(_LIST_SEPARATOR.split(after)[0].split()) < 2:
            return None
    return "".join(side + joiner for side, joiner in zip(uninverted, [*conjunction.findall(text), ""], strict=True))


def _uninverted_list(text: str, own: Collection[str]) -> str:
    """``text`` with each name written surname first ("Doe, Jane", "DOE, Jane": a catalogue's
    inversion) given name first: two words alone in their parts, each a capitalised word
    (:func:`_one_word_name`), the given name not in capitals (an acronym: "Doe, AP") unless the
    whole byline is ("ZSCHOCHE, JÖRG"), the comma between them the only one of their list (set
    apart from others by a semicolon, a bar or the byline's ends: "Doe, Roe, Poe" lists three;
    "example.de, Frankfurt, Germany" a publisher and where it is). "Jane Doe, John Roe" lists full names;
    a list that writes one name given name first writes its others so ("Jane Doe | Paris, France":
    where she is)."""
    parts, separators, start = [], [], 0
    for separator in _LIST_SEPARATOR.finditer(text):
        parts.append(text[start:separator.start()])
        separators.append(separator[0])
        start = separator.end()
    parts.append(text[start:])
    if any(_written_given_name_first(part) for part in parts):
        return text
    single = [_one_word_name(part, own, text.islower()) for part in parts]
    surname = [found or _particled_surname(part, own, text.islower()) for found, part in zip(single, parts, strict=True)]
    comma = [separator.strip() == "," for separator in separators]
    index = 0
    while index < len(separators):
        if (comma[index] and surname[index] and single[index + 1] and (text.isupper() or not parts[index + 1].isupper())
                and not (index and comma[index - 1]) and not (index + 1 < len(separators) and comma[index + 1])):
            places = is_city_in_country(parts[index], parts[index + 1])  # "Paris, France": where, no one
            parts[index:index + 2] = ["" if places else f"{parts[index + 1].strip()} {parts[index].strip()}"]
            del separators[index], single[index + 1], surname[index + 1], comma[index]
            single[index] = surname[index] = False
        index += 1
    return "".join(part + separator for part, separator in zip(parts, [*separators, ""], strict=True))


def _without_desk_place(text: str) -> str:
    """``text`` without the place after a desk or an agency alone, where it is ("Redaktion, Berlin", "Desk,
    London", "Redacción, Madrid", "dpa, Berlin": a role, a byline word or an agency, its only comma, then one
    capitalised word, no agency: "Redaktion, dpa" and "AFP, Reuters" credit one). After an agency as after a
    desk, whether or not :mod:`places` holds the word ("AP, Washington", "dpa, Hamburg": its zone cities
    are no gazetteer): a reporter's surname alone there ("dpa, Schmidt") is lost, no town read as a person."""
    desk, comma, place = text.partition(",")
    desk, place = desk.strip(), place.strip()
    if (comma and place[:1].isupper() and _LETTERS_WORD.fullmatch(place) and not _is_agency(place)
            and (is_role(desk) or is_byline_label(desk) or _is_agency(desk))):
        return desk
    return text


def _one_word_name(part: str, own: Collection[str], uncased: bool = False) -> bool:
    """A list's part that is one capitalised word of letters (a hyphen or apostrophe inside; in lower
    case where the whole byline is: ``uncased``), no role
    (:func:`is_role`: "Redaktion, Berlin" is a desk and where it is), no agency the cleaning patterns
    name nor the page's own publisher (``own``): a surname or a given name alone."""
    word = part.strip()
    return (bool(_LETTERS_WORD.fullmatch(word)) and (word[0].isupper() or uncased and len(word) >= MIN_UNCASED_NAME_CHARS)
            and not is_role(word)
            and fold_key(word) not in compiled_patterns().agency_keys and name_key(word) not in own)


def _written_given_name_first(part: str) -> bool:
    """A list's part holding two capitalised words of letters or more ("Jane Doe", "By Jane Doe"):
    a name as it is spoken, given name first."""
    return sum(1 for word, after in pairwise([*part.split(), ""])
               if _LETTERS_WORD.fullmatch(word) and word[0].isupper()
               and not (word.casefold() in SURNAME_PARTICLES and after in SURNAME_PARTICLES)) >= 2
    # (not "De la Cruz", a surname: a capitalised particle before a lower-case one; "Le Monde", "Al Jazeera" are two words)


def _particled_surname(part: str, own: Collection[str], uncased: bool) -> bool:
    """A list's part that is a surname after its particles ("van der Berg", "de la Cruz", "De la Cruz":
    :data:`SURNAME_PARTICLES`), as a catalogue writes it before the given name ("van der Berg, Anna")."""
    *particles, last = part.split() or [""]
    return bool(particles) and all(word.casefold() in SURNAME_PARTICLES and (index == 0 or word.islower())
                                   for index, word in enumerate(particles)) and _one_word_name(last, own, uncased)


def _chinese_reporters(text: str) -> str:
    """A byline of Chinese reporters' titles and names, each set off by a space (:data:`_CHINESE_TITLE`),
    with a list separator between the names: "记者 张三 李四" -> "记者 张三；李四" (each title stays with
    the name after it, and goes where the name is cleaned), without where they report from after
    them (:data:`_CHINESE_REPORTED`: "本报记者 张三 北京报道" -> "本报记者 张三"). Any other byline as it is."""
    words = text.split(" ")
    reported = len(words) > 2 and _CHINESE_REPORTED.fullmatch(words[-1]) is not None
    if reported:
        words.pop()
    parts: list[list[str]] = []
    named = False  # the current part holds a name
    for word in words:
        if _CHINESE_TITLE.fullmatch(word):
            parts.append([word])
            named = False
        elif _CHINESE_NAME.fullmatch(word) and parts:
            if named:
                parts.append([])
            parts[-1].append(word)
            named = True
        else:
            return text
    return "；".join(" ".join(part) for part in parts) if len(parts) > 1 or reported else text


def _without_agency_material(text: str) -> str:
    """``text`` without the clause crediting an agency's material after the names (:data:`_MATERIAL_CLAUSE`:
    "Jane Doe, mit Material von dpa und AFP"), where every one it credits is an agency; reporters so
    credited are people ("with additional reporting by John Roe"): kept. A clause alone (a byline
    box's element of its own: "Mit Material von dpa") names nobody."""
    clause = _MATERIAL_CLAUSE.search(text)
    if clause is None:
        return text
    credited = [piece for part in _LIST_SEPARATOR.split(text[clause.end():])
                for piece in _CONJUNCTION.split(part) if piece.strip()]
    return text[:clause.start()] if credited and all(map(_is_agency, credited)) else text


def _is_agency(name: str) -> bool:
    """Whether ``name`` is an agency: its acronym (:func:`_agency`) or a name the cleaning patterns list as an agency's."""
    name = name.strip()
    return _agency(name) or fold_key(name) in compiled_patterns().agency_keys


def _without_list_by(text: str) -> str:
    """``text`` without the capitalised byline word opening it that is also a name's (:data:`_LIST_BY`:
    "Per Anna Puig i Joan Serra"), where a list of two names or more of two words or more each,
    joined by that byline word's language's "and", follows it: a given name would leave a
    one-word name ("Per Olsson og Kari Nordmann"), a surname a later name with its own byline
    word ("Di Battista Alessandro e di Marco Rossi")."""
    word, _, rest = text.partition(" ")
    conjunction = _LIST_BY.get(word)
    if conjunction is None or f" {conjunction} " not in rest:
        return text
    names = [name for part in _LIST_SEPARATOR.split(rest) for name in part.split(f" {conjunction} ")]
    if all(len(name.split()) >= 2 and _names_someone(name, True) and not _BYLINE_WORD.match(name) for name in names):
        return rest  # not where each name has its own byline word: "Di Battista Alessandro e di Marco Rossi"
    return text


def _without_place(name: str) -> str:
    """``name`` without the place its person reports from after it (:data:`_PLACE_AFTER`: "Jane Doe in
    Kyiv", "Hans Meier aus Berlin"), where the place's words are capitalised and a name of two words or more is left, in
    lower case too where it writes no capital ("viktor hedlund in Kyiv": as the page writes it)."""
    place = _PLACE_AFTER.search(name)
    if place is None or not all(word[0].isupper() for word in place[1].split()):
        return name
    before = name[:place.start()]
    return before if len(before.split()) >= 2 and _names_someone(before, False, _has_capital(before)) else name


def _without_our_role(text: str) -> str:
    """``text`` without each "our" and the role after it (:data:`_OUR`): the role's word and the
    lower-case words after it go ("envoyé spécial"), up to the capitalised word opening the name (a
    German role is capitalised too: its one word goes), or to the end where no name follows."""
    kept, start = [], 0
    for match in _OUR.finditer(text):
        if match.start() < start:
            continue
        kept.append(text[start:match.start()])
        words = list(re.finditer(r"\S+", text[match.end():]))
        rest = next((word for word in words[1:] if word[0][0].isupper()), None)
        start = match.end() + rest.start() if rest is not None else len(text)
    return "".join(kept) + text[start:]


def _agency_listed(note: re.Match[str]) -> str:
    """A bracketed note after a name as a list's item where it is an agency the cleaning patterns
    list ("(PAP)", "(EFE)", "(dpa)"), else the note as it was (initials: "(obe)", dropped later),
    also where the agency's letters are the initials of the name before it: "Auswärtige Autoren
    (AA)" abbreviates the name, it credits no Anadolu Agency. Agencies credited "with" the name are
    listed as after a comma ("(avec AFP)", "(mit dpa und AFP)", as :func:`_split_with` reads them
    outside brackets); a clause crediting only agencies' material is dropped as outside brackets
    (:func:`_without_agency_material`: "(mit Material von dpa)" names nobody)."""
    material = _MATERIAL_CLAUSE.match(note[1])
    opening = material or _OPENING_WITH.match(note[1])
    rest = note[1][opening.end():] if opening else note[1]
    credited = [piece.strip() for part in _LIST_SEPARATOR.split(rest) for piece in _CONJUNCTION.split(part) if piece.strip()]
    if not credited or not all(fold_key(piece) in compiled_patterns().agency_keys for piece in credited):
        # reporters credited by name are people, as outside brackets ("(with reporting by John Roe)")
        reporters = material and _REPORTING.search(note[1]) or opening and _REPORTING.match(rest)
        return f", {rest}" if credited and reporters else note[0]
    if material:
        return ""
    before = note.string[:note.start()].split()[-len(note[1]):]
    if not opening and "".join(word[0] for word in before).casefold() == note[1].casefold():
        return note[0]
    return f", {', '.join(credited)}"


def _beside_name(word: str, name: str) -> bool:
    """Whether ``word``, listed after a person's ``name`` (in one byline, or the next element of a
    page's byline box), is said of that person rather than naming another: one capitalised word
    after a name of two words or more is where the person reports from or what they are ("Markus
    M. Haefliger, London", "Jane Doe, Philosophe", a "WEBSITE" link), as a person is not named by
    one word beside full names, nor by a city's or a country's name of several words (CLDR's in
    :data:`~newsspider.extract.places.PLACE_LANGUAGES`: "Jane Doe, New York"); so are words all in
    lower case after a capitalised name, as a script with capitals writes a name's words capitalised
    ("Иван Петров, корреспондент", "Jean Dupont, envoyé spécial": a role). A capital is any
    script's (Ł, İ, Ї, Қ, Ա), not a list's. An agency credited beside the name is kept: its acronym
    ("AP", "dpa": :func:`_agency`) or a name the cleaning patterns list as an agency's ("Reuters")."""
    if _HAS_LETTER.search(word) is None or _agency(word):
        return False
    if not _has_capital(name + word):
        # where they report from, in a script without capitals ("রাহুল দাস, ঢাকা", "محمد أحمد، القاهرة"); one word
        # of a name is a full name in Chinese, Japanese and Korean, written without spaces ("山田太郎、東京")
        return is_place_name(word) and (len(name.split()) >= 2 or _CJK.search(name) is not None)
    if len(name.split()) < 2:
        return False
    if " " in word.strip() and is_place_name(word):
        return True  # "Jane Doe, New York", "Juan Pérez, Buenos Aires": a place of several words, as of one
    said = (" " not in word and word[0].isupper()) or (word.islower() and _has_capital(name))
    return said and fold_key(word) not in compiled_patterns().agency_keys


def _has_capital(text: str) -> bool:
    """Whether ``text`` writes a capital, in any script that has them: a byline that capitalises names."""
    return text.lower() != text


def _shortened(name: str, named: Iterable[str]) -> bool:
    """Whether ``name`` is the opening words of a longer name already ``named``: the same one
    shortened ("Arentik" after "Arentik d.o.o", two meta tags crediting one company)."""
    words = name.split()
    return any(other.split()[:len(words)] == words and len(other.split()) > len(words) for other in named)


def _without_joined_opening_and(part: str) -> str:
    """A list's later part without the letter "and" of Arabic or Hebrew joined to the name it opens
    ("محمد أحمد، وعلي حسن": the serial "and" before the last name, as Arabic writes it), where a name of
    two words or more follows; not when the word is a given name opening with that letter
    (:data:`_NAMES_OPENING_WITH_AND`: "وليد حسن")."""
    words = part.split()
    if (len(words) >= 2 and len(words[0]) > 1 and words[0][0] in _JOINING_AND and _SEMITIC_LETTER.match(words[0][1])
            and words[0] not in _NAMES_OPENING_WITH_AND):
        return part.lstrip()[1:]
    return part


def _without_opening_conjunction(part: str) -> str:
    """A list's part without the conjunction opening it (", and Tom Watkins": the serial comma)
    when it is not capitalised (or the byline is all in capitals) and a name follows it."""
    match = _OPENING_CONJUNCTION.match(part)
    if match is None or (match[0][0].isupper() and not part.isupper()):
        return part
    rest = part[match.end():]
    return rest if _names_someone(rest, True) else part


def _without_joined_label(text: str) -> str:
    """``text`` without the joined label before its names ("Text/Fotos: ", "글·사진="), or that label
    as a credit when each of its words is a picture's or a credit's ("사진·영상=연합뉴스": photo and
    video by, no author; :data:`_CREDIT`)."""
    match = _JOINED_LABEL.match(text)
    if match is None:
        return text
    words = _LABEL_WORDS.findall(text, 0, match.end())
    if all(_CREDIT.match(f"{word}:") for word in words):
        return f"{words[0]}: {text[match.end():]}"
    return text[match.end():]


def _without_affiliation(text: str, own: Collection[str]) -> str:
    """``text`` without where its person works ("Jane Doe at NPR": :data:`_AT`): not a second
    person Tagalog's "at" joins ("Paolo Garcia at Liza Ramos")."""
    match = _AT.search(text)
    if match is None:
        return text
    before, after = text[:match.start()], text[match.end():]
    first = after.split(None, 1)[0] if after.strip() else ""
    if _names_someone(before, False) and (
            _agency(after) or _ARTICLE.match(after) or name_key(after) in own
            or (len(first) > 1 and first.isupper() and not text.isupper())):
        return before
    return text


def _without_arabic_dateline(text: str) -> str:
    """``text`` without the place of an Arabic-script dateline: the side of the dash that opens
    with the article (:data:`_ARABIC_DASHED`), else one word before a name of two words or more
    (:data:`_ARABIC_DATELINE`: "غزة ـ أحمد حسن")."""
    sides = _ARABIC_DASHED.fullmatch(text)
    if sides is not None:
        first, second = (side.startswith(_ARABIC_ARTICLE) for side in sides.groups())
        if first != second:
            return sides[2] if first else sides[1]
    return _ARABIC_DATELINE.sub("", text)


def _split_conjunction(text: str, conjunctions: re.Pattern[str] = _CONJUNCTION_KEPT) -> list[str]:
    """The names a conjunction joins (``conjunctions``: the page's language's, :func:`_conjunction_pattern`), each
    without the agency or reporters credited with it (:func:`_split_with`: "Jane Doe and John Roe with additional
    reporting by Max Muster")."""
    cased = _has_capital(text)
    parts = _capital_sides(text) if text.isupper() else _conjunction_sides(text, conjunctions)
    if len(parts) == 1 and _JOINED_CONJUNCTION.search(text):
        parts = _joined_names(text)
    if len(parts) > 1 and all(_names_someone(part, index == len(parts) - 1, cased)
                              and not (cased and _reads_as_phrase(_split_with(part, cased)[0].split()))
                              for index, part in enumerate(parts)):  # "The Russian and Syrian defense ministries"
        return [piece for part in parts for piece in _split_with(part, cased)]
    return _split_with(text, cased)


def _conjunction_sides(text: str, conjunctions: re.Pattern[str] = _CONJUNCTION_KEPT) -> list[str]:
    """The sides of ``text``'s conjunctions, a side of one word after a one-letter conjunction joined again to
    the side before it where it is no agency's acronym (:func:`_names_someone` reads a side of one word so):
    Spanish, Portuguese, Catalan and Italian join a compound surname's parts with it ("Maria José e Silva e
    Pedro Cabral" names two people, "José Ortega y Gasset" one)."""
    pieces = conjunctions.split(text)
    sides = [pieces[0]]
    for conjunction, side in zip(pieces[1::2], pieces[2::2], strict=True):
        if len(conjunction.strip()) == 1 and len(side.split()) == 1 and not _agency(side):
            sides[-1] += conjunction + side
        else:
            sides.append(side)
    return sides


def _capital_sides(text: str) -> list[str]:
    """The sides of the conjunctions of a byline all in capitals (:data:`_CAPITAL_CONJUNCTION`), each side
    split again at CLDR's words in capitals only where every piece has two words or more
    (:data:`_CAPITAL_CLDR_CONJUNCTION`: "РИНАТ ГАЛИЕВ ҺӘМ ГӨЛНАЗ САФИНА", not "KIM HA NA")."""
    sides = []
    for side in _CAPITAL_CONJUNCTION.split(text):
        pieces = _CAPITAL_CLDR_CONJUNCTION.split(side)
        sides += pieces if all(len(piece.split()) >= 2 for piece in pieces) else [side]
    return sides


def _joined_names(text: str) -> list[str]:
    """The names of a byline that joins them with the letter "and" of Arabic or Hebrew: a new name
    at each word opening with it after a name of two words or more, kept with the name before
    where it would be one word (the letter opens names too: "محمد علي وليد", Walid)."""
    names: list[list[str]] = [[]]
    for word in text.split():
        if word[0] in _JOINING_AND and len(word) > 1 and len(names[-1]) >= 2:
            names.append([word])
        else:
            names[-1].append(word)
    merged = [names[0]]
    for name in names[1:]:
        if len(name) < 2:
            merged[-1] += name
        else:
            merged.append(name)
    return [" ".join(name if index == 0 else [name[0][1:], *name[1:]]) for index, name in enumerate(merged)]


def _split_with(text: str, cased: bool) -> list[str]:
    """A name and the agency or reporters credited with it ("Jane Doe mit dpa", "Ana Silva com Lusa",
    "Juan Pérez con agencias": an agency the cleaning patterns name, the word for agencies too, as
    after a comma), or the text."""
    with_ = _WITH.search(text)
    before, after = (text[:with_.start()], text[with_.end():]) if with_ else (text, "")
    if after and _names_someone(before, False, cased) and (
            _is_agency(after) or _REPORTING.match(after) and _names_someone(after, True, cased)):
        return [before, after]
    return [text]


def _agency(part: str) -> bool:
    """An agency's acronym: a word of a few letters in one case ("AP", "AFP", "dpa")."""
    return (part.isupper() or part.islower()) and bool(_ACRONYM.fullmatch(part))


def _names_someone(part: str, last: bool, cased: bool = True) -> bool:
    """A side of a conjunction that reads as a name: two words or more, the first capitalised,
    and the last too before a conjunction ("Jane Doe is a reporter" is a sentence), where the
    byline writes capitals at all (``cased``: Georgian writes names without); or an agency's
    acronym (:func:`_agency`)."""
    part = _BY_BEFORE_NAME.sub("", _BYLINE_WORD.sub("", _without_label(part)))  # "di Marco Rossi", "de Andrei Popescu"
    words = part.split()
    if not words:
        return False
    if len(words) == 1:
        return _agency(part)
    return not cased or not words[0][0].islower() and (last or not words[-1][0].islower() or _joined_particle(words[-1]))


def _reads_as_phrase(words: list[str]) -> bool:
    """Capitalised words holding :data:`SENTENCE_WORDS` words in lower case of :data:`PHRASE_WORD_CHARS`
    letters or more after the first: a phrase or a sentence ("Syrian defense ministries", "Jane is a
    reporter covering politics"), as a name holds one such particle at most ("Luca della Valle"); a particle
    joined to a capitalised word is a name's (:func:`_joined_particle`: "Abd al-Rahman al-Rashed")."""
    return sum(word[0].islower() and len(word) >= PHRASE_WORD_CHARS and not _joined_particle(word)
               for word in words[1:]) >= SENTENCE_WORDS


def _joined_particle(word: str) -> bool:
    """Whether ``word`` is a particle joined to a capitalised name ("al-Rashed", "el-Baradei", "d'Ormesson":
    :data:`_PARTICLE`): a name's word in lower case, no phrase's ("pro-government")."""
    particle = _PARTICLE.match(word)
    return particle is not None and word[particle.end()].isupper()


def _without_label(text: str) -> str:
    """``text`` without the label before its colon ("Text: Jane Doe" -> "Jane Doe"), or without what
    the colon sets off after a name ("Jane Doe: Reporter", "By Jane Doe: Updated 12:30 p.m.", "Jane
    Doe: Analyse" -> "Jane Doe"): after a name, the side that is a role, a revision or a time, or
    else no name, is dropped. A label is no name: a word or two in lower case, a byline word
    ("Written By"), a role ("Reporter"), a word alone ("Stand: 20. April 2020": a time, dropped later)."""
    match = _LABEL.match(text)
    if match is None:
        return text
    label, rest = text[:match.end()].rstrip(f" \t{_COLONS}"), text[match.end():]
    words = _BYLINE_WORD.sub("", label).split()
    if not (len(words) >= 2 and all(word[0].isupper() for word in words)
            and not _ROLE.search(label) and not _REVISION.match(label)):
        return rest  # "Text: Jane Doe"; "Stand: 20. April 2020" (no name on either side)
    if _ROLE.search(rest) or _REVISION.match(rest) or rest[0].isdigit() or not _names_someone(rest, True):
        return label
    return text


def _clean(name: str) -> str | None:
    """One name without its byline word, bracketed suffix ("(obe)", "(www.dw.com)") or e-mail;
    None when nothing of a name is left (an id, a URL, a credit)."""
    if (_CREDIT.match(name) or _EMPTY_LABEL.match(name) or _ACCORDING_TO.match(name) or _according_to(name) or _EDITOR_BEFORE_NAME.match(name) or _CJK_ROLE.fullmatch(name) or _REVISION.match(name) or _LICENCE.match(name) or _PICTURE_WORD.fullmatch(name)
            or any(_CREDIT.match(f"{note}:") for note in _NOTE.findall(name))):
        return None  # "Foto: dpa", "Edited by John Roe", "John Roe (Fotos)"
    name = _unwrapped(name)
    if _CHINESE_REPORTED.fullmatch(name.strip()):
        return None  # "北京报道" set off by a slash: where the reporter reports from
    name = _PARENTHESES.sub("", name)  # "(obe)", "(www.dw.com)", "(Image: Getty Images)"
    name = _CREDIT_AFTER.sub("", _without_label(name))  # "Interview: Jens Bergmann Foto: Michael Hudler"
    if _ADDRESS in name:
        return None
    name = _HANDLE.sub("", _BYLINE_WORD.sub("", _BYLINE_INSIDE.sub("", _BY_AFTER.sub("", name)))).strip(" \t-–—:,.;|·•*@=~")
    desk = _DESK_BEFORE.match(name)
    if desk is not None and _is_agency(name[desk.end():]):
        name = name[desk.end():]  # "Redazione ANSA": the agency, no person
    if len(name.split()) >= 2 and _PICTURE_AGENCY.search(name):
        return None  # "Getty Images": a picture agency
    name = _without_place(name)
    place = _PLACE_ALONE.match(name)
    if place is not None and all(word[0].isupper() for word in place[1].split()):
        return None  # "Em São Paulo": where they report from
    # "(서울=연합뉴스) 홍길동 기자 =": the agency went with the brackets, the "=" opening the story above
    korean = _KOREAN_NAME_BEFORE_ROLE.search(name)
    name = _without_uncased_role(_without_writer_title(name))
    name = korean[1] if korean else _HANGUL_LABEL.sub("", _without_by_word(_CJK_ROLE.sub("", name) or name))
    if _ONE_HAN.fullmatch(name):
        return None  # "文/陈静": the label "text", not a person
    name = _without_abbreviated_label(name)
    words = name.split()
    if (len(words) > 1 and words[0][0].islower() and len(words[0]) >= PHRASE_WORD_CHARS
            and not _joined_particle(words[0])
            and any(word[0].isupper() for word in words[1:])):
        return None  # "lives in Paris" (where the other words are capitalised: not "viktor hedlund")
    if words and words[0][0].isupper() and _reads_as_phrase(words):
        return None  # "Jane is a reporter covering politics": a biography's sentence (not "Luca della Valle")
    name = _without_predicate(name)  # "Matti Virtanen on tutkija": the name the sentence is about
    if len(words) > 1 and _DANGLING_BY.fullmatch(words[-1]):
        return None  # "Autorenseite von", "More stories by": a label whose name is printed elsewhere
    bare = _TRAILING_ID.sub("", name)
    if _DIGIT.search(bare) is None:
        name = bare  # an id after a name; not a date's year ("Sa 13 Jul 2019")
    if (not name or not _HAS_LETTER.search(name) or _URL.search(name) or name[0].isdigit() or name.casefold() in _PLACEHOLDERS
            or " " in name and name.casefold() in _relative_days()):
        return None  # nothing of a name, or a time ("2 hours ago", "Last Monday": "Hoy" alone is a name), or a placeholder
    if len(name.split()) > MAX_NAME_WORDS or sum(char.isdigit() for char in name) > 2:
        return None  # a sentence or an id, not a name
    return name


def _without_predicate(name: str) -> str:
    """``name`` without the words in lower case ending it after two capitalised words or more, where the text
    writes capitals: what a biography says of the person ("Jane Doe is a reporter", "Jean Dupont est un
    journaliste"). A name's particle in lower case stands before a capitalised word ("Luca della Valle", "Jan van
    der Berg"), not at its end, and opens no such tail ("Juan Carlos de la torre", a surname the page writes in lower
    case, stays whole); a suffix abbreviated ("Jane Doe jr.") is no such word: the words hold one of
    :data:`PHRASE_WORD_CHARS` letters or more (the role, the verb), and are :data:`PREDICATE_WORDS` at least (one word
    in lower case ends outlets' names too, "Le Monde diplomatique"; two a name's particle and its surname in lower
    case, "Gareth Wyn ap dafydd")."""
    words = name.split()
    head = next((index for index, word in enumerate(words) if not word[0].isupper()), len(words))
    tail = words[head:]
    if (head < 2 or len(tail) < PREDICATE_WORDS or tail[0] in SURNAME_PARTICLES
            or not all(word.islower() and _LETTERS_WORD.fullmatch(word) for word in tail)
            or all(len(word) < PHRASE_WORD_CHARS for word in tail)):
        return name
    return " ".join(words[:head])


def _firm_ampersand(match: re.Match[str]) -> str:
    """An "&" and the side before it, the "&" kept from the list's split (:data:`_FIRM_AND`) where a side
    of it is one word that is no agency's acronym nor a name the cleaning patterns list as an agency's: a firm
    named for its founders ("Ernst & Young GmbH", "Simon & Schuster"), not two people ("Jane Doe & John Roe")
    nor a person and an agency ("dpa & AFP", "Jane Doe & Reuters")."""
    before, after = match[1].split(), match[2].split()
    one_word = [side[0] for side in (before, after) if len(side) == 1]
    agencies = compiled_patterns().agency_keys
    firm = bool(before and after and one_word) and not any(_agency(word) or fold_key(word) in agencies for word in one_word)
    return match[1] + (_FIRM_AND if firm else "&")


def _without_title_after(name: str, own: Collection[str]) -> str:
    """``name`` without a writer's title after it and the publication it writes for after the title ("Jane
    Doe Reporter Los Angeles Times", "Hans Meier Redakteur Süddeutsche Zeitung", "Jane Doe Staff Writer
    Associated Press": the words of :data:`_ROLE` before the title are the title's), where two capitalised
    words or more come before it (a name; "Jane Reporter" and "The Writer Magazine" stay whole) that
    are not the page's own outlet nor open with an agency ("New York Times Reporter", "AP Auto Writer"
    are roles, :func:`is_role`). A title that ends the part stays: the words before it may be its beat
    ("Antrim Court Reporter" is a desk's role, "Jane Doe Staff Writer" is not told from it)."""
    words = name.split()
    start = next((index for index, word in enumerate(words[2:], 2) if _TITLE_WORD_ALONE.fullmatch(word)), None)
    if start is None or not _has_capital(name):
        return name
    end = start
    while end < len(words) and _TITLE_WORD_ALONE.fullmatch(words[end]):
        end += 1
    if end == len(words):
        return name
    while start > 2 and _ROLE.fullmatch(words[start - 1]):
        start -= 1
    head = words[:start]
    if not all(word[0].isupper() or word in SURNAME_PARTICLES for word in head) or not head[-1][0].isupper():
        return name
    if _agency(head[0]) or _publishers(" ".join(head), set(own)):
        return name
    return " ".join(head)


def _without_writer_title(name: str) -> str:
    """``name`` without a writer's title before it (:data:`_WRITER_TITLE`: "Reporter Jane Doe"), where a
    capitalised name follows: a word in lower case after the title opens where it is held, the part a
    role ("correspondante à Bruxelles", :func:`is_role`)."""
    title = _WRITER_TITLE.match(name)
    return name[title.end():] if title and name[title.end()].isupper() else name


def _without_abbreviated_label(text: str) -> str:
    """``text`` without the label abbreviated in lower case opening it (:data:`_ABBREVIATED_LABEL`: "oprac. Jan
    Kowalski i Anna Nowak"), or without what it credits up to the next list separator where it abbreviates a
    picture's word ("fot. Jan Kowalski": :data:`_PICTURE_ABBREVIATED`, a photographer)."""
    abbreviated = _ABBREVIATED_LABEL.match(text)
    if abbreviated is None or not abbreviated[1].islower():
        return text
    if abbreviated[1].startswith(_PICTURE_ABBREVIATED) or len(abbreviated[1]) >= MIN_PICTURE_ABBREVIATION and any(
            word.startswith(abbreviated[1]) for word in _PICTURE_ABBREVIATED):
        rest = _LIST_SEPARATOR.split(text, maxsplit=1)
        return rest[1] if len(rest) > 1 else ""
    return text[abbreviated.end():]


def _according_to(name: str) -> bool:
    """Whether ``name`` credits the story's source as "according to" it (:data:`_ACCORDING_BEFORE`,
    :data:`_ACCORDING_AFTER`; "Theo VnExpress", "Segundo a Folha": :data:`_AMBIGUOUS_ACCORDING`), no writer."""
    if _ACCORDING_BEFORE.match(name) or _ACCORDING_AFTER.search(name):
        return True
    ambiguous = _AMBIGUOUS_ACCORDING.match(name)
    if ambiguous is None:
        return False
    source, vietnamese = ambiguous[2].strip(), ambiguous[0].startswith("Theo")  # (Vietnamese writes no articles: "Theo Le Blanc")
    return bool(ambiguous[1] or not vietnamese and _OUTLET_ARTICLE.match(source) or _is_agency(source) or _DOMAIN.match(source)
                or _CAMEL_OUTLET.fullmatch(source) or (vietnamese and _VIETNAMESE_LETTER.search(source)))


def _unwrapped(text: str) -> str:
    """The inside of a byline in Korean, Japanese or Chinese all in brackets (:data:`_CJK_WRAPPED`),
    without the place or outlet before its "=" ("【ワシントン=山田太郎】"); else ``text``."""
    wrapped = _CJK_WRAPPED.match(text.strip())
    if wrapped and _CJK.search(wrapped[1]):
        return _PLACE_EQUALS.sub("", wrapped[1].strip())
    return text


def _without_uncased_role(name: str) -> str:
    """``name`` without the reporter's title before or after it in a script without capitals
    (:data:`_UNCASED_ROLE_BEFORE`), where a name of two words or more is left."""
    if name.isascii():
        return name  # no such script: spares most bylines the two searches
    name = _UNCASED_ROLE_BEFORE.sub("", name)
    bare = _UNCASED_ROLE_AFTER.sub("", name)
    return bare if len(bare.split()) >= 2 else name


def _without_by_word(name: str) -> str:
    """``name`` without a word that reads "by" before a name of two words or more (:data:`_BY_BEFORE_NAME`),
    unless that word is a surname before a romanised Korean or Chinese given name (:data:`_SURNAME_BY_WORDS`)."""
    match = _BY_BEFORE_NAME.match(name)
    if match is None:
        return name
    words = name.split()
    if words[0] in _SURNAME_BY_WORDS and all(
            _ROMANISED_SYLLABLE.fullmatch(part) for word in words[1:] for part in word.split("-")):
        return name  # "Na Kyung Won", "Ni Hao Ming": the surname
    return name[match.end():]


# Latin letters with a stroke, which no decomposition parts from their base letter ("Łukasz", "Lukasz").
_STROKED = str.maketrans("łøđħŧƀɨı", "lodhtbii")
# What a name's key leaves out: all but letters, digits and the vowel signs (marks) of the Brahmic scripts
# (:data:`~newsspider.unicode_classes.BRAHMIC_MARK_CLASS`: Indic, Thai, Lao, Tibetan, Burmese, Khmer, Javanese, ...).
_NOT_KEY = re.compile(f"[^\\w{BRAHMIC_MARK_CLASS}]|_")


@lru_cache(maxsize=NAME_KEYS_KEPT)
def name_key(name: str) -> str:
    """Name comparison key: letters and digits only, case-folded, a domain's last part dropped
    ("STERN.de" and "Stern" are one publisher). Kept for the last :data:`NAME_KEYS_KEPT` names: each
    name found is compared with the page's organisations, whose keys are taken again for each
    (on the extraction benchmark's pages 14,740 calls, 362 names)."""
    name = name.strip().lstrip("@")
    if _DOMAIN.match(name):
        name = name.rsplit(".", 1)[0].removeprefix("www.")
    return _folded(name)


def _folded(text: str) -> str:
    """``text``'s letters and digits, case-folded, as :func:`name_key` compares names: a name's accents and
    Arabic letter variants are spellings of one name ("José Pérez", "Jose Perez"; "أحمد", "احمد"), so
    the combining diacritics a decomposition leaves are dropped; the vowel signs of the Indic, Thai and
    other scripts are marks too, but tell names apart ("कमल", "कमला"): kept."""
    folded = unicodedata.normalize("NFKD", text.casefold()).translate(ARABIC_FOLD).translate(_STROKED)
    return _NOT_KEY.sub("", folded)
