"""Article extraction from a fetched page: plain logic, no Scrapy (``newsspider.extract.article`` is the entry point)."""
