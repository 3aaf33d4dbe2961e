package draw

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapKeepsEveryCharacter(t *testing.T) {
	long := "customer-360.profile-enrichment." + strings.Repeat("x", 60) + ".v1"
	tests := []struct {
		name  string
		s     string
		width int
		want  []string
	}{
		{"fits", "type abc and enter", 20, []string{"type abc and enter"}},
		{"at spaces", "type abc and enter to reset", 12, []string{"type abc and", "enter to", "reset"}},
		{"a long name broken at its boundaries", `type "` + long[:30] + `" now`, 12,
			[]string{`type`, `"customer-`, `360.profile-`, `enrichmen"`, `now`}},
		{"a name without boundaries broken anywhere", "type " + strings.Repeat("x", 20) + " now", 8,
			[]string{"type", "xxxxxxxx", "xxxxxxxx", "xxxx now"}},
		// a name longer than a line goes on after a lone word before it,
		// broken at a name boundary, not below it (ut24a: "create" alone
		// on its line above a long quoted name)
		{"before a bracket", "to orders-eu-west-1[0,1,2,3]", 18,
			[]string{"to orders-eu-west-", "1[0,1,2,3]"}},
		{"a slash", "read payments/settlement/events", 16,
			[]string{"read payments/", "settlement/", "events"}},
		{"an outcome at 80x24", "create over-replicated-topic-for-the-fresh-user-check-that-the-cluster-cannot-hold: INVALID_REPLICATION_FACTOR: Replication factor is below 1", 78,
			[]string{"create over-replicated-topic-for-the-fresh-user-check-that-the-cluster-cannot-", "hold: INVALID_REPLICATION_FACTOR: Replication factor is below 1"}},
		{"a prompt at 80x24", `type "ssh-created-topic-for-the-two-viewer-check-by-bob-with-a-long-name-ut24a-and-more" and enter to delete`, 78,
			[]string{`type "ssh-created-topic-for-the-two-viewer-check-by-bob-with-a-long-name-`, `ut24a-and-more" and enter to delete`}},
		{"no boundary in the rest of the line: the name starts the next", "create " + strings.Repeat("x", 30) + "-y", 20,
			[]string{"create", strings.Repeat("x", 20), strings.Repeat("x", 10) + "-y"}},
		// ut19a H9: the rebalance log at 80x24 (69 cells of text) read
		// "…[0,1,2] payme" / "nts-settlement-events-…".
		{"the rebalance log at 80x24", "settlement-reconciliation-service-eu-west-1-primary-consumer assignment rdkafka: none → " +
			"inventory-warehouse-stock-level-changes-bursty-stream-v3[0,1,2] payments-settlement-events-eu-west-1-production-stream-v2[0,1,2,3,4,5]", 69,
			[]string{"settlement-reconciliation-service-eu-west-1-primary-consumer", "assignment rdkafka: none →",
				"inventory-warehouse-stock-level-changes-bursty-stream-v3[0,1,2]",
				"payments-settlement-events-eu-west-1-production-stream-v2", "[0,1,2,3,4,5]"}},
		// ut19a H10: a Log note at 80x24 (49 cells) read "…stock-level-cha" /
		// "nges-bursty-stream-v3 was deleted…".
		{"a Log note at 80x24", "⚑ tail: topic inventory-warehouse-stock-level-changes-bursty-stream-v3 was deleted and recreated: reading it again from the start", 49,
			[]string{"⚑ tail: topic", "inventory-warehouse-stock-level-changes-bursty-",
				"stream-v3 was deleted and recreated: reading it", "again from the start"}},
		// s7: a member client@host in the rebalance log broke after a '-'
		// inside the host; it breaks after the '@', the host whole.
		{"a member after its @", "joined rdkafka-settlement-consumer@ip-10-0-3-17.eu-west-1.compute.internal now", 40,
			[]string{"joined rdkafka-settlement-consumer@", "ip-10-0-3-17.eu-west-1.compute.internal", "now"}},
		{"a member whose host is longer than a line", "rdkafka@ip-10-0-3-17.eu-west-1.compute.internal", 20,
			[]string{"rdkafka@ip-10-0-3-", "17.eu-west-1.", "compute.internal"}},
		{"wide runes", "日本語の名前", 5, []string{"日本", "語の", "名前"}},
		{"a rune wider than the line", "日本", 1, []string{"日", "本"}},
		{"styled", "to \x1b[1morders-eu-west-1[0,1]\x1b[0m", 17, []string{"to \x1b[1morders-eu-\x1b[0m", "\x1b[1mwest-1[0,1]\x1b[0m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.s, tt.width)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("Wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
			}
			joined := strings.ReplaceAll(ansi.Strip(strings.Join(got, "")), " ", "")
			if joined != strings.ReplaceAll(ansi.Strip(tt.s), " ", "") {
				t.Errorf("characters lost or added: %q", joined)
			}
			for _, l := range got {
				if ansi.StringWidth(l) > max(tt.width, 2) {
					t.Errorf("line %q is wider than %d", l, tt.width)
				}
			}
		})
	}
}

// ut31 Y5: an export's path longer than a line broke before its
// extension (`…/washboard-log-20261130-095212.529+0000.` / `ndjson`): a
// path breaks after its last directory where the file name then fits.
func TestWrapBreaksAPathAfterItsDirectory(t *testing.T) {
	got := Wrap("exported 1 record to /tmp/ut31/washboard-log-20261130-095212.529+0000.ndjson", 50)
	want := []string{"exported 1 record to", "/tmp/ut31/", "washboard-log-20261130-095212.529+0000.ndjson"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("wrapped as %q, want %q", got, want)
	}
}
