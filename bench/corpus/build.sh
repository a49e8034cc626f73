#!/usr/bin/env bash
# Builds a benchmark corpus of distinct French text (human and machine translation) from pinned
# Debian packages into bench/corpus/out/NAME/ (see build.py). Needs apt (Debian 12) and root to
# install Apertium the first time; the packages of text are downloaded, not installed.
#   bench/corpus/build.sh            about 110,000 words (bench/corpus/out/100k)
#   bench/corpus/build.sh 1m         about 1,010,000 words, 23.5% MT (bench/corpus/out/1m)
#   bench/corpus/build.sh docs N     N documents (bench/corpus/out/docs-N)
set -euo pipefail
cd "$(dirname "$0")"
apertium=(apertium=3.8.3-1+b2 apertium-fr-es=0.9.4-1 apertium-fra-cat=1.10.0-1)
for p in "${apertium[@]}"; do
  if [ "$(dpkg-query -W -f='${Version}' "${p%%=*}" 2>/dev/null)" != "${p#*=}" ]; then
    [ -n "$(find /var/lib/apt/lists -name '*Packages*' -print -quit)" ] || apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apertium[@]}" >&2
    break
  fi
done
case "${1:-100k}" in
  100k) exec python3 build.py --name 100k --words 110000 ;;
  1m) exec python3 build.py --name 1m --words 1010000 --mt-share 0.235 ;;
  docs) exec python3 build.py --name "docs-${2:?docs N}" --docs "$2" ;;
  *) echo "usage: $0 [100k | 1m | docs N]" >&2; exit 2 ;;
esac
