#!/usr/bin/env bash
# Usage: Tests/Scripts/install-check.sh
# The README's install and run steps, checked from outside the repository: release build, ./install.sh into a temporary
# prefix, then the installed program run from /tmp in a clean environment (the office makes packages, a reviewer opens one),
# its man page rendered, its shared libraries listed, and every file it opens traced to show none is in the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
swift build -c release --static-swift-stdlib
work="$(mktemp -d /tmp/panelist-install-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
./install.sh --prefix "$work/prefix"
mkdir -p "$work/office" "$work/home"
cp -r Fixtures/panels Fixtures/applications "$work/office/"
cd /tmp
run() { env -i PATH="$work/prefix/bin:/usr/bin:/bin" HOME="$work/home" LANG=en_US.UTF-8 TERM=dumb "$@"; }
echo "== which panelist: $(run sh -c 'command -v panelist')"
run panelist --version
run panelist rubric list
run panelist package create "$work/office/panels/zz-2024-panel.yaml" --out "$work/office/out" 2>/dev/null
run panelist open "$work/office/out/zz-2024-panel-a-r1.zip" --no-screen
run panelist package list
run panelist config
echo "== man page"
MANWIDTH=80 man -l "$work/prefix/share/man/man1/panelist.1" 2>/dev/null | head -20 || groff -man -Tutf8 "$work/prefix/share/man/man1/panelist.1" | head -20
echo "== shared libraries"
ldd "$work/prefix/bin/panelist"
if ldd "$work/prefix/bin/panelist" | grep -q swift; then echo "install-check: the binary needs Swift's shared libraries" >&2; exit 1; fi
if command -v strace >/dev/null; then
  echo "== files opened under the repository by 'rubric list' and 'package list' (expect none)"
  opened="$(run strace -f -qq -e trace=open,openat,stat,newfstatat,access -o /dev/stdout panelist rubric list 2>/dev/null | grep -F "$repo" || true)"
  opened+="$(run strace -f -qq -e trace=open,openat,stat,newfstatat,access -o /dev/stdout panelist package list 2>/dev/null | grep -F "$repo" || true)"
  if [ -n "$opened" ]; then echo "$opened"; echo "install-check: the installed program reads the repository" >&2; exit 1; fi
fi
echo "install-check: ok"
