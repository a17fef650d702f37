#!/usr/bin/env bash
# `npm run setup`: installs the Debian packages the tests need, when they are missing: Chromium (with its
# recommended fonts, which the layout tests measure), Firefox ESR, nginx with its brotli module, and a Java runtime
# for the W3C Nu HTML Checker, and poppler-utils (pdfinfo, pdftotext, pdftohtml) that the tests of the versions' PDF
# editions read them with. Never a downloaded browser. `npm test` runs it by itself when something is missing;
# .ci/run runs it first.
set -euo pipefail

with_recommends=()
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || with_recommends+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v pdftotext >/dev/null || missing+=(poppler-utils)

if [ $((${#with_recommends[@]} + ${#missing[@]})) -eq 0 ]; then
  echo "setup: Chromium, Firefox ESR, nginx with brotli, Java and poppler-utils are installed."
  exit 0
fi
echo "setup: installing Debian packages: ${with_recommends[*]} ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
[ ${#with_recommends[@]} -eq 0 ] || "${sudo[@]}" apt-get install -y "${with_recommends[@]}"
[ ${#missing[@]} -eq 0 ] || "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
