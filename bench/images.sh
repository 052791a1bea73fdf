#!/usr/bin/env bash
# The image stage (issue 20): a build of N phone-sized JPEGs (default 200; 4032 × 3024, ten per release), each
# published as pixels only in three widths; first with an empty cache, then with the cache kept
# (.disclose-cache/images/) and site/ removed, then with nothing changed. Prints wall, CPU and peak RSS of each.
#   bench/images.sh [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
project=$(dirname "$here")
n=${1:-200}
work=${WORK:-$here/work}/images-$n
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is not installed (apt-get install time)" >&2; exit 2; }
"$project/disclose" --version >/dev/null
if [ ! -f "$work/content/site.yaml" ]; then
  rm -rf "$work"
  java "$here/PhonePhotos.java" "$n" "$work" "$project"
fi
echo "$n photos, $(du -sh "$work/content" | cut -f1) of JPEGs"
run() { # name, then the build
  local name=$1 t
  shift
  t=$(mktemp)
  /usr/bin/time -o "$t" -f "%e %U %S %M" "$@" >/dev/null
  awk -v n="$name" '{ printf "| %-32s | %7.2f s | %7.2f s | %6.0f MiB |\n", n, $1, $2 + $3, $4 / 1024 }' "$t"
  rm -f "$t"
}
echo "| build | wall | CPU | peak RSS |"
echo "| --- | --- | --- | --- |"
rm -rf "$work/site" "$work/.disclose-cache"
run "first build (empty cache)" "$project/disclose" build --root "$work" --quiet
rm -rf "$work/site"
run "site removed, cache kept" "$project/disclose" build --root "$work" --quiet
run "nothing changed" "$project/disclose" build --root "$work" --quiet
echo "published: $(find "$work/site" -name '*.jpg' | wc -l) JPEGs, $(du -sh "$work/site" | cut -f1) site"
