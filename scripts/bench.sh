#!/usr/bin/env bash
# End-to-end benchmark of the disclose binary: whole builds of generated corpora, the
# Open Cookie Database catalogue, and `disclose check` of one catalogue.
#
#   scripts/bench.sh            # full run: corpora of 250, 500 and 1,000 catalogues
#   QUICK=1 scripts/bench.sh    # smoke run: small corpora, few repetitions
#   BENCH_DIR=/dev/shm/b scripts/bench.sh   # write to tmpfs: the tool, not the disk
#
# Prerequisites: a Rust toolchain (cargo), GNU time as /usr/bin/time (Debian/Ubuntu
# package `time`; installed with apt-get when missing and running as root), coreutils,
# awk. hyperfine is used for the short timings when it is installed.
#
# Settings (environment):
#   SIZES="250 500 1000"  corpus sizes (catalogues)      LOCALES=8   locales per catalogue
#   SEED=42               generator seed                 RUNS=5      builds per corpus size
#   SHORT_RUNS=30         runs of the large build and of each check
#   FORMATS=html,markdown the formats built (the corpus is specified as 2 formats;
#                         FORMATS=html,fragment,markdown,pdf builds every format)
#   BENCH_DIR=…           scratch folder (default: a new one under $TMPDIR or /tmp);
#                         it decides the file system the builds write to
#   KEEP=1                keep the scratch folder
#   COMPARE=auto          side-by-side comparison (see below): auto runs it when `hugo`
#                         is installed, 1 requires hugo, 0 skips it
#   COMPARE_SIZE=…        corpus size compared (default: the largest of SIZES); Hugo
#                         needs gigabytes of memory for tens of thousands of pages
#   COMPARE_RUNS=3        Hugo builds and copies timed
#
# Comparison: in the same run and on the same file system, Hugo builds a site with as
# many Markdown pages as the largest corpus build writes (its own Markdown pages, each
# twice: same sizes, same count), and `cp -r` copies the largest corpus output. Their
# times are printed beside disclose's, with ratios. Hugo is not installed by this
# script (Debian/Ubuntu: apt-get install hugo).
#
# Incremental builds: after the corpus builds, the largest corpus is built once more
# into a kept folder, then rebuilt with nothing changed, and rebuilt after appending a
# comment to one catalogue (which changes its content hash: it is rendered again, the
# others are reused from the cache).
#
# Every build writes into a folder that does not exist yet (a cold build: all files
# written); wall time is measured around the process, peak RSS comes from GNU time.
# Reported times are medians; RSS is the largest seen.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

if [[ -n "${QUICK:-}" ]]; then
  SIZES=${SIZES:-"25 50 100"}
  RUNS=${RUNS:-2}
  SHORT_RUNS=${SHORT_RUNS:-5}
fi
SIZES=${SIZES:-"250 500 1000"}
LOCALES=${LOCALES:-8}
SEED=${SEED:-42}
FORMATS=${FORMATS:-html,markdown}
RUNS=${RUNS:-5}
SHORT_RUNS=${SHORT_RUNS:-30}
COMPARE=${COMPARE:-auto}
COMPARE_RUNS=${COMPARE_RUNS:-3}

say() { printf '%s\n' "$*" >&2; }
die() { say "bench.sh: $*"; exit 2; }

# --- prerequisites ----------------------------------------------------------------------
command -v cargo >/dev/null || die "cargo not found: install Rust from https://rustup.rs"
command -v awk >/dev/null || die "awk not found"
if ! /usr/bin/time -v true >/dev/null 2>&1; then
  if command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
    say "GNU time is missing: installing it with apt-get install time"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  fi
  /usr/bin/time -v true >/dev/null 2>&1 ||
    die "GNU time (/usr/bin/time -v) is needed for peak RSS: apt-get install time (Debian/Ubuntu), dnf install time (Fedora)"
