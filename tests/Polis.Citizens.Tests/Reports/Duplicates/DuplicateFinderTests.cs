using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Platform.Devices;

namespace Polis.Citizens.Tests.Reports.Duplicates;

public sealed class DuplicateFinderTests
{
    // Copenhagen City Hall square; 0.0001° of latitude is 11.1 m.
    private static readonly GeoPoint Square = new(12.5683, 55.6761);
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly DuplicateFinder _finder = new(new DuplicateRules(
        new DuplicateRule(50, 30),
        new Dictionary<string, DuplicateRule> { ["GRAFFITI"] = new(10, 7) }));

    private static GeoPoint North(double metres) => Square with { Latitude = Square.Latitude + (metres / 111_195.08) };

    private static LocatedReport Report(string id, double metresNorth, int daysAgo, string code = "POTHOLE", ReportStatus status = ReportStatus.Confirmed) =>
        new(id, code, North(metresNorth), status, Now.AddDays(-daysAgo));

    [Fact]
    public void GreatCircle_OneDegreeOnTheEquatorAndTenMetresNorth_AreExact()
    {
        Assert.Equal(111_195.08, GreatCircle.Metres(new GeoPoint(0, 0), new GeoPoint(1, 0)), 0.01);
        Assert.Equal(10, GreatCircle.Metres(Square, North(10)), 0.001);
        Assert.Equal(Math.PI * GreatCircle.MeanEarthRadius, GreatCircle.Metres(new GeoPoint(0, 0), new GeoPoint(180, 0)), 0.001);
    }

    [Fact]
    public void Candidates_KeepOnlyOpenSameServiceWithinRadiusAndWindow_NearestFirst()
    {
        LocatedReport[] stored =
        [
            Report("far", 60, 1),
            Report("near", 5, 20),
            Report("closer", 2, 29),
            Report("fixed", 1, 1, status: ReportStatus.Fixed),
            Report("duplicate", 1, 1, status: ReportStatus.Duplicate),
            Report("other-service", 1, 1, code: "LIGHT-OUT"),
            Report("too-old", 1, 31),
            Report("edge", 49.9, 30),
            Report("future", 1, -1),
        ];

        var candidates = _finder.Candidates("pothole", Square, Now, stored);

        Assert.Equal(["closer", "near", "edge"], candidates.Select(c => c.Report.Id));
        Assert.Equal(2, candidates[0].DistanceMetres, 0.001);
    }

    [Fact]
    public void Original_SameDistance_IsTheOldestThenTheLowestId_WhateverTheOrder()
    {
        LocatedReport[] stored = [Report("b", 8, 3), Report("c", 8, 9), Report("a", 8, 9), Report("d", 9, 20)];

        foreach (var order in new[] { stored, stored.Reverse().ToArray(), [stored[2], stored[0], stored[3], stored[1]] })
        {
            Assert.Equal("a", _finder.Original("POTHOLE", Square, Now, order)!.Id);
        }
    }

    [Fact]
    public void Original_ServiceWithItsOwnRule_UsesItsRadiusAndWindow()
    {
        LocatedReport[] stored = [Report("g1", 12, 1, "GRAFFITI"), Report("g2", 8, 8, "GRAFFITI"), Report("g3", 9, 6, "GRAFFITI")];

        Assert.Equal("g3", _finder.Original("GRAFFITI", Square, Now, stored)!.Id);
        Assert.Null(_finder.Original("GRAFFITI", Square, Now, stored[..2]));
    }

    [Fact]
    public void DuplicateRule_NegativeOrNotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateRule(-1, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateRule(double.NaN, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateRule(50, -1));
        Assert.Equal(new DuplicateRule(50, 30), DuplicateRules.Standard.For("ANYTHING"));
    }
}
