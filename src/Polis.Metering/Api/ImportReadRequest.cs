namespace Polis.Metering.Api;

/// <summary>
/// One element of a JSON import body (documentation of the shape; bodies are read row by row so that one bad value
/// refuses one row): <c>instant</c> as ISO 8601 with offset or Unix milliseconds, <c>value</c> the register reading,
/// <c>meterId</c> for multi-meter imports only.
/// </summary>
public sealed record ImportReadRequest(string? MeterId, string Instant, double Value);
