"""Server addresses for the window: built and read without SQLAlchemy (the window may not import it).

The address never holds the password: it is asked each time and handed to the connection only.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from app.storage.tls import default_sslmode

SCHEME = "postgresql+psycopg"
SSL_MODES = ("require", "verify-full", "verify-ca", "prefer", "disable")
DEFAULT_PORT = 5432


def is_server(target: object) -> bool:
    return isinstance(target, str) and "://" in target


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "require"

    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (f"{SCHEME}://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.database, safe='')}"
                f"?sslmode={self.sslmode}")

    def label(self) -> str:
        """user@host/database, for the status bar."""
        return f"{self.user}@{self.host}/{self.database}"

    @classmethod
    def parse(cls, url: str | None) -> ServerAddress | None:
        """The address in a server URL (its password, if any, is dropped); None for anything else."""
        if not url or not is_server(url):
            return None
        try:
            parts = urlsplit(url)
            port = parts.port or DEFAULT_PORT
        except ValueError:
            return None
        if not parts.scheme.startswith("postgresql"):
            return None
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        sslmode = query.get("sslmode") or default_sslmode(parts.hostname, query) or "prefer"
        return cls(parts.hostname or "", unquote(parts.path.lstrip("/")), unquote(parts.username or ""), port,
                   sslmode)
