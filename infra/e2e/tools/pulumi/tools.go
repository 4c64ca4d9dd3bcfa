//go:build tools

// Package tools pins the Pulumi CLI that the real-engine suite builds (infra/e2e/tools.sh).
package tools

import (
	_ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
)
