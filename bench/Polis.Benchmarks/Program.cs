using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Polis.Benchmarks -- --filter '*' [--job short]
// Reports go under bin/ (ignored by git), not into whatever directory the command was started from.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Polis.Benchmarks.PayloadShape).Assembly).Run(args, config);
