using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

public sealed class TelemetryRetentionServiceTests
{
    [Fact]
    public async Task StartAsync_ThenEachInterval_AppliesRetentionAtProviderTime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        var store = new RecordingTelemetryStore();
        using var service = new TelemetryRetentionService(store, Options.Create(new TelemetryOptions { RetentionInterval = TimeSpan.FromMinutes(30) }), time, NullLogger<TelemetryRetentionService>.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await service.StartAsync(timeout.Token);
        Assert.Equal(1_700_000_000_000, await store.RetentionCalls.Reader.ReadAsync(timeout.Token));

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.False(store.RetentionCalls.Reader.TryRead(out _));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1_700_001_800_000, await store.RetentionCalls.Reader.ReadAsync(timeout.Token));

        await service.StopAsync(timeout.Token);
    }
}
