"""Pillow's Image module as reportlab and openpyxl see it in the bundle: present, with no image support.

Anything that really needs an image gets a clear error instead of a wrong picture.
"""

from __future__ import annotations

from typing import Any


class Image:
    """Never instantiated: reportlab's isinstance checks find no Pillow image."""


def open(*_args: Any, **_kwargs: Any) -> Image:  # noqa: A001 - Pillow's name
    raise OSError("images are not supported in this build of OPSC self-assessment")


def new(*_args: Any, **_kwargs: Any) -> Image:
    raise OSError("images are not supported in this build of OPSC self-assessment")
