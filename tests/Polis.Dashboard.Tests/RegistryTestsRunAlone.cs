namespace Polis.Dashboard.Tests;

/// <summary>
/// Each dashboard test class starts its own polis process and Chromium. On 2 cores a third pair beside the other
/// classes only slows every page past its waits, so the registry tests run after them, on their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RegistryTestsRunAlone
{
    public const string Name = "Registry pages (not in parallel)";
}
