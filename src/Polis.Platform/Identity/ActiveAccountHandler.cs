using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Polis.Platform.Identity;

/// <summary>Checks the token's security stamp against the database (one primary-key lookup per authorised request).</summary>
internal sealed class ActiveAccountHandler(SignInManager<PolisUser> signIn) : AuthorizationHandler<ActiveAccountRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveAccountRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if (await signIn.ValidateSecurityStampAsync(context.User).ConfigureAwait(false) is not null)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "The account was deleted or its credentials or role changed."));
        }
    }
}
