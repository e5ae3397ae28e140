#!/bin/sh
# Create the virtual environment $2 with Python $1. Debian's python3 lacks venv/ensurepip until python3-venv is
# installed: as root with apt-get this installs it, otherwise it stops with one line saying how.
set -e
python="$1"
venv="$2"
if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing python${version}-venv (Python's venv module)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python${version}-venv" >/dev/null || \
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    else
        echo "error: Python's venv module is missing; install it with: sudo apt-get install -y python${version}-venv" >&2
        exit 1
    fi
fi
"$python" -m venv "$venv"
