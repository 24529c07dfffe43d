using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// A Polis process of its own for the e-service tests: many registrations a minute (each test makes residents) and a
/// small attachment limit, so the over-size refusal is cheap to provoke.
/// </summary>
public sealed class EServiceFixture : IAsyncLifetime
{
    public const int MaxAttachmentBytes = 64 * 1024;

    public PolisProcess Polis { get; private set; } = null!;

    public PolisApi Admin { get; private set; } = null!;

    public EServiceClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Polis = await PolisProcess.StartAsync(
            "--Polis:Citizens:Polls:RegistrationsPerMinute", "1000",
            "--Polis:Citizens:EServices:MaxAttachmentBytes", MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Admin = await PolisApi.SignInAsync(Polis);
        Client = new EServiceClient(Polis, Admin);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Polis.DisposeAsync();
    }
}
