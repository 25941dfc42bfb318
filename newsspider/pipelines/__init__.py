"""Item pipelines, one per module: thin Scrapy adapters around ``newsspider.extract`` and ``newsspider.stories``.

Order (``ITEM_PIPELINES``): ``extract`` (Page -> Article, in worker processes) -> ``incremental``
(seen in an earlier run? too old? over the per-source limit?) -> ``boilerplate`` (cleaning) ->
``stories`` (story detection). The JSONL feed then writes what comes out.
"""
