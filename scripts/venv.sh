# Sourced by run.sh and test.sh: find Python 3.11+ and make sure .venv exists.
VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            PYTHON="$candidate"
            break
        fi
    done
    if [ -z "${PYTHON:-}" ]; then
        echo "Python 3.11 or newer is needed: install it (e.g. apt-get install python3) and retry." >&2
        exit 1
    fi
    "$PYTHON" -m venv "$VENV"
fi
