"""Launch the SOFA Desktop window (same as ``python -m sofa_desktop gui``)."""

import sys

from sofa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
