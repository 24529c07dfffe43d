using System.Text.Json;
using System.Text.RegularExpressions;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Tests.Tariffs;

public sealed partial class TariffJsonTests
{
    /// <summary>The ```json blocks of the Tariffs section of docs/metering.md.</summary>
    public static TheoryData<int, string> DocExamples()
    {
        var doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "metering.md"));
        var start = doc.IndexOf("## Tariffs (`Tariffs/`)", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/metering.md has no Tariffs section");
        var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];
        var data = new TheoryData<int, string>();
        var n = 0;
        foreach (Match match in JsonBlock().Matches(section))
        {
            data.Add(n++, match.Groups[1].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocExamples))]
    public void Parse_DocExample_IsValidAndRoundTrips(int example, string json)
    {
        var tariff = TariffJson.Parse(json);

        Assert.Empty(TariffValidator.Validate(tariff));
        var again = TariffJson.Serialize(tariff);
        Assert.Equal(again, TariffJson.Serialize(TariffJson.Parse(again)));
        Assert.True(example >= 0);
    }

    [Fact]
    public void DocExamples_CoverEveryChargeType()
    {
        var types = DocExamples().SelectMany(row => TariffJson.Parse((string)row[1]).Versions)
            .SelectMany(v => v.Charges).Select(c => c.GetType()).Distinct().Count();

        Assert.Equal(6, types);
    }

    [Fact]
    public void Parse_TimeOfUse_ReadsClockTimesDaysAndHolidays()
    {
        const string json = """
            {
              "id": "t", "name": "T", "meterKind": "Electricity", "currency": "EUR",
              "versions": [{ "from": "2026-01-01", "charges": [{
                "description": "Energy", "type": "timeOfUse",
                "periods": [{ "name": "all", "unitPrice": 0.3 }],
                "dayTypes": [{ "name": "every", "days": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
                               "windows": [{ "from": "00:00", "to": "24:00", "period": "all" }] }],
                "holidays": { "dayType": "every", "dates": ["2026-12-25"] } }] }]
            }
            """;

        var tariff = TariffJson.Parse(json);

        Assert.Equal(MeterKind.Electricity, tariff.MeterKind);
        var tou = Assert.IsType<TimeOfUseCharge>(Assert.Single(tariff.Versions[0].Charges));
        Assert.Equal(ClockTime.EndOfDay, tou.DayTypes[0].Windows[0].To);
        Assert.Equal(7, tou.DayTypes[0].Days.Count);
        Assert.Equal(new DateOnly(2026, 12, 25), Assert.Single(tou.Holidays!.Dates));
        Assert.Null(tariff.Versions[0].To);
    }

    [Theory]
    [InlineData("""{ "id": "t", "name": "T", "meterKind": "Water", "currency": "EUR" }""", "versions")]
    [InlineData("""{ "id": "t", "name": "T", "meterKind": "Water", "currency": "EUR", "versions": [{ "from": "2026-01-01", "charges": [{ "type": "bogus", "description": "x" }] }] }""", "bogus")]
    [InlineData("""{ "id": "t", "name": "T", "meterKind": "Steam", "currency": "EUR", "versions": [] }""", "MeterKind")]
    public void Parse_BadJson_ThrowsJsonExceptionSayingWhat(string json, string mentioned)
    {
        var error = Assert.ThrowsAny<JsonException>(() => TariffJson.Parse(json));

        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_BadClockTime_SaysHowToWriteIt()
    {
        var json = TariffJson.Serialize(Billing.TestTariffs.Electricity(Billing.TestTariffs.TimeOfUse())).Replace("\"17:00\"", "\"5pm\"", StringComparison.Ordinal);

        var error = Assert.ThrowsAny<JsonException>(() => TariffJson.Parse(json));

        Assert.Contains("\"HH:mm\"", error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
