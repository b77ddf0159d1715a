"""``python -m rpl_desktop``."""

import sys

from rpl_desktop.app import main

if __name__ == "__main__":  # worker processes (batch printing) import this module without running it
    sys.exit(main())
