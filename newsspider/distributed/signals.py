"""Signals the distributed components send, for the scheduler to learn when a request is done.

Both complete what Scrapy's own signals say (``response_received``, ``item_scraped``,
``item_dropped``, ``item_error``, ``spider_error``) where Scrapy has no signal of its own.
"""

spider_output_done = object()
"""The spider's output for a response is exhausted. Arguments: ``response``, ``outputs`` (the
number of items and requests it held; see ``spider_output.SpiderOutputMiddleware``)."""

download_failed = object()
"""A request's download failed and no downloader middleware replaced it by another request or a
response: the errback gets the failure next. Arguments: ``request``, ``exception``."""
