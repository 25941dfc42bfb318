"""The Redis layout of the state, and how much one command carries.

Keys (``<p>`` = ``NEWSSPIDER_REDIS_PREFIX``, default ``newsspider``), kept between runs like the
SQLite state directory:

=====================================  ==================================================
``<p>:seen:urls``                       set: every URL (canonical and fetched) of an emitted article
``<p>:seen:articles``                   hash: article id -> "1" + modified date ("0" = no date)
``<p>:seen:emitted``                    sorted set: article id -> when it was last emitted (epoch s)
``<p>:seen:urls_of``                    hash: article id -> its URLs, one per line (to forget them with it)
``<p>:seen:keys``                       hash: article id -> digest of its title (another article declaring its URL)
``<p>:version``                         integer: the layout version (``layout.py``; none: v1, before the key)
``<p>:validators``                      hash: feed/sitemap URL -> JSON {etag, last_modified}
``<p>:lines:<site>:pages``              set: 8-byte hashes of the pages observed
``<p>:lines:<site>:counts``             sorted set: line key -> pages it was seen on
``<p>:lines:<site>:runs``               hash: numbered key -> its digits while its ``NumberRun`` lasts ("": unknown,
                                        a key counted before layout v2; v2 kept "pages start digits")
``<p>:stories:seq``                     integer: last article ref (the log counter)
``<p>:stories:rec``                     hash: ref -> JSON article record (append-only log)
``<p>:stories:ts``                      sorted set: ref -> the article's ts (the story window at start-up)
``<p>:stories:exact`` / ``:ids``        hash: exact hash / article id -> first ref
``<p>:stories:members:<story>``         list: refs of the story, oldest first
``<p>:stories:first``                   hash: "<story> <language>" -> the story's first ref in that language
``<p>:stories:size`` / ``:first_ts``    hash: story id -> size / earliest timestamp
``<p>:stories:links``                   hash: ref -> "<story>:<root ref> <bridged story>:<root ref>...": the
                                        link an article made (kept when it is forgotten)
``<p>:stories:mean:<backend>:<lang>``   hash: n, total (float64 bytes) of raw vectors
=====================================  ==================================================
"""

CHUNK = 1000
"""Members or fields per command when reading or testing many at once (one round trip each)."""
