package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
)

// brokerLoad is what one broker holds of the cluster's partitions, as
// `kcat -L` lists them: the partitions it leads and the replicas it
// holds (led ones included).
type brokerLoad struct{ led, replicas int }

// brokerLoads counts, for every broker, the partitions of parts (the
// last poll's metadata) it leads and the replicas it holds. Called under
// the store's read lock once a poll.
func brokerLoads(parts []model.PartitionStat) map[int]brokerLoad {
	out := make(map[int]brokerLoad)
	for _, pt := range parts {
		if pt.Leader >= 0 {
			l := out[pt.Leader]
			l.led++
			out[pt.Leader] = l
		}
		for _, r := range pt.Replicas {
			l := out[r]
			l.replicas++
			out[r] = l
		}
		if pt.Leader >= 0 && !slices.Contains(pt.Replicas, pt.Leader) { // a leader holds a replica (metadata without the list)
			l := out[pt.Leader]
			l.replicas++
			out[pt.Leader] = l
		}
	}
	return out
}
