"""The languages of the content and the interface (kept tiny: the window imports it before anything else)."""

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
FALLBACK_LANGUAGE = "en"
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})
