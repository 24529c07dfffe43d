using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Exports;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Platform.City;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Operators' exports: Green Button (NAESB ESPI) XML of a service point or a whole account, and an account's consumption CSV.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapMeteringExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/service-points/{id}/green-button", GetServicePointGreenButtonAsync).WithName("GetServicePointGreenButton")
            .WithSummary("A service point's validated consumption in [from, to) as a Green Button (NAESB ESPI) Atom feed.");
        group.MapGet("/accounts/{id}/green-button", GetAccountGreenButtonAsync).WithName("GetAccountGreenButton")
            .WithSummary("Every service point of an account in [from, to) as one Green Button (NAESB ESPI) Atom feed.");
        group.MapGet("/accounts/{id}/consumption.csv", GetAccountCsvAsync).WithName("GetAccountConsumptionCsv")
            .WithSummary("An account's consumption in [from, to) as CSV: a row per service point, meter and interval (or hour, day, month).");
        return endpoints;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetServicePointGreenButtonAsync(
        string id, string? from, string? to, HttpRequest request, IServicePointStore servicePoints, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(servicePoints);
        ArgumentNullException.ThrowIfNull(planner);
        var (query, errors) = ExportQuery.Parse(request, from, to, null, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await servicePoints.GetAsync(id, cancellationToken) is not { } servicePoint)
        {
            return MeteringProblems.NotFound("service point", id);
        }

        var parts = await planner.PartsAsync(servicePoint, query.From, query.To, cancellationToken);
        var feed = new GreenButtonFeed(servicePoint.AccountId, $"Consumption at {servicePoint.Address}", query.From, query.To, parts, city.Value.Zone);
        return ExportDownloads.GreenButton(feed, query, id, intervals);
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetAccountGreenButtonAsync(
        string id, string? from, string? to, HttpRequest request, IAccountStore accounts, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(planner);
        var (query, errors) = ExportQuery.Parse(request, from, to, null, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await accounts.GetAsync(id, cancellationToken) is not { } account)
        {
            return MeteringProblems.NotFound("account", id);
        }

        var parts = await planner.PartsOfAccountAsync(account.Id, query.From, query.To, cancellationToken);
        var feed = new GreenButtonFeed(account.Id, $"Consumption of {account.Name}", query.From, query.To, parts, city.Value.Zone);
        return ExportDownloads.GreenButton(feed, query, id, intervals);
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetAccountCsvAsync(
        string id, string? from, string? to, string? resolution, HttpRequest request, IAccountStore accounts, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(planner);
        var (query, errors) = ExportQuery.Parse(request, from, to, resolution, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await accounts.GetAsync(id, cancellationToken) is null)
        {
            return MeteringProblems.NotFound("account", id);
        }

        var parts = await planner.PartsOfAccountAsync(id, query.From, query.To, cancellationToken);
        return ExportDownloads.Csv(parts, query, id, city.Value.Zone, intervals);
    }
}
