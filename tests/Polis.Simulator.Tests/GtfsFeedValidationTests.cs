using Polis.Simulator.Generation;
using Polis.Simulator.Gtfs;
using Polis.Simulator.Model;
using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Tests;

/// <summary>The generated feed is what the platform imports: it must pass the transit module's own reader and validator.</summary>
public sealed class GtfsFeedValidationTests
{
    [Theory]
    [InlineData(SimulationScale.Tiny)]
    [InlineData(SimulationScale.Small)]
    public void Write_City_AcceptedByTheTransitValidatorWithoutWarnings(SimulationScale scale)
    {
        var city = CityGenerator.Generate(42, scale);

        var result = GtfsZipReader.Read(new MemoryStream(Bytes(city)), new DateOnly(2026, 12, 2));

        Assert.True(result.Accepted, string.Join("; ", result.Report.Notices.Select(n => $"{n.Code}: {n.TotalNotices}")));
        Assert.Empty(result.Report.Notices.Where(n => n.Severity == Polis.Transit.Gtfs.Validation.GtfsSeverity.Warning).Select(n => n.Code));
        var network = TransitNetworkBuilder.Build(1, result.Feed);
        Assert.Equal(city.Routes.Count, network.Routes.Count);
        Assert.Equal(result.Feed.Trips.Count, network.Trips.Count); // every trip can run
    }

    [Fact]
    public void Write_SameCityTwice_SameBytes()
    {
        var city = CityGenerator.Generate(7, SimulationScale.Tiny);

        Assert.Equal(Bytes(city), Bytes(city));
    }

    private static byte[] Bytes(SimulatedCity city)
    {
        using var buffer = new MemoryStream();
        GtfsFeedWriter.Write(city, buffer);
        return buffer.ToArray();
    }
}
