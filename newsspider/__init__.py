"""newsspider: a Scrapy news crawler (feeds, news sitemaps, listing pages) writing clean JSONL.

The Scrapy side (spiders, middlewares, pipelines, extensions, add-ons) is a thin layer over plain
modules that need neither Scrapy nor a network: ``discovery``, ``extract``, ``stories``, ``state``.
"""
