"""Words trafilatura deletes with their element (a ``<time>``, a ``<button>``, a ``<label>``) inside the
story's sentences go back; a date line, a byline and a paragraph closed by its control stay as written."""
from __future__ import annotations

import trafilatura

from newsspider.extract.article import extract_article
from newsspider.extract.inline_words import with_inline_words
from newsspider.extract.parse import parse_html

FILLER = ("Der Gemeinderat hat den Haushalt nach einer langen Debatte am späten Abend beschlossen.",
          "Die Mittel fließen vor allem in die Sanierung von Straßen, Schulen und der Stadtbibliothek.",
          "Die Bürgermeisterin will den Beschluss in der kommenden Woche unterzeichnen.")


def _page(block: str) -> str:
    paragraphs = [f"<p>{line}</p>" for line in FILLER]
    paragraphs.insert(2, block)
    return (f'<html lang="de"><head><title>Haushalt beschlossen</title></head><body><article>'
            f'<h1>Haushalt beschlossen</h1>{"".join(paragraphs)}</article></body></html>')


def _text(block: str) -> str:
    extraction = extract_article(_page(block), "https://example.com/2024/03/05/haushalt")
    assert extraction.article is not None
    return extraction.article.text


def _story(body: str):
    return parse_html(f"<html><body>{body}</body></html>").find("body")[0]


def test_a_date_marked_up_inside_a_sentence_comes_back():
    block = ('<p>Die erste öffentliche Anhörung zum Haushalt am <time datetime="2024-03-05">Dienstag, 5. März</time>, '
             'war nach Angaben der Stadt sehr gut besucht.</p>')
    assert "5. März" not in (trafilatura.extract(_page(block)) or "")  # trafilatura deletes the <time>
    assert ("Die erste öffentliche Anhörung zum Haushalt am Dienstag, 5. März, war nach Angaben der Stadt sehr gut"
            " besucht.") in _text(block).split("\n")


def test_a_live_updates_clock_and_a_date_ending_the_sentence_come_back():
    opening = "<p><time>14:20</time> Поліція перекрила центральну вулицю міста, рух транспорту зупинено до вечора.</p>"
    assert "14:20 Поліція перекрила центральну вулицю міста, рух транспорту зупинено до вечора." in _text(opening).split("\n")
    closing = ('<p>Das nächste Treffen des Gemeinderats zum Haushalt ist nach Angaben der Stadt für den '
               '<time datetime="2024-04-02">2. April</time> geplant.</p>')
    assert ("Das nächste Treffen des Gemeinderats zum Haushalt ist nach Angaben der Stadt für den 2. April geplant."
            in _text(closing).split("\n"))


def test_a_controls_words_stay_out_of_a_story_sentence_its_date_comes_back():
    """A <button> or <label> mid-sentence holds the page's interface (a glossary or footnote toggle, a
    player's, a paywall's, a poll's words), not the sentence's: it stays out, as trafilatura writes it."""
    glossary = ('<p>Die öffentliche Anhörung zum Haushalt am <time datetime="2024-03-05">Dienstag, 5. März</time>'
                '<button class="info" aria-expanded="false"><span class="visually-hidden">Was bedeutet das?</span>'
                '</button>, lockte mehrere hundert Bürger ins Rathaus.</p>')
    lines = _text(glossary).split("\n")
    assert "Die öffentliche Anhörung zum Haushalt am Dienstag, 5. März, lockte mehrere hundert Bürger ins Rathaus." in lines
    assert not any("Was bedeutet das" in line for line in lines)
    for block, written in (
            ('<p>Das meiste Geld fließt in die Sanierung von Straßen, Schulen und der Stadtbibliothek'
             '<button class="footnote-ref">1</button> und in neue Radwege am Ufer des Flusses.</p>',
             "Das meiste Geld fließt in die Sanierung von Straßen, Schulen und der Stadtbibliothek und in neue"
             " Radwege am Ufer des Flusses."),
            ("<p>Stimmen Sie mit <button>Ja</button> oder <button>Nein</button> in unserer Leserumfrage zur neuen"
             " Straßenbahnlinie in der Innenstadt ab.</p>",
             "Stimmen Sie mit oder in unserer Leserumfrage zur neuen Straßenbahnlinie in der Innenstadt ab."),
            ("<p>Hören Sie sich diesen Artikel an <button>Abspielen</button>, vorgelesen von einer künstlichen"
             " Stimme, Dauer fünf Minuten.</p>",
             "Hören Sie sich diesen Artikel an , vorgelesen von einer künstlichen Stimme, Dauer fünf Minuten.")):
        assert with_inline_words(written, _story(f"<div>{block}</div>")) == written


