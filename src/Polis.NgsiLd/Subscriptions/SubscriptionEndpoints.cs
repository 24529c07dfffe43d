using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Http;
using Polis.Platform.Identity;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// /ngsi-ld/v1/subscriptions (clause 5.8): create, query, retrieve, update and delete. Reading needs the
/// group's read policy; changing needs <see cref="PolisPolicies.Write"/>. Errors use the NGSI-LD format.
/// </summary>
public static class SubscriptionEndpoints
{
    private const string Path = "/ngsi-ld/v1/subscriptions/";

    public static RouteGroupBuilder MapSubscriptionEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/subscriptions", CreateAsync).WithName("NgsiLdCreateSubscription").WithSummary("Creates a subscription; 201 with its URL in Location.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/subscriptions", QueryAsync).WithName("NgsiLdQuerySubscriptions").WithSummary("Lists subscriptions with their status, paged by limit and offset.");
        group.MapGet("/subscriptions/{id}", RetrieveAsync).WithName("NgsiLdRetrieveSubscription").WithSummary("One subscription with its status and delivery figures.");
        group.MapPatch("/subscriptions/{id}", UpdateAsync).WithName("NgsiLdUpdateSubscription").WithSummary("Replaces the members sent (e.g. isActive).").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/subscriptions/{id}", DeleteAsync).WithName("NgsiLdDeleteSubscription").WithSummary("Deletes a subscription; notifications stop.").RequireAuthorization(PolisPolicies.Write);
        return group;
    }

    public static async Task<IResult> CreateAsync(HttpContext context, SubscriptionRegistry registry, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            var (body, contextUrl) = await SubscriptionRequests.ReadBodyAsync(context.Request, cancellationToken);
            var subscription = SubscriptionParser.Parse(body, contextUrl, timeProvider.GetUtcNow());
            await registry.CreateAsync(subscription, cancellationToken);
            // Colons stay readable (they are legal in a path segment); anything else is escaped.
            return TypedResults.Created(Path + Uri.EscapeDataString(subscription.Id).Replace("%3A", ":", StringComparison.Ordinal));
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    public static async Task<ContentHttpResult> QueryAsync(HttpContext context, SubscriptionRegistry registry, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            var (limit, offset, count) = SubscriptionRequests.ParsePaging(context.Request.Query);
            await registry.EnsureLoadedAsync(cancellationToken);
            var all = registry.All;
            if (count)
            {
                context.Response.Headers[NgsiLdResponses.ResultsCountHeader] = all.Count.ToString(CultureInfo.InvariantCulture);
            }

            var now = timeProvider.GetUtcNow();
            var page = all.Skip(offset).Take(limit).Select(s => (JsonNode)SubscriptionJson.ToJson(s.Subscription, s.Status, now)).ToArray();
            return NgsiLdResponses.Ok(context, new JsonArray(page));
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    public static async Task<ContentHttpResult> RetrieveAsync(string id, HttpContext context, SubscriptionRegistry registry, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            var state = await FindAsync(id, registry, cancellationToken);
            return NgsiLdResponses.Ok(context, SubscriptionJson.ToJson(state.Subscription, state.Status, timeProvider.GetUtcNow()));
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    /// <summary>Clause 5.8.2: each member of the fragment replaces the subscription's; the result is validated as a whole.</summary>
    public static async Task<IResult> UpdateAsync(string id, HttpContext context, SubscriptionRegistry registry, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            var current = await FindAsync(id, registry, cancellationToken);
            var (fragment, _) = await SubscriptionRequests.ReadBodyAsync(context.Request, cancellationToken);
            if ((fragment["id"] is { } newId && (string?)newId != id) || (fragment["type"] is { } type && (string?)type != Subscription.TypeName))
            {
                throw NgsiLdException.BadRequest("id and type of a subscription cannot be changed.");
            }

            var merged = SubscriptionJson.ToJson(current.Subscription);
            foreach (var (name, value) in fragment)
            {
                merged[name] = value?.DeepClone();
            }

            // expiresAt must lie ahead only when this request sets it: pausing an expired subscription is fine.
            var updated = SubscriptionParser.Parse(merged, current.Subscription.Context, fragment.ContainsKey("expiresAt") ? timeProvider.GetUtcNow() : null);
            return await registry.ReplaceAsync(updated, cancellationToken) is null
                ? NgsiLdResponses.Error(NgsiLdException.NotFound($"Subscription '{id}' does not exist."))
                : TypedResults.NoContent();
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    public static async Task<IResult> DeleteAsync(string id, SubscriptionRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            await FindAsync(id, registry, cancellationToken);
            return await registry.DeleteAsync(id, cancellationToken)
                ? TypedResults.NoContent()
                : NgsiLdResponses.Error(NgsiLdException.NotFound($"Subscription '{id}' does not exist."));
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    private static async Task<SubscriptionState> FindAsync(string id, SubscriptionRegistry registry, CancellationToken cancellationToken)
    {
        if (!EntityIds.IsUri(id))
        {
            throw NgsiLdException.BadRequest($"Invalid subscription id '{id}': subscription ids are URIs.");
        }

        await registry.EnsureLoadedAsync(cancellationToken);
        return registry.Find(id) ?? throw NgsiLdException.NotFound($"Subscription '{id}' does not exist.");
    }
}
