using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Api;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Keys;

/// <summary>Open311 clients' API keys under /api/v1/citizens/open311-keys: admins issue (the key is shown once), list and revoke them.</summary>
public static class Open311KeyEndpoints
{
    public const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapOpen311KeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/open311-keys").WithTags("Citizens").RequireAuthorization(PolisPolicies.Admin);
        group.MapPost("/", CreateAsync).WithName("CreateOpen311Key").WithSummary("Issues an API key for an Open311 client; the key is in this answer only.");
        group.MapGet("/", ListAsync).WithName("ListOpen311Keys").WithSummary("Every API key, revoked ones too, without the keys themselves.");
        group.MapDelete("/{id}", RevokeAsync).WithName("RevokeOpen311Key").WithSummary("Revokes an API key: posts with it are refused from now on.");
        return endpoints;
    }

    public static async Task<Results<Created<Open311KeyResponse>, ValidationProblem>> CreateAsync(
        Open311KeyRequest request, ClaimsPrincipal user, IOpen311KeyStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"name is required, at most {MaxNameLength} characters."] });
        }

        var secret = Open311KeySecrets.NewKey();
        var key = new Open311ApiKey(Open311KeySecrets.NewId(), name, Open311KeySecrets.Hash(secret), timeProvider.GetUtcNow(), user.ActorName(), null, null);
        await store.CreateAsync(key, cancellationToken);
        return TypedResults.Created($"/api/v1/citizens/open311-keys/{key.Id}", Open311KeyResponse.From(key, secret));
    }

    public static async Task<Ok<List<Open311KeyResponse>>> ListAsync(IOpen311KeyStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(k => Open311KeyResponse.From(k)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id, ClaimsPrincipal user, IOpen311KeyStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return await store.RevokeAsync(id, user.ActorName(), timeProvider.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : CitizensReportProblems.NotFound("API key", id);
    }
}
