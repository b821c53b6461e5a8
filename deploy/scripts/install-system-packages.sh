#!/usr/bin/env bash
# Install the Debian packages swaptally's tests and demo need, only those that are missing.
# Idempotent and quiet: when every binary is already on PATH, apt-get is not run at all.
set -euo pipefail

# binary -> Debian package
declare -A PACKAGES=(
  [java]=default-jre-headless   # runs the Kafka broker
  [mvn]=maven                   # resolves the broker's jars from Maven Central
  [chromium]=chromium           # the live page's browser test
  [prometheus]=prometheus       # scrapes the workers in a test
  [docker-compose]=docker-compose  # validates docker-compose.yml (no Docker engine needed)
)

missing=()
for binary in "${!PACKAGES[@]}"; do
  command -v "$binary" >/dev/null 2>&1 || missing+=("${PACKAGES[$binary]}")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "missing system packages: ${missing[*]} (no apt-get here; install them with your package manager)" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "missing system packages: ${missing[*]}; run this script as root" >&2
    exit 1
  fi
fi

echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
