#!/usr/bin/env bash
# Installs what the tests need on a clean Debian machine: Debian's chromium
# for the browser tests. Go modules are fetched by `go test` itself.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }

if ! have_chromium && [ -z "${CHROMIUM:-}" ]; then
	if [ "${ZEREN_SKIP_BROWSER:-}" = 1 ]; then
		echo "test-deps: no chromium, browser tests skipped (ZEREN_SKIP_BROWSER=1)"
		exit 0
	fi
	echo "test-deps: installing Debian's chromium for the browser tests"
	SUDO=""
	if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
	have_chromium || { echo "test-deps: chromium did not install" >&2; exit 1; }
fi
echo "test-deps: $(chromium --version 2>/dev/null || echo "${CHROMIUM:-chromium}")"
