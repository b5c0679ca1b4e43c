"""coproduction-bot: a Telegram bot for sharing decisions with the women a service supports."""

import os

# Opt in to python-telegram-bot's coming behaviour (durations as timedelta) so upgrades are quiet.
os.environ.setdefault("PTB_TIMEDELTA", "1")
