using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Metering.Exports;
using Polis.Metering.Readings;

namespace Polis.Metering.Api;

/// <summary>
/// The download responses the operators' and residents' export routes share: a Green Button feed or a consumption CSV
/// streamed straight into the response body (everything that can fail with a problem is checked before).
/// </summary>
internal static class ExportDownloads
{
    public static PushStreamHttpResult GreenButton(GreenButtonFeed feed, ExportQuery query, string id, IIntervalStore intervals) =>
        TypedResults.Stream(
            (body) => GreenButtonWriter.WriteAsync(body, feed, intervals),
            GreenButtonWriter.MediaType, query.FileName("green-button", id, "xml"));

    public static PushStreamHttpResult Csv(IReadOnlyList<ExportPart> parts, ExportQuery query, string id, TimeZoneInfo zone, IIntervalStore intervals) =>
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
