using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Http;
using Polis.NgsiLd.Subscriptions;
using Polis.Platform.Identity;

namespace Polis.NgsiLd;

/// <summary>
/// The NGSI-LD API (ETSI GS CIM 009) under /ngsi-ld/v1: query entities, retrieve entity, list and retrieve types,
/// and subscriptions (<see cref="SubscriptionEndpoints"/>).
/// Handlers only translate HTTP; the query logic lives in <see cref="NgsiLdEntityService"/> and the parsers.
/// </summary>
public static class NgsiLdEndpoints
{
    public static IEndpointRouteBuilder MapNgsiLdEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/ngsi-ld/v1").WithTags("NGSI-LD").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/entities", QueryEntitiesAsync).WithName("NgsiLdQueryEntities").WithSummary("Queries entities by type, id, q, geo-query and attrs, with paging.");
        group.MapGet("/entities/{id}", RetrieveEntityAsync).WithName("NgsiLdRetrieveEntity").WithSummary("One entity by its URN.");
        group.MapGet("/types", ListTypesAsync).WithName("NgsiLdListTypes").WithSummary("The entity types devices appear as.");
        group.MapGet("/types/{type}", RetrieveTypeAsync).WithName("NgsiLdRetrieveType").WithSummary("Entity count and attribute details of one type.");
        group.MapSubscriptionEndpoints();
        return endpoints;
    }

    public static async Task<ContentHttpResult> QueryEntitiesAsync(HttpContext context, NgsiLdEntityService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        try
        {
            var query = EntityQueryParser.Parse(context.Request.Query);
            var result = await service.QueryAsync(query, cancellationToken);
            if (query.Count)
            {
                context.Response.Headers[NgsiLdResponses.ResultsCountHeader] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var body = new JsonArray(result.Entities.Select(e => (JsonNode)(query.KeyValues ? EntityFormat.ToKeyValues(e) : e)).ToArray());
            return NgsiLdResponses.Ok(context, body);
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    public static async Task<ContentHttpResult> RetrieveEntityAsync(string id, HttpContext context, NgsiLdEntityService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        try
        {
            if (!EntityIds.IsUri(id))
            {
                throw NgsiLdException.BadRequest($"Invalid entity id '{id}': entity ids are URIs such as urn:ngsi-ld:Device:meter-1.");
            }

            var attrs = EntityQueryParser.ParseAttrs(context.Request.Query);
            var keyValues = EntityQueryParser.IsKeyValues(context.Request.Query);
            var entity = await service.GetAsync(id, cancellationToken) ?? throw NgsiLdException.NotFound($"Entity '{id}' does not exist.");
            entity = attrs is null ? entity : EntityFormat.Project(entity, attrs);
            return NgsiLdResponses.Ok(context, keyValues ? EntityFormat.ToKeyValues(entity) : entity);
        }
        catch (NgsiLdException error)
        {
            return NgsiLdResponses.Error(error);
        }
    }

    /// <summary>An EntityTypeList, or with details=true the list of EntityType objects (clause 5.7.5).</summary>
    public static async Task<ContentHttpResult> ListTypesAsync(HttpContext context, NgsiLdEntityService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        var types = await service.ListTypesAsync(cancellationToken);
        JsonNode body = string.Equals(context.Request.Query["details"], "true", StringComparison.Ordinal)
            ? new JsonArray(types.Select(t => (JsonNode)new JsonObject { ["id"] = t, ["type"] = "EntityType", ["typeName"] = t }).ToArray())
            : new JsonObject
            {
                ["id"] = "urn:ngsi-ld:EntityTypeList:polis",
                ["type"] = "EntityTypeList",
                ["typeList"] = new JsonArray(types.Select(t => (JsonNode)t).ToArray()),
            };
        return NgsiLdResponses.Ok(context, body);
    }

    /// <summary>The EntityTypeInfo of one type (clause 5.7.2); ResourceNotFound when no entity has it.</summary>
    public static async Task<ContentHttpResult> RetrieveTypeAsync(string type, HttpContext context, NgsiLdEntityService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        // Routing leaves %2F encoded; an expanded type name sent through encodeURIComponent (ngsijs) has them.
        var name = EntityTypes.ShortName(Uri.UnescapeDataString(type));
        var entities = await service.EntitiesOfTypeAsync(name, cancellationToken);
        return entities.Count == 0
            ? NgsiLdResponses.Error(NgsiLdException.NotFound($"No entity has the type '{type}'."))
            : NgsiLdResponses.Ok(context, EntityTypeInfo.Build(name, entities));
    }
}
