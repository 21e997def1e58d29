#!/usr/bin/env bash
# Builds `rules` in release mode and installs it with its shell completions.
#   scripts/install.sh [DIR]      (default: ~/.local/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$HOME/.local/bin}
swift build -c release --product rules
mkdir -p "$dir"
install -m 755 .build/release/rules "$dir/rules"
bash_dir=${XDG_DATA_HOME:-$HOME/.local/share}/bash-completion/completions
mkdir -p "$bash_dir"
"$dir/rules" completion bash > "$bash_dir/rules"
zsh_dir=${XDG_DATA_HOME:-$HOME/.local/share}/zsh/site-functions
mkdir -p "$zsh_dir"
"$dir/rules" completion zsh > "$zsh_dir/_rules"
echo "installed $("$dir/rules" --version) in $dir"
case ":$PATH:" in *":$dir:"*) ;; *) echo "add $dir to PATH to run 'rules' from anywhere" ;; esac
