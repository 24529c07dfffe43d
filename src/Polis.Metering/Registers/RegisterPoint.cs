namespace Polis.Metering.Registers;

/// <summary>
/// A point of one meter's register curve after sorting, de-duplication and snapping: <see cref="Ticks"/> is the
/// effective UTC instant (snapped to a boundary when within tolerance). <see cref="Source"/> is the input index,
/// or -1 for an installation's initial or final read.
/// </summary>
internal readonly record struct RegisterPoint(long Ticks, double Value, int Source, bool OffGrid, bool Conflict);
