using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Polis.Platform.Identity;

/// <summary><c>/api/v1/users</c>: admins manage operator and resident accounts and their roles.</summary>
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/users")
            .RequireAuthorization(PolisPolicies.Admin)
            .WithTags("Users");

        group.MapGet("/", ListUsersAsync).WithName("ListUsers").WithSummary("All users with their roles.");
        group.MapGet("/{id}", GetUserAsync).WithName("GetUser").WithSummary("One user with their roles.");
        group.MapPost("/", CreateUserAsync).WithName("CreateUser").WithSummary("Create a user with one role: admin, operator, viewer or resident.");
        group.MapPut("/{id}/role", ChangeRoleAsync).WithName("ChangeUserRole").WithSummary("Replace a user's role and revoke their tokens; the last admin cannot be demoted.");
        group.MapPost("/{id}/password", ResetPasswordAsync).WithName("ResetUserPassword").WithSummary("Set a new password and clear any lockout; revokes the user's tokens.");
        group.MapDelete("/{id}", DeleteUserAsync).WithName("DeleteUser").WithSummary("Delete a user; the last admin cannot be deleted.");
        return group;
    }

    private static async Task<Ok<UserResponse[]>> ListUsersAsync(
        PolisIdentityDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        // Two queries instead of one GetRolesAsync per user.
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var memberships = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { userRole.UserId, role.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var rolesByUser = memberships.ToLookup(m => m.UserId, m => m.Name!);
        var now = time.GetUtcNow();

        var result = users
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => UserMapping.ToResponse(u, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)], u.LockoutEnd > now))
            .ToArray();
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetUserAsync(string id, UserManager<PolisUser> users)
    {
        var user = await users.FindByIdAsync(id).ConfigureAwait(false);
        return user is null
            ? IdentityProblems.NotFound(id)
            : TypedResults.Ok(await UserMapping.ToResponseAsync(users, user).ConfigureAwait(false));
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem>> CreateUserAsync(
        CreateUserRequest request, UserManager<PolisUser> users, PolisIdentityDbContext db, CancellationToken cancellationToken)
    {
        var role = PolisRoles.Normalize(request.Role);
        if (role is null)
        {
            return IdentityProblems.Validation("role", $"Role must be one of: {string.Join(", ", PolisRoles.Assignable)}.");
        }

        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return IdentityProblems.Validation("email", "Email is required.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            return IdentityProblems.Validation("password", "Password is required.");
        }

        var email = request.Email.Trim();
        var user = new PolisUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim(),
        };

        // The store saves after each call; one transaction keeps a user from existing without a role.
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await users.CreateAsync(user, request.Password).ConfigureAwait(false);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                return IdentityProblems.From(result);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Created($"/api/v1/users/{user.Id}", UserMapping.ToResponse(user, [role], lockedOut: false));
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> ChangeRoleAsync(
        string id, ChangeRoleRequest request, UserManager<PolisUser> users, PolisIdentityDbContext db,
        AdminRoleGuard guard, CancellationToken cancellationToken)
    {
        var role = PolisRoles.Normalize(request.Role);
        if (role is null)
        {
            return IdentityProblems.Validation("role", $"Role must be one of: {string.Join(", ", PolisRoles.Assignable)}.");
        }

        using var _ = await guard.EnterAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.FindByIdAsync(id).ConfigureAwait(false);
        if (user is null)
        {
            return IdentityProblems.NotFound(id);
        }

        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        if (role != PolisRoles.Admin && current.Contains(PolisRoles.Admin) && await IsLastAdminAsync(users).ConfigureAwait(false))
        {
            return IdentityProblems.LastAdmin();
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await users.RemoveFromRolesAsync(user, current).ConfigureAwait(false);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
            }

            if (result.Succeeded)
            {
                // Tokens carry roles: a new stamp revokes the old ones, so a demotion takes effect at once.
                result = await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                return IdentityProblems.From(result);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(await UserMapping.ToResponseAsync(users, user).ConfigureAwait(false));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(
        string id, ResetPasswordRequest request, UserManager<PolisUser> users)
    {
        var user = await users.FindByIdAsync(id).ConfigureAwait(false);
        if (user is null)
        {
            return IdentityProblems.NotFound(id);
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            return IdentityProblems.Validation("password", "Password is required.");
        }

        // The reset-token path validates the policy and rotates the security stamp (revoking refresh tokens).
        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        var result = await users.ResetPasswordAsync(user, token, request.Password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return IdentityProblems.From(result);
        }

        await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
        await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteUserAsync(
        string id, UserManager<PolisUser> users, AdminRoleGuard guard, CancellationToken cancellationToken)
    {
        using var _ = await guard.EnterAsync(cancellationToken).ConfigureAwait(false);
        var user = await users.FindByIdAsync(id).ConfigureAwait(false);
        if (user is null)
        {
            return IdentityProblems.NotFound(id);
        }

        if (await users.IsInRoleAsync(user, PolisRoles.Admin).ConfigureAwait(false) && await IsLastAdminAsync(users).ConfigureAwait(false))
        {
            return IdentityProblems.LastAdmin();
        }

        var result = await users.DeleteAsync(user).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.Problem(detail: string.Join("; ", result.Errors.Select(e => e.Description)), statusCode: StatusCodes.Status500InternalServerError);
    }

    private static async Task<bool> IsLastAdminAsync(UserManager<PolisUser> users) =>
        (await users.GetUsersInRoleAsync(PolisRoles.Admin).ConfigureAwait(false)).Count <= 1;
}
