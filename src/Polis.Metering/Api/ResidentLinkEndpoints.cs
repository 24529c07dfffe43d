using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Metering.Residents;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>
/// Operators link residents (users with the resident role) to customer accounts under
/// <c>/api/v1/metering/accounts/{id}/residents</c>; a linked resident sees the account under <c>/api/v1/me/metering</c>.
/// </summary>
public static class ResidentLinkEndpoints
{
    public static IEndpointRouteBuilder MapMeteringResidentLinkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/accounts/{id}/residents").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListAccountResidents").WithSummary("The residents linked to an account, oldest link first.");
        group.MapPut("/{userId}", LinkAsync).WithName("LinkAccountResident").RequireAuthorization(PolisPolicies.Write)
            .WithSummary("Links a resident (a user with the resident role) to the account: 201 when new, 200 when already linked.");
        group.MapDelete("/{userId}", UnlinkAsync).WithName("UnlinkAccountResident").RequireAuthorization(PolisPolicies.Write)
            .WithSummary("Removes a resident's access to the account.");
        return endpoints;
    }

    public static async Task<Results<Ok<ResidentResponse[]>, ProblemHttpResult>> ListAsync(
        string id, IAccountStore accounts, IResidentAccountStore links, UserManager<PolisUser> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(links);
        if (await accounts.GetAsync(id, cancellationToken) is null)
        {
            return MeteringProblems.NotFound("account", id);
        }

        var residents = new List<ResidentResponse>();
        foreach (var link in await links.ListResidentsAsync(id, cancellationToken))
        {
            residents.Add(await ResponseAsync(link, users));
        }

        return TypedResults.Ok(residents.ToArray());
    }

    public static async Task<Results<Created<ResidentResponse>, Ok<ResidentResponse>, ValidationProblem, ProblemHttpResult>> LinkAsync(
        string id, string userId, System.Security.Claims.ClaimsPrincipal operatorUser, IAccountStore accounts, IResidentAccountStore links,
        UserManager<PolisUser> users, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(users);
        if (await accounts.GetAsync(id, cancellationToken) is null)
        {
            return MeteringProblems.NotFound("account", id);
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || !await users.IsInRoleAsync(user, PolisRoles.Resident))
        {
            // Operator roles see everything already; linking them would suggest a restriction that does not exist.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["userId"] = [user is null ? $"There is no user '{userId}'." : $"The user '{userId}' does not have the {PolisRoles.Resident} role; only residents are linked to accounts."],
            });
        }

        var link = new ResidentLink(id, userId, time.GetUtcNow(), operatorUser.ActorName());
        try
        {
            if (await links.LinkAsync(link, cancellationToken))
            {
                return TypedResults.Created($"/api/v1/metering/accounts/{id}/residents/{userId}", await ResponseAsync(link, users));
            }
        }
        catch (KeyNotFoundException)
        {
            // Deleted between the check and the write.
            return MeteringProblems.NotFound("account", id);
        }

        var existing = (await links.ListResidentsAsync(id, cancellationToken)).Single(l => l.UserId == userId);
        return TypedResults.Ok(await ResponseAsync(existing, users));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> UnlinkAsync(string id, string userId, IResidentAccountStore links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        return await links.UnlinkAsync(id, userId, cancellationToken)
            ? TypedResults.NoContent()
            : MeteringProblems.NotFound($"The resident '{userId}' is not linked to the account '{id}'.");
    }

    private static async Task<ResidentResponse> ResponseAsync(ResidentLink link, UserManager<PolisUser> users)
    {
        var user = await users.FindByIdAsync(link.UserId);
        return new ResidentResponse(link.UserId, user?.Email, user?.DisplayName, link.LinkedAt, link.LinkedBy);
    }
}
