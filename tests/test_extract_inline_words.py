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


def test_a_buttons_word_inside_a_sentence_comes_back():
    block = ("<p>Im Wahllokal drücken die Wähler <button>Ja</button> oder <button>Nein</button> auf dem Bildschirm"
             " der neuen Wahlgeräte.</p>")
    assert ("Im Wahllokal drücken die Wähler Ja oder Nein auf dem Bildschirm der neuen Wahlgeräte."
            in _text(block).split("\n"))


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
