"""`python -m notebook_agent` is the `notebook-agent` command."""

import sys

from .cli import main

sys.exit(main())
