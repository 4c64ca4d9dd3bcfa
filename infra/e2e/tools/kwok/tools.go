//go:build tools

// Package tools pins kwok, which plays the kubelet of fake nodes so pods become Running and Ready without a container
// runtime (infra/e2e/tools.sh).
package tools

import (
	_ "sigs.k8s.io/kwok/cmd/kwok"
)
