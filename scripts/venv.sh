# Sourced by run.sh and test.sh: make sure .venv exists and works, then `install_project`.
VENV="${VENV:-.venv}"
if ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    PYTHON=""
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            PYTHON="$candidate"
            break
        fi
    done
    if [ -z "$PYTHON" ]; then
        echo "Python 3.11 or newer is needed: install it (e.g. apt-get install python3) and retry." >&2
        exit 1
    fi
    rm -rf "$VENV"
    if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
        rm -rf "$VENV"
        echo "Could not create $VENV: install Python's venv module (e.g. apt-get install python3-venv) and retry." >&2
        exit 1
    fi
fi

# install_project [EXTRAS]: install this project (with EXTRAS, e.g. "test") into the venv, but
# only when pyproject.toml changed since the last install, so a restart needs no network.
install_project() {
    spec="."
    [ -n "${1:-}" ] && spec=".[$1]"
    stamp="$VENV/.installed${1:+-$1}"
    wanted="$(cksum pyproject.toml)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
        echo "$wanted" > "$stamp"
    fi
}
