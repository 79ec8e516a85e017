# Shared by scripts/run and scripts/test: make .venv (if missing) and install the project into it.
# Sourced, not run. Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.venv"
PYTHON="${PYTHON:-python3}"

ensure_env() {
  local extras="$1"  # "" or "[test]"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "companion: creating a virtual environment in $VENV" >&2
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
  fi
  local stamp="$VENV/.installed$extras"
  if [ ! -f "$stamp" ] || [ "$REPO/pyproject.toml" -nt "$stamp" ]; then
    echo "companion: installing companion$extras (the first time compiles llama-cpp-python: several minutes)" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$REPO$extras" >&2
    touch "$stamp"
  fi
}
