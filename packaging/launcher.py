"""PyInstaller entry script: the same `main()` that the `helsehus-desktop` console script runs.

PyInstaller needs a script file rather than an entry point; this one only imports the package, so
the frozen program starts exactly like `python -m helsehus_desktop`.
"""

import sys

from helsehus_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
