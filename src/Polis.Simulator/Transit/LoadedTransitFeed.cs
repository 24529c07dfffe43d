using Polis.Transit.Timetable;

namespace Polis.Simulator.Transit;

/// <summary>A real feed ready to run: the zip to import (rebased when needed), its name and the timetable it holds.</summary>
public sealed record LoadedTransitFeed(byte[] Zip, string FileName, TransitNetwork Network, int ShiftDays);
