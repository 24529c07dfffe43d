using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Identity;

/// <summary>
/// <c>/api/v1/auth</c>: sign-in with bearer tokens in the shape of Identity's own API endpoints
/// (<see cref="AccessTokenResponse"/>). There is deliberately no registration: admins create accounts.
/// </summary>
public static partial class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/auth").WithTags("Auth");

        group.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .WithName("Login")
            .WithSummary("Exchange email and password for a bearer access token and a refresh token.");

        group.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token; fails once the password was reset or the user deleted.");

        group.MapGet("/me", GetMeAsync)
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in user: email, display name and roles.");

        group.MapPost("/password", ChangePasswordAsync)
            .RequireAuthorization()
            .WithName("ChangeOwnPassword")
            .WithSummary("Change the signed-in user's password (e.g. the generated first-admin password); existing tokens stop working.");

        return group;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<PolisUser> signIn, ILoggerFactory loggers)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return InvalidCredentials();
        }

        // Like MapIdentityApi: the bearer handler writes the AccessTokenResponse body during sign-in.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByEmailAsync(request.Email.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            return InvalidCredentials();
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true)
            .ConfigureAwait(false);
        if (!result.Succeeded)
        {
            if (result.IsLockedOut)
            {
                LogLockedOut(loggers.CreateLogger(typeof(AuthEndpoints)), user.Id);
            }

            // One answer for unknown user, wrong password and lockout, so the API does not confirm accounts.
            return InvalidCredentials();
        }

        return TypedResults.Empty;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<PolisUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);

        // The security stamp changes on password reset and deletion, which revokes outstanding refresh tokens.
        if (ticket?.Properties?.ExpiresUtc is not { } expires
            || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal).ConfigureAwait(false) is not { } user)
        {
            return TypedResults.Problem(
                title: "Unauthorized", detail: "The refresh token is invalid or expired.", statusCode: StatusCodes.Status401Unauthorized);
        }

        // A fresh principal, so role changes made since the last sign-in take effect.
        var principal = await signIn.CreateUserPrincipalAsync(user).ConfigureAwait(false);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMeAsync(
        ClaimsPrincipal principal, UserManager<PolisUser> users)
    {
        var user = await users.GetUserAsync(principal).ConfigureAwait(false);
        return user is null
            ? TypedResults.Problem(title: "Unauthorized", detail: "The account no longer exists.", statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Ok(await UserMapping.ToResponseAsync(users, user).ConfigureAwait(false));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ClaimsPrincipal principal, UserManager<PolisUser> users)
    {
        var user = await users.GetUserAsync(principal).ConfigureAwait(false);
        if (user is null)
        {
            return TypedResults.Problem(title: "Unauthorized", detail: "The account no longer exists.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return IdentityProblems.Validation("password", "Both the current and the new password are required.");
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.NoContent() : IdentityProblems.From(result);
    }

    private static ProblemHttpResult InvalidCredentials() => TypedResults.Problem(
        title: "Unauthorized", detail: "Invalid email or password.", statusCode: StatusCodes.Status401Unauthorized);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: account {UserId} is locked out after repeated failures")]
    private static partial void LogLockedOut(ILogger logger, string userId);
}
