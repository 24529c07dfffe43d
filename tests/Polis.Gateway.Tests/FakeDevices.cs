using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

/// <summary>Token → device table for the gateway tests (the real authenticator is tested with the platform).</summary>
internal sealed class FakeDevices : IDeviceAuthenticator
{
    public static readonly AuthenticatedDevice A = new("device-a", "profile");
    public static readonly AuthenticatedDevice B = new("device-b", "profile");

    public const string TokenA = "token-a";
    public const string TokenB = "token-b";

    public ValueTask<AuthenticatedDevice?> AuthenticateAsync(string? accessToken, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(accessToken switch
        {
            TokenA => A,
            TokenB => B,
            _ => null,
        });
}
