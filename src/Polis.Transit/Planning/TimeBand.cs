namespace Polis.Transit.Planning;

/// <summary>A time band of the day as reports show it: name, start and end (end before start: it runs past midnight).</summary>
public sealed record TimeBand(string Name, TimeOnly Start, TimeOnly End);
