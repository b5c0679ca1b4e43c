#!/bin/sh
# Install the bot and its test tools into .venv (when needed), check lint and types, and run
# every test. Any arguments go to pytest, e.g. ./test.sh tests/unit -q
set -eu
cd "$(dirname "$0")"
. ./scripts/venv.sh
install_project test
"$VENV/bin/ruff" check .
"$VENV/bin/mypy"
exec "$VENV/bin/python" -m pytest "$@"
