"""Scrapy commands of the project (``COMMANDS_MODULE``): ``crawl`` for cron."""
