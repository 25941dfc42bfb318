"""Imported by the forkserver the worker processes are forked from: the stage modules are imported
and warmed there once (``newsspider.worker_process.warm_up``), and every worker forked from it
starts warm, sharing that memory with its siblings, instead of each paying ~1.2 s of CPU."""
from newsspider.worker_process import warm_up

warm_up()
