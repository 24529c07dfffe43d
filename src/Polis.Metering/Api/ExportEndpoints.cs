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

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetServicePointGreenButtonAsync(
        string id, string? from, string? to, HttpRequest request, IServicePointStore servicePoints, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken) =>
        ExportFlow.RunAsync(ExportQuery.Parse(request, from, to, null, Now(time)), () => servicePoints.GetAsync(id, cancellationToken), "service point", id,
            (servicePoint, query) => Downloads(planner, intervals, city).ServicePointGreenButtonAsync(servicePoint, query, cancellationToken));

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetAccountGreenButtonAsync(
        string id, string? from, string? to, HttpRequest request, IAccountStore accounts, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken) =>
        ExportFlow.RunAsync(ExportQuery.Parse(request, from, to, null, Now(time)), () => accounts.GetAsync(id, cancellationToken), "account", id,
            (account, query) => Downloads(planner, intervals, city).AccountGreenButtonAsync(account, query, cancellationToken));

    public static Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetAccountCsvAsync(
        string id, string? from, string? to, string? resolution, HttpRequest request, IAccountStore accounts, ExportPlanner planner, IIntervalStore intervals,
        IOptions<CityOptions> city, TimeProvider time, CancellationToken cancellationToken) =>
        ExportFlow.RunAsync(ExportQuery.Parse(request, from, to, resolution, Now(time)), () => accounts.GetAsync(id, cancellationToken), "account", id,
            (account, query) => Downloads(planner, intervals, city).AccountCsvAsync(account, query, cancellationToken));

    internal static ExportDownloads Downloads(ExportPlanner planner, IIntervalStore intervals, IOptions<CityOptions> city) => new(planner, intervals, city.Value.Zone);

    internal static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow();
}
