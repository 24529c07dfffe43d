using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Polis.Platform.Identity;

/// <summary>Lets the schemes challenge/forbid as usual, then writes a problem-details body for the 401/403.</summary>
internal sealed class ProblemDetailsAuthorizationResultHandler(IProblemDetailsService problemDetails)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // A revoked account is not "authenticated but not allowed": it must sign in again, so 401 rather than 403.
        // (An explicit Fail() reports reasons, not requirements.)
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Handler is ActiveAccountHandler) == true)
        {
            authorizeResult = PolicyAuthorizationResult.Challenge();
        }

        await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
        if (authorizeResult.Succeeded || context.Response.HasStarted)
        {
            return;
        }

        var (title, detail) = context.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => ("Unauthorized", "A valid bearer token is required."),
            StatusCodes.Status403Forbidden => ("Forbidden", "Your role does not allow this operation."),
            _ => (null, null),
        };
        if (title is null)
        {
            return;
        }

        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
