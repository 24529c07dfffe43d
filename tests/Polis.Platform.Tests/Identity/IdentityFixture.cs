using System.Net.Http.Json;

namespace Polis.Platform.Tests.Identity;

/// <summary>One running host shared by a test class: a configured admin, a viewer and an operator.</summary>
public sealed class IdentityFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "correct horse battery staple";
    public const string ViewerEmail = "viewer@test.local";
    public const string OperatorEmail = "operator@test.local";
    public const string UserPassword = "a perfectly long password";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("polis-identity-").FullName;
    private IdentityTestHost? _host;

    internal IdentityTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
    {
        _host = await IdentityTestHost.StartAsync(_dataDirectory, new Dictionary<string, string?>
        {
            ["Polis:Admin:Email"] = AdminEmail,
            ["Polis:Admin:Password"] = AdminPassword,
        });

        using var admin = await _host.SignedInClientAsync(AdminEmail, AdminPassword);
        foreach (var (email, role) in new[] { (ViewerEmail, "viewer"), (OperatorEmail, "operator") })
        {
            using var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = UserPassword, role, displayName = role });
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        TempDataDirectory.Delete(_dataDirectory);
    }
}
