"""What the packaged program runs: the same entry point as the ``makerspace-app`` command."""

import sys

from makerspace_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
