# Sourced by tools/demo and .ci/run: install with apt-get whichever Debian/Ubuntu packages
# are missing. An entry "a|b" is one need met by either name (Ubuntu 24.04 renamed some
# libraries, e.g. libglib2.0-0t64): it counts as present when either is installed, else the
# first name apt knows is installed. Without dpkg/apt-get (another system) it does nothing.

# The desktop's runtime packages, one entry a line (comments and blank lines skipped).
desktop_packages() {
  grep -v -e '^#' -e '^$' "$(dirname "${BASH_SOURCE[0]}")/desktop-packages.txt"
}

install_missing() {
  command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 0
  local entry name missing=()
  for entry in "$@"; do
    local present=""
    for name in ${entry//|/ }; do
      dpkg -s "$name" >/dev/null 2>&1 && present=1 && break
    done
    [ -n "$present" ] || missing+=("$entry")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  local chosen=()
  for entry in "${missing[@]}"; do
    local pick="${entry%%|*}"
    for name in ${entry//|/ }; do
      if apt-cache policy "$name" 2>/dev/null | grep -q 'Candidate: [^(]'; then
        pick="$name"; break
      fi
    done
    chosen+=("$pick")
  done
  echo "Installing system packages: ${chosen[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${chosen[@]}" >/dev/null
}
