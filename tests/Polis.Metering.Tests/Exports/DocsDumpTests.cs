using System.Globalization;
using System.Text;
using Polis.Metering.Exports;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Exports;

public sealed class DocsDumpTests : IDisposable
{
    private readonly MeteringDatabase _db = new();

    [Fact]
    public async Task Dump()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        await RealValidatedSeries.SaveAsync(_db, Utc("2020-10-24T22:00:00Z"), Utc("2020-10-26T23:00:00Z"), lost: Utc("2020-10-25T03:00:00Z"));
        var planner = new ExportPlanner(_db.ServicePoints, _db.Installations, _db.Meters);
        var sp = (await _db.ServicePoints.GetAsync(RealValidatedSeries.ServicePointId))!;
        var from = Utc("2020-10-25T00:00:00Z");
        var to = Utc("2020-10-25T03:00:00Z");
        var feed = new GreenButtonFeed(RealValidatedSeries.AccountId, "Consumption at Quay 1", from, to, await planner.PartsAsync(sp, from, to), Copenhagen);
        using var output = new MemoryStream();
        await GreenButtonWriter.WriteAsync(output, feed, _db.Intervals);
        await File.WriteAllBytesAsync("/tmp/gb-doc.xml", output.ToArray());
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await ConsumptionCsvWriter.WriteAsync(text, await planner.PartsAsync(sp, Utc("2020-10-24T22:00:00Z"), Utc("2020-10-26T23:00:00Z")), ConsumptionResolution.Day, Copenhagen, _db.Intervals);
        using var hours = new StringWriter(CultureInfo.InvariantCulture);
        await ConsumptionCsvWriter.WriteAsync(hours, await planner.PartsAsync(sp, Utc("2020-10-25T00:00:00Z"), Utc("2020-10-25T04:00:00Z")), ConsumptionResolution.Hour, Copenhagen, _db.Intervals);
        await File.WriteAllTextAsync("/tmp/csv-doc.txt", text + "----\n" + hours, Encoding.UTF8);
        var report = await new ConsumptionReader(planner, _db.Intervals).ReadAsync(sp, Utc("2020-10-24T22:00:00Z"), Utc("2020-10-26T23:00:00Z"), ConsumptionResolution.Day, Copenhagen);
        await File.WriteAllTextAsync("/tmp/report-doc.json", System.Text.Json.JsonSerializer.Serialize(report, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower) } }));
    }

    public void Dispose() => _db.Dispose();
}
