"""Benchmarks: the bot against a bare python-telegram-bot echo bot, on the loopback Bot API."""
