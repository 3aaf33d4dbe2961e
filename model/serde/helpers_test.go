package serde

import (
	"math"
	"strconv"

	"google.golang.org/protobuf/reflect/protoreflect"
)

func itoa(n int) string                       { return strconv.Itoa(n) }
func protoString(s string) protoreflect.Value { return protoreflect.ValueOfString(s) }
func protoFloat(f float64) protoreflect.Value { return protoreflect.ValueOfFloat64(f) }
func protoInt(n int64) protoreflect.Value     { return protoreflect.ValueOfInt64(n) }

func float64bits(f float64) uint64 { return math.Float64bits(f) }
