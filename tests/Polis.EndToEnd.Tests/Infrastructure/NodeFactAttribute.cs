namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fact that needs node and npm: skipped with a message when they are missing on a developer's
/// machine, but run (and failing) when CI=true, so CI can never pass by skipping it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var missing = new[] { "node", "npm" }.Where(tool => !OnPath(tool)).ToList();
        if (missing.Count > 0 && !ci)
        {
            Skip = $"this test needs {string.Join(" and ", missing)} on PATH (Node 20+); install Node.js, or set CI=true to make this a failure.";
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, tool)));
}
