#!/bin/sh
# Install the bot into .venv (first time, or after an update) and run it with the settings in .env.
set -eu
cd "$(dirname "$0")"
. ./scripts/venv.sh
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e .
exec "$VENV/bin/python" -m bot "$@"
