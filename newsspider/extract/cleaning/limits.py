"""Every limit the cleaner's rules and passes apply, named once.

The hard requirement is to never remove a real sentence, so a rule only looks at lines short
enough to be chrome. Widths count East Asian wide characters twice, so 80 is ~80 Latin, Cyrillic
or Arabic characters or ~40 CJK characters.
"""

from __future__ import annotations

# Edge lines (start and end of the text): an edge rule never looks at a longer line.
MAX_EDGE_WIDTH = 80
MAX_EDGE_WORDS = 10
# A name/URL after the phrase ("Source: AFP", "Follow us on Telegram").
MAX_TAIL_WORDS = 6
# A tail without separator ("Follow AFP on X") must be shorter still ...
MAX_BARE_TAIL_WORDS = 4
# ... and in a script without capitals (nothing tells a name from a word) shorter again.
MAX_UNCASED_BARE_TAIL_WORDS = 3

# "Read also: <title>" lines carry a whole headline.
MAX_TITLED_WIDTH = 200
MAX_TITLED_WORDS = 48  # Hindi/Urdu headlines run to 35-40 words (postpositions are words)
# The same line twice in a row at the top is a repeated headline up to this many words.
MAX_REPEATED_HEADLINE_WORDS = 40
# The longest part of the <title> split at " | " or " - " is looked for as the headline from this length.
MIN_TITLE_PART_CHARS = 15
# How many leading non-blank lines are searched for the headline.
TITLE_SCAN_LINES = 8
# When the headline is among the first few lines, it opens the article: what stands above it is the
# page's header (a label, another story's teaser) or the story's own intro, which the tree tells
# apart (newsspider.extract.cleaning.pretitle); a headline lower down is no opening.
MAX_LONG_PRE_TITLE = 2

MAX_COPYRIGHT_WIDTH = 160
# "AFP | All rights reserved": the owner named before a copyright phrase.
MAX_COPYRIGHT_OWNER_WORDS = 4
MAX_DATELINE_WIDTH = 60
# A portal's meta line: a date line and a credit or two beside it ("2026年10月13日 08:01  来源：江城晚报").
MAX_META_LINE_WIDTH = 2 * MAX_DATELINE_WIDTH
# An interview whose answers carry no label: its questions' label opens this many other lines at least.
MIN_UNANSWERED_TURNS = 2
MAX_BREADCRUMB_WIDTH = 100
MIN_BREADCRUMB_PARTS = 2
MAX_BREADCRUMB_PARTS = 6
MAX_BREADCRUMB_PART_WORDS = 4
MAX_BREADCRUMB_PART_WIDTH = 30
# The names after a byline word ("By Jane Doe and John Roe, AFP") ...
MAX_BYLINE_NAME_WORDS = 8
# ... and in a script without capitals, where names cannot be told from words.
MAX_UNCASED_BYLINE_WORDS = 5
# A person's name credited at the end ("Redaktion: Marcus Bensmann"): first and last name at least,
# a few more words at most; two such lines in a row or more end an article as its credits.
MIN_CREDIT_NAME_WORDS = 2
MAX_CREDIT_NAME_WORDS = 4
MIN_END_CREDIT_LINES = 2
# "Source: AFP" in a language without a phrase list: the label before the agency names.
MAX_CREDIT_LABEL_WORDS = 2
# A consent notice at an edge: a few sentences at most.
MAX_CONSENT_WORDS = 60
MAX_CONSENT_WIDTH = 500
MAX_CONSENT_SENTENCES = 4
# A media player's fallback: one short clause after its opening ("... the audio element.").
MAX_PLAYER_TAIL_WORDS = 8
# A share bar names at least this many networks ("Facebook Twitter WhatsApp").
MIN_SOCIAL_NAMES = 2

# Trailing promo/contact paragraphs may hold a few sentences, but never a long text.
MAX_PROMO_WORDS = 60
MAX_PROMO_SENTENCES = 5
# Wire-service credit lines: the whole line, the parenthesised credit, the contributor's name.
MAX_CREDIT_CHARS = 400
MAX_CREDIT_PARENS_CHARS = 300
MAX_CONTRIBUTOR_CHARS = 100
# A list item that reads as a linked headline ("- Photos: Europa, Mysterious Icy Moon"; a prompt
# below one is no step of the story's own list): its words, and the share of its cased words that
# are capitalised; and the links a list of other stories holds at least (``cleaning.tree``, where
# the page shows them: the text alone does not, and keeps such a list).
MIN_LINK_ITEM_WORDS = 2
MAX_LINK_ITEM_WORDS = 16
MIN_LINK_BLOCK_ITEMS = 2
MIN_LINK_ITEM_CAPITALISED = 0.6

