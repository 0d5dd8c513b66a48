#!/usr/bin/env bash
# Gives the guest's runtime primitives host fast paths (see guest_prims.c): splices guest_prims.c into
# the generated tspice.c before its first function, puts each function below behind an inline wrapper
# that tries its fast path first, and appends their self-check (guest_prims_check.c).
#
#   guest-prims.sh TSPICE_C TRACE_C
#
# The functions are named by their index in the pinned wasm (native-src/pom.xml) and checked by the
# sha256 of their generated text, so a different engine or wasm2c stops the build here instead of
# patching the wrong function: each entry was matched to its routine by reading that text (musl,
# libf2c, SPICELIB's MOVED/MOVEI and RETURN, whose error-flag address is in its line, and the traceback
# package whose NOTRC test CHKIN/CHKOUT skip to).
set -euo pipefail
c=${1:?usage: guest-prims.sh TSPICE_C TRACE_C}
trace=${2:?usage: guest-prims.sh TSPICE_C TRACE_C}
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "spice4j engine: guest primitives: $*" >&2; exit 1; }

# function  sha256(text)[0:16]  routine  fast path (in the inline wrapper: the host work neither recurses
# nor runs long, so it skips the call-depth counting, and callers pay no call for it)
table='
f1126 3376a32d90daceae memcpy   if (s4_host_memcpy(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2)) return w2c_p0;
f1127 7d10cd99db5db738 memmove  if (s4_host_memmove(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2)) return w2c_p0;
f1128 ccffdac0d2623b64 memset   if (s4_host_memset(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2)) return w2c_p0;
f628 ff283ed725ad5a21 s_copy    if (s4_host_s_copy(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2, w2c_p3)) return;
f627 6eedebc1ea976bdb s_cmp     { u32 s4_r; if (s4_host_s_cmp(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2, w2c_p3, &s4_r)) return s4_r; }
f510 c2246b8d07faafe2 moved     if (s4_host_move(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2, 8, 0)) return;
f511 1a796f4223ea933e movei     if (s4_host_move(&instance->w2c_memory, w2c_p0, w2c_p1, w2c_p2, 4, 1)) return;
f609 d8192a2cbde694b9 return    if (s4_word_zero(&instance->w2c_memory, 60222108u)) return 0;
f719 494194650a18fdb8 chkin     if (s4_trace_off(&instance->w2c_memory)) return;
f720 66f2dd33f596988e chkout    if (s4_trace_off(&instance->w2c_memory)) return;
f718 c0420e540874e3bd trcpkg    -
'

hash16() { if command -v sha256sum >/dev/null 2>&1; then sha256sum; else shasum -a 256; fi | cut -c1-16; }

text_of() {  # FUNCTION: its generated text, definition line to closing brace
  awk -v fn="w2c_$1(" 'index($0, "static ") == 1 && index($0, fn) && /\{$/ { p = 1 } p { print } p && $0 == "}" { exit }' "$c"
}

# The traceback flag's address, as the shim's quiet batches use it; trcpkg (f718) is hash-checked
# below, so its CHKIN and CHKOUT entries still test exactly this byte first.
notrc=$(sed -n 's/^#define S4_TRC_NOTRC \([0-9]*u\)$/\1/p' "$trace")
[ -n "$notrc" ] || die "S4_TRC_NOTRC not found in $trace"

# Rows are joined with awk escapes (\t, \n), not raw tabs and newlines, which BSD awk refuses in -v.
patches=""
names=""
want=0
while read -r fn sum routine fast; do
  [ -n "$fn" ] || continue
  got=$(text_of "$fn" | hash16)
  [ "$got" = "$sum" ] || die "$fn ($routine) is not the reviewed text (sha256 $got, expected $sum): engine or wasm2c changed; re-review this patch"
  if [ "$fast" != "-" ]; then patches+="$fn\\t  $fast\\n"; want=$((want + 1)); fi
  names+="#define S4_FN_$routine w2c_$fn\\n"
done <<<"$table"

awk -v frag="$here/guest_prims.c" -v check="$here/guest_prims_check.c" -v names="$names" -v notrc="$notrc" \
    -v patches="$patches" '
  function is_definition() { return $0 ~ /^static [a-z0-9]+ w2c_f[0-9]+\(Z_tspice_instance_t\* instance.*\) \{$/ }
  BEGIN {
    n = split(patches, rows, "\n")
    for (i = 1; i <= n; i++) if (rows[i] != "") { split(rows[i], kv, "\t"); fast[kv[1]] = kv[2] }
  }
  !spliced && is_definition() {
    print "#define S4_TRC_NOTRC " notrc
    while ((getline line < frag) > 0) print line
    spliced = 1
  }
  # static T w2c_fN(Z_tspice_instance_t* instance, u32 w2c_p0, ...) {  becomes a small inline wrapper
  # (the fast path, else the guest code renamed w2c_fN_guest), so callers get the fast path inline.
  is_definition() {
    fn = $0; sub(/^static [a-z0-9]+ w2c_/, "", fn); sub(/\(.*/, "", fn)
    if (fn in fast) {
      type = $2; params = $0; sub(/^[^(]*\(/, "", params); sub(/\) \{$/, "", params)
      args = params; gsub(/[A-Za-z0-9_]+\* |u32 |u64 |f32 |f64 /, "", args)
      guest = "w2c_" fn "_guest"
      print "static " type " " guest "(" params ");"
      print "static inline " type " w2c_" fn "(" params ") {"
      print "  S4_POLL_TICK();"
      print fast[fn]
      print "  " (type == "void" ? "" : "return ") guest "(" args ");"
      print "}"
      sub("w2c_" fn "\\(", guest "(")
      print "__attribute__((noinline)) " $0
      done++
      next
    }
  }
  { print }
  END {
    printf "%s", names
    while ((getline line < check) > 0) print line
    print "/* spice4j guest primitives: " done " fast paths */"
  }
' "$c" > "$c.tmp"
got=$(grep -c "^/\* spice4j guest primitives: $want fast paths \*/\$" "$c.tmp" || true)
[ "$got" = 1 ] || { rm -f "$c.tmp"; die "expected $want fast paths inserted"; }
mv "$c.tmp" "$c"
