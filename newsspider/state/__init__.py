"""The state kept between runs: plain logic, no Scrapy.

``base.py`` declares the records and the stores' protocols; ``sqlite/`` and ``redis/`` implement
them (one backend each); ``learned_lines.py`` is what every line-stats store shares; ``lock.py`` is
the run lock of a state directory.
"""
