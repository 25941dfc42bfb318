"""WARC files in and out (plain logic, no Scrapy).

``reader`` turns the records of WARC files into plain archived pages (with the filters of a WARC
input run and a count of every record it skips), ``writer`` writes request/response exchanges to
rotating gzipped WARC files, ``payload`` decodes an HTTP body the way a client does, and
``request_record`` is the small JSON record newsspider keeps beside each response it archives
(the callback and arguments the page was fetched for), so a re-extraction sees the same page.
"""
