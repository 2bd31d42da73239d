"""python -m app: no command starts the interface; a command runs on the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:  # the common case, double-clicked: straight to the window (no argparse, no command table)
        from app.ui.application import run_gui

        return int(run_gui())
    from app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
