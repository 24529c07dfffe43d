using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

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
        HttpRequest request, RuleService rules, CancellationToken cancellationToken)
    {
        var result = await rules.CreateAsync(await ReadBodyAsync(request, cancellationToken), cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created($"/api/v1/rules/{result.Value!.Id}", JsonNode.Parse(RuleJson.Serialize(result.Value))!),
            OperationStatus.Conflict => TypedResults.Problem($"{result.Detail} Use PUT to replace it.", statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<Ok<JsonNode>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, HttpRequest request, RuleService rules, CancellationToken cancellationToken)
    {
        var result = await rules.ReplaceAsync(id, await ReadBodyAsync(request, cancellationToken), cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Ok(JsonNode.Parse(RuleJson.Serialize(result.Value!))!),
            OperationStatus.NotFound => NotFound(id),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, RuleService rules, CancellationToken cancellationToken) =>
        await rules.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    /// <summary>Reads at most one character more than a rule may have, so a huge body is refused unparsed.</summary>
    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[RuleJson.MaxLength + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, length);
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(RuleService.NotFoundDetail(id), statusCode: StatusCodes.Status404NotFound, title: "Rule not found");
}
