using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Polis.Platform.Tests.Identity;

public sealed partial class AdminBootstrapTests
{
    private const string Announcement = "Polis admin account created";

    [Fact]
    public async Task Start_WithConfiguredAdmin_AdminCanLogInAndNothingIsPrinted()
    {
        using var data = new TempDataDirectory();
        using var console = new StringWriter();

        await using var host = await IdentityTestHost.StartAsync(data.Path, Configured("boss@city.example", "configured admin password"), console);

        var tokens = await host.LoginAsync("boss@city.example", "configured admin password");
        using var admin = host.ClientWith(tokens.AccessToken);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(["admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain(Announcement, console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutConfiguration_CreatesRandomAdminPrintedOnceAcrossRestarts()
    {
        using var data = new TempDataDirectory();
        using var console = new StringWriter();
        string password;

        await using (var first = await IdentityTestHost.StartAsync(data.Path, console: console))
        {
            var match = AnnouncementPattern().Match(console.ToString());
            Assert.True(match.Success, console.ToString());
            Assert.Equal("admin@polis.local", match.Groups["email"].Value);
            password = match.Groups["password"].Value;
            Assert.True(password.Length >= 12);
            await first.LoginAsync("admin@polis.local", password);
        }

        await using var second = await IdentityTestHost.StartAsync(data.Path, console: console);

        Assert.Single(AnnouncementPattern().Matches(console.ToString()));
        using var admin = await second.SignedInClientAsync("admin@polis.local", password);
        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users");
        Assert.Single(users!, u => u.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "admin"));
    }

    [Fact]
    public async Task Restart_WithChangedConfiguredAdmin_KeepsExistingAdminUntouched()
    {
        using var data = new TempDataDirectory();
        await using (await IdentityTestHost.StartAsync(data.Path, Configured("first@city.example", "the original password")))
        {
        }

        using var console = new StringWriter();
        await using var host = await IdentityTestHost.StartAsync(data.Path, Configured("second@city.example", "a different password"), console);

        await host.LoginAsync("first@city.example", "the original password");
        using var changedPassword = await host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "first@city.example", password = "a different password" });
        using var newEmail = await host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "second@city.example", password = "a different password" });
        Assert.Equal(HttpStatusCode.Unauthorized, changedPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, newEmail.StatusCode);
        Assert.Empty(console.ToString());
    }

    [Fact]
    public async Task Token_AfterHostRestartOnSameDataDirectory_StillAuthorizes()
    {
        using var data = new TempDataDirectory();
        var configuration = Configured("boss@city.example", "configured admin password");
        TokenResponse tokens;
        await using (var first = await IdentityTestHost.StartAsync(data.Path, configuration))
        {
            tokens = await first.LoginAsync("boss@city.example", "configured admin password");
        }

        await using var second = await IdentityTestHost.StartAsync(data.Path, configuration);

        using var client = second.ClientWith(tokens.AccessToken);
        using var probe = await client.PostAsync("/api/v1/probe/write", null);
        using var refresh = await second.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.True(Directory.EnumerateFiles(Path.Combine(data.Path, "keys"), "*.xml").Any());
    }

    [Fact]
    public async Task Token_FromHostWithOtherDataDirectory_Returns401()
    {
        using var dataA = new TempDataDirectory();
        using var dataB = new TempDataDirectory();
        var configuration = Configured("boss@city.example", "configured admin password");
        await using var hostA = await IdentityTestHost.StartAsync(dataA.Path, configuration);
        await using var hostB = await IdentityTestHost.StartAsync(dataB.Path, configuration);
        var tokens = await hostA.LoginAsync("boss@city.example", "configured admin password");

        using var client = hostB.ClientWith(tokens.AccessToken);
        using var probe = await client.GetAsync("/api/v1/probe/read");

        await ProblemAssert.IsProblemAsync(probe, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_RepeatedWrongPasswords_LocksTheAccountOut()
    {
        using var data = new TempDataDirectory();
        await using var host = await IdentityTestHost.StartAsync(data.Path, Configured("boss@city.example", "configured admin password"));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await host.Client.PostAsJsonAsync("/api/v1/auth/login",
                new { email = "boss@city.example", password = "guess number " + attempt });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "boss@city.example", password = "configured admin password" });
        await ProblemAssert.IsProblemAsync(right, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Start_ConfiguredPasswordTooShort_FailsNamingThePolicy()
    {
        using var data = new TempDataDirectory();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => IdentityTestHost.StartAsync(data.Path, Configured("boss@city.example", "short")));

        Assert.Contains("at least 12 characters", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Configured(string email, string password) => new()
    {
        ["Polis:Admin:Email"] = email,
        ["Polis:Admin:Password"] = password,
    };

    [GeneratedRegex(Announcement + @": email (?<email>\S+)\s+password (?<password>\S+)")]
    private static partial Regex AnnouncementPattern();
}
