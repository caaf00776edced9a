"""Launch NAP Desktop from a source checkout: `python main.py [--demo | --vault DIR]`."""

import sys

from nap_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
