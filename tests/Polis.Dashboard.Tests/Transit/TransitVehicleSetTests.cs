using Polis.Dashboard.Transit;
using Polis.Transit.Live;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>What the transit map sends each second: only vehicles whose place or colour changed, and those gone.</summary>
public sealed class TransitVehicleSetTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Changes_SendsEverythingFirst_ThenOnlyWhatDiffers()
    {
        var set = new TransitVehicleSet();
        var a = TestVehicles.Vehicle("a", 0, Now);
        var b = TestVehicles.Vehicle("b", 700, Now, longitude: 12.002);

        var first = set.Changes([a, b], null, Now);
        Assert.Equal(["a", "b"], first.Ids);
        Assert.Equal([(int)DelayBand.OnTime, (int)DelayBand.Late], first.Band);
        Assert.Equal([-1, -1], first.Route); // no network: no route index

        // The same places and colours a second later (a new report from the same place): nothing to send.
        Assert.True(set.Changes([a, TestVehicles.Vehicle("b", 700, Now.AddSeconds(1), longitude: 12.002)], null, Now.AddSeconds(1)).IsEmpty);

        // a moves, b is forgotten by the tracker, c appears.
        var moved = set.Changes([TestVehicles.Vehicle("a", 0, Now.AddSeconds(2), longitude: 12.0071234567), TestVehicles.Vehicle("c", null, Now, TripMatchSource.None)], null, Now.AddSeconds(2));
        Assert.Equal(["a", "c"], moved.Ids);
        Assert.Equal(12.007123, moved.Lon[0]); // rounded to 6 decimals
        Assert.Equal([(int)DelayBand.OnTime, (int)DelayBand.NoTrip], moved.Band);
        Assert.Equal(["b"], moved.Removed);
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void Changes_ASilentVehicleTurnsStaleWithoutReporting()
    {
        var set = new TransitVehicleSet();
        var a = TestVehicles.Vehicle("a", 0, Now);
        set.Changes([a], null, Now);

        var later = set.Changes([a], null, Now + DelayBands.StaleAfter + TimeSpan.FromSeconds(1));

        Assert.Equal(["a"], later.Ids);
        Assert.Equal([(int)DelayBand.Stale], later.Band);
    }

    [Fact]
    public void Clear_NextChangesCarryEveryVehicleAgain()
    {
        var set = new TransitVehicleSet();
        var a = TestVehicles.Vehicle("a", 0, Now);
        set.Changes([a], null, Now);
        set.Clear();

        Assert.Equal(["a"], set.Changes([a], null, Now).Ids);
    }
}
