//go:build ignore

// Writes schema-embed.json and terraform-mapping-embed.json beside main.go from the provider module's schema.json
// and terraform-mapping.json, as the provider's release build does: the schema gets the version the binary reports.
// Usage (from this directory): go run generate.go VERSION
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const module = "github.com/pulumi/pulumi-kubernetes/provider/v4"

func main() {
	if len(os.Args) != 2 {
		fail("usage: go run generate.go VERSION")
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	if err != nil {
		fail("locating %s: %v", module, err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "cmd", "pulumi-resource-kubernetes")

	var schema map[string]json.RawMessage
	read(filepath.Join(dir, "schema.json"), &schema)
	version, _ := json.Marshal(os.Args[1])
	schema["version"] = version
	write("schema-embed.json", schema)

	var mapping any
	read(filepath.Join(dir, "terraform-mapping.json"), &mapping)
	write("terraform-mapping-embed.json", mapping)
}

func read(path string, into any) {
	data, err := os.ReadFile(path)
	if err != nil {
		fail("%v", err)
	}
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	if err := decoder.Decode(into); err != nil {
		fail("%s: %v", path, err)
	}
}

func write(path string, value any) {
	data, err := json.Marshal(value)
	if err != nil {
		fail("%s: %v", path, err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fail("%v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "generate.go: "+format+"\n", args...)
	os.Exit(1)
}
