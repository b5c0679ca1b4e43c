#!/bin/sh
# Install the bot and its test tools into .venv, check lint and types, and run every test.
set -eu
cd "$(dirname "$0")"
. ./scripts/venv.sh
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]'
"$VENV/bin/ruff" check .
"$VENV/bin/mypy"
exec "$VENV/bin/python" -m pytest "$@"
