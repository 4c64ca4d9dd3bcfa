//go:build tools

// Package tools pins the Pulumi Kubernetes provider plugin that the real-engine suite builds (infra/e2e/tools.sh).
package tools

import (
	_ "github.com/pulumi/pulumi-kubernetes/provider/v4/cmd/pulumi-resource-kubernetes"
)
