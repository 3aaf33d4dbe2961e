package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// hostileName is a name a cluster or registry could send: an OSC title,
// a bell, a clear screen, a bidi override and a zero-width space.
const hostileName = "E\x1b]0;pwned\x07\x1b[2J\u202e\u200b"

// Names and words from the cluster reach the screen escaped wherever
// they show: a group's protocol type in its side view, a topic's
// Metadata error in the Topics list, a config's source in the topic's
// details, the Kafka release on the cluster line.
func TestHostileNamesAreEscaped(t *testing.T) {
	hostile := func(a *App) {
		writer(a.c).Update(func(st *model.State) {
			st.Groups = append(st.Groups, model.GroupStat{ID: "grp-hostile", State: "Stable", Protocol: "consumer", Assignor: "uniform",
				Type: "consumer" + hostileName, Members: 1,
				Detail: []model.MemberStat{{ID: "m-1", ClientID: "cli" + hostileName, Host: "/10.0.0.1" + hostileName}}})
			st.Topics = append(st.Topics, "zz-hostile")
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: "zz-hostile", Partitions: 1, Replication: 1, Err: "refused" + hostileName})
			st.Cluster = model.ClusterInfo{ID: "cid", Kafka: "v3.9" + hostileName, Brokers: []model.BrokerStat{{ID: 1, Host: "h", Port: 9092}}}
			if st.Configs == nil {
				st.Configs = map[string]model.TopicConfig{}
			}
			st.Configs["zz-hostile"] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "compact", Source: "DYNAMIC_TOPIC_CONFIG" + hostileName}}}
		})
	}
	for _, tc := range []struct {
		name string
		keys []string
		want string // what the screen shows, escaped
	}{
		{"group type in the side view", []string{"5", "z", "/", "grp-hostile", "enter", "enter"}, `consumerE\x1b]0;pwned\x07\x1b[2J\u202e\u200b · Stable`},
		{"topic error in the Topics list", []string{"8", "z"}, `ERR refusedE\x1b]0;pwned`},
		{"config source in the details", []string{"8", "z", "/", "zz-hostile", "enter", "enter"}, `DYNAMIC_TOPIC_CONFIGE\x1b]0;pwned`},
		{"Kafka release on the cluster line", []string{"8", "z"}, `Kafka v3.9E\x1b]0;pwned`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := testApp(t, 200, 50)
			hostile(a)
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, tc.keys...)
			got := screen(a)
			assertNoRawEscapes(t, a.View().Content)
			if strings.Contains(a.View().Content, "\u202e") {
				t.Fatalf("a bidi override reached the frame:\n%s", got)
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("the screen does not show %q:\n%s", tc.want, got)
			}
		})
	}
}

// The schema field suggests only subjects it can draw: a registry's
// subject holding control bytes is left out, not drawn raw.
func TestProduceSchemaSuggestionsAreDrawable(t *testing.T) {
	a, p, _ := produceApp(t, 120, 40)
	a.c.Schemas = &fakeSchemas{}
	p.Update(subjectsMsg{subjects: []string{"ev" + hostileName + "-value", "evenly-value"}})
	do(a, "p", "enter")
	p.active = fieldSchema
	p.focusField()
	typeText(a, "ev")
	assertNoRawEscapes(t, a.View().Content)
	do(a, "pgdown", "pgdown")
	assertNoRawEscapes(t, a.View().Content)
	if !strings.Contains(screen(a), "evenly-value") {
		t.Errorf("the drawable subject is not suggested:\n%s", screen(a))
	}
}