# "Read also: <link>" in the page's tree: the label, and the link's text (a headline, not "here").
MAX_LINK_LABEL_WORDS = 5
MAX_LINK_LABEL_WIDTH = 40
MIN_LINKED_HEADLINE_CHARS = 12
# A label ending with a colon as the text's last line, in a script written without spaces: there no
# word count tells a box's heading (a compound of two words, "相关新闻：", "関連記事：") from a clause
# introducing a dropped quote ("声明全文如下：", "外交部发言人表示："), so it is as wide as the heading.
MAX_UNSPACED_LABEL_WIDTH = 10
# After a bare label (no separator, no markup: "Soma pia <link>") the link must read as a headline:
# this many words at least, unless its script writes no spaces (a linked name, "Family: sister of
# <link>Park Hee Soon</link>", "Von <link>Simin Jawabreh</link>", is a person's page, not a story).
MIN_BARE_HEADLINE_WORDS = 4
# A box of teasers (a linked headline of another story of the site, with its blurb, kicker or date)
# inside the article: this many teasers side by side at least, each holding this much text at most.
MIN_TEASER_BOX = 3
MAX_TEASER_CHARS = 600
# A link to what the page embeds, in a line of its own this wide at most ("Link zum YouTube-Inhalt").
MAX_EMBED_LINK_WIDTH = 80
# A clip's teaser (caption, date and running time) holds this much text at most.
MAX_MEDIA_TEASER_CHARS = 500
# A dialog the page hides holds this much text at most to be chrome (a prompt, a modal; a story
# kept from view holds more).
MAX_HIDDEN_CHARS = 800
# A box's heading is orphaned when its box holds this much other text, none of it in the article's.
MIN_ORPHANED_BOX_CHARS = 100
# The text beside a media player is this short at most.
MAX_PLAYER_TEXT_CHARS = 200
# The text of the block holding a picture and its credit is this short at most (a caption's length:
# a block holding a picture and paragraphs of the story is no picture's box).
MAX_PICTURE_TEXT_CHARS = 200
# A widget around a form control (a consent placeholder of an embed, a newsletter or comment form)
# holds this much text at most, within this many levels above the control.
MAX_WIDGET_CHARS = 800
WIDGET_DEPTH = 5

# Copyright phrases longer than this are also looked for at the end of a line ("AFP | All rights
# reserved"); shorter ones ("©", "(c)") only at its start.
MIN_END_COPYRIGHT_PHRASE_CHARS = 4

# The byline above the story: among this many first lines (a headline's copy, a tagline, the byline,
# a date), the names and this many other words at most ("von", a place).
AUTHOR_LINE_REACH = 4
MAX_AUTHOR_LINE_OTHER_WORDS = 2
# The author's biography: among this many last paragraphs, each of at most this many words.
BIO_REACH = 3
MAX_BIO_WORDS = 80
# ... naming the author within its first few words (a role before the name: "Der Berliner Imam ...").
BIO_NAME_START = 3

# A template line whose number changes per page ("7 min read", "Foto 3/12"), learned under its
# numbers' mark (``keys.numbered_key``): this wide at most, and this many words beside its numbers.
MAX_NUMBERED_WIDTH = 40
MAX_NUMBERED_WORDS = 4
# A reading-time line (``cleaning.reading_time``): a count of minutes and a label of this many words
# at most ("Lesedauer: 3 Minuten", "5 min read", "Dakika 3 za kusoma"), or of this many where a colon
# sets the label apart ("Tempo di lettura: 5 minuti"): a clause about minutes holds a subject and a
# verb besides ("The meeting lasted 5 minutes"), and a label that long without a colon is one.
MAX_READING_TIME_WORDS = 2
MAX_READING_TIME_LABEL_WORDS = 3
# A page prints a counter or two at an edge of its text (its pictures, its comments): more lines of
# a label and a bracketed count in a row are a table the story gives (standings, top scorers).
MAX_EDGE_COUNTERS = 2
# A closing section's heading and the count below it name one thing ("Comments" over "12 comments",
# "Коментарі" over "12 коментарів", "التعليقات" over "12 تعليقا"): a word of each shares a run of
# this many letters (a stem inflection or an article in front leaves whole), or all of the shorter
# word ("评论" in "12条评论", "댓글" over "댓글 12개").
MIN_SHARED_STEM_CHARS = 4
# A word's letters the stems are compared on, at least: one letter is a particle or an initial, no thing named.
MIN_STEM_WORD_CHARS = 2
# A widget's count of comments, photos or shares: three digits at most ("12 comments", "コメント12件"); a
# longer number is a figure, a year or an amount.
MAX_COUNT_DIGITS = 3
# Below that count a widget prints one line of prompt that is no control ("Log in to join the
# conversation"; its links and buttons aside): more lines of text are the section's own (a photo
# story's captions under "12 photos", a live page's updates under "12 updates").
MAX_COUNTED_PROMPT_LINES = 1
# A count before its label, unbracketed ("12 Foto", "25 ፎቶ", "3 comments"): a label of this many words
# at most; a longer one after a count is a clause ("12 people were injured").
MAX_COUNTED_LABEL_WORDS = 2

# Learned site lines apply only to lines shorter than this (the learner observes no longer lines).
MAX_SITE_LINE_CHARS = 200
# If learned lines would remove more than this share of the text, the learned set is more likely
# contaminated (e.g. the same story published twice) than right: skip it for this page.
MAX_LEARNED_SHARE = 0.5
