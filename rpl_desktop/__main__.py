"""``python -m rpl_desktop``."""

import sys

from rpl_desktop.app import main

sys.exit(main())
