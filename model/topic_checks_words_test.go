package model

import "testing"

// A refused topic name is quoted, as every refusal writes a name, and
// every character Kafka refuses is named at once (ut42b-17: `topic name
// bad name/with slash: ' ' is not allowed`).
func TestABadTopicNameIsQuotedWithEveryBadCharacter(t *testing.T) {
	const takes = "; Kafka takes letters, digits, '.', '_' and '-'"
	for _, tc := range []struct{ name, want string }{
		{"bad name/with slash", `topic name "bad name/with slash": ' ' and '/' are not allowed` + takes},
		{"a b c", `topic name "a b c": ' ' is not allowed` + takes},
		{"a/b#c d", `topic name "a/b#c d": '/', '#' and ' ' are not allowed` + takes},
	} {
		if err := ValidTopicName(tc.name); err == nil || err.Error() != tc.want {
			t.Errorf("ValidTopicName(%q):\n got %v\nwant %s", tc.name, err, tc.want)
		}
	}
}