def test_a_list_item_keeps_its_mark():
    story = _story('<div><ul><li>Die Sitzung des Rates beginnt am <time>5. März</time> um zehn Uhr im großen Saal.</li></ul></div>')
    assert (with_inline_words("- Die Sitzung des Rates beginnt am um zehn Uhr im großen Saal.", story)
            == "- Die Sitzung des Rates beginnt am 5. März um zehn Uhr im großen Saal.")


def test_a_date_line_and_a_byline_stay_as_written():
    """No sentence: the template's line, left to the cleaner as trafilatura wrote it."""
    for block, written in (('<p>Aktualisiert <time datetime="2024-03-06">6. März 2024</time></p>', "Aktualisiert"),
                           ('<p>Von Anna Kowalski, <time datetime="2024-03-05">5. März 2024</time></p>',
                            "Von Anna Kowalski,"),
                           ('<p>Veröffentlicht am <time datetime="2024-03-05">05.03.2024</time>.</p>', "Veröffentlicht am ."),
                           ('<p>Von Anna Kowalski. <time datetime="2024-03-05">5. März 2024</time>.</p>',
                            "Von Anna Kowalski. ."),
                           ('<p>Veröffentlicht von Anna Kowalski am <time datetime="2024-03-05">5. März 2024</time>.</p>',
                            "Veröffentlicht von Anna Kowalski am .")):
        assert with_inline_words(written, _story(f"<div>{block}</div>")) == written


def test_a_paragraph_closed_by_its_control_stays_as_written():
    """A consent notice's or a poll's button ends the paragraph: the control is no word of a sentence."""
    for block, written in (("<p>Wir verwenden Cookies, um die Seite zu verbessern. <button>OK</button></p>",
                            "Wir verwenden Cookies, um die Seite zu verbessern."),
                           ("<p>Sind Sie dafür? <button>Ja</button> <button>Nein</button></p>", "Sind Sie dafür?"),
                           ("<p>Teilen <button>Facebook</button> <button>X</button></p>", "Teilen")):
        assert with_inline_words(written, _story(f"<div>{block}</div>")) == written


def test_a_paragraph_outside_the_story_or_split_by_a_line_break_stays_as_written():
    line = "Am war es in der ganzen Stadt so kalt wie seit vielen Jahren nicht mehr."
    shown = "Am <time>5. März</time> war es in der ganzen Stadt so kalt wie seit vielen Jahren nicht mehr."
    inside = _story(f"<div><p>{shown}</p></div>")
    assert with_inline_words(line, inside) == line.replace("Am war", "Am 5. März war")
    outside = _story(f"<div><p>Erste Zeile</p></div><div><p>{shown}</p></div>")
    assert with_inline_words(line, outside) == line
    broken = _story(f"<div><p>{shown}<br>Am Abend schneite es.</p></div>")
    assert with_inline_words(f"{line}\nAm Abend schneite es.", broken) == f"{line}\nAm Abend schneite es."


def test_a_date_the_page_hides_gives_no_words_back():
    """A <time> hidden from sight beside the date a reader sees (a machine's instant), or a screen
    reader's label inside the <time>, is no word of the sentence."""
    hidden = ('<p>Die öffentliche Anhörung zum Haushalt am Dienstag, 5. März<time class="visually-hidden" '
              'datetime="2024-03-05T10:00:00+01:00">2024-03-05T10:00:00+01:00</time>, lockte mehrere hundert Bürger'
              ' ins Rathaus.</p>')
    line = "Die öffentliche Anhörung zum Haushalt am Dienstag, 5. März, lockte mehrere hundert Bürger ins Rathaus."
    assert line in _text(hidden).split("\n")
    labelled = ('<p>Die öffentliche Anhörung zum Haushalt am <time datetime="2024-03-05"><span class="sr-only">'
                '2024-03-05 </span>Dienstag, 5. März</time>, lockte mehrere hundert Bürger ins Rathaus.</p>')
    assert line in _text(labelled).split("\n")


def test_a_paragraph_in_a_list_item_keeps_the_items_mark():
    story = _story('<div><ul><li><p>Die Sitzung des Rates beginnt am <time>5. März</time> um zehn Uhr im großen Saal.</p>'
                   '</li></ul></div>')
    assert (with_inline_words("- Die Sitzung des Rates beginnt am um zehn Uhr im großen Saal.", story)
            == "- Die Sitzung des Rates beginnt am 5. März um zehn Uhr im großen Saal.")
