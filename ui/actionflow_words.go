package ui

import "errors"

// actionErr is an action's failure in the header's words (Common.Explain:
// "nothing listens on 127.0.0.1:29949 (connection refused)", not "api
// versions: dial tcp 127.0.0.1:29949: connect: connection refused"; ut21a
// K7-2). A refusal washboard words itself (errText) is kept as it is.
func (c *Common) actionErr(err error) error {
	var said errText
	if err == nil || c.Explain == nil || errors.As(err, &said) {
		return err
	}
	return errText(c.Explain(err))
}
