namespace Polis.Metering.Ingest;

/// <summary>One register read to store: the value the meter's register showed at an instant (UTC), as received.</summary>
public readonly record struct RegisterReadWrite(string MeterId, DateTimeOffset At, double Value, DateTimeOffset ReceivedAt, ReadSource Source);
