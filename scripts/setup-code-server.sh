#!/usr/bin/env bash
# Installs what the real-workbench tests need, idempotently:
#   - Debian packages: chromium, ripgrep, and the headers code-server's native modules build against;
#   - code-server@4.100.3 (a whole VS Code 1.100.3: workbench + server + extension host) into
#     .cache/code-server/ (ignored by git), patched so it installs without downloading anything
#     but npm packages (see the "real clients" notes: plain `npm install code-server` fails here).
# A marker file makes a second run instant. Works as root with no stdin (CI=true).
#
# Usage: bash scripts/setup-code-server.sh [--force]
#   --force            reinstall code-server even if the marker is present
#   SKIP_APT=1         do not check or install Debian packages (chromium, rg and the headers must be there)
#   CHROMIUM_PATH=…    a Chromium other than /usr/bin/chromium (the tests read it too)
#   CODE_SERVER_DIR=…  install somewhere else than <repo>/.cache/code-server
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
MARKER="$DIR/.installed-$CODE_SERVER_VERSION"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

T0=$SECONDS
step() { printf '[setup-code-server %3ss] %s\n' "$((SECONDS - T0))" "$*"; }
fail() { printf '[setup-code-server] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- Debian packages
APT_PACKAGES=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
[[ "${SKIP_APT:-}" == 1 ]] && APT_PACKAGES=() # the caller provides chromium, rg and the build headers
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    fail "missing packages ${missing[*]} and no apt-get: this script targets Debian/Ubuntu; install the equivalents by hand, then run it with SKIP_APT=1"
  fi
  SUDO=()
  if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || fail "missing Debian packages ${missing[*]}; run as root or install sudo"
    SUDO=(sudo -n)
  fi
  step "apt-get update (missing: ${missing[*]})"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
  step "apt-get install ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null >/dev/null
  step "Debian packages installed"
elif [[ "${SKIP_APT:-}" == 1 ]]; then
  step "SKIP_APT=1: not checking Debian packages"
else
  step "Debian packages already present"
fi
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x "$CHROMIUM" ]] || fail "$CHROMIUM not found (set CHROMIUM_PATH to another Chromium)"
RG="$(command -v rg || true)"
[[ -n "$RG" ]] || fail "ripgrep (rg) not found after install"

# ---------------------------------------------------------------- code-server
CS="$DIR/node_modules/code-server"
if [[ $FORCE == 0 && -f "$MARKER" && -f "$CS/out/node/entry.js" ]]; then
  step "code-server $CODE_SERVER_VERSION already installed in ${DIR#$ROOT/}"
  exit 0
fi

command -v node >/dev/null || fail "node not found"
command -v npm >/dev/null || fail "npm not found"
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_loglevel="${npm_config_loglevel:-error}"

rm -f "$MARKER"
mkdir -p "$DIR"
if [[ ! -f "$DIR/package.json" ]]; then
  printf '{ "name": "code-server-cache", "private": true }\n' >"$DIR/package.json"
fi

step "npm install code-server@$CODE_SERVER_VERSION --ignore-scripts"
(cd "$DIR" && npm install --no-save --no-package-lock "code-server@$CODE_SERVER_VERSION" --ignore-scripts)
[[ -f "$CS/out/node/entry.js" ]] || fail "code-server did not install into $CS"

step "npm rebuild argon2"
(cd "$DIR" && npm rebuild argon2)

VS="$CS/lib/vscode"
step "lib/vscode: npm install --omit=dev --ignore-scripts"
(cd "$VS" && npm install --omit=dev --ignore-scripts)

step "lib/vscode: rebuild native modules (kerberos, spdlog, native-watchdog, parcel watcher, deviceid)"
(cd "$VS" && npm rebuild kerberos @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid)

step "lib/vscode: rebuild node-pty"
(cd "$VS" && npm_config_yes=true npm rebuild node-pty)

step "ripgrep: use Debian's $RG instead of downloading one"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cp -f "$RG" "$VS/node_modules/@vscode/ripgrep/bin/rg"
chmod +x "$VS/node_modules/@vscode/ripgrep/bin/rg"

step "postinstall links"
ln -sfn node_modules "$VS/node_modules.asar"
if [[ -d "$VS/bin/remote-cli" ]]; then
  ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
fi
if [[ -d "$VS/bin/helpers" ]]; then
  ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"
fi

step "lib/vscode/extensions: npm install --omit=dev"
(cd "$VS/extensions" && npm install --omit=dev)

step "checking: code-server --version"
# --config: an empty file, so code-server does not write a default config into ~/.config.
empty_config="$DIR/empty-config.yaml"
: >"$empty_config"
version="$(node "$CS/out/node/entry.js" --config "$empty_config" --version 2>/dev/null | grep -E "^$CODE_SERVER_VERSION " | head -n1 || true)"
[[ "$version" == "$CODE_SERVER_VERSION"* ]] || fail "unexpected 'code-server --version' output: $version"

date -u +%FT%TZ >"$MARKER"
step "code-server $version ready in ${DIR#$ROOT/} (took $((SECONDS - T0)) s)"
