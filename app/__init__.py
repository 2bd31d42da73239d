"""OPSC self-assessment tool."""

import logging

__version__ = "0.1.0"

# The app's records go to the rotating file in the data folder (app/applog.py) and nowhere else: without this,
# a record logged before (or without) that file's handler — a window driven by a script, a data folder whose
# logs cannot be written — reached Python's last-resort handler and was printed, in English, on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
