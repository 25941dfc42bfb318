"""The project's middlewares, one per module, and the request meta keys they read.

The news spider sets these keys on its requests; the middlewares act on them:

* ``CONDITIONAL`` (``conditional_get.py``, downloader): send the request with the validators of
  the last complete run, so an unchanged feed costs a 304;
* ``SOURCE``: the name of the source the request belongs to, for the per-source stats
  (``source_requests.py`` counts the requests);
* ``ARTICLE``: the request is for an article page (not a feed, sitemap, listing or home page):
  ``source_limit.py`` drops it once the source has reached its article limit (the spider checked
  its link against the age limit and the seen store before: ``newsspider.discovery.follow``);
* ``DISCOVERY_FAILED``: set by the spider on a feed, sitemap or listing page it could not use
  (not a feed, nothing found...): ``conditional_get.py`` keeps no validators for it, so the next
  run reads it again and reports it again, instead of getting a 304.
"""

CONDITIONAL = "newsspider_conditional"
SOURCE = "newsspider_source"
DISCOVERY_FAILED = "newsspider_discovery_failed"
ARTICLE = "newsspider_article"
IF_NONE_MATCH, IF_MODIFIED_SINCE = "If-None-Match", "If-Modified-Since"
VALIDATOR_HEADERS = (IF_NONE_MATCH, IF_MODIFIED_SINCE)
"""The request headers naming the copy of a document the client holds (``conditional_get.py`` sends
them); a 304 to a request without them names no earlier copy (the spider's ``_not_modified``)."""
