"""Story detection (copies of one text: exact, edited, translated): plain logic, no Scrapy.

``detector.StoryDetector`` is the entry point; ``store`` keeps what it has seen between runs.
"""
