namespace Polis.Transit.Planning;

/// <summary>A configured time band: its name and when it starts (it runs until the next band starts).</summary>
public sealed class TimeBandOptions
{
    public string Name { get; set; } = string.Empty;

    public TimeOnly Start { get; set; }
}
