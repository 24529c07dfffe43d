using System.Net;
using System.Net.Http.Json;

namespace Polis.Platform.Tests.Identity;

public sealed class AuthorizationTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private IdentityTestHost Host => fixture.Host;

    [Fact]
    public async Task ReadProbe_Anonymous_Returns401Problem()
    {
        using var response = await Host.Client.GetAsync("/api/v1/probe/read");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ReadProbe_InvalidToken_Returns401Problem()
    {
        using var client = Host.ClientWith("not-a-token");

        using var response = await client.GetAsync("/api/v1/probe/read");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ReadProbe_Viewer_Returns200()
    {
        using var viewer = await Host.SignedInClientAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        using var response = await viewer.GetAsync("/api/v1/probe/read");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WriteProbe_Viewer_Returns403Problem()
    {
        using var viewer = await Host.SignedInClientAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        using var response = await viewer.PostAsync("/api/v1/probe/write", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WriteProbe_Operator_Returns200()
    {
        using var @operator = await Host.SignedInClientAsync(IdentityFixture.OperatorEmail, IdentityFixture.UserPassword);

        using var response = await @operator.PostAsync("/api/v1/probe/write", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RequirePolisAccess_Viewer_CanGetButNotPost()
    {
        using var viewer = await Host.SignedInClientAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        using var get = await viewer.GetAsync("/api/v1/module");
        using var post = await viewer.PostAsync("/api/v1/module", null);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        await ProblemAssert.IsProblemAsync(post, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RequirePolisAccess_Operator_CanPost()
    {
        using var @operator = await Host.SignedInClientAsync(IdentityFixture.OperatorEmail, IdentityFixture.UserPassword);

        using var post = await @operator.PostAsync("/api/v1/module", null);

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
    }

    [Fact]
    public async Task RequirePolisAccess_Anonymous_Returns401Problem()
    {
        using var response = await Host.Client.GetAsync("/api/v1/module");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UserList_Viewer_Returns403Problem()
    {
        using var viewer = await Host.SignedInClientAsync(IdentityFixture.ViewerEmail, IdentityFixture.UserPassword);

        using var response = await viewer.GetAsync("/api/v1/users");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CreateUser_Operator_Returns403AndCreatesNothing()
    {
        using var @operator = await Host.SignedInClientAsync(IdentityFixture.OperatorEmail, IdentityFixture.UserPassword);

        using var response = await @operator.PostAsJsonAsync("/api/v1/users",
            new { email = "sneaky@test.local", password = IdentityFixture.UserPassword, role = "admin" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        using var login = await Host.Client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "sneaky@test.local", password = IdentityFixture.UserPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
