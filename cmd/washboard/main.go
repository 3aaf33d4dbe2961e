// Command washboard is a terminal console for Apache Kafka. With no brokers
// given it starts an embedded Kafka-protocol cluster with seed simulators;
// with --brokers it watches an existing cluster. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and turns its error into an exit status:
// 2 for usage and configuration errors, 1 for anything else.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch {
	case len(args) > 0 && args[0] == "broker":
		err = runBroker(ctx, args[1:], stdout)
	case len(args) > 0 && args[0] == "serve":
		err = runServe(ctx, args[1:], stdout)
	case len(args) > 0 && args[0] == "clusters":
		err = runClusters(args[1:], stdout)
	case len(args) > 0 && args[0] == "bench":
		err = runBench(ctx, args[1:], stdout)
	case len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help"):
		fmt.Fprint(stdout, usage)
		return 0
	default:
		err = runConsole(ctx, args, stdout)
	}
	var help helpRequested
	switch {
	case err == nil:
		return 0
	case errors.As(err, &help): // --help after a command: its usage, as for washboard --help
		fmt.Fprint(stdout, help.usage)
		return 0
	case errors.Is(err, errInterrupted): // Ctrl-C before the UI started (the password prompt)
		fmt.Fprintln(stderr, "washboard: interrupted")
		return 130
	case errors.Is(err, errNoTerminal): // a sentence that starts with washboard
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintln(stderr, "washboard:", err)
	var ce *ConfigError
	var ue usageError
	if errors.As(err, &ce) || errors.As(err, &ue) {
		return 2
	}
	return 1
}

// usageError is a bad command line; it exits with status 2.
type usageError struct{ error }

// Unwrap lets errors.Is and errors.As see the cause.
func (u usageError) Unwrap() error { return u.error }

const usage = `washboard: a terminal console for Apache Kafka

Usage:
  washboard [flags]                 watch a cluster (the embedded demo when no brokers are given)
  washboard broker [flags]          run the embedded broker headless until Ctrl-C
  washboard serve [flags]           serve the console over SSH to several viewers at once
  washboard bench [flags]           measure the console against a live load
  washboard clusters [--config P]   list the clusters the config names (* = the default)
  washboard help                    this text

Console flags:
  --brokers host:port[,host:port]   connect to a cluster (or KAFKA_BROKERS, or brokers in the config);
                                    a host without a port means port 9092
  --cluster NAME                    connect to the config's [[cluster]] NAME (c in the console switches)
  --config PATH                     config file (default $XDG_CONFIG_HOME/washboard/config.toml)
  --listen ADDR                     embedded broker address (default 127.0.0.1:9092)
  --no-simulate                     embedded demo without simulators
  --topic NAME[@START]              also watch NAME (repeatable; "*" watches every topic); @START reads it
                                    from end, beginning, last:N, -15m, 2026-11-29T08:00 or 0=120,1=40
  --start last:N|end|beginning      where the tail starts (default last:50)
  --read-only[=all|admin|off]       what may be written: all forbids every write, admin allows only
                                    producing and demo groups (no offset, group or topic changes)
  --show-aborted                    the Log starts showing aborted transactions' records, marked (a toggles)
  --log-file PATH                   write logs there (never to the terminal)
  --schema-registry URL             decode Avro, Protobuf and JSON Schema records (or [schema_registry] url)

Connection flags (on top of the config; also for serve):
  --tls                             TLS to the brokers, verified against the system's CAs
  --tls-ca FILE                     PEM CA certificates to verify the brokers with
  --tls-cert FILE, --tls-key FILE   PEM client certificate and its key
  --tls-insecure                    do not verify the brokers' certificates (the header warns)
  --sasl-mechanism M                plain, scram-sha-256 or scram-sha-512
  --sasl-username NAME              the SASL user; the password comes from KAFKA_SASL_PASSWORD,
  --sasl-password-file FILE         this file, or a prompt (never a flag value)
  -X key=value                      a librdkafka property, as kcat takes it (repeatable)
  --command-config FILE             a Java client.properties, as the Kafka CLI tools take it
  Later wins: the config, KAFKA_BROKERS, --command-config, -X, then the plain flags.

Serve flags (plus the console flags):
  --ssh ADDR                        listen address (default 127.0.0.1:2222)
  --authorized-keys PATH            OpenSSH authorized_keys file: only these keys get in (required)
  --host-key PATH                   host key, created when missing (default next to the config file)
  --allow-writes                    sessions may produce and run demo groups (default: read-only all);
                                    a key's environment="WASHBOARD_READ_ONLY=MODE" option overrides
  --max-sessions N                  concurrent viewers (default 10); one more is refused
  --idle-timeout D                  close a session without input for D (default: never)
  --status                          print who is connected on stdout at every change

Broker flags:
  --listen ADDR                     address to listen on (default 127.0.0.1:9092; a bare port is
                                    on 127.0.0.1); brokers 2..N on the next ports, or ADDR,ADDR,…
                                    one per broker
  --simulate                        also run the seed simulators
  --load RATE                       also write RATE laundry records/s (for benchmarks)
  --machines N                      machines the load cycles through (default 500)
  --brokers N                       brokers in the cluster (default 1)
  --topics NAME:N[,NAME:N]          create these topics instead of the seed topics (which
                                    --simulate, --load and --fill keep: they write to them)
  --scale-topics N                  also create N topics scale-0000… (for scale tests)
  --scale-partitions N              partitions of each scale topic (default 10)
  --groups N                        create N consumer groups with committed offsets
  --fill N                          write N laundry records before listening (a topic to catch up on)
  --retention-bytes N               per-partition retention (default 8 MiB; 0 keeps everything)

Bench flags:
  --rate N                          records/s offered (default 5000)
  --duration D                      measured time (default 20s), after --warmup D (default 3s)
  --sessions N                      headless sessions rendering at 200x50 (default 1)
  --machines N                      distinct machine keys (default 500)
  --cpuprofile FILE                 write a CPU profile of the measured window
  --catchup N                       catch-up mode: fill a topic with N records, read it from the
                                    beginning through the pipeline, a raw fetch and kcat
  --brokers ADDR --topic NAME       catch-up mode on an existing topic instead
  --in-flight-bytes N               catch-up mode: the tail's in-flight cap (default 32 MiB)
  --fetch-max-bytes N               catch-up mode: one fetch response's cap (default an eighth of it)
`
