namespace Polis.Platform.Devices;

/// <summary>One page of a list with the total number of matches.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
