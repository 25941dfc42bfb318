"""Finding article URLs in feeds, news sitemaps and listing pages: plain logic, no Scrapy."""
