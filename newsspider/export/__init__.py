"""What a run writes for people and downstream tools beside its articles (plain logic, no Scrapy).

* ``stories``: the story export, one record per story that gained a member in the run, with
  every member so far (schema: ``newsspider/story.schema.json``).
* ``html_report``: the same stories as one self-contained HTML page.
* ``files``: where these files go beside the articles file, written atomically.

The crawl's ``newsspider.extensions.story_export`` feeds them; they read the story store only
through its protocol (``newsspider.stories.store``).
"""
