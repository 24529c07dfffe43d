using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Polis.Platform.Tests.Identity;

public sealed class AuthEndpointsTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private IdentityTestHost Host => fixture.Host;

    [Fact]
    public async Task Login_ConfiguredAdmin_ReturnsBearerTokens()
    {
        var tokens = await Host.LoginAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.False(string.IsNullOrEmpty(tokens.AccessToken));
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.Equal(3600, tokens.ExpiresIn);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        using var response = await Host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = IdentityFixture.OperatorEmail, password = "not the right password" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Invalid email or password.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_UnknownEmail_Returns401Problem()
    {
        using var response = await Host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "nobody@test.local", password = IdentityFixture.UserPassword });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/register")]
    public async Task Register_AnyPath_DoesNotExist(string path)
    {
        using var response = await Host.Client.PostAsJsonAsync(path,
            new { email = "new@test.local", password = IdentityFixture.UserPassword });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var login = await Host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "new@test.local", password = IdentityFixture.UserPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Me_Viewer_ReturnsEmailAndRoles()
    {
        using var viewer = await Host.SignedInClientAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        var me = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");

        Assert.Equal(IdentityFixture.ViewerEmail, me.GetProperty("email").GetString());
        Assert.Equal(["viewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Me_Anonymous_Returns401Problem()
    {
        using var response = await Host.Client.GetAsync("/api/v1/auth/me");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_ReturnsWorkingAccessToken()
    {
        var tokens = await Host.LoginAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        using var response = await Host.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
        using var client = Host.ClientWith(refreshed.AccessToken);
        using var probe = await client.GetAsync("/api/v1/probe/read");
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Fact]
    public async Task Refresh_GarbageToken_Returns401Problem()
    {
        using var response = await Host.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "garbage" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_AccessTokenInsteadOfRefreshToken_Returns401Problem()
    {
        var tokens = await Host.LoginAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        using var response = await Host.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.AccessToken });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
