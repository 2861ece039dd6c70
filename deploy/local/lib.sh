# shellcheck shell=bash
# Shared by up and down. Everything the local stack writes lives under $CCHC_STATE_DIR
# (default: <repo>/.local, git-ignored): logs/, run/*.pid, ports.env, pg.port, pg/ (database cluster).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${CCHC_STATE_DIR:-$ROOT/.local}"
mkdir -p "$STATE"
STATE="$(cd "$STATE" && pwd)"
LOGS="$STATE/logs"
RUN="$STATE/run"
mkdir -p "$LOGS" "$RUN"

KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"
KC_ZIP="$ROOT/.cache/dist/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KC_HOME="$ROOT/.cache/keycloak-$KEYCLOAK_VERSION"

if [[ -t 1 ]]; then B=$'\033[1m' R=$'\033[31m' N=$'\033[0m'; else B="" R="" N=""; fi
say() { printf '%s[cchc]%s %s\n' "$B" "$N" "$*"; }
die() { printf '%s[cchc] %s%s\n' "$R" "$*" "$N" >&2; exit 1; }
# The calling script's comment header (the lines after the shebang), as its usage text.
usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; }
usage_die() { printf '%s[cchc] %s%s\n' "$R" "$*" "$N" >&2; usage >&2; exit 2; }

# Ports. The effective ports are, in order: an explicit CCHC_*_PORT in the environment, the port
# recorded in the state dir by the last `up` ($STATE/ports.env; PostgreSQL's in $STATE/pg.port),
# the default. So a later `up` or `down` without the overrides finds the stack where it runs.
PORTS_FILE="$STATE/ports.env"
#          component      variable     override             default
PORT_SPECS=("gateway        GATEWAY_PORT CCHC_GATEWAY_PORT  8080"
            "plan-service   PLAN_PORT    CCHC_PLAN_PORT     8081"
            "kpi-service    KPI_PORT     CCHC_KPI_PORT      8082"
            "report-service REPORT_PORT  CCHC_REPORT_PORT   8083"
            "keycloak       KC_PORT      CCHC_KEYCLOAK_PORT 8180"
            "portal         PORTAL_PORT  CCHC_PORTAL_PORT   8090"
            "postgres       PG_PORT      CCHC_PG_PORT       5432")

# recorded_port VARIABLE: the port the last `up` recorded for it, or nothing
recorded_port() {
  local f="$PORTS_FILE" line
  [[ "$1" == PG_PORT ]] && f="$STATE/pg.port"
  [[ -f "$f" ]] || return 0
  if [[ "$1" == PG_PORT ]]; then line="$(head -n 1 "$f")"; else line="$(sed -n "s/^$1=//p" "$f" | tail -n 1)"; fi
  if [[ "$line" =~ ^[0-9]+$ ]]; then printf '%s' "$line"; fi
}

valid_port() { [[ "$1" =~ ^[0-9]+$ ]] && (( 10#$1 >= 1 && 10#$1 <= 65535 )); }

resolve_ports() {
  local spec name var env def rec val
  for spec in "${PORT_SPECS[@]}"; do
    read -r name var env def <<< "$spec"
    rec="$(recorded_port "$var")"
    if [[ -n "${!env:-}" ]] && ! valid_port "${!env}"; then die "$env=${!env} is not a port number"; fi
    val="${!env:-${rec:-$def}}"
    printf -v "$var" '%d' "$((10#$val))"
  done
  KC_URL="http://127.0.0.1:$KC_PORT"
  ISSUER="$KC_URL/realms/cchc"
}
resolve_ports

# Records the effective ports of the Java components (PostgreSQL's is written to pg.port when it starts).
record_ports() {
  local spec name var env def
  {
    echo "# ports of the stack in this state dir, written by deploy/local/up; used when CCHC_*_PORT is not set"
    for spec in "${PORT_SPECS[@]}"; do
      read -r name var env def <<< "$spec"
      [[ "$var" == PG_PORT ]] || echo "$var=${!var}"
    done
  } > "$PORTS_FILE.tmp"
  mv -f "$PORTS_FILE.tmp" "$PORTS_FILE"
}

# A recorded PID counts only while it is alive and still carries this stack's marker, so a PID
# reused by an unrelated process is never signalled.
pid_alive() {
  local f="$RUN/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  [[ -r "/proc/$pid/environ" ]] || return 1
  tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "CCHC_STACK=$STATE"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# find_jdk MIN: the home of a JDK of feature version MIN or newer. JAVA_HOME first, then the java on
# PATH, then /usr/lib/jvm. Keycloak needs 21 (find_jdk21); the services' AOT cache needs 25 (up).
find_jdk() {
  local min=$1 c v
  for c in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    v="$(jdk_feature "$c")" || continue
    if [[ "$v" -ge "$min" ]]; then echo "$c"; return 0; fi
  done
  return 1
}

# jdk_feature HOME: the JDK's feature version (17, 21, 25…), from its release file
jdk_feature() {
  local v
  [[ -n "$1" && -x "$1/bin/java" && -f "$1/release" ]] || return 1
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  [[ -n "$v" ]] && echo "$v"
}

# JDK for Keycloak: 21 or newer; KEYCLOAK_JAVA_HOME wins.
find_jdk21() {
  local v
  if [[ -n "${KEYCLOAK_JAVA_HOME:-}" ]] && v="$(jdk_feature "$KEYCLOAK_JAVA_HOME")" && [[ "$v" -ge 21 ]]; then
    echo "$KEYCLOAK_JAVA_HOME"; return 0
  fi
  find_jdk 21
}

# The reporting portal STAND-IN (not a real portal; the real ones are not reachable from here): one
# JDK-only source file, also used by report-service's tests, run with `java File.java`.
PORTAL_SRC="$ROOT/report-service/src/test/java/vn/cchc/report/delivery/PortalStandIn.java"
PORTAL_TOKEN="demo-portal-token"

# PostgreSQL server binaries of the Debian/Ubuntu package (newest installed version).
find_pg_bin() {
  local d
  if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then pg_config --bindir; return 0; fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/initdb" ]] && { echo "$d"; return 0; }
  done
  return 1
}

# PostgreSQL refuses to run as root: as root, run it as the 'postgres' system user.
pg_as() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_dirs() {
  PGROOT="$STATE/pg"
  if [[ "$(id -u)" == 0 ]] && ! runuser -u postgres -- test -x "$STATE" 2>/dev/null; then
    # the postgres user cannot reach the state dir (e.g. a clone under /root): keep the cluster in /var/tmp
    PGROOT="/var/tmp/cchc-pg-$(printf '%s' "$STATE" | md5sum | cut -c1-12)"
  fi
  PGDATA="$PGROOT/data"
  PGSOCK="$PGROOT/run"
}

# Whether this stack's PostgreSQL cluster is running (needs PG_BIN).
pg_running() {
  pg_dirs
  [[ -f "$PGDATA/PG_VERSION" ]] && pg_as "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1
}
