using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>One shared Polis process for test classes that do not restart or kill it.</summary>
public sealed class PolisFixture : IAsyncLifetime
{
    public PolisProcess Polis { get; private set; } = null!;

    public PolisApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A low per-device rate so the flood test trips it quickly; the other tests stay far below it.
        Polis = await PolisProcess.StartAsync("--Polis:Gateway:MessagesPerSecond", "20", "--Polis:Gateway:BurstMessages", "60", "--Polis:Gateway:MaxPayloadBytes", "8192");
        Api = await PolisApi.SignInAsync(Polis);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Polis.DisposeAsync();
    }
}
