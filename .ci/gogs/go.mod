// Builds Gogs 0.14.3 for the tests, from the Go module proxy (see .ci/run).
// The proxy here refuses the vanity paths gogs.io/gogs and go.bobheadxi.dev/streamline, so both are taken from
// their GitHub module paths: the same Gogs tag (v0.14.3, commit 3ba8aca), and the next patch of streamline.
module gogs-ci

go 1.25.0

require gogs.io/gogs v0.14.3

replace gogs.io/gogs => github.com/gogs/gogs v0.14.3

replace go.bobheadxi.dev/streamline => github.com/bobheadxi/streamline v1.2.2
