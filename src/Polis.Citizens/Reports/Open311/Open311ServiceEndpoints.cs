using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.Reports.Open311;

/// <summary>GeoReport v2's discovery and service list/definition at /open311/v2: public by design.</summary>
public static class Open311ServiceEndpoints
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";
    public const string Changeset = "2026-12-03T00:00:00Z";

    public static RouteGroupBuilder MapOpen311ServiceEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/discovery.{format}", Discovery).WithName("Open311Discovery").WithSummary("Where this endpoint is and what it speaks.").AddEndpointFilter(Open311Gate.FilterAsync);
        group.MapGet("/services.{format}", ServicesAsync).WithName("Open311Services").WithSummary("The active services residents can report.").AddEndpointFilter(Open311Gate.FilterAsync);
        group.MapGet("/services/{code}.{format}", DefinitionAsync).WithName("Open311ServiceDefinition").WithSummary("A service's attribute definitions.").AddEndpointFilter(Open311Gate.FilterAsync);
        return group;
    }

    public static IResult Discovery(string format, HttpRequest request, IOptions<Open311Options> options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var answerFormat = Open311Gate.FormatOf(format);
        var endpoint = Open311Object.Of(
            ("specification", Specification), ("url", $"{request.Scheme}://{request.Host}/open311/v2"), ("changeset", Changeset), ("type", "production"),
            ("formats", new Open311List("format", ["text/xml", "application/json"])));
        var discovery = Open311Object.Of(
            ("changeset", Changeset), ("contact", options.Value.Contact), ("key_service", "API keys are issued by the city's administrators."),
            ("endpoints", new Open311List("endpoint", [endpoint])));
        return Open311Results.Ok(answerFormat, "discovery", discovery);
    }

    public static async Task<IResult> ServicesAsync(string format, IServiceCatalogueStore catalogue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var answerFormat = Open311Gate.FormatOf(format);
        var services = (await catalogue.ListAsync(includeInactive: false, cancellationToken)).Select(s => (object)Open311Mapping.Service(s.Service)).ToList();
        return Open311Results.Ok(answerFormat, "services", new Open311List("service", services));
    }

    public static async Task<IResult> DefinitionAsync(
        string code, string format, IServiceCatalogueStore catalogue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var answerFormat = Open311Gate.FormatOf(format);
        return await catalogue.GetAsync(code, cancellationToken) is { Service.Active: true } stored
            ? Open311Results.Ok(answerFormat, "service_definition", Open311Mapping.Definition(stored.Service))
            : Open311Results.NotFound(answerFormat, $"service_code '{code}' not found.");
    }
}
