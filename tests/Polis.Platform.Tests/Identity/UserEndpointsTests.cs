using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Polis.Platform.Tests.Identity;

/// <summary>User management; every test works with its own accounts, and the only admin is the fixture's.</summary>
public sealed class UserEndpointsTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private IdentityTestHost Host => fixture.Host;

    private Task<HttpClient> AdminAsync() =>
        Host.SignedInClientAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);

    private static async Task<JsonElement> CreateAsync(HttpClient admin, string email, string role)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email, password = IdentityFixture.UserPassword, role, displayName = "Test " + role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task CreateUser_AdminCreatesViewer_Returns201AndViewerCanOnlyRead()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "new.viewer@test.local", password = IdentityFixture.UserPassword, role = "Viewer", displayName = "New Viewer" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/users/{created.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal("New Viewer", created.GetProperty("displayName").GetString());
        Assert.Equal(["viewer"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        using var viewer = await Host.SignedInClientAsync("new.viewer@test.local", IdentityFixture.UserPassword);
        using var read = await viewer.GetAsync("/api/v1/probe/read");
        using var write = await viewer.PostAsync("/api/v1/probe/write", null);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task CreateUser_ShortPassword_Returns400ValidationProblem()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "short@test.local", password = "short", role = "viewer" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("PasswordTooShort", out _));
    }

    [Fact]
    public async Task CreateUser_UnknownRole_Returns400ValidationProblem()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = "root@test.local", password = IdentityFixture.UserPassword, role = "root" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task CreateUser_DuplicateEmail_Returns400ValidationProblem()
    {
        using var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { email = IdentityFixture.ViewerEmail, password = IdentityFixture.UserPassword, role = "viewer" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ListUsers_Admin_ReturnsUsersWithRoles()
    {
        using var admin = await AdminAsync();

        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users");

        var byEmail = users!.ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("roles")[0].GetString());
        Assert.Equal("admin", byEmail[IdentityFixture.AdminEmail]);
        Assert.Equal("operator", byEmail[IdentityFixture.OperatorEmail]);
        Assert.Equal("viewer", byEmail[IdentityFixture.ViewerEmail]);
    }

    [Fact]
    public async Task ChangeRole_ViewerToOperator_CanWriteAfterNewLogin()
    {
        using var admin = await AdminAsync();
        var user = await CreateAsync(admin, "promoted@test.local", "viewer");

        using var response = await admin.PutAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetString()}/role", new { role = "operator" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var promoted = await Host.SignedInClientAsync("promoted@test.local", IdentityFixture.UserPassword);
        using var write = await promoted.PostAsync("/api/v1/probe/write", null);
        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_Admin_NewPasswordWorksAndOldRefreshTokenIsRevoked()
    {
        using var admin = await AdminAsync();
        var user = await CreateAsync(admin, "forgetful@test.local", "viewer");
        var before = await Host.LoginAsync("forgetful@test.local", IdentityFixture.UserPassword);

        using var response = await admin.PostAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetString()}/password",
            new { password = "a brand new long password" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await Host.LoginAsync("forgetful@test.local", "a brand new long password");
        using var refresh = await Host.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = before.RefreshToken });
        await ProblemAssert.IsProblemAsync(refresh, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeleteUser_Operator_Returns204AndLoginFails()
    {
        using var admin = await AdminAsync();
        var user = await CreateAsync(admin, "leaver@test.local", "operator");

        using var response = await admin.DeleteAsync($"/api/v1/users/{user.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var login = await Host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "leaver@test.local", password = IdentityFixture.UserPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task DeleteUser_UnknownId_Returns404Problem()
    {
        using var admin = await AdminAsync();

        using var response = await admin.DeleteAsync("/api/v1/users/does-not-exist");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteUser_LastAdmin_Returns409ProblemAndAdminRemains()
    {
        using var admin = await AdminAsync();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");

        using var response = await admin.DeleteAsync($"/api/v1/users/{me.GetProperty("id").GetString()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        await Host.LoginAsync(IdentityFixture.AdminEmail, IdentityFixture.AdminPassword);
    }

    [Fact]
    public async Task ChangeRole_LastAdminToViewer_Returns409Problem()
    {
        using var admin = await AdminAsync();
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");

        using var response = await admin.PutAsJsonAsync($"/api/v1/users/{me.GetProperty("id").GetString()}/role", new { role = "viewer" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        using var fresh = await AdminAsync();
        var after = await fresh.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(["admin"], after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
    [Fact]
    public async Task DeleteUser_TokenIssuedBefore_Returns401Problem()
    {
        using var admin = await AdminAsync();
        var user = await CreateAsync(admin, "deleted.with.token@test.local", "operator");
        using var deleted = await Host.SignedInClientAsync("deleted.with.token@test.local", IdentityFixture.UserPassword);

        using var response = await admin.DeleteAsync($"/api/v1/users/{user.GetProperty("id").GetString()}");
        using var probe = await deleted.GetAsync("/api/v1/probe/read");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ProblemAssert.IsProblemAsync(probe, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ChangeRole_OperatorDemoted_OldTokenReturns401AndNewTokenCannotWrite()
    {
        using var admin = await AdminAsync();
        var user = await CreateAsync(admin, "demoted@test.local", "operator");
        using var before = await Host.SignedInClientAsync("demoted@test.local", IdentityFixture.UserPassword);

        using var response = await admin.PutAsJsonAsync($"/api/v1/users/{user.GetProperty("id").GetString()}/role", new { role = "viewer" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stale = await before.PostAsync("/api/v1/probe/write", null);
        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.Unauthorized);
        using var after = await Host.SignedInClientAsync("demoted@test.local", IdentityFixture.UserPassword);
        using var write = await after.PostAsync("/api/v1/probe/write", null);
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ChangeOwnPassword_Viewer_NewPasswordWorksOldDoesNot()
    {
        using var admin = await AdminAsync();
        await CreateAsync(admin, "self.service@test.local", "viewer");
        using var viewer = await Host.SignedInClientAsync("self.service@test.local", IdentityFixture.UserPassword);

        using var response = await viewer.PostAsJsonAsync("/api/v1/auth/password",
            new { currentPassword = IdentityFixture.UserPassword, newPassword = "my own new passphrase" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await Host.LoginAsync("self.service@test.local", "my own new passphrase");
        using var old = await Host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "self.service@test.local", password = IdentityFixture.UserPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
    }
}
