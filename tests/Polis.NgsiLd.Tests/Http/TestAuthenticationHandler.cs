using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.NgsiLd.Tests.Http;

/// <summary>Signs in any request that carries "Authorization: Test"; the real bearer tokens are Identity's business, not this API's.</summary>
internal sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    /// <summary>"Authorization: Test-Writer" signs in with <see cref="WriterRole"/>, which the fixture's write policy needs.</summary>
    public const string WriterScheme = "Test-Writer";

    public const string WriterRole = "operator";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var role = Request.Headers.Authorization.ToString() switch
        {
            SchemeName => "viewer",
            WriterScheme => WriterRole,
            _ => null,
        };
        if (role is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
