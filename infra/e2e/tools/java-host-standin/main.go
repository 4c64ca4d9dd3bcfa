// Command pulumi-language-java is a STAND-IN for Pulumi's Java language host, built by infra/e2e/tools.sh because
// the real one (module github.com/pulumi/pulumi-java/pkg, cmd/pulumi-language-java) is refused by the Go module
// proxy here. It serves the engine's LanguageRuntime gRPC service and runs a project the way the real host runs one
// whose Pulumi.yaml says `runtime: {name: java, options: {binary: JAR}}`: `java -jar JAR` in the project directory,
// with the engine's addresses, project, stack, organization, configuration and dry-run flag in the PULUMI_*
// variables the Java SDK reads. What it does not do (Maven/Gradle builds of a project without `binary`, reporting
// the program's plugins ahead of the run, code generation) is answered as unimplemented or empty: plugins are then
// loaded by the engine when the program first registers a resource of theirs.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/types/known/emptypb"
)

// version is what GetPluginInfo reports: the Java SDK release the repository pins, marked as the stand-in.
const version = "1.36.1-standin"

// bailExitCode is the Java SDK's exit code for "the error was already reported to the engine".
const bailExitCode = 32

type host struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
	mu     sync.Mutex
	engine string
}

func (h *host) Handshake(_ context.Context, req *pulumirpc.LanguageHandshakeRequest) (*pulumirpc.LanguageHandshakeResponse, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if req.GetEngineAddress() != "" {
		h.engine = req.GetEngineAddress()
	}
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *host) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: version}, nil
}

func (h *host) GetRequiredPlugins(context.Context, *pulumirpc.GetRequiredPluginsRequest) (*pulumirpc.GetRequiredPluginsResponse, error) {
	return &pulumirpc.GetRequiredPluginsResponse{}, nil
}

func (h *host) GetRequiredPackages(context.Context, *pulumirpc.GetRequiredPackagesRequest) (*pulumirpc.GetRequiredPackagesResponse, error) {
	return &pulumirpc.GetRequiredPackagesResponse{}, nil
}

func (h *host) InstallDependencies(*pulumirpc.InstallDependenciesRequest, grpc.ServerStreamingServer[pulumirpc.InstallDependenciesResponse]) error {
	return nil // a `binary` project has nothing to install
}

func (h *host) About(context.Context, *pulumirpc.AboutRequest) (*pulumirpc.AboutResponse, error) {
	java, _ := exec.LookPath("java")
	return &pulumirpc.AboutResponse{Executable: java, Version: version}, nil
}

func (h *host) GetProgramDependencies(context.Context, *pulumirpc.GetProgramDependenciesRequest) (*pulumirpc.GetProgramDependenciesResponse, error) {
	return &pulumirpc.GetProgramDependenciesResponse{}, nil
}

func (h *host) RuntimeOptionsPrompts(context.Context, *pulumirpc.RuntimeOptionsRequest) (*pulumirpc.RuntimeOptionsResponse, error) {
	return &pulumirpc.RuntimeOptionsResponse{}, nil
}

func (h *host) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	root := req.GetInfo().GetRootDirectory()
	if root == "" {
		root = req.GetPwd()
	}
	binary := ""
	if opts := req.GetInfo().GetOptions(); opts != nil {
		if v, ok := opts.GetFields()["binary"]; ok {
			binary = v.GetStringValue()
		}
	}
	if binary == "" {
		return &pulumirpc.RunResponse{Error: "this stand-in Java language host runs only projects whose Pulumi.yaml sets " +
			"runtime.options.binary (a jar); build one, or use the real pulumi-language-java"}, nil
	}
	if !filepath.IsAbs(binary) {
		binary = filepath.Join(root, binary)
	}
	if _, err := os.Stat(binary); err != nil {
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("the program %s does not exist: build it first (%v)", binary, err)}, nil
	}
	config, err := json.Marshal(req.GetConfig())
	if err != nil {
		return nil, err
	}
	secretKeys := req.GetConfigSecretKeys()
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secrets, err := json.Marshal(secretKeys)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	engine := h.engine
	h.mu.Unlock()

	java := "java"
	if home := os.Getenv("JAVA_HOME"); home != "" {
		java = filepath.Join(home, "bin", "java")
	}
	cmd := exec.CommandContext(ctx, java, append([]string{"-jar", binary}, req.GetArgs()...)...)
	cmd.Dir = req.GetPwd()
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	cmd.Env = append(os.Environ(),
		"PULUMI_MONITOR="+req.GetMonitorAddress(),
		"PULUMI_ENGINE="+engine,
		"PULUMI_PROJECT="+req.GetProject(),
		"PULUMI_STACK="+req.GetStack(),
		"PULUMI_ORGANIZATION="+req.GetOrganization(),
		"PULUMI_DRY_RUN="+strconv.FormatBool(req.GetDryRun()),
		"PULUMI_PARALLEL="+strconv.Itoa(int(req.GetParallel())),
		"PULUMI_CONFIG="+string(config),
		"PULUMI_CONFIG_SECRET_KEYS="+string(secrets),
		"PULUMI_ROOT_DIRECTORY="+root,
	)
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			if exit.ExitCode() == bailExitCode {
				return &pulumirpc.RunResponse{Bail: true}, nil
			}
			return &pulumirpc.RunResponse{Error: fmt.Sprintf("the program exited with code %d", exit.ExitCode())}, nil
		}
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}
	return &pulumirpc.RunResponse{}, nil
}

func main() {
	// The engine passes -root, tracing and logging flags, then its own address as the last argument.
	flags := flag.NewFlagSet("pulumi-language-java", flag.ContinueOnError)
	flags.String("root", "", "project root")
	flags.String("tracing", "", "tracing endpoint")
	flags.Bool("logtostderr", false, "")
	flags.Bool("logflow", false, "")
	flags.String("v", "", "")
	if err := flags.Parse(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	h := &host{}
	if flags.NArg() > 0 {
		h.engine = flags.Arg(flags.NArg() - 1)
	}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(s *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(s, h)
			return nil
		},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "could not start the language host: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "language host stopped: %v\n", err)
		os.Exit(1)
	}
}
