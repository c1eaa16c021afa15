"""Dealer Club core: club rules, branch data and services. Knows no Qt widgets."""

__version__ = "0.1.0"
