package model

// Assigned is each group's assigned partitions, as the last poll's
// describe of its members gave them: group id -> partition -> true. A
// member assigned a partition its group has not committed on (a new
// consumer, or a stuck one that never committed) reads the topic all the
// same, so Partitions and a topic's detail list the group under it
// (ut22a M5), with no offset or lag to show ("-"). Idle members and
// groups not described (Err) add nothing.
func Assigned(groups []GroupStat) map[string]map[TP]bool {
	out := map[string]map[TP]bool{}
	for i := range groups {
		for _, m := range groups[i].Detail {
			for _, tp := range m.Assigned {
				if out[groups[i].ID] == nil {
					out[groups[i].ID] = map[TP]bool{}
				}
				out[groups[i].ID][tp] = true
			}
		}
	}
	return out
}
