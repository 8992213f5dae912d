#!/usr/bin/env bash
# Performance runs of Qinglian; none of this is part of `mvn verify` (which runs a short smoke test).
#
#   benchmarks/run.sh [N]            end-to-end, N records (default 1,000,000): a..g and their ratios,
#                                    medians of 5 runs a step after 2 warm-up runs
#   benchmarks/run.sh jvms [K] [N]   the steps a, c, b and d in K JVMs one after another (default 5), N records
#                                    (default 1,000,000): each JVM's c/a and d/b, by wall and CPU time, and
#                                    their median and range (the ratios move from one JVM to the next)
#   benchmarks/run.sh memory [N]     read + validate N records (default 10,000,000) in a 512 MiB heap
#   benchmarks/run.sh gigabyte       read + validate a 1 GB JSON file and a 1 GB CSV package in 256 MiB
#   benchmarks/run.sh jmh [REGEX]    the JMH benchmarks (per-record costs, CSV parser, one record from JSON)
#   benchmarks/run.sh cli [N]        whole cold processes, alternated, medians of 5 (wall, and on Linux CPU,
#                                    split by thread, and the host's steal): qinglian.jar on N records
#                                    (default 1,000,000) against raw Jackson and FastCSV passes; the bundled
#                                    sample against --version; with and without a class-data-sharing archive;
#                                    the distribution's launcher (bin/qinglian) on the sample and on
#                                    the N records
#
# Data is generated once into benchmarks/target/bench-data (several GB for the large runs).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$PWD/benchmarks/target/classpath.txt"
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
DATA=benchmarks/target/bench-data
mode="${1:-end-to-end}"
case "$mode" in
  jvms)
    k="${2:-5}"
    n="${3:-1000000}"
    [[ "$k" =~ ^[0-9]+$ && "$n" =~ ^[0-9]+$ ]] || { echo "usage: $0 jvms [K] [N]" >&2; exit 2; }
    java -cp "$CP" org.qinglian.benchmarks.ManyJvms --jvms "$k" --records "$n" --warmup 2 --repeats 5 --dir "$DATA"
    ;;
  memory)
    n="${2:-10000000}"
    java -cp "$CP" org.qinglian.benchmarks.EndToEnd --records "$n" --repeats 0 --dir "$DATA" --steps c  # generate only
    java -Xmx512m -XX:+UseParallelGC -cp "$CP" org.qinglian.benchmarks.EndToEnd --records "$n" --repeats 1 \
      --dir "$DATA" --steps c
    ;;
  gigabyte)
    java -cp "$CP" org.qinglian.benchmarks.EndToEnd --records 3600000 --repeats 0 --dir "$DATA" --steps c
    java -cp "$CP" org.qinglian.benchmarks.EndToEnd --records 7500000 --repeats 0 --dir "$DATA" --steps d
    java -Xmx256m -cp "$CP" org.qinglian.benchmarks.EndToEnd --records 3600000 --repeats 1 --dir "$DATA" --steps c
    java -Xmx256m -cp "$CP" org.qinglian.benchmarks.EndToEnd --records 7500000 --repeats 1 --dir "$DATA" --steps d
    ;;
  cli)
    n="${2:-1000000}"
    mvn -B -q -DskipTests package -pl governance-cli -am
    java -cp "$CP" org.qinglian.benchmarks.ColdCli --records "$n" --repeats 5 --dir "$DATA" \
      --jar governance-cli/target/qinglian.jar --sample samples/data/xianyang-2022.json \
      --dist "$(ls governance-cli/target/qinglian-cli-*.zip | head -n 1)"
    ;;
  jmh)
    java -cp "$CP" org.openjdk.jmh.Main "${2:-org.qinglian.benchmarks}" -f 1 -wi 3 -i 5 -w 2s -r 2s
    ;;
  *)
    n="${1:-1000000}"
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "usage: $0 [N | jvms [K] [N] | memory [N] | gigabyte | jmh [REGEX] | cli [N]]" >&2; exit 2; }
    java -Xmx8g -cp "$CP" org.qinglian.benchmarks.EndToEnd --records "$n" --warmup 2 --repeats 5 --dir "$DATA"
    ;;
esac
