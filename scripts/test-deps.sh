#!/usr/bin/env bash
# Installs what the tests need on a clean Debian machine: Debian's chromium
# for the browser tests, and poppler-utils (pdftotext) for the PDF import
# tests, and Node.js for the search client's parity tests. Go modules are
# fetched by `go test` itself.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }
have_pdftotext() { command -v pdftotext >/dev/null 2>&1; }
have_node() { command -v node >/dev/null 2>&1; }

packages=()
if ! have_chromium && [ -z "${CHROMIUM:-}" ]; then
	if [ "${ZEREN_SKIP_BROWSER:-}" = 1 ]; then
		echo "test-deps: no chromium, browser tests skipped (ZEREN_SKIP_BROWSER=1)"
	else
		echo "test-deps: installing Debian's chromium for the browser tests"
		packages+=(chromium)
	fi
fi
if ! have_pdftotext; then
	echo "test-deps: installing Debian's poppler-utils (pdftotext) for the PDF import tests"
	packages+=(poppler-utils)
fi
if ! have_node; then
	echo "test-deps: installing Debian's nodejs for the search client's parity tests"
	packages+=(nodejs)
fi
if [ "${#packages[@]}" -gt 0 ]; then
	SUDO=""
	if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
if [[ " ${packages[*]:-} " == *" chromium "* ]]; then
	have_chromium || { echo "test-deps: chromium did not install" >&2; exit 1; }
fi
have_pdftotext || { echo "test-deps: pdftotext did not install (Debian package poppler-utils)" >&2; exit 1; }
if have_chromium || [ -n "${CHROMIUM:-}" ]; then
	echo "test-deps: $(chromium --version 2>/dev/null || echo "${CHROMIUM:-chromium}")"
fi
echo "test-deps: $(pdftotext -v 2>&1 | head -n1)"
have_node || { echo "test-deps: node did not install (Debian package nodejs)" >&2; exit 1; }
echo "test-deps: node $(node --version)"
