using Polis.Gateway.Mqtt;

namespace Polis.Gateway.Tests;

/// <summary>The MQTT listener never takes the last file descriptors of the process.</summary>
public sealed class ConnectionBudgetTests
{
    private const string Limits = """
        Limit                     Soft Limit           Hard Limit           Units
        Max cpu time              unlimited            unlimited            seconds
        Max open files            20000                20000                files
        Max locked memory         8388608              8388608              bytes
        """;

    [Fact]
    public void ParseOpenFileLimit_ReadsTheSoftColumn()
    {
        Assert.Equal(20_000, ConnectionBudget.ParseOpenFileLimit(Limits));
        Assert.Equal(1_024, ConnectionBudget.ParseOpenFileLimit("Max open files            1024                 524288               files\n"));
        Assert.Null(ConnectionBudget.ParseOpenFileLimit("Max open files            unlimited            unlimited            files\n"));
        Assert.Null(ConnectionBudget.ParseOpenFileLimit("Max processes             96365                96365                processes\n"));
    }

    [Theory]
    [InlineData(100_000, 20_000L, 18_976)] // capped: the reserve stays free
    [InlineData(5_000, 20_000L, 5_000)] // the configured maximum is lower anyway
    [InlineData(100_000, null, 100_000)] // unlimited or unknown: as configured
    [InlineData(100_000, 256L, ConnectionBudget.Floor)] // a tiny limit still lets a few in
    public void Effective_KeepsTheReserveFree(long configured, long? openFiles, long expected) =>
        Assert.Equal(expected, ConnectionBudget.Effective(configured, openFiles));

    [Fact]
    public void ReadOpenFileLimit_OnLinux_IsThisProcesssLimit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var limit = ConnectionBudget.ReadOpenFileLimit();
        Assert.True(limit is null or > 0, $"read {limit}");
    }
}
