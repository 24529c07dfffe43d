using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;
using Polis.Platform.Rules.Runtime;

namespace Polis.Platform.Rules;

/// <summary>
/// Rules as validated JSON under /api/v1/rules. The body is read as text so unknown properties are refused
/// by the rule parser itself, and keys are checked against the target's profile.
/// </summary>
public static class RuleEndpoints
{
    public static IEndpointRouteBuilder MapRuleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/rules").WithTags("Rules").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListRules").WithSummary("Rules, optionally those of one profile or device.");
        group.MapGet("/{id}", GetAsync).WithName("GetRule").WithSummary("One rule as JSON.");
        group.MapPost("/", CreateAsync).WithName("CreateRule").WithSummary("Creates a rule from validated JSON (see docs/rules.md).").RequireAuthorization(PolisPolicies.Write).Accepts<JsonObject>("application/json");
        group.MapPut("/{id}", ReplaceAsync).WithName("ReplaceRule").WithSummary("Replaces a rule; the body's id must match.").RequireAuthorization(PolisPolicies.Write).Accepts<JsonObject>("application/json");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteRule").WithSummary("Deletes a rule.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Ok<JsonArray>> ListAsync(string? profileId, string? deviceId, IRuleStore store, CancellationToken cancellationToken)
    {
        var rules = await store.ListAsync(profileId, deviceId, cancellationToken);
        return TypedResults.Ok(new JsonArray(rules.Select(r => JsonNode.Parse(RuleJson.Serialize(r))).ToArray()));
    }

    public static async Task<Results<Ok<JsonNode>, ProblemHttpResult>> GetAsync(string id, IRuleStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } rule ? TypedResults.Ok(JsonNode.Parse(RuleJson.Serialize(rule))!) : NotFound(id);

    public static async Task<Results<Created<JsonNode>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, IRuleStore store, RuleCatalog catalog, IDeviceRegistryStore registry, CancellationToken cancellationToken)
    {
        var (rule, errors) = await ReadAsync(request, registry, cancellationToken);
        if (rule is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await store.GetAsync(rule.Id, cancellationToken) is not null)
        {
            return TypedResults.Problem($"Rule '{rule.Id}' already exists; use PUT to replace it.", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }

        await catalog.SaveAsync(rule, cancellationToken);
        return TypedResults.Created($"/api/v1/rules/{rule.Id}", JsonNode.Parse(RuleJson.Serialize(rule))!);
    }

    public static async Task<Results<Ok<JsonNode>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, HttpRequest request, IRuleStore store, RuleCatalog catalog, IDeviceRegistryStore registry, CancellationToken cancellationToken)
    {
        var (rule, errors) = await ReadAsync(request, registry, cancellationToken);
        if (rule is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (rule.Id != id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The id in the body must match the URL."] });
        }

        if (await store.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        await catalog.SaveAsync(rule, cancellationToken);
        return TypedResults.Ok(JsonNode.Parse(RuleJson.Serialize(rule))!);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, RuleCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    /// <summary>Parses once for shape, finds the target's profile, then validates keys against it.</summary>
    private static async Task<(Rule? Rule, IDictionary<string, string[]> Errors)> ReadAsync(HttpRequest request, IDeviceRegistryStore registry, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[RuleJson.MaxLength + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        var json = new string(buffer, 0, length);
        var shape = RuleJson.Parse(json);
        if (shape.Rule is not { } rule)
        {
            return (null, new Dictionary<string, string[]>(shape.Errors));
        }

        var profileId = rule.Target.ProfileId ?? (await registry.GetDeviceAsync(rule.Target.DeviceId!, cancellationToken))?.ProfileId;
        var profile = profileId is null ? null : await registry.GetProfileAsync(profileId, cancellationToken);
        if (profile is null)
        {
            var field = rule.Target.ProfileId is null ? "target.deviceId" : "target.profileId";
            return (null, new Dictionary<string, string[]> { [field] = [$"The rule's target does not exist."] });
        }

        var checkedAgainstProfile = RuleJson.Parse(json, profile);
        return (checkedAgainstProfile.Rule, new Dictionary<string, string[]>(checkedAgainstProfile.Errors));
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"Rule '{id}' does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Rule not found");
}
