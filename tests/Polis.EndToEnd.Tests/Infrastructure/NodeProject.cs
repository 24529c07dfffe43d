using System.Diagnostics;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A node project under tests/ (a real third-party client installed from its lock file) whose scripts the e2e tests
/// run against the polis process. CI installs it in .ci/run; a developer's first run installs it with npm ci.
/// </summary>
public sealed class NodeProject(string folder, string package)
{
    private static readonly SemaphoreSlim _install = new(1, 1); // one npm ci at a time, whichever project

    public string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", folder);

    /// <summary>Runs <c>node script args…</c> in the project's directory; fails the test on a non-zero exit.</summary>
    public async Task<string> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var (exitCode, output, error) = await ExecuteAsync(start);
        Assert.True(exitCode == 0, $"node {script} {string.Join(' ', arguments)} exited with {exitCode}:\n{error}\n{output}");
        return output;
    }

    private async Task EnsureInstalledAsync()
    {
        await _install.WaitAsync();
        try
        {
            if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", package)))
            {
                var start = new ProcessStartInfo("npm") { WorkingDirectory = Directory };
                start.ArgumentList.Add("ci");
                var (exitCode, output, error) = await ExecuteAsync(start);
                Assert.True(exitCode == 0, $"npm ci in {Directory} exited with {exitCode}:\n{error}\n{output}");
            }
        }
        finally
        {
            _install.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish:\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the test directory.");
        }

        return root;
    }
}
