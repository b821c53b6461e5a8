"""`python -m services` runs the swaptally CLI."""

from services.cli.main import main

raise SystemExit(main())
