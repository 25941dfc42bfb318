"""Signals of the crawl's own components (Scrapy's are in ``scrapy.signals``; the distributed
add-on's in ``newsspider.distributed.signals``)."""

items_committed = object()
"""Items the output wrote are now durable (fsync'd, or stored for a feed that is not a local
file): only now do they count as emitted. Sent by ``extensions.feed_output.FeedOutput`` at each
commit point. Arguments: ``items`` and ``responses`` (the response each item came from, or None),
two lists in the order the items were written."""

articles_lost = object()
"""Articles announced by ``items_committed`` that are durable no more: the output file they were
written to was deleted while the run wrote it (a clean-up job removing a hidden ``.part`` file, the
output folder removed; sent when the run ends, and the next run writes them again), or an appended
file's last line holding one was found cut when the run opened it (sent then: this run writes it
again). Sent by ``extensions.feed_output.FeedOutput``; the incremental pipeline forgets them.
Argument: ``article_ids``."""

article_request_failed = object()
"""An article request ended with no page for the pipelines: it failed (an HTTP error, a connection
failure, robots.txt, a full source), the scheduler dropped it (a duplicate, a redirect loop) or its
response is not text. Sent by the news spider; the article budget gives its place to a link
waiting (``extensions.article_budget.ArticleEndings``).
Argument: ``source``."""

output_opening = object()
"""A local output file of the crawl is being opened (``output.AtomicFileFeedStorage.open``): every
storage of the crawl with a file open answers why the two cannot both be written (one file named
twice, or a file the run writes beside the other), or None. Sent by the storage opening, whose
crawl's other outputs are known only through this (names the run gives: ``%(name)s``).
Argument: ``storage``."""
