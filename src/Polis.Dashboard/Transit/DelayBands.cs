using Polis.Transit.Live;

namespace Polis.Dashboard.Transit;

/// <summary>
/// Which colour a vehicle gets on the transit map: its matched schedule deviation against the
/// <see cref="OnTimeWindow"/>, and beyond it 10 min (where the transit module raises a delay alert) and 20 min.
/// </summary>
public static class DelayBands
{
    public const int SlightlyLateUpToSeconds = 600;

    public const int LateUpToSeconds = 1_200;

    /// <summary>
    /// A vehicle silent this long is drawn as last seen, not as running: the GTFS-Realtime feeds leave such reports out
    /// (<c>StaleVehicleAge</c>, 5 min) for the same reason.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    public static DelayBand ForDelay(int delaySeconds) => delaySeconds switch
    {
        < OnTimeWindow.EarliestSeconds => DelayBand.Early,
        <= OnTimeWindow.LatestSeconds => DelayBand.OnTime,
        <= SlightlyLateUpToSeconds => DelayBand.SlightlyLate,
        <= LateUpToSeconds => DelayBand.Late,
        _ => DelayBand.VeryLate,
    };

    public static DelayBand Of(VehicleState vehicle, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        if (now - vehicle.Position.Timestamp > StaleAfter)
        {
            return DelayBand.Stale;
        }

        return IsMatched(vehicle) && vehicle.DelaySeconds is { } delay ? ForDelay(delay) : DelayBand.NoTrip;
    }

    /// <summary>Serving a run of the timetable, found from its report's trip or by matching.</summary>
    public static bool IsMatched(VehicleState vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return vehicle.Trip is not null && vehicle.MatchSource != TripMatchSource.None;
    }

    /// <summary>
    /// Colours and legend names in <see cref="DelayBand"/> order: the one table the map's markers, its legend and the
    /// side panel all draw from. Green to red as lateness grows, blue for early (as bad for a rider as late: the bus
    /// is gone), grey without a trip, an outline when silent.
    /// </summary>
    public static IReadOnlyList<DelayBandStyle> Styles { get; } =
    [
        new("early", "#1e88e5"),
        new("on time", "#2e7d32"),
        new("slightly late", "#f9a825"),
        new("late", "#ef6c00"),
        new("very late", "#c62828"),
        new("no trip", "#9e9e9e"),
        new("no recent report", "#757575", Hollow: true),
    ];

    public static string Label(DelayBand band) => Styles[(int)band].Name;

    public static string Colour(DelayBand band) => Styles[(int)band].Colour;
}
