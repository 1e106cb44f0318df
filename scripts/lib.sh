# Shared by the scripts in this folder: paths, tool versions and the set-up steps.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/e2e/node_modules/.bin:$PATH"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER_BIN="${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

need_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

need_trunk() {
  if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
    say "installing Trunk 0.21 (about 10 minutes on 2 cores, once)"
    cargo install trunk --version '~0.21' --locked
  fi
}

need_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$" ||
    ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want (about 3 minutes, once)"
    # Not --locked: the registry lacks a version its lockfile pins.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

need_npm_packages() {
  # binaryen (wasm-opt 132), playwright-core and axe-core, as pinned in e2e/package-lock.json.
  if [ ! -x "$ROOT/e2e/node_modules/.bin/wasm-opt" ] ||
    [ "$ROOT/e2e/package-lock.json" -nt "$ROOT/e2e/node_modules/.package-lock.json" ]; then
    say "installing npm packages in e2e/"
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

need_chromium() {
  if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER_BIN" ]; then
    say "installing Chromium and ChromeDriver from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

need_crates() {
  # Every crate for every target in the cache, so later builds work offline.
  (cd "$ROOT" && cargo fetch --quiet)
}

# Everything building dist/ needs.
setup_build() {
  need_wasm_target
  need_npm_packages
  need_crates
  need_trunk
  need_wasm_bindgen
}

# Everything the tests need as well.
setup_all() {
  setup_build
  need_chromium
}
