using Polis.Metering.Exports;
using Polis.Metering.Readings;
using static Polis.Metering.Tests.Exports.GreenButtonXml;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Exports;

/// <summary>
/// Green Button feeds of the real heat meter's validated intervals, parsed back and checked against espi.xsd's structure
/// (NAESB REQ.21 ESPI 4.0: element order of each sequence, code lists) and the Download My Data sample's links
/// (entries linked self → up → related as in the Green Button sample feed quoted in docs/metering.md).
/// </summary>
public sealed class GreenButtonWriterTests : IDisposable
{
    // Copenhagen's local 2020-10-20 to 2020-10-30: ten days around the 25-hour 2020-10-25.
    private static readonly DateTimeOffset From = Utc("2020-10-19T22:00:00Z"), To = Utc("2020-10-29T23:00:00Z");
    private static readonly DateTimeOffset[] Lost = [Utc("2020-10-21T06:00:00Z"), .. Enumerable.Range(1, 5).Select(h => Utc("2020-10-22T00:00:00Z").AddHours(h))];
    private readonly MeteringDatabase _db = new();

    [Fact]
    public async Task WriteAsync_RealTenDays_ValuesAddUpToTheIntervalsInWattHoursQualitiesMapped()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        var saved = await RealValidatedSeries.SaveAsync(_db, From, To, lost: Lost);
        var edited = await RealValidatedSeries.EditAsync(_db, saved[100], 2.5);
        var stored = await _db.Intervals.ListAsync(RealValidatedSeries.MeterId, From, To);

        var xml = new GreenButtonXml(await ExportAsync(From, To));

        var readings = xml.Readings.ToList();
        Assert.Equal(stored.Count, readings.Count);
        // Cumulative rounding: the integers add up to the rounded total in Wh, each within a Wh of its own value.
        Assert.Equal((long)Math.Round(stored.Sum(s => s.Value.Quantity) * 1000, MidpointRounding.AwayFromZero), readings.Sum(r => Long(r, "value")));
        Assert.All(stored.Zip(readings), pair => Assert.InRange(Long(pair.Second, "value") - (pair.First.Value.Quantity * 1000), -1, 1));
        var qualities = readings.Select(r => (int)Long(r.Element(Espi + "ReadingQuality")!, "quality")).ToList();
        int Count(string rule) => stored.Count(s => s.Rule?.Split(',').Contains(rule) == true && s.Value.Quality == ReadingQuality.Estimated);
        Assert.Equal((Count("estimate-linear"), Count("estimate-like-day"), 1), (qualities.Count(q => q == 9), qualities.Count(q => q == 8), qualities.Count(q => q == 7)));
        Assert.Equal((2, 6), (Count("estimate-linear"), Count("estimate-like-day")));
        Assert.Equal(stored.Count(s => s.Value.Quality == ReadingQuality.Valid), qualities.Count(q => q == 0));
        var editedReading = readings[stored.ToList().FindIndex(s => s.Value.Start == edited.Value.Start)];
        Assert.Equal(edited.Value.Start.ToUnixTimeSeconds(), Long(editedReading.Element(Espi + "timePeriod")!, "start"));
        Assert.Equal(["ReadingQuality", "timePeriod", "value"], editedReading.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public async Task WriteAsync_AutumnAndSpringDstDays_BlocksOfTheLocalDayWith25And23HourlyReadings()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        await RealValidatedSeries.SaveAsync(_db, From, To);
        await RealValidatedSeries.SaveAsync(_db, Utc("2020-03-27T23:00:00Z"), Utc("2020-03-30T22:00:00Z"));

        var autumn = new GreenButtonXml(await ExportAsync(From, To));
        var spring = new GreenButtonXml(await ExportAsync(Utc("2020-03-27T23:00:00Z"), Utc("2020-03-30T22:00:00Z")));

        var blocks = autumn.Resources("IntervalBlock").ToList();
        Assert.Equal(10, blocks.Count);
        var october25 = blocks.Single(b => Long(b.Element(Espi + "interval")!, "start") == Utc("2020-10-24T22:00:00Z").ToUnixTimeSeconds());
        Assert.Equal((90_000, 25), (Long(october25.Element(Espi + "interval")!, "duration"), october25.Elements(Espi + "IntervalReading").Count()));
        Assert.All(blocks.Where(b => b != october25), b => Assert.Equal((86_400, 24), (Long(b.Element(Espi + "interval")!, "duration"), b.Elements(Espi + "IntervalReading").Count())));
        var march29 = spring.Resources("IntervalBlock").Single(b => Long(b.Element(Espi + "interval")!, "start") == Utc("2020-03-28T23:00:00Z").ToUnixTimeSeconds());
        Assert.Equal((82_800, 23), (Long(march29.Element(Espi + "interval")!, "duration"), march29.Elements(Espi + "IntervalReading").Count()));
    }

    [Fact]
    public async Task WriteAsync_Structure_FollowsEspiSequencesCodesAndDownloadMyDataLinks()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        await RealValidatedSeries.SaveAsync(_db, From, To);

        var bytes = await ExportAsync(From, To);
        var xml = new GreenButtonXml(bytes);

