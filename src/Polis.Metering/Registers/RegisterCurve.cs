namespace Polis.Metering.Registers;

/// <summary>One installation's prepared points and how to read a drop between two of them (rollover or decrease).</summary>
internal readonly ref struct RegisterCurve(ReadOnlySpan<RegisterPoint> points, RegisterInstallation installation, double margin)
{
    public ReadOnlySpan<RegisterPoint> Points { get; } = points;

    public RegisterInstallation Installation { get; } = installation;

    /// <summary>Whether the register drops from point <paramref name="p"/> to the next and the drop is no rollover.</summary>
    public bool IsDecrease(int p) => p + 1 < Points.Length && Points[p + 1].Value < Points[p].Value && !IsRollover(p);

    /// <summary>Whether a drop from point <paramref name="p"/> to the next is the register wrapping past its capacity.</summary>
    public bool IsRollover(int p) =>
        Installation.Capacity is { } capacity
        && Points[p].Value >= capacity * (1 - margin) && Points[p].Value <= capacity
        && Points[p + 1].Value <= capacity * margin;
}
