"""Entry point: `python -m bot [COMMAND]`; the subcommands live in `bot/cli.py`."""

from __future__ import annotations

import gc
import sys

# Importing the bot makes some 70,000 objects that live as long as the process. The cycle
# collector would walk them over and over while they are being made (about a twentieth of the
# start-up), so it waits until they are all there, and then leaves them out of its rounds.
gc.disable()
from bot.cli import main  # noqa: E402

gc.freeze()
gc.enable()

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
