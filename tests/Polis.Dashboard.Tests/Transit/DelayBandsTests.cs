using Polis.Dashboard.Transit;
using Polis.Transit.Live;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>The transit map's colour rule, without a browser.</summary>
public sealed class DelayBandsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-61, DelayBand.Early)]
    [InlineData(-60, DelayBand.OnTime)]
    [InlineData(300, DelayBand.OnTime)]
    [InlineData(301, DelayBand.SlightlyLate)]
    [InlineData(600, DelayBand.SlightlyLate)]
    [InlineData(601, DelayBand.Late)]
    [InlineData(1_200, DelayBand.Late)]
    [InlineData(1_201, DelayBand.VeryLate)]
    public void ForDelay_EdgesOfTheOnTimeWindowAndBeyond_AreInclusive(int delaySeconds, DelayBand band) =>
        Assert.Equal(band, DelayBands.ForDelay(delaySeconds));

    [Fact]
    public void Of_UnmatchedOrSilentVehicles_AreGreyNotPunctual()
    {
        Assert.Equal(DelayBand.Late, DelayBands.Of(TestVehicles.Vehicle("late", 700, Now.AddSeconds(-5)), Now));
        Assert.Equal(DelayBand.NoTrip, DelayBands.Of(TestVehicles.Vehicle("free", 700, Now.AddSeconds(-5), TripMatchSource.None), Now));
        // Silent for longer than the realtime feeds keep a vehicle: drawn where last seen, whatever its last delay.
        Assert.Equal(DelayBand.Stale, DelayBands.Of(TestVehicles.Vehicle("silent", 0, Now - DelayBands.StaleAfter - TimeSpan.FromSeconds(1)), Now));
        Assert.Equal(DelayBand.OnTime, DelayBands.Of(TestVehicles.Vehicle("just", 0, Now - DelayBands.StaleAfter), Now));
    }

    [Fact]
    public void Styles_OneNamedColourPerBand_InTheWireOrder()
    {
        Assert.Equal(Enum.GetValues<DelayBand>().Length, DelayBands.Styles.Count);
        Assert.Equal(DelayBands.Styles.Count, DelayBands.Styles.Select(s => s.Name).Distinct().Count());
        Assert.Equal("on time", DelayBands.Label(DelayBand.OnTime));
        Assert.True(DelayBands.Styles[(int)DelayBand.Stale].Hollow);
    }
}
