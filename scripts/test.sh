#!/usr/bin/env bash
# The test command (README.md; .ci/run calls it too): install the tools the suite
# needs, then run `cargo test --locked`. Arguments go to cargo test.
#
#   scripts/test.sh                                    # install what is missing, test all
#   scripts/test.sh --test testsuite pdf::             # the same, one part of the suite
#   DISCLOSE_SKIP_MISSING_TOOLS=1 scripts/test.sh      # install nothing; skip and count
#                                                      # the checks whose tools are missing
#
# Without the opt-out a test whose tool is missing fails and names the command that
# installs it (tests/testsuite/tools.rs). Installing Debian packages needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

SKIP=${DISCLOSE_SKIP_MISSING_TOOLS:-}
[[ $SKIP == 0 ]] && SKIP=""

# Versions the exports and tests are written for (tests/testsuite/tools.rs checks them).
NPM_PACKAGES=(vnu-jar vanilla-cookieconsent@3.1.0 klaro@0.7.22 playwright-core@1.65.1
  @microsoft/jest-sarif axe-core@4.14.1)

install_tools() {
  # Headless Chromium for the browser tests (hostile input, consent banners, layout,
  # printing), poppler-utils (pdftotext, pdfinfo, pdffonts) to read the PDFs, DejaVu
  # Sans as a project font with Arabic glyphs, Java for the Nu HTML Checker, and Node.
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null \
    || ! command -v java >/dev/null || ! command -v npm >/dev/null \
    || [[ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]]; then
    echo "test.sh: installing Debian packages (chromium, poppler-utils, fonts-dejavu-core, Java, Node)" >&2
    $sudo apt-get update -qq
    local packages=(chromium poppler-utils fonts-dejavu-core)
    command -v java >/dev/null || packages+=(default-jre-headless)
    command -v npm >/dev/null || packages+=(nodejs npm)
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
  fi

  # An independent JSON Schema validator for the schema and SARIF tests.
  if ! command -v check-jsonschema >/dev/null; then
    python3 -m pip install --quiet --disable-pip-version-check check-jsonschema
  fi

  # The Nu HTML Checker, the consent managers the exports are tested with, a browser
  # driver, axe-core and the SARIF 2.1.0 schema, into .ci/tools (git ignores it).
  local package name version wanted=()
  for package in "${NPM_PACKAGES[@]}"; do
    name=${package%@*} version=${package##*@}
    [[ $name == "$package" || -z $name ]] && { name=$package version=""; }
    local manifest=.ci/tools/node_modules/$name/package.json
    if [[ ! -f $manifest ]] || { [[ -n $version ]] && ! grep -q "\"version\": \"$version\"" "$manifest"; }; then
      wanted+=("$package")
    fi
  done
  if ((${#wanted[@]})); then
    echo "test.sh: npm install --prefix .ci/tools ${wanted[*]}" >&2
    npm install --silent --no-audit --no-fund --prefix .ci/tools "${NPM_PACKAGES[@]}"
  fi
}

# pip puts commands in the interpreter's scripts folder or the user's: make both visible.
if command -v python3 >/dev/null; then
  PATH="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))'):$(python3 -m site --user-base)/bin:$PATH"
  export PATH
fi

if [[ -z $SKIP ]]; then
  install_tools
  chromium --version
  pdftotext -v 2>&1 | sed -n 1p
  java -version 2>&1 | sed -n 1p
  echo "node $(node --version), $(check-jsonschema --version)"
fi

# The tests list each check they skip here (only with the opt-out).
skipped=$(mktemp "${TMPDIR:-/tmp}/disclose-skipped.XXXXXX")
trap 'rm -f "$skipped"' EXIT
export DISCLOSE_SKIPPED_LOG=$skipped

status=0
cargo test --locked "$@" || status=$?

if [[ -n $SKIP ]]; then
  count=$(wc -l <"$skipped")
  if ((count)); then
    echo "test.sh: $count check(s) SKIPPED for missing tools (DISCLOSE_SKIP_MISSING_TOOLS is set):"
    sort "$skipped" | sed 's/^/  /'
    echo "test.sh: run without DISCLOSE_SKIP_MISSING_TOOLS to install the tools and run them."
  else
    echo "test.sh: 0 checks skipped: every tool the suite needs was found."
  fi
fi
exit "$status"
