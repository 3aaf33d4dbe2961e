package source

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/washboard/washboard/model"
)

// ErrSubscribed refuses deleting a topic's offsets while a member of the
// group is subscribed to it: Kafka answers GROUP_SUBSCRIBED_TO_TOPIC on
// every partition.
var ErrSubscribed = errors.New("group subscribed to topic")

// CheckUnsubscribed returns an error in words (wrapping ErrSubscribed)
// when a member of group is subscribed to topic, as its coordinator
// describes it now: a classic member's subscription from its consumer
// protocol metadata, a KIP-848 member's subscribed topics. The O
// preview asks it, so the refusal comes before the typed name (ut34b-12:
// asked for the name, then refused). A share group, or a classic group
// whose members' metadata is not the consumer protocol's, is not judged
// here: Kafka's answer says.
func (a *Admin) CheckUnsubscribed(ctx context.Context, group, typ, topic string) error {
	subs, state, err := a.subscribers(ctx, group, typ, topic)
	if err != nil {
		return fmt.Errorf("describe %s: %w", group, err)
	}
	if subs > 0 {
		return fmt.Errorf("%w: %s is %s with %s subscribed to %s; Kafka deletes a topic's offsets only while no member is subscribed to it (GROUP_SUBSCRIBED_TO_TOPIC): %s",
			ErrSubscribed, group, state, model.Plural(subs, "member"), topic, model.StopConsumersFirst)
	}
	return nil
}

// subscribers is how many of group's members subscribe to topic, and its state.
func (a *Admin) subscribers(ctx context.Context, group, typ, topic string) (int, string, error) {
	subs, state, err := a.describeMembers(ctx, group, typ)
	n := 0
	for _, topics := range subs {
		if slices.Contains(topics, topic) {
			n++
		}
	}
	return n, state, err
}
