"""Entry point: ``makerspace-app`` and ``python -m makerspace_app``.

Commands run headless (cli.py never imports Qt); with no command the window opens.
"""

from __future__ import annotations

import sys


def main() -> int:
    from makerspace_app.cli import GuiRequested
    from makerspace_app.cli import main as cli_main

    try:
        return cli_main(sys.argv[1:])
    except GuiRequested as wanted:
        from makerspace_app.ui.app import run_gui

        return run_gui(wanted.db)


if __name__ == "__main__":
    sys.exit(main())
