"""OPSC self-assessment tool."""

__version__ = "0.1.0"
