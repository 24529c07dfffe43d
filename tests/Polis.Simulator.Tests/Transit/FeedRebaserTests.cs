using System.IO.Compression;
using Polis.Simulator.Transit;
using Polis.Transit.Gtfs;

namespace Polis.Simulator.Tests.Transit;

/// <summary>A real feed's calendar moved by whole weeks so that it runs today, and nothing else touched.</summary>
public sealed class FeedRebaserTests
{
    [Theory]
    [InlineData(RealFeed.Caltrain)]
    [InlineData(RealFeed.BullRunner)]
    [InlineData(RealFeed.IslandTransit)]
    public void Rebase_RealFeed_EveryDateMovedByWholeWeeksAndTodayInside(string name)
    {
        var originalZip = RealFeed.Bytes(name);
        var original = RealFeed.Read(originalZip);
        var range = ServiceDateRange.Of(original)!.Value;
        var weeks = FeedDateShift.Weeks(range, RealFeed.Today, RealFeed.Today);

        var (zip, shifted) = FeedRebaser.Rebase(originalZip, weeks * 7);
        var rebased = RealFeed.Read(zip);

        Assert.True(weeks > 0, "the 2009–2020 calendars are in the past");
        Assert.True(ServiceDateRange.Of(rebased)!.Value.Contains(RealFeed.Today));
        Assert.Equal(range.Shifted(weeks * 7), ServiceDateRange.Of(rebased));
        Assert.Equal(original.Calendars.Count, rebased.Calendars.Count);
        foreach (var (before, after) in original.Calendars.Zip(rebased.Calendars))
        {
            Assert.Equal(before with { StartDate = before.StartDate.AddDays(weeks * 7), EndDate = before.EndDate.AddDays(weeks * 7) }, after);
            Assert.Equal(before.StartDate.DayOfWeek, after.StartDate.DayOfWeek);
        }

        Assert.Equal(original.CalendarDates.Count, rebased.CalendarDates.Count);
        foreach (var (before, after) in original.CalendarDates.Zip(rebased.CalendarDates))
        {
            Assert.Equal(before with { Date = before.Date.AddDays(weeks * 7) }, after);
            Assert.Equal(before.Date.DayOfWeek, after.Date.DayOfWeek); // a holiday stays on its weekday
        }

        Assert.Equal((2 * original.Calendars.Count) + original.CalendarDates.Count, shifted.Values.Sum());
    }

    [Theory]
    [InlineData(RealFeed.Caltrain)]
    [InlineData(RealFeed.BullRunner)]
    public void Rebase_RealFeed_OtherFilesByteForByteAndDateFilesOnlyInTheirDigits(string name)
    {
        var originalZip = RealFeed.Bytes(name);

        var (zip, _) = FeedRebaser.Rebase(originalZip, 7 * 400);

        var before = Entries(originalZip);
        var after = Entries(zip);
        Assert.Equal(before.Keys, after.Keys); // same names, same order
        foreach (var (entry, bytes) in before)
        {
            if (FeedRebaser.DateColumns.ContainsKey(entry))
            {
                Assert.Equal(bytes.Length, after[entry].Length);
                Assert.All(bytes.Zip(after[entry]).Where(p => p.First != p.Second), p => Assert.True(char.IsAsciiDigit((char)p.First) && char.IsAsciiDigit((char)p.Second)));
                Assert.NotEqual(bytes, after[entry]);
            }
            else
            {
                Assert.Equal(bytes, after[entry]);
            }
        }
    }

    [Fact]
    public void Rebase_SameFeedAnyDayOfTheWeek_SameWeeksAndSameBytes()
    {
        var zip = RealFeed.Bytes(RealFeed.Caltrain);
        var range = ServiceDateRange.Of(RealFeed.Read(zip))!.Value;
        var monday = new DateOnly(2026, 11, 30);

        var weeks = Enumerable.Range(0, 7).Select(d => FeedDateShift.Weeks(range, monday.AddDays(d), monday.AddDays(d))).Distinct().ToList();

        Assert.Single(weeks);
        Assert.Equal(FeedRebaser.Rebase(zip, weeks[0] * 7).Zip, FeedRebaser.Rebase(zip, weeks[0] * 7).Zip);
        Assert.NotEqual(weeks[0], FeedDateShift.Weeks(range, monday.AddDays(7), monday.AddDays(7)));
    }

    [Fact]
    public void Weeks_FeedRunningToday_NoShift()
    {
        var range = new ServiceDateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 2));

        Assert.Equal(0, FeedDateShift.Weeks(range, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)));
        Assert.NotEqual(0, FeedDateShift.Weeks(range, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3)));
    }

    [Fact]
    public void Weeks_ShortCalendar_CoversTheSimulatedStartAndToday()
    {
        // Three weeks of service: too short to reach four weeks ahead, so it is placed to start before the clock does.
        var range = new ServiceDateRange(new DateOnly(2009, 3, 2), new DateOnly(2009, 3, 22));
        var (from, today) = (new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2));

        var moved = range.Shifted(7 * FeedDateShift.Weeks(range, from, today));

        Assert.True(moved.Contains(from) && moved.Contains(today), $"{moved}");
        Assert.Equal(range.First.DayOfWeek, moved.First.DayOfWeek);
    }

    [Fact]
    public void Rebase_FeedInfoQuotedWithBomAndCrLf_OnlyTheDatesMove()
    {
        var text = "\uFEFFfeed_publisher_name,feed_publisher_url,feed_lang, feed_start_date ,feed_end_date,feed_version\r\n" +
                   "\"Transit, Inc. \"\"20090101\"\"\",https://example.org,en, 20090101 ,\"20091231\",20090101\r\n";
        var zip = Zip(("feed_info.txt", text), ("notes.txt", "20090101\n"));

        var (rebased, shifted) = FeedRebaser.Rebase(zip, 7);

        var entries = Entries(rebased);
        Assert.Equal(text.Replace(" 20090101 ,\"20091231\"", " 20090108 ,\"20100107\"", StringComparison.Ordinal), System.Text.Encoding.UTF8.GetString(entries["feed_info.txt"]));
        Assert.Equal("20090101\n", System.Text.Encoding.UTF8.GetString(entries["notes.txt"]));
        Assert.Equal(2, shifted["feed_info.txt"]);
    }

    [Fact]
    public void Rebase_Utf16Calendar_DatesMoveAndEncodingKept()
    {
        var text = "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWD,1,1,1,1,1,0,0,20090302,20090308\n";
        var zip = Zip(("calendar.txt", text), encoding: System.Text.Encoding.Unicode);

        var (rebased, _) = FeedRebaser.Rebase(zip, 14);

        var bytes = Entries(rebased)["calendar.txt"];
        Assert.Equal([0xFF, 0xFE], bytes[..2]);
        Assert.Equal(text.Replace("20090302,20090308", "20090316,20090322", StringComparison.Ordinal), System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2));
    }

    private static byte[] Zip((string Name, string Text) first, (string Name, string Text)? second = null, System.Text.Encoding? encoding = null)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in second is { } s ? [first, s] : new[] { first })
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(encoding is null ? System.Text.Encoding.UTF8.GetBytes(text) : [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
            }
        }

        return buffer.ToArray();
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
