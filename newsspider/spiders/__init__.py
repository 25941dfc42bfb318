"""The project's spiders: ``news`` (``news.py``)."""
