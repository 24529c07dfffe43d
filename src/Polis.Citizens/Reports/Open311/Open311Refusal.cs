namespace Polis.Citizens.Reports.Open311;

/// <summary>Why an Open311 call is refused: the HTTP status (the error's code) and the spec's description.</summary>
public sealed record Open311Refusal(int Status, string Description);
