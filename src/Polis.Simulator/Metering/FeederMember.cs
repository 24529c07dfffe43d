namespace Polis.Simulator.Metering;

/// <summary>A household meter a feeder supplies: its behaviour key and scale, as <c>DeviceBehaviour</c> seeds them.</summary>
public sealed record FeederMember(string MeterId, long Key, double Scale);
