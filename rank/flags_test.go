package rank

import "flag"

// Accepted so that `go test ./... -update` runs across packages; this
// package keeps no golden files.
var _ = flag.Bool("update", false, "no golden files in this package")