fi
HYPERFINE=$(command -v hyperfine || true)
HUGO=""
if [[ $COMPARE != 0 ]]; then
  HUGO=$(command -v hugo || true)
  if [[ -z $HUGO && $COMPARE == 1 ]]; then
    die "COMPARE=1 needs hugo: apt-get install hugo (Debian/Ubuntu), or see https://gohugo.io"
  fi
fi

say "building (release)…"
# The tool, and the corpus generator of the xtask crate (one resolution of features).
cargo build --release --quiet --workspace --bin disclose --bin corpus
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=$TARGET/release/disclose
GEN=$TARGET/release/corpus
[[ -x $BIN && -x $GEN ]] || die "release binaries not found under $TARGET/release"

if [[ -n "${BENCH_DIR:-}" ]]; then
  mkdir -p "$BENCH_DIR"
  D=$(cd "$BENCH_DIR" && pwd)
else
  D=$(mktemp -d "${TMPDIR:-/tmp}/disclose-bench.XXXXXX")
fi
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$D"' EXIT
fi

# --- helpers ----------------------------------------------------------------------------
# Microseconds since the epoch, without starting a process where bash can tell.
if [[ -n "${EPOCHREALTIME:-}" ]]; then
  now_us() { local t=${EPOCHREALTIME/[.,]/}; echo $((10#$t)); }
else
  now_us() { echo $(( $(date +%s%N) / 1000 )); }
fi

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# bytes in the files under a folder
tree_bytes() { find "$1" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

# timed_build PROJECT OUT [CATALOGUE…]: one cold build under GNU time.
# Sets WALL_US, CPU_MS (user + system), RSS_KB, PAGES, BYTES.
timed_build() {
  local project=$1 out=$2
  shift 2
  rm -rf "$out"
  local t0 t1
  t0=$(now_us)
  /usr/bin/time -v -o "$D/time.txt" "$BIN" build --color never --format "$FORMATS" --project "$project" --out "$out" "$@" \
    >/dev/null 2>"$D/build.txt" || { cat "$D/build.txt" >&2; die "build failed"; }
  t1=$(now_us)
  WALL_US=$((t1 - t0))
  RSS_KB=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$D/time.txt")
  CPU_MS=$(awk -F': *' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' "$D/time.txt")
  PAGES=$(awk '{for (i = 2; i <= NF; i++) if ($i ~ /^pages,?$/) {print $(i - 1); exit}}' "$D/build.txt")
  BYTES=$(tree_bytes "$out")
}

# short_median RUNS PREPARE COMMAND: median wall time in µs of COMMAND (a shell string),
# PREPARE run before each (untimed). hyperfine when installed, else a loop.
short_median() {
  local runs=$1 prepare=$2 command=$3
  if [[ -n $HYPERFINE ]]; then
    "$HYPERFINE" --style none --warmup 3 --runs "$runs" -i --prepare "${prepare:-true}" \
      --export-json "$D/hf.json" "$command" >/dev/null 2>&1
    awk -F': *' '/"median"/ {sub(/,.*/, "", $2); printf "%d\n", $2 * 1000000; exit}' "$D/hf.json"
    return
  fi
  local i t0 t1
  for i in 1 2 3; do eval "$prepare" >/dev/null 2>&1; eval "$command" >/dev/null 2>&1 || true; done
  for ((i = 0; i < runs; i++)); do
    eval "$prepare" >/dev/null 2>&1
    t0=$(now_us)
    eval "$command" >/dev/null 2>&1 || true
    t1=$(now_us)
    echo $((t1 - t0))
  done | median
}

ms() { awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'; }
mib() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }

# --- machine ----------------------------------------------------------------------------
CPU=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)
MEM=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo unknown)
FS=$(df -T "$D" 2>/dev/null | awk 'NR == 2 {print $2}'); FS=${FS:-unknown}
say ""
say "machine:  $(nproc) CPU(s), $CPU, $MEM RAM, $(uname -sr)"
say "toolchain: $(rustc --version)"
say "scratch:  $D ($FS)"
say "timing:   ${HYPERFINE:+hyperfine for short runs, }wall clock around each process; GNU time for CPU time and peak RSS"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
say "load:     $LOAD_START (1, 5, 15 min) before the runs; other work on the machine inflates wall times"

# --- corpora ----------------------------------------------------------------------------
say ""
for n in $SIZES; do
  t0=$(now_us)
  "$GEN" --out "$D/c$n" --catalogues "$n" --locales "$LOCALES" --seed "$SEED" 2>/dev/null
  t1=$(now_us)
  say "generated $n catalogues × $LOCALES locales in $(ms $((t1 - t0))) ms ($(du -sh "$D/c$n/policies" | cut -f1))"
done
"$GEN" --out "$D/ocd" --large --locales "$LOCALES" 2>"$D/gen.txt"
say "generated: $(head -n1 "$D/gen.txt")"
LARGE=$D/ocd/large/open-cookie-database.toml

# Every generated catalogue must check without errors.
for n in $SIZES; do
  if ! "$BIN" check --color never --project "$D/c$n" >"$D/check.txt" 2>&1; then
    grep -m5 -E '^(error|  ×)|error\[' "$D/check.txt" >&2 || tail -n 20 "$D/check.txt" >&2
    die "corpus of $n catalogues has errors (see above)"
  fi
done
"$BIN" check --color never --project "$D/ocd" "$LARGE" >"$D/check.txt" 2>&1 ||
  { tail -n 20 "$D/check.txt" >&2; die "the large catalogue has errors"; }
say "checked: every generated catalogue has 0 errors"

# --- corpus builds ----------------------------------------------------------------------
say ""
say "corpus builds: $RUNS cold builds per size after one warm-up…"
declare -A C_MED C_CPU C_RSS C_PAGES C_BYTES
for n in $SIZES; do
  timed_build "$D/c$n" "$D/out" # warm-up: page cache, binary
  : >"$D/walls.txt"
  : >"$D/cpus.txt"
  rss=0
  for ((i = 0; i < RUNS; i++)); do
    timed_build "$D/c$n" "$D/out"
    echo "$WALL_US" >>"$D/walls.txt"
    echo "$CPU_MS" >>"$D/cpus.txt"
    if ((RSS_KB > rss)); then rss=$RSS_KB; fi
  done
  C_MED[$n]=$(median <"$D/walls.txt")
  C_CPU[$n]=$(median <"$D/cpus.txt")
  C_RSS[$n]=$rss
  C_PAGES[$n]=$PAGES
  C_BYTES[$n]=$BYTES
  say "  $n: runs (ms) $(awk '{printf "%s%.0f", (NR > 1 ? " " : ""), $1 / 1000}' "$D/walls.txt")"
done
rm -rf "$D/out"
BIG=$(printf '%s' "$SIZES" | awk '{print $NF}')

# --- incremental rebuilds ---------------------------------------------------------------
say "incremental rebuilds of the corpus of $BIG: $RUNS runs each…"
INC=$D/out-inc
rm -rf "$INC"
"$BIN" build --color never --format "$FORMATS" --project "$D/c$BIG" --out "$INC" >/dev/null 2>&1 || die "build failed"
# (No `ls | head` here: with pipefail, a SIGPIPE would end the script.)
FILES=("$D/c$BIG"/policies/*.toml)
TOUCHED=${FILES[$(( ${#FILES[@]} / 2 ))]}
I_NOOP=$(short_median "$RUNS" "" \
  "'$BIN' build --color never --format '$FORMATS' --project '$D/c$BIG' --out '$INC'")
I_ONE=$(short_median "$RUNS" "echo '# touched' >> '$TOUCHED'" \
  "'$BIN' build --color never --format '$FORMATS' --project '$D/c$BIG' --out '$INC'")
echo '# touched' >>"$TOUCHED"
"$BIN" build --color never --format "$FORMATS" --project "$D/c$BIG" --out "$INC" >/dev/null 2>"$D/inc.txt" || die "build failed"
I_SUMMARY=$(tail -n1 "$D/inc.txt" | awk -F'; ' '{print $NF}')

# --- comparison: Hugo and cp -r ---------------------------------------------------------
CMP=${COMPARE_SIZE:-$BIG}
[[ -n ${C_MED[$CMP]:-} ]] || die "COMPARE_SIZE=$CMP is not one of SIZES ($SIZES)"
# The compared corpus output, kept for copying and as Hugo's content.
timed_build "$D/c$CMP" "$D/out-ref"
REF_PAGES=$PAGES REF_BYTES=$BYTES
say "cp -r of the output of $CMP catalogues: $COMPARE_RUNS runs…"
CP_MED=$(short_median "$COMPARE_RUNS" "rm -rf '$D/out-copy'" "cp -r '$D/out-ref' '$D/out-copy'")
rm -rf "$D/out-copy"
H_MED="" H_RSS="" H_PAGES=0 H_BYTES=0
if [[ -n $HUGO ]]; then
  say "hugo: a site of $REF_PAGES Markdown pages, $COMPARE_RUNS cold builds…"
  H=$D/hugo
  rm -rf "$H"
  mkdir -p "$H/content/a" "$H/layouts/_default"
  cat >"$H/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
  cat >"$H/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ .Params.lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ .Content }}</main></body>
</html>
HTML
  (cd "$D/out-ref" && find . -name '*.md' -print0 | tar --null -cf - -T -) | (cd "$H/content/a" && tar -xf -)
  md=$(find "$H/content/a" -name '*.md' | wc -l)
  copies=$(( md > 0 ? REF_PAGES / md : 0 ))
  for ((c = 2; c <= copies; c++)); do cp -r "$H/content/a" "$H/content/$c"; done
  H_PAGES=$(find "$H/content" -name '*.md' | wc -l)
  H_IN=$(tree_bytes "$H/content")
  : >"$D/walls.txt"
  H_RSS=0
  for ((i = 0; i < COMPARE_RUNS; i++)); do
    rm -rf "$H/public" "$H/resources"
    t0=$(now_us)
    /usr/bin/time -v -o "$D/time.txt" "$HUGO" --quiet -s "$H" -d "$H/public" >/dev/null 2>&1 || die "hugo failed"
    t1=$(now_us)
    echo $((t1 - t0)) >>"$D/walls.txt"
    rss=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$D/time.txt")
    if ((rss > H_RSS)); then H_RSS=$rss; fi
  done
  H_MED=$(median <"$D/walls.txt")
  H_BYTES=$(tree_bytes "$H/public")
  rm -rf "$H"
fi
rm -rf "$D/out-ref" "$INC"

# --- the large catalogue ----------------------------------------------------------------
say "large catalogue: $SHORT_RUNS cold builds…"
L_MED=$(short_median "$SHORT_RUNS" "rm -rf '$D/out-large'" \
  "'$BIN' build --color never --format '$FORMATS' --project '$D/ocd' --out '$D/out-large' '$LARGE'")
timed_build "$D/ocd" "$D/out-large" "$LARGE"
L_RSS=$RSS_KB L_PAGES=$PAGES L_BYTES=$BYTES L_CPU=$CPU_MS
L_COOKIES=$(grep -c '^\[\[cookies\]\]' "$LARGE")
rm -rf "$D/out-large"

# --- check ------------------------------------------------------------------------------
say "check: $SHORT_RUNS runs each…"
K_START=$(short_median "$SHORT_RUNS" "" "'$BIN' --version")
K_SEED=$(short_median "$SHORT_RUNS" "" "'$BIN' check --color never policies/coolback")
"$BIN" check --color never policies/coolback >/dev/null 2>"$D/check.txt" && K_EXIT=0 || K_EXIT=$?
K_TALLY=$(tail -n1 "$D/check.txt")
ONE=${FILES[0]}
K_ONE=$(short_median "$SHORT_RUNS" "" "'$BIN' check --color never --project '$D/c$BIG' '$ONE'")
t0=$(now_us)
"$BIN" check --color never --project "$D/c$BIG" >/dev/null 2>&1 || true
K_ALL=$(( $(now_us) - t0 ))

# --- report -----------------------------------------------------------------------------
line() { printf '%s\n' "------------------------------------------------------------------------------------"; }
echo
echo "disclose $("$BIN" --version | awk '{print $2}') — $(nproc) CPU(s), $CPU, $FS; load $LOAD_START before, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) after"
line
printf '%-28s %7s %8s %10s %8s %8s %7s %8s\n' "build" "pages" "MB out" "median ms" "pages/s" "MB/s" "CPU s" "RSS MiB"
line
for n in $SIZES; do
  awk -v n="$n" -v l="$LOCALES" -v p="${C_PAGES[$n]}" -v b="${C_BYTES[$n]}" -v us="${C_MED[$n]}" -v cpu="${C_CPU[$n]}" -v kb="${C_RSS[$n]}" 'BEGIN {
    s = us / 1e6
    printf "%-28s %7d %8.1f %10.0f %8.0f %8.1f %7.2f %8.1f\n", n " catalogues × " l " locales", p, b / 1e6, us / 1000, p / s, b / 1e6 / s, cpu / 1000, kb / 1024 }'
done
awk -v c="$L_COOKIES" -v p="$L_PAGES" -v b="$L_BYTES" -v us="$L_MED" -v cpu="$L_CPU" -v kb="$L_RSS" 'BEGIN {
  s = us / 1e6
  printf "%-28s %7d %8.1f %10.1f %8.0f %8.1f %7.2f %8.1f\n", "large (" c " cookies)", p, b / 1e6, us / 1000, p / s, b / 1e6 / s, cpu / 1000, kb / 1024 }'
line
printf '%-45s %10s  %s\n' "check" "median ms" ""
line
printf '%-45s %10s  %s\n' "disclose --version" "$(ms "$K_START")" "(process start-up, for scale)"
printf '%-45s %10s  %s\n' "disclose check policies/coolback" "$(ms "$K_SEED")" "(exit $K_EXIT: $K_TALLY)"
printf '%-45s %10s\n' "disclose check <one corpus catalogue>" "$(ms "$K_ONE")"
printf '%-45s %10s  %s\n' "disclose check <corpus of $BIG>" "$(ms "$K_ALL")" "(one run)"
line
printf '%-45s %10s  %s\n' "incremental (corpus of $BIG)" "median ms" ""
line
printf '%-45s %10s\n' "rebuild, nothing changed" "$(ms "$I_NOOP")"
printf '%-45s %10s  %s\n' "rebuild after changing one catalogue" "$(ms "$I_ONE")" "($I_SUMMARY)"
line
printf '%-45s %10s %8s %8s %8s\n' "side by side (same run, same disk)" "median ms" "pages" "MB out" "RSS MiB"
line
printf '%-45s %10s %8d %8.1f %8s\n' "disclose build, $CMP catalogues" "$(ms "${C_MED[$CMP]}")" "${C_PAGES[$CMP]}" "$(awk -v b="${C_BYTES[$CMP]}" 'BEGIN {print b / 1e6}')" "$(mib "${C_RSS[$CMP]}")"
printf '%-45s %10s %8d %8.1f %8s\n' "cp -r of that output" "$(ms "$CP_MED")" "$REF_PAGES" "$(awk -v b="$REF_BYTES" 'BEGIN {print b / 1e6}')" "-"
if [[ -n $H_MED ]]; then
  printf '%-45s %10s %8d %8.1f %8s\n' "hugo $("$HUGO" version | awk '{print $2}'), as many Markdown pages" "$(ms "$H_MED")" "$H_PAGES" "$(awk -v b="$H_BYTES" 'BEGIN {print b / 1e6}')" "$(mib "$H_RSS")"
fi
line
awk -v d="${C_MED[$CMP]}" -v c="$CP_MED" 'BEGIN { printf "ratio: disclose / cp -r = %.2f\n", d / c }'
if [[ -n $H_MED ]]; then
  awk -v d="${C_MED[$CMP]}" -v h="$H_MED" -v hi="$H_IN" 'BEGIN {
    printf "ratio: disclose / hugo = %.2f (hugo read %.1f MB of Markdown)\n", d / h, hi / 1e6 }'
else
  echo "ratio: disclose / hugo = n/a (hugo not installed, or COMPARE=0)"
fi

# Linearity: least-squares fit of time against catalogues.
FIT=$(for n in $SIZES; do echo "$n ${C_MED[$n]}"; done | awk '
  {x[NR]=$1; y[NR]=$2/1000; sx+=$1; sy+=$2/1000; sxx+=$1*$1; sxy+=$1*$2/1000}
  END {
    n = NR; d = n*sxx - sx*sx
    if (n < 2 || d == 0) { print "n/a"; exit }
    b = (n*sxy - sx*sy)/d; a = (sy - b*sx)/n
    for (i = 1; i <= n; i++) { r = y[i] - (a + b*x[i]); ss += r*r; m = sy/n; st += (y[i]-m)^2 }
    printf "%.2f ms per catalogue + %.0f ms fixed (R² %.4f)", b, a, (st > 0 ? 1 - ss/st : 1)
  }')
echo "scaling: time ≈ $FIT"
prev=""
for n in $SIZES; do
  if [[ -n $prev ]]; then
    awk -v a="$prev" -v b="$n" -v ta="${C_MED[$prev]}" -v tb="${C_MED[$n]}" 'BEGIN {
      printf "  %d → %d catalogues: × %.2f size, × %.2f time\n", a, b, b / a, tb / ta }'
  fi
  prev=$n
done

verdict() { if [[ $1 == 1 ]]; then echo "met"; else echo "NOT met"; fi; }
echo
echo "targets (issue 8, 2-core machine):"
c_ok=$(awk -v us="${C_MED[$BIG]}" 'BEGIN {print (us < 4e6) ? 1 : 0}')
l_ok=$(awk -v us="$L_MED" 'BEGIN {print (us < 1e5) ? 1 : 0}')
k_ok=$(awk -v us="$K_SEED" 'BEGIN {print (us < 1e4) ? 1 : 0}')
rss_max=0
for n in $SIZES; do if ((C_RSS[$n] > rss_max)); then rss_max=${C_RSS[$n]}; fi; done
r_ok=$(awk -v kb="$rss_max" 'BEGIN {print (kb < 65536) ? 1 : 0}')
printf '  %-48s %12s  %s\n' "corpus of $BIG × $LOCALES locales < 4 s" "$(ms "${C_MED[$BIG]}") ms" "$(verdict "$c_ok")"
printf '  %-48s %12s  %s\n' "large catalogue, all locales < 100 ms" "$(ms "$L_MED") ms" "$(verdict "$l_ok")"
printf '  %-48s %12s  %s\n' "check policies/coolback < 10 ms" "$(ms "$K_SEED") ms" "$(verdict "$k_ok")"
printf '  %-48s %12s  %s\n' "peak RSS on the corpus < 64 MiB" "$(mib "$rss_max") MiB" "$(verdict "$r_ok")"
printf '  %-48s %s\n' "time linear in corpus size" "see scaling above"
printf '  %-48s %12s  %s\n' "rebuild after changing one catalogue < 1 s" "$(ms "$I_ONE") ms" "$(verdict "$(awk -v us="$I_ONE" 'BEGIN {print (us < 1e6) ? 1 : 0}')")"
