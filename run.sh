#!/bin/sh
# Install the bot into .venv (the first time, or after pyproject.toml changes) and run it with the
# settings in .env or the environment.
set -eu
cd "$(dirname "$0")"
. ./scripts/venv.sh
install_project
exec "$VENV/bin/python" -m bot "$@"
