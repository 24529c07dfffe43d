using System.Globalization;

namespace Polis.Transit.Timetable;

/// <summary>
/// One run of a trip on one service date: what a vehicle is matched to and GTFS-Realtime describes with
/// trip_id, start_date and (for frequency-based trips) start_time.
/// </summary>
public sealed record TripInstance(ScheduledTrip Trip, DateOnly ServiceDate, DateTimeOffset ServiceDayStart, int RunOffset)
{
    /// <summary>The run's first departure, seconds since the service day's reference (GTFS-RT start_time).</summary>
    public int StartSeconds => Trip.FirstDeparture + RunOffset;

    /// <summary>A key unique per run: trip, date and start time.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Trip.Id}@{ServiceDate:yyyyMMdd}T{StartSeconds}");

    public DateTimeOffset ScheduledArrival(int stopIndex) => ServiceDayStart.AddSeconds(Trip.Stops[stopIndex].Arrival + RunOffset);

    public DateTimeOffset ScheduledDeparture(int stopIndex) => ServiceDayStart.AddSeconds(Trip.Stops[stopIndex].Departure + RunOffset);

    public DateTimeOffset ScheduledStart => ServiceDayStart.AddSeconds(StartSeconds);

    public DateTimeOffset ScheduledEnd => ServiceDayStart.AddSeconds(Trip.LastArrival + RunOffset);

    /// <summary>GTFS-RT start_date (YYYYMMDD).</summary>
    public string StartDateText => ServiceDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>GTFS-RT start_time (HH:MM:SS, may pass 24:00:00).</summary>
    public string StartTimeText => GtfsTime.Format(StartSeconds);
}
