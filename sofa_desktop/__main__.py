"""Entry point for ``python -m sofa_desktop``."""

import sys

from sofa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
