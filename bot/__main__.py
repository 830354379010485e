"""`python -m bot` is the same as the `bryggan` command."""

from bot.cli import main

raise SystemExit(main())
