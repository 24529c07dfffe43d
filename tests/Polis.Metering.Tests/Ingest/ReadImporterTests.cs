using System.Text;
using Polis.Metering.Ingest;

namespace Polis.Metering.Tests.Ingest;

/// <summary>Imports from head-end systems: parsed whole or refused whole, then checked and stored row by row with a report.</summary>
public sealed class ReadImporterTests : IAsyncLifetime, IDisposable
{
    private readonly IngestHarness _harness = new();

    public Task InitializeAsync() => _harness.Db.MeterAsync("m-1");

    [Fact]
    public async Task ImportAsync_CsvWithDuplicateConflictAndBadRows_EachRowReportedGoodOnesStored()
    {
        const string csv = """
            instant,value
            2026-03-20T00:00:00Z,100.5
            2026-03-20T01:00:00+01:00,100.5
            2026-03-20T01:00:00Z,101
            2026-03-20T01:00:00Z,101.7
            1773972000000,102
            2026-03-20T03:00:00,103
            2026-03-20T04:00:00Z,abc
            2026-03-20T05:00:00Z,-4
            2026-05-01T00:00:00Z,110
            1999-12-31T23:00:00Z,1
            2026-03-20T06:00:00Z,NaN
            """;
        var parse = ReadImportParser.ParseCsv(csv, withMeter: false, maxRows: 100);

        var report = await _harness.Importer.ImportAsync(parse.Rows!, "m-1");

        Assert.Equal((11, 3, 1, 1, 6), (report.Rows, report.Accepted, report.Duplicates, report.Conflicting, report.Refused));
        (int Row, ImportRowOutcome Outcome, string Reason)[] expected =
        [
            (3, ImportRowOutcome.Duplicate, "the same value is already stored"),
            (5, ImportRowOutcome.Conflicting, "a different value is stored"),
            (7, ImportRowOutcome.Refused, "not an instant"),
            (8, ImportRowOutcome.Refused, "not a number: \"abc\""),
            (9, ImportRowOutcome.Refused, "negative: -4"),
            (10, ImportRowOutcome.Refused, "future timestamp"),
            (11, ImportRowOutcome.Refused, "implausibly old"),
            (12, ImportRowOutcome.Refused, "not a number: \"NaN\""),
        ];
        Assert.Equal(expected.Select(e => (e.Row, e.Outcome)), report.Issues.Select(i => (i.Row, i.Outcome)));
        Assert.All(expected.Zip(report.Issues), pair => Assert.StartsWith(pair.First.Reason, pair.Second.Reason, StringComparison.Ordinal));
        var stored = await _harness.Db.Reads.ListAsync("m-1", new(2026, 3, 20, 0, 0, 0, TimeSpan.Zero), new(2026, 3, 21, 0, 0, 0, TimeSpan.Zero), 100);
        Assert.Equal([100.5, 101, 102], stored.Select(r => r.Value));
        Assert.Equal([101.7], stored[1].ConflictingValues);
        Assert.All(stored, r => Assert.Equal(ReadSource.Import, r.Source));
    }

    [Fact]
    public async Task ImportAsync_JsonOfManyMeters_UnknownMeterRefusedPerRow()
    {
        var json = """
            [{"meterId":"m-1","instant":"2026-03-20T00:00:00Z","value":7},
             {"meterId":"ghost","instant":"2026-03-20T00:00:00Z","value":7},
             {"meterId":"m-1","instant":1773968400000,"value":"8.5"},
             {"meterId":"m-1","instant":"2026-03-20T02:00:00Z","value":null}]
            """u8.ToArray();
        var parse = ReadImportParser.ParseJson(json, withMeter: true, maxRows: 100);

        var report = await _harness.Importer.ImportAsync(parse.Rows!, null);

        Assert.Equal((4, 2, 2), (report.Rows, report.Accepted, report.Refused));
        Assert.Equal(["unknown meter: 'ghost'", "not a number: \"\""], report.Issues.Select(i => i.Reason));
        Assert.Equal([2, 4], report.Issues.Select(i => i.Row));
    }

    [Theory]
    [InlineData("instant,value\n2026-03-20T00:00:00Z,1,extra\n", "Line 2 has 3 fields; expected 2")]
    [InlineData("when,reading\n2026-03-20T00:00:00Z,1\n", "The header line is \"when,reading\"; expected \"instant,value\"")]
    [InlineData("\n\ninstant,value\n", "The body has no rows")]
    public void ParseCsv_MalformedBody_RefusedWhole(string csv, string error)
    {
        var parse = ReadImportParser.ParseCsv(csv, withMeter: false, maxRows: 100);

        Assert.Null(parse.Rows);
        Assert.StartsWith(error, parse.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"instant":"2026-03-20T00:00:00Z","value":1}""", "The body must be a JSON array")]
    [InlineData("""[{"instant":"2026-03-20T00:00:00Z","value":1},{"instant":"2026-03-20T01:00:00Z"}]""", "Element 2 is not an object with")]
    [InlineData("""[{"instant":"2026-03-20T00:00:00Z","value":1},""", "The body is not valid JSON")]
    public void ParseJson_MalformedBody_RefusedWhole(string json, string error)
    {
        var parse = ReadImportParser.ParseJson(Encoding.UTF8.GetBytes(json), withMeter: false, maxRows: 100);

        Assert.Null(parse.Rows);
        Assert.StartsWith(error, parse.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCsv_ByteOrderMarkAndCrLf_HeaderRecognisedRowsNumberedByLine()
    {
        var parse = ReadImportParser.ParseCsv("\uFEFFinstant,value\r\n2026-03-20T00:00:00Z,1\r\n\r\n\"2026-03-20T01:00:00Z\",2\r\n", withMeter: false, maxRows: 10);

        Assert.Equal([new ReadImportRow(2, null, "2026-03-20T00:00:00Z", "1"), new ReadImportRow(4, null, "2026-03-20T01:00:00Z", "2")], parse.Rows);
    }

    [Fact]
    public void ParseCsv_MoreRowsThanAllowed_RefusedWhole()
    {
        var parse = ReadImportParser.ParseCsv("2026-03-20T00:00:00Z,1\n2026-03-20T01:00:00Z,2\n2026-03-20T02:00:00Z,3\n", withMeter: false, maxRows: 2);

        Assert.Equal("The body has more than 2 rows; split it into several requests.", parse.Error);
    }

    [Theory]
    [InlineData("2026-03-29T01:30:00Z", "2026-03-29T01:30:00.0000000+00:00")]
    [InlineData("2026-03-29T03:30:00+02:00", "2026-03-29T01:30:00.0000000+00:00")]
    [InlineData("2026-03-29 01:30:00.250Z", "2026-03-29T01:30:00.2500000+00:00")]
    [InlineData("1774747800000", "2026-03-29T01:30:00.0000000+00:00")]
    public void Instants_WithOffsetOrUnixMilliseconds_ParsedToUtc(string text, string expected)
    {
        Assert.True(Instants.TryParse(text, out var instant));
        Assert.Equal(expected, instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-03-29T02:30:00")]
    [InlineData("29/03/2026 01:30")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    public void Instants_LocalTimeOrNonsense_Refused(string text) => Assert.False(Instants.TryParse(text, out _));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _harness.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
