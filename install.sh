#!/usr/bin/env bash
# Usage: ./install.sh [--prefix DIR] [--binary FILE] [--no-man]
# Installs panelist under a prefix (default ~/.local): bin/panelist, shell completions (bash, zsh, fish) and the man page.
# Build first: swift build -c release --static-swift-stdlib
set -euo pipefail
cd "$(dirname "$0")"
prefix="${HOME}/.local"
binary=".build/release/panelist"
man=1
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --binary) binary="$2"; shift 2 ;;
    --binary=*) binary="${1#*=}"; shift ;;
    --no-man) man=0; shift ;;
    -h|--help) sed -n '2,4p' "$0" | sed 's/^# //'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see ./install.sh --help)" >&2; exit 2 ;;
  esac
done
if [ ! -x "$binary" ]; then
  echo "install.sh: $binary not found; build it first: swift build -c release --static-swift-stdlib" >&2
  exit 1
fi
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

install -d "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d" "$prefix/share/man/man1"
install -m 0755 "$binary" "$prefix/bin/panelist"
bin="$prefix/bin/panelist"

# Completions from the argument parser: subcommands, options, rubric ids and --format values.
"$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/panelist"
"$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_panelist"
"$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/panelist.fish"

# The man page: swift-argument-parser's generate-manual tool reads the program's own description of its commands.
if [ "$man" = 1 ]; then
  tools="$(swift build -c release --product generate-manual --show-bin-path)"
  if [ ! -x "$tools/generate-manual" ]; then
    echo "install.sh: building swift-argument-parser's generate-manual tool (once)..." >&2
    swift build -c release --product generate-manual >&2
  fi
  "$tools/generate-manual" "$bin" --section 1 --output-directory "$prefix/share/man/man1"
fi

echo "Installed panelist $("$bin" --version) into $prefix:"
echo "  $bin"
echo "  completions: $prefix/share/bash-completion/completions/panelist, $prefix/share/zsh/site-functions/_panelist, $prefix/share/fish/vendor_completions.d/panelist.fish"
[ "$man" = 1 ] && echo "  man page: $prefix/share/man/man1/panelist.1"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to PATH to run 'panelist' from anywhere." ;; esac
