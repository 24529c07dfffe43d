using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Metering.Exports;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Api;

/// <summary>
/// The download responses the operators' and residents' export routes share: a Green Button feed or a consumption CSV
/// streamed straight into the response body (everything that can fail with a problem is checked before).
/// </summary>
internal sealed class ExportDownloads(ExportPlanner planner, IIntervalStore intervals, TimeZoneInfo zone)
{
    public async Task<PushStreamHttpResult> ServicePointGreenButtonAsync(ServicePoint servicePoint, ExportQuery query, CancellationToken cancellationToken)
    {
        var parts = await planner.PartsAsync(servicePoint, query.From, query.To, cancellationToken);
        return GreenButton(new GreenButtonFeed(servicePoint.AccountId, $"Consumption at {servicePoint.Address}", query.From, query.To, parts, zone), query, servicePoint.Id);
    }

    public async Task<PushStreamHttpResult> AccountGreenButtonAsync(CustomerAccount account, ExportQuery query, CancellationToken cancellationToken)
    {
        var parts = await planner.PartsOfAccountAsync(account.Id, query.From, query.To, cancellationToken);
        return GreenButton(new GreenButtonFeed(account.Id, $"Consumption of {account.Name}", query.From, query.To, parts, zone), query, account.Id);
    }

    public async Task<PushStreamHttpResult> ServicePointCsvAsync(ServicePoint servicePoint, ExportQuery query, CancellationToken cancellationToken) =>
        Csv(await planner.PartsAsync(servicePoint, query.From, query.To, cancellationToken), query, servicePoint.Id);

    public async Task<PushStreamHttpResult> AccountCsvAsync(CustomerAccount account, ExportQuery query, CancellationToken cancellationToken) =>
        Csv(await planner.PartsOfAccountAsync(account.Id, query.From, query.To, cancellationToken), query, account.Id);

    private PushStreamHttpResult GreenButton(GreenButtonFeed feed, ExportQuery query, string id) =>
        TypedResults.Stream(body => GreenButtonWriter.WriteAsync(body, feed, intervals), GreenButtonWriter.MediaType, query.FileName("green-button", id, "xml"));

    private PushStreamHttpResult Csv(IReadOnlyList<ExportPart> parts, ExportQuery query, string id) =>
        TypedResults.Stream(
            async body =>
            {
                var writer = new StreamWriter(body, new UTF8Encoding(false), leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    await ConsumptionCsvWriter.WriteAsync(writer, parts, query.Resolution, zone, intervals);
                }
            },
            MeteringCsv.MediaType + "; charset=utf-8", query.FileName("consumption", id, "csv"));
}
