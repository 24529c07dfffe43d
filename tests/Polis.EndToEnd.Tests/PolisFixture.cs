using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>One shared Polis process for the test classes that do not restart or kill it.</summary>
public sealed class PolisFixture : IAsyncLifetime
{
    public PolisProcess Polis { get; private set; } = null!;

    public PolisApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A burst of 60 then one message per two seconds: the flood test exceeds it whatever the machine's
        // speed, and every other test sends far fewer than 60 messages per device.
        Polis = await PolisProcess.StartAsync("--Polis:Gateway:MessagesPerSecond", "0.5", "--Polis:Gateway:BurstMessages", "60", "--Polis:Gateway:MaxPayloadBytes", "8192");
        Api = await PolisApi.SignInAsync(Polis);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Polis.DisposeAsync();
    }
}
