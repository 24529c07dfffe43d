namespace Polis.Citizens.Reports.Keys;

/// <summary>Body of POST /api/v1/citizens/open311-keys: a name that says which client holds the key.</summary>
public sealed record Open311KeyRequest(string? Name);
