#!/usr/bin/env python3
"""`python build.py ARGS` is `dateline ARGS`; with no arguments it builds the demo site."""
import sys

from dateline.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