        Assert.Equal(Atom + "feed", xml.Document.Root!.Name);
        Assert.Equal(["id", "title", "updated", "link"], xml.Document.Root.Elements().Take(4).Select(e => e.Name.LocalName));
        var entries = xml.Entries.ToList();
        Assert.All(entries, e => Assert.Equal(["id", "link", "link"], e.Elements().Take(3).Select(x => x.Name.LocalName)));
        Assert.All(entries, e => Assert.Equal(["title", "content", "published", "updated"], e.Elements().SkipWhile(x => x.Name.LocalName is "id" or "link").Select(x => x.Name.LocalName)));
        Assert.All(entries, e => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", e.Element(Atom + "id")!.Value));
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());

        var usagePoint = Assert.Single(xml.EntriesOf("UsagePoint"));
        Assert.Equal(4, Long(xml.Resources("UsagePoint").Single().Element(Espi + "ServiceCategory")!, "kind"));
        var localTime = Assert.Single(xml.EntriesOf("LocalTimeParameters"));
        Assert.Contains(Link(localTime, "self"), Links(usagePoint, "related"));
        Assert.Equal(["dstEndRule", "dstOffset", "dstStartRule", "tzOffset"], xml.Resources("LocalTimeParameters").Single().Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["AE0E3000", "3600", "3E0E2000", "3600"], xml.Resources("LocalTimeParameters").Single().Elements().Select(e => e.Value));

        var meterReading = Assert.Single(xml.EntriesOf("MeterReading"));
        Assert.Equal(Link(meterReading, "up"), Links(usagePoint, "related").First());
        var readingType = Assert.Single(xml.EntriesOf("ReadingType"));
        Assert.Contains(Link(readingType, "self"), Links(meterReading, "related"));
        Assert.Equal(
            [("accumulationBehaviour", "4"), ("commodity", "12"), ("dataQualifier", "12"), ("defaultQuality", "0"), ("flowDirection", "1"), ("intervalLength", "3600"),
             ("kind", "12"), ("powerOfTenMultiplier", "0"), ("timeAttribute", "0"), ("uom", "72")],
            xml.Resources("ReadingType").Single().Elements().Select(e => (e.Name.LocalName, e.Value)));
        var blockCollection = Links(meterReading, "related").First();
        Assert.All(xml.EntriesOf("IntervalBlock"), b => Assert.Equal(blockCollection, Link(b, "up")));
        Assert.All(xml.EntriesOf("IntervalBlock"), b => Assert.StartsWith(blockCollection + "/", Link(b, "self"), StringComparison.Ordinal));
        Assert.All(xml.Resources("IntervalBlock"), b => Assert.Equal("interval", b.Elements().First().Name.LocalName));
        Assert.Equal(bytes, await ExportAsync(From, To));
    }

    [Fact]
    public void LocalTime_NorthAmerica2012_MatchesTheGreenButtonSampleRules()
    {
        // The Green Button sample feeds give DST For North America as dstStartRule 360E2000 (second Sunday of March,
        // 02:00), dstEndRule B40E2000 (first Sunday of November, 02:00), dstOffset 3600 and tzOffset -18000 (Eastern).
        var eastern = EspiLocalTime.Of(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), 2012);
        var utc = EspiLocalTime.Of(TimeZoneInfo.Utc, 2026);

        Assert.Equal(("360E2000", "B40E2000", 3600, -18_000), (eastern.DstStartHex, eastern.DstEndHex, eastern.DstOffsetSeconds, eastern.TzOffsetSeconds));
        Assert.Equal(("FFFFFFFF", "FFFFFFFF", 0, 0), (utc.DstStartHex, utc.DstEndHex, utc.DstOffsetSeconds, utc.TzOffsetSeconds));
    }

    [Fact]
    public void Uuid_SameNameSameId_Version5()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "http://www.example.com") == 2d32a3f1-fac2-52a6-ac52-fe9e87e628ea.
        Assert.Equal(DeterministicUuid.From("RetailCustomer/a/UsagePoint"), DeterministicUuid.From("RetailCustomer/a/UsagePoint"));
        Assert.NotEqual(DeterministicUuid.From("RetailCustomer/a/UsagePoint"), DeterministicUuid.From("RetailCustomer/b/UsagePoint"));
        Assert.Equal(Guid.Parse("2d32a3f1-fac2-52a6-ac52-fe9e87e628ea"), DeterministicUuid.From("http://www.example.com"));
    }

    private async Task<byte[]> ExportAsync(DateTimeOffset from, DateTimeOffset to)
    {
        var planner = new ExportPlanner(_db.ServicePoints, _db.Installations, _db.Meters);
        var servicePoint = (await _db.ServicePoints.GetAsync(RealValidatedSeries.ServicePointId))!;
        var feed = new GreenButtonFeed(RealValidatedSeries.AccountId, "Consumption", from, to, await planner.PartsAsync(servicePoint, from, to), Copenhagen);
        using var output = new MemoryStream();
        await GreenButtonWriter.WriteAsync(output, feed, _db.Intervals);
        return output.ToArray();
    }

    public void Dispose() => _db.Dispose();
}
