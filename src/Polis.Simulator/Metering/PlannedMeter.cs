namespace Polis.Simulator.Metering;

/// <summary>
/// A meter as <c>POST /api/v1/metering/meters</c> takes it, reporting as the simulated device <see cref="DeviceId"/>;
/// <see cref="ServicePointId"/> is where it is installed.
/// </summary>
public sealed record PlannedMeter(string Id, string Kind, string Serial, string DeviceId, int RegisterDigits, int IntervalMinutes, string ServicePointId);
