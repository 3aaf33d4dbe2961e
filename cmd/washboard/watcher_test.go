package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
)

func TestSplitPlaced(t *testing.T) {
	now := time.Now()
	plain, at, err := splitPlaced([]string{"a", "orders@-10m", "*", "pay@0=5,1=7"}, now)
	if err != nil || fmt.Sprint(plain) != "[a *]" || len(at) != 2 || at[0].topic != "orders" || at[0].pos.Mode.String() != "time" ||
		at[1].pos.Offsets[1] != 7 {
		t.Fatalf("plain %v, placed %+v, %v", plain, at, err)
	}
	if _, _, err := splitPlaced([]string{"orders@yesterday"}, now); err == nil {
		t.Fatal("a bad start position was accepted")
	}
}

// TestRetryNoteSaysTheCauseInTheHeadersWords pins ut43b-16: a --topic
// with a place on a cluster nothing listens at said the client library's
// error chain; it says the header's words, the address once.
func TestRetryNoteSaysTheCauseInTheHeadersWords(t *testing.T) {
	const addr = "127.0.0.1:32251" // in this branch's port range; nothing listens there
	client := &kafka.Client{Addr: kafka.TCP(addr), Timeout: 2 * time.Second}
	_, err := client.Metadata(context.Background(), &kafka.MetadataRequest{Topics: []string{"nosuch"}})
	if err == nil {
		t.Fatal("a metadata request to a closed port answered")
	}
	err = fmt.Errorf("metadata of nosuch: %w", err) // as source.Watches.Watch wraps it
	_, at, perr := splitPlaced([]string{"nosuch@-10m"}, time.Now())
	if perr != nil {
		t.Fatal(perr)
	}
	got := retryNote(at[0], err)
	want := "!! --topic nosuch@-10m: not read yet: nothing listens on " + addr + " (connection refused); read from -10m once it answers"
	if got != want {
		t.Fatalf("note\n got %q\nwant %q", got, want)
	}
}
