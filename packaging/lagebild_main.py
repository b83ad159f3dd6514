"""Entry point of the frozen build: the same `lagebild` command as the installed one."""

import sys

from viewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
