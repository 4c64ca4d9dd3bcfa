//go:build tools

// Package tools pins the Pulumi Kubernetes provider plugin that the real-engine suite builds (infra/e2e/tools.sh)
// through cmd/pulumi-resource-kubernetes.
package tools

import (
	_ "github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/provider"
)
