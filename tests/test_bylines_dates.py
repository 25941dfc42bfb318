"""A date or a time printed in a byline beside its names is no person, nor a part of one."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names

# The names, then when the story went up, as bylines of several languages and scripts print it.
DATED = [
    ("By Jane Doe - March 5, 2024", ["Jane Doe"]),
    ("By Jane Doe and John Roe on March 5, 2024 at 10:33 a.m.", ["Jane Doe", "John Roe"]),
    ("by Jane Doe | Mar 5, 2024 | News", ["Jane Doe"]),
    ("Jane Doe Dec. 5th", ["Jane Doe"]),
    ("Written by Jane Doe on 05/03/2024", ["Jane Doe"]),
    ("By Jane Doe, Updated 5:30 PM ET, Mon March 5, 2024", ["Jane Doe"]),
    ("Jane Doe Monday, March 5, 2024", ["Jane Doe"]),
    ("Jane DoeMonday, March 5, 2024", ["Jane Doe"]),  # the name's element and the date's run together
    ("Jane Doe 3 hours ago", ["Jane Doe"]),
    ("Par Jeanne Dupont et Paul Martin le 5 mars 2024 à 10h30", ["Jeanne Dupont", "Paul Martin"]),
    ("Par Jeanne Dupont Mis à jour le 5 mars 2024", ["Jeanne Dupont"]),
    ("Von Max Muster und Erika Mustermann, 5. März 2024, 10:33 Uhr", ["Max Muster", "Erika Mustermann"]),
    ("Von Max Muster Aktualisiert am 5. März 2024", ["Max Muster"]),
    ("Max Muster Sa. 13.07.2019", ["Max Muster"]),
    ("Max Muster am Samstag, 12. Dezember 2020", ["Max Muster"]),
    ("Max Muster vor 3 Stunden", ["Max Muster"]),
    ("Por Ana García y Juan Pérez, 5 de marzo de 2024 - 10:33", ["Ana García", "Juan Pérez"]),
    ("Иван Петров и Анна Смирнова, 5 марта 2024, 10:33", ["Иван Петров", "Анна Смирнова"]),
    ("Jan Kowalski i Anna Nowak, 5 marca 2024", ["Jan Kowalski", "Anna Nowak"]),
    ("أحمد حسن 5 مارس 2024", ["أحمد حسن"]),
    ("홍길동 기자 2024.03.05 10:33", ["홍길동"]),
    ("March 5, 2024 | By Jane Doe", ["Jane Doe"]),
    ("Door Jan de Vries en Anna Bakker op 5 maart 2024 om 10:33", ["Jan de Vries", "Anna Bakker"]),
    ("By viktor hedlund on March 5, 2024", ["viktor hedlund"]),  # a name in lower case, as the page writes it
    ("أحمد حسن منذ 3 ساعات", ["أحمد حسن"]),
    ("بقلم أحمد حسن - قبل ساعتين", ["أحمد حسن"]),
    ("علی رضایی ۲ ساعت قبل", ["علی رضایی"]),
]


@pytest.mark.parametrize(("byline", "names"), DATED)
def test_a_date_beside_the_names_is_no_name(byline, names):
    assert author_names([byline]) == names


# ... while a number that is no date stays a name's (an outlet's), and what a date leaves that is no name
# (a reading time, a phrase in lower case, a login glued to its label) names no one, as before.
@pytest.mark.parametrize(("byline", "names"), [
    ("France 24", ["France 24"]),
    ("Channel 4 News", ["Channel 4 News"]),
    ("ca. 8 Min. 12.01.2022", []),
    ("lassú kilábalás 2020. 08. 18. 21:35 Megosztom", []),
    ("Beitragvon r23 » 21.01.2009, 05:42", []),
    ("Sa 13 Jul 2019", []),
])
def test_what_a_date_leaves_is_a_name_only_where_it_reads_as_one(byline, names):
    assert author_names([byline]) == names


# A surname that is a month's or a weekday's name in some language stays the name's: a month's name before a
# count back ("May 5 hours ago": the number counts hours) or before a day's number its own month follows
# ("Marzo 5 marzo": that day's month is the second), and a weekday right after a given name alone ("Thomas
# Sonntag, 5. März"; "Malcolm Owen Monday" above leaves a full name and is the date's).
@pytest.mark.parametrize(("byline", "names"), [
    ("By Theresa May 5 hours ago", ["Theresa May"]),
    ("Bruno Mars 5 hours ago", ["Bruno Mars"]),
    ("Bille August vor 3 Stunden", ["Bille August"]),
    ("By Theresa May 5 March 2024", ["Theresa May"]),
    ("Lucia Marzo 5 marzo 2024", ["Lucia Marzo"]),
    ("Victoria Abril 5 de marzo de 2024", ["Victoria Abril"]),
    ("Ayşe Ekim 5 Ekim 2024", ["Ayşe Ekim"]),
    ("Марат Май 5 марта 2024", ["Марат Май"]),
    ("Placido Domingo, 5 de marzo de 2024", ["Placido Domingo"]),
    ("Thomas Sonntag, 5. März 2024", ["Thomas Sonntag"]),
    ("Von Thomas Sonntag am 5. März 2024", ["Thomas Sonntag"]),
    ("Nancy Friday, March 5, 2024", ["Nancy Friday"]),
])
def test_a_surname_named_like_a_month_or_weekday_beside_the_date_stays_the_names(byline, names):
    assert author_names([byline]) == names


# A day named from today after the names ("Last Monday", "Yesterday", "lundi dernier", "letzten Montag", "в прошлый
# понедельник": CLDR's relative day names in every language whose weekdays are read) is the date's, no person.
@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe, Last Monday 10:33", ["Jane Doe"]),
    ("Jane Doe, This Monday at 10:33", ["Jane Doe"]),
    ("Jane Doe, Last Monday", ["Jane Doe"]),
    ("Jeanne Dupont, Lundi dernier 10:33", ["Jeanne Dupont"]),
    ("Max Muster, Letzten Montag 10:33", ["Max Muster"]),
    ("Иван Петров, в прошлый понедельник 10:33", ["Иван Петров"]),
    ("Jane Doe, Vorgestern 10:33", ["Jane Doe"]),
])
def test_a_day_named_from_today_after_the_names_is_the_dates(byline, names):
    assert author_names([byline]) == names


# A one-word day named from today ("Ahir", Catalan's yesterday; "Hoy", "Ayer") is a name's too: it is the date's
# only before a time or as a part of its own after the names; ending a run of names before a date in numbers, or
# standing alone, it is the name's (a common Indian surname: "Hansraj Gangaram Ahir").
@pytest.mark.parametrize(("byline", "names"), [
    ("Hansraj Gangaram Ahir 12.03.2024", ["Hansraj Gangaram Ahir"]),
    ("Hoy", ["Hoy"]),
    ("Ayer", ["Ayer"]),
    ("Ahir", ["Ahir"]),
    ("By Ahir", ["Ahir"]),
    ("Jane Doe, Yesterday 10:33", ["Jane Doe"]),
    ("Jane Doe Yesterday 10:33", ["Jane Doe"]),
    ("Jane Doe, Ahir 12.03.2024", ["Jane Doe"]),
    ("Jane Doe, Yesterday", ["Jane Doe"]),
    ("Jane Doe | Vorgestern", ["Jane Doe"]),
])
def test_a_one_word_day_named_from_today_is_the_dates_only_before_a_time_or_as_its_own_part(byline, names):
    assert author_names([byline]) == names


# A month's or weekday's name ending a name of three words is the name's where it opens no date with what follows
# (a count back counts no day; a day whose own month follows is that month's; a numeric date or a time after a
# month); a weekday before a day's number or a time, a month before a year, are the date's.
@pytest.mark.parametrize(("byline", "names"), [
    ("Maria Cristina Mayo 5 de marzo de 2024", ["Maria Cristina Mayo"]),
    ("Maria Cristina Mayo hace 3 horas", ["Maria Cristina Mayo"]),
    ("Juan Carlos Domingo 3 hours ago", ["Juan Carlos Domingo"]),
    ("Anna Maria Abril vor 3 Stunden", ["Anna Maria Abril"]),
    ("Maria Cristina Mayo 05.03.2024", ["Maria Cristina Mayo"]),
    ("Por Maria Cristina Mayo - 10:33", ["Maria Cristina Mayo"]),
    ("Juan Carlos Domingo 10:33", ["Juan Carlos"]),
    ("Von Hans Peter Müller Dienstag, 5. März 2024", ["Hans Peter Müller"]),
    ("Jane Doe March 2024", ["Jane Doe"]),
    ("Jane Doe Monday 10:33", ["Jane Doe"]),
])
def test_a_month_or_weekday_ending_a_name_of_three_words_is_the_names_unless_it_opens_the_date(byline, names):
    assert author_names([byline]) == names
