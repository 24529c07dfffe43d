using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests;

/// <summary>
/// Timetables of the real feeds, read from their zips, against the raw files. Expected calls were computed from
/// stop_times.txt, trips.txt, calendar*.txt and frequencies.txt with a short Python script, not with Polis.
/// </summary>
public sealed class RealFeedTimetableTests
{
    private static TransitNetwork Network(string feed)
    {
        using var zip = RealFeeds.Open(feed);
        var read = GtfsZipReader.Read(zip, RealFeeds.Today);
        Assert.True(read.Accepted);
        return TransitNetworkBuilder.Build(1, read.Feed);
    }

    private static string Local(TransitNetwork network, DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, network.TimeZone).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void StopTimetable_CaltrainWeekday_FirstDeparturesAreTheRawStopTimes()
    {
        var network = Network(RealFeeds.Caltrain);

        var calls = network.StopTimetable("San Francisco Caltrain", new DateOnly(2009, 3, 10));

        Assert.Equal(98, calls.Count);
        Assert.Equal(["10201272009 04:55:00", "10401272009 05:25:00", "10101272009 06:01:00"], calls.Take(3).Select(c => $"{c.Instance.Trip.Id} {Local(network, c.Departure)}"));
    }

    [Fact]
    public void StopTimetable_CaltrainHolidayInCalendarDates_SundayServiceInstead()
    {
        var network = Network(RealFeeds.Caltrain);

        var calls = network.StopTimetable("San Francisco Caltrain", new DateOnly(2009, 5, 25));

        Assert.Equal(28, calls.Count);
        Assert.All(calls, c => Assert.Equal("SN01272009", c.Instance.Trip.Trip.ServiceId));
        Assert.Equal("42201272009 08:15:00", $"{calls[0].Instance.Trip.Id} {Local(network, calls[0].Departure)}");
    }

    [Fact]
    public void StopTimetable_BullRunnerFrequencyTrip_EveryRunExpanded()
    {
        var network = Network(RealFeeds.BullRunner);

        var calls = network.StopTimetable("230", new DateOnly(2015, 3, 9));

        Assert.Equal(102, calls.Count);
        Assert.Equal(Enumerable.Range(0, 102).Select(k => TimeSpan.FromSeconds((7 * 3600) + 64 + (k * 600)).ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)),
            calls.Select(c => Local(network, c.Departure)));
    }
}
