using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Platform.City;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Feeder and district balances and district consumption per local day, from the validated series.</summary>
public static class BalanceEndpoints
{
    public static IEndpointRouteBuilder MapMeteringBalanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/balance", GetBalanceAsync).WithName("GetMeteringBalance")
            .WithSummary("Per local day in [from, to): a feeder meter's input, its customers' sum, losses, loss % and completeness (feederMeterId, or every feeder of districtId).");
        group.MapGet("/consumption/districts", GetDistrictConsumptionAsync).WithName("GetDistrictConsumption")
            .WithSummary("Consumption of meters of a kind per district and local day in [from, to), from Valid, Estimated and Edited intervals.");
        return endpoints;
    }

    public static async Task<Results<Ok<BalanceResponse>, ValidationProblem, ProblemHttpResult>> GetBalanceAsync(
        string? feederMeterId, string? districtId, string? from, string? to, FeederBalances balances, IOptions<CityOptions> city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentNullException.ThrowIfNull(city);
        var fields = new RequestFields();
        var range = LocalDateRange.Parse(fields, from, to);
        if (string.IsNullOrWhiteSpace(feederMeterId) == string.IsNullOrWhiteSpace(districtId))
        {
            fields.Fail("feederMeterId", "Give either feederMeterId or districtId.");
        }

        if (!fields.IsValid)
        {
            return TypedResults.ValidationProblem(fields.Errors);
        }

        var feeders = feederMeterId is not null ? [feederMeterId] : await balances.FeedersAsync(districtId, cancellationToken);
        var results = new List<FeederBalanceResponse>();
        foreach (var feeder in feeders)
        {
            if (await balances.ComputeAsync(feeder, range.From, range.To, city.Value.Zone, cancellationToken) is not { } balance)
            {
                return MeteringProblems.NotFound("meter", feeder);
            }

            results.Add(FeederBalanceResponse.From(balance));
        }

        return TypedResults.Ok(new BalanceResponse(range.From, range.To, districtId, results));
    }

    public static async Task<Results<Ok<IReadOnlyList<DistrictDay>>, ValidationProblem>> GetDistrictConsumptionAsync(
        string? from, string? to, string? kind, IConsumptionQueries queries, IOptions<CityOptions> city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(city);
        var fields = new RequestFields();
        var (start, end) = LocalDateRange.Parse(fields, from, to);
        var meterKind = fields.Enum<MeterKind>(kind, "kind");
        if (!fields.IsValid)
        {
            return TypedResults.ValidationProblem(fields.Errors);
        }

        var zone = city.Value.Zone;
        var days = Enumerable.Range(0, end.DayNumber - start.DayNumber).Select(d => start.AddDays(d))
            .Select(d => (d, LocalTime.Midnight(d, zone), LocalTime.Midnight(d.AddDays(1), zone))).ToList();
        return TypedResults.Ok(await queries.DistrictDailyAsync(days, meterKind, cancellationToken));
    }
}
