//go:build tools

// Package tools pins the etcd server that the real-engine suite builds (infra/e2e/tools.sh).
package tools

import (
	_ "go.etcd.io/etcd/server/v3"
)
