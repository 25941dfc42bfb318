"""Fault injection for the crawler: a hostile local web site (server.py) and its case table (cases.py)."""
