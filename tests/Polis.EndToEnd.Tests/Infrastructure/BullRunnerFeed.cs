using System.Globalization;
using System.IO.Compression;
using System.Text;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Bull Runner (USF, Tampa; calendar 2015–2020), a real feed for the simulator's buses to run. It runs Monday to
/// Thursday 07:00–24:00, Friday until 17:30 and three routes on weekend afternoons, and no real feed runs at every
/// hour: when it has no run under way for the next <see cref="Margin"/>, <see cref="Prepare"/> gives a copy whose
/// Monday–Thursday service runs every day, its times moved by whole hours to run now (the same stops, shapes, trips
/// and frequencies; only calendar.txt, stop_times.txt and frequencies.txt are rewritten), so a test can always
/// expect buses to be matched.
/// </summary>
public sealed class BullRunnerFeed
{
    public const string FileName = "bullrunner-gtfs.zip";

    /// <summary>How long the feed must have a run under way from now on: the time a test takes to see a match.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(20);

    /// <summary>A Monday inside Bull Runner's calendar, with no exception dates anywhere near it.</summary>
    private static readonly DateOnly Monday = new(2016, 1, 4);

    private BullRunnerFeed(string path, bool published)
    {
        Path = path;
        Published = published;
        using var zip = File.OpenRead(path);
        Network = TransitNetworkBuilder.Build(0, GtfsZipReader.Read(zip, Monday).Feed);
    }

    /// <summary>The zip for the simulator, named <see cref="FileName"/>.</summary>
    public string Path { get; }

    /// <summary>True for the feed as published, false for the copy moved to run now.</summary>
    public bool Published { get; }

    /// <summary>The timetable of <see cref="Path"/> in its own (not rebased) calendar.</summary>
    public TransitNetwork Network { get; }

    /// <summary>The published feed when it runs for the next <see cref="Margin"/>, else a copy in <paramref name="directory"/> that does.</summary>
    public static BullRunnerFeed Prepare(string directory)
    {
        var published = new BullRunnerFeed(TransitPolisFixture.FeedPath(FileName), published: true);
        if (published.RunsThroughMargin())
        {
            return published;
        }

        // Monday–Thursday runs 07:00–24:00; moved by eight hours it runs 15:00–32:00, over midnight into the night.
        var hour = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, published.Network.TimeZone).TimeOfDay.TotalHours;
        var shift = hour is > 7.5 and < 23.5 ? 0 : 8;
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, FileName);
        File.WriteAllBytes(path, Rewrite(File.ReadAllBytes(published.Path), shift));
        var moved = new BullRunnerFeed(path, published: false);
        Assert.True(moved.RunsThroughMargin(), $"the copy moved by {shift} h runs now");
        return moved;
    }

    /// <summary>
    /// The instant in the feed's own calendar that stands for <paramref name="utc"/>: the same weekday and local time
    /// in the week of <see cref="Monday"/>. The simulator rebases the feed by whole weeks and Bull Runner has no
    /// exception dates, so it runs at <paramref name="utc"/> exactly what the feed runs then.
    /// </summary>
    public DateTimeOffset InFeedCalendar(DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, Network.TimeZone);
        var date = Monday.AddDays(((int)local.DayOfWeek + 6) % 7);
        return Network.ServiceDayStart(date).Add(local.TimeOfDay);
    }

    /// <summary>Whether some run is under way at every minute from now until <see cref="Margin"/> from now.</summary>
    private bool RunsThroughMargin()
    {
        var at = InFeedCalendar(DateTimeOffset.UtcNow);
        return Enumerable.Range(0, (int)Margin.TotalMinutes + 1).Select(m => at.AddMinutes(m))
            .All(t => Network.InstancesBetween(t, t).Any(r => r.ScheduledStart <= t && r.ScheduledEnd >= t));
    }

    private static byte[] Rewrite(byte[] zip, int shiftHours)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
                for (var r = 1; r < lines.Count; r++)
                {
                    for (var c = 0; c < lines[0].Length; c++)
                    {
                        var column = lines[0][c].Trim();
                        if (entry.FullName == "calendar.txt" && Weekday(column))
                        {
                            lines[r][c] = lines[r][0] == "Mo" ? "1" : "0";
                        }
                        else if (entry.FullName is "stop_times.txt" or "frequencies.txt" && column is "arrival_time" or "departure_time" or "start_time" or "end_time")
                        {
                            lines[r][c] = Later(lines[r][c], shiftHours);
                        }
                    }
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(string.Join("\n", lines.Select(l => string.Join(',', l))) + "\n");
            }
        }

        return output.ToArray();
    }

    private static bool Weekday(string column) => column is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    private static string Later(string time, int hours)
    {
        if (time.Trim().Length == 0)
        {
            return time;
        }

        var parts = time.Trim().Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{parts[0] + hours:D2}:{parts[1]:D2}:{parts[2]:D2}");
    }
}
