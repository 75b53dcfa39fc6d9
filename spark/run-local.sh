#!/usr/bin/env bash
# Runs one Spark SQL query in local mode over the captures at a path, as a view named "packets"; prints CSV.
#   spark/run-local.sh [--fields ip.src,http.host] [--filter 'http.request'] [--plugins DIR] [--split-size BYTES]
#                      [--master 'local[2]'] CAPTURE_PATH "SELECT … FROM packets …"
# Builds the module (and its class path list) on first use or when a source is newer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cp_file="$here/target/classpath.txt"
if [[ ! -f "$cp_file" || ! -f "$here/target/classes/org/jdissect/spark/RunLocal.class" ]] \
   || [[ -n "$(find "$repo"/{dissector-api,dissectors,dsl,library,spark}/src/main "$repo/pom.xml" "$here/pom.xml" \
                -newer "$cp_file" -type f 2>/dev/null | head -1)" ]]; then
  (cd "$repo" && mvn -B -q package -pl spark -am -DskipTests) >&2
fi
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} $opens -Dlog4j2.configurationFile="$here/conf/log4j2.properties" \
  -cp "$here/target/classes:$(cat "$cp_file")" org.jdissect.spark.RunLocal "$@"
