namespace Polis.Contracts.Devices;

/// <summary>An attribute value kept as its JSON text, with the time it was last set (Unix ms).</summary>
[GenerateSerializer, Immutable]
public sealed record AttributeValue(
    [property: Id(0)] string Json,
    [property: Id(1)] long UpdatedAt);
