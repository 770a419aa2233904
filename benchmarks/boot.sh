#!/usr/bin/env bash
# Cold boot to ready and resident memory: this distribution against stock Apache Karaf of the
# same version, measured in the same run on the same machine. Usage: benchmarks/boot.sh [runs]
# "Ready" is SSH accepting connections for both; for Party Office also /api/health answering UP
# (platform on Derby, REST and web shell up). RSS is read 10 s after ready.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g")
karaf=$(mvn -B -q help:evaluate -Dexpression=karaf.version -DforceStdout -Dstyle.color=never 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g")
ours="karaf-assembly/target/karaf-assembly-$version.tar.gz"
[ -f "$ours" ] || mvn -B -q install -DskipTests -pl karaf-assembly -am
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
mvn -B -q dependency:copy -Dartifact="org.apache.karaf:apache-karaf:$karaf:tar.gz" -DoutputDirectory="$work" >/dev/null
stock="$work/apache-karaf-$karaf.tar.gz"
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export JAVA_MAX_MEM=768M JAVA_MIN_MEM=128M

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

measure() { # kind tarball -> "ssh_ms health_ms rss_mb"
  local kind=$1 tgz=$2 dir="$work/$1-$RANDOM" ssh http start pid t_ssh="" t_http="-" rss
  mkdir -p "$dir" && tar xzf "$tgz" -C "$dir" --strip-components=1
  ssh=$(free_port); http=$(free_port)
  sed -i "s/^sshPort *=.*/sshPort = $ssh/; s/^sshHost *=.*/sshHost = 127.0.0.1/" "$dir/etc/org.apache.karaf.shell.cfg"
  if [ "$kind" = partyoffice ]; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $http/" "$dir/etc/org.ops4j.pax.web.cfg"
    printf 'Benchmark-password-1\n' > "$dir/admin.pw"
    echo "adminPasswordFile = $dir/admin.pw" >> "$dir/etc/org.partyoffice.platform.firststart.cfg"
  fi
  start=$(now_ms)
  "$dir/bin/karaf" server >/dev/null 2>&1 &
  for _ in $(seq 1200); do
    if [ -z "$t_ssh" ] && (exec 3<>/dev/tcp/127.0.0.1/$ssh) 2>/dev/null; then t_ssh=$(( $(now_ms) - start )); fi
    if [ "$kind" = partyoffice ]; then
      if curl -fs -m 1 "http://127.0.0.1:$http/api/health" 2>/dev/null | grep -q '"UP"'; then t_http=$(( $(now_ms) - start )); break; fi
    elif [ -n "$t_ssh" ]; then break; fi
    sleep 0.1
  done
  sleep 10
  pid=$(pgrep -f "karaf.home=$dir" | head -n 1)
  rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
  "$dir/bin/stop" >/dev/null 2>&1 || kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  echo "$t_ssh $t_http $rss"
}

echo "| run | stock Karaf $karaf: SSH ready (ms) | RSS (MB) | Party Office: SSH ready (ms) | /api/health UP (ms) | RSS (MB) |"
echo "|---|---|---|---|---|---|"
for i in $(seq "$runs"); do
  read -r s_ssh _ s_rss < <(measure stock "$stock")
  read -r p_ssh p_http p_rss < <(measure partyoffice "$ours")
  echo "| $i | $s_ssh | $s_rss | $p_ssh | $p_http | $p_rss |"
done
