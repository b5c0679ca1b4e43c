#!/bin/sh
# Install the bot and its test tools into .venv (when needed), check lint and types, and run
# every test, two at a time. Any arguments go to pytest, e.g. ./test.sh tests/unit -q
set -eu
cd "$(dirname "$0")"
. ./scripts/venv.sh
install_project test
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"
# Two test processes (pytest-xdist); `./test.sh -n 0 ...` runs them in one, e.g. to debug.
exec "$VENV/bin/python" -m pytest -n 2 "$@"
