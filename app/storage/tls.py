"""The encryption a server connection gets when nobody said (standard library only).

libpq's own default, `prefer`, tries TLS and silently falls back to clear text: on an office network or
a VPN, someone in the middle can make it fall back and read every answer and the password exchange.
So when no `sslmode` is given - not in the address, not in the pg_service.conf service it names, not in
`PGSSLMODE` - the address gets:

- `verify-full` when a root certificate is configured (`sslrootcert=` in the address or the service, the
  `PGSSLROOTCERT` variable, or libpq's default file `~/.postgresql/root.crt`, `%APPDATA%\\postgresql\\root.crt`
  on Windows): the server's certificate and name are checked;
- otherwise `require`: always encrypted (the certificate is not checked);
- nothing when every server it may reach is this machine itself (localhost, 127.0.0.1, ::1, a Unix
  socket directory), where there is no network to cross.

The servers it may reach are found as libpq finds them, each setting from the first place that gives it:
the address (`host` in its authority part or as `?host=`, `?hostaddr=`, which libpq connects to instead
of the host's name), then the service (`?service=` or `PGSERVICE`, read from `PGSERVICEFILE` or
`~/.pg_service.conf`, then `PGSYSCONFDIR/pg_service.conf`), then `PGHOST` / `PGHOSTADDR`. A service that
cannot be read here (libpq may know other places) counts as a remote server. An explicit `sslmode` -
including `disable`, `allow` or `prefer`, which the user then asked for - is always kept (docs/server.md).
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
ONCE = ("sslmode", "sslrootcert", "hostaddr", "service", "dbname", "user", "password")


class AddressError(ValueError):
    """A server address that cannot be used as written; the message says what to change."""


def is_local(host: str | None) -> bool:
    """This machine: no host (libpq's Unix socket), a socket directory, or a loopback name."""
    h = (host or "").strip().strip("[]").lower()
    return h in LOCAL_HOSTS or h.startswith("/") or h.startswith("@")


def _without_port(token: str) -> str:
    """`db.example.org:5433` -> `db.example.org`; `[::1]:5433` -> `::1`; a bare IPv6 address is kept."""
    token = token.strip()
    if token.startswith("["):
        return token[1:token.find("]")] if "]" in token else token
    return token.rsplit(":", 1)[0] if token.count(":") == 1 else token


def _items(value: object) -> list[str]:
    """A setting's comma-separated list (libpq's form), given once or (?host=a&host=b) several times."""
    given = value if isinstance(value, list | tuple) else [] if value in (None, "") else [value]
    return [part.strip() for item in given for part in str(item).split(",")]


def check_once(query: Mapping[str, object]) -> None:
    """A setting given twice (`?sslmode=require&sslmode=disable`) is refused rather than guessed at."""
    for name in ONCE:
        value = query.get(name)
        if isinstance(value, list | tuple) and len(value) > 1:
            shown = ", ".join(str(v) for v in value) if name != "password" else "…"
            raise AddressError(f"'{name}' is given {len(value)} times in the address ({shown}): give it once")


def _service_files(env: Mapping[str, str], home: Path) -> list[Path]:
    if env.get("PGSERVICEFILE"):
        user = Path(env["PGSERVICEFILE"])
    elif os.name == "nt":
        user = Path(env.get("APPDATA", "")) / "postgresql" / ".pg_service.conf"
    else:
        user = home / ".pg_service.conf"
    return [user] + ([Path(env["PGSYSCONFDIR"]) / "pg_service.conf"] if env.get("PGSYSCONFDIR") else [])


def service_settings(name: str, env: Mapping[str, str], home: Path) -> dict[str, str] | None:
    """The settings of a pg_service.conf service as libpq reads them (the first file naming it wins), or
    None when no file read here names it (libpq may still find it elsewhere: the caller assumes the worst)."""
    for path in _service_files(env, home):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string(path.read_text(encoding="utf-8", errors="replace"))
        except (OSError, configparser.Error):
            continue
        if parser.has_section(name):
            return dict(parser.items(name))
    return None


def root_cert_configured(settings: Mapping[str, object], env: Mapping[str, str] | None = None,
                         home: Path | None = None) -> bool:
    env = os.environ if env is None else env
    if settings.get("sslrootcert") or env.get("PGSSLROOTCERT"):
        return True
    if os.name == "nt":
        base = Path(env.get("APPDATA", "")) if env.get("APPDATA") else None
        default = base / "postgresql" / "root.crt" if base else None
    else:
        default = (home or Path.home()) / ".postgresql" / "root.crt"
    return default is not None and default.is_file()


def _targets(hosts: Sequence[str], hostaddrs: Sequence[str]) -> list[str]:
    """What libpq connects to: each host's hostaddr when one is given (paired in order), else its name."""
    if not hostaddrs:
        return list(hosts) or [""]
    if len(hosts) == len(hostaddrs):
        return [a or h for h, a in zip(hosts, hostaddrs, strict=True)]
    return [*hosts, *hostaddrs]  # libpq refuses a mismatch; judge every one of them


def default_sslmode(host: str | None, query: Mapping[str, object], env: Mapping[str, str] | None = None,
                    home: Path | None = None) -> str | None:
    """The sslmode to add to an address that says none, or None to leave it to libpq (an sslmode is given
    somewhere libpq reads it, or only this machine can be reached)."""
    env = os.environ if env is None else env
    home = home or Path.home()
    check_once(query)
    if query.get("sslmode") or env.get("PGSSLMODE"):
        return None
    service_name = str(query.get("service") or env.get("PGSERVICE") or "")
    service: dict[str, str] = {}
    unknown_service = False
    if service_name:
        found = service_settings(service_name, env, home)
        unknown_service = found is None
        service = found or {}
        if service.get("sslmode"):
            return None

    def setting(name: str, given: object = None) -> list[str]:
        return _items(query.get(name) or given or service.get(name) or env.get(f"PG{name.upper()}"))

    hosts = [_without_port(h) for h in setting("host", host)]
    targets = _targets(hosts, setting("hostaddr"))
    if not unknown_service and all(is_local(t) for t in targets):
        return None
    return "verify-full" if root_cert_configured({**service, **query}, env, home) else "require"
