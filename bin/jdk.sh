# Sourced by ./peristiwa and .ci/run: finds a JDK >= 21 and exports JAVA_HOME and PATH for it.
# Order: $JAVA_HOME, then `java` on PATH, then the newest under /usr/lib/jvm. Fails with a clear message.

peristiwa_java_major() { # prints the major version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

peristiwa_find_jdk() {
  local candidate major best="" best_major=0
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(readlink -f "$(command -v java)")")
  for candidate in /usr/lib/jvm/*/bin/java; do candidates+=("$candidate"); done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(peristiwa_java_major "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ]; then
      # The first acceptable in order of preference wins, except that /usr/lib/jvm is searched for the newest.
      case "$candidate" in
        /usr/lib/jvm/*) if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi ;;
        *) best="$candidate"; best_major=$major; break ;;
      esac
    fi
  done
  if [ -z "$best" ]; then
    echo "peristiwa: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH and /usr/lib/jvm)." >&2
    echo "peristiwa: install one (e.g. Temurin 21 or 25) or point JAVA_HOME at it." >&2
    return 1
  fi
  JAVA_HOME=$(dirname "$(dirname "$best")")
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}
