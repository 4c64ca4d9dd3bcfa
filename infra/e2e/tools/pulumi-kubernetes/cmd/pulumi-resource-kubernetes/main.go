// Command pulumi-resource-kubernetes is the Pulumi Kubernetes provider, built from its pinned Go module.
//
// The module's own main package embeds schema-embed.json and terraform-mapping-embed.json, which its release build
// generates and the published module does not contain, so it cannot be built as published. This package is that
// main package's equivalent: infra/e2e/tools.sh writes the two files next to it (generate.go: the module's
// schema.json with the version set, and its terraform mapping, both compacted) and builds it.
package main

import (
	_ "embed"

	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/provider"
	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version"
)

//go:embed schema-embed.json
var schema []byte

//go:embed terraform-mapping-embed.json
var terraformMapping []byte

func main() {
	provider.Serve("kubernetes", version.Version, schema, terraformMapping)
}
